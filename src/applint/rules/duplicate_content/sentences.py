"""duplicate-content's second pass: a sentence said again in another paragraph or list item (the
paragraphs themselves no copies), found by ``matching.repeated_sentences``; one finding at the
repeat naming the first, sentences said again in a row folded into one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.matching.repeated_sentences import RepeatedSentence, find_repeated_sentences
from applint.model import Block, BlockKind, Document
from applint.rules.context import CompanionContext, DocumentContext, LintContext
from applint.rules.duplicate_content.places import Places, entry_label, same_list, template_prose
from applint.rules.duplicate_content.units import ID, NEAR_COPY, SENTENCE_UNITS, TextUnit
from applint.rules.folding import everywhere_fold
from applint.rules.rule import shorten

if TYPE_CHECKING:
    from applint.rules.duplicate_content.restated import Restatements


def repeated_sentences(
    ctx: DocumentContext, units: list[TextUnit], linked: set[int], places: Places
) -> Iterator[Finding]:
    """A sentence written again in another paragraph or list item (the paragraphs themselves no
    copies): one finding at the repeat naming the first; repeats in a row copied from sentences in
    a row are one finding. In an application only the units in ``linked`` (sharing a word triple
    with another substantive unit, or holding one twice) can hold such a sentence; a companion
    document's short paragraphs have no word triples there, and are read too."""
    if isinstance(ctx, LintContext) and ctx.selection.due_diligence:
        return  # a DD document quotes the application and the TOC's guide, evaluation after evaluation
    blocks = ctx.document.blocks
    # An application's one-sentence pointers ("Completed as part of our General Technical Review,
    # merged on …") rightly stand under several criteria.
    pointers_too = isinstance(ctx, CompanionContext)
    candidates = [
        unit.block_index
        for position, unit in enumerate(units)
        if unit.original is None
        and not unit.template
        and blocks[unit.block_index].kind in SENTENCE_UNITS
        and (pointers_too or (unit.substantive and position in linked))
    ]
    previous: tuple[int, int, str] | None = None  # (block, original block, fold key) of the last one
    folds: dict[int, str] = {}  # the fold key of the repeats of the sentence at a line
    # A governance review's reviewer states each finding once, under its area: one said again under
    # another area with a word changed is the same finding pasted twice.
    reviewed = (
        isinstance(ctx, CompanionContext) and ctx.template.kind == "governance-review"
    )  # (matching.kinds would import the JSON loader)
    repeats = find_repeated_sentences(blocks, candidates, lambda: template_prose(ctx), reworded=reviewed)
    pairs = Counter((repeat.block, repeat.original_block) for repeat in repeats)
    restated: Restatements | None = None  # read only once a sentence is found repeated
    for repeat in repeats:
        alone = _alone(repeat, pairs)
        if (
            (repeat.reworded and _one_part(ctx.document, blocks[repeat.block], blocks[repeat.original_block]))
            or places.restate(repeat.block, repeat.original_block)
            or (
                alone
                and places.describes_again(
                    repeat.block, repeat.original_block, repeat.sentence, repeat.original
                )
            )
            or places.in_series(repeat.block, repeat.original_block)
            or _next_entries(blocks, repeat.original_block, repeat.block)
            or _subject_entries(blocks, repeat.original_block, repeat.block)
            or (repeat.similarity < 1.0 and same_list(blocks, repeat.original_block, repeat.block))
            or (restated := restated or _restatements(places)).by_design(repeat, alone)
        ):
            continue
        block, original = blocks[repeat.block], blocks[repeat.original_block]
        line, column = locate(ctx.document, block, _opening(repeat.sentence), set())
        original_line, _ = locate(ctx.document, original, _opening(repeat.original), set())
        # One finding for a sentence said three times, and for sentences in a row copied from
        # sentences in a row.
        fold = folds.get(original_line)
        if fold is None:
            in_row = (
                previous is not None
                and 0 <= repeat.block - previous[0] <= 1
                and 0 <= repeat.original_block - previous[1] <= 1
            )
            fold = previous[2] if in_row and previous else f"sentence:{line}"
            folds[original_line] = fold
        previous = (repeat.block, repeat.original_block, fold)
        how = (
            "word for word"
            if repeat.similarity >= 1.0
            else "nearly word for word"
            if repeat.similarity >= NEAR_COPY
            else "with a clause added or dropped"
        )
        if places.describes_project(repeat.original_block) and not places.describes_project(repeat.block):
            asked = "its question" if isinstance(ctx, CompanionContext) else "what this section asks"
            advice = (
                f"this answer repeats the project's description at {ctx.where(original_line)} {how} "
                f'("{shorten(repeat.sentence, 60)}"); answer {asked} here in words of its own, saying '
                "how the project meets it, rather than restating the description"
            )
        else:
            advice = (
                f'this sentence repeats {ctx.where(original_line)} {how} ("{shorten(repeat.sentence, 60)}"); '
                "keep it in one place, and point to it from the other if both need it"
            )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            advice,
            line,
            column,
            first_copy=original_line,
            **everywhere_fold(fold),
        )


