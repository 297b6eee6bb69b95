"""duplicate-content: a paragraph, a section, the whole document, a sentence, a list item's label or a
word repeated.

Why: pasted-twice text is the commonest slip in drafts assembled from several sources; a
reviewer reads it as carelessness, and the two copies often disagree.

Severity: warning. Reported at the repeat, naming the line of the first copy. A run of
repeated paragraphs (a section pasted again, or the whole document) is one finding for the
whole run; JSON ``details.pairs`` lists each repeated paragraph and its original. What the other
rules find inside such a copy that they also find in the first copy (its placeholders, its empty
sections …) is not reported again: this finding counts it ("the copy also holds …").

Finds exact copies (after normalising case, spacing and markup) and near-copies (at least 60%
of their word triples shared). Not duplicates: text the template itself repeats in every
application ("Note: this section may be augmented ..."), the criteria statements, template
sub-bullets filled in the same way, and pointer sentences: under 8 words, or one sentence under
20 words ("Documented in our Governance document.", "Completed as part of our General Technical
Review, merged on 28-01-2025 in our community repo."), which applicants rightly repeat under
several criteria.

Companion documents (GTR, governance review, security self-assessment) too: an answer copied into
a later answer is the same slip. Not duplicates there: the template's own questions and criteria,
a governance review's Summary and Assessment restating the findings below it, one answer standing
under two of its criteria (they overlap by design: adopting the Code of Conduct, cross-linking it;
also when a criterion is written with its levels on one line and so not read as one), paragraphs
whose copy overlaps what it copies (each entry of a comparison written the same way: "Difference
between A and B: * A: …", "Difference between A and C: * A: …").
In every family, a near-copy is no copy when it is a parallel entry: another item of the same list
("Jib - Similar to CNB …", "Ko - Similar to CNB …"), or an entry opening with a label of its own
("**Analysis** runs in a platform-provided image …" and "**Restore** runs in …").

A sentence said again in another paragraph or list item (or twice in one), the paragraphs
themselves no copies: verbatim, or with a clause added or dropped (every word of the shorter one,
in order, in the longer; or a sentence of at least 10 words that another opens with before its
first comma: "Governance documentation may be found with X." and "Governance documentation may be
found with X, an easy access approach …"), at least 10 words (12 for a changed one) and not
counting its web addresses (``matching.repeated_sentences``). Warning, at the repeat, naming the first and quoting
the sentence; a sentence said three times is one finding ("also at line 262"), as are sentences in
a row copied from sentences in a row. Not repeats: pointers ("See … for more details."), the
template's own sentences, an application's one-sentence evidence, a DD document's sentences (it
quotes the application and the TOC's guide), a summary restating what follows, two neighbouring
labelled entries of one list ("Jib - Similar to CNB in that …", "Ko - Similar to CNB in that …"),
a changed sentence within one list (parallel entries: "Li Auto: Using KubeVela to build a united
… platform" and "XPeng: Using KubeVela to build … platform"), a bold subject ("**Detection** runs
in …", "**Build** runs in …" say different things), a sentence two steps of one list each opening
with its bold subject say of themselves ("**Analysis** runs … Registry credentials are provided for
this stage …", "**Export** runs … Registry credentials are provided for this stage …").

A list item labelled as an earlier sibling of the same list ("11. **Pluggable:** …", "14.
**Pluggable:** …"; ``matching.repeated_labels``): warning, at the second, naming the first. Not in
lists of records, states or kinds (two labels come back; fewer than three labels; one label on
consecutive items: "**Read/Write**: …", "**Read/Write**: …", "**Read**: …").

A word written twice in a row in the author's text ("detect client client liveness", "The the";
``text.doubled_words``): info, at the word. Not words doubled on purpose ("that that", "had
had"), a name ("Michael Michael"), a code span, a link's address, "… in Go. Go is …".

Options: ``min-words`` (default 8), the shortest paragraph reported; ``pointer-words``
(default 20), below which a single sentence is a pointer and not reported.

Cost: one pass with hashed word triples and capped postings lists; never all pairs.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cached_property
from itertools import chain

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.matching.repeated_labels import find_repeated_labels
from applint.matching.repeated_sentences import find_repeated_sentences, leading_label, split_sentences
from applint.model import Block, BlockKind, Unit
from applint.rules.context import CompanionContext, DocumentContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, option, shorten
from applint.templates.boilerplate import fills_sub_item, template_prose, template_text
from applint.text.doubled_words import doubled_candidates, find_doubled
from applint.text.normalize import content_words, normalize, normalized_words
from applint.text.precompiled import cached_pattern, compile_pattern
from applint.text.similarity import containment

ID = "duplicate-content"
MIN_WORDS = 8
POINTER_WORDS = 20
NEAR_COPY = 0.6
MAX_GAP = 3
RUN_MIN_PARAGRAPHS = 2  # two copied paragraphs in a row are one paste: one finding
WHOLE_DOCUMENT_SHARE = 0.3
POSTINGS_CAP = 20
# The fewest word triples two paragraphs share when one says a sentence of the other again (a
# sentence of 10 words has 8; one with a clause added in its middle, or a word changed, fewer).
SENTENCE_TRIPLES = 4
CRITERION_MIN_WORDS = 5  # the shortest criterion recognised between two blocks of one answer
# A line of a repeating paragraph is where the copy starts when this share of its (at least this
# many) meaningful words come from the first copy.
COPIED_LINE_SHARE = 0.8
COPIED_LINE_MIN_WORDS = 4
_URL = compile_pattern(r"\w+://\S+")
_SENTENCE_END = compile_pattern(r"[.!?](?:\s|$)")
_UNITS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE, BlockKind.HEADING)
_SENTENCE_UNITS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


class _Unit:
    """One paragraph-like block: its normalised text, and the earlier unit it repeats, if any."""

    __slots__ = ("block_index", "key", "original", "similarity", "substantive", "template", "words")

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


class _Run:
    """Consecutive repeated units that are reported as one finding."""

    __slots__ = ("last_original", "last_unit", "units")

    def __init__(self) -> None:
        self.units: list[int] = []
        self.last_original = -1
        self.last_unit = -1


def check(ctx: DocumentContext) -> Iterator[Finding]:
    units = _units(ctx)
    linked = _find_originals(units)
    # Where the document restates by design, read once (and only if asked) for both passes below.
    places = _Places(ctx)
    _drop_intended_repeats(units, places)
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
    yield from _repeated_sentences(ctx, units, linked, places)
    yield from _repeated_labels(ctx)
    yield from _doubled_words(ctx, units)


def _doubled_words(ctx: DocumentContext, units: list[_Unit]) -> Iterator[Finding]:
    """A word written twice in a row in the author's own text ("detect client client liveness")."""
    document = ctx.document
    for unit in units:
        block = document.blocks[unit.block_index]
        if (
            unit.template
            or block.kind not in _SENTENCE_UNITS
            or (unit.original is not None and unit.substantive)
        ):
            continue  # (a copy's slip is its first copy's)
        for word in dict.fromkeys(doubled_candidates(unit.words)):
            for number in range(block.line, min(block.end_line, document.line_count) + 1):
                found = find_doubled(document.source_lines[number - 1], word)
                if found is not None:
                    column, written = found
                    yield ctx.finding(
                        ID,
                        Severity.INFO,  # a slip of the keyboard, not of the document
                        f'"{written}": the word "{word}" is written twice in a row; delete one',
                        number,
                        column,
                        word=word,
                    )
                    break


