"""heading-level: a heading set at a level that breaks the document's outline: in any document, a
heading more than one level below the heading before it; in a companion document, a heading that
breaks its template's outline.

Why: a GTR, governance review or self-assessment is read by its outline: GitHub's rendering,
the table of contents and a reviewer's eye all go by heading levels. Two slips change what the
reader sees:

- a part of the outline written as a second H1 ("# Day 1 - Installation and Deployment Phase"
  under "# General Technical Review - …", "# Table of contents", "# Appendix") looks like the
  start of a new document; the template puts it below the title;
- headings pasted into an answer ("### Zero Default Behavior Changes." inside the answer to
  "Describe how enabling the project changes any default behavior…") at the level of the
  template's sections read as new sections, and the questions after them as theirs.

- headings of the author's own set above the section they belong to ("# Vulnerability Reporting:"
  and its text right under "## Project compliance"): the section shows as empty, its text as new
  top-level parts;

- the whole outline one level (or more) deeper than the template's (no H1: "## General Technical
  Review - NATS / Incubating", "### Day 0 - Planning Phase", "#### Scope"): the document has no
  title of its own level, and every part sits below where the template puts it.

- the template's own heading over its outline kept as a second H1 ("# Self-assessment outline"
  under "# Self-assessment"): the document reads as two;
- another document (a threat model, a design document) pasted in after the outline under an H1 of
  its own with headings of its own: one finding at its H1, not one per heading it holds;
- a labelled part of a template section set at the section's own level ("## Incident Response"
  after "## Security issue resolution", whose other parts are "###"), or a GTR question written as
  a heading in the author's words ("## Unsupported use cases" after "## Scope", whose other
  questions are "### Roadmap process", …): it renders outside it (one finding per section);
- a heading repeated beside itself (same parent, same level) over different text (a copied
  "##### Block Storage Example" left unchanged), and a Markdown heading with no words over text;
- the second of two things a heading names set beside it while the first is a subheading under it
  ("### Best Practices" after "### Design principles & best practices" and its "#### Design
  Principles").

- in any document (an application, a due-diligence document, a companion document), a heading more
  than one level below the heading just before it ("#### Thanos" right under "## Overview", "######
  Actors:" under "### Actions"): GitHub renders it a size too small and a table of contents nests it
  under a part that is not there. Where the document's template itself jumps ("#### Adoption" right
  under "## Ecosystem" in some due-diligence revisions), a heading taken for that section is not
  judged; nor is a DOCX or plain-text document (its levels are styles or guesses, not marks), a
  heading inside a pasted document, or one right under a heading this rule already reports.

Severity: warning. Skipped levels: one finding per kind of skip ("##" to "####"), at the first,
folding the others ("also at"), so a document that sets every part a level too deep is told once.
One finding for a shifted outline, at the title, saying which level each kind
of heading takes (80% or more of the template's headings found, four or more, one level deeper
alike). One finding per heading set as a second H1 while most of its siblings in the
outline (half or more) sit below the title, at it; one per answer holding such headings, at its first, naming
how many; one per template section whose text follows under headings of the author's set above its
level, at the first, naming how many (unfilled-section does not call that section empty). A document whose parts are H1 (its own style, most siblings at the title's level) is
left alone, as are headings deeper than the template's sections.

The template's outline heading kept at H2 below the title, parts of a section written beside it
in a section with no subheadings (a flat outline), a document whose parts are all H1s, and the
same heading under two different parents (a day's "Security" and another's) are left alone.

Passes: ``# General Technical Review - Kelpie / Incubation`` then ``## Day 0 …`` and ``## Day 1 …``;
an answer with bold labels or ``####`` headings; ``### Required`` then ``#### Adoption``.
Fails: ``## General Technical Review - Kelpie / Incubation`` over ``### Day 0 …`` and ``#### Scope``;
``# Day 1 - Installation and Deployment Phase`` below the H1 title; ``### Resource
Isolation.`` inside the answer to a question of a ``###`` section; ``#### Critical Security
Components`` right under ``## Security functions and features``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.wording import and_list

if TYPE_CHECKING:
    # A companion document's outline, imported by its passes only (an application's run reads none).
    from applint.matching.companions import SectionFound
    from applint.matching.heading_skips import SkippedLevel, TemplateOutline
    from applint.matching.outline_breaks import PastedDocument, RaisedPart

ID = "heading-level"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if not isinstance(ctx, CompanionContext):
        if ctx.document.format == "markdown":  # (a DOCX or text document's levels are not marks)
            yield from _skipped_levels(ctx, set(), set())
        return
    from applint.matching.outline_breaks import pasted_documents

    found = [
        *_shifted_outline(ctx),
        *_second_titles(ctx),
        *_headings_in_answers(ctx),
        *_headings_above_their_section(ctx),
        *_template_wrapper_titles(ctx),
    ]
    pasted = pasted_documents(ctx.document, ctx.reading)
    found.extend(_pasted_documents(ctx, pasted))
    found.extend(_raised_parts(ctx))
    found.extend(_repeated_headings(ctx, pasted))
    inside = {number for part in pasted for number in range(part.block, part.end)}  # that document's
    found.extend(_untitled_headings(ctx, inside))
    found.extend(_split_halves(ctx, inside))
    yield from found
    # a heading another pass reported, or one of the several it names, is settled by that fix
    blocks = ctx.document.blocks
    named = [number for bare in ctx.bare_headings for number in bare.outranking]
    named.extend(number for number, _ in ctx.reading.answer_headings)
    reported = {finding.line or 0 for finding in found} | {blocks[number].line for number in named}
    yield from _skipped_levels(ctx, inside, reported)


# The share of the outline's headings that must sit the same number of levels deeper than the
# template's for the whole outline to count as shifted (one heading set right is a slip of its own).
_SHIFTED_SHARE = 0.8
# The fewest of the template's headings a shifted outline must have (a title and two parts say little).
_SHIFTED_FEWEST = 4


def _shifted_outline(ctx: CompanionContext) -> Iterator[Finding]:
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


def _skipped_levels(
    ctx: LintContext | CompanionContext, inside: set[int], reported: set[int]
) -> Iterator[Finding]:
    """Headings more than one level below the heading before them, where the template does not
    jump there itself: one finding per kind of skip ("##" to "####"), at the first, folding the
    others; none inside a pasted document (``inside``) or at or right under a heading another pass
    reported (``reported``: their lines), whose own fix settles its level."""
    from applint.matching.heading_skips import skipped_levels

    blocks = ctx.document.blocks
    for skipped in skipped_levels(ctx.document, lambda: _template_outline(ctx)):
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


def _second_titles(ctx: CompanionContext) -> Iterator[Finding]:
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


def _headings_in_answers(ctx: CompanionContext) -> Iterator[Finding]:
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


def _headings_above_their_section(ctx: CompanionContext) -> Iterator[Finding]:
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


def _template_wrapper_titles(ctx: CompanionContext) -> Iterator[Finding]:
    """The template's own heading over its outline left in as a second H1 ("# Self-assessment
    outline" under "# Self-assessment"): one finding at it."""
    from applint.matching.outline_breaks import template_wrapper_titles

    blocks = ctx.document.blocks
    title = ctx.reading.title_block
    for found in template_wrapper_titles(ctx.document, ctx.reading):
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


