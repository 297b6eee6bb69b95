"""One problem, one finding: what several rules raise about the same thing becomes one finding.

The finding that stays gets the others as facets, in its ``details.also`` and as a short clause
in its message. Which one stays:

- a criterion unticked, without evidence and without a link: the most severe (on a tie the missing
  tick, then the missing evidence, then the missing link);
- a note to the author where a criterion's missing evidence should be, or on the criterion's own
  line ("- [ ] **BLOCKED —** …"): the criterion's finding;
- an empty Adoption Assertion: ``adopters``; any other emptied section: ``empty-section``, with
  its missing criteria as facets; a section missing altogether: ``missing-section``, with its
  criteria;
- a due-diligence summary claiming the criteria are met over unticked ones: the contradiction,
  with the list of unmet criteria.

Findings about anything else, even on the same line, are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


class _Merger:
    """The findings of one file, with some folded into others (by identity, in their order)."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = findings
        self.replaced: dict[int, Finding | None] = {}

    def alive(self, finding: Finding) -> bool:
        return self.replaced.get(id(finding), finding) is not None

    def fold(self, primary: Finding, others: Sequence[Finding]) -> None:
        """``others`` become facets of ``primary`` (as it stands after earlier folds)."""
        self.replaced[id(primary)] = _with_facets(self.replaced.get(id(primary)) or primary, others)
        self.replaced.update((id(other), None) for other in others)

    def result(self) -> list[Finding]:
        kept = (self.replaced.get(id(finding), finding) for finding in self.findings)
        return [finding for finding in kept if finding is not None]


def group_findings(findings: Sequence[Finding]) -> list[Finding]:
    """The findings with those about one problem folded into one (see the module docstring)."""
    merger = _Merger(findings)
    for step in _STEPS:
        step(merger)
    return merger.result()


def _by_criterion(merger: _Merger) -> None:
    groups: dict[str, list[Finding]] = {}
    for finding in merger.findings:
        criterion = finding.details.get("criterion")
        if finding.rule in CRITERION_RULES and isinstance(criterion, str):
            groups.setdefault(criterion, []).append(finding)
    for group in groups.values():
        if len(group) > 1:
            ranked = sorted(group, key=lambda f: (-f.severity, CRITERION_RULES.index(f.rule)))
            merger.fold(ranked[0], ranked[1:])


def _empty_sections(merger: _Merger) -> None:
    for finding in merger.findings:
        if finding.rule != "empty-section" or finding.section is None:
            continue
        for other in merger.findings:
            if other.rule not in SECTION_RULES or (other.section, other.position) != (
                finding.section,
                finding.position,
            ):
                continue
            if other.rule == "adopters":  # the more specific word on an empty Adoption Assertion
                merger.fold(other, [finding])
            elif merger.alive(finding):  # an emptied section: say it is empty
                merger.fold(finding, [other])


def _notes_at_criteria(merger: _Merger) -> None:
    """A note where a criterion's missing evidence should be, or on the criterion's own line."""
    unanswered = [
        f
        for f in merger.findings
        if f.rule == "criterion-without-evidence" and isinstance(f.details.get("answer_lines"), list)
    ]
    for note in merger.findings:
        if note.rule != "todo-marker" or not note.position:
            continue
        line = note.position  # a line, or in a DOCX a paragraph
        owner = next(
            (f for f in unanswered if f.details["answer_lines"][0] < line <= f.details["answer_lines"][1]),
            None,
        )
        if owner is None:
            owner = next(
                (
                    f
                    for f in merger.findings
                    if f.rule in CRITERION_RULES
                    and f.details.get("criterion")  # not the document's "ticks unknown" at ¶1
                    and f.position == line
                    and merger.alive(f)
                ),
                None,
            )
        if owner is not None and merger.alive(owner):
            merger.fold(owner, [note])


def _unmet_in_contradiction(merger: _Merger) -> None:
    contradiction = next(
        (f for f in merger.findings if f.rule == "contradictory-assertion" and f.details.get("criteria")),
        None,
    )
    if contradiction is not None:
        unmet = [f for f in merger.findings if f.rule == "unmet-criteria"]
        if unmet:
            merger.fold(contradiction, unmet)


def _criteria_of_missing_sections(merger: _Merger) -> None:
    sections = [f for f in merger.findings if f.rule == "missing-section" and f.section]
    for finding in merger.findings:
        if finding.rule == "missing-criterion" and finding.section:
            whole = next((f for f in sections if _within(finding.section, f.section or "")), None)
            if whole is not None:
                merger.fold(whole, [finding])


_STEPS: tuple[Callable[[_Merger], None], ...] = (
    _by_criterion,
    _empty_sections,
    _notes_at_criteria,
    _unmet_in_contradiction,
    _criteria_of_missing_sections,
)


def _within(section: str, outer: str) -> bool:
    """Whether a template section id is ``outer`` or lies inside it (ids nest with dots)."""
    return section == outer or section.startswith(outer + ".")


def _with_facets(primary: Finding, others: Sequence[Finding]) -> Finding:
    """The primary finding with ``others`` added to its facets; its message ends in one "(also: …)"
    clause naming every facet, however many folds it took to gather them."""
    earlier: list[dict[str, Any]] = list(primary.details.get("also", ()))
    also = [
        *earlier,
        *(
            {
                "rule": other.rule,
                "severity": other.severity.label,
                "message": other.message,
                "details": other.details,
            }
            for other in others
        ),
    ]
    message = primary.message.removesuffix(_also_clause(primary.rule, earlier)) + _also_clause(
        primary.rule, also
    )
    return primary._replace(message=message, details={**primary.details, "also": also})


def _also_clause(rule: str, facets: Sequence[dict[str, Any]]) -> str:
    clauses = list(dict.fromkeys(_FACETS[facet["rule"]] for facet in facets if facet["rule"] != rule))
    return f" (also: {'; '.join(clauses)})" if clauses else ""
