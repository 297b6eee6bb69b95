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
from collections.abc import Callable, Mapping
from typing import Final

from applint.matching.evidence import Evidence
from applint.model import Block, BlockKind, Document
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion, Template
from applint.text.code_notes import is_code, is_code_note
from applint.text.joined import JoinedTexts
from applint.text.markers import find_author_notes, is_action_comment
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.status import NOT_DONE_STEMS, find_not_done, find_partial_percent
from applint.text.status_notes import opens_note_section, status_note

_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER)
_TEMPLATE_COMMENT = LazyPattern(
    r"^\(?[^()]*\bgoes here\)?\.?$|^This template provides\b|^Provide any additional information",
    re.IGNORECASE,
)


class Note:
    """One note to the author in a block: the marker or phrase, whether it is a whole HTML
    comment the author wrote to themselves (``comment``) rather than a word in the text, whether
    it speaks of the state of the document or the filing ("Working draft", "Current filing
    decision": ``status``), the HTML comment it was found in (``source``, "" in the text), and
    whether it is a code span that reads as a note (`todo insert links`: ``code``)."""

    __slots__ = ("code", "comment", "source", "status", "text")

    def __init__(
        self, text: str, comment: bool, status: bool = False, source: str = "", code: bool = False
    ) -> None:
        self.text: Final = text
        self.comment: Final = comment
        self.status: Final = status
        self.source: Final = source
        self.code: Final = code


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

    def text_notes(text: str) -> list[Note]:
        # "operator for kubernetes (WIP)" gives the operator's state, unless a heading says it
        running = block.kind is not BlockKind.HEADING
        notes = [Note(found, False) for _, found in find_author_notes(text, running_text=running)]
        if not notes and block.kind in _STATUS_KINDS:
            status = status_note(
                text, heading=block.kind is BlockKind.HEADING, evaluation=template.due_diligence
            )
            if status:
                notes.append(Note(status, False, status=True))
        return notes

    def author_action(comment: str) -> bool:
        return _author_action(comment, _comment_guidance(template), template.kind)

    return notes_in(block, text_notes, author_action)


def notes_in(
    block: Block,
    text_notes: Callable[[str], list[Note]],
    author_action: Callable[[str], bool],
    template_comment: Callable[[str], bool] = lambda comment: False,
) -> list[Note]:
    """The notes in a block's text (``text_notes``, not in code or front matter, nor applint's own
    directives) and in its HTML comments: the markers and phrases ``find_author_notes`` finds in a
    comment, or else the whole comment when it asks the author to act (``author_action``); a comment
    that is the template's own (``template_comment``) holds none. Each document family gives its
    own tests; applications and DD documents here (``block_notes``), companion documents in
    ``companion_notes``. A code span is code, not prose: the text is read without it, unless the
    whole span reads as a note (`todo insert links`), which is one note."""
    if block.kind in _SKIPPED:
        return []
    comments = list(block.comments)
    notes: list[Note] = []
    if block.kind is BlockKind.COMMENT:
        comments.insert(0, block.text)
    elif not _is_directive(block.text):
        text = block.text
        for span in block.code_spans:
            if is_code_note(span):
                notes.append(Note(span, False, code=True))
            elif not is_code(span):
                continue  # words set as code ("`TBD`") are read with the prose around them
            text = text.replace(span, " " * len(span), 1)
        notes.extend(text_notes(text))
    for comment in comments:
        if _is_directive(comment) or template_comment(comment):
            continue
        found = [Note(text, False, source=comment) for _, text in find_author_notes(comment, in_comment=True)]
        if not found and author_action(comment):
            found = [Note(comment, True, source=comment)]
        notes.extend(found)
    return notes


# Lower-case text that every note ``block_notes`` finds in a block's own text needs: the
# substring pre-tests of ``find_author_notes`` (``_may_hold_note``, ``_may_hold_more_notes`` with
# ``_may_be_signed``'s nouns, ``_may_instruct``) and of ``status_note`` (``may_hold_status_note``,
# ``_may_hold_evaluation_banner``), lower-cased and shortened where one holds another ("fil" for
# "file", "progress" for "WORK IN PROGRESS"). A block holding none of them holds no note in its
# text; a pre-test given a new word needs it here too.
_NOTE_HINTS = (
    "todo", "tbd", "tbc", "??", "fixme", "xxx", "progress", "draft", "fil", "ending", "before",
    "o be", "suggestion", "comment", "note", "remark", "question", "blocked", "wip", "pend",
    "emove ", "elete ", "rop th", "trike th", "status", "state of", "internal", "open ", "submit",
    "incomplete",
)  # fmt: skip


def lowered_texts(document: Document) -> JoinedTexts:
    """The document's blocks' texts, lower-cased and joined, for the searches below."""
    return JoinedTexts([block.text.lower() for block in document.blocks])


def quiet_blocks(document: Document, lowered: JoinedTexts | None = None) -> set[int]:
    """The ids of the document's blocks that hold no note to the author: no HTML comment and no
    hint of a note in their text, found with one search per hint over the blocks' joined text
    (``lowered``: ``lowered_texts(document)``, when the caller has it) rather than the pre-tests
    on every block."""
    blocks = document.blocks
    hinted = (lowered or lowered_texts(document)).holding(*_NOTE_HINTS)
    return {
        id(block)
        for index, block in enumerate(blocks)
        if index not in hinted
        and not block.comments
        and block.kind is not BlockKind.COMMENT
        and not (block.code_spans and any(is_code_note(span) for span in block.code_spans))
    }


