"""empty-section: a heading with nothing under it.

Why: the TOC asks that every section have content; an empty one is read as unanswered.

Severity: warning.

The advice names who answers: the project (an application) or the TOC (a due-diligence document),
"write … there" for a heading of the template (any revision's: a template heading stays), "… or
remove the heading" for one that is not (such as an application's Adoption Assertion left in a DD
document).

A heading pasted into a criterion's answer (no template section) is empty when nothing stands
between it and the next criterion.

Passes: a heading followed by text, a list, a table or a sub-heading; a section the template
marks optional (Additional Information) or leaves empty itself (v1.5's "Criteria"); a divider: a
heading of the author's own ("# Criteria", "# Due Diligence", "## CNCF TOC") whose next thing is
another heading, at whatever level, and that names no section of the document's templates (the
application's or the DD's) — it groups the headings after it.
Fails: a heading followed only by white space, HTML comments (such as the template's
``<!-- (Project assertion goes here) -->``), the template's own lead-in sentence ("…adopted by
the following organizations…:") or empty bullets
before the next heading of the same or a higher level; a template heading ("### Suggested",
"### Adoption Assertion") directly followed by the next heading.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from applint.findings import Finding, Severity
from applint.matching.mapping import names_template_section
from applint.matching.structure import Section
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule
from applint.templates.boilerplate import is_template_text

ID = "empty-section"
_INVISIBLE = (BlockKind.COMMENT, BlockKind.BREAK)


def check(ctx: LintContext) -> Iterator[Finding]:
    blocks = ctx.document.blocks
    section_ids = {id(section): template_id for template_id, section in ctx.mapping.sections.items()}
    statements = {id(blocks[index]) for index in ctx.mapping.criteria.values()}
    answers = {id(block) for evidence in ctx.evidence.values() for block in evidence.blocks}
    for section in ctx.mapping.root.walk():
        if section.heading is None:
            continue
        template_id = section_ids.get(id(section))
        if template_id is not None and ctx.template.sections_by_id[template_id].optional:
            continue
        content = blocks[section.start + 1 : section.end]
        if not content and section.end in ctx.stray_headings:
            continue  # emptied by the stray heading right after it: misplaced-heading reports that
        if template_id is None and id(section.heading) in answers and _inside_answered_section(ctx, section):
            # A heading pasted into an answer ("#### Security response team") holds only what comes
            # before the next criterion: the criteria after it are not its content.
            content = content[: next((i for i, b in enumerate(content) if id(b) in statements), len(content))]
        kind = ctx.template.kind
        if template_id is None and _is_divider(ctx, section):
            continue
        if all(
            block.kind in _INVISIBLE
            or (block.kind is not BlockKind.HEADING and not block.text.strip())
            or (
                block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                and not block.is_checkbox
                and block.text.rstrip("_*").endswith(":")  # the template's own lead-in, nothing after it
                and is_template_text(block.text, kind)
            )
            for block in content
        ):
            answer = "the TOC's evaluation" if ctx.selection.due_diligence else "the project's answer"
            # A heading of the template (this revision's, or another's: a pasted copy's) belongs in
            # the document: only its answer is missing.
            of_template = template_id is not None or names_template_section(
                section.title, kind, counterpart=False
            )
            advice = f"write {answer} there" if of_template else f"write {answer} or remove the heading"
            # Named so when a missing section's finding takes it in (results.grouping): a heading
            # of another name where the missing section belongs may stand for it.
            stand_in: dict[str, Any] = (
                {
                    "title": section.title,
                    "facet": f"the empty '{section.title}' heading at {ctx.where(section.line)} may be meant for it",
                }
                if template_id is None
                else {}
            )
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"section '{section.title}' is empty; {advice}",
                section.heading,
                section=template_id,
                **stand_in,
            )


def _is_divider(ctx: LintContext, section: Section) -> bool:
    """True for a heading of the author's that groups the headings after it: the next block is a
    heading (a comment between is a note about content to come), and its title names no section of
    the templates for this kind of document (an application's heading left in a DD document is
    still a section)."""
    following = section.start + 1
    blocks = ctx.document.blocks
    while following < len(blocks) and blocks[following].kind is BlockKind.BREAK:
        following += 1
    if following >= len(blocks) or blocks[following].kind is not BlockKind.HEADING:
        return False
    return not names_template_section(section.title, ctx.template.kind)


def _inside_answered_section(ctx: LintContext, section: Section) -> bool:
    """True when the heading sits inside the template section of the criterion it follows (a
    "#### Security response team" under "### Required"): pasted into that answer. A heading that
    closes that section ("## Due Diligence" before the next area's criteria) heads what follows."""
    statements = [index for index in ctx.mapping.criteria.values() if index < section.start]
    if not statements:
        return False
    answered = max(statements)
    holders = [
        found
        for template_id, found in ctx.mapping.sections.items()
        if ctx.template.sections_by_id[template_id].role != "title" and found.start < answered < found.end
    ]
    if not holders:
        return False
    innermost = max(holders, key=lambda holder: holder.start)
    return section.start < innermost.end


RULE = Rule(ID, Severity.WARNING, "A section has no content.", check, __doc__ or "")