def _repeated_labels(ctx: DocumentContext) -> Iterator[Finding]:
    """An item of a list opening with the label of an earlier item of the same list."""
    blocks = ctx.document.blocks
    for repeat in find_repeated_labels(blocks):
        block, original = blocks[repeat.block], blocks[repeat.original_block]
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'this list already has an item labelled "{repeat.label}" ({ctx.where(original.line)}); '
            "merge the two items, or give this one the label it should have",
            block,
            first_copy=original.line,
            **everywhere_fold(f"label:{original.line}"),
        )


def _repeated_sentences(
    ctx: DocumentContext, units: list[_Unit], linked: set[int], places: _Places
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
        and blocks[unit.block_index].kind in _SENTENCE_UNITS
        and (pointers_too or (unit.substantive and position in linked))
    ]
    previous: tuple[int, int, str] | None = None  # (block, original block, fold key) of the last one
    folds: dict[int, str] = {}  # the fold key of the repeats of the sentence at a line
    for repeat in find_repeated_sentences(blocks, candidates, lambda: _template_prose(ctx)):
        if (
            places.restate(repeat.block, repeat.original_block)
            or places.in_series(repeat.block, repeat.original_block)
            or _next_entries(blocks, repeat.original_block, repeat.block)
            or _subject_entries(blocks, repeat.original_block, repeat.block)
            or (repeat.similarity < 1.0 and _same_list(blocks, repeat.original_block, repeat.block))
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
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'this sentence repeats {ctx.where(original_line)} {how} ("{shorten(repeat.sentence, 60)}"); '
            "keep it in one place, and point to it from the other if both need it",
            line,
            column,
            first_copy=original_line,
            **everywhere_fold(fold),
        )


