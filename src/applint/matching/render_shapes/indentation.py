"""Blocks whose indentation renders other than meant: a sub-item indented short of its item's text, a
fenced code block in a list item whose lines sit left of the item's text, a list or prose indented
into a code block, an item's paragraph indented into its last sub-item."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

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
# How many plain sub-items the item's own text leads into before the paragraph.
_SUB_ITEMS = 2


def swallowed_paragraphs(document: Document) -> Iterator[tuple[Block, Block, Block]]:
    """(paragraph, the sub-item it renders in, the item whose text it continues) for each list item
    whose own text sits at its text column ("- [x] … audit" / "  Yes. The project completed the
    audit …"), then leads into a list of plain one-line sub-items ("  - 1 High (…)" / "  - 3 Medium,
    …"), after which a paragraph of its own is indented to the last sub-item's text ("    Another
    important piece of feedback …"), the list's end: GitHub shows it as a paragraph of that last
    sub-item, not as the item's text it goes on with. Not where the sub-items are checkboxes or bold
    titles, whose answers sit under them, nor where an earlier sub-item has a paragraph too (the
    sub-items then hold their own text), nor a paragraph indented four spaces past the sub-item's
    text (a code block's)."""
    lines = document.source_lines
    blocks = document.blocks
    for index, paragraph in enumerate(blocks):
        if paragraph.kind is not BlockKind.PARAGRAPH or index < _SUB_ITEMS + 2:
            continue
        indent = len(lines[paragraph.line - 1]) - len(lines[paragraph.line - 1].lstrip(" "))
        if not indent or len(paragraph.text.split()) < _PARAGRAPH_WORDS or not paragraph.text[:1].isupper():
            continue
        subs: list[Block] = []
        at = index - 1
        while at >= 0 and blocks[at].kind is BlockKind.LIST_ITEM and blocks[at].level > 0:
            subs.append(blocks[at])
            at -= 1
        if len(subs) < _SUB_ITEMS or at < 1 or len({sub.level for sub in subs}) != 1:
            continue
        own, item = blocks[at], blocks[at - 1]
        last = subs[0]
        sub_opening = ITEM_OPENING.match(lines[last.line - 1])
        item_opening = ITEM_OPENING.match(lines[item.line - 1])
        if (
            own.kind is not BlockKind.PARAGRAPH
            or item.kind is not BlockKind.LIST_ITEM
            or item.level != last.level - 1
            or sub_opening is None
            or item_opening is None
            or not sub_opening.end() <= indent < sub_opening.end() + 4
            or len(lines[own.line - 1]) - len(lines[own.line - 1].lstrip(" ")) != item_opening.end()
            or any(sub.checked is not None or sub.strong or sub.end_line != sub.line for sub in subs)
        ):
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.kind is BlockKind.LIST_ITEM and following.level >= last.level:
            continue  # the sub-list goes on: the paragraph is the sub-item's own
        yield paragraph, last, item
