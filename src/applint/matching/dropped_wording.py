"""What of a template criterion's own words an application's copy of it left out: a clause or
phrase cut from the statement ("… solves a problem differently." without "This requirement may
also be satisfied by completing a General Technical Review."), a template sub-item shortened, or a
sub-item of the template's list dropped while the others are kept.

Only a statement the author copied is compared: a checkbox or bold statement matched to its
criterion word for word (not one paired by meaning, ``matching.rewording``) whose own words nearly
all come from the template's. A phrase is dropped when at least MIN_DROPPED_WORDS meaningful
template words in a row (stop words between them do not break the run) have no counterpart in the
document's block, compared by stem, with abbreviations and synonyms made one
(``rewording.meaning``): rephrasing that keeps each requirement's words, typo fixes and Markdown
are not drops. A wording another revision of the kind gives that criterion is that revision's,
not a drop (mixed-revisions reports it), unless it only lacks the clause the chosen one has.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from applint.matching.mapping import Mapping
from applint.matching.rewording import meaning, statement_text
from applint.model import Block, BlockKind, Document
from applint.templates.catalog import revisions_of
from applint.templates.records import Criterion, Template
from applint.text.markers import has_placeholder
from applint.text.normalize import STOP_WORDS, fold
from applint.text.patterns import LazyPattern
from applint.text.similarity import containment

# Meaningful template words in a row that must be missing for a phrase to count as dropped: a
# word or two is rephrasing; three are a clause.
MIN_DROPPED_WORDS = 3
# A copy of the template's text with parts cut has at most this many meaningful words of the
# author's own (a typo, a word form the stems miss) and keeps at least KEPT_SHARE of the template's.
OWN_WORDS = 0
KEPT_SHARE = 0.5
# A block holding this share of a template sub-item's meaning is that sub-item (kept, perhaps
# shortened); one holding less than KEPT_SUB_ITEM_FLOOR of it is not it.
SUB_ITEM_FOUND = 0.6
KEPT_SUB_ITEM_FLOOR = 0.35
# A sub-item is left out of the template's list only when the document keeps at least this share
# of the list's sub-items as list items (not an answer in prose that names some of them).
KEPT_SUB_LIST_SHARE = 0.5
# A clause most of whose meaningful words are missing is reported whole.
WHOLE_CLAUSE_SHARE = 0.6
# A clause the author set on its own line under the statement, within this many blocks, with this
# share of its meaningful words, is kept, not dropped.
BELOW_BLOCKS = 2
MOVED_SHARE = 0.8
_WORD = LazyPattern(r"[A-Za-z0-9$]+")
# Where a clause ends: a sentence's end, or before the examples a criterion gives.
_CLAUSE_END = LazyPattern(r"(?<=[.!?])\s+(?=[A-Z*_(])|,?\s+(?=[Ss]uch as\b|\([Ee]\.g\.|\([Ee]xample\b)")
_LISTED = (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)


class ShortenedSubItem:
    """A template sub-item the document kept with part of its words left out."""

    __slots__ = ("block", "dropped", "sub_item")

    def __init__(self, block: Block, sub_item: str, dropped: tuple[str, ...]) -> None:
        self.block: Final = block
        self.sub_item: Final = sub_item
        self.dropped: Final = dropped


class MissingSubItem:
    """A template sub-box the document left out of the list it kept, and the kept block before it."""

    __slots__ = ("after", "text")

    def __init__(self, text: str, after: Block) -> None:
        self.text: Final = text
        self.after: Final = after


class DroppedWording:
    """What the document's copy of one criterion leaves out of the template's words."""

    __slots__ = ("criterion", "dropped", "missing", "shortened", "statement")

    def __init__(
        self,
        criterion: Criterion,
        statement: Block,
        dropped: tuple[str, ...],
        shortened: tuple[ShortenedSubItem, ...],
        missing: tuple[MissingSubItem, ...],
    ) -> None:
        self.criterion: Final = criterion
        self.statement: Final = statement
        self.dropped: Final = dropped  # phrases of the criterion's text the statement leaves out
        self.shortened: Final = shortened  # sub-items kept with words left out
        self.missing: Final = missing  # sub-items left out of the kept list

    @property
    def first_block(self) -> Block:
        """Where the first change is: the statement, or the first sub-item concerned."""
        if self.dropped:
            return self.statement
        blocks = [item.block for item in self.shortened] + [item.after for item in self.missing]
        return min(blocks, key=lambda block: block.line)


def dropped_phrases(template_text: str, written: str) -> tuple[str, ...]:
    """The phrases of ``template_text`` (as the template writes them) of which ``written`` keeps no
    meaningful word, each at least MIN_DROPPED_WORDS meaningful words in a row (examples in
    parentheses left aside). A run that is most of its clause (a sentence, or the examples after
    "such as") is given as the whole clause."""
    kept = meaning(written)
    found: list[str] = []
    for clause in _clauses(fold(template_text)):
        words = _content_words(clause)
        runs: list[list[re.Match[str]]] = [[]]
        for match in words:
            if meaning(match.group()) & kept:
                runs.append([])
            else:
                runs[-1].append(match)
        long_runs = [run for run in runs if len(run) >= MIN_DROPPED_WORDS]
        if not long_runs:
            continue
        if sum(len(run) for run in runs) >= WHOLE_CLAUSE_SHARE * len(words):
            found.append(clause.strip())
        else:
            found.extend(clause[run[0].start() : run[-1].end()] for run in long_runs)
    return tuple(found)


def is_cut_copy(template_text: str, written: str) -> bool:
    """True when ``written`` is the template's text with parts cut: its meaningful words follow
    the template's in order, at most OWN_WORDS of them the author's own, and it keeps at least
    KEPT_SHARE of the template's (an abbreviated label, "Architecture overview in the docs", is
    the author's own statement, not a copy)."""
    template = [meaning(match.group()) for match in _content_words(fold(template_text))]
    own = [meaning(match.group()) for match in _content_words(fold(written))]
    if not template or not own:
        return False
    # Longest common subsequence, two rows at a time (a criterion is a few dozen words).
    previous = [0] * (len(template) + 1)
    for stems in own:
        current = [0]
        for position, other in enumerate(template):
            current.append(
                previous[position] + 1 if stems & other else max(previous[position + 1], current[-1])
            )
        previous = current
    common = previous[-1]
    first_clause = len(_content_words(_clauses(fold(template_text))[0]))
    return len(own) - common <= OWN_WORDS and common >= min(KEPT_SHARE * len(template), first_clause)