def _next_entries(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two blocks are neighbouring entries of one list, each with a label of its own ("Jib -
    Similar to CNB in that …", "Ko - Similar to CNB in that …"): a sentence both say is said of two
    things."""
    return (
        second == first + 1
        and blocks[first].kind is BlockKind.LIST_ITEM
        and blocks[second].kind is BlockKind.LIST_ITEM
        and _label(blocks[first]) != _label(blocks[second])
    )


def _subject_entries(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two blocks are entries of one list that each open with their bold subject ("2.
    **Analysis** runs in … Registry credentials are provided for this stage …", "5. **Export** runs
    in … Registry credentials are provided for this stage …"): the steps of one process described
    in one form, where a sentence both say is said of two things. Not entries with a label of their
    own ("**Automated Testing**: …", "**Dynamic Analysis**: …"), whose text is the author's answer."""
    return (
        _same_list(blocks, first, second)
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


def _template_prose(ctx: DocumentContext) -> str:
    """The template's text of the document's kind, normalised and joined (computed once per kind)."""
    if isinstance(ctx, CompanionContext):
        from applint.templates.companions import companion_prose  # a companion's check only

        return companion_prose(ctx.template.kind)
    if isinstance(ctx, LintContext):
        return template_prose(ctx.template.kind)
    return ""


_MARKUP = frozenset("*_`[]()<>")


def _opening(sentence: str) -> str:
    """The start of a sentence as its source likely holds it: its words before any markup."""
    cut = next((i for i, char in enumerate(sentence) if char in _MARKUP), len(sentence))
    return sentence[: min(cut, 40)].strip()


def _drop_intended_repeats(units: list[_Unit], places: _Places) -> None:
    """Forget the originals of repeats that are the document's form, not a paste.

    - The blocks of a series of sibling headings (``Adopter 1 - …``, ``Adopter 2 - …``) share
      their form: a sentence each block adapts to itself ("Adopter 2 has requested the interview
      be kept private" under "Adopter 2 - …") or the same note under each of several distinct
      write-ups ("This adopter preferred to remain anonymous"). A block whose every paragraph is an
      exact copy of another's, or a near-copy not adapted to its block (another adopter's
      description with only the date changed), is still a copy.
    - A due-diligence document's Evaluation Summary restates the evaluations it calls out.
    """
    if all(unit.original is None for unit in units):
        return
    blocks = places.blocks
    for unit in units:
        if unit.original is None:
            continue
        original = units[unit.original]
        if places.restate(unit.block_index, original.block_index):
            unit.original = None
            continue
        if unit.similarity < 1.0 and _parallel(blocks, original.block_index, unit.block_index):
            unit.original = None
            continue
        own, other = _heading_before(blocks, unit.block_index), _heading_before(blocks, original.block_index)
        if own == other or own < 0 or other < 0 or not _in_series(blocks, other, own):
            continue
        if unit.similarity < 1.0:
            if _adapted(blocks[own], unit.key, original.key):
                unit.original = None
            continue
        repeated = {u.key for u in _units_under(units, blocks, other)}
        if not all(u.key in repeated for u in _units_under(units, blocks, own)):
            unit.original = None


class _Places:
    """Where a document restates by design: a summary restating what follows (a DD document's
    Evaluation Summary, a governance review's Summary and Assessment), the answers to two of a
    companion template's criteria (a governance review's criteria overlap), the blocks of a series
    of numbered sibling headings (``Adopter 1 - …``, ``Adopter 2 - …``: they share their form)."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.blocks = ctx.document.blocks
        self.ctx = ctx

    @cached_property
    def summary(self) -> tuple[int, int] | None:
        return _summary_span(self.ctx)

    @cached_property
    def answers(self) -> dict[int, int]:
        """The criterion each block of a companion document answers, by block index."""
        if not isinstance(self.ctx, CompanionContext):
            return {}
        from applint.matching.companion_spans import criterion_answers  # a companion's check only

        return criterion_answers(self.ctx.reading)

    def restate(self, block: int, original: int) -> bool:
        """Whether text at ``block`` may rightly say again what ``original`` says."""
        summary = self.summary
        if summary is not None and (summary[0] <= block < summary[1]) != (
            summary[0] <= original < summary[1]
        ):
            return True
        criteria = self.answers.get(block), self.answers.get(original)
        if None in criteria:
            return False
        return criteria[0] != criteria[1] or self._criterion_between(original, block)

    def _criterion_between(self, original: int, block: int) -> bool:
        """Whether a paragraph between two blocks of one answer opens with a criterion of the
        template the reading did not take for one (written with its level requirements on the
        same line: "CNCF Code of Conduct is cross-linked … **Incubating:** Required"): the two
        blocks answer two criteria after all."""
        prose = _template_prose(self.ctx)
        for index in range(min(original, block) + 1, max(original, block)):
            between = self.blocks[index]
            if between.kind is not BlockKind.PARAGRAPH:
                continue
            opening = split_sentences(between.text)[0]
            words = normalized_words(opening)
            if len(words) >= CRITERION_MIN_WORDS and " ".join(words) in prose:
                return True
        return False

    def in_series(self, block: int, original: int) -> bool:
        """Whether the two blocks stand under two numbered sibling headings of one series."""
        own, other = _heading_before(self.blocks, block), _heading_before(self.blocks, original)
        return own != other and own >= 0 and other >= 0 and _in_series(self.blocks, other, own)


def _heading_before(blocks: tuple[Block, ...], index: int) -> int:
    """The index of the nearest heading at or before a block (-1 before the first)."""
    while index >= 0 and blocks[index].kind is not BlockKind.HEADING:
        index -= 1
    return index


def _units_under(units: list[_Unit], blocks: tuple[Block, ...], heading: int) -> list[_Unit]:
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


_NUMBERED_TITLE = compile_pattern(r"^(?P<stem>\D*?)\s*\d")


def _in_series(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two headings are numbered siblings of one series ("Adopter 1 - …", "Adopter 3 - …"):
    the same level, the same words before their numbers, and no higher heading between them."""
    a, b = blocks[first], blocks[second]
    stem_a, stem_b = _NUMBERED_TITLE.match(normalize(a.text)), _NUMBERED_TITLE.match(normalize(b.text))
    if a.level != b.level or stem_a is None or stem_b is None or not stem_a.group("stem"):
        return False
    if stem_a.group("stem") != stem_b.group("stem"):
        return False
    low, high = sorted((first, second))
    return not any(
        blocks[i].kind is BlockKind.HEADING and blocks[i].level < a.level for i in range(low + 1, high)
    )


def _parallel(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether a near-copy is a parallel entry rather than a copy: an item of the same list as its
    original (a list's entries share their form), or an entry opening with a label of its own
    ("**Analysis** runs in …" and "**Restore** runs in …", "Jib - Similar to CNB …" and "Ko -
    Similar to CNB …", "`object.yaml`: Replication of 3 …" after "`filesystem.yaml`: …")."""
    if _same_list(blocks, first, second):
        return True
    label, original_label = _label(blocks[second]), _label(blocks[first])
    return bool(label) and bool(original_label) and label != original_label


def _same_list(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two blocks are items of one list (nothing but list items from one to the other)."""
    return first != second and all(blocks[i].kind is BlockKind.LIST_ITEM for i in range(first, second + 1))


def _label(block: Block) -> str:
    """The label an entry opens with: its bold text, or up to six words before a colon or a dash."""
    label = block.strong or leading_label(block.text)
    return " ".join(word.removesuffix("s") for word in normalized_words(label))  # "Committer", "Committers"


def _summary_span(ctx: DocumentContext) -> tuple[int, int] | None:
    """The block indexes of the document's summary (a due-diligence document's Evaluation Summary,
    a companion document's "Summary and Assessment"), if it has one: it restates what follows."""
    if isinstance(ctx, CompanionContext):
        from applint.matching.companion_spans import summary_span  # a companion's check only

        return summary_span(ctx.document, ctx.reading)
    if not isinstance(ctx, LintContext) or not ctx.selection.due_diligence:
        return None
    for section in ctx.template.walk():
        if "evaluation-summary" in section.id and "." not in section.id:
            found = ctx.mapping.sections.get(section.id)
            if found is not None:
                return found.start, found.end
    return None


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


def _units(ctx: DocumentContext) -> list[_Unit]:
    kind = ctx.template.kind if isinstance(ctx, LintContext) else ""
    repeated = template_text(kind) if kind else frozenset()
    from_template = _companion_template_blocks(ctx) if isinstance(ctx, CompanionContext) else frozenset()
    min_words, pointer_words = option(ctx, RULE, "min-words"), option(ctx, RULE, "pointer-words")
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
        units.append(_Unit(index, key, normalized_words(block.text), substantive, template))
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


def _shingles(key: str, words: tuple[str, ...]) -> frozenset[Shingle]:
    """The overlapping word triples of normalised text (``key``, whose ``words`` they are), made by
    ``zip`` (no string is built per triple; a tuple hashes from its words' cached hashes)."""
    if len(words) < 3:
        return frozenset((key,))
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def _find_originals(units: list[_Unit]) -> set[int]:
    """Set each unit's earlier copy, preferring the copy that continues the current run. Returns
    the positions of the substantive units that share a few word triples with another unit or hold
    one twice: the only ones where a sentence can be said again.

    Only the word triples two or more units hold can tie a unit to another: they are found first
    with set operations, and only they are posted and looked up."""
    linked: set[int] = set()
    occurrences: dict[str, list[int]] = defaultdict(list)
    postings: dict[Shingle, list[int]] = defaultdict(list)
    # Word triples only for the units a near-copy can be reported for.
    shingles_of = [_shingles(unit.key, unit.words) if unit.substantive else _NO_SHINGLES for unit in units]
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
        if unit.original is not None:
            last_original, last_dup = unit.original, position
        occurrences[unit.key].append(position)
        for shingle in common:
            posting = postings[shingle]
            if len(posting) < POSTINGS_CAP:
                posting.append(position)
    return linked


_NO_SHINGLES: frozenset[Shingle] = frozenset()
_NONE_SHARED: Counter[int] = Counter()


def _pasted_again(run: _Run, units: list[_Unit]) -> bool:
    """Whether a run that overlaps what it copies is one block pasted again and again: every unit
    from its first to its last an exact copy, with nothing of the author's own between them (a
    series written the same way has its own words in each entry)."""
    first, last = run.units[0], run.units[-1]
    return len(run.units) == last - first + 1 and all(units[u].similarity >= 1.0 for u in run.units)


def _runs(units: list[_Unit]) -> list[_Run]:
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


RULE = Rule(
    ID,
    Severity.WARNING,
    "A paragraph, section or the whole document is repeated.",
    check,
    __doc__ or "",
    options={"min-words": MIN_WORDS, "pointer-words": POINTER_WORDS},
    families=ALL_FAMILIES,
)