def _one_part(document: Document, block: Block, original: Block) -> bool:
    """Whether two blocks stand under one heading (sentences with a word changed there are a
    series: "… unless it executes images on the registry …", "… unless it executes those images …")."""
    return document.heading_above(block.line) == document.heading_above(original.line)


def _restatements(places: Places) -> Restatements:
    """Where the document says a sentence again on purpose (its module imported only now)."""
    from applint.rules.duplicate_content.restated import Restatements

    return Restatements(places)


def _alone(repeat: RepeatedSentence, pairs: Counter[tuple[int, int]]) -> bool:
    """Whether a repeat stands alone: no other sentence of its block, nor of the blocks beside it,
    repeats the original's block or the blocks beside that (sentences copied together are a
    passage)."""
    block, original = repeat.block, repeat.original_block
    return pairs[(block, original)] <= 1 and not any(
        (block + step, original + other) in pairs
        for step in (-1, 0, 1)
        for other in (-1, 0, 1)
        if step or other
    )


def _next_entries(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two blocks are neighbouring entries of one list, each with a label of its own ("Jib -
    Similar to CNB in that …", "Ko - Similar to CNB in that …"): a sentence both say is said of two
    things."""
    return (
        second == first + 1
        and blocks[first].kind is BlockKind.LIST_ITEM
        and blocks[second].kind is BlockKind.LIST_ITEM
        and entry_label(blocks[first]) != entry_label(blocks[second])
    )


def _subject_entries(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two blocks are entries of one list that each open with their bold subject ("2.
    **Analysis** runs in … Registry credentials are provided for this stage …", "5. **Export** runs
    in … Registry credentials are provided for this stage …"): the steps of one process described
    in one form, where a sentence both say is said of two things. Not entries with a label of their
    own ("**Automated Testing**: …", "**Dynamic Analysis**: …"), whose text is the author's answer."""
    return (
        same_list(blocks, first, second)
        and _opens_with_subject(blocks[first])
        and _opens_with_subject(blocks[second])
    )


def _opens_with_subject(block: Block) -> bool:
    """Whether a block opens with bold text that is its sentence's subject, not a label."""
    strong = block.strong
    if not strong or not block.text.startswith(strong) or strong.rstrip().endswith((":", ".")):
        return False
    rest = block.text[len(strong) :].lstrip(" ")
    return bool(rest) and rest[0].islower()


_MARKUP = frozenset("*_`[]()<>")


def _opening(sentence: str) -> str:
    """The start of a sentence as its source likely holds it: its words before any markup."""
    cut = next((i for i, char in enumerate(sentence) if char in _MARKUP), len(sentence))
    return sentence[: min(cut, 40)].strip()
