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
- a subsection of the template set at its parent section's level with the parent's prefix ("## Day
  2 - Security" after "## Day 2 - Day-to-Day Operations Phase", whose "### Security" it is): it
  renders as a section beside its parent (a subsection named alone at that level is read as the
  author's flat outline);
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

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext, LintContext
from applint.rules.heading_level.rule_id import ID
from applint.rules.heading_level.skips import skipped_levels
from applint.rules.rule import ALL_FAMILIES, Rule


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if not isinstance(ctx, CompanionContext):
        if ctx.document.format == "markdown":  # (a DOCX or text document's levels are not marks)
            yield from skipped_levels(ctx, set(), set())
        return
    # A companion document's passes, imported by its check only (an application's run reads none).
    from applint.matching.outline_breaks import pasted_documents
    from applint.rules.heading_level import sections, slips, titles

    found = [
        *titles.shifted_outline(ctx),
        *titles.second_titles(ctx),
        *sections.headings_in_answers(ctx),
        *sections.headings_above_their_section(ctx),
        *titles.template_wrapper_titles(ctx),
    ]
    pasted = pasted_documents(ctx.document, ctx.reading)
    found.extend(titles.pasted_documents(ctx, pasted))
    found.extend(sections.raised_parts(ctx))
    found.extend(sections.promoted_sections(ctx))
    found.extend(slips.repeated_headings(ctx, pasted))
    inside = {number for part in pasted for number in range(part.block, part.end)}  # that document's
    found.extend(slips.untitled_headings(ctx, inside))
    found.extend(slips.split_halves(ctx, inside))
    yield from found
    # a heading another pass reported, or one of the several it names, is settled by that fix
    blocks = ctx.document.blocks
    named = [number for bare in ctx.bare_headings for number in bare.outranking]
    named.extend(number for number, _ in ctx.reading.answer_headings)
    reported = {finding.line or 0 for finding in found} | {blocks[number].line for number in named}
    yield from skipped_levels(ctx, inside, reported)


RULE = Rule(
    ID,
    Severity.WARNING,
    "A heading skips a level, or breaks a companion template's outline (a second H1, headings pasted "
    "into an answer, a pasted document, a part raised out of its section, a repeated or empty heading).",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