# The blocks a note about the state of the document opens ("Working draft — …", a title "… —
# Working Draft", "Current filing decision: …").
_STATUS_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)


@functools.lru_cache(maxsize=8)
def _comment_guidance(template: Template) -> frozenset[str]:
    """The template's guidance comments, normalised (once per template, not once per block)."""
    return frozenset(normalize(text) for text, is_comment in template.guidance if is_comment)


def _is_directive(text: str) -> bool:
    """applint's own suppression comments are tool syntax, not notes."""
    return text.lstrip().startswith("applint-")


def _author_action(comment: str, guidance: frozenset[str], kind: str) -> bool:
    text = comment.strip()
    if _is_template_comment(text, guidance, kind):
        return False
    return is_action_comment(text)


def _is_template_comment(text: str, guidance: frozenset[str], kind: str) -> bool:
    return (
        normalize(text) in guidance
        or _TEMPLATE_COMMENT.search(text) is not None
        or is_template_text(text, kind)
    )


def is_template_comment(comment: str, template: Template) -> bool:
    """True when an HTML comment is one of the template's own (its guidance, "(… goes here)")."""
    return _is_template_comment(comment.strip(), _comment_guidance(template), template.kind)


class Progress:
    """Which ticked-or-not criterion owns each evidence block, and what in it is unfinished."""

    __slots__ = (
        "_folded",
        "_lowered",
        "_notes",
        "_owner",
        "_quiet",
        "_stating",
        "document",
        "template",
        "unfinished",
    )

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
        self._folded: dict[int, Block] | None = None
        self._quiet: set[int] | None = None
        self._lowered: JoinedTexts | None = None
        self._stating: set[int] | None = None
        self.unfinished: Final = self._find_unfinished(evidence, by_id)

    def lowered_texts(self) -> JoinedTexts:
        """The document's blocks' texts, lower-cased and joined (``lowered_texts``), made once for
        every rule that searches them."""
        if self._lowered is None:
            self._lowered = lowered_texts(self.document)
        return self._lowered

    def _may_state_not_done(self, block: Block) -> bool:
        """Whether a block's text holds a word a "not yet" statement needs (``NOT_DONE_STEMS``),
        found with one search per word over the lower-cased joined text: a block without one
        states nothing unfinished, whatever else it holds."""
        if self._stating is None:
            blocks = self.document.blocks
            self._stating = {id(blocks[index]) for index in self.lowered_texts().holding(*NOT_DONE_STEMS)}
        return id(block) in self._stating

    def notes(self, block: Block) -> list[Note]:
        """The notes to the author in a block (found once per block, whichever rule asks first)."""
        found = self._notes.get(id(block))
        if found is None:
            if self._quiet is None:
                self._quiet = quiet_blocks(self.document, self.lowered_texts())
            quiet = id(block) in self._quiet
            found = self._notes[id(block)] = [] if quiet else block_notes(block, self.template)
        return found

    def note_head(self, block: Block) -> Block | None:
        """The block whose note this block is part of, when that is an earlier block: everything
        under a heading such as "Current filing decision", and a run of notes about the state of
        the document one after another (a "Working Draft" title and the preamble below it) are
        one note, reported at its first line."""
        if self._folded is None:
            self._folded = self._fold_notes()
        return self._folded.get(id(block))

    def _fold_notes(self) -> dict[int, Block]:
        folded: dict[int, Block] = {}
        section: Block | None = None  # the note a section of notes belongs to, while inside it
        section_level = 0  # that section's heading level
        run: Block | None = None  # the first block of a run of notes about the document's state
        for block in self.document.blocks:
            if block.kind is BlockKind.HEADING and section is not None and block.level <= section_level:
                section = None
            if section is not None:
                folded[id(block)] = section
                continue
            if block.kind in _SKIPPED or block.kind is BlockKind.COMMENT:
                continue
            notes = self.notes(block)
            if not notes or not all(note.status for note in notes):
                run = None
                continue
            if run is not None and not self.template.due_diligence:
                # in a due diligence each banner or placeholder marks its own unfinished part
                folded[id(block)] = run
            else:
                run = block
            if block.kind is BlockKind.HEADING and opens_note_section(block.text):
                section, section_level = run, block.level
        return folded

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
                if self.owner(block) is not criterion or self._in_note_section(block):
                    continue
                items.extend(self._in_block(criterion, block, block is found.statement))
            if items:
                result[criterion_id] = items
        return result

    def _in_note_section(self, block: Block) -> bool:
        """True for a heading that opens a section of notes to the team, and the blocks under it:
        they speak of the filing, not of the criterion whose evidence they follow."""
        if block.kind is BlockKind.HEADING and any(note.status for note in self.notes(block)):
            return opens_note_section(block.text)
        head = self.note_head(block)
        return head is not None and head.kind is BlockKind.HEADING and opens_note_section(head.text)

    def _in_block(self, criterion: Criterion, block: Block, is_statement: bool) -> list[Unfinished]:
        notes = self.notes(block)
        if notes:
            return [Unfinished(criterion, block, note.text, "note") for note in notes]
        if block.kind in (*_SKIPPED, BlockKind.COMMENT, BlockKind.HEADING) or not block.text:
            return []
        if not self._may_state_not_done(block) and not ("%" in block.text and is_passing_badge(criterion)):
            return []  # (what is read below finds nothing in it: no "not yet" words, no percentage)
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
