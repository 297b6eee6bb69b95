"""Which template a document was written from: kind from the title, label from the version line,
revision from the content.

The version line is only a hint: the revision chosen is the one whose criteria (exact wording
included) and section titles best explain the document. Revisions that score close are decided by
what tells them apart (``distinguishing``); ties go to the declared label, then to the newest
revision.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from applint.matching import dd
from applint.matching.distinguishing import (
    CLOSE_MARGIN,
    Borrowed,
    Decision,
    borrowed_criteria,
    contained,
    decide,
)
from applint.matching.revision_scores import Evidence, score_with_evidence
from applint.model import EMPTY_MAPPING, BlockKind, Document
from applint.templates.catalog import latest_of, revisions_of
from applint.templates.records import Template
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern, compile_pattern

if TYPE_CHECKING:  # imported by AskedLevel itself, only for a document with no application title
    from applint.matching.proposals import ProposalLevel

# A release number ("* [v0.4.3 is the latest release](…)") is no template version: templates have two parts.
VERSION_LINE = compile_pattern(
    r"^\W*(?:template\s+)?(?:version\s+)?v(\d+\.\d+)\b(?!\.\d)(.*)$", re.IGNORECASE
)
OTHER_VERSION = LazyPattern(r"\bv(\d+\.\d+)\b", re.IGNORECASE)
# A version named in a sentence near the title: "Written from the v1.6 incubation template, June 2026".
PROSE_VERSION = LazyPattern(
    r"\bv(\d+\.\d+)\b[^.\n]{0,50}?\btemplate\b|\btemplate\b[^.\n]{0,30}?\bv(\d+\.\d+)\b", re.IGNORECASE
)
KIND_WORDS = {"graduation": "graduation", "graduate": "graduation", "incubation": "incubation"}
# How far below the title a version line may sit.
VERSION_SEARCH_LINES = 12


class VersionLine:
    """The declared label and where it is; ``others`` are further labels on the same line."""

    __slots__ = ("label", "line", "others", "text")

    def __init__(
        self,
        label: str,
        line: int,
        text: str,
        others: tuple[str, ...] = (),
    ) -> None:
        self.label: Final = label
        self.line: Final = line
        self.text: Final = text
        self.others: Final = others

    @property
    def hybrid(self) -> bool:
        return bool(self.others)


class Selection:
    """The template a document is checked against, and why."""

    __slots__ = (
        "borrowed",
        "by_content",
        "contained",
        "decision",
        "due_diligence",
        "forced",
        "kind",
        "kind_source",
        "runner_up",
        "score",
        "scores",
        "template",
        "version",
    )

    def __init__(
        self,
        template: Template,
        kind: str | None,
        kind_source: str,
        version: VersionLine | None,
        by_content: bool,
        score: float = 0.0,
        runner_up: tuple[str, float] | None = None,
        forced: bool = False,
        scores: Mapping[str, float] = EMPTY_MAPPING,
        due_diligence: bool = False,
        decision: Decision | None = None,
        contained: frozenset[str] = frozenset(),
        borrowed: tuple[Borrowed, ...] = (),
    ) -> None:
        self.template: Final = template
        self.kind: Final = kind
        self.kind_source: Final = kind_source
        self.version: Final = version
        self.by_content: Final = by_content
        self.score: Final = score
        self.runner_up: Final = runner_up
        self.forced: Final = forced
        self.scores: Final = scores
        self.due_diligence: Final = due_diligence
        # Why the template won over the runner-up, when their scores were close.
        self.decision: Final = decision
        # The criteria texts of any revision of the kind that the document states.
        self.contained: Final = contained
        # Criteria the document states in another revision's wording: a hybrid of revisions.
        self.borrowed: Final = borrowed

    @property
    def hybrid(self) -> bool:
        """True when the document states criteria in the wording of a revision not chosen."""
        return bool(self.borrowed)


def close_revisions(selection: Selection) -> tuple[Template, ...]:
    """The chosen template and every other revision of its kind whose whole-document score is
    within CLOSE_MARGIN of the chosen one's: the revisions the document may equally have been
    written from (only the chosen one when the template was forced or nothing was scored)."""
    chosen = selection.template
    if selection.forced or chosen.id not in selection.scores:
        return (chosen,)
    floor = selection.scores[chosen.id] - CLOSE_MARGIN
    others = tuple(
        template
        for template in revisions_of(chosen.kind)
        if template.id != chosen.id and selection.scores.get(template.id, floor - 1) >= floor
    )
    return (chosen, *others)


class AskedLevel:
    """The level a document asks for the way a free-form proposal does (``proposals.proposal_level``),
    read on first use and kept: the engine asks it of a document with no application title before
    choosing a template (``engine.read_as``), and ``detect_kind`` of one whose title names no kind
    while choosing it; one reading answers both."""

    __slots__ = ("_document", "_found", "_read")

    def __init__(self, document: Document) -> None:
        self._document: Final = document
        self._found: ProposalLevel | None = None
        self._read = False

    def found(self) -> ProposalLevel | None:
        """The level asked for and its line, or None for a document that asks for none."""
        if not self._read:
            from applint.matching.proposals import proposal_level  # a document with no application title

            self._found = proposal_level(self._document)
            self._read = True
        return self._found


def detect_kind(document: Document, asked: AskedLevel | None = None) -> tuple[str | None, str]:
    """The template kind and where it was read: front matter, the title, the level a free-form
    proposal asks for in its opening (``asked``, when the caller has read it), or another heading."""
    for key in ("title", "name", "labels"):
        kind = _kind_in(document.front_matter.get(key, ""))
        if kind:
            return kind, f"front matter '{key}'"
    headings = [block for block in document.blocks if block.kind is BlockKind.HEADING]
    for block in headings:
        norm = normalize(block.text)
        if block.level <= 2 and cached_pattern(
            r"\b(graduation|incubation) (application|due diligence)\b"
        ).search(norm):
            return _kind_in(norm), f"title '{block.text}'"
    proposal = (asked or AskedLevel(document)).found()
    if proposal is not None:  # "**Vitess Graduation Proposal**" over "### CNCF Incubation Criteria"
        return proposal.level, f"the level it asks for, line {proposal.line}"
    for block in headings:
        if block.level <= 2:
            kind = _kind_in(block.text)
            if kind:
                return kind, f"heading '{block.text}'"
    return None, "nothing in the title or front matter"


_APPLICATION_TITLE = LazyPattern(
    r"\b(?:graduation|graduate|incubation)\b.*\b(?:application|applying|due diligence|proposal)\b"
    r"|\b(?:application|applying|due diligence|proposal)\b.*\b(?:graduation|graduate|incubation)\b"
)


def is_titled_application(document: Document) -> bool:
    """True when the front matter's title or a title heading (any H1, or the first heading) names
    a Graduation or Incubation application, proposal or due diligence."""
    if any(
        _APPLICATION_TITLE.search(normalize(document.front_matter.get(key, ""))) for key in ("title", "name")
    ):
        return True
    headings = document.headings()
    titles = [block for block in headings if block.level == 1] + headings[:1]
    return any(_APPLICATION_TITLE.search(normalize(block.text)) for block in titles)


def is_due_diligence(document: Document) -> bool:
    """True for a TOC due-diligence document, not the applicant's issue (see matching.dd)."""
    return dd.is_due_diligence(document)


