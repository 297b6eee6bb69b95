"""heading-level's pass for any document: a heading more than one level below the heading just
before it, where the document's template does not jump there itself (its outline read by
``matching.heading_skips``); one finding per kind of skip, folding the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.heading_level.rule_id import ID
from applint.rules.rule import shorten

if TYPE_CHECKING:
    from applint.matching.heading_skips import SkippedLevel, TemplateOutline


def skipped_levels(
    ctx: LintContext | CompanionContext, inside: set[int], reported: set[int]
) -> Iterator[Finding]:
    """Headings more than one level below the heading before them, where the template does not
    jump there itself: one finding per kind of skip ("##" to "####"), at the first, folding the
    others; none inside a pasted document (``inside``) or at or right under a heading another pass
    reported (``reported``: their lines), whose own fix settles its level."""
    from applint.matching import heading_skips

    blocks = ctx.document.blocks
    for skipped in heading_skips.skipped_levels(ctx.document, lambda: _template_outline(ctx)):
        heading, above = blocks[skipped.block], blocks[skipped.above]
        if skipped.block in inside or heading.line in reported or above.line in reported:
            continue
        yield _skipped_level(ctx, skipped)


def _skipped_level(ctx: LintContext | CompanionContext, skipped: SkippedLevel) -> Finding:
    heading, above = ctx.document.blocks[skipped.block], ctx.document.blocks[skipped.above]
    levels = heading.level - above.level - 1
    missing = (
        "#" * (above.level + 1)
        if levels == 1
        else f"{'#' * (above.level + 1)} to {'#' * (heading.level - 1)}"
    )
    return ctx.finding(
        ID,
        Severity.WARNING,
        f"'{shorten(heading.text.strip(), 50)}' is set with {'#' * heading.level} right under "
        f"'{shorten(above.text.strip(), 40)}' ({'#' * above.level}, {ctx.where(above.line)}), skipping "
        f"{'a level' if levels == 1 else f'{levels} levels'} with no {missing} between: GitHub renders it "
        "smaller than its place in the outline, and a table of contents nests it under a part that is not "
        f"there; write it (and the headings beside it) with {'#' * (above.level + 1)}",
        heading.line,
        above=above.line,
        **everywhere_fold(f"skipped-level:{above.level}>{heading.level}"),
    )


def _template_outline(ctx: LintContext | CompanionContext) -> TemplateOutline:
    """The document's headings taken for template sections (by the section's title in lower case:
    revisions of one kind give a section different ids; and the section's level), the sections the
    template enters by a skipped level, in any revision of its kind, and the blocks of the criteria
    found."""
    from applint.matching.heading_skips import TemplateOutline, template_jumps

    if isinstance(ctx, CompanionContext):
        outline = tuple((section.title.lower(), section.level) for section in ctx.template.sections)
        sections = {found.block: found.section.title.lower() for found in ctx.reading.sections}
        levels = {found.block: found.section.level for found in ctx.reading.sections}
        if ctx.reading.title_block is not None:
            levels.setdefault(ctx.reading.title_block, 1)  # the document's title, the template's H1
        return TemplateOutline(sections, template_jumps([outline]), levels=levels)
    from applint.templates.catalog import revisions_of

    outlines = [
        tuple((section.title.lower(), section.level) for section in template.all_sections)
        for template in (ctx.template, *revisions_of(ctx.template.kind))
    ]
    by_id = {section.id: section for section in ctx.template.all_sections}
    found = [(section.start, by_id[key]) for key, section in ctx.mapping.sections.items() if key in by_id]
    return TemplateOutline(
        {start: section.title.lower() for start, section in found if start >= 0},
        template_jumps(outlines),
        frozenset(ctx.mapping.criteria.values()),
        {start: section.level for start, section in found if start >= 0},
    )
