"""Issue references a user types: ``owner/repo#123`` or the issue's address
(``https://github.com/owner/repo/issues/123``, a GitHub Enterprise host too); and the one parser of
GitHub issue, pull request and discussion addresses, which the readers of a document's links use as
well (``https://github.com/owner/repo/pull/12#issuecomment-3`` → the repository, the kind, the
number and what follows it), so that what counts as an item's address is decided once. Pure
parsing: nothing here opens a connection, so the command line can tell a reference from a path
without importing the HTTP client, and any stage may read an address with it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Final

# Compiled by re when first used (every `check` asks whether its paths are references; a path with
# no "#" that does not start with "http" is never one, and compiles nothing).
_SHORT = r"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)#([0-9]+)$"
# The kinds of item an address may name, by the path segment that names them.
_ITEM_KINDS = ("issues", "pull", "discussions")
_REPOSITORY = r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
GITHUB_HOST: Final = "github.com"


class IssueReference:
    """One issue: its repository (``owner/repo``), number, and the host its address names."""

    __slots__ = ("host", "number", "pull", "repository")

    def __init__(self, repository: str, number: int, host: str = GITHUB_HOST, pull: bool = False) -> None:
        self.repository: Final = repository
        self.number: Final = number
        self.host: Final = host
        self.pull: Final = pull  # the address is a pull request's (/pull/N)

    @property
    def name(self) -> str:
        return f"{self.repository}#{self.number}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IssueReference) and (self.repository, self.number, self.host) == (
            other.repository,
            other.number,
            other.host,
        )

    def __hash__(self) -> int:
        return hash((self.repository, self.number, self.host))

    def __repr__(self) -> str:
        return f"IssueReference({self.name!r}, host={self.host!r})"


class GitHubItem:
    """One item an address names: its ``host`` in lower case, ``repository`` as written
    (``owner/repo``), ``kind`` in lower case ("issues", "pull" or "discussions"), ``number`` as
    written and ``rest``, what follows the number ("", "/files", "#issuecomment-3")."""

    __slots__ = ("host", "kind", "number", "repository", "rest")

    def __init__(self, host: str, repository: str, kind: str, number: str, rest: str) -> None:
        self.host: Final = host
        self.repository: Final = repository
        self.kind: Final = kind
        self.number: Final = number
        self.rest: Final = rest

    def __iter__(self) -> Iterator[str]:
        """The fields in order, as a table test compares them."""
        return iter((self.host, self.repository, self.kind, self.number, self.rest))

    @property
    def www(self) -> bool:
        """The host was written ``www.github.com``."""
        return self.host.startswith("www.")

    @property
    def is_issue_or_pull(self) -> bool:
        """An issue or a pull request (a discussion is neither)."""
        return self.kind != "discussions"

    @property
    def ends_at_number(self) -> bool:
        """The number is not run into a word (``/12abc`` is no item 12): what follows it, if
        anything, starts with a character that cannot be part of a word."""
        return not self.rest or not (self.rest[0].isalnum() or self.rest[0] == "_")

    @property
    def ends_at_segment(self) -> bool:
        """The number ends its path segment: nothing follows, or a ``/``, ``#`` or ``?``."""
        return not self.rest or self.rest[0] in "/#?"


def parse_item_address(url: str) -> GitHubItem | None:
    """The issue, pull request or discussion ``url`` is the address of, on any host, or None:
    ``http(s)://HOST/OWNER/REPO/KIND/NUMBER…`` (scheme and kind in any case). String tests, not a
    pattern: the parser runs on every link and compiles nothing."""
    scheme, separator, rest = url.partition("://")
    if not separator or scheme.lower() not in ("http", "https"):
        return None
    host, _, path = rest.partition("/")
    parts = path.split("/", 3)
    if not host or len(parts) < 4 or _has_space(host) or not (_is_name(parts[0]) and _is_name(parts[1])):
        return None
    kind = parts[2].lower()
    tail = parts[3]
    digits = len(tail) - len(tail.lstrip("0123456789"))
    if kind not in _ITEM_KINDS or not digits:
        return None
    return GitHubItem(host.lower(), f"{parts[0]}/{parts[1]}", kind, tail[:digits], tail[digits:])


def _is_name(segment: str) -> bool:
    """An owner's or repository's name: letters, digits, ``_``, ``.`` and ``-``."""
    return bool(segment) and all(character.isalnum() or character in "_.-" for character in segment)


def _has_space(text: str) -> bool:
    return any(character.isspace() for character in text)


def parse_github_item(url: str) -> GitHubItem | None:
    """The issue, pull request or discussion ``url`` is the address of on github.com (with or
    without ``www.``), or None."""
    item = parse_item_address(url)
    return item if item is not None and item.host in (GITHUB_HOST, "www." + GITHUB_HOST) else None


def parse_reference(text: str) -> IssueReference | None:
    """The issue ``text`` names, or None when it is no issue reference (a path, most likely)."""
    short = re.match(_SHORT, text) if "#" in text else None
    if short:
        return IssueReference(short.group(1), int(short.group(2)))
    item = parse_item_address(text) if text.startswith("http") else None
    if item is not None and _names_issue(item):
        return IssueReference(item.repository, int(item.number), item.host, item.kind == "pull")
    return None


def _names_issue(item: GitHubItem) -> bool:
    """Whether an address a user typed is an issue's or pull request's as a whole: an ASCII
    repository and number, then at most a ``/`` and an anchor or a query."""
    rest = item.rest.removeprefix("/")
    return (
        item.is_issue_or_pull
        and item.repository.isascii()
        and item.number.isascii()
        and (not rest or (rest[0] in "?#" and not _has_space(rest)))
    )


def is_reference(argument: str) -> bool:
    """True when a command-line argument names an issue rather than a file: it parses as a reference
    and no file or folder of that name exists (a file called ``notes#2`` stays a file)."""
    return parse_reference(argument) is not None and not os.path.exists(argument)


def is_repository(text: str) -> bool:
    """``owner/repo``, as ``triage --all`` takes it."""
    return bool(re.match(_REPOSITORY, text))
