"""heading-level's passes on a companion document's title level against its template's outline: the
whole outline set deeper than the template's, a part of the outline written as a second H1, the
template's own heading over its outline kept as a second H1, another document pasted in under an
H1 of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.context import CompanionContext
from applint.rules.heading_level.rule_id import ID
from applint.rules.rule import shorten

if TYPE_CHECKING:
    from applint.matching.companions import SectionFound
    from applint.matching.outline_breaks import PastedDocument


# The share of the outline's headings that must sit the same number of levels deeper than the
# template's for the whole outline to count as shifted (one heading set right is a slip of its own).
_SHIFTED_SHARE = 0.8
# The fewest of the template's headings a shifted outline must have (a title and two parts say little).
_SHIFTED_FEWEST = 4


def shifted_outline(ctx: CompanionContext) -> Iterator[Finding]:
    """One finding when the whole outline sits deeper than the template's: no H1, the title an H2,
    the parts below it each one level deeper than the template puts them."""
    reading, blocks = ctx.reading, ctx.document.blocks
    title = reading.title_block
    if title is None or blocks[title].level == 1:
        return
    if any(block.kind is BlockKind.HEADING and block.level == 1 for block in blocks):
        return
    shift = blocks[title].level - 1
    parts = [found for found in reading.sections if not found.section.instructions and found.block != title]
    if len(parts) < _SHIFTED_FEWEST:
        return
    shifted = [found for found in parts if blocks[found.block].level - found.section.level == shift]
    if len(shifted) < _SHIFTED_SHARE * len(parts):
        return
    by_level: dict[int, str] = {}
    for found in shifted:
        by_level.setdefault(found.section.level, blocks[found.block].text.strip())
    deeper = "one level" if shift == 1 else f"{shift} levels"
    write = "; ".join(
        f"'{shorten(text, 30)}' and the headings beside it with {'#' * level}"
        for level, text in sorted(by_level.items())
    )
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"every heading is {deeper} deeper than the {ctx.template.short_name} template's: the title is "
        f"{'#' * blocks[title].level} and there is no # title, so the document's outline (and its "
        f"table of contents) starts a level down; write the title with #, {write}",
        blocks[title].line,
        shift=shift,
        headings=len(shifted) + 1,
    )


def second_titles(ctx: CompanionContext) -> Iterator[Finding]:
    reading, blocks = ctx.reading, ctx.document.blocks
    title = reading.title_block
    if title is None or blocks[title].level != 1:
        return
    parts = [
        found
        for found in reading.sections
        if not found.section.instructions and found.block != title and found.block != reading.template_title
    ]
    if any(found.block == title and found.section.level > 1 for found in reading.sections):
        return  # the document opens with a part of the outline, not a title of its own
    second: list[tuple[SectionFound, int]] = []
    for found in parts:
        if found.block < title or blocks[found.block].level != 1 or found.section.level == 1:
            continue
        siblings = [other for other in parts if other.section.parent_id == found.section.parent_id]
        below = sum(1 for other in siblings if blocks[other.block].level > 1)
        if 2 * below >= len(siblings):  # half its siblings or more sit below the title; it does not
            level = min(blocks[other.block].level for other in siblings if blocks[other.block].level > 1)
            second.append((found, level))
    for found, level in second:
        heading = blocks[found.block].text.strip()
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(heading, 50)}' is a second H1 title: the {ctx.template.short_name} template puts "
            f"'{found.section.title}' below the document's title, so it reads as a new document; "
            f"write it with {'#' * level} as the parts beside it",
            blocks[found.block].line,
            section=found.section.id,
        )


def template_wrapper_titles(ctx: CompanionContext) -> Iterator[Finding]:
    """The template's own heading over its outline left in as a second H1 ("# Self-assessment
    outline" under "# Self-assessment"): one finding at it."""
    from applint.matching import outline_breaks

    blocks = ctx.document.blocks
    title = ctx.reading.title_block
    for found in outline_breaks.template_wrapper_titles(ctx.document, ctx.reading):
        assert title is not None  # a wrapper is found only below a title
        heading = blocks[found.block].text.strip()
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(heading, 50)}' is the {ctx.template.short_name} template's own heading over its "
            f"outline, left in as a second H1 below the title '{shorten(blocks[title].text.strip(), 40)}' "
            f"({ctx.where(blocks[title].line)}), so the document reads as two: delete it, and the sections "
            "under it sit under the document's title",
            blocks[found.block].line,
            section=found.section.id,
        )


def pasted_documents(ctx: CompanionContext, documents: tuple[PastedDocument, ...]) -> Iterator[Finding]:
    """Another document pasted in under an H1 of its own after the outline: one finding at its H1,
    for all the headings it holds."""
    blocks = ctx.document.blocks
    name = ctx.template.short_name
    for pasted in documents:
        first = blocks[pasted.block]
        last = blocks[pasted.end - 1]
        count = len(pasted.headings)
        contents = any(
            found.section.id.endswith("table-of-contents") and pasted.block < found.block < pasted.end
            for found in ctx.reading.sections
        )
        among = " (a second table of contents among them)" if contents else ""
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(first.text.strip(), 50)}' ({ctx.document.unit.value}s {first.line}-{last.end_line}) is another "
            f"document pasted in after the {name}'s last section, under an H1 of its own with {count} "
            f"headings of its own{among}: the {name} template has no such part, and a reader takes it for a "
            f"second document; move it to a file of its own and link it from the {name} (or write what "
            "the outline asks into its sections)",
            first.line,
            headings=count,
        )
