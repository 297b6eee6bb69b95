"""One problem, one finding: what several rules raise about the same thing becomes one finding.

The finding that stays gets the others as facets, in its ``details.also`` and as a short clause
in its message. Which one stays:

- a criterion unticked, without evidence and without a link: the most severe (on a tie the missing
  tick, then the missing evidence, then the missing link);
- a note to the author where a criterion's missing evidence should be, or on the criterion's own
  line ("- [ ] **BLOCKED —** …"): the criterion's finding;
- an empty Adoption Assertion: ``adopters``; any other emptied section: ``empty-section``, with
  its missing criteria as facets; a section missing altogether: ``missing-section``, with its
  criteria, and with an empty heading of no template section that stands where it belongs and
  shares its title's own word (a DD summary's "### Adoption Assertion" for its "Adoption
  Evaluation");
- a due-diligence summary claiming the criteria are met over unticked ones: the contradiction,
  with the list of unmet criteria;
- a heading that is still the template's (``Adopter 1 - $COMPANY/$INDUSTRY``): its placeholder
  finding, with the placeholders and template guidance below it, up to the next heading, as
  facets (one finding per unfilled block);
- the same problem found again where the rule says it is one (its findings share a
  ``details.fold`` key: the same placeholder several times in one paragraph or list, the
  unanswered sub-questions of one question, the same broken link at several places, two
  contradictions in one ticked criterion's evidence): the first, with the others' lines in
  ``details.also_at`` and, where the rule gives a ``details.fold_note``, a clause such as "(also
  at lines 100-101 of this paragraph)" (else the others' facets, as below);
- a copied run of paragraphs (a section pasted again, the whole document pasted twice): the
  ``duplicate-content`` finding, with every finding inside the copy that repeats one of the
  first copy (same rule, same message but for line numbers and facets) as a facet, counted
  ("the copy also holds 3 leftover placeholders …"). A finding only the copy has is a problem of
  its own and stays.

Findings about anything else, even on the same line, are left alone. A folded finding is named in
the clause by its ``details.facet`` when its rule gives one ("'MONTH YEAR' left in (line 157)"),
else by its rule's phrase below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from applint.findings import Finding
from applint.text.precompiled import cached_pattern
from applint.text.wording import and_list

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

# What a copy's folded findings are called when they are counted.
_COPY_NOUNS = {
    "placeholder": ("leftover placeholder", "leftover placeholders"),
    "unfilled-block": ("block still the template's", "blocks still the template's"),
    "template-instructions": ("piece of template guidance", "pieces of template guidance"),
    "empty-section": ("empty section", "empty sections"),
    "dangling-intro": ("introduction whose list never comes", "introductions whose lists never come"),
    "unrendered-list": ("list without list markers", "lists without list markers"),
    "unfinished-sentence": ("unfinished sentence", "unfinished sentences"),
    "todo-marker": ("note to the author", "notes to the author"),
    "broken-link": ("broken link", "broken links"),
    "bare-reference": ("bare issue reference", "bare issue references"),
    "evidence-without-link": ("evidence without a link", "pieces of evidence without a link"),
    "missing-criterion": ("missing criterion", "missing criteria"),
    "missing-section": ("missing section", "missing sections"),
    "criterion-without-evidence": ("criterion without evidence", "criteria without evidence"),
    "adopters": ("adopters finding", "adopters findings"),
    "private-document": ("link to a private document", "links to private documents"),
    "hidden-evidence": ("piece of evidence hidden in a comment", "pieces of evidence hidden in comments"),
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
        current = [self.replaced.get(id(other)) or other for other in others]
        self.replaced[id(primary)] = _with_facets(self.replaced.get(id(primary)) or primary, current)
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


def _template_headings(merger: _Merger) -> None:
    """A heading still the template's: what is left of the template below it is part of it."""
    for heading in merger.findings:
        end = heading.details.get("heading_end")
        if heading.rule != "placeholder" or not isinstance(end, int) or not merger.alive(heading):
            continue
        below = [
            f
            for f in merger.findings
            if f.rule in ("placeholder", "template-instructions")
            and heading.position < f.position <= end
            and merger.alive(f)
        ]
        if below:
            merger.fold(heading, below)


def _within_copies(merger: _Merger) -> None:
    """Findings a copy repeats from its first copy become facets of the copy's finding."""
    for copy in merger.findings:
        span, original = copy.details.get("copy_lines"), copy.details.get("original_lines")
        if copy.rule != "duplicate-content" or not isinstance(span, list) or not isinstance(original, list):
            continue
        current = [merger.replaced.get(id(f), f) for f in merger.findings]
        first = {
            (f.rule, _without_numbers(f.message))
            for f in current
            if f is not None
            and original[0] <= f.position <= original[1]
            and not span[0] <= f.position <= span[1]  # (a run may overlap the text it repeats)
        }
        repeated = [
            f
            for f, now in zip(merger.findings, current, strict=True)
            if now is not None
            and f is not copy
            and span[0] <= f.position <= span[1]
            and (now.rule, _without_numbers(now.message)) in first
        ]
        if repeated:
            merger.fold(copy, repeated)


