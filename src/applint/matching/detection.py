"""Which template a document was written from: kind from the title, label from the version line,
revision from the content.

The version line is only a hint: the revision chosen is the one whose criteria (exact wording
included) and section titles best explain the document. Revisions that score close are decided by
what tells them apart (``distinguishing``); ties go to the declared label, then to the newest
revision.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from applint.matching import dd
from applint.matching.distinguishing import (
    KEPT_MARKER,
    TITLE,
    Borrowed,
    Decision,
    borrowed_criteria,
    contained,
    decide,
    features,
)
from applint.matching.mapping import ELSEWHERE_THRESHOLD, PLAIN_THRESHOLD, one_to_one, title_matches
from applint.matching.statements import candidates, kind_index, statement_scores
from applint.model import EMPTY_MAPPING, BlockKind, Document
from applint.templates.catalog import latest_of, revisions_of
from applint.templates.records import Template, TemplateSection
from applint.text.normalize import normalize, normalize_title
from applint.text.patterns import LazyPattern

VERSION_LINE = re.compile(r"^\W*(?:template\s+)?(?:version\s+)?v(\d+\.\d+)\b(.*)$", re.IGNORECASE)
OTHER_VERSION = LazyPattern(r"\bv(\d+\.\d+)\b", re.IGNORECASE)
# A version named in a sentence near the title: "Written from the v1.6 incubation template, June 2026".
PROSE_VERSION = LazyPattern(
    r"\bv(\d+\.\d+)\b[^.\n]{0,50}?\btemplate\b|\btemplate\b[^.\n]{0,30}?\bv(\d+\.\d+)\b", re.IGNORECASE
)
KIND_WORDS = {"graduation": "graduation", "graduate": "graduation", "incubation": "incubation"}
# How far below the title a version line may sit.
VERSION_SEARCH_LINES = 12
HEADING_WEIGHT = 0.5


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


def detect_kind(document: Document) -> tuple[str | None, str]:
    """The template kind and where it was read: front matter, the title, or another heading."""
    for key in ("title", "name", "labels"):
        kind = _kind_in(document.front_matter.get(key, ""))
        if kind:
            return kind, f"front matter '{key}'"
    headings = [block for block in document.blocks if block.kind is BlockKind.HEADING]
    for block in headings:
        norm = normalize(block.text)
        if block.level <= 2 and re.search(r"\b(graduation|incubation) (application|due diligence)\b", norm):
            return _kind_in(norm), f"title '{block.text}'"
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
        if match and (len(line) < 120 or re.match(r"v\d+\.\d+\s", line)):
            label = f"v{match.group(1)}"
            others = tuple(
                dict.fromkeys(f"v{v}" for v in OTHER_VERSION.findall(match.group(2)) if f"v{v}" != label)
            )
            return VersionLine(label, index + 1, document.source_lines[index].strip(), others)
        prose = PROSE_VERSION.search(line) if "emplate" in line and line[:1] != "|" else None
        if prose:
            return VersionLine(f"v{prose.group(1) or prose.group(2)}", index + 1, line)
    return None


def select_template(document: Document, forced: Template | None = None) -> Selection:
    """Choose the revision to check the document against."""
    kind, kind_source = detect_kind(document)
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
    evidence: dict[str, _Evidence] = {}
    for each_kind in kinds:
        revisions = revisions_of(each_kind)
        scores, evidence[each_kind] = _score(document, revisions)
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
        chosen, decision = decide(
            [(item[4], item[0]) for item in scored if item[4].kind == best_kind],
            found.index.features,
            stated,
            found.titles,
            lambda template: preference[template.id],
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


class _RevisionIndex:
    """What scoring derives from one kind's revisions alone, built once per process: every
    revision's criteria texts in one inverted index, and what each revision's titles are worth."""

    def __init__(self, revisions: tuple[Template, ...]) -> None:
        shared = kind_index(revisions)  # mapping reads the same index for the revision chosen
        self.index = shared.index
        self.texts = shared.texts
        self.own = {
            template.id: frozenset(shared.position_of[criterion.text] for criterion in template.criteria)
            for template in revisions
        }
        # A section id fixes its titles, so which sections the headings name is found once.
        self.sections = tuple({section.id: section for t in revisions for section in t.walk()}.values())
        self.titles_for: dict[str, tuple[str, ...]] = {}
        self.titles_against: dict[str, tuple[str, ...]] = {}
        # Each title any revision uses, with the section of the last revision that uses it.
        last_with_title = {
            normalize_title(section.title): section for revision in revisions for section in revision.walk()
        }
        for template in revisions:
            own = {normalize_title(section.title): section for section in template.walk()}
            self.titles_for[template.id] = tuple(
                section.id for section in own.values() if dd.counts_as_title(template, section)
            )
            # By title: a section another revision titles two ways counts once per title.
            self.titles_against[template.id] = tuple(
                section.id for title, section in last_with_title.items() if title not in own
            )
        # Each title, as a distinguishing feature: one spelling per normalised title.
        spelled = {normalize_title(s.title): s.title for s in reversed(self.sections)}
        self.title_feature = {s.id: TITLE + spelled[normalize_title(s.title)] for s in self.sections}
        self.features = {
            template.id: features(
                template,
                {
                    spelled[normalize_title(s.title)]
                    for s in template.walk()
                    if dd.counts_as_title(template, s)
                },
            )
            for template in revisions
        }

    def heading_score(self, template: Template, found: set[str]) -> float:
        """Section titles of this revision found, less titles found that only other revisions have."""
        score = sum(1.0 for section_id in self.titles_for[template.id] if section_id in found)
        return score - sum(1.0 for section_id in self.titles_against[template.id] if section_id in found)


@functools.lru_cache(maxsize=4)
def _revision_index(revisions: tuple[Template, ...]) -> _RevisionIndex:
    return _RevisionIndex(revisions)


class _Evidence:
    """What the document offers for telling revisions apart: its statements (criteria text ->
    similarity, above the matching threshold) and its section titles (as features)."""

    __slots__ = ("index", "lines", "statements", "titles")

    def __init__(
        self,
        index: _RevisionIndex,
        statements: list[dict[str, float]],
        lines: list[int | None],
        titles: frozenset[str],
    ) -> None:
        self.index: Final = index
        self.statements: Final = statements
        self.lines: Final = lines  # where each statement is; None: kept on purpose by `upgrade`
        self.titles: Final = titles


def score_revisions(document: Document, revisions: tuple[Template, ...]) -> dict[Template, float]:
    """How well each revision explains the document's criteria and headings (higher is better)."""
    return _score(document, revisions)[0]


