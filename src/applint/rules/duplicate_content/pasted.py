"""duplicate-content's first pass: paragraphs pasted again. A run of copied paragraphs (a section
pasted again, one block pasted several times in a row, the whole document) is one finding; a single
copied paragraph one finding at the line where the copy starts. Repeats that are the document's
form (a series of sibling headings, a summary, parallel entries) are forgotten first.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind, Unit
from applint.rules.context import CompanionContext, DocumentContext
from applint.rules.duplicate_content.criteria import adapted, better_fit
from applint.rules.duplicate_content.places import Places, heading_before, in_series, parallel
from applint.rules.duplicate_content.units import ID, MAX_GAP, TextUnit
from applint.rules.rule import shorten
from applint.templates.records import Criterion
from applint.text.normalize import content_words
from applint.text.precompiled import cached_pattern
from applint.text.similarity import containment
from applint.text.splitting import split_sentences

RUN_MIN_PARAGRAPHS = 2  # two copied paragraphs in a row are one paste: one finding
WHOLE_DOCUMENT_SHARE = 0.3
# A line of a repeating paragraph is where the copy starts when this share of its (at least this
# many) meaningful words come from the first copy.
COPIED_LINE_SHARE = 0.8
COPIED_LINE_MIN_WORDS = 4


class _Run:
    """Consecutive repeated units that are reported as one finding."""

    __slots__ = ("last_original", "last_unit", "units")

    def __init__(self) -> None:
        self.units: list[int] = []
        self.last_original = -1
        self.last_unit = -1


def pasted_copies(ctx: DocumentContext, units: list[TextUnit], places: Places) -> Iterator[Finding]:
    """One finding per run of copied paragraphs, then one per copied paragraph outside every run
    (a paragraph standing as evidence under two criteria is told how to keep both evaluated)."""
    blocks = ctx.document.blocks
    runs = _runs(units)
    in_runs: set[int] = set()
    substantive_total = sum(1 for unit in units if unit.substantive) or 1
    for run in runs:
        substantive = [u for u in run.units if units[u].substantive]
        if len(substantive) < RUN_MIN_PARAGRAPHS:
            continue
        in_runs.update(run.units)
        first, last = units[run.units[0]], units[run.units[-1]]
        start, end = blocks[first.block_index].line, blocks[last.block_index].end_line
        original_start = blocks[units[first.original or 0].block_index].line
        original_end = blocks[units[last.original or 0].block_index].end_line
        if start <= original_end:
            if not _pasted_again(run, units):
                # The copy overlaps what it copies: each entry of a series written the same way
                # ("Difference between Antrea and Flannel: * Antrea: …", "… and Weave: * Antrea: …").
                continue
            # One block pasted several times in a row: the copies repeat the block before them.
            original_end = blocks[units[run.units[0] - 1].block_index].end_line
            times = len(run.units) // (run.units[0] - (first.original or 0))
        else:
            times = 1
        whole = (
            len(substantive) >= WHOLE_DOCUMENT_SHARE * substantive_total
            and original_start <= blocks[0].end_line + 5
        )
        what = "the document repeats itself: " if whole else ""
        pairs = [
            {
                "line": blocks[units[u].block_index].line,
                "original": blocks[units[units[u].original or 0].block_index].line,
            }
            for u in run.units
        ]
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{what}{ctx.document.unit.value}s {start}-{end} repeat {original_start}-{original_end} "
            + (f"{times} more times " if times > 1 else "")
            + f"({len(substantive)} paragraphs copied); keep one copy and delete the "
            + ("others" if times > 1 else "other"),
            blocks[first.block_index],
            first_copy=original_start,
            pairs=pairs,
            copy_lines=[start, end],
            original_lines=[original_start, original_end],
        )
    for position, unit in enumerate(units):
        if unit.original is None or not unit.substantive or position in in_runs:
            continue
        original_line = blocks[units[unit.original].block_index].line
        pair = places.criteria(unit.block_index, units[unit.original].block_index)
        if pair is not None:
            yield _under_two_criteria(
                ctx, blocks[unit.block_index], blocks[units[unit.original].block_index], unit.similarity, pair
            )
            continue
        if unit.reworded:
            original_index = units[unit.original].block_index
            described = places.describes_project(original_index) and not places.describes_project(
                unit.block_index
            )
            yield _reworded(ctx, blocks[unit.block_index], blocks[original_index], described)
            continue
        how = (
            "an exact copy"
            if unit.similarity >= 1.0
            else f"a near-copy, {round(unit.similarity * 100)}% the same"
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this paragraph repeats {ctx.where(original_line)} ({how}); keep one and delete the other",
            _copied_line(ctx, blocks[unit.block_index], blocks[units[unit.original].block_index]),
            first_copy=original_line,
        )


def _reworded(ctx: DocumentContext, copy: Block, original: Block, described: bool) -> Finding:
    """One finding for a paragraph written again with a few words changed, naming both places;
    one restating the project's description (``described``) is told to answer its own part."""
    here, there = _span(ctx, copy), _span(ctx, original)
    if described:
        asked = "its question" if isinstance(ctx, CompanionContext) else "what this section asks"
        message = (
            f"this paragraph ({here}) repeats the project's description at {there} with a few words "
            f"changed; answer {asked} here in words of its own rather than restating the description"
        )
    else:
        message = (
            f"this paragraph ({here}) says again what {there} {'say' if original.end_line > original.line else 'says'}, "
            "with a few words changed; keep one "
            "and delete the other, or point to it"
        )
    return ctx.finding(
        ID,
        Severity.WARNING,
        message,
        copy,
        first_copy=original.line,
        copy_lines=[copy.line, copy.end_line],
        original_lines=[original.line, original.end_line],
    )