def _repeats(merger: _Merger) -> None:
    """Findings of one rule sharing a ``details.fold`` key become one, at the first."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in merger.findings:
        key = finding.details.get("fold")
        if isinstance(key, str) and merger.alive(finding):
            groups.setdefault((finding.rule, key), []).append(finding)
    for group in groups.values():
        if len(group) > 1:
            merger.fold(group[0], group[1:])


def _without_numbers(message: str) -> str:
    """A message without its facets and its line numbers, which differ between two copies."""
    message = message.split(" (also", 1)[0]
    return cached_pattern(r"\b(?:lines?|paragraphs?) \d+(?:-\d+)?").sub("#", message)


def _criteria_of_missing_sections(merger: _Merger) -> None:
    sections = [f for f in merger.findings if f.rule == "missing-section" and f.section]
    for finding in merger.findings:
        if finding.rule == "missing-criterion" and finding.section:
            whole = next((f for f in sections if _within(finding.section, f.section or "")), None)
            if whole is not None:
                merger.fold(whole, [finding])


# Words many section titles share, which do not make two titles name one thing.
_TITLE_WORDS_SHARED = frozenset(
    {"summary", "criteria", "evaluation", "assertion", "assessment", "suggested", "required", "project"}
)


def _title_words(title: str) -> set[str]:
    words = cached_pattern(r"[a-z]+").findall(title.lower())
    return {word for word in words if len(word) > 3 and word not in _TITLE_WORDS_SHARED}


def _stand_ins_for_missing_sections(merger: _Merger) -> None:
    """An empty heading of no template section, standing where a missing section belongs and
    sharing its title's own word ("### Adoption Assertion", an application's heading, inside the
    DD summary that lacks its "Adoption Evaluation"): one problem, the missing section's."""
    missing = [
        f
        for f in merger.findings
        if f.rule == "missing-section"
        and isinstance(f.details.get("within"), list)
        and f.details.get("title")
    ]
    for empty in merger.findings:
        title = empty.details.get("title")
        if empty.rule != "empty-section" or empty.section is not None or not isinstance(title, str):
            continue
        owner = next(
            (
                f
                for f in missing
                if f.details["within"][0] <= empty.position <= f.details["within"][1]
                and _title_words(title) & _title_words(str(f.details["title"]))
                and merger.alive(f)
            ),
            None,
        )
        if owner is not None and merger.alive(empty):
            merger.fold(owner, [empty])


_STEPS: tuple[Callable[[_Merger], None], ...] = (
    _by_criterion,
    _empty_sections,
    _stand_ins_for_missing_sections,
    _notes_at_criteria,
    _unmet_in_contradiction,
    _criteria_of_missing_sections,
    _template_headings,
    _repeats,
    _within_copies,
)


def _within(section: str, outer: str) -> bool:
    """Whether a template section id is ``outer`` or lies inside it (ids nest with dots)."""
    return section == outer or section.startswith(outer + ".")


def _with_facets(primary: Finding, others: Sequence[Finding]) -> Finding:
    """The primary finding with ``others`` added to its facets; its message ends in one "(also: …)"
    clause naming every facet, however many folds it took to gather them. Those that repeat it (the
    same ``details.fold``) add their places to ``details.also_at``."""
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
    details = {**primary.details, "also": also}
    again = [
        position
        for other in others
        if _repeats_primary(primary, other.rule, other.details)
        for position in (other.position, *other.details.get("also_at", ()))
    ]
    if again:
        details["also_at"] = sorted({*primary.details.get("also_at", ()), *again})
    folded = primary._replace(details=details)
    message = primary.message.removesuffix(_also_clause(primary)) + _also_clause(folded)
    return folded._replace(message=message)


def _repeats_primary(primary: Finding, rule: str, details: Mapping[str, Any]) -> bool:
    """Whether a facet is the primary's own problem found again (the same rule and fold key)."""
    key = primary.details.get("fold")
    return rule == primary.rule and key is not None and details.get("fold") == key


def _also_clause(finding: Finding) -> str:
    facets: Sequence[dict[str, Any]] = finding.details.get("also", ())
    if finding.rule == "duplicate-content" and "fold_note" not in finding.details:  # (a sentence's folds)
        return _copy_clause(facets)
    note = finding.details.get("fold_note")
    places = finding.details.get("also_at")
    repeated = ""
    if isinstance(note, str) and places:
        unit = "line" if finding.line is not None else "paragraph"
        elsewhere = [place for place in places if place != finding.position]
        parts = [note.replace("{where}", _places(unit, elsewhere))] if elsewhere else []
        if len(elsewhere) < len(places):  # (a link given twice on one line)
            parts.append(f"the same again on this {unit}")
        repeated = f" ({'; '.join(parts)})"
    clauses = list(
        dict.fromkeys(
            str(facet["details"].get("facet") or _FACETS[facet["rule"]])
            for facet in facets
            if not (isinstance(note, str) and _repeats_primary(finding, facet["rule"], facet["details"]))
            and (facet["rule"] != finding.rule or facet["details"].get("facet"))
        )
    )
    return repeated + (f" (also: {'; '.join(clauses)})" if clauses else "")


def _places(unit: str, positions: Sequence[int]) -> str:
    """'line 66', 'lines 139-143', 'lines 66, 90-92 and 601'."""
    runs: list[list[int]] = []
    for position in sorted(positions):
        if runs and position == runs[-1][-1] + 1:
            runs[-1].append(position)
        else:
            runs.append([position])
    parts = [str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs]
    listed = and_list(parts)
    return f"{unit}{'s' if len(positions) > 1 else ''} {listed}"


def _copy_clause(facets: Sequence[dict[str, Any]]) -> str:
    """'(the copy also holds 3 leftover placeholders and 1 empty section, as the first copy does)'."""
    counts: dict[str, int] = {}
    for facet in facets:
        # A heading still the template's, with what is under it, is a block, not one placeholder.
        kind = "unfilled-block" if facet["details"].get("heading_end") else facet["rule"]
        counts[kind] = counts.get(kind, 0) + 1
    parts = []
    for rule, count in counts.items():
        one, many = _COPY_NOUNS.get(rule, (f"{rule} finding", f"{rule} findings"))
        parts.append(f"{count} {one if count == 1 else many}")
    if not parts:
        return ""
    listed = and_list(parts)
    return f" (the copy also holds {listed}, as the first copy does)"
