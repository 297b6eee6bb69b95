"""The things (``things.py``) some link or address of a self-assessment is: its links, with what their
label or Security links row names them, the addresses written out in its text and the e-mail
addresses it gives."""

from __future__ import annotations

from applint.matching.named_addresses.things import (
    ADVISORIES,
    BADGE,
    BLOG,
    CHAT,
    CONTACTS,
    MAILING_LIST,
    POLICY,
    SLACK,
)
from applint.matching.project_links import ProjectLinks
from applint.model import BlockKind, Document
from applint.text.addresses import address_name
from applint.text.patterns import LazyPattern

_EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = LazyPattern(r"https?://[^\s)<>\"'\]|]+|mailto:[^\s)<>\"'\]|]+")
_BADGE_PAGE = LazyPattern(
    r"bestpractices\.(?:dev|coreinfrastructure\.org)/(?:[a-z]{2}(?:-[a-z]{2})?/)?projects/\d"
    r"|shields\.io/badge/[^/]*(?:openssf|best[_ -]?practices|cii)"
)


def things_present(document: Document, links: ProjectLinks) -> frozenset[str]:
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
    name = address_name(lower)
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
