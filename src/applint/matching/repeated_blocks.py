"""An answer of a companion document (GTR, governance review, self-assessment) that says a list of an
earlier answer again nearly line for line, under another question: "- **CLI:** ~50MB memory,
minimal CPU" and the two lines after it, pasted under a later question with a word or two changed.

The lines are the items of one list in each answer (short items: no sentence pass reads them). A
later item says an earlier one again when the words of the shorter are, but for a quarter of them at
most, the longer's, and it has at least 60% as many (a label alone is no line said again). The later list repeats the earlier one when at least three of its items, and three
quarters of them, each say a different item of the earlier list again.

Not repeats: a list under the same question, lists whose items are links (a table of contents, a
list of adopters' case studies), items of fewer than three words ("N/A", "See above"), and lists under
two questions of one topic (their topic words shared: "Describe the project's resource requirements"
and "Describe the increase in resource usage", "Define any specific service dependencies" and
"Describe the specific running services the project depends on"), which the template asks for twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from applint.model import Block, BlockKind, Document
from applint.text.normalize import normalized_words

MIN_ITEMS = 3  # the fewest items said again that make a block
SHARE = 0.75  # the share of the later list's items said again
ITEM_LIKENESS = 0.75  # the share of the shorter item's words the longer holds
ITEM_LENGTH = 0.6  # the shorter item at least this share of the longer's words (not a label alone)
MIN_ITEM_WORDS = 3
# Words every question has; what is left names its topic.
_QUESTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "be",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "by",
        "with",
        "as",
        "its",
        "it",
        "this",
        "that",
        "how",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "do",
        "does",
        "did",
        "any",
        "all",
        "each",
        "your",
        "you",
        "project",
        "project's",
        "projects",
        "please",
        "provide",
        "describe",
        "define",
        "explain",
        "list",
        "give",
        "outline",
        "detail",
        "details",
        "include",
        "including",
        "used",
        "use",
        "using",
        "there",
        "their",
        "they",
        "can",
        "should",
        "would",
        "will",
        "may",
        "must",
        "have",
        "has",
        "been",
        "being",
        "if",
        "not",
        "no",
        "such",
        "other",
    ]
)


class Answer(NamedTuple):
    """A question of the template as the document holds it, and the blocks of its answer."""

    question: str
    blocks: tuple[int, ...]


class RepeatedBlock(NamedTuple):
    """A list said again: its first and last block, and those of the list it repeats."""

    first: int
    last: int
    original_first: int
    original_last: int
    items: int  # how many of its items say an earlier item again
    of: int  # how many items it has


def find_repeated_blocks(
    document: Document, answers: Sequence[Answer], reported: frozenset[int]
) -> list[RepeatedBlock]:
    """Each list of an answer that says a list of an earlier answer again, under another question of
    another topic; not a list holding a block already ``reported`` as a copy."""
    blocks = document.blocks
    lists = [
        (answer, found)
        for answer in answers
        for found in _lists(blocks, answer.blocks)
        if not reported.intersection(found)
    ]
    found_repeats: list[RepeatedBlock] = []
    for position, (answer, items) in enumerate(lists):
        for earlier_answer, earlier in lists[:position]:
            if earlier_answer.question == answer.question or _one_topic(
                earlier_answer.question, answer.question
            ):
                continue
            said = _items_said_again(blocks, items, earlier)
            if said >= MIN_ITEMS and said >= SHARE * len(items):
                found_repeats.append(
                    RepeatedBlock(items[0], items[-1], earlier[0], earlier[-1], said, len(items))
                )
                break
    return found_repeats


def _lists(blocks: tuple[Block, ...], answer: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The runs of top-level list items in an answer's blocks with at least ``MIN_ITEMS`` items of
    words of their own (not links)."""
    runs: list[tuple[int, ...]] = []
    run: list[int] = []
    level = -1
    for index in sorted(answer):
        block = blocks[index]
        if block.kind is BlockKind.LIST_ITEM and not block.is_checkbox and (not run or block.level <= level):
            if run and (index != run[-1] + 1 and not _between_nested(blocks, run[-1], index, level)):
                runs.append(tuple(run))
                run = []
            if not run:
                level = block.level
            if block.level == level:
                run.append(index)
            continue
        if block.kind is BlockKind.LIST_ITEM and run and block.level > level:
            continue  # an item nested under one of the run's
        if run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return [found for found in runs if len(found) >= MIN_ITEMS and not _links(blocks, found)]


def _between_nested(blocks: tuple[Block, ...], previous: int, index: int, level: int) -> bool:
    """Whether only items nested deeper than ``level`` stand between two items of a run."""
    return all(
        blocks[between].kind is BlockKind.LIST_ITEM and blocks[between].level > level
        for between in range(previous + 1, index)
    )


def _links(blocks: tuple[Block, ...], items: tuple[int, ...]) -> bool:
    """Whether most items are links (a list of documents or case studies, not lines of an answer)."""
    return sum(1 for index in items if blocks[index].links) * 2 > len(items)


def _items_said_again(blocks: tuple[Block, ...], items: tuple[int, ...], earlier: tuple[int, ...]) -> int:
    """How many of the items each say a different earlier item again."""
    taken: set[int] = set()
    said = 0
    for index in items:
        words = set(normalized_words(blocks[index].text))
        if len(words) < MIN_ITEM_WORDS:
            continue
        for other in earlier:
            if other in taken:
                continue
            other_words = set(normalized_words(blocks[other].text))
            if len(other_words) < MIN_ITEM_WORDS:
                continue
            small, large = sorted((words, other_words), key=len)
            if len(small) >= ITEM_LENGTH * len(large) and len(small & large) >= ITEM_LIKENESS * len(small):
                taken.add(other)
                said += 1
                break
    return said


def _one_topic(first: str, second: str) -> bool:
    """Whether two questions ask about one topic: a word of substance in common, a plural's "s"
    aside."""
    return bool(_topic_words(first) & _topic_words(second))


def _topic_words(question: str) -> frozenset[str]:
    return frozenset(
        word.removesuffix("s")
        for word in normalized_words(question)
        if word not in _QUESTION_WORDS and len(word) > 2
    )
