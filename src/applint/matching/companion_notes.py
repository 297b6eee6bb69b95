"""Notes to the author in a companion document (GTR, governance review, self-assessment): the
same markers, phrases and action comments as an application's (``text.markers``), with the
companion template's own text in a comment (its outline kept as a hidden prompt) known as the
template's, not as a note. An application's notes about the filing ("Working draft", "Current
filing decision") are not looked for: a companion document that calls itself "this draft" is
describing itself, and a flag in a table row ("Audit logging (WIP)") is the state of the feature
the row lists, as is a bracketed flag right after a name in running text ("keycloak-operator -
operator for kubernetes (WIP)"); in a heading it is still a note.
"""

from __future__ import annotations

from applint.matching.hidden_template import is_template_comment
from applint.matching.progress import Note, notes_in
from applint.model import Block, BlockKind
from applint.templates.companions import CompanionTemplate
from applint.text.markers import find_author_notes, is_action_comment

_STATE_FLAGS = frozenset({"WIP", "PENDING", "BLOCKED"})


def companion_notes(block: Block, template: CompanionTemplate) -> list[Note]:
    """Every note to the author in a block of a companion document, in its text and comments."""

    def text_notes(text: str) -> list[Note]:
        marked = find_author_notes(text, running_text=block.kind is not BlockKind.HEADING)
        if block.kind is BlockKind.TABLE:
            # "| Audit logging (WIP) | … |": a flag in a row is the state of what the row lists.
            marked = [(at, found) for at, found in marked if found.upper() not in _STATE_FLAGS]
        return [Note(found, False) for _, found in marked]

    return notes_in(
        block,
        text_notes,
        lambda comment: is_action_comment(comment.strip()),
        lambda comment: is_template_comment(comment, template),
    )
