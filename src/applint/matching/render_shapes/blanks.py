"""What renders as nothing: characters that do not show in prose, and table rows that hold nothing."""

from __future__ import annotations

from collections.abc import Iterator

from applint.model import Block, BlockKind, Document


def empty_table_rows(document: Document) -> Iterator[tuple[int, tuple[str, ...], tuple[int, ...]]]:
    """Each table with rows below its header that hold nothing ("| | |", shown as a blank row): the
    table's block index, its rows' texts (the header first) and the indexes of the empty ones. An
    empty header is no such row: the self-assessment outline's metadata table opens with one."""
    table = BlockKind.TABLE
    for number, block in enumerate(document.blocks):
        if block.kind is not table or "\n" not in block.text:
            continue
        rows = tuple(block.text.split("\n"))
        empty = tuple(index for index, row in enumerate(rows) if index and not row.strip(" |"))
        if empty:
            yield number, rows, empty


def row_line(block: Block, row_count: int, index: int) -> int:
    """The source line of a table's row (by index, the header 0): its own line when the table is one
    row a line under a separator row, else the table's first line."""
    by_line = block.end_line - block.line == row_count  # header, separator, one line per row
    return block.line + index + 1 if by_line else block.line


# Characters that do not show in prose but stay in its text (a generator's or a web page's residue):
# the zero-width space, the zero-width non-joiner and joiner (between Latin letters, not in an
# emoji sequence or a script that needs them), the word joiner, a byte order mark inside the text.
INVISIBLE_IN_PROSE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_NOT_PROSE = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.HTML, BlockKind.FRONT_MATTER)


def invisible_characters(document: Document) -> Iterator[tuple[int, int, str]]:
    """(line, 0-based column, character) of the first invisible character on each line of prose
    that holds one; not in code, comments or front matter, nor inside a link's address (broken-link
    reports those, as the link breaks)."""
    lines = document.source_lines
    joined = "\n".join(lines)
    if joined.isascii() or not any(character in joined for character in INVISIBLE_IN_PROSE):
        return  # the usual document: one or five scans of its text, nothing more
    seen: set[int] = set()
    for block in document.blocks:
        if block.kind in _NOT_PROSE or not any(character in block.text for character in INVISIBLE_IN_PROSE):
            continue
        for number in range(block.line, min(block.end_line, len(lines)) + 1):
            if number not in seen:
                seen.add(number)
                found = _invisible_in(lines[number - 1])
                if found is not None:
                    yield number, found[0], found[1]


def _invisible_in(line: str) -> tuple[int, str] | None:
    """The first invisible character of a line that sits in its prose, with its column."""
    for column, character in enumerate(line):
        if character not in INVISIBLE_IN_PROSE:
            continue
        if character in "\u200c\u200d" and not _between_latin(line, column):
            continue  # an emoji sequence ("👩‍💻") or a script that joins its letters so
        before = line[line.rfind(" ", 0, column) + 1 : column]  # the word up to it
        if "://" in before or "](" in before:
            continue  # inside an address: broken-link's
        return column, character
    return None


def _between_latin(line: str, column: int) -> bool:
    """Whether the characters on both sides of a column are ASCII (or the line's ends)."""
    before = line[column - 1 : column] if column else " "
    after = line[column + 1 : column + 2] or " "
    return before.isascii() and after.isascii()
