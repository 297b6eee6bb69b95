"""The TOC's due-diligence template current at the date a DD document states, when that revision is
newer than the one the document follows, with the criteria it adds that the document does not
have (a DD copied from the template before the General Technical Review, the Governance Review and
the joint security assessment were added, and finished after).

The date is the one the document states: a ``date`` in its front matter, or a label line above its
first section ("Date: 2026-05-12", "Last updated: May 2026", "Completed: 2026-06-30"), at the
earliest day it can mean. A document stating none is a record of the criteria it was written
against and is told nothing: most finished DD documents state no date, and the revision they
follow is the one the application was assessed under.
"""

from __future__ import annotations

from typing import NamedTuple

from applint.model import Block, BlockKind, Document
from applint.templates.catalog import revisions_of
from applint.templates.diff import Change, diff_templates
from applint.templates.records import Template
from applint.text.dates import find_dates
from applint.text.normalize import normalize

# Words a label line's label holds when its value is the date the document was written.
_DATE_LABELS = frozenset({"date", "dated", "updated", "completed", "written"})
# The most words such a label has ("Date of this review").
_LABEL_WORDS = 5


class StatedDate(NamedTuple):
    """The date a document says it was written, at the earliest day it can mean."""

    day: tuple[int, int, int]
    written: str  # as the document writes it
    line: int  # where


class NewerDD(NamedTuple):
    """The DD template current at the document's date, and the criteria it adds that the
    document lacks."""

    template: Template
    date: StatedDate
    added: tuple[Change, ...]


def newer_dd_revision(document: Document, template: Template, stated: frozenset[str]) -> NewerDD | None:
    """The revision current at the DD document's date when it is newer than ``template`` (the one
    the document follows) and adds criteria the document does not state (``stated``: the criteria
    texts it has); None otherwise."""
    if not template.due_diligence:
        return None
    date = stated_date(document)
    if date is None:
        return None
    current = [
        revision for revision in revisions_of(template.kind) if _day(revision.revision_date) <= date.day
    ]
    if not current or current[-1].revision_date <= template.revision_date:
        return None
    added = tuple(
        change
        for change in diff_templates(template, current[-1])
        if change.kind == "added" and change.text not in stated
    )
    return NewerDD(current[-1], date, added) if added else None


def stated_date(document: Document) -> StatedDate | None:
    """The date the document says it was written: its front matter's ``date``, else the first label
    line above its first section whose label names a date ("Date:", "Last updated:")."""
    front = document.front_matter.get("date", "")
    if front:
        line = next((block.line for block in document.blocks if block.kind is BlockKind.FRONT_MATTER), 1)
        found = _first_date(front, line)
        if found is not None:
            return found
    lines = document.source_lines
    for block in _preamble(document):
        # Line by line as written: "Reviewer: …" and "Date: …" on two lines are one paragraph.
        written = [
            (number, lines[number - 1]) for number in range(block.line, min(block.end_line, len(lines)) + 1)
        ]
        for number, text in written or [(block.line, block.text)]:  # a DOCX paragraph: its text
            label, colon, value = text.lstrip("-*+ ").partition(":")
            words = normalize(label).split()
            if colon and 0 < len(words) <= _LABEL_WORDS and _DATE_LABELS.intersection(words):
                found = _first_date(value, number)
                if found is not None:
                    return found
    return None


def _preamble(document: Document) -> list[Block]:
    """The paragraphs and list items above the document's first heading below its title."""
    blocks = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and block.level > 1:
            break
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            blocks.append(block)
    return blocks


def _first_date(text: str, line: int) -> StatedDate | None:
    """The first date of a text to the month at least, at the earliest day it can mean."""
    for _, _, written, date in find_dates(text):
        if date.month:
            return StatedDate((date.year, date.month, date.day or 1), written, line)
    return None


def _day(revision_date: str) -> tuple[int, int, int]:
    year, month, day = (int(part) for part in revision_date.split("-"))
    return year, month, day
