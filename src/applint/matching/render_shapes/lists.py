"""List items that render other than meant: a sentence cut across two bullets, a title run into its
item's text, a line meant as an item that lost its marker, an ordered list whose numbers show other
than written, a numbered list that a table at the margin cuts in two."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from applint.matching.render_shapes import (
    ITEM_OPENING,
    OPEN_ENDINGS,
    ends_open,
    leading_spaces,
    line_key,
)
from applint.model import Block, BlockKind, Document

# The fewest words an item holds before its cut-off ending counts (a label "Built on" does not).
_MIN_CUT_WORDS = 4


def cut_items(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each list item whose text stops on a word that needs the next ("… are hosted on") with the
    item right below it at the same level: one sentence wrapped onto a new bullet."""
    for item, following in pairwise(document.blocks):
        if item.kind is not BlockKind.LIST_ITEM or following.kind is not BlockKind.LIST_ITEM:
            continue
        if following.level != item.level or following.line != item.end_line + 1 or item.checked is not None:
            continue
        text = item.text
        if not text[-1:].isalpha():
            continue  # ends in punctuation, a link's address or a number
        words = text.split()
        if (
            len(words) >= _MIN_CUT_WORDS
            and words[-1].lower() in OPEN_ENDINGS
            and following.text
            and _marker(document, item) == _marker(document, following)
        ):
            yield item, following  # a sibling of the same list, not a list the sentence leads into


def _marker(document: Document, item: Block) -> str:
    """The list marker an item's first line opens with ("-", "*", "+", or "1." as "."): items of
    one list share it."""
    opening = document.source_lines[item.line - 1].lstrip(" >")[:1]
    return "." if opening.isdigit() else opening


def labelled_item_above(document: Document, number: int) -> Block | None:
    """The list item a line (1-based ``number``) runs into as a lazy continuation, when both open
    with a label and its value ("* Best Programming Practices: The team …" then "Data Handling and
    Privacy: Thanos does not …") and the line right above opens with a label too (the item's own
    line, or another such line): the line was meant as an item of that list, its marker dropped,
    and renders as the end of the item above. None in an issue body (whose line ends break), after
    a line ending in a break or a colon (the line is that one's detail: "* APAC Meeting: Second
    Thursday:" / "Time: 9–10 a.m."), after a line of the item's own prose, or where the line above
    stops mid-sentence and goes on in it."""
    lines = document.source_lines
    if document.capabilities.line_breaks or not 1 < number <= len(lines):
        return None
    text = lines[number - 1]
    label = line_key(text) if ":" in text else None
    above = lines[number - 2]
    if label is None or text.rstrip().rstrip("*_").endswith(":") or _ends_apart(above):
        return None
    opening = ITEM_OPENING.match(above)
    if line_key(above[opening.end() :] if opening else above) is None:
        return None  # the item's own prose goes on above: the line may be its detail
    item: Block | None = None
    for block in document.blocks:
        if block.line > number:
            break
        if block.kind is BlockKind.LIST_ITEM and block.end_line >= number:
            item = block  # the innermost item holding the line comes last
    if item is None or item.checked is not None:
        return None
    first = lines[item.line - 1]
    opening = ITEM_OPENING.match(first)
    return item if opening is not None and line_key(first[opening.end() :]) is not None else None


def _ends_apart(line: str) -> bool:
    """Whether a line ends in a hard line break, a colon (what follows is its detail) or on a word
    that needs the next line."""
    return line.endswith(("  ", "\\")) or line.rstrip().rstrip("*_").endswith(":") or ends_open(line)


# The longest title a list item's first line holds before its text runs on below it (words, characters).
_TITLE_WORDS = 8
_TITLE_CHARACTERS = 60
# An HTML line break ending a line: the next shows on a line of its own.
_HTML_BREAKS = ("<br>", "<br/>", "<br />")
# The fewest words of the sentence run into a title, and the fewest items written so in a document.
_RUN_IN_WORDS = 6
_MIN_TITLED_ITEMS = 2


def titled_items(document: Document, lazy_lines: frozenset[int]) -> list[Block]:
    """The list items whose first line is a short title ("1. Make security a design requirement")
    and whose text goes on, unindented, on the very next line (one of ``lazy_lines``, the lazy
    continuations the reader found) with a longer sentence of its own ("Security measures have
    been baked in …"): the title and its text render as one run-on paragraph. Only where the
    document writes two or more items so (its way of writing a titled list); none in an issue body,
    nor after a title ending in punctuation, a line break (``\\``, two spaces, ``<br>``) or a word
    that needs the next line."""
    if document.capabilities.line_breaks or len(lazy_lines) < _MIN_TITLED_ITEMS:
        return []
    lines = document.source_lines
    found: list[Block] = []
    for block in document.blocks:
        if (
            block.kind is not BlockKind.LIST_ITEM
            or block.line + 1 not in lazy_lines
            or block.checked is not None
        ):
            continue
        first = lines[block.line - 1]
        opening = ITEM_OPENING.match(first)
        title = first[opening.end() :].strip() if opening else ""
        text = lines[block.line].strip()
        if (
            not title
            or first.endswith(("  ", "\\"))
            or title.lower().endswith(_HTML_BREAKS)
            or title[-1] in ".,;:!?)\\*_`"
            or len(title) >= _TITLE_CHARACTERS
            or len(title.split()) > _TITLE_WORDS
            or ends_open(title)
            or not text[:1].isupper()
            or len(text) <= len(title)
            or len(text.split()) < _RUN_IN_WORDS
        ):
            continue
        found.append(block)
    return found if len(found) >= _MIN_TITLED_ITEMS else []


