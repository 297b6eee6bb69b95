"""How a block is set in its source: quoted, an image, or indented below the text before it.

The readers keep a block's words, not its setting; a rule asking whether a block stands apart from
the prose before it (the quotation or figure a colon announces) reads it here, from the block's
first source line. Only documents counted in lines (Markdown, plain text) show a setting; a DOCX
paragraph shows none.
"""

from __future__ import annotations

import re

from applint.model import Block, Document, Unit
from applint.text.precompiled import compile_pattern

_IMAGE = compile_pattern(r"!\[[^\]]*\]\(|<img\b", re.IGNORECASE)


def _first_line(document: Document, block: Block) -> str:
    if document.unit is not Unit.LINE or not 1 <= block.line <= len(document.source_lines):
        return ""
    return document.source_lines[block.line - 1].expandtabs(4)


def _quote_depth(line: str) -> int:
    """How many '>' markers open the line (nested quotations count each)."""
    depth = 0
    rest = line.lstrip()
    while rest.startswith(">"):
        depth += 1
        rest = rest[1:].lstrip()
    return depth


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def is_image(document: Document, block: Block) -> bool:
    """True when the block's source opens with an image (``![diagram](…)`` or ``<img …>``)."""
    line = _first_line(document, block).lstrip(" >")
    return _IMAGE.match(line) is not None


def set_apart(document: Document, block: Block, after: Block) -> bool:
    """True when ``block`` is set apart from ``after`` (the block before it): quoted more deeply,
    indented further, or an image."""
    line, before = _first_line(document, block), _first_line(document, after)
    if not line:
        return False
    if _quote_depth(line) > _quote_depth(before):
        return True
    if is_image(document, block):
        return True
    return bool(line.strip()) and _indent(line) > _indent(before)
