"""The GTR questions whose whole answer is a note to the author: "**TODO (Maintainers):** describe
the roadmap process", "**TBD:**", "TODO (owner): …", or a list of such items, written where the
answer belongs (under the question, or after it in its own paragraph). Such a question is not
answered yet, whatever the notes say is to come.

A block is a note when one opens it (after its list marker and emphasis): what follows the
marker is what is still to be done. An answer holding any block of the author's own that is not a
note (a sentence, a table, a link) is an answer, whose notes stay notes; so is prose that only
mentions the word ("All TODO items from Incubation were addressed"), a to-do list the project
links ("see our [TODO list](…)"), a code identifier (`TODO()`) or a quoted title ('"TODO: migrate
the API" (#123) tracks it'), none of which a note opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from applint.matching.companions import CompanionReading, ItemFound
from applint.matching.progress import Note
from applint.model import Block, Document, Record
from applint.text.normalize import content_words

# What may stand before a note's marker in a block's text: list markers, emphasis, a quote's mark.
_LEAD = " \t*_>-–—•"


class NoteAnswer(Record):
    """A question answered only with notes to the author: the question found, the blocks holding
    the notes (the question's own block when the note follows it there), and the first note."""

    __slots__ = ("blocks", "found", "note")

    def __init__(self, found: ItemFound, blocks: tuple[int, ...], note: Note) -> None:
        self.found: Final = found
        self.blocks: Final = blocks
        self.note: Final = note


def note_answers(
    document: Document, reading: CompanionReading, notes: Callable[[Block], Sequence[Note]]
) -> tuple[NoteAnswer, ...]:
    """The questions of the days the level requires whose whole answer is notes to the author."""
    template = reading.template
    required = set(reading.required_groups())
    blocks = document.blocks
    found_answers: list[NoteAnswer] = []
    for found in reading.items:
        if (
            found.item.role != "question"
            or not found.answered
            or template.group_of(found.item.section_id).id not in required
        ):
            continue
        if found.answer:
            opening = [_opening_note(blocks[number], notes(blocks[number])) for number in found.answer]
            first = opening[0]
            if first is not None and all(note is not None for note in opening):
                found_answers.append(NoteAnswer(found, found.answer, first))
            continue
        inline = _note_after_question(blocks[found.block], notes(blocks[found.block]), found.item.text)
        if inline is not None:
            found_answers.append(NoteAnswer(found, (found.block,), inline))
    return tuple(found_answers)


def _opening_note(block: Block, notes: Sequence[Note]) -> Note | None:
    """The note that opens a block's text, if one does."""
    text = block.text.lstrip(_LEAD)
    for note in notes:
        if not note.comment and not note.status and note.text and text.startswith(note.text):
            return note
    return None


def _note_after_question(block: Block, notes: Sequence[Note], question: str) -> Note | None:
    """The note written right after the question in its own block ("* Describe the target persona
    … ? TBD"), when nothing but the question stands before it and nothing of the author's own
    after it but what the note asks."""
    asked = content_words(question)
    for note in notes:
        if note.comment or note.status or not note.text:
            continue
        at = block.text.find(note.text)
        if at > 0 and content_words(block.text[:at]) <= asked and content_words(block.text[:at]):
            return note
    return None