def _written_number(line: str) -> tuple[int, str] | None:
    """The number and delimiter an ordered list item's first line is written with ("12." → (12,
    ".")), or None for a bullet."""
    text = line.lstrip(" >")
    digits = len(text) - len(text.lstrip("0123456789"))
    if not 0 < digits <= 9 or text[digits : digits + 1] not in (".", ")"):
        return None
    return int(text[:digits]), text[digits]


class _OpenList:
    """An ordered list being read: its delimiter, its marker's indentation, its start, its items'
    written numbers and the first item whose number renders otherwise."""

    __slots__ = ("delimiter", "indent", "items", "numbers")

    def __init__(self, delimiter: str, indent: int) -> None:
        self.delimiter = delimiter
        self.indent = indent
        self.items: list[Block] = []
        self.numbers: list[int] = []

    def misnumbered(self) -> tuple[Block, int, int] | None:
        """The first item whose written number is not the one GitHub shows (the list's start plus
        its place), with both numbers; None when every number renders as written, or when every
        item is written with the same number ("1." throughout, which GitHub counts up)."""
        if len(set(self.numbers)) < 2:
            return None
        start = self.numbers[0]
        for place, (item, number) in enumerate(zip(self.items, self.numbers, strict=True)):
            if number != start + place:
                return item, number, start + place
        return None


def misnumbered_items(document: Document) -> Iterator[tuple[Block, int, int]]:
    """(item, written number, number shown) for each ordered list whose numbers GitHub shows other
    than written: a list numbers its items from its first item's number on, whatever the others say,
    so "1." "2." "1." (a numbering restarted inside one list, a sub-item that lost its indentation)
    renders 1, 2, 3. One per list, at its first such item; a list written "1." throughout is the
    author's way of letting the renderer count. A block at or left of a list's marker ends it (a
    heading, a paragraph or code block not indented into the item)."""
    lines = document.source_lines
    open_lists: dict[int, _OpenList] = {}

    def close(deeper_than: int) -> Iterator[tuple[Block, int, int]]:
        for level in [level for level in open_lists if level > deeper_than]:
            found = open_lists.pop(level).misnumbered()
            if found is not None:
                yield found

    for block in document.blocks:
        if block.kind is not BlockKind.LIST_ITEM:
            if not open_lists:
                continue
            indent = leading_spaces(lines[block.line - 1]) if block.kind is not BlockKind.HEADING else 0
            outer = min(
                (level for level, listed in open_lists.items() if listed.indent >= indent), default=None
            )
            if outer is not None:
                yield from close(outer - 1)
            continue
        line = lines[block.line - 1]
        written = _written_number(line) if line.lstrip(" >")[:1].isdigit() else None
        if written is None and not open_lists:
            continue  # a bullet outside any ordered list: the common item, told at once
        yield from close(block.level)
        current = open_lists.get(block.level)
        if written is None:
            if current is not None:
                yield from close(block.level - 1)
            continue
        if current is None or current.delimiter != written[1]:
            if current is not None:
                yield from close(block.level - 1)
            current = open_lists[block.level] = _OpenList(written[1], leading_spaces(line))
        current.items.append(block)
        current.numbers.append(written[0])
    yield from close(-1)


def restarted_lists(document: Document) -> Iterator[tuple[Block, Block, int]]:
    """(item, table, items before) for each numbered list that a table at the margin cuts in two:
    its items written with one number throughout, letting the renderer count ("1. Install the
    chart" / a table not indented into the item / "1. Configure it"), the table ends the list, so
    the item after it starts a new list and shows the same number again (1, then 1) instead of
    counting on. Not a table indented into the item (the list goes on), nor items numbered as
    written ("1." … "2.": GitHub starts the second list at 2), nor a heading or paragraph between."""
    lines = document.source_lines
    numbers: list[int] = []  # the written numbers of the open top-level list's items
    content = 0  # the text column of its last item
    table: Block | None = None
    for block in document.blocks:
        line = lines[block.line - 1]
        if block.kind is BlockKind.LIST_ITEM and block.level == 0:
            written = _written_number(line)
            if written is None:
                numbers, table = [], None
                continue
            if table is not None and numbers and all(number == written[0] for number in numbers):
                yield block, table, len(numbers)
                numbers = []
            if table is not None:
                numbers = []
            table = None
            numbers.append(written[0])
            opening = ITEM_OPENING.match(line)
            content = opening.end() if opening else 0
            continue
        if not numbers or block.kind is BlockKind.LIST_ITEM:
            continue
        if leading_spaces(line) >= content and block.kind is not BlockKind.HEADING:
            continue  # the item's own text, table or code: the list goes on
        if block.kind is BlockKind.TABLE and table is None:
            table = block
        else:
            numbers, table = [], None
