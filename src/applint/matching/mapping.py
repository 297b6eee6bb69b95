"""Mapping of a document onto a template: which heading is which section, which block which criterion.

Sections match by title (case, spacing, punctuation, placeholders and trailing words ignored).
Criteria match by the Dice similarity of their meaningful words, found through an inverted
index so a document is never compared with every criterion by edit distance. Each criterion is
matched at most once and each block holds at most one criterion (greedy, best score first).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from applint.matching.rewording import pair_reworded
from applint.matching.statements import (
    Candidate,
    CriterionIndex,
    any_score,
    candidates,
    forget_statement_scores,
    kind_index,
    statement_scores,
)
from applint.matching.structure import Section, build_sections
from applint.model import Block, BlockKind, Document
from applint.templates.catalog import revisions_of
from applint.templates.records import Criterion, Template, TemplateSection
from applint.text.normalize import normalize_title
from applint.text.similarity import containment

GENERIC_TITLES = frozenset({"suggested", "required"})
# Minimum similarity for a match: a checkbox or bold statement inside the criterion's own
# section, the same elsewhere in the document, and a plain paragraph anywhere.
IN_SECTION_THRESHOLD = 0.5
ELSEWHERE_THRESHOLD = 0.65
PLAIN_THRESHOLD = 0.8
# A checkbox or bold statement of at least this many words, inside the section, whose words all
# come from one criterion is that criterion with a clause dropped (scored a little below exact).
TRIMMED_MIN_WORDS = 3
TRIMMED_WEIGHT = 0.9


class Mapping:
    """Where the template's sections and criteria are in the document."""

    __slots__ = ("criteria", "reworded", "root", "scores", "sections", "stand_ins")

    def __init__(
        self,
        root: Section,
        sections: dict[str, Section],
        criteria: dict[str, int],
        scores: dict[str, float],
        reworded: frozenset[str] = frozenset(),
        stand_ins: dict[str, int] | None = None,
    ) -> None:
        self.root: Final = root
        self.sections: Final = sections
        self.criteria: Final = criteria
        self.scores: Final = scores
        # Criteria found only by pairing a reworded item with them (matching/rewording.py).
        self.reworded: Final = reworded
        # Template sections without a heading whose title opens a paragraph in bold ("**Final
        # Assessment**", "**Suggested:** N/A"): the section is there, written without markup.
        self.stand_ins: Final = stand_ins or {}

    def how_matched(self, criterion_id: str) -> str:
        """'exact' (the template's words, within the usual tolerance) or 'reworded'."""
        return "reworded" if criterion_id in self.reworded else "exact"

    def section_id_of(self, section: Section) -> str | None:
        """The template section id a document section was matched to, if any."""
        return next((key for key, value in self.sections.items() if value is section), None)

    def block_of(self, criterion: Criterion, document: Document) -> Block | None:
        index = self.criteria.get(criterion.id)
        return document.blocks[index] if index is not None else None


def heading_names(heading: Block, template_section: TemplateSection) -> bool:
    """True when a heading is the template section: its title names it, and a heading much deeper
    than the section does so exactly ("#### Security Response Committee" pasted into an answer is
    not the "## Security" area)."""
    if not title_matches(heading.text, template_section):
        return False
    if heading.level <= template_section.level + 1 or template_section.role == "title":
        return True
    norm = normalize_title(heading.text)
    return any(norm == normalize_title(title) for title in template_section.titles)


def title_matches(doc_title: str, template_section: TemplateSection) -> bool:
    """True when a document heading's title names the template section."""
    doc_norm = normalize_title(doc_title)
    return bool(doc_norm) and normalized_title_matches(doc_norm, template_section)


