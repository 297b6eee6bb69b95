"""The project's own code hosts (its GitHub organisations and repositories) and every link of the
document with its label, line and the kinds of project document it is (governance, adopters,
security policy, …).

Where the project's repositories are read: an application's "Project Repo(s):" line (its template
asks for it, so an application without one names none); a metadata row naming the software or repository (a self-assessment's "| Software |
https://github.com/etcd-io/etcd |", a DD's "Repository: …"); failing both, the GitHub organisation
most of the document's links go to (a DD, GTR or review links its project's files throughout),
with its sibling organisations ("knative-extensions" beside "knative").

Rules read this through ``LintContext.links``: evidence-without-link asks whether a document was
linked earlier, link-outside-project whether a link to a project document leaves the project.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from applint.model import Block, BlockKind, Document
from applint.text.addresses import linked_repository, page_address
from applint.text.documents import kinds_in_address, kinds_in_text
from applint.text.patterns import LazyPattern

_REPO_LINE = LazyPattern(r"^\W*(?:project\s+)?repo(?:sitor(?:y|ies))?(?:\(s\)|s)?\s*:", re.IGNORECASE)
# A metadata table's row naming the project's code: "| Software | https://github.com/etcd-io/etcd |".
_REPO_ROW = LazyPattern(
    r"^\s*\|\s*\**(?:software|(?:project\s+|source\s+)?(?:repo(?:sitor(?:y|ies))?(?:\(s\)|s)?|code)|github)\**\s*\|",
    re.IGNORECASE,
)
# (not "docs.github.com/en/…", GitHub's documentation, nor "gist.github.com")
_GITHUB = LazyPattern(
    r"(?<![\w.-])(?:www\.)?github\.com/(?:(?:orgs|users)/)?([A-Za-z0-9][\w.-]*)(?:/([\w.-]+))?", re.IGNORECASE
)
_LABELLED = LazyPattern(r"\[([^\[\]\n]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML)
# Owners whose repositories hold what every project links (the TOC's GTRs and reviews, the
# foundation's Code of Conduct, TAG assessments): never "outside the project".
SHARED_OWNERS = frozenset({"cncf", "cncf-tags", "ossf", "openssf", "linuxfoundation"})
# GitHub's own pages, which no project owns ("github.com/advisories/GHSA-…", "github.com/orgs/…").
GITHUB_PAGES = frozenset(
    {
        "advisories",
        "orgs",
        "users",
        "sponsors",
        "marketplace",
        "apps",
        "features",
        "topics",
        "settings",
        "enterprise",
    }
)
# The most-linked organisation is the project's when it has at least this many links and at least
# twice as many as any other organisation not the project's.
_MOST_LINKED_LEAST = 3
# Words of an organisation's name that are not the project's ("etcd-io", "kcp-dev", "project-hami").
_ORGANISATION_WORDS = frozenset(
    {"", "io", "dev", "project", "sh", "ai", "org", "hq", "labs", "cloudnative", "community"}
)
# The CNCF's repositories an application links into; the same name under another owner is a copy.
SHARED_REPOS = frozenset(
    {
        "toc",
        "foundation",
        "tag-security",
        "tag-contributor-strategy",
        "tag-app-delivery",
        "landscape",
    }
)


# Labels that point rather than name: "[here](…)", "[this link](…)".
_POINTING_LABELS = frozenset({"here", "this", "link", "this link", "see here", "click here"})


class Link:
    """One link of the document: where it is, its label ("" for a bare address) and address."""

    __slots__ = ("_kinds", "block", "column", "label", "line", "url")

    def __init__(self, block: Block, line: int, column: int | None, label: str, url: str) -> None:
        self.block: Final = block
        self.line: Final = line
        self.column: Final = column
        self.label: Final = label
        self.url: Final = url
        self._kinds: frozenset[str] | None = None

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of project document the address or the label names (worked out on first need:
        most links are never asked)."""
        if self._kinds is None:
            self._kinds = kinds_in_address(self.url) | (
                kinds_in_text(self.label) if self.label else frozenset()
            )
        return self._kinds

    @property
    def unnamed(self) -> bool:
        """True when the link says nothing of what it points to: its label is empty, the address
        itself or a pointing word ("here", "this link") and its address names no file (a
        repository, folder or site: ``[here](https://github.com/kelpie-io/community)``). What
        such a link is comes from the sentence or criterion it answers."""
        label = self.label.strip().lower()
        if label and label != self.url.lower() and label not in _POINTING_LABELS:
            return False
        path = page_address(self.url)
        name = path.rsplit("/", 1)[-1] if "/" in path else ""
        return "." not in name

    @property
    def inside_repository(self) -> bool:
        """True for a GitHub address beyond a repository's front page (a file, folder, issue, …)."""
        path = self.url.split("github.com/", 1)[-1].split("#", 1)[0].split("?", 1)[0].strip("/")
        return path.count("/") >= 2

    @property
    def github(self) -> tuple[str, str] | None:
        """(owner, repository) in lower case for a GitHub address (repository "" for an org)."""
        if "github.com/" not in self.url.lower():
            return None
        match = _GITHUB.search(self.url)
        if match is None:
            return None
        return linked_repository(match.group(1), match.group(2) or "")


