"""The one parser of GitHub issue, pull request and discussion addresses
(``https://github.com/owner/repo/pull/12#issuecomment-3`` → the host, the repository, the kind, the
number and what follows it), so that what counts as an item's address is decided once: the readers
of a document's links use it, and so does ``network.reference`` for the issue references a user
types. Pure string tests: it compiles nothing and imports nothing of the network package."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

GITHUB_HOST: Final = "github.com"
# The kinds of item an address may name, by the path segment that names them.
_ITEM_KINDS = ("issues", "pull", "discussions")


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
    if not host or len(parts) < 4 or has_space(host) or not (_is_name(parts[0]) and _is_name(parts[1])):
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


def has_space(text: str) -> bool:
    return any(character.isspace() for character in text)


def parse_github_item(url: str) -> GitHubItem | None:
    """The issue, pull request or discussion ``url`` is the address of on github.com (with or
    without ``www.``), or None."""
    item = parse_item_address(url)
    return item if item is not None and item.host in (GITHUB_HOST, "www." + GITHUB_HOST) else None