def normalized_title_matches(doc_norm: str, template_section: TemplateSection) -> bool:
    """``title_matches`` for a heading's title already normalised (``normalize_title``; not empty)."""
    for title in template_section.titles:
        norm = normalize_title(title)
        if not norm:
            continue
        if template_section.role == "title":
            if doc_norm.endswith(norm):
                return True
        elif norm in GENERIC_TITLES:
            if doc_norm == norm:
                return True
        elif doc_norm == norm or doc_norm.startswith(norm + " "):
            return True
        elif doc_norm == _without_dangling_connector(norm):
            return True  # "Incubation Criteria Summary" for "Incubation Criteria Summary for $PROJECT"
        elif _same_words(doc_norm, norm):
            return True  # "Examplo Incubation Evaluation Summary", "Evaluation Summary"
    return False


# Words a title may add, drop or move without naming another section: connectors and the level.
_LOOSE_WORDS = frozenset({"for", "of", "the", "and", "a", "an", "graduation", "incubation"})
# How many words of its own (a project name, "the") a title may add to a template title's words.
EXTRA_TITLE_WORDS = 3


def _same_words(doc_norm: str, norm: str) -> bool:
    """True when a heading has every meaningful word of a template title of two or more such words,
    in any order, and at most EXTRA_TITLE_WORDS more (the project's name in place of $PROJECT)."""
    core = _core_words(norm)
    # Most headings lack a word of most titles: a substring test rejects them before any set is made.
    if len(core) < 2 or not all(word in doc_norm for word in core):
        return False
    words = set(doc_norm.split()) - _LOOSE_WORDS
    return core <= words and len(words - core) <= EXTRA_TITLE_WORDS


@functools.lru_cache(maxsize=4096)
def _core_words(norm: str) -> frozenset[str]:
    """A template title's meaningful words (template titles only: a fixed set per process)."""
    return frozenset(norm.split()) - _LOOSE_WORDS


def names_template_section(title: str, kind: str, *, counterpart: bool = True) -> bool:
    """True when a heading's title names a section some revision of the document's templates asks
    to be filled: of its kind's, and with ``counterpart`` of the other family's of the same level
    (``graduation`` and ``dd-graduation``); not their title, nor a section they mark optional. The
    whole title must name it (its words in any order, the project's name added): "Adoption
    Assertion" is not the "Adoption" section."""
    level = kind.removeprefix("dd-")
    kinds = (level, f"dd-{level}") if counterpart else (kind,)
    doc_norm = normalize_title(title)
    return bool(doc_norm) and any(
        doc_norm == norm or doc_norm == _without_dangling_connector(norm) or _same_words(doc_norm, norm)
        for section in _fillable_sections(kinds)
        for norm in (normalize_title(each) for each in section.titles)
        if norm
    )


@functools.cache
def _fillable_sections(kinds: tuple[str, ...]) -> tuple[TemplateSection, ...]:
    return tuple(
        {
            (section.title, section.aliases): section
            for kind in kinds
            for template in revisions_of(kind)
            for section in template.walk()
            if section.role != "title" and not section.optional
        }.values()
    )


def _without_dangling_connector(norm: str) -> str:
    """A normalised title with the word a removed placeholder left dangling ("summary for")."""
    head, _, last = norm.rpartition(" ")
    return head if head and last in ("for", "of") else norm


def map_sections(template: Template, root: Section) -> dict[str, Section]:
    """Match every template section to at most one document section."""
    matches: dict[str, Section] = {}
    used: set[int] = set()

    def visit(sections: Sequence[TemplateSection], scope: Section | None) -> None:
        for template_section in sections:
            search_in = scope or root
            found = None
            if scope is not None or normalize_title(template_section.title) not in GENERIC_TITLES:
                for candidate in search_in.walk():
                    if candidate.heading is None or id(candidate) in used:
                        continue
                    if heading_names(candidate.heading, template_section):
                        found = candidate
                        break
            if (
                found is None
                and scope is not None
                and normalize_title(template_section.title) not in GENERIC_TITLES
            ):
                # Written at another level ("## Final Assessment" beside its summary, not under it).
                found = next(
                    (
                        candidate
                        for candidate in root.walk()
                        if candidate.heading is not None
                        and id(candidate) not in used
                        and heading_names(candidate.heading, template_section)
                    ),
                    None,
                )
            if found is not None:
                used.add(id(found))
                matches[template_section.id] = found
            child_scope = found if found is not None and template_section.role != "title" else None
            if found is None and template_section.role != "title" and template_section.sections:
                # Without the parent heading, only distinctive child titles can still be found.
                visit(
                    [s for s in template_section.sections if normalize_title(s.title) not in GENERIC_TITLES],
                    None,
                )
                continue
            visit(template_section.sections, child_scope)

    visit(template.sections, None)
    return matches


