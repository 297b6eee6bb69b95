"""missing-criterion: a criterion of the template is not in the application.

Why: each criterion is a question the TOC asks; one left out reads as unmet.

Severity: error for a Required criterion, warning for a Suggested one.

Passes: the criterion's statement is present in any wording close enough to the template's
(bold or not, link markup or link text, curly or straight quotes, a clause dropped); it may
sit in another subsection of the same area.

Fails: the statement is deleted or rewritten beyond recognition. The finding names the
criterion and the section it belongs to, at that section's heading. Criteria of a section that
is missing altogether are covered by missing-section. Of a choice group (the level assertions
of the incubation template) only one alternative needs to be present.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.context import LintContext
from applint.findings import Finding, Severity
from applint.rule import Rule, describe_section, shorten
from applint.structure import Section

ID = "missing-criterion"


def check(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.follows_template:
        return
    matched = ctx.mapping.criteria
    present_choices = {c.choice for c in ctx.template.criteria if c.choice and c.id in matched}
    for criterion in ctx.template.criteria:
        if criterion.id in matched or (criterion.choice and criterion.choice in present_choices):
            continue
        anchor = _mapped_ancestor(ctx, criterion.section_id)
        if anchor is None:
            continue
        severity = Severity.ERROR if criterion.required else Severity.WARNING
        kind = "required" if criterion.required else "suggested"
        yield ctx.finding(
            ID,
            severity,
            f"{kind} criterion missing from '{describe_section(ctx, criterion.section_id)}': "
            f'"{shorten(criterion.text)}"; add it with its checkbox and your evidence',
            anchor.heading,
            section=criterion.section_id,
            criterion=criterion.id,
        )


def _mapped_ancestor(ctx: LintContext, section_id: str | None) -> Section | None:
    """The document section for a template section, or for its nearest mapped ancestor area."""
    while section_id is not None:
        template_section = ctx.template.sections_by_id[section_id]
        if template_section.role == "title":
            return None
        found = ctx.mapping.sections.get(section_id)
        if found is not None:
            return found
        section_id = template_section.parent_id
    return None


RULE = Rule(ID, Severity.ERROR, "A template criterion is missing from the application.", check, __doc__ or "")