def _pasted_documents(ctx: CompanionContext, documents: tuple[PastedDocument, ...]) -> Iterator[Finding]:
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


def _raised_parts(ctx: CompanionContext) -> Iterator[Finding]:
    """Parts of a template section set at the section's own level ("## Incident Response" after
    "## Security issue resolution", whose other parts are "###"): one finding per section, at the
    first, naming the others."""
    from applint.matching.outline_breaks import raised_parts

    blocks = ctx.document.blocks
    by_section: dict[int, list[RaisedPart]] = {}
    for raised in raised_parts(ctx.document, ctx.reading):
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


def _repeated_headings(ctx: CompanionContext, pasted: tuple[PastedDocument, ...]) -> Iterator[Finding]:
    """A heading written again beside itself over other text: one finding at the second, naming the
    first."""
    from applint.matching.heading_slips import repeated_headings

    blocks = ctx.document.blocks
    for repeated in repeated_headings(ctx.document, pasted):
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


def _untitled_headings(ctx: CompanionContext, inside: set[int]) -> Iterator[Finding]:
    """A heading with no words over text: one finding at each (one with nothing under it is
    unfilled-section's, as an empty section)."""
    from applint.matching.heading_slips import untitled_headings

    blocks = ctx.document.blocks
    bare = {heading.block for heading in ctx.bare_headings}
    for number in untitled_headings(ctx.document):
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


def _split_halves(ctx: CompanionContext, inside: set[int]) -> Iterator[Finding]:
    """The second of two things a heading names set beside it while the first is under it."""
    from applint.matching.outline_breaks import split_halves

    blocks = ctx.document.blocks
    for half in split_halves(ctx.document):
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


RULE = Rule(
    ID,
    Severity.WARNING,
    "A heading skips a level, or breaks a companion template's outline (a second H1, headings pasted "
    "into an answer, a pasted document, a part raised out of its section, a repeated or empty heading).",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
