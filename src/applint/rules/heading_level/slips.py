"""heading-level's passes on single headings of a companion document: a heading repeated beside
itself over different text, a heading with no words, the second of two things a heading names set
beside it while the first is under it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext
from applint.rules.heading_level.rule_id import ID
from applint.rules.rule import shorten

if TYPE_CHECKING:
    from applint.matching.outline_breaks import PastedDocument


def repeated_headings(ctx: CompanionContext, pasted: tuple[PastedDocument, ...]) -> Iterator[Finding]:
    """A heading written again beside itself over other text: one finding at the second, naming the
    first."""
    from applint.matching import heading_slips

    blocks = ctx.document.blocks
    for repeated in heading_slips.repeated_headings(ctx.document, pasted):
        first, again = blocks[repeated.first], blocks[repeated.again]
        under = (
            f" (both under '{shorten(blocks[repeated.parent].text.strip(), 40)}')"
            if repeated.parent is not None
            else ""
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(again.text.strip(), 50)}' repeats the heading at {ctx.where(first.line)}{under} "
            "over different text: a copied heading left unchanged reads as the same part twice; give each "
            "its own title",
            again.line,
            first=first.line,
        )


def untitled_headings(ctx: CompanionContext, inside: set[int]) -> Iterator[Finding]:
    """A heading with no words over text: one finding at each (one with nothing under it is
    unfilled-section's, as an empty section)."""
    from applint.matching import heading_slips

    blocks = ctx.document.blocks
    bare = {heading.block for heading in ctx.bare_headings}
    for number in heading_slips.untitled_headings(ctx.document):
        if number in bare or number in inside:
            continue
        heading = blocks[number]
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"a {'#' * heading.level} heading with no words renders as an empty line in the outline (and an "
            "empty entry in a table of contents): write its title, or delete the marks",
            heading.line,
        )


def split_halves(ctx: CompanionContext, inside: set[int]) -> Iterator[Finding]:
    """The second of two things a heading names set beside it while the first is under it."""
    from applint.matching import outline_breaks

    blocks = ctx.document.blocks
    for half in outline_breaks.split_halves(ctx.document):
        if half.block in inside:
            continue
        heading, parent, first = blocks[half.block], blocks[half.parent], blocks[half.first]
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(heading.text.strip(), 40)}' is the second part of '{shorten(parent.text.strip(), 50)}' "
            f"({ctx.where(parent.line)}), whose first part '{shorten(first.text.strip(), 40)}' is a "
            f"{'#' * first.level} under it, but is set with {'#' * heading.level}, beside it, so it reads as a "
            f"part of its own: write it with {'#' * first.level}",
            heading.line,
        )