def map_criteria(
    template: Template, document: Document, root: Section, sections: dict[str, Section]
) -> tuple[dict[str, int], dict[str, float]]:
    """Match template criteria to document blocks; return block indexes and scores by criterion id."""
    criteria = template.criteria
    all_scores, words_of = _criterion_scores(template, document, pairable_only=True)
    # Tier 0: statements inside the criterion's own section, matched first ("within their own
    # section first"); tier 1: anywhere else, at a stricter threshold.
    spans = {criterion.section_id: _span(criterion, template, sections) for criterion in criteria}
    # A list item standing for a dropped box states a criterion only inside its section or area.
    item_spans = {
        criterion.section_id: _span(criterion, template, sections, below_title=True) for criterion in criteria
    }
    pairs: list[tuple[int, float, int, int]] = []
    for candidate, candidate_scores in zip(candidates(document), all_scores, strict=True):
        for position, score in candidate_scores.items():
            span = spans[criteria[position].section_id]
            in_section = span[0] < candidate.block_index < span[1]
            if candidate.stands_for_box:
                item_span = item_spans[criteria[position].section_id]
                in_section = item_span[0] < candidate.block_index < item_span[1]
            if not (candidate.emphasized or (candidate.stands_for_box and in_section)):
                if score >= PLAIN_THRESHOLD:
                    pairs.append((0 if in_section else 1, score, position, candidate.block_index))
            elif in_section:
                if candidate.emphasized and len(candidate.words) >= TRIMMED_MIN_WORDS:
                    # A statement with a clause dropped: its words all come from the criterion
                    # (not a plain list item: "Fluentd Code Base" is no trimmed criterion).
                    score = max(score, TRIMMED_WEIGHT * containment(candidate.words, words_of[position]))
                if score >= IN_SECTION_THRESHOLD:
                    pairs.append((0, score, position, candidate.block_index))
            elif score >= ELSEWHERE_THRESHOLD:
                pairs.append((1, score, position, candidate.block_index))
    forget_statement_scores()  # mapping is their last reader: a long document's scores are large
    pairs.sort(key=lambda pair: (pair[0], -pair[1], pair[3], pair[2]))
    matched: dict[str, int] = {}
    scores: dict[str, float] = {}
    for position, block_index, score in one_to_one((p, b, s) for _tier, s, p, b in pairs):
        matched[criteria[position].id] = block_index
        scores[criteria[position].id] = score
    return matched, scores


def _criterion_scores(
    template: Template, document: Document, pairable_only: bool = False
) -> tuple[Iterator[dict[int, float]], list[frozenset[str]]]:
    """Per candidate, its score with each of the template's criteria (by position), and each
    criterion's words. A shipped revision reads the scores detection already computed against its
    kind's index (translated one candidate at a time: a 3 MB document has 17,000 candidates);
    any other template gets an index of its own. ``pairable_only``: a shipped revision's scores
    that map_criteria cannot pair (``least_useful_score``) are not translated at all."""
    shared = kind_index(revisions_of(template.kind))
    positions = shared.positions(template)
    if positions is None:
        index = CriterionIndex([criterion.text for criterion in template.criteria])
        return (index.scores(candidate.words) for candidate in candidates(document)), index.words
    least_useful = least_useful_score if pairable_only else any_score
    in_template: dict[int, list[int]] = {}
    for position, shared_position in enumerate(positions):
        in_template.setdefault(shared_position, []).append(position)
    translated = (
        {
            position: score
            for shared_position, score in scores.items()
            if score >= floor
            for position in in_template.get(shared_position, ())
        }
        for floor, scores in zip(
            map(least_useful, candidates(document)),
            statement_scores(document, shared.index, least_useful),
            strict=True,
        )
    )
    return translated, [shared.index.words[shared_position] for shared_position in positions]


