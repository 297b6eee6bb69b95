"""One problem, one finding: what several rules raise about the same thing becomes one finding.

A criterion that is unticked, has no evidence and no link is one problem seen from three rules.
The most severe finding stays (on a tie: the missing tick, then the missing evidence, then the
missing link); the others become facets in its ``details.also`` and a short clause in its
message. Likewise an empty section that a more specific rule already reports at its heading (an
empty Adoption Assertion is an ``adopters`` finding) is a facet of that finding; the criteria
missing from an emptied section are facets of its ``empty-section`` finding, and those of a
section missing altogether facets of its ``missing-section`` finding; a note on a
criterion's own line ("- [ ] **BLOCKED —** …") is a facet of that criterion's finding; a due-diligence
document's list of unmet criteria is a facet of the contradiction naming the same criteria. Findings about
anything else, even on the same line, are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from applint.findings import Finding

# The rules that speak about a criterion's tick, evidence and links, in the order a tie is broken.
CRITERION_RULES = ("unchecked-criterion", "criterion-without-evidence", "evidence-without-link")
# Rules whose finding at a section's heading already says that section is empty.
SECTION_RULES = ("adopters", "missing-criterion")
_FACETS = {
    "missing-criterion": "its criteria are missing",
    "unmet-criteria": "those criteria are the ones evaluated as unmet",
    "todo-marker": "it carries a note to the author",
    "empty-section": "the section is empty",
    "unchecked-criterion": "it is not ticked",
    "criterion-without-evidence": "nothing is written under it",
    "evidence-without-link": "its evidence has no link",
}


def group_by_criterion(findings: Sequence[Finding]) -> list[Finding]:
    """The findings with those about one criterion merged into the most severe of them."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        criterion = finding.details.get("criterion")
        if finding.rule in CRITERION_RULES and isinstance(criterion, str):
            groups.setdefault(criterion, []).append(finding)
    merged: dict[int, Finding | None] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        ranked = sorted(group, key=lambda f: (-f.severity, CRITERION_RULES.index(f.rule)))
        primary, others = ranked[0], ranked[1:]
        merged[id(primary)] = _with_facets(primary, others)
        merged.update((id(other), None) for other in others)
    for finding in findings:
        if finding.rule != "empty-section" or finding.section is None:
            continue
        same_heading = [
            other
            for other in findings
            if other.rule in SECTION_RULES and other.section == finding.section and other.line == finding.line
        ]
        for other in same_heading:
            if other.rule == "adopters":  # the more specific word on an empty Adoption Assertion
                merged[id(other)] = _with_facets(merged.get(id(other)) or other, [finding])
                merged[id(finding)] = None
            elif merged.get(id(finding), finding) is not None:  # an emptied section: say it is empty
                current = merged.get(id(finding)) or finding
                merged[id(finding)] = _with_facets(current, [other])
                merged[id(other)] = None
    at_criterion = {
        f.line: f
        for f in findings
        if f.rule in CRITERION_RULES and f.line is not None and merged.get(id(f), f) is not None
    }
    for finding in findings:
        owner = at_criterion.get(finding.line) if finding.rule == "todo-marker" and finding.line else None
        if owner is not None:  # "- [ ] **BLOCKED —** …": the status is the unticked criterion's, one problem
            merged[id(owner)] = _with_facets(merged.get(id(owner)) or owner, [finding])
            merged[id(finding)] = None
    contradiction = next(
        (f for f in findings if f.rule == "contradictory-assertion" and f.details.get("criteria")), None
    )
    for finding in findings:
        if finding.rule == "unmet-criteria" and contradiction is not None:
            # A DD summary claiming the criteria are met over unticked ones: the unmet list is its facet.
            merged[id(contradiction)] = _with_facets(
                merged.get(id(contradiction)) or contradiction, [finding]
            )
            merged[id(finding)] = None
    missing_sections = [f for f in findings if f.rule == "missing-section" and f.section]
    for finding in findings:
        if finding.rule != "missing-criterion" or not finding.section:
            continue
        whole = next((f for f in missing_sections if _within(finding.section, f.section or "")), None)
        if whole is not None:  # its section is missing altogether: one finding, at the section
            merged[id(whole)] = _with_facets(merged.get(id(whole)) or whole, [finding])
            merged[id(finding)] = None
    result = []
    for finding in findings:
        replacement = merged.get(id(finding), finding)
        if replacement is not None:
            result.append(replacement)
    return result


def _within(section: str, outer: str) -> bool:
    """Whether a template section id is ``outer`` or lies inside it (ids nest with dots)."""
    return section == outer or section.startswith(outer + ".")


def _with_facets(primary: Finding, others: Sequence[Finding]) -> Finding:
    also: list[dict[str, Any]] = [
        {
            "rule": other.rule,
            "severity": other.severity.label,
            "message": other.message,
            "details": other.details,
        }
        for other in others
    ]
    clauses = [_FACETS[other.rule] for other in others if other.rule != primary.rule]
    message = primary.message + (f" (also: {'; '.join(clauses)})" if clauses else "")
    return primary._replace(message=message, details={**primary.details, "also": also})
