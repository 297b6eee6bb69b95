"""empty-section: a heading with nothing under it.

Why: the TOC asks that every section have content; an empty one is read as unanswered.

Severity: warning.

In a TOC due-diligence document the advice is the TOC's: write the evaluation there (for a
section of the DD template) or remove the heading (for one that is not, such as an application's
Adoption Assertion left in).

A heading pasted into a criterion's answer (no template section) is empty when nothing stands
between it and the next criterion.

Passes: a heading followed by text, a list, a table or a sub-heading; a section the template
marks optional (Additional Information) or leaves empty itself (v1.5's "Criteria").
Fails: a heading followed only by white space, HTML comments (such as the template's
``<!-- (Project assertion goes here) -->``), the template's own lead-in sentence ("…adopted by
the following organizations…:") or empty bullets
before the next heading of the same or a higher level.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
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
        if template_id is None and id(section.heading) in answers:
            # A heading pasted into an answer ("#### Security response team") holds only what comes
            # before the next criterion: the criteria after it are not its content.
            content = content[: next((i for i, b in enumerate(content) if id(b) in statements), len(content))]
        kind = ctx.template.kind
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
            if not ctx.selection.due_diligence:
                advice = "write the project's answer or remove the heading"
            elif template_id is not None:  # a part of the DD template: the TOC's evaluation belongs there
                advice = "write the TOC's evaluation there"
            else:
                advice = "write the TOC's evaluation or remove the heading"
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"section '{section.title}' is empty; {advice}",
                section.heading,
                section=template_id,
            )


RULE = Rule(ID, Severity.WARNING, "A section has no content.", check, __doc__ or "")