def _span(ctx: DocumentContext, block: Block) -> str:
    """Where a block stands: "lines 169-171", or "line 53" for one line."""
    unit = ctx.document.unit.value
    return f"{unit}s {block.line}-{block.end_line}" if block.end_line > block.line else f"{unit} {block.line}"


def drop_intended_repeats(units: list[TextUnit], places: Places) -> None:
    """Forget the originals of repeats that are the document's form, not a paste.

    - The blocks of a series of sibling headings (``Adopter 1 - …``, ``Adopter 2 - …``) share
      their form: a sentence each block adapts to itself ("Adopter 2 has requested the interview
      be kept private" under "Adopter 2 - …") or the same note under each of several distinct
      write-ups ("This adopter preferred to remain anonymous"). A block whose every paragraph is an
      exact copy of another's, or a near-copy not adapted to its block (another adopter's
      description with only the date changed), is still a copy.
    - A due-diligence document's Evaluation Summary restates the evaluations it calls out.
    - The one-sentence description of a thing in the overview ("Transport Layer Security (TLS):
      TLS is used by default …" among the Goals) restated alone in another section (a threat's
      mitigation "TLS is used by default …").
    """
    if all(unit.original is None for unit in units):
        return
    blocks = places.blocks
    for position, unit in enumerate(units):
        if unit.original is None:
            continue
        original = units[unit.original]
        if places.restate(unit.block_index, original.block_index) or _description_again(
            units, position, places
        ):
            unit.original = None
            continue
        pair = places.criteria(unit.block_index, original.block_index)
        if (
            unit.similarity < 1.0
            and pair is not None
            and (adapted(unit.key, original.key, pair[0]) or adapted(original.key, unit.key, pair[1]))
        ):
            # Evidence for one criterion said again for another and adapted to it (", which
            # demonstrates organizational diversity" added under the organisations criterion).
            unit.original = None
            continue
        if unit.similarity < 1.0 and parallel(blocks, original.block_index, unit.block_index):
            unit.original = None
            continue
        own, other = heading_before(blocks, unit.block_index), heading_before(blocks, original.block_index)
        if own == other or own < 0 or other < 0 or not in_series(blocks, other, own):
            continue
        if unit.similarity < 1.0:
            if _adapted(blocks[own], unit.key, original.key):
                unit.original = None
            continue
        repeated = {u.key for u in _units_under(units, blocks, other)}
        if not all(u.key in repeated for u in _units_under(units, blocks, own)):
            unit.original = None


