"""missing-criterion: a criterion of the template is not in the application.

Why: each criterion is a question the TOC asks; one left out reads as unmet.

Severity: error for a Required criterion, warning for a Suggested one.

Passes: the criterion's statement is present in any wording close enough to the template's
(bold or not, link markup or link text, curly or straight quotes, a clause dropped); it may
sit in another subsection of the same area.

Fails: the statement is deleted or rewritten beyond recognition. The finding names the
criterion and the section it belongs to, at that section's heading. When a section has
evidence paragraphs but several criteria statements are absent (an export that dropped the
checklist), the section gets one finding listing them with their count; when that is so in three
or more sections and most of the template's criteria are missing, the whole checklist was lost and
the document gets one finding naming the sections (at the first). JSON ``details.criteria`` lists
each criterion, and ``--verbose`` reports each one separately. Criteria of a section that is
missing altogether are facets of its missing-section finding. Of a choice group (the level assertions
of the incubation template) only one alternative needs to be present.

A due-diligence document is told only of the criteria every DD revision scoring close to the chosen
one has: when the close revisions disagree (a later revision dropped "TAG provides insight/
recommendation of the project in the context of the landscape"), the document may have been written
from one that never asked for it.
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
# When statements are gone from this many sections with evidence, and this share of all criteria is
# missing, the checklist itself was lost (a plain-text export drops it): one finding for the document.
LOST_CHECKLIST_SECTIONS = 3
LOST_CHECKLIST_SHARE = 0.75


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
        if not ctx.asks_for(criterion):
            continue  # a DD revision close to the chosen one never asked for it
        if not ctx.expects(criterion.section_id):
            continue
        anchor = _mapped_ancestor(ctx, criterion.section_id)
        if anchor is None:
            continue
        by_section.setdefault(anchor.start, []).append(criterion)
        anchors[anchor.start] = anchor
    # Sections that hold evidence though statements are missing (computed once for both uses below).
    with_evidence = [
        (anchors[start], missing)
        for start, missing in sorted(by_section.items())
        if _has_evidence(ctx, anchors[start])
    ]
    grouped = [
        (anchor, missing) for anchor, missing in with_evidence if not ctx.verbose and len(missing) >= GROUP_AT
    ]
    lost = sum(len(missing) for missing in by_section.values())
    if len(grouped) >= LOST_CHECKLIST_SECTIONS and lost >= LOST_CHECKLIST_SHARE * len(ctx.template.criteria):
        # One cause (an export dropped the checklist): one finding, for every section with evidence.
        grouped = with_evidence
        yield _checklist_lost(ctx, grouped)
    else:
        yield from (_grouped(ctx, anchor, missing) for anchor, missing in grouped)
    done = {id(anchor) for anchor, _ in grouped}
    for start, missing in sorted(by_section.items()):
        if id(anchors[start]) not in done:
            yield from (_single(ctx, anchors[start], criterion) for criterion in missing)


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


def _checklist_lost(ctx: LintContext, grouped: list[tuple[Section, list[Criterion]]]) -> Finding:
    total = sum(len(missing) for _, missing in grouped)
    parts = []
    for anchor, missing in grouped:
        section_id = ctx.mapping.section_id_of(anchor)
        title = describe_section(ctx, section_id) if section_id else anchor.title
        parts.append(f"'{title}' ({len(missing)}, {ctx.where(anchor.line)})")
    first = grouped[0][0]
    answer = "evaluation" if ctx.selection.due_diligence else "evidence"
    return ctx.finding(
        ID,
        Severity.ERROR,
        f"the checklist is gone: {total} criteria statements are missing from {len(grouped)} sections that "
        f"still hold their {answer} ({'; '.join(parts)}); put each statement with its checkbox back above its "
        f"{answer}, or lint the document this was exported from",
        first.heading,
        sections=[ctx.mapping.section_id_of(anchor) for anchor, _ in grouped],
        criteria=[
            {"id": c.id, "text": c.text, "required": c.required, "section": c.section_id}
            for _, missing in grouped
            for c in missing
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