def _pasted(
    document: Document, chosen: Template, ranked: list[tuple[Template, float]], stated: frozenset[str]
) -> frozenset[str]:
    """The criteria the document keeps from older text pasted into it (``pasted_criteria``),
    looked for only when a revision newer than the chosen one scores close."""
    best = ranked[0][1]
    newer = [
        template
        for template, score in ranked
        if score >= best - CLOSE_MARGIN and template.revision_date > chosen.revision_date
    ]
    if not newer:
        return frozenset()
    from applint.matching.pasted_criteria import pasted_criteria  # a close newer revision only

    return pasted_criteria(document, chosen, newer, stated)


def _kind_in(text: str) -> str | None:
    for word in normalize(text).split():
        if word in KIND_WORDS:
            return KIND_WORDS[word]
    return None


def find_version_line(document: Document) -> VersionLine | None:
    """The version line under the title (``v1.6``), if there is one."""
    anchor = 0
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and "application" in normalize(block.text):
            anchor = block.line - 1
            break
    code_lines = {
        line
        for block in document.blocks
        if block.kind is BlockKind.CODE
        for line in range(block.line, block.end_line + 1)
    }
    stop = min(document.line_count, anchor + VERSION_SEARCH_LINES)
    for index in range(anchor, stop):
        if index + 1 in code_lines:
            continue
        match = VERSION_LINE.match(document.source_lines[index].strip())
        line = document.source_lines[index].strip()
        if match and match.group(2).startswith("](") and "[" not in line[: match.start(2)]:
            continue  # a link's text wrapped onto this line: "[CNCF Graduation Criteria\nv1.3](…)"
        if match and (len(line) < 120 or cached_pattern(r"v\d+\.\d+\s").match(line)):
            label = f"v{match.group(1)}"
            others = tuple(
                dict.fromkeys(f"v{v}" for v in OTHER_VERSION.findall(match.group(2)) if f"v{v}" != label)
            )
            return VersionLine(label, index + 1, document.source_lines[index].strip(), others)
        prose = PROSE_VERSION.search(line) if "emplate" in line and line[:1] != "|" else None
        if prose:
            return VersionLine(f"v{prose.group(1) or prose.group(2)}", index + 1, line)
    return None


