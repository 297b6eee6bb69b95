"""Links whose text names one thing and whose address leads to another: a file ("[SECURITY.md](…/
security-team/access-control.md)"), a vulnerability ("[CVE-2021-44838](…/cve-2021-44832)"), an
issue or pull request ("[#978](…/issues/1291)") or a service ("[Docker Hub](https://github.com/…)"):
the reader expects what the text names and finds something else.

A file: a label that is a file name (``NAME.md``) against a GitHub issue, pull request or discussion
(the change that touched the file, not the file); otherwise only a label that is a file name (``NAME.md``, ``NAME.yaml``, …) against an address whose
last segment is a file name of another name counts, and only when the two names share no word and
are not near-spellings of each other: a misspelt label ("SECUIRTY.md"), a singular for a plural
("ADOPTER.md" for ADOPTERS.md) or a prefixed name ("KUBERHEALTHY_ADOPTERS.md" for "ADOPTERS.md")
is the same file. Images (a badge) are not documents.

A CVE or GitHub advisory: a label naming one whose address names others of its kind and not it (a
CVE's GitHub advisory page names the advisory's GHSA id, not the CVE); or a label that
is a CVE id alone whose address names no vulnerability at all (no CVE or advisory id, nor an
advisory, issue, release, changelog, blog or mailing-list page that could describe it). An issue
or pull request: a label that is only its number ("#978", "PR 12", "cncf/toc#978") against a
GitHub issue, pull request or discussion of another number. A service: a label naming Docker Hub,
Artifact Hub or Quay whose address is not on it. A label opening with a heading's ``##``
(``[## Security](#security)``) is not read here: malformed-markdown reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from applint.matching.project_links import Link
from applint.text.addresses import address_name
from applint.text.github_items import parse_github_item
from applint.text.patterns import LazyPattern

_FILE_NAME = LazyPattern(r"^[\w.-]+\.(?:md|markdown|ya?ml|txt|rst|adoc)$", re.IGNORECASE)
_IMAGE = LazyPattern(r"\.(?:svg|png|jpe?g|gif|webp)$", re.IGNORECASE)
_NAME_WORDS = LazyPattern(r"[a-z0-9]+")
# Names at least this alike are one name spelt differently.
NEAR_SPELLING = 0.6
_VULNERABILITY_ID = LazyPattern(r"\b(?:cve-\d{4}-\d{4,7}|ghsa(?:-[a-z0-9]{4}){3})\b")
_ONLY_CVE = LazyPattern(r"^\W*cve-\d{4}-\d{4,7}\W*$")
# What an address describing a vulnerability without naming its id holds.
_VULNERABILITY_PAGES = (
    "cve", "ghsa", "advisor", "security", "vuln", "osv", "/issues/", "/pull/", "/commit", "/compare/",
    "release", "changelog", "blog", "news", "announce", "bulletin", "errata", "rhsa", "groups.google",
    "lists.", "mail", "seclists", "openwall", "hackerone", "huntr", "snyk", "discuss",
)  # fmt: skip
_ISSUE_LABEL = LazyPattern(
    r"^(?:[\w.-]+/[\w.-]+)?#(\d+)$|^(?:issue|pr|pull\s+request|pull)\s*#?\s*(\d+)$", re.IGNORECASE
)
_ITEM_KINDS = {"issues": "issue", "pull": "pull request", "discussions": "discussion"}
# A service a label names -> the address words that are it.
_SERVICES: dict[str, tuple[str, ...]] = {
    "docker hub": ("hub.docker.com", "docker.io", "dockerhub", "docker-hub"),
    "artifact hub": ("artifacthub.io", "artifacthub", "artifact-hub"),
    "quay": ("quay.io", "quay"),
}


class MisnamedLink:
    """A link named as one thing that leads to another: ``kind`` is "file", "file-item" (a file name
    linking an issue or pull request), "vulnerability", "issue" or "service"; ``target`` is what the
    address leads to ("" when it names nothing of the kind: a CVE link to an unrelated page)."""

    __slots__ = ("kind", "link", "named", "target")

    def __init__(self, link: Link, named: str, target: str, kind: str = "file") -> None:
        self.link: Final = link
        self.named: Final = named  # what the label names
        self.target: Final = target  # what the address leads to
        self.kind: Final = kind


def find_misnamed_links(links: Iterable[Link]) -> list[MisnamedLink]:
    """Each link whose label names a file, vulnerability, issue or service other than the one its
    address leads to."""
    found = []
    for link in links:
        named = link.label.strip("`*_ ")
        if not named:
            continue
        misnamed = _misnamed_file(link, named) or _misnamed_identifier(link, named.lower())
        if misnamed is not None:
            found.append(misnamed)
    return found


def _misnamed_file(link: Link, named: str) -> MisnamedLink | None:
    if not _FILE_NAME.match(named):
        return None
    item = parse_github_item(link.url)
    if item is not None:  # "[GOVERNANCE.md](…/pull/19772)": the change, not the file
        return MisnamedLink(link, named, f"{_ITEM_KINDS[item.kind]} #{item.number}", "file-item")
    target = address_name(link.url)
    if "." not in target or _IMAGE.search(target) or not _different(named, target):
        return None
    return MisnamedLink(link, named, target)


def _misnamed_identifier(link: Link, label: str) -> MisnamedLink | None:
    """A vulnerability, issue or service the label names that the address is not (the cheap word
    tests first: most labels name none)."""
    url = link.url.lower()
    if "cve-" in label or "ghsa-" in label:
        named = _VULNERABILITY_ID.findall(label)
        if not named:
            return None
        kind = named[0][:3]  # "cve" or "ghs": a CVE's advisory page names its GHSA id, not the CVE
        targets = [found for found in _VULNERABILITY_ID.findall(url) if found.startswith(kind)]
        if targets and not set(named) & set(targets):
            return MisnamedLink(link, named[0].upper(), targets[0].upper(), "vulnerability")
        if (
            not _VULNERABILITY_ID.search(url)
            and _ONLY_CVE.match(label)
            and not any(word in url for word in _VULNERABILITY_PAGES)
        ):
            return MisnamedLink(link, named[0].upper(), "", "vulnerability")
        return None
    if any(character.isdigit() for character in label) and len(label) <= 40:
        number = _ISSUE_LABEL.match(label)
        address = parse_github_item(url) if number else None
        if number and address and (number.group(1) or number.group(2)) != address.number:
            return MisnamedLink(link, f"#{number.group(1) or number.group(2)}", f"#{address.number}", "issue")
        return None
    for service, addresses in _SERVICES.items():
        if service in label and not any(word in url for word in addresses):
            return MisnamedLink(link, _title(service), "", "service")
    return None


def _title(service: str) -> str:
    return " ".join(word.capitalize() for word in service.split())


def _different(named: str, target: str) -> bool:
    """True when two file names share no word and are not near-spellings of each other."""
    left, right = named.lower().rsplit(".", 1)[0], target.lower().rsplit(".", 1)[0]
    if set(_NAME_WORDS.findall(left)) & set(_NAME_WORDS.findall(right)):
        return False
    import difflib  # only for the rare link whose names differ: most runs never need it

    return difflib.SequenceMatcher(None, left, right).ratio() < NEAR_SPELLING
