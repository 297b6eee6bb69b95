"""Companion fields whose template asks for a link to a repository (a self-assessment's "Software:
A link to the software's repository.") answered with a link somewhere else: the project's website
or documentation, where a reviewer looking for the code finds none."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from applint.matching.companion_fields import FieldFound
from applint.matching.project_links import Link

# Where code is kept: an address holding one of these is a repository (or a page of one).
_CODE_HOSTS = (
    "github.com", "gitlab", "bitbucket.org", "codeberg.org", "sr.ht", "gitee.com", "opendev.org",
    "googlesource.com", "//git.", "/git/",
)  # fmt: skip


class FieldLinkElsewhere:
    """A field asking for a repository link, and its first link, which leads elsewhere."""

    __slots__ = ("field", "link")

    def __init__(self, field: FieldFound, link: Link) -> None:
        self.field: Final = field
        self.link: Final = link


def repository_fields_linking_elsewhere(
    fields: Iterable[FieldFound], links: Iterable[Link]
) -> Iterator[FieldLinkElsewhere]:
    """Each field whose template asks for a link to a repository, whose links on its line are none
    of them on a code host (a field with no link at all is another rule's: not filled in)."""
    asking = [found for found in fields if _asks_for_repository(found.field.template_value)]
    if not asking:
        return
    by_line: dict[int, list[Link]] = {}
    for link in links:
        by_line.setdefault(link.line, []).append(link)
    for found in asking:
        written = by_line.get(found.line, [])
        if written and not any(host in link.url.lower() for link in written for host in _CODE_HOSTS):
            yield FieldLinkElsewhere(found, written[0])


def _asks_for_repository(template_value: str) -> bool:
    lower = template_value.lower()
    return "link" in lower and "repositor" in lower