def least_useful_score(candidate: Candidate) -> float:
    """The lowest score of a candidate that map_criteria can pair: a plain paragraph or list item
    (not written as a criterion, not standing for a dropped box) only at PLAIN_THRESHOLD, so its
    lower scores are not kept at all (revision scoring reads it from PLAIN_THRESHOLD on too); any
    score for the others (a trimmed statement's score is raised by its containment)."""
    return 0.0 if candidate.emphasized or candidate.stands_for_box else PLAIN_THRESHOLD


def one_to_one(
    pairs: Iterable[tuple[int, int, float]], most: int | None = None
) -> list[tuple[int, int, float]]:
    """Accept (criterion, block, score) pairs in the order given, best first, skipping any whose
    criterion or block is already taken: each criterion at most once, each block at most once.
    ``most``: the number of criteria or of blocks the pairs can hold, whichever is fewer; once
    that many are accepted every later pair is taken, and the rest are not read."""
    taken_criteria: set[int] = set()
    taken_blocks: set[int] = set()
    accepted = []
    for criterion, block, score in pairs:
        if criterion in taken_criteria or block in taken_blocks:
            continue
        taken_criteria.add(criterion)
        taken_blocks.add(block)
        accepted.append((criterion, block, score))
        if len(accepted) == most:
            break
    return accepted


def _span(
    criterion: Criterion, template: Template, sections: dict[str, Section], below_title: bool = False
) -> tuple[int, int]:
    """The block indexes strictly between which a block is "in the criterion's section": the
    document section mapped to it (or, when that heading is absent, to the nearest enclosing
    section that is mapped); an empty span when none is. ``below_title``: the document's title
    does not count as an enclosing section (it encloses everything)."""
    for section in template.lineage(criterion.section_id):
        if below_title and section.role == "title":
            continue
        mapped = sections.get(section.id)
        if mapped is not None:
            return mapped.start, mapped.end
    return 0, 0


def map_document(template: Template, document: Document, root: Section | None = None) -> Mapping:
    """Map a document onto a template revision."""
    root = root or build_sections(document)
    sections = map_sections(template, root)
    criteria, scores = map_criteria(template, document, root, sections)
    reworded = pair_reworded(template, document, sections, criteria)
    for criterion_id, (index, score) in reworded.items():
        criteria[criterion_id] = index
        scores[criterion_id] = score
    return Mapping(
        root=root,
        sections=sections,
        criteria=criteria,
        scores=scores,
        reworded=frozenset(reworded),
        stand_ins=find_stand_ins(template, document, sections),
    )


# A bold opening longer than this is a sentence, not a title.
STAND_IN_WORDS = 8


def find_stand_ins(template: Template, document: Document, sections: dict[str, Section]) -> dict[str, int]:
    """The block index of a bold paragraph opening standing for each template section that has no
    heading, looked for inside its parent's mapped section (anywhere for a distinctive title when
    the parent is not mapped; a "Suggested" only inside its area)."""
    found: dict[str, int] = {}
    blocks = document.blocks
    for section in template.walk():
        if section.id in sections or section.role == "title":
            continue
        parent = sections.get(section.parent_id or "")
        generic = normalize_title(section.title) in GENERIC_TITLES
        if parent is None and generic:
            continue
        start, end = (parent.start + 1, parent.end) if parent is not None else (0, len(blocks))
        for index in range(start, end):
            block = blocks[index]
            if block.kind is not BlockKind.PARAGRAPH or not block.strong or block.is_checkbox:
                continue
            label = block.strong.strip().rstrip(":").strip()
            if (
                len(label.split()) <= STAND_IN_WORDS
                and index not in found.values()
                and title_matches(label, section)
            ):
                found[section.id] = index
                break
    return found