def select_template(
    document: Document, forced: Template | None = None, asked: AskedLevel | None = None
) -> Selection:
    """Choose the revision to check the document against (``asked``: the level it asks for as a
    free-form proposal, when the caller has read it)."""
    kind, kind_source = detect_kind(document, asked)
    version = find_version_line(document)
    due_diligence = is_due_diligence(document)
    if forced is not None:
        due_diligence = due_diligence or forced.due_diligence
        return Selection(
            forced, kind, kind_source, version, by_content=False, forced=True, due_diligence=due_diligence
        )
    kinds = [kind] if kind else ["graduation", "incubation"]
    if due_diligence:  # a DD document is checked against the TOC's DD template, never the application's
        kinds = [dd.dd_kind(each) for each in kinds]
    scored: list[tuple[float, bool, str, int, Template]] = []
    evidence: dict[str, Evidence] = {}
    for each_kind in kinds:
        revisions = revisions_of(each_kind)
        scores, evidence[each_kind] = score_with_evidence(document, revisions)
        for template, score in scores.items():
            declared = version is not None and version.label == template.label
            # DD texts of one day can tie on content (they differ in a note): the newest wins.
            order = revisions.index(template) if due_diligence else 0
            scored.append((score, declared, template.revision_date, order, template))
    if not scored:
        template = latest_of(kinds[0])
        return Selection(template, kind, kind_source, version, by_content=False, due_diligence=due_diligence)
    scored.sort(key=lambda item: item[:4], reverse=True)
    best_kind = scored[0][4].kind
    preference = {item[4].id: (item[1], item[2], item[3]) for item in scored}
    found = evidence[best_kind]
    stated = contained(found.statements)
    chosen, decision = scored[0][4], None
    if not due_diligence:
        # DD texts differ mostly in structure (which areas have Suggested/Required), which the
        # whole-document score weighs and distinguishing criteria do not: their score decides.
        ranked = [(item[4], item[0]) for item in scored if item[4].kind == best_kind]
        chosen, decision = decide(
            ranked, found.index.features, stated, found.titles, lambda template: preference[template.id]
        )
        pasted = _pasted(document, chosen, ranked, stated)
        if pasted:  # criteria kept from pasted older text tell no revision apart: decide without them
            chosen, decision = decide(
                ranked,
                found.index.features,
                stated,
                found.titles,
                lambda template: preference[template.id],
                pasted,
            )
    chosen_score = next(item[0] for item in scored if item[4] is chosen)
    if decision is not None:
        runner_up: tuple[str, float] | None = (decision.runner_up.template_id, decision.runner_up.score)
    else:
        runner = next((item for item in scored if item[4].id != chosen.id), None)
        runner_up = (runner[4].id, round(runner[0], 3)) if runner else None
    return Selection(
        chosen,
        kind,  # as read from the document: None says no title or front matter named the kind
        kind_source,
        version,
        by_content=True,
        score=round(chosen_score, 3),
        runner_up=runner_up,
        scores={item[4].id: round(item[0], 3) for item in scored},
        due_diligence=due_diligence,
        decision=decision,
        contained=stated,
        borrowed=()
        if due_diligence
        else borrowed_criteria(found.statements, found.lines, chosen, revisions_of(best_kind)),
    )