class ProjectLinks:
    """The project's GitHub owners and repositories, and the document's links in order."""

    __slots__ = ("_first_linked", "links", "owners", "repo_line", "repos")

    def __init__(self, document: Document, most_linked: bool = True) -> None:
        """``most_linked``: when the document names no repository, take the organisation most of its
        links go to (not for an application, whose template asks for its Project Repo line)."""
        owners: set[str] = set()
        repos: set[str] = set()
        repo_line = 0
        for block in document.blocks:
            for line, text in _repo_statements(document, block):
                for match in _GITHUB.finditer(text):
                    owner, repo = linked_repository(match.group(1), match.group(2) or "")
                    if owner in GITHUB_PAGES:
                        continue
                    owners.add(owner)
                    if match.group(2):
                        repos.add(repo)
                if owners:
                    repo_line = line
                    break
            if owners:
                break
        self.links: Final = tuple(_links(document))
        if not owners and most_linked:
            owners, repos = _most_linked(self.links)
        self.owners: Final = frozenset(owners)
        self.repos: Final = frozenset(repos)
        # The line naming the project's repositories; 0 when they come from the links (or are unknown).
        self.repo_line: Final = repo_line
        self._first_linked: dict[str, int] | None = None  # kind -> the first line linking it

    def linked_before(self, line: int) -> frozenset[str]:
        """The kinds of project document linked anywhere before ``line``."""
        if self._first_linked is None:
            first: dict[str, int] = {}
            for link in self.links:
                for kind in link.kinds:
                    first.setdefault(kind, link.line)
            self._first_linked = first
        return frozenset(kind for kind, at in self._first_linked.items() if at < line)


def _repo_statements(document: Document, block: Block) -> list[tuple[int, str]]:
    """(line, text) of what a block says the project's repositories are: a "Project Repo(s):"
    paragraph or item (its text and addresses), or a metadata table's software or repository row."""
    if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        if _REPO_LINE.match(block.text):
            return [(block.line, text) for text in (block.text, *block.links)]
        return []
    if block.kind is not BlockKind.TABLE or "github.com" not in block.text.lower():
        return []
    rows = document.source_lines[block.line - 1 : block.end_line]
    return [
        (block.line + offset, row)
        for offset, row in enumerate(rows)
        if "github.com" in row and _REPO_ROW.match(row)
    ]


def _most_linked(links: tuple[Link, ...]) -> tuple[set[str], set[str]]:
    """The GitHub organisation most of the links go to, with its siblings ("knative-extensions",
    "fluxcd-community") and the repositories linked in them; nothing when no organisation has
    clearly most of the links (a document linking a few projects alike names none as its own)."""
    counts: dict[str, int] = {}
    places: list[tuple[str, str]] = []
    for link in links:
        place = link.github
        if place is None or place[0] in SHARED_OWNERS or place[0] in GITHUB_PAGES:
            continue
        places.append(place)
        counts[place[0]] = counts.get(place[0], 0) + 1
    if not counts:
        return set(), set()
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    top, most = ranked[0]
    owners = {owner for owner in counts if _siblings(owner, top)}
    others = max((count for owner, count in ranked if owner not in owners), default=0)
    if most < _MOST_LINKED_LEAST or most < 2 * others:
        return set(), set()
    return owners, {repo for owner, repo in places if owner in owners and _named_after(repo, owner)}


def _named_after(repo: str, owner: str) -> bool:
    """True for a repository named after its organisation ("etcd-io/etcd", "project-hami/hami"): the
    project's own code, whose name under another owner is a fork; not "community" or "website", which
    every organisation has."""
    words = set(repo.replace(".", "-").split("-")) - _ORGANISATION_WORDS
    return bool(words & (set(owner.split("-")) - _ORGANISATION_WORDS))


def _siblings(owner: str, top: str) -> bool:
    """True for the organisation itself and one named after it ("knative-extensions", "fluxcd-community")."""
    return owner == top or owner.startswith(f"{top}-") or top.startswith(f"{owner}-")


def labelled_links(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, label, address) of each ``[label](address)`` written in ``text``."""
    for match in _LABELLED.finditer(text):
        yield match.start(), match.group(1), match.group(2)


def _links(document: Document) -> list[Link]:
    """Every link outside code and comments, with the label the Markdown source gives it."""
    found: list[Link] = []
    for block in document.blocks:
        if block.kind in _SKIPPED or not block.links:
            continue
        lines = document.source_lines[block.line - 1 : block.end_line]
        labelled: dict[str, list[tuple[int, int, str]]] = {}  # address -> (line offset, column, label)
        for offset, line in enumerate(lines):
            if "](" in line:
                for match in _LABELLED.finditer(line):
                    labelled.setdefault(match.group(2), []).append(
                        (offset, match.start() + 1, match.group(1).strip())
                    )
        for url in dict.fromkeys(block.links):  # an autolink lists its address twice
            places = labelled.get(url)
            if places:
                offset, column, label = places.pop(0)
                found.append(Link(block, block.line + offset, column, label, url))
            else:
                found.append(_bare(block, lines, url))
    return found


def _bare(block: Block, lines: tuple[str, ...], url: str) -> Link:
    """A link written as its address alone: its line and column, no label."""
    for offset, line in enumerate(lines):
        column = line.find(url)
        if column >= 0:
            return Link(block, block.line + offset, column + 1, "", url)
    return Link(block, block.line, None, "", url)