@functools.lru_cache(maxsize=1024)
def _content_words(clause: str) -> tuple[re.Match[str], ...]:
    """The meaningful words of a clause, outside parentheses (the template's examples)."""
    words = []
    depth = 0
    position = 0
    for match in _WORD.finditer(clause):
        between = clause[position : match.start()]
        depth = max(0, depth + between.count("(") - between.count(")"))
        position = match.start()
        word = match.group().lower()
        if depth == 0 and word not in STOP_WORDS and not word.startswith("$") and meaning(word):
            words.append(match)
    return tuple(words)


@functools.lru_cache(maxsize=1024)
def _clauses(source: str) -> tuple[str, ...]:
    """A text's sentences, each split again before "such as" and "(Example"."""
    clauses = []
    start = 0
    for match in _CLAUSE_END.finditer(source):
        clauses.append(source[start : match.start()])
        start = match.end()
    clauses.append(source[start:])
    return tuple(text for text in clauses if text.strip())


def find_dropped_wording(document: Document, template: Template, mapping: Mapping) -> list[DroppedWording]:
    """Each criterion the document copied with part of the template's words left out, in template
    order."""
    found: list[DroppedWording] = []
    blocks = document.blocks
    statements = sorted(mapping.criteria.values())
    for criterion in template.criteria:
        index = mapping.criteria.get(criterion.id)
        if index is None or criterion.id in mapping.reworded:
            continue
        statement = blocks[index]
        if not (statement.is_checkbox or statement.strong) or statement.kind is BlockKind.HEADING:
            continue
        dropped = _dropped_from_statement(statement, criterion, template)
        if not dropped and not _comparable_sub_items(criterion):
            continue  # most criteria: nothing to look for below the statement
        following = _blocks_under(blocks, index, statements)
        dropped = tuple(phrase for phrase in dropped if not _written_below(phrase, following))
        shortened, missing = _sub_item_changes(following, statement, criterion)
        if dropped or shortened or missing:
            found.append(DroppedWording(criterion, statement, dropped, shortened, missing))
    return found


