"""Companion fields whose template asks for a link to a repository (a self-assessment's "Software:
A link to the software's repository.") answered with a link somewhere else: the project's website
or documentation, where a reviewer looking for the code finds none, or a GitHub organisation's page
(``https://github.com/grpc``), where the reviewer still has to find which repository is the software."""

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
    """A field asking for a repository link, and its first link, which leads elsewhere: off any code
    host (``organisation`` False) or to a GitHub organisation's page (True)."""

    __slots__ = ("field", "link", "organisation")

    def __init__(self, field: FieldFound, link: Link, organisation: bool = False) -> None:
        self.field: Final = field
        self.link: Final = link
        self.organisation: Final = organisation


def repository_fields_linking_elsewhere(
    fields: Iterable[FieldFound], links: Iterable[Link]
) -> Iterator[FieldLinkElsewhere]:
    """Each field whose template asks for a link to a repository, whose links on its line are none
    of them on a code host, or all of them GitHub organisations' pages (a field with no link at all
    is another rule's: not filled in)."""
    asking = [found for found in fields if _asks_for_repository(found.field.template_value)]
    if not asking:
        return
    by_line: dict[int, list[Link]] = {}
    for link in links:
        by_line.setdefault(link.line, []).append(link)
    for found in asking:
        written = by_line.get(found.line, [])
        if not written:
            continue
        if not any(host in link.url.lower() for link in written for host in _CODE_HOSTS):
            yield FieldLinkElsewhere(found, written[0])
        elif all(_organisation_page(link) for link in written):
            yield FieldLinkElsewhere(found, written[0], organisation=True)


def _organisation_page(link: Link) -> bool:
    """True for the address of a GitHub organisation or user (``https://github.com/grpc/``), no
    repository in it."""
    place = link.github
    return place is not None and not place[1]


def _asks_for_repository(template_value: str) -> bool:
    lower = template_value.lower()
    return "link" in lower and "repositor" in lower