def _under_two_criteria(
    ctx: DocumentContext, copy: Block, original: Block, similarity: float, pair: tuple[Criterion, Criterion]
) -> Finding:
    """The finding for a paragraph standing as evidence under two criteria: deleting either copy
    would leave a criterion unevaluated, so it asks for each criterion's own evidence, at the copy
    that does not fit its criterion when its words clearly belong to the other one."""
    here, there = pair
    how = "word for word" if similarity >= 1.0 else f"nearly ({round(similarity * 100)}% the same)"
    fits = better_fit(copy.text, here, there)
    if fits is None:
        return ctx.finding(
            ID,
            Severity.WARNING,
            f"this paragraph, evidence for '{shorten(here.text, 60)}', repeats {how} "
            f"{ctx.where(original.line)}, the evidence for '{shorten(there.text, 60)}'; deleting either "
            "copy would leave a criterion without evidence: say in each what meets its own criterion, "
            "or point from one to the other",
            _copied_line(ctx, copy, original),
            first_copy=original.line,
        )
    # Reported at the copy that stands under the criterion its words do not fit.
    misplaced, fitting = (original, copy) if fits is here else (copy, original)
    own, other = (there, here) if fits is here else (here, there)
    return ctx.finding(
        ID,
        Severity.WARNING,
        f"this paragraph, evidence for '{shorten(own.text, 60)}', repeats {how} "
        f"{ctx.where(fitting.line)}, where it is the evidence for '{shorten(other.text, 60)}' and fits "
        "that criterion; keep it there, and here say what meets this criterion (or point to "
        f"{ctx.where(fitting.line)} if it covers this one too) rather than deleting either copy",
        _copied_line(ctx, misplaced, fitting),
        first_copy=original.line,
    )


def _description_again(units: list[TextUnit], position: int, places: Places) -> bool:
    """Whether a unit is one sentence restating, alone, the description opening its original in
    the overview (no unit beside it repeats a unit beside the original: that is a passage)."""
    unit = units[position]
    original = unit.original
    if original is None:
        return False
    for near in (position - 1, position + 1):
        other = units[near].original if 0 <= near < len(units) else None
        if other is not None and abs(other - original) <= 1:
            return False
    first = units[original].block_index
    if not places.in_overview(first):
        return False
    sentences = split_sentences(places.blocks[unit.block_index].text)
    if len(sentences) != 1:
        return False
    opening = split_sentences(places.blocks[first].text)[:1]
    return bool(opening) and places.describes_again(unit.block_index, first, sentences[0], opening[0])


def _units_under(units: list[TextUnit], blocks: tuple[Block, ...], heading: int) -> list[TextUnit]:
    """The substantive units between a heading and the next heading."""
    end = heading + 1
    while end < len(blocks) and blocks[end].kind is not BlockKind.HEADING:
        end += 1
    return [u for u in units if u.substantive and heading < u.block_index < end]


def _adapted(heading: Block, key: str, original_key: str) -> bool:
    """Whether a near-copy was adapted to its own block: among the words it has and its original
    lacks is the number of its heading ("Adopter 2 has requested …" under "Adopter 2 - …"). A
    near-copy that differs in other words only (a date, a line of guidance) is another block's
    text pasted in."""
    number = cached_pattern(r"\d+").search(heading.text)
    return number is not None and number.group(0) in set(key.split()) - set(original_key.split())


def _copied_line(ctx: DocumentContext, block: Block, original: Block) -> int:
    """The first source line of a paragraph that holds copied text (a guidance line or a heading-like
    first line pasted above the copy is not where the copy starts)."""
    if block.end_line <= block.line or ctx.document.unit is not Unit.LINE:
        return block.line
    original_words = content_words(original.text)
    for number in range(block.line, min(block.end_line, ctx.document.line_count) + 1):
        words = content_words(ctx.document.source_lines[number - 1])
        if len(words) >= COPIED_LINE_MIN_WORDS and containment(words, original_words) >= COPIED_LINE_SHARE:
            return number
    return block.line


def _pasted_again(run: _Run, units: list[TextUnit]) -> bool:
    """Whether a run that overlaps what it copies is one block pasted again and again: every unit
    from its first to its last an exact copy, with nothing of the author's own between them (a
    series written the same way has its own words in each entry)."""
    first, last = run.units[0], run.units[-1]
    return len(run.units) == last - first + 1 and all(units[u].similarity >= 1.0 for u in run.units)


def _runs(units: list[TextUnit]) -> list[_Run]:
    """Groups of repeated units close together whose originals come in the same order."""
    runs: list[_Run] = []
    current: _Run | None = None
    for position, unit in enumerate(units):
        if unit.original is None:
            continue
        if (
            current is not None
            and position - current.last_unit <= MAX_GAP + 1
            and unit.original > current.last_original
        ):
            current.units.append(position)
        else:
            current = _Run()
            runs.append(current)
            current.units.append(position)
        current.last_original = unit.original
        current.last_unit = position
    return runs
