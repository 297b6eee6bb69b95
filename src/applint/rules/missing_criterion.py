"""missing-criterion: a criterion of the template is not in the application.

Why: each criterion is a question the TOC asks; one left out reads as unmet.

Severity: error for a Required criterion, warning for a Suggested one.

Passes: the criterion's statement is present in any wording close enough to the template's
(bold or not, link markup or link text, curly or straight quotes, a clause dropped); it may
sit in another subsection of the same area.

Fails: the statement is deleted or rewritten beyond recognition. The finding names the
criterion and the section it belongs to, at that section's heading. When a section has
evidence paragraphs but several criteria statements are absent (an export that dropped the
checklist), the section gets one finding listing them with their count; JSON
``details.criteria`` lists each one, and ``--verbose`` reports each one separately. Criteria of a section that
is missing altogether are covered by missing-section. Of a choice group (the level assertions
of the incubation template) only one alternative needs to be present.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.structure import Section
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, describe_section, shorten
from applint.templates.records import Criterion

ID = "missing-criterion"
# From this many missing statements in a section that has evidence, report them as one finding.
GROUP_AT = 3


def check(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.follows_template:
        return
    matched = ctx.mapping.criteria
    present_choices = {c.choice for c in ctx.template.criteria if c.choice and c.id in matched}
    by_section: dict[int, list[Criterion]] = {}
    anchors: dict[int, Section] = {}
    for criterion in ctx.template.criteria:
        if criterion.id in matched or (criterion.choice and criterion.choice in present_choices):
            continue
        if not ctx.expects(criterion.section_id):
            continue
        anchor = _mapped_ancestor(ctx, criterion.section_id)
        if anchor is None:
            continue
        by_section.setdefault(anchor.start, []).append(criterion)
        anchors[anchor.start] = anchor
    for start, missing in sorted(by_section.items()):
        anchor = anchors[start]
        if not ctx.verbose and len(missing) >= GROUP_AT and _has_evidence(ctx, anchor):
            yield _grouped(ctx, anchor, missing)
        else:
            for criterion in missing:
                yield _single(ctx, anchor, criterion)


def _has_evidence(ctx: LintContext, section: Section) -> bool:
    """True when the section holds prose that is not a matched criterion statement."""
    matched_blocks = set(ctx.mapping.criteria.values())
    return any(
        block.kind is BlockKind.PARAGRAPH and index not in matched_blocks
        for index, block in enumerate(
            ctx.document.blocks[section.start + 1 : section.end], start=section.start + 1
        )
    )


def _grouped(ctx: LintContext, anchor: Section, missing: list[Criterion]) -> Finding:
    required = [c for c in missing if c.required]
    section_id = ctx.mapping.section_id_of(anchor)
    title = describe_section(ctx, section_id) if section_id else anchor.title
    severity = Severity.ERROR if required else Severity.WARNING
    names = "; ".join(f'"{shorten(c.text, 50)}"' for c in missing[:4])
    more = f"; and {len(missing) - 4} more" if len(missing) > 4 else ""
    return ctx.finding(
        ID,
        severity,
        f"{len(missing)} criteria statements missing from '{title}' ({len(required)} required), "
        f"though the section has {'evaluations' if ctx.selection.due_diligence else 'evidence'}: {names}{more}; "
        f"add each statement with its checkbox above its {'evaluation' if ctx.selection.due_diligence else 'evidence'}",
        anchor.heading,
        section=section_id,
        criteria=[
            {"id": c.id, "text": c.text, "required": c.required, "section": c.section_id} for c in missing
        ],
    )


def _single(ctx: LintContext, anchor: Section, criterion: Criterion) -> Finding:
    severity = Severity.ERROR if criterion.required else Severity.WARNING
    kind = "required" if criterion.required else "suggested"
    answer = "the TOC's evaluation" if ctx.selection.due_diligence else "your evidence"
    return ctx.finding(
        ID,
        severity,
        f"{kind} criterion missing from '{describe_section(ctx, criterion.section_id)}': "
        f'"{shorten(criterion.text)}"; add it with its checkbox and {answer}',
        anchor.heading,
        section=criterion.section_id,
        criterion=criterion.id,
    )


def _mapped_ancestor(ctx: LintContext, section_id: str) -> Section | None:
    """The document section for a template section, or for its nearest mapped ancestor area."""
    for template_section in ctx.template.lineage(section_id):
        if template_section.role == "title":
            return None
        found = ctx.mapping.sections.get(template_section.id)
        if found is not None:
            return found
    return None


RULE = Rule(ID, Severity.ERROR, "A template criterion is missing from the application.", check, __doc__ or "")
