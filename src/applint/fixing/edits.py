"""The line-preserving edit model: what ``fix`` and ``upgrade`` may do to a file, and applying it.

An edit never rewrites an author's line in place except to fill a placeholder or a version label
(``Replace``, which says so). It inserts template lines (``Insert``), removes a template comment
line (``Remove``) or carries a criterion's lines, unchanged, to the place the newer template gives
it (``Move``). Every edit records the line it concerns and a message, which is what ``fix`` lists.
Line numbers are the original file's, 1-based; ``after=0`` is before the first line.
"""

from __future__ import annotations

from typing import NamedTuple

from applint.fixing.writer import TextFile


class Insert(NamedTuple):
    """New lines after original line ``after``, set apart from their neighbours by blank lines."""

    after: int
    lines: tuple[str, ...]
    message: str
    padded: bool = True


class Remove(NamedTuple):
    """Original line ``line`` goes (only ever a line holding nothing but a template comment)."""

    line: int
    message: str


class Replace(NamedTuple):
    """Original line ``line`` becomes ``text`` (a placeholder filled in, a version label updated)."""

    line: int
    text: str
    message: str


class Move(NamedTuple):
    """Original lines ``first``..``last`` travel, unchanged, to after original line ``after``."""

    first: int
    last: int
    after: int
    message: str


Edit = Insert | Remove | Replace | Move


def line_of(edit: Edit) -> int:
    """The original line an edit is reported at."""
    if isinstance(edit, Insert):
        return edit.after
    if isinstance(edit, Move):
        return edit.first
    return edit.line


class OutputLine(NamedTuple):
    """A line of the result: its text, its ending, the original line it is (None when new) and the
    edit that made or changed it (its index in the edit list)."""

    text: str
    ending: str
    origin: int | None
    edit: int | None = None


def apply_edits(source: TextFile, edits: list[Edit]) -> list[OutputLine]:
    """The file's lines with the edits applied; edits at the same place keep the order given."""
    count = len(source.lines)
    removed = {edit.line for edit in edits if isinstance(edit, Remove)}
    replaced = {edit.line: (edit.text, i) for i, edit in enumerate(edits) if isinstance(edit, Replace)}
    moved: set[int] = set()
    pieces: dict[int, list[tuple[list[OutputLine], bool]]] = {}
    for i, edit in enumerate(edits):
        if isinstance(edit, Insert):
            block = [OutputLine(text, source.newline, None, i) for text in edit.lines]
            pieces.setdefault(edit.after, []).append((block, edit.padded))
        elif isinstance(edit, Move):
            span = range(edit.first, edit.last + 1)
            moved.update(span)
            block = [_original(source, n, replaced)._replace(edit=i) for n in span]
            pieces.setdefault(edit.after, []).append((block, True))
    output: list[OutputLine] = []
    for number in range(count + 1):
        if 1 <= number <= count and number not in moved and number not in removed:
            output.append(_original(source, number, replaced))
        for block, padded in pieces.get(number, ()):
            if padded and output and output[-1].text.strip() and block[0].text.strip():
                output.append(OutputLine("", source.newline, None))
            output.extend(block)
            following = _next_kept(source, number, moved | removed)
            if (
                padded
                and following is not None
                and source.lines[following - 1].strip()
                and block[-1].text.strip()
            ):
                output.append(OutputLine("", source.newline, None))
    # A line that had no ending (the last one) gets one when lines now follow it.
    for position in range(len(output) - 1):
        if not output[position].ending:
            output[position] = output[position]._replace(ending=source.newline)
    if output and output[-1].ending and source.endings[-1] == "" and source.lines[-1] != "":
        output[-1] = output[-1]._replace(ending="")
    return output


def _original(source: TextFile, number: int, replaced: dict[int, tuple[str, int]]) -> OutputLine:
    text, edit = replaced.get(number, (source.lines[number - 1], None))
    return OutputLine(text, source.endings[number - 1], number, edit)


def result_lines(edits: list[Edit], output: list[OutputLine]) -> list[int]:
    """For each edit, the 1-based line of the result where it shows (for a removal, the line that
    now stands where the removed one was)."""
    shown: dict[int, int] = {}
    origins: list[tuple[int, int]] = []
    for position, line in enumerate(output, start=1):
        if line.edit is not None:
            shown.setdefault(line.edit, position)
        if line.origin is not None:
            origins.append((line.origin, position))
    result = []
    for i, edit in enumerate(edits):
        if i in shown:
            result.append(shown[i])
        else:  # a removal: the first kept original line after it
            later = [position for origin, position in origins if origin > line_of(edit)]
            result.append(min(later) if later else len(output))
    return result


def _next_kept(source: TextFile, number: int, gone: set[int]) -> int | None:
    for later in range(number + 1, len(source.lines) + 1):
        if later not in gone:
            return later
    return None


def render(output: list[OutputLine]) -> str:
    """The text of the result."""
    return "".join(line.text + line.ending for line in output)