def _dropped_from_statement(statement: Block, criterion: Criterion, template: Template) -> tuple[str, ...]:
    if meaning(criterion.text) <= meaning(statement.text):
        return ()  # every word of the template's is there: nothing is left out (most statements)
    said = statement_text(statement)
    if not is_cut_copy(criterion.text, said):
        return ()
    dropped = dropped_phrases(criterion.text, statement.text)
    if dropped and _worded_elsewhere(said, criterion, template):
        return ()
    return dropped


def _worded_elsewhere(said: str, criterion: Criterion, template: Template) -> bool:
    """True when another revision of the kind words this criterion as the statement does, and
    that wording is not merely the chosen one with a clause left out."""
    chosen = meaning(criterion.text)
    for wording in _other_wordings(template.kind, criterion.id, criterion.text):
        if not dropped_phrases(wording, said) and not meaning(wording) <= chosen:
            return True
    return False


@functools.cache
def _other_wordings(kind: str, criterion_id: str, text: str) -> tuple[str, ...]:
    return tuple(
        {
            other.text: None
            for revision in revisions_of(kind)
            for other in revision.criteria
            if other.id == criterion_id and other.text != text
        }
    )


def _written_below(phrase: str, following: Sequence[Block]) -> bool:
    """True when one of the first blocks under a statement holds the phrase (the author set the
    clause on a line of its own): nearly all its meaningful words in one block."""
    wanted = meaning(phrase)
    near = [block for block in following if block.kind is not BlockKind.COMMENT][:BELOW_BLOCKS]
    return any(containment(wanted, meaning(block.text)) >= MOVED_SHARE for block in near)


def _blocks_under(blocks: Sequence[Block], index: int, statements: Sequence[int]) -> list[Block]:
    """The blocks after a statement up to the next statement or heading."""
    end = next((later for later in statements if later > index), len(blocks))
    under = []
    for block in blocks[index + 1 : end]:
        if block.kind is BlockKind.HEADING:
            break
        under.append(block)
    return under


@functools.lru_cache(maxsize=512)
def _comparable_sub_items(criterion: Criterion) -> tuple[str, ...]:
    """A criterion's sub-items without a placeholder (those with one the author fills in)."""
    return tuple(item for item in criterion.sub_items if not has_placeholder(item))


def _sub_item_changes(
    following: Sequence[Block], statement: Block, criterion: Criterion
) -> tuple[tuple[ShortenedSubItem, ...], tuple[MissingSubItem, ...]]:
    """The template sub-items (those without a placeholder: the author fills those in) the
    document kept shortened, and those it left out while keeping most of the others as the
    template's list."""
    boxes = criterion.sub_item_boxes or (False,) * len(criterion.sub_items)
    kinds = {item: box for item, box in zip(criterion.sub_items, boxes, strict=True)}
    items = _comparable_sub_items(criterion)
    if not items:
        return (), ()
    listed = [block for block in following if block.kind in _LISTED and block.text.strip()]
    kept: list[tuple[int, Block]] = []  # (position of the sub-item, its block)
    absent: list[int] = []
    shortened: list[ShortenedSubItem] = []
    for position, item in enumerate(items):
        wanted = meaning(item)
        best = max(listed, key=lambda block: containment(wanted, meaning(block.text)), default=None)
        share = containment(wanted, meaning(best.text)) if best is not None else 0.0
        whole = best is not None and wanted <= meaning(best.text)
        copied = best is not None and not whole and is_cut_copy(item, best.text)
        if best is not None and (whole or share >= SUB_ITEM_FOUND or copied):
            kept.append((position, best))
            dropped = dropped_phrases(item, best.text) if copied else ()
            if dropped:
                shortened.append(ShortenedSubItem(best, item, dropped))
        elif share < KEPT_SUB_ITEM_FLOOR:
            absent.append(position)
    listed_kept = sum(1 for _, block in kept if block.kind is BlockKind.LIST_ITEM)
    if not listed_kept or listed_kept < KEPT_SUB_LIST_SHARE * len(items):
        return tuple(shortened), ()  # the author answered in prose rather than keep the sub-list
    missing = []
    for position in absent:
        if not kinds[items[position]]:
            continue  # a note of the list (optional guidance, "… are optional"): nothing it asks for
        before = [block for at, block in kept if at < position]
        missing.append(MissingSubItem(items[position], before[-1] if before else statement))
    return tuple(shortened), tuple(missing)
