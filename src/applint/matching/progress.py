"""Notes to the author, which criterion each block of evidence belongs to, and where a criterion's
own evidence says it is unfinished.

Reads the evidence records (``matching.evidence``) and never changes them: a block belongs to the
criterion whose evidence holds it (the nearest statement above, when adjacent statements share
their evidence). Rules read this through ``LintContext.progress``: todo-marker names the ticked
criterion a note leaves unfinished, contradictory-assertion the ticked criteria whose evidence says
"not yet", sub-checkbox the criterion a sub-item belongs to.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from applint.matching.evidence import Evidence
from applint.model import Block, BlockKind, Document
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion, Template
from applint.text.markers import find_author_notes, is_action_comment
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.status import find_not_done, find_partial_percent

_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER)
_TEMPLATE_COMMENT = LazyPattern(
    r"^\(?[^()]*\bgoes here\)?\.?$|^This template provides\b|^Provide any additional information",
    re.IGNORECASE,
)


class Note:
    """One note to the author in a block: the marker or phrase, and whether it is a whole HTML
    comment the author wrote to themselves (``comment``) rather than a word in the text."""

    __slots__ = ("comment", "text")

    def __init__(self, text: str, comment: bool) -> None:
        self.text: Final = text
        self.comment: Final = comment


class Unfinished:
    """A place in a ticked criterion's evidence that says the criterion is not met yet."""

    __slots__ = ("block", "criterion", "kind", "phrase")

    def __init__(self, criterion: Criterion, block: Block, phrase: str, kind: str) -> None:
        self.criterion: Final = criterion
        self.block: Final = block
        self.phrase: Final = phrase
        self.kind: Final = kind  # "note", "status" or "percent"


def block_notes(block: Block, template: Template) -> list[Note]:
    """Every note to the author in a block, in its text and in its HTML comments."""
    if block.kind in _SKIPPED:
        return []
    comments = list(block.comments)
    notes: list[Note] = []
    if block.kind is BlockKind.COMMENT:
        comments.insert(0, block.text)
    elif not _is_directive(block.text):
        notes.extend(Note(text, False) for _, text in find_author_notes(block.text))
    guidance = _comment_guidance(template)
    for comment in comments:
        if _is_directive(comment):
            continue
        found = [Note(text, False) for _, text in find_author_notes(comment, in_comment=True)]
        if not found and _author_action(comment, guidance, template.kind):
            found = [Note(comment, True)]
        notes.extend(found)
    return notes


@functools.lru_cache(maxsize=8)
def _comment_guidance(template: Template) -> frozenset[str]:
    """The template's guidance comments, normalised (once per template, not once per block)."""
    return frozenset(normalize(text) for text, is_comment in template.guidance if is_comment)


def _is_directive(text: str) -> bool:
    """applint's own suppression comments are tool syntax, not notes."""
    return text.lstrip().startswith("applint-")


def _author_action(comment: str, guidance: frozenset[str], kind: str) -> bool:
    text = comment.strip()
    if normalize(text) in guidance or _TEMPLATE_COMMENT.search(text) or is_template_text(text, kind):
        return False
    return is_action_comment(text)


class Progress:
    """Which ticked-or-not criterion owns each evidence block, and what in it is unfinished."""

    __slots__ = ("_notes", "_owner", "document", "template", "unfinished")

    def __init__(self, document: Document, template: Template, evidence: Mapping[str, Evidence]) -> None:
        self.document: Final = document
        self.template: Final = template
        by_id = {criterion.id: criterion for criterion in template.criteria}
        owner: dict[int, tuple[int, Criterion]] = {}
        for criterion_id, found in evidence.items():
            criterion = by_id[criterion_id]
            for block in (found.statement, *found.blocks):
                held = owner.get(id(block))
                if held is None or held[0] < found.statement.line <= block.line:
                    owner[id(block)] = (found.statement.line, criterion)
        self._owner: Final = owner
        self._notes: Final[dict[int, list[Note]]] = {}
        self.unfinished: Final = self._find_unfinished(evidence, by_id)

    def notes(self, block: Block) -> list[Note]:
        """The notes to the author in a block (found once per block, whichever rule asks first)."""
        found = self._notes.get(id(block))
        if found is None:
            found = self._notes[id(block)] = block_notes(block, self.template)
        return found

    def owner(self, block: Block) -> Criterion | None:
        """The criterion whose statement or evidence this block is, if any."""
        held = self._owner.get(id(block))
        return held[1] if held else None

    def _find_unfinished(
        self, evidence: Mapping[str, Evidence], by_id: Mapping[str, Criterion]
    ) -> dict[str, list[Unfinished]]:
        """Per criterion id: the notes, "not yet" statements and partial badge percentages in its
        own evidence (ticked or not; the rules decide what a tick makes of them)."""
        result: dict[str, list[Unfinished]] = {}
        for criterion_id, found in evidence.items():
            criterion = by_id[criterion_id]
            items: list[Unfinished] = []
            for block in (found.statement, *found.blocks):
                if self.owner(block) is not criterion:
                    continue
                items.extend(self._in_block(criterion, block, block is found.statement))
            if items:
                result[criterion_id] = items
        return result

    def _in_block(self, criterion: Criterion, block: Block, is_statement: bool) -> list[Unfinished]:
        notes = self.notes(block)
        if notes:
            return [Unfinished(criterion, block, note.text, "note") for note in notes]
        if block.kind in (*_SKIPPED, BlockKind.COMMENT, BlockKind.HEADING) or not block.text:
            return []
        text = block.text[len(block.strong) :] if is_statement else block.text
        if not text.strip() or is_template_text(text, self.template.kind):
            return []
        found = [Unfinished(criterion, block, phrase, "status") for _, phrase in find_not_done(text)]
        if not found and is_passing_badge(criterion):
            found = [Unfinished(criterion, block, p, "percent") for _, p in find_partial_percent(text)]
        return found[:1]


def is_passing_badge(criterion: Criterion) -> bool:
    return "passing badge" in criterion.text.lower()


def is_silver_gold_badge(criterion: Criterion) -> bool:
    return "silver or gold badge" in criterion.text.lower()


def locate(
    document: Document, block: Block, needle: str, seen: set[tuple[int, int]]
) -> tuple[int, int | None]:
    """The line and column of ``needle``'s next unreported occurrence in the block's source lines
    (the block's first line and no column when the source does not hold it verbatim)."""
    lines = document.source_lines
    for number in range(block.line, min(block.end_line, len(lines)) + 1):
        start = 0
        while needle:
            found = lines[number - 1].find(needle, start)
            if found < 0:
                break
            if (number, found) not in seen:
                seen.add((number, found))
                return number, found + 1
            start = found + 1
    return block.line, None
