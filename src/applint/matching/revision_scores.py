"""How well each revision of a kind explains a document: the whole-document score detection ranks
revisions by, and the evidence (statements, their places, section titles) it was computed from,
which ``distinguishing`` reads to decide between revisions that score close.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Final

from applint.matching import dd
from applint.matching.distinguishing import KEPT_MARKER, TITLE, features
from applint.matching.mapping import (
    ELSEWHERE_THRESHOLD,
    PLAIN_THRESHOLD,
    least_useful_score,
    normalized_title_matches,
    one_to_one,
)
from applint.matching.statements import candidates, kind_index, statement_scores
from applint.model import BlockKind, Document
from applint.templates.records import Template, TemplateSection
from applint.text.normalize import normalize_title

HEADING_WEIGHT = 0.5


class RevisionIndex:
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
        self.features = _Features(revisions, spelled)

    def heading_score(self, template: Template, found: set[str]) -> float:
        """Section titles of this revision found, less titles found that only other revisions have."""
        score = sum(1.0 for section_id in self.titles_for[template.id] if section_id in found)
        return score - sum(1.0 for section_id in self.titles_against[template.id] if section_id in found)


class _Features(Mapping[str, frozenset[str]]):
    """Each revision's distinguishing features (``distinguishing.features``), by template id, each
    made when first asked for: only the revisions scoring close to the best are ever compared, two
    or three of a kind's nine to twelve."""

    def __init__(self, revisions: tuple[Template, ...], spelled: dict[str, str]) -> None:
        self._revisions = {template.id: template for template in revisions}
        self._spelled = spelled  # one spelling per normalised title
        self._made: dict[str, frozenset[str]] = {}

    def __getitem__(self, template_id: str) -> frozenset[str]:
        made = self._made.get(template_id)
        if made is None:
            template = self._revisions[template_id]
            spelled = self._spelled
            made = self._made[template_id] = features(
                template,
                {
                    spelled[normalize_title(s.title)]
                    for s in template.walk()
                    if dd.counts_as_title(template, s)
                },
            )
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._revisions)

    def __len__(self) -> int:
        return len(self._revisions)


@functools.lru_cache(maxsize=4)
def _revision_index(revisions: tuple[Template, ...]) -> RevisionIndex:
    return RevisionIndex(revisions)


class Evidence:
    """What the document offers for telling revisions apart: its statements (criteria text ->
    similarity, above the matching threshold) and its section titles (as features)."""

    __slots__ = ("index", "lines", "statements", "titles")

    def __init__(
        self,
        index: RevisionIndex,
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
    return score_with_evidence(document, revisions)[0]


def score_with_evidence(
    document: Document, revisions: tuple[Template, ...]
) -> tuple[dict[Template, float], Evidence]:
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
        candidates(document), statement_scores(document, known.index, least_useful_score), strict=True
    ):
        threshold = ELSEWHERE_THRESHOLD if candidate.emphasized else PLAIN_THRESHOLD
        scores = {position: score for position, score in all_scores.items() if score >= threshold}
        if scores:
            statements.append(scores)
            lines.append(None if _kept_on_purpose(document, candidate.block_index) else candidate.block.line)
    doc_titles = tuple(block.text for block in document.blocks if block.kind is BlockKind.HEADING)
    found = _titles_found(doc_titles, known.sections)
    # Every (similarity, criterion text, statement) pair, best first, sorted once: a revision's
    # pairs are those of its own texts, in the same order.
    ranked = sorted(
        (
            (score, position, number)
            for number, scores in enumerate(statements)
            for position, score in scores.items()
        ),
        reverse=True,
    )
    best_of = [max(scores.values()) for scores in statements]
    result: dict[Template, float] = {}
    for template in revisions:
        own = known.own[template.id]
        accepted = one_to_one(
            ((position, number, similarity) for similarity, position, number in ranked if position in own),
            min(len(own), len(statements)),
        )
        used_texts = {position for position, _, _ in accepted}
        used_statements = {number for _, number, _ in accepted}
        score = sum(similarity for _, _, similarity in accepted)
        # Criteria the revision has and the document lacks count against it in proportion to how
        # much of the revision the document does answer: a nearly empty draft then says nothing
        # about its revision (the declared label decides), while a complete one missing a
        # criterion that only some revisions have points away from those revisions.
        coverage = len(used_texts) / len(own) if own else 0.0
        score -= 0.5 * coverage * (len(own) - len(used_texts))
        for number, best in enumerate(best_of):
            if number not in used_statements:
                score -= best
        score += HEADING_WEIGHT * known.heading_score(template, found)
        if template.due_diligence:
            score += HEADING_WEIGHT * dd.structure_score(document, template)
        result[template] = score
    texts = known.texts
    evidence = Evidence(
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
    """Ids of the template sections some document heading names (each heading's title normalised
    once, not once per section)."""
    normalized = [norm for norm in dict.fromkeys(map(normalize_title, doc_titles)) if norm]
    return {
        section.id
        for section in sections
        if any(normalized_title_matches(norm, section) for norm in normalized)
    }
