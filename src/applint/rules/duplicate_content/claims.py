"""duplicate-content's pass over an application's ranking claims: one said again in another section
(``matching.repeated_claims``), one finding at the repeat naming the first."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.matching.project_name import project_name
from applint.matching.repeated_claims import find_repeated_claims
from applint.rules.context import LintContext
from applint.rules.duplicate_content.units import ID, SENTENCE_UNITS, TextUnit
from applint.rules.folding import everywhere_fold
from applint.rules.rule import shorten


def repeated_claims(ctx: LintContext, units: list[TextUnit], reported: set[int]) -> Iterator[Finding]:
    """A ranking claim an application makes again under another heading, not at a line the other
    passes already report (``reported``)."""
    if ctx.selection.due_diligence:
        return  # a DD document quotes the application's claims to weigh them
    blocks = ctx.document.blocks
    candidates = [
        unit.block_index
        for unit in units
        if unit.original is None and not unit.template and blocks[unit.block_index].kind in SENTENCE_UNITS
    ]
    for claim in find_repeated_claims(ctx.document, candidates, project_name(ctx.document)):
        line, column = locate(ctx.document, blocks[claim.block], claim.sentence[:40], set())
        original_line, _ = locate(ctx.document, blocks[claim.original_block], claim.original[:40], set())
        if line in reported:
            continue
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'this claim repeats {ctx.where(original_line)} ("{shorten(claim.sentence, 60)}"); make it once, '
            "with its source, and give this criterion evidence of its own (or point to the first)",
            line,
            column,
            first_copy=original_line,
            **everywhere_fold(f"claim:{original_line}"),
        )
