"""Table rows GitHub shows as text: a paragraph (or list item's text) written as a pipe table that
does not render as one, judged by GitHub's own table rules (GFM), not by the Markdown parser's.

GitHub renders a table when a row line is followed by a separator row (``| --- | :-: |``) with
the same number of cells; the body rows after it may have any number. The parser applint reads
with is stricter (a body row with a cell too many turns its whole table into a paragraph), so a
paragraph of pipe rows is reported only when GitHub, too, would show the pipes:

- the rows run together on one line (``| | \\-- | \\-- | | Stage | Incomplete | | Software | …``:
  a table whose line breaks were lost, as a Google Docs export leaves it);
- a separator row whose cell count differs from the row above it;
- two or more rows with no separator row at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from applint.model import MarkupSlip, SlipKind

# The fewest pipes a line holds to be a table row ("| a | b |"): fewer is prose with a "|" in it.
_ROW_PIPES = 3
# The fewest cells a single line holds before separator cells inside it mean rows run together.
_COLLAPSED_CELLS = 6


def unrendered_table(raw_lines: Sequence[str], first_line: int, line_before: str) -> MarkupSlip | None:
    """The first pipe table in a block's lines (``first_line`` the 1-based line of the first) that
    GitHub shows as text, if any: its first row's line, the kind of slip, and the row's source.
    ``line_before`` is the source line above the block: a row there means the block's rows are
    the body of the table above, which GitHub goes on rendering (the parser stopped it early)."""
    if _is_row(line_before) or _is_separator(line_before):
        return None
    for offset, line in enumerate(raw_lines[1:], 1):
        if _is_separator(line) and "|" in raw_lines[offset - 1]:
            header, separator = table_cells(raw_lines[offset - 1]), table_cells(line)
            if len(header) == len(separator):
                return None  # GitHub renders this table (the parser did not)
            counts = f"{len(header)} {len(separator)}"
            return MarkupSlip(SlipKind.MISMATCHED_SEPARATOR, first_line + offset - 1, None, counts)
    for offset, line in enumerate(raw_lines):
        if not _is_row(line):
            continue
        cells = table_cells(line)
        if len(cells) >= _COLLAPSED_CELLS and any(
            _is_separator_cell(cell, escaped=True) for cell in cells[1:]
        ):
            return MarkupSlip(SlipKind.COLLAPSED_TABLE, first_line + offset, None, line.strip())
        if offset + 1 < len(raw_lines) and _is_row(raw_lines[offset + 1]):
            return MarkupSlip(SlipKind.TABLE_WITHOUT_SEPARATOR, first_line + offset, None, line.strip())
        return None
    return None


def _is_row(line: str) -> bool:
    """Whether a line is written as a pipe table row: it opens with "|" and holds a few."""
    stripped = line.strip()
    return stripped[:1] == "|" and stripped.count("|") >= _ROW_PIPES


def table_cells(line: str) -> list[str]:
    """A row's cells as GitHub splits them: the outer pipes dropped, split at each unescaped "|"."""
    text = line.strip()
    text = text[1:] if text[:1] == "|" else text
    text = text[:-1] if text[-1:] == "|" and text[-2:-1] != "\\" else text
    cells: list[str] = []
    start = 0
    for position, character in enumerate(text):
        if character == "|" and (position == 0 or text[position - 1] != "\\"):
            cells.append(text[start:position].strip())
            start = position + 1
    cells.append(text[start:].strip())
    return cells


def _is_separator(line: str) -> bool:
    """Whether a line is a table's separator row ("| --- | :-: |", "|---|---|")."""
    stripped = line.strip()
    if "-" not in stripped or "|" not in stripped:
        return False
    return all(_is_separator_cell(cell, escaped=False) for cell in table_cells(stripped))


def _is_separator_cell(cell: str, escaped: bool) -> bool:
    """Whether a cell is a separator's ("---", ":--:"); ``escaped``: "\\--" (an export's) counts too."""
    body = cell.replace("\\-", "-") if escaped else cell
    body = body.strip().removeprefix(":").removesuffix(":")
    return bool(body) and body.strip("-") == ""
