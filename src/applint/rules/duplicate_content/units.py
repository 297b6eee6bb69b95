"""duplicate-content's units: the paragraph-like blocks of a document (paragraphs, list items,
tables, headings) with their normalised text, which of them are the author's own substantive text
(not the template's, not a pointer), and the earlier unit each repeats, exactly or nearly, found by
the word triples they share (hashed, with capped postings lists; never all pairs).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from itertools import chain

from applint.model import BlockKind
from applint.rules.context import CompanionContext, DocumentContext, LintContext
from applint.templates.boilerplate import fills_sub_item, template_text
from applint.text.normalize import content_words, normalize, normalized_words
from applint.text.precompiled import compile_pattern

ID = "duplicate-content"  # the rule's id, which each of its passes reports under

NEAR_COPY = 0.6  # the share of word triples (of both units) a near-copy holds of its original
# A paragraph written again with a few words changed in each sentence ("Build pipelines generate SBOMs
# …" again as "The project generates SBOMs …"): fewer word triples shared than a near-copy, but this
# share of them, and this share of each one's meaningful words (of at least this many) the other's.
REWORDED_TRIPLES = 0.45
REWORDED_WORDS = 0.8
REWORDED_MIN_WORDS = 25
MAX_GAP = 3  # the most units between two repeats of one run
POSTINGS_CAP = 20  # the most units a word triple is looked up in
# The fewest word triples two paragraphs share when one says a sentence of the other again (a
# sentence of 10 words has 8; one with a clause added in its middle, or a word changed, fewer).
SENTENCE_TRIPLES = 4
_URL = compile_pattern(r"\w+://\S+")
_SENTENCE_END = compile_pattern(r"[.!?](?:\s|$)")
_UNITS = (  # the blocks compared
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.TABLE,
    BlockKind.HEADING,
)
SENTENCE_UNITS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


class TextUnit:
    """One paragraph-like block: its normalised text, and the earlier unit it repeats, if any."""

    __slots__ = (
        "block_index",
        "key",
        "original",
        "reworded",
        "similarity",
        "substantive",
        "template",
        "words",
    )

    def __init__(
        self, block_index: int, key: str, words: tuple[str, ...], substantive: bool, template: bool = False
    ) -> None:
        self.block_index = block_index
        self.template = template  # the template's own text (a question, a criterion, guidance)
        self.key = key
        self.words = words  # the key's words (normalized_words: split once, shared with other readers)
        self.substantive = substantive
        self.original: int | None = None
        self.similarity = 1.0
        self.reworded = False  # its original found with a few words changed in each sentence


def text_units(ctx: DocumentContext, min_words: int, pointer_words: int) -> list[TextUnit]:
    """The units of a document, in order; ``min_words`` and ``pointer_words`` are the rule's options."""
    kind = ctx.template.kind if isinstance(ctx, LintContext) else ""
    repeated = template_text(kind) if kind else frozenset()
    from_template = _companion_template_blocks(ctx) if isinstance(ctx, CompanionContext) else frozenset()
    units = []
    for index, block in enumerate(ctx.document.blocks):
        if block.kind not in _UNITS or not block.text:
            continue
        key = normalize(block.text)
        if not key:
            continue
        template = index in from_template or key in repeated
        substantive = (
            block.kind is not BlockKind.HEADING
            and not template
            and not _is_pointer(block.text, min_words, pointer_words)
            and normalize(block.strong) not in repeated
            and not (
                kind
                and block.kind is BlockKind.LIST_ITEM
                and block.level > 0
                and fills_sub_item(block.text, kind)
            )
        )
        units.append(TextUnit(index, key, normalized_words(block.text), substantive, template))
    return units


def _companion_template_blocks(ctx: CompanionContext) -> frozenset[int]:
    """The blocks of a companion document that hold its template's own text (its questions,
    criteria, guidance, title): the template asks the same thing in several places by design."""
    reading = ctx.reading
    blocks = {found.block for found in reading.items}
    blocks.update(reading.loose_guidance)
    for index in (reading.title_block, reading.template_title):
        if index is not None:
            blocks.add(index)
    return frozenset(blocks)


