"""What a security self-assessment names where its reader needs an address, with no link anywhere in
it that is the thing: a channel in its Communication Channels part or its Security issue resolution
("the Cortex Slack channel", "a dedicated mailing list", "the CoreDNS blog"), the OpenSSF Best
Practices badge it claims ("holds a passing level badge", "working towards meeting the CII Best
Practices criteria"), its security policy ("Our policy states that anyone who finds a vulnerability
…", "Disclosure Policy:"), its security advisories named as where to look ("please refer to the
Linkerd Security Advisories") and the maintainers' contact details ("Use maintainers' contact info").

Once anything in the document is the thing (a Slack link, an e-mail address or ``mailto:`` for a
mailing list, the project's page on the badge site, a SECURITY.md link or a Security links row
naming the policy, the advisories page, the MAINTAINERS file), no mention of it needs a link of its
own. Quiet where the
sentence gives the address itself (a ``#channel`` or a `channel` in code on a named Slack, an e-mail
address, a link in the sentence claiming the badge), denies the thing ("does not have a badge"),
asks of it ("Whether the project intends to pursue the OpenSSF badge", "Is there a Slack
channel?", see ``text/questions.py``), sets it out as an open item (under an "Open questions / not
yet assessed" heading, see ``open_items.py``), and in the template's own text. A badge is no claim
anywhere in a section that denies it ("The project has not pursued the OpenSSF Best Practices
badge"), whichever of the section's sentences comes first. A channel named elsewhere ("we use Slack for discussion" in the
Overview) is no place a reader goes to reach the team: only the parts that ask for channels count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from applint.matching.companions import CompanionReading
from applint.matching.project_links import ProjectLinks
from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern
from applint.text.questions import statements
from applint.text.splitting import split_sentences

SLACK, MAILING_LIST, CHAT, BLOG = "slack", "mailing list", "chat", "blog"
BADGE, POLICY, ADVISORIES, CONTACTS = "badge", "security policy", "security advisories", "maintainers"
# Every thing, in the order the findings name them (the rule says what each is and what to do).
THINGS = (SLACK, MAILING_LIST, CHAT, BLOG, BADGE, POLICY, ADVISORIES, CONTACTS)
DENIED_BADGE = "no badge"  # a mention denying the badge (no thing of its own: it quiets its section)
_CHANNEL_SECTION = "security-issue-resolution"  # where the reporting channel is named
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE)
# The outline's labels for the part that asks for channels: "Communication Channels", "Inbound",
# "Internal Team Communication", "Outbound communication".
_CHANNELS_LABEL = LazyPattern(
    r"^(?:\d+[.)]\s*)?(?:communications?(?:\s+channels?)?|(?:internal|inbound|outbound)(?:\s+team)?"
    r"(?:\s+communications?)?)$"
)
_CHANNEL_WORDS = LazyPattern(
    r"\b(?P<slack>slack)\b"
    r"|\b(?P<list>(?:mailing|e-?mail|google|distributors?|announce(?:ment)?s?)\s+(?:lists?|groups?))\b"
    r"|\b(?P<chat>discord|gitter|irc\s+channel|matrix\s+(?:room|channel))\b"
    r"|\b(?P<blog>blog)\b(?!\s+posts?\b)"
)
_GROUP_THING = {"slack": SLACK, "list": MAILING_LIST, "chat": CHAT, "blog": BLOG}
# What names the channel itself in the block naming it, so that a reader finds it wherever else it is
# mentioned: a "#channel", a `channel` or `list-name`, an e-mail address.
# "the Contour channel in Kubernetes Slack" names one too.
_NAME_GIVEN = LazyPattern(
    r"(?:^|\s|\()#[\w-]{2,}|`[^`]+`|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|\b[\w-]+\s+channel\s+(?:in|on)\s+(?:the\s+)?(?:kubernetes|cncf|k8s)\s+slack\b",
    re.IGNORECASE,
)
# What points somewhere from the block naming a channel (the mention there needs nothing more): a
# host written out ("slack.buildpacks.io"), a link.
_ADDRESS_GIVEN = LazyPattern(r"\b[\w-]+\.[\w-]+\.(?:io|com|org|dev|net)\b|https?://|\]\(")
_BADGE_CLAIM = LazyPattern(
    r"\b(?:best[ -]?practices?|cii|openssf|open\s+ssf)\s+(?:badges?|criteria|badging)\b"
    r"|\b(?:passing|silver|gold)(?:\s+level)?\s+(?:badges?|criteria)\b"
    r"|\bbadges?\s+(?:from|for|of)\s+(?:the\s+)?(?:core\s+infrastructure|cii|openssf|best\s+practices)"
)
# "does not have a badge", "no badge": nothing to link.
_DENIED = LazyPattern(r"\b(?:not|no|never|nor|without|lacks?|doesn['’]t|hasn['’]t|isn['’]t)\b")
_POLICY = LazyPattern(
    r"\b(?:(?:our|its|the\s+project['’]s|[\w-]+['’]s)\s+(?:(?:security|vulnerability|(?:responsible\s+|security\s+|"
    r"vulnerability\s+|coordinated\s+)?disclosure)\s+)?policy"
    r"|(?:responsible\s+|security\s+|vulnerability\s+|coordinated\s+)?disclosure\s+policy)\b"
)
_POLICY_CONTEXT = ("vulnerab", "disclos", "report", "security")
# "please refer to the Linkerd Security Advisories", "listed on the security advisories page": a page
# named as where to look ("credited in security advisories" names none).
_ADVISORIES = LazyPattern(
    r"\b(?:refer\s+to|see|visit|check|consult|(?:listed|published|documented|found)\s+(?:in|on|at))\s+"
    r"(?:the\s+|our\s+|its\s+)(?:[\w-]+\s+)?security\s+advisor(?:y\s+page|ies)\b"
)
_CONTACTS = LazyPattern(
    r"\bmaintainers?['’]?s?\s+contact\s+(?:info|information|details)\b"
    r"|\bcontact\s+(?:info|information|details)\s+(?:of|for)\s+(?:the\s+)?maintainers\b"
)
_EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = LazyPattern(r"https?://[^\s)<>\"'\]|]+|mailto:[^\s)<>\"'\]|]+")
_BADGE_PAGE = LazyPattern(
    r"bestpractices\.(?:dev|coreinfrastructure\.org)/(?:[a-z]{2}(?:-[a-z]{2})?/)?projects/\d"
    r"|shields\.io/badge/[^/]*(?:openssf|best[_ -]?practices|cii)"
)
CHANNELS = (SLACK, MAILING_LIST, CHAT, BLOG)
# Cheap pre-test: words one of which a block naming any of the things holds.
_HINTS = (
    "slack", "list", "group", "discord", "gitter", "irc", "matrix", "blog", "badg", "criteria", "polic", "advisor",
    "contact",
)  # fmt: skip
# The blocks a Communication Channels label reaches at most (its Internal, Inbound, Outbound items).
_REGION_REACH = 20


def addresses_named_unlinked(
    document: Document, reading: CompanionReading, links: ProjectLinks
) -> list[tuple[str, list[int]]]:
    """Each thing (one of ``THINGS``) the self-assessment names where a reader needs its address and
    nothing in it is, with the lines naming it, in the order of ``THINGS``."""
    hinted = [
        index
        for index, block in enumerate(document.blocks)
        if block.kind in _PROSE and _hinted(block.text.lower())
    ]
    if not hinted:
        return []
    skipped = _template_blocks(reading)
    channel_blocks: frozenset[int] | None = None  # worked out on first need
    named: dict[str, list[int]] = {}
    badge_sections: dict[int, int] = {}  # the line claiming a badge: the heading of its section
    denied_badge: set[int] = set()  # the headings of the sections denying a badge
    given: set[str] = set()  # channels a block names by their own name ("#kestrel"), wherever it stands
    open_items: frozenset[int] | None = None
    for index in hinted:
        if index in skipped:
            continue
        if open_items is None:
            from applint.matching.open_items import open_item_blocks  # only where something is named

            # (a heading's items only: "next steps are: * Working towards the CII silver badge (95%
            # complete)" claims the badge the project page would show)
            open_items = open_item_blocks(document, lead_ins=False)
        if index in open_items:
            continue  # "## Open questions / not yet assessed": what it lists is asked, not claimed
        block = document.blocks[index]
        # the block's own source: its links' addresses, its code spans and "#channel" names
        source = "\n".join(document.source_lines[block.line - 1 : block.end_line])
        named_here = _NAME_GIVEN.search(source) is not None
        addressed = named_here or bool(block.links) or _ADDRESS_GIVEN.search(source) is not None
        for thing, sentence, words, offset in _mentions(block):
            if thing == DENIED_BADGE:
                denied_badge.add(_heading_before(document, index))
                continue
            if thing in CHANNELS:
                if addressed:
                    if named_here:
                        given.add(thing)
                    continue
                if channel_blocks is None:
                    channel_blocks = _channel_blocks(document, reading)
                if index not in channel_blocks:
                    continue  # "we use Slack for discussion" in the Overview: no place to reach the team
            elif thing == POLICY and not any(word in sentence for word in _POLICY_CONTEXT):
                if channel_blocks is None:
                    channel_blocks = _channel_blocks(document, reading)
                if index not in channel_blocks:
                    continue  # "its policy" of something else than vulnerabilities
            lines = named.setdefault(thing, [])
            line = _line_at(block, offset, words, document.source_lines)
            if line not in lines:
                lines.append(line)
            if thing == BADGE:
                badge_sections[line] = _heading_before(document, index)
    if denied_badge and BADGE in named:
        named[BADGE] = [line for line in named[BADGE] if badge_sections[line] not in denied_badge]
        if not named[BADGE]:
            del named[BADGE]
    if not named:
        return []
    present = _addresses(document, links) | given
    return [(thing, sorted(named[thing])) for thing in THINGS if thing in named and thing not in present]


def _mentions(block: Block) -> Iterable[tuple[str, str, str, int]]:
    """(thing, its sentence in lower case, the words naming it, their offset in the block's text)
    for each thing each sentence of the block names (a claim denied names none; a badge denied is
    ``DENIED_BADGE``; a question names nothing)."""
    text = block.text.replace("\n", " ").lower()
    start = 0
    for sentence in split_sentences(text):
        start = text.find(sentence, start)
        for offset, stated in statements(sentence):
            yield from _stated_mentions(block, stated, start + offset)
        start += len(sentence)


def _stated_mentions(block: Block, sentence: str, start: int) -> Iterable[tuple[str, str, str, int]]:
    """The mentions of one sentence that states (see ``_mentions``), the sentence at ``start``."""
    for match in _CHANNEL_WORDS.finditer(sentence):
        # "there is no mailing list": none to link (in its own clause: "…; news goes out on the blog")
        clause = max(sentence.rfind(";", 0, match.start()), sentence.rfind(":", 0, match.start())) + 1
        if not _DENIED.search(sentence[clause : match.start()]):
            yield _GROUP_THING[match.lastgroup or ""], sentence, match.group(0), start + match.start()
    badge = _BADGE_CLAIM.search(sentence)
    if badge and not block.links:
        if _DENIED.search(sentence):  # "has not pursued the badge": no badge in this section
            yield DENIED_BADGE, sentence, badge.group(0), start + badge.start()
        else:
            yield BADGE, sentence, badge.group(0), start + badge.start()
    policy = _POLICY.search(sentence)
    if policy and not _DENIED.search(sentence[: policy.start()]):
        yield POLICY, sentence, policy.group(0), start + policy.start()
    advisories = _ADVISORIES.search(sentence)
    if advisories:
        yield ADVISORIES, sentence, advisories.group(0), start + advisories.start()
    contacts = _CONTACTS.search(sentence)
    if contacts:
        yield CONTACTS, sentence, contacts.group(0), start + contacts.start()


def _heading_before(document: Document, index: int) -> int:
    """The index of the heading of the section holding a block (-1 before the first heading)."""
    for earlier in range(index, -1, -1):
        if document.blocks[earlier].kind is BlockKind.HEADING:
            return earlier
    return -1


def _line_at(block: Block, offset: int, words: str, source_lines: Sequence[str]) -> int:
    """The source line of the block where the words its text names at ``offset`` stand: the line of
    their same occurrence in its source (an issue body's paragraph names a channel on each of its
    lines), else its first line."""
    text = block.text.replace("\n", " ").lower()
    nth = text.count(words, 0, offset)
    needle = words.split()[0]  # (a name may break across two lines of the source)
    for number in range(block.line, min(block.end_line, len(source_lines)) + 1):
        seen = source_lines[number - 1].lower().count(needle)
        if seen > nth:
            return number
        nth -= seen
    return block.line


def _hinted(lower: str) -> bool:
    """Cheap pre-test: whether a block's text may name any of the things at all."""
    return any(hint in lower for hint in _HINTS)


def _template_blocks(reading: CompanionReading) -> frozenset[int]:
    """The blocks holding the template's own text (its outline kept as guidance)."""
    found = {block for section in reading.sections for block, _, _ in section.guidance}
    found.update(reading.loose_guidance)
    return frozenset(found)


def _channel_blocks(document: Document, reading: CompanionReading) -> frozenset[int]:
    """The blocks of the parts that ask for channels, see ``_channel_parts``."""
    return frozenset(_channel_parts(document, reading))


def _channel_parts(document: Document, reading: CompanionReading) -> dict[int, int]:
    """The blocks of the parts that ask for channels, each with the block opening its part: under a
    Communication Channels heading, after a Communication Channels, Internal, Inbound or Outbound
    label (to the next heading or label of another part), and in the Security issue resolution
    section. Internal, Inbound and Outbound after a Communication Channels label are one part."""
    blocks = document.blocks
    found: dict[int, int] = {}
    part = -1  # the label opening the run of channel labels being read
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            part = -1
            if _CHANNELS_LABEL.match(_label(block.text)):
                for inside in range(index + 1, document.section_end(index)):
                    found.setdefault(inside, index)
            continue
        if block.kind not in _PROSE or not _CHANNELS_LABEL.match(_label(block.text)):
            continue
        if part < 0 or found.get(index) != part:
            part = index  # a label no earlier label's reach holds opens a part of its own
        found.setdefault(index, part)
        for later in range(index + 1, min(index + 1 + _REGION_REACH, len(blocks))):
            after = blocks[later]
            if after.kind is BlockKind.HEADING or (
                _only_label(after) and not _CHANNELS_LABEL.match(_label(after.text))
            ):
                break
            found.setdefault(later, part)
    section = reading.section_found(_CHANNEL_SECTION)
    if section is not None:
        for inside in range(section.block + 1, document.section_end(section.block)):
            found.setdefault(inside, section.block)
    return found


def channel_places(document: Document, reading: CompanionReading, lines: Sequence[int]) -> list[int]:
    """For each line naming a channel, the place a reader sees it in, as a number: the part asking
    for channels that holds it (its Communication Channels label or heading with the Internal,
    Inbound and Outbound labels after it), else its paragraph or list. Channels named in one place
    are one list of channels."""
    parts = _channel_parts(document, reading)
    places = []
    for line in lines:
        index = document.block_at(line)
        if index is not None and index in parts:
            places.append(document.blocks[parts[index]].line)
        else:
            places.append(document.passage_of(line)[1])
    return places


def _label(text: str) -> str:
    """The label a block opens with: its words before a colon, or all of a short block's words."""
    head = text.split(":", 1)[0] if ":" in text[:60] else text
    return " ".join(head.strip(" *_").lower().split()) if len(head) <= 60 else ""


def _only_label(block: Block) -> bool:
    """True for a block that is only a label ("Ecosystem Integration", "**Ecosystem**"): another part."""
    text = block.text.strip().rstrip(":")
    return bool(text) and len(text.split()) <= 4 and not text.endswith(".")


def _addresses(document: Document, links: ProjectLinks) -> frozenset[str]:
    """The things some link or address of the document is: its links (with what a Security links
    row names them), the addresses written out in its text and the e-mail addresses it gives."""
    found: set[str] = set()
    for link in links.links:
        row = document.source_lines[link.line - 1].lower() if link.block.kind is BlockKind.TABLE else ""
        found.update(_address_things(link.url, f"{link.label.lower()} {row}", link.kinds))
    for line in document.source_lines:
        if "@" in line and _EMAIL.search(line):
            found.add(MAILING_LIST)
        if "http" in line or "mailto:" in line:
            for url in _URL.findall(line):
                found.update(_address_things(url, "", frozenset()))
    return frozenset(found)


def _address_things(url: str, words: str, kinds: frozenset[str]) -> set[str]:
    """What one address is, with the words its label or Security links row gives it."""
    lower = url.lower()
    host = lower.split("://", 1)[-1].split("/", 1)[0]
    things: set[str] = set()
    if "slack" in lower or "communityinviter.com" in lower or "slack" in words:
        things.add(SLACK)
    if (
        lower.startswith("mailto:")
        or "groups.google" in lower
        or host.startswith("lists.")
        or "groups.io" in host
        or "mailing list" in words
    ):
        things.add(MAILING_LIST)
    if any(site in host or site in words for site in ("discord", "gitter", "matrix.to", "zulip")):
        things.add(CHAT)
    if "blog" in lower or "medium.com" in host or "blog" in words:
        things.add(BLOG)
    if _BADGE_PAGE.search(lower):
        things.add(BADGE)
    name = lower.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if (
        "/security/policy" in lower
        or name in ("security.md", "security_policy.md", "security-policy.md", "security-policy")
        or (not name.endswith(".pdf") and any(word in words for word in _POLICY_ROW_WORDS))
        or ("security policy" in kinds and "github.com" in host)
    ):
        things.add(POLICY)
    if "advisor" in lower or "ghsa-" in lower or "advisor" in words:
        things.add(ADVISORIES)
    if "maintainers" in kinds or "owners" in kinds or "maintainers" in name:
        things.add(CONTACTS)
    return things


_POLICY_ROW_WORDS = ("security file", "security policy", "security.md", "disclosure", "vulnerability report")
