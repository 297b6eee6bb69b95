"""Notes to the author in a companion document (GTR, governance review, self-assessment): the
same markers, phrases and action comments as an application's (``text.markers``), with the
companion template's own text in a comment (its outline kept as a hidden prompt) known as the
template's, not as a note. An application's notes about the filing ("Working draft", "Current
filing decision") are not looked for: a companion document that calls itself "this draft" is
describing itself, and a flag in a table row ("Audit logging (WIP)") is the state of the feature
the row lists.
"""

from __future__ import annotations

from applint.matching.hidden_template import is_template_comment
from applint.matching.progress import Note
from applint.model import Block, BlockKind
from applint.templates.companions import CompanionTemplate
from applint.text.markers import find_author_notes, is_action_comment

_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER)
_STATE_FLAGS = frozenset({"WIP", "PENDING", "BLOCKED"})


def companion_notes(block: Block, template: CompanionTemplate) -> list[Note]:
    """Every note to the author in a block of a companion document, in its text and comments."""
    if block.kind in _SKIPPED:
        return []
    comments = list(block.comments)
    notes: list[Note] = []
    if block.kind is BlockKind.COMMENT:
        comments.insert(0, block.text)
    elif not _is_directive(block.text):
        marked = find_author_notes(block.text)
        if block.kind is BlockKind.TABLE:
            # "| Audit logging (WIP) | … |": a flag in a row is the state of what the row lists.
            marked = [(at, text) for at, text in marked if text.upper() not in _STATE_FLAGS]
        notes.extend(Note(text, False) for _, text in marked)
    for comment in comments:
        if _is_directive(comment) or is_template_comment(comment, template):
            continue
        found = [Note(text, False, source=comment) for _, text in find_author_notes(comment, in_comment=True)]
        if not found and is_action_comment(comment.strip()):
            found = [Note(comment, True, source=comment)]
        notes.extend(found)
    return notes


def _is_directive(text: str) -> bool:
    """applint's own suppression comments are tool syntax, not notes."""
    return text.lstrip().startswith("applint-")
