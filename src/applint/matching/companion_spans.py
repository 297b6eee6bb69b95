"""Where a companion document's parts lie, for rules that must tell a restatement from a copy: its
summary (a governance review's "Summary and Assessment", which restates the findings below it) and
the answers the author gave to each of its template's criteria (a governance review's criteria
overlap by design, so one answer can rightly stand under two of them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from applint.model import Document

if TYPE_CHECKING:
    from applint.matching.companions import CompanionReading


def summary_span(document: Document, reading: CompanionReading) -> tuple[int, int] | None:
    """The block indexes [start, end) of the document's top-level summary section, if it has one:
    from its heading to the next heading at its level or above."""
    for found in reading.sections:
        section = found.section
        if section.level > 2 or "summary" not in section.id:  # under the title, or the title itself
            continue
        return found.block, document.section_end(found.block)
    return None


def criterion_answers(reading: CompanionReading) -> dict[int, int]:
    """Each block of an answer to one of the template's criteria, with the position of that
    criterion among the document's template items."""
    answers: dict[int, int] = {}
    for position, found in enumerate(reading.items):
        if found.item.role == "criterion":
            for block in found.answer:
                answers[block] = position
    return answers
