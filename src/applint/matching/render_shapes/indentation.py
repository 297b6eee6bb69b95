"""Blocks whose indentation renders other than meant: a sub-item indented short of its item's text, a
fenced code block in a list item whose lines sit left of the item's text, a list or prose indented
into a code block, an item's paragraph indented into its last sub-item, a table at the margin
inside an item's text."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from applint.matching.render_shapes import ITEM_OPENING
from applint.model import Block, BlockKind, Document


def outdented_fences(document: Document) -> Iterator[tuple[Block, int, int]]:
    """Each fenced code block opened inside a list item whose lines are indented less than the
    item's text: GitHub ends the item, and the block with it, at the first such line, so the
    code renders as text and the closing fence opens a stray block. Yields (the block, the first
    such line, the item's text column); a fence at the margin is not in an item and is left alone."""
    lines = document.source_lines
    for item, code in pairwise(document.blocks):
        if item.kind is not BlockKind.LIST_ITEM or code.kind is not BlockKind.CODE:
            continue
        fence = lines[code.line - 1]
        indent = len(fence) - len(fence.lstrip(" "))
        opening = ITEM_OPENING.match(lines[item.line - 1])
        if not indent or opening is None or not fence.lstrip(" ").startswith(("```", "~~~")):
            continue
        column = opening.end()
        if indent < column:
            continue  # the fence itself is outside the item
        for number in range(code.line + 1, code.end_line):
            body = lines[number - 1]
            if body.strip() and len(body) - len(body.lstrip(" ")) < column:
                yield code, number, column
                break


# How much further in than the item above a list item must start for the author to have meant it
# as nested under that item (one space more is a ragged margin, not a level).
_NESTING_STEP = 2


def unnested_items(document: Document) -> Iterator[tuple[Block, int]]:
    """Each list item written indented under the item right above it ("1. Pre-installation" then
    "  * Set up an NTP daemon") but less far than that item's text starts, which GitHub needs to
    nest it: it renders as a new list at the outer level, its bullet beside the number. Yields
    (the item, the column its marker must start at, 0-based); the first of a run only (the items
    after it follow it)."""
    lines = document.source_lines
    blocks = document.blocks
    listed = BlockKind.LIST_ITEM
    for item, following in pairwise(blocks):
        if following.kind is not listed or item.kind is not listed or following.level != item.level:
            continue
        below = lines[following.line - 1]
        if below[:_NESTING_STEP] != "  ":
            continue  # the common case, checked before any pattern
        indent = len(below) - len(below.lstrip(" "))
        above = lines[item.line - 1]
        if indent - (len(above) - len(above.lstrip(" "))) < _NESTING_STEP or "\t" in above + below:
            continue
        opening = ITEM_OPENING.match(above)
        if opening is None or ITEM_OPENING.match(below) is None:
            continue
        spaces = len(opening.group(0)) - len(opening.group(0).rstrip(" "))
        # the item's text column; past four spaces after the marker, the text is indented code
        content = opening.end() - spaces + 1 if spaces > 4 else opening.end()
        if indent < content:
            yield following, content


def coded_list(document: Document) -> Iterator[Block]:
    """Each indented code block right after a paragraph or heading whose lines are all list items
    ("    1. The client generates a keypair" / "    2. The control plane …"): indented four
    spaces, they render as a code block, markers and all, not as the list they were meant as."""
    lines = document.source_lines
    blocks = document.blocks
    coded, led = BlockKind.CODE, (BlockKind.PARAGRAPH, BlockKind.HEADING)
    for before, code in pairwise(blocks):
        if code.kind is not coded or before.kind not in led:
            continue
        body = [line for line in lines[code.line - 1 : code.end_line] if line.strip()]
        if not body or body[0].lstrip().startswith(("```", "~~~")):
            continue
        if all(ITEM_OPENING.match(line) for line in body):
            yield code


# Characters of code, not prose: an indented block holding more than a couple is code as meant.
_CODE_CHARACTERS = frozenset("={};$<>|`/\\[]")
# The fewest words each line of prose set as code holds, and the share of them that are words.
_PROSE_WORDS = 6
_PROSE_SHARE = 0.8


def coded_prose(document: Document) -> Iterator[Block]:
    """Each indented code block right after a paragraph or heading whose lines are all sentences
    ("        Deviation from expected behavior: Rook reconciles on changes it makes …"): pasted
    with their indentation, they render as a code block, in a box and unwrapped, not as text. Not
    list items (``coded_list``), nor a footnote's indented text ("[^3]:" above it), which GitHub
    renders as the footnote."""
    lines = document.source_lines
    coded, led = BlockKind.CODE, (BlockKind.PARAGRAPH, BlockKind.HEADING)
    for before, code in pairwise(document.blocks):
        if code.kind is not coded or before.kind not in led or before.text.startswith("[^"):
            continue
        body = [line for line in lines[code.line - 1 : code.end_line] if line.strip()]
        if not body or body[0].lstrip().startswith(("```", "~~~")) or ITEM_OPENING.match(body[0]):
            continue
        if all(_is_prose(line) for line in body):
            yield code


def _is_prose(line: str) -> bool:
    """Whether a line reads as a sentence: enough words, nearly all of them letters, hardly any
    character of code (a Markdown link's address, ``[text](https://…)``, is not counted: prose
    links so)."""
    if "](" in line:
        line = _without_link_targets(line)
    words = line.split()
    if len(words) < _PROSE_WORDS or sum(character in _CODE_CHARACTERS for character in line) > 2:
        return False
    plain = sum(word.strip(".,:;()'\"!?").isalpha() for word in words)
    return plain >= _PROSE_SHARE * len(words)


def _without_link_targets(line: str) -> str:
    """A line with each Markdown link's ``](address)`` cut to its text's closing bracket."""
    kept: list[str] = []
    rest = line
    while (start := rest.find("](")) >= 0:
        end = rest.find(")", start + 2)
        if end < 0:
            break
        kept.append(rest[:start])
        rest = rest[end + 1 :]
    kept.append(rest)
    return " ".join(kept)


# The fewest words of a paragraph read as the item's text (not a note to the sub-item above).
_PARAGRAPH_WORDS = 8
# How many plain sub-items the item's own text leads into before the paragraph, where the document
# gives no other placing of such text to compare.
_SUB_ITEMS = 2
# The fewest items of a document whose text after their sub-items sits at their own text's column
# for that to be its way of writing them.
_PLACED_AS_ITEMS = 2
# Blocks that may follow an item's sub-items as the item's text: a paragraph, the template's comment.
_AFTER_SUB_ITEMS = (BlockKind.PARAGRAPH, BlockKind.COMMENT)


class _AfterSubItems(NamedTuple):
    """An item's text after its sub-items: where it sits, and what leads to it."""

    paragraph: Block  # the first paragraph after the sub-items
    sub_item: Block  # the last sub-item
    item: Block  # the item
    inside: bool  # indented to the last sub-item's text (rendered in it), not to the item's
    titled: bool  # the item's own text above the sub-items, each one line: "Yes. …" / "- 1 High"


def swallowed_paragraphs(document: Document) -> Iterator[tuple[Block, Block, Block]]:
    """(paragraph, the sub-item it renders in, the item whose text it continues) for each list item
    whose text after its plain sub-items is indented as far as the last sub-item's text, so GitHub
    shows it as a paragraph of that sub-item, not as the item's text it goes on with, where the
    document shows the author meant it as the item's: the document's other items place such text
    at their own text's column (two or more, more than place it so: "- [x] **Criterion**" / "  - The
    GTR was updated …" / "  <!-- (TOC Evaluation goes here) -->" / "  The project …", then one at
    "    "), or the item's own text sits at its column above the sub-items, one-line entries of a
    list it leads into ("  Yes. The project completed the audit …" / "  - 1 High (…)" / "  - 3
    Medium, …" / "    Another important piece of feedback …"). Not where the sub-items are
    checkboxes or bold titles, whose answers sit under them, nor a paragraph the sub-list goes on
    after, nor one indented four spaces past the sub-item's text (a code block's), nor a short note."""
    shapes = list(_after_sub_items(document))
    as_items = sum(not shape.inside for shape in shapes)
    inside = len(shapes) - as_items
    by_convention = as_items >= _PLACED_AS_ITEMS and as_items > inside
    for shape in shapes:
        if shape.inside and (by_convention or shape.titled):
            yield shape.paragraph, shape.sub_item, shape.item


def _after_sub_items(document: Document) -> Iterator[_AfterSubItems]:
    """Each list item's text after its plain sub-items, where it sits."""
    lines = document.source_lines
    blocks = document.blocks

    def indent(block: Block) -> int:
        line = lines[block.line - 1]
        return len(line) - len(line.lstrip(" "))

    for index, item in enumerate(blocks):
        if item.kind is not BlockKind.LIST_ITEM:
            continue
        opening = ITEM_OPENING.match(lines[item.line - 1])
        if opening is None:
            continue
        column = opening.end()
        at, own = index + 1, False
        while at < len(blocks) and blocks[at].kind in _AFTER_SUB_ITEMS and indent(blocks[at]) == column:
            own = own or blocks[at].kind is BlockKind.PARAGRAPH
            at += 1
        subs: list[Block] = []
        while (
            at < len(blocks) and blocks[at].kind is BlockKind.LIST_ITEM and blocks[at].level == item.level + 1
        ):
            subs.append(blocks[at])
            at += 1
        if not subs or at >= len(blocks) or blocks[at].kind not in _AFTER_SUB_ITEMS:
            continue
        if any(sub.checked is not None or sub.strong for sub in subs):
            continue  # sub-items that are boxes or titles hold answers of their own
        sub_opening = ITEM_OPENING.match(lines[subs[-1].line - 1])
        if sub_opening is None:
            continue
        placed = indent(blocks[at])
        end = at
        while end < len(blocks) and blocks[end].kind is BlockKind.COMMENT:
            end += 1
        if end >= len(blocks) or blocks[end].kind is not BlockKind.PARAGRAPH:
            continue
        paragraph = blocks[end]
        following = blocks[end + 1] if end + 1 < len(blocks) else None
        if following is not None and following.kind is BlockKind.LIST_ITEM and following.level > item.level:
            continue  # the sub-list goes on after it: the paragraph is the sub-item's own
        if len(paragraph.text.split()) < _PARAGRAPH_WORDS or not paragraph.text[:1].isupper():
            continue
        if sub_opening.end() <= placed < sub_opening.end() + 4:
            titled = own and len(subs) >= _SUB_ITEMS and all(sub.end_line == sub.line for sub in subs)
            yield _AfterSubItems(paragraph, subs[-1], item, True, titled)
        elif column <= placed < sub_opening.end():
            yield _AfterSubItems(paragraph, subs[-1], item, False, False)


def outdented_tables(document: Document) -> Iterator[tuple[Block, Block]]:
    """(table, item) for each table at the margin written inside a list item's text: after the
    item's own paragraph (indented to its text) and before more of it (a paragraph indented again, or
    the list's next bullet), "  * Please describe any end user research." / "    CoCo keeps a public
    ADOPTERS.md:" / "| Organization | Product |" / "   **TODO:** …". A table left of the item's text
    ends the list, so it renders at the margin, outside the item it belongs to, and the text after it
    outside the list (as a code block, when indented four spaces). Not a table after a list that nothing of the list follows, nor one indented into
    the item; a numbered item after it is restarted_lists' (the numbering shows the break)."""
    lines = document.source_lines
    blocks = document.blocks

    def indent(block: Block) -> int:
        line = lines[block.line - 1]
        return len(line) - len(line.lstrip(" "))

    item: Block | None = None
    column = 0
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.LIST_ITEM:
            opening = ITEM_OPENING.match(lines[block.line - 1])
            item, column = (block, opening.end()) if opening else (None, 0)
            continue
        if item is None or block.kind is BlockKind.HEADING:
            item = None
            continue
        if (
            block.kind is not BlockKind.TABLE
            or indent(block) >= column
            or index < 1
            or index + 1 >= len(blocks)
        ):
            continue
        before, after = blocks[index - 1], blocks[index + 1]
        if before.kind is not BlockKind.PARAGRAPH or before is item or indent(before) < column:
            continue  # the table follows no text of the item's own
        goes_on = (
            after.kind in (BlockKind.PARAGRAPH, BlockKind.CODE) and 2 <= indent(after) < column + 4
        ) or (
            after.kind is BlockKind.LIST_ITEM
            and after.level == item.level
            and lines[after.line - 1].lstrip(" ")[:1] in ("-", "*", "+")
        )
        if goes_on:
            yield block, item
