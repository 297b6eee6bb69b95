"""Statements: the blocks of a document that may state a criterion, and how similar each is to
the criteria texts of a kind's revisions.

Detection scores every statement against all the revisions of a kind; mapping then needs the same
scores for the one revision chosen. Both read them from here: the criteria texts of a kind are
indexed once per process (``kind_index``) and a document's statements are scored against that
index once per document (``statement_scores``), so mapping translates scores instead of computing
them again.
"""

from __future__ import annotations

import collections
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import Final

from applint.matching.checklist import items_stand_for_boxes
from applint.matching.rewording import statement_text
from applint.model import Block, BlockKind, Document
from applint.templates.records import Template
from applint.text.normalize import content_words

# Counter's own counting loop, into a plain dict: a Counter's constructor costs more than counting
# a statement's few dozen positions (its update first asks whether it was given a Mapping).
_count_elements: Callable[[dict[int, int], Iterable[int]], None] = collections._count_elements  # type: ignore[attr-defined]

# Headings at this level or deeper may state a criterion.
CRITERION_HEADING_LEVEL = 3


class Candidate:
    """A block that could state a criterion.

    ``emphasized``: written as criteria are (a checkbox item, bold, a small heading).
    ``stands_for_box``: a list item of a document whose list items stand for the checkbox items
    its writer dropped (matching.checklist); inside a criterion's own section it is read as a
    checkbox item would be, elsewhere as a plain paragraph.
    """

    __slots__ = ("block", "block_index", "emphasized", "stands_for_box", "words")

    def __init__(
        self,
        block_index: int,
        block: Block,
        words: frozenset[str],
        emphasized: bool,
        stands_for_box: bool = False,
    ) -> None:
        self.block_index: Final = block_index
        self.block: Final = block
        self.words: Final = words
        self.emphasized: Final = emphasized
        self.stands_for_box: Final = stands_for_box


def candidates(document: Document) -> list[Candidate]:
    """Blocks that may state a criterion: list items and paragraphs with words in them.

    Detection and mapping both need them; they are computed once per document object.
    """
    cached = _CANDIDATES.get(id(document))
    if cached is not None and cached[0] is document:
        return cached[1]
    found = _find_candidates(document)
    _CANDIDATES.clear()  # one document at a time: no growth over a run of many files
    _CANDIDATES[id(document)] = (document, found)
    return found


_CANDIDATES: dict[int, tuple[Document, list[Candidate]]] = {}


def _find_candidates(document: Document) -> list[Candidate]:
    found = []
    boxless = items_stand_for_boxes(document)
    for index, block in enumerate(document.blocks):
        if not block.text:
            continue
        if block.kind is BlockKind.HEADING:
            # Some applicants write each criterion as a small heading ("#### Roadmap change …");
            # section titles are short and score far below any criterion's threshold.
            if block.level >= CRITERION_HEADING_LEVEL:
                words = content_words(block.text)
                if len(words) >= 2:
                    found.append(Candidate(index, block, words, True))
            continue
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        statement = statement_text(block)  # "**BLOCKED —** Document …" states "Document …"
        words = content_words(statement)
        if words:
            emphasized = block.is_checkbox or bool(block.strong)
            stands_for_box = boxless and not emphasized and block.kind is BlockKind.LIST_ITEM
            found.append(Candidate(index, block, words, emphasized, stands_for_box))
    return found


class CriterionIndex:
    """An inverted index from meaningful words to the criteria texts that use them."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.words = [content_words(text) for text in texts]
        self.sizes = [len(words) for words in self.words]
        postings: dict[str, list[int]] = defaultdict(list)
        for position, words in enumerate(self.words):
            for word in words:
                postings[word].append(position)
        self.postings = dict(postings)

    def scores(self, words: frozenset[str], least: float = 0.0) -> dict[int, float]:
        """Dice similarity of ``words`` with every indexed text sharing enough words with it, and
        at least ``least`` (a lower score is of no use to the caller).

        The shared-word counts come from the postings, so the Dice coefficient needs no set
        intersection: 2 * shared / (|words| + |text|).
        """
        shared: dict[int, int] = {}
        _count_elements(shared, chain.from_iterable(filter(None, map(self.postings.get, words))))
        size = len(words)
        sizes = self.sizes
        if not least:
            return {
                position: 2.0 * count / (size + sizes[position])
                for position, count in shared.items()
                if count >= 2 or sizes[position] <= 2
            }
        return {
            position: score
            for position, count in shared.items()
            if (count >= 2 or sizes[position] <= 2)
            and (score := 2.0 * count / (size + sizes[position])) >= least
        }


class KindIndex:
    """Every distinct criterion text of one kind's revisions, in one index."""

    def __init__(self, revisions: tuple[Template, ...]) -> None:
        self.texts: Final = sorted(
            {criterion.text for template in revisions for criterion in template.criteria}
        )
        self.index: Final = CriterionIndex(self.texts)
        self.position_of: Final = {text: position for position, text in enumerate(self.texts)}

    def positions(self, template: Template) -> list[int] | None:
        """Where each of the template's criteria sits in the index; None when a text is not
        indexed (a template read from a file that no shipped revision matches word for word)."""
        found = [self.position_of.get(criterion.text) for criterion in template.criteria]
        return None if None in found else [position for position in found if position is not None]


@functools.lru_cache(maxsize=8)
def kind_index(revisions: tuple[Template, ...]) -> KindIndex:
    """The index of a kind's revisions, built once per process."""
    return KindIndex(revisions)


def any_score(_: Candidate) -> float:
    """Every score of a candidate is of use (``statement_scores``' reader takes them all)."""
    return 0.0


def statement_scores(
    document: Document, index: CriterionIndex, least_useful: Callable[[Candidate], float] = any_score
) -> list[dict[int, float]]:
    """The scores of each of the document's candidates (in ``candidates`` order) against an index,
    computed once per document and index. ``least_useful``: a candidate's lowest score its readers
    use (detection and mapping read a plain paragraph's scores only from PLAIN_THRESHOLD on, about
    two thirds of all its scores being lower); the lower scores are not kept."""
    cached = _SCORES.get(id(index))
    if cached is not None and cached[0] is document and cached[1] is index and cached[2] is least_useful:
        return cached[3]
    if any(entry[0] is not document for entry in _SCORES.values()):
        _SCORES.clear()  # one document at a time
    found = [index.scores(candidate.words, least_useful(candidate)) for candidate in candidates(document)]
    _SCORES[id(index)] = (document, index, least_useful, found)
    return found


def forget_statement_scores() -> None:
    """Drop the scores kept for the current document (mapping, their last reader, calls this)."""
    _SCORES.clear()


_SCORES: dict[int, tuple[Document, CriterionIndex, Callable[[Candidate], float], list[dict[int, float]]]] = {}