def _score(document: Document, revisions: tuple[Template, ...]) -> tuple[dict[Template, float], _Evidence]:
    """How well each revision explains the document's criteria and headings (higher is better),
    and the evidence it was scored on.

    Per revision, the document's statements are matched one-to-one to the revision's criteria
    (best score first): matched similarity counts for it; each criterion left unmatched counts
    against it, weighted by the share of the revision the document answers; each statement that
    only another revision's wording explains counts against it; section titles found count for
    the revisions that have them, and against those that do not have them.
    """
    known = _revision_index(revisions)
    statements: list[dict[int, float]] = []
    lines: list[int | None] = []
    for candidate, all_scores in zip(
        candidates(document), statement_scores(document, known.index), strict=True
    ):
        threshold = ELSEWHERE_THRESHOLD if candidate.emphasized else PLAIN_THRESHOLD
        scores = {position: score for position, score in all_scores.items() if score >= threshold}
        if scores:
            statements.append(scores)
            lines.append(None if _kept_on_purpose(document, candidate.block_index) else candidate.block.line)
    doc_titles = tuple(block.text for block in document.blocks if block.kind is BlockKind.HEADING)
    found = _titles_found(doc_titles, known.sections)
    result: dict[Template, float] = {}
    for template in revisions:
        own = known.own[template.id]
        pairs = sorted(
            (
                (score, position, number)
                for number, scores in enumerate(statements)
                for position, score in scores.items()
                if position in own
            ),
            reverse=True,
        )
        accepted = one_to_one((position, number, similarity) for similarity, position, number in pairs)
        used_texts = {position for position, _, _ in accepted}
        used_statements = {number for _, number, _ in accepted}
        score = sum(similarity for _, _, similarity in accepted)
        # Criteria the revision has and the document lacks count against it in proportion to how
        # much of the revision the document does answer: a nearly empty draft then says nothing
        # about its revision (the declared label decides), while a complete one missing a
        # criterion that only some revisions have points away from those revisions.
        coverage = len(used_texts) / len(own) if own else 0.0
        score -= 0.5 * coverage * (len(own) - len(used_texts))
        for number, scores in enumerate(statements):
            if number not in used_statements:
                score -= max(scores.values())
        score += HEADING_WEIGHT * known.heading_score(template, found)
        if template.due_diligence:
            score += HEADING_WEIGHT * dd.structure_score(document, template)
        result[template] = score
    texts = known.texts
    evidence = _Evidence(
        known,
        [{texts[position]: score for position, score in scores.items()} for scores in statements],
        lines,
        frozenset(known.title_feature[section_id] for section_id in found),
    )
    return result, evidence


def _kept_on_purpose(document: Document, index: int) -> bool:
    """True for a statement right under the comment ``applint upgrade`` leaves on a criterion it kept."""
    before = document.blocks[index - 1] if index > 0 else None
    return before is not None and before.kind is BlockKind.COMMENT and bool(KEPT_MARKER.match(before.text))


def _titles_found(doc_titles: tuple[str, ...], sections: tuple[TemplateSection, ...]) -> set[str]:
    """Ids of the template sections some document heading names."""
    return {section.id for section in sections if any(title_matches(title, section) for title in doc_titles)}
