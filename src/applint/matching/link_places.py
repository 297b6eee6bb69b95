"""Where each link of a document is written: its line, and the column of its target (the ``(``
or ``<`` before it when written so; a reference link's definition, ``[name]: target``, where it
is fixed), once per link in document order.

The readers list a block's link targets without places; this finds them in the source. A link
whose text is its own address (``[url](url)``, ``<url>``) is listed twice by the Markdown reader
and is one link here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import unquote

from applint.matching.progress import locate
from applint.model import Block, BlockKind, Document

_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML)


class LinkPlace(NamedTuple):
    """One link: its block, its line (DOCX: paragraph), its target's column (None when the source
    does not hold it verbatim) and the target as the reader gives it."""

    block: Block
    line: int
    column: int | None
    target: str


def link_places(document: Document) -> Iterator[LinkPlace]:
    """Every link of the document outside code, comments and HTML, in order."""
    seen: set[tuple[int, int]] = set()
    for block in document.blocks:
        if block.kind in _SKIPPED:
            continue
        previous = None
        for target in block.links:
            # the second of a pair is one more link only when the source writes "(url" once more
            repeated = target == previous
            previous = target
            line, column = _locate(document, block, target, seen, repeated)
            if column is None and repeated:
                continue
            yield LinkPlace(block, line, column, target)


def _locate(
    document: Document, block: Block, target: str, seen: set[tuple[int, int]], repeated: bool
) -> tuple[int, int | None]:
    """The link's line and the column of its target (the ``(`` or ``<`` before it when written
    so); for a reference link, its definition's (``[name]: target``), where the fix is made."""
    written = (target, unquote(target)) if unquote(target) != target else (target,)
    needles = [
        f"{opener}{text}{closer}"
        for text in written
        for opener, closer in (("(", ")"), ("(", " "), ("<", ">"))
    ]
    if not repeated:
        needles.extend(written)
    for needle in needles:
        line, column = locate(document, block, needle, seen)
        if column is not None:
            return line, column
    if not repeated:
        for number, raw in enumerate(document.source_lines, 1):
            found = raw.find(f"]: {target}")
            if found >= 0 and (number, found) not in seen:
                seen.add((number, found))
                return number, found + 4
    return block.line, None
