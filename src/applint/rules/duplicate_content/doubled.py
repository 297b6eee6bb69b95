"""duplicate-content's fourth pass: a word written twice in a row in the author's own text
("detect client client liveness"), found with ``text.doubled_words``; info, at the word. A
paragraph or item that is one quotation (an adopter's endorsement in quotation marks) is quoted as
written, and left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import DocumentContext
from applint.rules.duplicate_content.units import ID, SENTENCE_UNITS, TextUnit
from applint.text.doubled_words import doubled_candidates, find_doubled


def doubled_words(ctx: DocumentContext, units: list[TextUnit]) -> Iterator[Finding]:
    """A word written twice in a row in the author's own text ("detect client client liveness")."""
    document = ctx.document
    for unit in units:
        block = document.blocks[unit.block_index]
        if (
            unit.template
            or block.kind not in SENTENCE_UNITS
            or (unit.original is not None and unit.substantive)
            or _quotation(block.text)
        ):
            continue  # (a copy's slip is its first copy's; a quotation is not the author's to edit)
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


_OPENING = '"\u201c\u2018'
_CLOSING = '"\u201d\u2019'


def _quotation(text: str) -> bool:
    """True for a block that is one quotation: it opens and ends with quotation marks."""
    text = text.strip()
    return len(text) > 2 and text[0] in _OPENING and text[-1] in _CLOSING