def _is_pointer(text: str, min_words: int, pointer_words: int) -> bool:
    """Short text, or one sentence under ``pointer_words`` words ("Documented in our governance doc.")."""
    count = len(normalize(_URL.sub(" ", text)).split()) if "://" in text else len(normalized_words(text))
    if count < min_words or count >= pointer_words:
        return count < min_words
    return len(_SENTENCE_END.findall(text.strip() + " ")) <= 1


# A unit's shingles: its word triples, or the whole key when it has fewer than three words.
Shingle = tuple[str, str, str] | str


def word_triples(key: str, words: tuple[str, ...]) -> frozenset[Shingle]:
    """The overlapping word triples of normalised text (``key``, whose ``words`` they are), made by
    ``zip`` (no string is built per triple; a tuple hashes from its words' cached hashes)."""
    if len(words) < 3:
        return frozenset((key,))
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def find_originals(units: list[TextUnit]) -> set[int]:
    """Set each unit's earlier copy, preferring the copy that continues the current run. Returns
    the positions of the substantive units that share a few word triples with another unit or hold
    one twice: the only ones where a sentence can be said again.

    Only the word triples two or more units hold can tie a unit to another: they are found first
    with set operations, and only they are posted and looked up."""
    linked: set[int] = set()
    occurrences: dict[str, list[int]] = defaultdict(list)
    postings: dict[Shingle, list[int]] = defaultdict(list)
    # Word triples only for the units a near-copy can be reported for.
    shingles_of = [word_triples(unit.key, unit.words) if unit.substantive else _NO_SHINGLES for unit in units]
    held_before: set[Shingle] = set()
    held_twice: set[Shingle] = set()
    for shingles in shingles_of:
        if shingles:
            held_twice.update(held_before.intersection(shingles))
            held_before.update(shingles)
    last_original = -1
    last_dup = -10
    for position, unit in enumerate(units):
        shingles = shingles_of[position]
        common = shingles.intersection(held_twice) if held_twice and shingles else _NO_SHINGLES
        earlier = occurrences.get(unit.key)
        continuing = position - last_dup <= MAX_GAP + 1
        if earlier:
            pick = bisect.bisect_right(earlier, last_original) if continuing else 0
            unit.original = earlier[pick] if pick < len(earlier) else earlier[0]
        elif unit.substantive:
            shared = (
                Counter(chain.from_iterable([postings[s] for s in common if s in postings]))
                if common
                else _NONE_SHARED
            )
            sharing = [other for other, count in shared.items() if count >= SENTENCE_TRIPLES]
            if sharing or len(shingles) < len(unit.words) - 2:
                linked.add(position)
                linked.update(sharing)
            best, best_score = None, 0.0
            for other, count in shared.items():
                union = len(shingles) + len(shingles_of[other]) - count
                score = count / union if union else 0.0
                if score > best_score:
                    best, best_score = other, score
            if best is not None and best_score >= NEAR_COPY:
                unit.original, unit.similarity = best, best_score
            elif best is not None and best_score >= REWORDED_TRIPLES and _reworded(unit, units[best]):
                unit.original, unit.similarity, unit.reworded = best, best_score, True
        if unit.original is not None:
            last_original, last_dup = unit.original, position
        occurrences[unit.key].append(position)
        for shingle in common:
            posting = postings[shingle]
            if len(posting) < POSTINGS_CAP:
                posting.append(position)
    return linked


def _reworded(unit: TextUnit, other: TextUnit) -> bool:
    """Whether two paragraphs say the same with a few words changed: each holds nearly all of the
    other's meaningful words, and they have many."""
    own, others = content_words(unit.key), content_words(other.key)
    if min(len(own), len(others)) < REWORDED_MIN_WORDS:
        return False
    shared = len(own & others)
    return shared >= REWORDED_WORDS * len(own) and shared >= REWORDED_WORDS * len(others)


_NO_SHINGLES: frozenset[Shingle] = frozenset()
_NONE_SHARED: Counter[int] = Counter()
