"""Reference-style links and images whose label the document never defines: ``![][image1]``,
``![diagram][image2]``, ``[the roadmap][roadmap]`` or ``[roadmap][]`` with no ``[image1]: …``
line anywhere (a Google Docs export keeps the uses and drops the definitions at the end).
CommonMark renders such a use as the brackets as written, so the image or link is not there.

Read from the tokens mistune left as text after resolving every reference against the
definitions the block parse collected (labels matched without regard to case or spacing), so a
defined reference, a code span and HTML never reach this module. Imported by the Markdown reader
only for a block whose text holds ``][``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from applint.model import MarkupSlip, SlipKind
from applint.readers.markdown_slips import find_forward
from applint.text.precompiled import compile_pattern

Token = dict[str, Any]

# A full (``[text][label]``, ``![alt][label]``) or collapsed (``[label][]``) reference as written:
# the "!" of an image, the text, the label (empty when collapsed).
_REFERENCE = compile_pattern(r"(!?)\[([^\[\]\n]{0,200})\]\[([^\[\]\n]{0,200})\]")
# Texts that are a task box or a citation number, never a link's text: "[x][label]" after a list
# marker, "[1][2]" citing two sources.
_NOT_LINK_TEXT = frozenset({"x", "X", " ", ""})


def undefined_references(
    tokens: list[Token], lines: Sequence[str], start: int, end: int
) -> Iterator[MarkupSlip]:
    """Each reference among a block's inline tokens whose label has no definition, as written
    (``![][image1]``), at its line and column (``start``..``end``: the block's 1-based source
    lines, searched forward only)."""
    block_lines = lines[start - 1 : end]
    row, column = 0, 0
    for written in _unresolved(tokens):
        found = find_forward(block_lines, written, row, column)
        if found is None:
            continue
        row, column = found
        yield MarkupSlip(SlipKind.UNDEFINED_REFERENCE, start + row, column + 1, written)
        column += len(written)


def _unresolved(tokens: list[Token]) -> Iterator[str]:
    """The references written in the text tokens (and inside emphasis) that mistune did not turn
    into links or images: their label is defined nowhere."""
    for item in tokens:
        kind = item["type"]
        if kind == "text":
            raw = str(item.get("raw", ""))
            if "][" in raw:
                yield from _references_in(raw)
        elif kind in ("emphasis", "strong"):
            yield from _unresolved(item.get("children", []))


def _references_in(text: str) -> Iterator[str]:
    """The references written in one run of text that can only be meant as a link or image."""
    for match in _REFERENCE.finditer(text):
        image, shown, label = match.group(1), match.group(2), match.group(3)
        before = text[match.start() - 1 : match.start()]
        if before.isalnum() or before in ("_", "\\", "]"):
            continue  # "matrix[i][j]", an escaped "\[", the second of "[a][b][c]": not a reference
        name = (label or shown).strip()
        if not name or name.startswith("^") or (name.isdigit() and not image and shown.strip().isdigit()):
            continue  # nothing to look up, a footnote ("[^1]"), citation numbers ("[1][2]")
        if not image and shown in _NOT_LINK_TEXT and label:
            continue  # a task box before a bracketed word ("[x][Docs]")
        yield match.group(0)
