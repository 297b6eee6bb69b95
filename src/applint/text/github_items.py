"""GitHub issue, pull request and discussion addresses: one parser for every reader of a document's
links (``https://github.com/owner/repo/pull/12#issuecomment-3`` → the repository, the kind, the
number and what follows it), so that what counts as an item's address is decided once."""

from __future__ import annotations

import re
from typing import NamedTuple

from applint.text.patterns import LazyPattern

# The scheme, an optional "www.", the repository, the kind and the number; the rest is kept as
# written so each reader decides what may follow the number (a path, an anchor, a query).
_ITEM_ADDRESS = LazyPattern(
    r"^https?://(www\.)?github\.com/([\w.-]+/[\w.-]+)/(issues|pull|discussions)/(\d+)(.*)$",
    re.IGNORECASE | re.DOTALL,
)


class GitHubItem(NamedTuple):
    """One GitHub item an address names: ``repository`` as written (``owner/repo``), ``kind`` in lower
    case ("issues", "pull" or "discussions"), ``number`` as written, ``rest`` what follows the number
    ("", "/files", "#issuecomment-3"), and whether the host was written with ``www.``."""

    repository: str
    kind: str
    number: str
    rest: str
    www: bool

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


def parse_github_item(url: str) -> GitHubItem | None:
    """The issue, pull request or discussion ``url`` is the address of (on github.com, with or
    without ``www.``), or None."""
    found = _ITEM_ADDRESS.match(url)
    if found is None:
        return None
    return GitHubItem(
        found.group(2), found.group(3).lower(), found.group(4), found.group(5), found.group(1) is not None
    )
