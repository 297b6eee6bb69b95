"""What a newer revision of a companion document's template asks that the document, read best
against an older one, leaves out: the revision current at the document's own date ("Date
Updated: 2026-01-19") or, when it states none, the newest.

``companion_walk.read_best`` picks the revision that explains the document best, so a GTR written
in 2026 without the Day 2 Compliance section reads as one of the 2024 revision (which had none),
and the section's absence is hidden. This names what the newer revision adds that the document
lacks: its sections (a heading and their questions; not one the older revision had under another
title, the self-assessment's "Goal" that became "Goals"), its questions in sections the document
has, and its fields (the self-assessment metadata table's "Assessment Stage" row). A document
written from the revision current at its date is told nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.companions import CompanionReading
from applint.templates.companions import (
    CompanionSection,
    CompanionTemplate,
    Item,
    companion_revisions,
)
from applint.templates.records import Field
from applint.text.normalize import normalize


class NewerPart(NamedTuple):
    """A section or question of the newer revision the document lacks, and where it belongs."""

    section: CompanionSection
    questions: tuple[Item, ...]  # the questions it lacks (all of a missing section's)
    whole: bool  # the whole section is missing (else only these questions or fields of it)
    block: int  # the block it belongs at (the next part's heading, or its own section's)
    fields: tuple[Field, ...] = ()  # the fields (a metadata table's rows) it lacks
    line: int = 0  # where the document has the section's other fields (its table), if anywhere
    parent: int | None = None  # the heading of the section holding a missing one, where found
    renamed_from: str = ""  # the older revision's title the document's heading keeps ("Goal")


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
    parts = _lacking(reading, against)
    return NewerRevision(target, dated, date, parts) if parts else None


def _day(revision_date: str) -> tuple[int, int, int]:
    year, month, day = (int(part) for part in revision_date.split("-"))
    return year, month, day


def _lacking(reading: CompanionReading, newer: CompanionReading) -> tuple[NewerPart, ...]:
    """The sections, questions and fields the newer revision has, the older (the one the document
    is ``reading`` against) lacks and the document (read against the newer) does not have either."""
    older, template = reading.template, newer.template
    old_sections = {section.id for section in older.sections}
    old_questions = {normalize(item.text) for item in older.items if item.role == "question"}
    met = {found.item.text for found in newer.items}
    renamed = _renamed(older, template)
    parts: list[NewerPart] = []
    for position, section in enumerate(template.sections):
        if section.instructions or section.id in renamed:
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
            block = _next_heading(newer, template.sections[position + 1 :], section, (reading, renamed))
            if block is not None:
                parent = newer.section_found(section.parent_id or "")
                holder = parent.block if parent is not None else None
                parts.append(NewerPart(section, questions, True, block, parent=holder))
        elif questions:
            found = newer.section_found(section.id)
            if found is not None:
                parts.append(NewerPart(section, questions, False, found.block))
    fields = _lacking_fields(older, newer)
    if fields is not None:
        parts.append(fields)
    if parts:  # beside what it lacks (never alone), the headings the newer revision retitled
        parts += _retitled(reading, newer, renamed)
    return tuple(sorted(parts, key=lambda part: part.block))  # in the document's order


def _retitled(reading: CompanionReading, newer: CompanionReading, renamed: dict[str, str]) -> list[NewerPart]:
    """The sections the document heads with the older revision's title ("### Goal") that the newer
    revision retitled ("Goals")."""
    parts = []
    for new_id, old_id in renamed.items():
        found = reading.section_found(old_id)
        if found is not None and newer.section_found(new_id) is None:
            old = reading.template.sections_by_id[old_id]
            section = newer.template.sections_by_id[new_id]
            parts.append(NewerPart(section, (), False, found.block, renamed_from=old.title))
    return parts


def _lacking_fields(older: CompanionTemplate, newer: CompanionReading) -> NewerPart | None:
    """The fields the newer revision adds that the document lacks, where it has most of the older
    revision's (a metadata table without the "Assessment Stage" row), at their section."""
    old_labels = {normalize(field.label) for field in older.fields}
    has = {normalize(found.field.label) for found in newer.fields}
    added = tuple(
        field
        for field in newer.template.fields
        if normalize(field.label) not in old_labels and normalize(field.label) not in has
    )
    if not added or 2 * len(has & old_labels) < len(old_labels):
        return None
    section = newer.template.sections_by_id[added[0].section_id]
    found = newer.section_found(section.id)
    if found is None:
        return None
    lines = [field.line for field in newer.fields if field.field.section_id == section.id]
    return NewerPart(section, (), False, found.block, added, min(lines, default=0))


def _renamed(older: CompanionTemplate, newer: CompanionTemplate) -> dict[str, str]:
    """The newer revision's sections the older one has under another title, with the older's id:
    the same parent, and outline text mostly in the same words ("Goal" → "Goals")."""
    new_ids = {section.id for section in newer.sections}
    gone = [section for section in older.sections if section.id not in new_ids and section.items]
    if not gone:
        return {}
    old_ids = {section.id for section in older.sections}
    renamed: dict[str, str] = {}
    for section in newer.sections:
        if section.id in old_ids or not section.items:
            continue
        words = _words(section)
        for old in gone:
            if old.parent_id == section.parent_id and _alike(words, _words(old)):
                renamed[section.id] = old.id
    return renamed


def _words(section: CompanionSection) -> set[str]:
    return {word for item in section.items for word in normalize(item.text).split()}


def _alike(one: set[str], other: set[str]) -> bool:
    """Mostly the same words (two thirds of either's words are the other's)."""
    return 3 * len(one & other) >= 2 * max(len(one), len(other))


def _next_heading(
    reading: CompanionReading,
    later: tuple[CompanionSection, ...],
    missing: CompanionSection,
    older: tuple[CompanionReading, dict[str, str]],
) -> int | None:
    """The heading of the next part of the outline the document has (where the missing section
    goes, before it; a part the older revision titled otherwise is found under its older title),
    else the heading of its parent."""
    older_reading, renamed = older
    for section in later:
        found = reading.section_found(section.id)
        if found is None and section.id in renamed:
            found = older_reading.section_found(renamed[section.id])
        if found is not None:
            return found.block
    parent = reading.section_found(missing.parent_id or "")
    return parent.block if parent is not None else None
