"""The things a security self-assessment names where its reader needs an address (its channels, the
OpenSSF badge, its security policy and advisories, the maintainers' contacts), by the names the
findings give them, and the blocks that may name one."""

from __future__ import annotations

from applint.model import BlockKind

SLACK, MAILING_LIST, CHAT, BLOG = "slack", "mailing list", "chat", "blog"
BADGE, POLICY, ADVISORIES, CONTACTS = "badge", "security policy", "security advisories", "maintainers"
# Every thing, in the order the findings name them (the rule says what each is and what to do).
THINGS = (SLACK, MAILING_LIST, CHAT, BLOG, BADGE, POLICY, ADVISORIES, CONTACTS)
DENIED_BADGE = "no badge"  # a mention denying the badge (no thing of its own: it quiets its section)
CHANNELS = (SLACK, MAILING_LIST, CHAT, BLOG)
# The blocks that may name a thing or label a part.
PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE)
