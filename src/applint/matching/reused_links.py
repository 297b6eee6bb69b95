"""Links in one list that name two different documentation resources but lead to the same address
("[User Guide](https://…/docs/)" and "[Tutorials](https://…/docs/)"): one of the two resources is
not linked at all.

Only a list of resources counts: each of the two items opens with its link (or with the
resource's name and a colon before a bare address), and each name names a kind of documentation (a guide, the tutorials, the API reference, the installation
docs, …) that the other label does not. Labels that are the same resource in other words ("User
Guide", "Developer Guide"), a statistic (a dashboard shows issues and pull requests on one page),
a release, a person, an installation method or a bare address never count.

In any passage (a sentence, a table cell, a list item), two links written side by side whose labels
name parallel things in the same words but one ("[C++ example](…/cpp/basics/)", "[Go
example](…/cpp/basics/)") and lead to the same address: the second was copied from the first and
not changed. Labels of one word, labels that differ in more than one word, and links to the same
address a few sentences apart never count.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from applint.matching.project_links import Link, labelled_links
from applint.model import Block, BlockKind, Document
from applint.text.normalize import normalize, normalized_words
from applint.text.patterns import LazyPattern

# Words that name a kind of documentation resource, by the stem each stands for.
RESOURCE_WORDS: dict[str, str] = {
    "guide": "guide",
    "guides": "guide",
    "tutorial": "tutorial",
    "tutorials": "tutorial",
    "documentation": "documentation",
    "docs": "documentation",
    "reference": "reference",
    "installation": "installation",
    "install": "installation",
    "quickstart": "quickstart",
    "examples": "example",
    "example": "example",
    "samples": "example",
    "handbook": "handbook",
    "manual": "manual",
    "faq": "faq",
    "blog": "blog",
    "website": "website",
    "roadmap": "roadmap",
    "changelog": "changelog",
    "governance": "governance",
    "contributing": "contributing",
    "adopters": "adopters",
    "architecture": "architecture",
}
# A resource's label is a short name, not a sentence.
MAX_LABEL_WORDS = 5
_LIST_GLUE = (BlockKind.COMMENT, BlockKind.BREAK)
_NOT_PROSE = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML)
# What ends a resource's name before its address: a colon, or a dash set off by spaces.
_NAME_SEPARATOR = LazyPattern(r"(?:[*_]*:|[*_]*\s+[-–—])[*_]*$")
# A list item's marker and checkbox, before the name of the resource it links.
_ITEM_MARKER = LazyPattern(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]?\]\s*)?")


class ReusedLink:
    """A link whose address an earlier item of the same list already gave another resource."""

    __slots__ = ("first", "first_name", "link", "name")

    def __init__(self, link: Link, first: Link, name: str, first_name: str) -> None:
        self.link: Final = link
        self.first: Final = first
        self.name: Final = name  # the resource the link is given as
        self.first_name: Final = first_name  # the resource the earlier link is given as


def find_reused_links(document: Document, links: Sequence[Link]) -> list[ReusedLink]:
    """Each resource link of a list that leads where an earlier item's differently named one does."""
    lists = _list_of_each_item(document)
    first_by_target: dict[tuple[int, str], Link] = {}
    found: list[ReusedLink] = []
    for link in links:
        which = lists.get(id(link.block))
        resources = _resources(link, document) if which is not None else frozenset()
        if which is None or not resources:
            continue
        key = (which, link.url.rstrip("/"))
        first = first_by_target.setdefault(key, link)
        if first is link or first.block is link.block:
            continue
        if resources.isdisjoint(_resources(first, document)):
            found.append(ReusedLink(link, first, _name(link, document), _name(first, document)))
    return found


# Two links side by side: the second starts within this many characters of the first.
_SIDE_BY_SIDE = 160
# Parallel labels: two to five words each, the same words in the same order but one.
_PARALLEL_WORDS = range(2, MAX_LABEL_WORDS + 1)


def find_parallel_copies(document: Document) -> list[ReusedLink]:
    """Each link of a passage whose label names a thing parallel to the link just before it in the
    same block ("[Go example]" after "[C++ example]") while leading to that link's address."""
    found: list[ReusedLink] = []
    for block in document.blocks:
        if len(block.links) < 2 or len(set(block.links)) == len(block.links) or block.kind in _NOT_PROSE:
            continue  # the usual block: no address written twice in it
        lines = document.source_lines[block.line - 1 : block.end_line]
        text = " ".join(lines)  # a label may run over a line break; one character stands for it
        before: tuple[int, str, str] | None = None
        for place in labelled_links(text):
            previous, before = before, place
            if previous is None or previous[2] != place[2] or place[0] - previous[0] > _SIDE_BY_SIDE:
                continue
            if _parallel(previous[1], place[1]):
                first, second = (_link(block, lines, *each) for each in (previous, place))
                found.append(
                    ReusedLink(second, first, " ".join(place[1].split()), " ".join(previous[1].split()))
                )
    return found


def _link(block: Block, lines: Sequence[str], offset: int, label: str, url: str) -> Link:
    """The link written at ``offset`` of the block's lines joined by one space each."""
    for number, line in enumerate(lines):
        if offset <= len(line):
            return Link(block, block.line + number, offset + 1, label, url)
        offset -= len(line) + 1
    return Link(block, block.line, None, label, url)


def _parallel(first: str, second: str) -> bool:
    """True when two labels are the same words but one, each a name of two to five words ("C++
    example", "Go example"), not an address."""
    if "://" in first or "://" in second:
        return False
    one, other = first.lower().split(), second.lower().split()
    if len(one) != len(other) or len(one) not in _PARALLEL_WORDS:
        return False
    return sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _list_of_each_item(document: Document) -> dict[int, int]:
    """The list each list item belongs to, by the block's id: a run of list items (comments and
    breaks between them do not end it)."""
    lists: dict[int, int] = {}
    current = 0
    in_list = False
    for block in document.blocks:
        if block.kind is BlockKind.LIST_ITEM:
            if not in_list:
                current += 1
            lists[id(block)] = current
            in_list = True
        elif block.kind not in _LIST_GLUE:
            in_list = False
    return lists


def _resources(link: Link, document: Document) -> frozenset[str]:
    """The kinds of documentation resource a link is given as, by its name: its label when the link
    opens its item, else the words before it ending in a colon ("- Tutorials: https://…"), when
    that name is short (not an address, a file name or a sentence)."""
    name = _name(link, document)
    if not name or "/" in name or "." in name.strip("."):
        return frozenset()
    words = normalized_words(name)
    if not words or len(words) > MAX_LABEL_WORDS:
        return frozenset()
    return frozenset(RESOURCE_WORDS[word] for word in words if word in RESOURCE_WORDS)


def _name(link: Link, document: Document) -> str:
    """The resource a link is given as: its label when the link opens its item, else the words
    before it and a colon or a dash ("- Tutorials: https://…", "- **Tutorials** – https://…")."""
    if link.label and not link.unnamed and normalize(link.block.text).startswith(normalize(link.label)):
        return link.label
    if link.column is None or link.line > len(document.source_lines):
        return ""
    before = _ITEM_MARKER.sub("", document.source_lines[link.line - 1][: link.column - 1]).rstrip()
    separated = _NAME_SEPARATOR.search(before)
    if separated is None or link.line != link.block.line:
        return ""
    return before[: separated.start()].strip(" *_")
