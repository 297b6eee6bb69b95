"""heading-level's passes on headings against a companion template's sections: headings pasted into
an answer at the level of the template's sections, headings of the author's set above the section
they follow, parts of a section (or questions) set at the section's own level, a subsection of the
template promoted to its parent's level.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext
from applint.rules.heading_level.rule_id import ID
from applint.rules.rule import shorten
from applint.text.wording import and_list

if TYPE_CHECKING:
    from applint.matching.outline_breaks import RaisedPart


def headings_in_answers(ctx: CompanionContext) -> Iterator[Finding]:
    blocks = ctx.document.blocks
    by_question: dict[str, list[int]] = {}
    for number, item in ctx.reading.answer_headings:
        by_question.setdefault(item.text, []).append(number)
    for question, numbers in by_question.items():
        first = blocks[numbers[0]]
        more = (
            f" and {len(numbers) - 1} more heading{'s' if len(numbers) > 2 else ''}"
            if len(numbers) > 1
            else ""
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(first.text.strip(), 40)}'{more} inside the answer to '{shorten(question, 60)}' "
            f"{'are' if more else 'is'} set at the level of the template's sections, so the questions after "
            f"{'them' if more else 'it'} read as part of a new section: make {'them' if more else 'it'} bold "
            "text or deeper headings",
            first.line,
            question=question,
        )


def headings_above_their_section(ctx: CompanionContext) -> Iterator[Finding]:
    """Headings of the author's set above the template section they follow ("# Vulnerability
    Reporting:" right under "## Project compliance"), with text under them: one finding per
    section, at the first, naming how many."""
    blocks = ctx.document.blocks
    for bare in ctx.bare_headings:
        if not bare.outranking or bare.section is None:
            continue
        first = blocks[bare.outranking[0]]
        title = bare.section.section.title
        level = blocks[bare.block].level
        others = len(bare.outranking) - 1
        more = f" and {others} more heading{'s' if others > 1 else ''} after it" if others else ""
        they, them = ("they", "them") if others else ("it", "it")
        top = "top-level parts" if first.level == 1 else "parts of their own"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(first.text.strip(), 50)}'{more} {'are' if others else 'is'} set with {'#' * first.level}, "
            f"above '{title}' ({'#' * level}) just before {them}: '{title}' ends there and shows as an empty "
            f"section, and the text under {them} reads as {top}; write {them} with {'#' * (level + 1)} so "
            f"{they} sit under '{title}'",
            first.line,
            section=bare.section.section.id,
            headings=len(bare.outranking),
        )


def raised_parts(ctx: CompanionContext) -> Iterator[Finding]:
    """Parts of a template section set at the section's own level ("## Incident Response" after
    "## Security issue resolution", whose other parts are "###"): one finding per section, at the
    first, naming the others."""
    from applint.matching import outline_breaks

    blocks = ctx.document.blocks
    by_section: dict[int, list[RaisedPart]] = {}
    for raised in outline_breaks.raised_parts(ctx.document, ctx.reading):
        by_section.setdefault(raised.section.block, []).append(raised)
    for found in by_section.values():
        first = blocks[found[0].block]
        section = found[0].section.section.title
        questions = any(item.role == "question" for item in found[0].section.section.items)
        kind = "questions" if questions else "parts"
        names = and_list([f"'{shorten(blocks[raised.block].text.strip(), 40)}'" for raised in found])
        many = len(found) > 1
        template = ctx.template.short_name
        if questions:
            what = f"{'name questions' if many else 'names a question'} the {template} template asks under"
        else:
            what = f"{'are' if many else 'is one of'} the {template} template's parts of"
        renders = "they render as sections of their own" if many else "it renders as a section of its own"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{names} {what} '{section}', but {'are' if many else 'is'} set with {'#' * first.level}, the level "
            f"of '{section}' itself, while its other {kind} are {'#' * found[0].level} under it, so {renders} "
            f"outside '{section}': write {'them' if many else 'it'} with {'#' * found[0].level}",
            first.line,
            section=found[0].section.section.id,
            headings=len(found),
        )


def promoted_sections(ctx: CompanionContext) -> Iterator[Finding]:
    """Subsections of the template set at their parent section's level ("## Day 2 - Security" after
    "## Day 2 - Day-to-Day Operations Phase", whose "### Security" it is): one finding each."""
    from applint.matching import outline_breaks

    blocks = ctx.document.blocks
    for promoted in outline_breaks.promoted_sections(ctx.document, ctx.reading):
        heading = blocks[promoted.block]
        parent = promoted.parent.section
        level = blocks[promoted.parent.block].level + promoted.section.level - parent.level
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(heading.text.strip(), 50)}' is set with {'#' * heading.level}, the level of "
            f"'{shorten(parent.title, 50)}', but the {ctx.template.short_name} template has "
            f"'{promoted.section.title}' as a part of '{shorten(parent.title, 50)}', so it renders as a "
            f"section of its own beside it instead of inside it: write it '{'#' * level} "
            f"{promoted.section.title}'",
            heading.line,
            section=promoted.section.id,
        )
