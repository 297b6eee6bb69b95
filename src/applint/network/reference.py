"""Issue references a user types: ``owner/repo#123`` or the issue's address
(``https://github.com/owner/repo/issues/123``, a GitHub Enterprise host too), read with the one
address parser in ``text.github_items``. Pure parsing: nothing here opens a connection, so the
command line can tell a reference from a path without importing the HTTP client."""

from __future__ import annotations

import os
import re
from typing import Final

from applint.text.github_items import GITHUB_HOST, GitHubItem, has_space, parse_item_address

# Compiled by re when first used (every `check` asks whether its paths are references; a path with
# no "#" that does not start with "http" is never one, and compiles nothing).
_SHORT = r"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)#([0-9]+)$"
_REPOSITORY = r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"


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
        and (not rest or (rest[0] in "?#" and not has_space(rest)))
    )


def is_reference(argument: str) -> bool:
    """True when a command-line argument names an issue rather than a file: it parses as a reference
    and no file or folder of that name exists (a file called ``notes#2`` stays a file)."""
    return parse_reference(argument) is not None and not os.path.exists(argument)


def is_repository(text: str) -> bool:
    """``owner/repo``, as ``triage --all`` takes it."""
    return bool(re.match(_REPOSITORY, text))
