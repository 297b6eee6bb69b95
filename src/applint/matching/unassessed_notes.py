"""Notes in a companion document saying a part of it was not assessed or verified yet ("Not yet
assessed whether #3760 documents a planned reintroduction.", "(not verified — see Open
questions)", a heading "Open questions / not yet assessed"): what a document whose stage says
Complete should not still hold.

Only the words for the assessment's own work count (assessed, verified, to be completed), not the
project's state ("mTLS is not yet supported" describes the software). Code, comments and link
addresses are not read.
"""

from __future__ import annotations

from applint.model import BlockKind, Document
from applint.text.precompiled import cached_pattern

_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML)
_NOTE = r"(?i)\bnot\s+(?:yet\s+)?(?:been\s+)?(?:assessed|verified)\b|\bto\s+be\s+(?:assessed|completed|verified)\b"
# What a line must hold for the pattern to be run on it.
_TOKENS = ("assessed", "verified", "to be completed")


def unassessed_notes(document: Document) -> list[tuple[int, str]]:
    """(line, the line's text from the note's sentence) of each line saying part of the document
    was not assessed or verified, in order."""
    found = []
    for number, line in document.lines_outside(_SKIPPED):
        lower = line.lower()
        if not any(token in lower for token in _TOKENS):
            continue
        match = cached_pattern(_NOTE).search(line)
        if match is None:
            continue
        cut = line.rfind(". ", 0, match.start())  # from the note's own sentence
        found.append((number, line[cut + 2 if cut >= 0 else 0 :].strip(" -*#>\t")))
    return found
