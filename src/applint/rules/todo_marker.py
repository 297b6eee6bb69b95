"""todo-marker: a note to the author left in the application (TODO, TBD, FIXME, WORK IN PROGRESS).

Why: a TODO tells the TOC the answer is not written yet; applications with open TODOs are sent
back.

Severity: warning, one finding per line holding notes, at the first one's column (a banner such
as ``WORK IN PROGRESS | WORK IN PROGRESS`` is one note; ``details.count`` says how many).

Finds: ``TODO``/``TBD``/``FIXME``/``XXX`` standing alone, opening a note (``TODO: add date``,
``TBD - later``) or in brackets; any of them inside an HTML comment (``<!-- TODO add date -->``);
``WORK IN PROGRESS`` and "Do not file yet" anywhere.

Passes: ordinary prose that uses the word, such as "All TODO items from Incubation have been
addressed.", and anything inside code.
Fails: ``TODO: need some work here.``
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule
from applint.text.markers import find_notes

ID = "todo-marker"
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER)


def check(ctx: LintContext) -> Iterator[Finding]:
    for block in ctx.document.blocks:
        if block.kind in _SKIPPED:
            continue
        notes = (
            []
            if _is_directive(block.text)
            else find_notes(block.text, in_comment=block.kind is BlockKind.COMMENT)
        )
        for comment in block.comments:
            if not _is_directive(comment):
                notes += find_notes(comment, in_comment=True)
        seen: set[tuple[int, int]] = set()
        by_line: dict[int, list[tuple[str, int | None]]] = {}
        for _, marker in notes:
            line, column = _locate(ctx, block, marker, seen)
            by_line.setdefault(line, []).append((marker, column))
        for line, found in by_line.items():
            marker, column = min(found, key=lambda item: item[1] or 0)
            finding = ctx.finding(
                ID,
                Severity.WARNING,
                f"note to the author '{marker}' left in; finish the text it marks and delete the note",
                line,
                column=column,
                marker=marker,
            )
            yield (
                finding
                if len(found) == 1
                else finding._replace(details={**finding.details, "count": len(found)})
            )


def _is_directive(text: str) -> bool:
    """applint's own suppression comments are tool syntax, not notes."""
    return text.lstrip().startswith("applint-")


def _locate(
    ctx: LintContext, block: Block, marker: str, seen: set[tuple[int, int]]
) -> tuple[int, int | None]:
    """The line and column of the marker's next unreported occurrence in the block's source."""
    lines = ctx.document.source_lines
    for number in range(block.line, min(block.end_line, len(lines)) + 1):
        start = 0
        while True:
            found = lines[number - 1].find(marker, start)
            if found < 0:
                break
            if (number, found) not in seen:
                seen.add((number, found))
                return number, found + 1
            start = found + 1
    return block.line, None


RULE = Rule(ID, Severity.WARNING, "A TODO or other note to the author is left in.", check, __doc__ or "")
