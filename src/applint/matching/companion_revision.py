"""What a newer revision of a companion document's template asks that the document, read best
against an older one, leaves out: the revision current at the document's own date ("Date
Updated: 2026-01-19") or, when it states none, the newest.

``companions.read_best`` picks the revision that explains the document best, so a GTR written
in 2026 without the Day 2 Compliance section reads as one of the 2024 revision (which had none),
and the section's absence is hidden. This names what the newer revision adds that the document
lacks: its sections (a heading and their questions) and its questions in sections the document
has. A document written from the revision current at its date is told nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.companions import CompanionReading
from applint.templates.companions import CompanionSection, CompanionTemplate, Item, companion_revisions
from applint.text.normalize import normalize


class NewerPart(NamedTuple):
    """A section or question of the newer revision the document lacks, and where it belongs."""

    section: CompanionSection
    questions: tuple[Item, ...]  # the questions it lacks (all of a missing section's)
    whole: bool  # the whole section is missing (else only these questions of it)
    block: int  # the block it belongs at (the next part's heading, or its own section's)


class NewerRevision(NamedTuple):
    """The revision the document should follow, and what of it the document lacks."""

    template: CompanionTemplate
    dated: bool  # chosen by the document's own date (else the newest, the document stating none)
    date: str  # the document's date as written ("" when not dated)
    parts: tuple[NewerPart, ...]


def newer_revision(reading: CompanionReading) -> NewerRevision | None:
    """The revision newer than the one read that the document should follow, with the parts of it
    the document lacks; None when it follows the revision of its date (or the newest), or lacks
    nothing the newer one adds."""
    revisions = companion_revisions(reading.template.kind)
    if not revisions or reading.template.id == revisions[-1].id:
        return None
    stated = reading.stated_date()
    if stated is not None:
        written, as_written = stated
        current = [r for r in revisions if _day(r.revision_date) <= written]
        if not current or current[-1].revision_date <= reading.template.revision_date:
            return None
        target, dated, date = current[-1], True, as_written
    else:
        target, dated, date = revisions[-1], False, ""
    against = reading.other(target.id)
    if against is None:
        return None
    parts = _lacking(reading.template, against)
    return NewerRevision(target, dated, date, parts) if parts else None


def _day(revision_date: str) -> tuple[int, int, int]:
    year, month, day = (int(part) for part in revision_date.split("-"))
    return year, month, day


def _lacking(older: CompanionTemplate, newer: CompanionReading) -> tuple[NewerPart, ...]:
    """The sections and questions the newer revision has, the older lacks and the document (read
    against the newer) does not have either."""
    template = newer.template
    old_sections = {section.id for section in older.sections}
    old_questions = {normalize(item.text) for item in older.items if item.role == "question"}
    met = {found.item.text for found in newer.items}
    parts: list[NewerPart] = []
    for position, section in enumerate(template.sections):
        if section.instructions:
            continue
        questions = tuple(
            item
            for item in section.items
            if item.role == "question" and normalize(item.text) not in old_questions and item.text not in met
        )
        if section.id not in old_sections:
            if newer.section_found(section.id) is not None or any(
                item.text in met for item in section.items if item.role == "question"
            ):
                continue
            block = _next_heading(newer, template.sections[position + 1 :], section)
            if block is not None:
                parts.append(NewerPart(section, questions, True, block))
        elif questions:
            found = newer.section_found(section.id)
            if found is not None:
                parts.append(NewerPart(section, questions, False, found.block))
    return tuple(parts)


def _next_heading(
    reading: CompanionReading, later: tuple[CompanionSection, ...], missing: CompanionSection
) -> int | None:
    """The heading of the next part of the outline the document has (where the missing section
    goes, before it), else the heading of its parent."""
    for section in later:
        found = reading.section_found(section.id)
        if found is not None:
            return found.block
    parent = reading.section_found(missing.parent_id or "")
    return parent.block if parent is not None else None
