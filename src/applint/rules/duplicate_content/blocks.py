"""duplicate-content's pass over a companion document's answers: a list of an earlier answer said
again nearly line for line under a later question (``matching.repeated_blocks``), one finding at
the copy naming both ranges."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.repeated_blocks import Answer, find_repeated_blocks
from applint.rules.context import CompanionContext
from applint.rules.duplicate_content.units import ID, TextUnit
from applint.rules.folding import everywhere_fold


def repeated_blocks(ctx: CompanionContext, units: list[TextUnit]) -> Iterator[Finding]:
    """A list an answer says again from an earlier answer, not one the paragraph pass reported."""
    answers = [Answer(found.item.text, found.answer) for found in ctx.reading.items if found.answer]
    if len(answers) < 2:
        return
    reported = frozenset(unit.block_index for unit in units if unit.original is not None and unit.substantive)
    blocks = ctx.document.blocks
    for repeat in find_repeated_blocks(ctx.document, answers, reported):
        first, last = blocks[repeat.first].line, blocks[repeat.last].end_line
        original_first, original_last = (
            blocks[repeat.original_first].line,
            blocks[repeat.original_last].end_line,
        )
        lines = f"{ctx.document.unit.value}s"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{lines} {first}-{last} repeat {lines} {original_first}-{original_last} nearly line for line "
            f"({repeat.items} of these {repeat.of} items say an item there again), under another question; "
            "answer this question on its own, or point to the earlier answer",
            first,
            first_copy=original_first,
            **everywhere_fold(f"block:{first}"),
        )
