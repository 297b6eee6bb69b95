"""Links into the document's own repository, resolved against its working tree: relative links
(``docs/GOVERNANCE.md``, ``../SECURITY.md#reporting``) and ``github.com/OWNER/REPO/blob|tree/REF/PATH``
links whose repository is the checkout's own, to a file or folder that must exist there, and to a
heading of a Markdown target that must exist. Nothing is fetched.

Which repository is "own": the GitHub repositories the checkout's remotes name; with no GitHub
remote, the one repository the document's "Project Repo" line names. Which refs: those whose files
the working tree shows (``Checkout.tip_refs``); a link pinned to a tag, a commit or another branch
is left alone. A document read from standard input has no place in a working tree, so nothing is
resolved; in a DOCX or plain-text file only full GitHub links are (a relative link in a draft to
be pasted elsewhere has no folder to be relative to).
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Final, NamedTuple
from urllib.parse import unquote, urlsplit

from applint.matching.checkout import Checkout, github_hosts
from applint.matching.link_places import link_places
from applint.model import Document
from applint.templates.boilerplate import template_relative_links
from applint.text.addresses import repository_key, web_host
from applint.text.links import is_malformed
from applint.text.patterns import LazyPattern

_SCHEME = LazyPattern(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LINE_ANCHOR = LazyPattern(r"L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?")
_GITHUB_PATH = LazyPattern(r"/([\w.-]+)/([\w.-]+)/(blob|tree)/(.+)")
_PROJECT_REPO = LazyPattern(r"^\W*project\s+repo(?:s|\(s\))?\b", re.IGNORECASE)
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
# What a link that climbs two folders above the repository's root lands on: a page of the
# repository on GitHub (../../issues/12 from a file at the root), not a file.
_REPOSITORY_PAGES = frozenset(
    [
        "issues",
        "pulls",
        "pull",
        "wiki",
        "releases",
        "discussions",
        "actions",
        "projects",
        "security",
        "milestones",
        "labels",
        "tags",
        "branches",
        "graphs",
        "network",
        "commits",
        "compare",
        "pulse",
        "contributors",
    ]
)


class UnresolvedLink(NamedTuple):
    """A link into the working tree that does not resolve: where it is, its target as written,
    what is wrong and what to do (clauses for the finding's message)."""

    line: int
    column: int | None
    target: str
    problem: str
    advice: str


_MOVED = "correct the path (was the file moved or renamed?)"
_ABOVE = "correct the path, or write the full https:// address"
_HOST = "add 'https://' before a web address"
_HEADING = (
    "link one of its headings (GitHub's anchor: the title in lower case, punctuation dropped, spaces "
    "as '-'), or restore the heading if it was renamed"
)


class LinkResolution:
    """The links into the checkout that do not resolve, and every target resolved here (found or
    not), which an online check then leaves alone."""

    __slots__ = ("checked", "unresolved")

    def __init__(self, unresolved: tuple[UnresolvedLink, ...], checked: frozenset[str]) -> None:
        self.unresolved: Final = unresolved
        self.checked: Final = checked


def resolve_links(document: Document, checkout: Checkout) -> LinkResolution:
    """Resolve the document's links into the checkout it sits in (``find_checkout``)."""
    return _Resolver(document, checkout).run()


class _Resolver:
    def __init__(self, document: Document, checkout: Checkout) -> None:
        self.document = document
        self.checkout = checkout
        self.folder = os.path.dirname(os.path.abspath(document.path))
        self.repositories = checkout.repositories or _project_repositories(document, checkout.root)
        self.hosts = github_hosts()
        self.listings: dict[str, frozenset[str]] = {}
        self.anchors: dict[str, frozenset[str] | None] = {}

    def run(self) -> LinkResolution:
        unresolved: list[UnresolvedLink] = []
        checked: set[str] = set()
        for place in link_places(self.document):
            resolved = self._resolve(place.target)
            if resolved is None:
                continue
            checked.add(place.target)
            if resolved[0]:
                unresolved.append(UnresolvedLink(place.line, place.column, place.target, *resolved))
        return LinkResolution(tuple(unresolved), frozenset(checked))

    def _resolve(self, target: str) -> tuple[str, str] | None:
        """What is wrong with a link into the working tree and what to do (("", "") when nothing
        is), or None when the link does not point into it (or is broken-link's to report)."""
        target = target.strip()
        if not target or target.startswith(("#", "//")) or is_malformed(target):
            return None
        if _SCHEME.match(target):
            return self._resolve_github(target)
        if self.document.format != "markdown":
            return None
        path, _, anchor = target.partition("#")
        path = unquote(path.split("?", 1)[0])
        if not path:
            return None
        if "://" in path:  # [text]([https://…) or "see https://…": an address after other text
            return "an address after other text is read as a path", "write the address alone in the '( )'"
        resolved = (
            self._resolve_path(path.lstrip("/"), unquote(anchor), self.checkout.root)
            if path.startswith("/")  # GitHub reads a root-relative link from the repository's root
            else self._resolve_path(path, unquote(anchor), self.folder)
        )
        if resolved and resolved[0] and target in template_relative_links():
            return None  # the template's own link, relative to cncf/toc: not the project's to fix
        if resolved and resolved[1] == _MOVED and _looks_like_host(path.lstrip("./").split("/", 1)[0]):
            return f"{resolved[0]}, and an address without 'https://' is read as a path", _HOST
        return resolved

    def _resolve_github(self, target: str) -> tuple[str, str] | None:
        try:
            parts = urlsplit(target)
        except ValueError:
            return None
        if parts.scheme.lower() not in ("http", "https") or not self.repositories:
            return None
        if web_host(parts.netloc) not in self.hosts:
            return None
        match = _GITHUB_PATH.fullmatch(parts.path.rstrip("/"))
        if not match or f"{match.group(1)}/{match.group(2)}".lower() not in self.repositories:
            return None
        rest = unquote(match.group(4))
        refs = [ref for ref in self.checkout.tip_refs() if rest == ref or rest.startswith(ref + "/")]
        if not refs:
            return None  # a tag, a commit or another branch: the working tree need not show it
        ref = max(refs, key=len)
        path = rest[len(ref) + 1 :]
        return self._resolve_path(path, unquote(parts.fragment), self.checkout.root)

    def _resolve_path(self, path: str, anchor: str, base: str) -> tuple[str, str] | None:
        full = os.path.normpath(os.path.join(base, path))
        relative = os.path.relpath(full, self.checkout.root)
        parts = [] if relative == "." else relative.split(os.sep)
        climbs = len(parts) - len([p for p in parts if p != ".."])
        if climbs:
            rest = parts[climbs:]
            if climbs == 2 and rest and rest[0] in _REPOSITORY_PAGES:
                return None  # ../../issues: a page of the repository on GitHub
            if climbs > 2:
                return None  # another repository's or owner's page
            return f"it climbs {climbs} folder{'s' if climbs > 1 else ''} above the repository's root", _ABOVE
        if not self._exists(parts):
            shown = "/".join(parts)
            invisible = [char for char in shown if unicodedata.category(char) in ("Cf", "Cc", "Zs")]
            if invisible:  # a pasted left-to-right mark or no-break space makes a right name wrong
                return (
                    f"there is no '{shown}' in this repository's working tree: the path holds an "
                    f"invisible U+{ord(invisible[0]):04X} character",
                    "delete it (retype the path)",
                )
            return f"there is no '{shown}' in this repository's working tree", _MOVED
        if not anchor or _LINE_ANCHOR.fullmatch(anchor):
            return "", ""
        anchors = self._anchors_of(full)
        if anchors is None or anchor.lower().removeprefix("user-content-") in anchors:
            return "", ""
        name = "/".join(parts) or "the repository's README"
        return f"'{name}' has no heading with the anchor '#{anchor}'", _HEADING

    def _exists(self, parts: list[str]) -> bool:
        """Whether the path exists with exactly this spelling (GitHub's paths are case-sensitive,
        some file systems are not)."""
        folder = self.checkout.root
        for part in parts:
            if part not in self._listing(folder):
                return False
            folder = os.path.join(folder, part)
        return True

    def _listing(self, folder: str) -> frozenset[str]:
        names = self.listings.get(folder)
        if names is None:
            try:
                names = frozenset(os.listdir(folder))
            except OSError:
                names = frozenset()
            self.listings[folder] = names
        return names

    def _anchors_of(self, path: str) -> frozenset[str] | None:
        """The anchors of a Markdown file (of a folder's README, which GitHub shows under it), or
        None when the target is no Markdown file applint can read."""
        if os.path.isdir(path):
            readme = next((n for n in sorted(self._listing(path)) if n.lower() in _READMES), None)
            if readme is None:
                return None
            path = os.path.join(path, readme)
        if not path.lower().endswith(_MARKDOWN_SUFFIXES):
            return None
        if path not in self.anchors:
            from applint.matching.anchors import markdown_anchors  # a link to a heading only

            self.anchors[path] = markdown_anchors(path, self.document)
        return self.anchors[path]


_READMES = frozenset(("readme.md", "readme.markdown"))
_FILE_SUFFIXES = frozenset(
    [
        ".md",
        ".markdown",
        ".txt",
        ".html",
        ".htm",
        ".yaml",
        ".yml",
        ".json",
        ".toml",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".pdf",
        ".docx",
        ".go",
        ".py",
        ".rs",
        ".js",
        ".ts",
        ".sh",
        ".cfg",
        ".ini",
        ".xml",
        ".csv",
        ".adoc",
        ".rst",
    ]
)


def _looks_like_host(segment: str) -> bool:
    """Whether a path's first segment reads as a host name (``sandbox.cncf.io``), not a file."""
    stem, suffix = os.path.splitext(segment)
    suffix = suffix.lower()
    return suffix in (".io", ".com", ".org", ".net", ".dev") or ("." in stem and suffix not in _FILE_SUFFIXES)


def _project_repositories(document: Document, root: str) -> frozenset[str]:
    """The repository the "Project Repo(s)" line names, when it names exactly one on GitHub and
    the checkout's folder bears its name (as ``git clone`` makes it): a checkout without a remote
    may be any repository, and links into another must not be looked for here."""
    hosts = github_hosts()
    for block in document.blocks[:40]:
        if _PROJECT_REPO.match(block.text):
            found = set()
            for link in block.links:
                try:
                    parts = urlsplit(link)
                except ValueError:  # "http://[oops": not an address
                    continue
                segments = [s for s in parts.path.split("/") if s]
                if web_host(parts.netloc) in hosts and len(segments) >= 2:
                    found.add(repository_key(segments[0], segments[1]))
            if len(found) == 1 and next(iter(found)).split("/")[1] == os.path.basename(root).lower():
                return frozenset(found)
            return frozenset()
    return frozenset()
