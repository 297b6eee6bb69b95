"""How complete an application is: per template area and overall, Required and Suggested apart.

For each criterion the template has: present (its statement is in the document), ticked, and
with evidence (something the applicant wrote under it). A choice group (the incubation level
assertions) counts as one criterion. Parts a TOC due-diligence document leaves out are not
counted for such documents, nor a criterion it does not state that a DD revision close to its own
never asked for.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Final

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.templates.records import Criterion, TemplateSection


class Tally:
    """Counts for one group of criteria; ``ticked`` is None when the format has no checkboxes."""

    __slots__ = ("evidenced", "present", "ticked", "total")

    def __init__(
        self,
        total: int = 0,
        present: int = 0,
        ticked: int | None = 0,
        evidenced: int = 0,
    ) -> None:
        self.total: Final = total
        self.present: Final = present
        self.ticked: Final = ticked
        self.evidenced: Final = evidenced

    def as_dict(self) -> dict[str, int | None]:
        return {
            "total": self.total,
            "present": self.present,
            "ticked": self.ticked,
            "evidenced": self.evidenced,
        }

    def plus(self, other: Tally) -> Tally:
        ticked = None if self.ticked is None or other.ticked is None else self.ticked + other.ticked
        return Tally(
            self.total + other.total, self.present + other.present, ticked, self.evidenced + other.evidenced
        )


class AreaScore:
    """One template area (Governance and Maintainers, Security, ...)."""

    __slots__ = ("findings", "required", "section_id", "suggested", "title")

    def __init__(
        self,
        section_id: str,
        title: str,
        required: Tally,
        suggested: Tally,
        findings: Counter[Severity],
    ) -> None:
        self.section_id: Final = section_id
        self.title: Final = title
        self.required: Final = required
        self.suggested: Final = suggested
        self.findings: Final = findings


class Completeness:
    """Every area's score, and the Required and Suggested totals over all of them."""

    __slots__ = ("areas", "required", "suggested")

    def __init__(
        self,
        areas: tuple[AreaScore, ...],
        required: Tally,
        suggested: Tally,
    ) -> None:
        self.areas: Final = areas
        self.required: Final = required
        self.suggested: Final = suggested

    def as_dict(self) -> dict[str, Any]:
        return {
            "required": self.required.as_dict(),
            "suggested": self.suggested.as_dict(),
            "sections": [
                {
                    "section": area.section_id,
                    "title": area.title,
                    "required": area.required.as_dict(),
                    "suggested": area.suggested.as_dict(),
                    "findings": {severity.label: area.findings.get(severity, 0) for severity in Severity},
                }
                for area in self.areas
            ],
        }


def areas_of(ctx: LintContext) -> list[TemplateSection]:
    """The template's areas: top-level sections, and the level-2 ones below the title."""
    result: list[TemplateSection] = []
    for section in ctx.template.sections:
        if section.role == "title":
            result.extend(child for child in section.sections if _criteria_below(child))
        elif _criteria_below(section):
            result.append(section)
    return [area for area in result if ctx.expects(area.id)]


def _criteria_below(section: TemplateSection) -> list[Criterion]:
    found = list(section.criteria)
    for child in section.sections:
        found.extend(_criteria_below(child))
    return found


def score(ctx: LintContext, findings: list[Finding]) -> Completeness:
    """The completeness of the document, per area and overall."""
    area_of_section = {}
    areas = areas_of(ctx)
    for area in areas:
        stack = [area]
        while stack:
            section = stack.pop()
            area_of_section[section.id] = area.id
            stack.extend(section.sections)
    counts: dict[str, Counter[Severity]] = {area.id: Counter() for area in areas}
    for finding in findings:
        area_id = area_of_section.get(finding.section or "")
        if area_id is not None:
            counts[area_id][finding.severity] += 1
    scores = []
    for area in areas:
        criteria = [c for c in _criteria_below(area) if ctx.expects(c.section_id) and ctx.asks_for(c)]
        scores.append(
            AreaScore(
                area.id,
                area.title.replace(" for $PROJECT", "").replace("$PROJECT", "").strip(),
                _tally(ctx, [c for c in criteria if c.required]),
                _tally(ctx, [c for c in criteria if not c.required]),
                counts[area.id],
            )
        )
    required = suggested = Tally(ticked=None if not _has_boxes(ctx) else 0)
    for area_score in scores:
        required = required.plus(area_score.required)
        suggested = suggested.plus(area_score.suggested)
    return Completeness(tuple(scores), required, suggested)


def _has_boxes(ctx: LintContext) -> bool:
    return ctx.ticks_known


def _tally(ctx: LintContext, criteria: list[Criterion]) -> Tally:
    groups: dict[str, list[Criterion]] = {}
    for criterion in criteria:
        groups.setdefault(criterion.choice or criterion.id, []).append(criterion)
    present = ticked = evidenced = 0
    for members in groups.values():
        indexes = [ctx.mapping.criteria[c.id] for c in members if c.id in ctx.mapping.criteria]
        if not indexes:
            continue
        present += 1
        blocks = [ctx.document.blocks[i] for i in indexes]
        if any(block.checked for block in blocks):
            ticked += 1
        needs = [c for c in members if c.asks_applicant_for_evidence]
        if not needs or any(ctx.evidence.get(c.id) and ctx.evidence[c.id].has_content for c in needs):
            evidenced += 1
    return Tally(len(groups), present, ticked if _has_boxes(ctx) else None, evidenced)
