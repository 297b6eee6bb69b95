"""The sections of a companion template a document leaves out where it keeps the sections beside
them: a governance review with Must-Fix Items and Areas for Improvement but no Points of
Excellence between them.

Only sections the author writes a list or an assessment in (the template's text there is a
list's lead-in or criteria), or whose text the author keeps with the project's name put in (a
self-assessment's "Self-assessment use"; asked for where two in three of its siblings are kept, and
there when its opening is anywhere in the document), are
asked for: a GTR's missing questions are unanswered-question's, and a self-assessment's
subsections are ``companion_parts``' (one alone is often folded into the section's own text). A
section is there when a heading or bold label holds its title; it is missing only when its parent
is there (or is a heading that only groups its subsections, "Self-assessment outline", which
documents drop) and at least two of its siblings are, and at most one in three of them is missing
too (a document written the author's own way, or from another outline, keeps few of them).
An outline's own section whose template text is a prompt to the author (a self-assessment's
"Project compliance") is missing only where it alone is left out between sections the document
keeps, and is not written under another name or inside another section (``outline_sections``).
"""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.companion_parts import holds_title
from applint.matching.companions import CompanionReading
from applint.matching.outline_sections import written_elsewhere
from applint.model import BlockKind, Document
from applint.templates.companions import CompanionSection, CompanionTemplate
from applint.text.normalize import normalize

# The roles of a section's template text that make it one the author writes in.
_WRITTEN_ROLES = frozenset({"intro", "criterion"})
# The fewest siblings the document must keep for a missing one to count.
_FEWEST_KEPT = 2


class MissingSection(NamedTuple):
    """A template section the document lacks, and the block of the sibling it belongs before (or
    after, when it is the last)."""

    section: CompanionSection
    block: int
    before: bool  # it belongs before ``block`` (else after it)


def missing_sections(document: Document, reading: CompanionReading) -> list[MissingSection]:
    """The template's written-in sections the document leaves out among kept siblings."""
    template = reading.template
    found_ids = {found.section.id for found in reading.sections}
    by_parent: dict[str | None, list[CompanionSection]] = {}
    for section in template.sections:
        if not section.instructions and section.level > 1:
            by_parent.setdefault(section.parent_id, []).append(section)
    labels: list[str] | None = None
    missing: list[MissingSection] = []
    for parent_id, siblings in by_parent.items():
        if parent_id is not None and parent_id not in found_ids and not _grouping(template, parent_id):
            continue
        # An outline's own sections (a self-assessment's "Project compliance": the template's text
        # there is a prompt to the author), where the outline's grouping heading (or none) is over them.
        outline_top = parent_id is None or _grouping(template, parent_id)
        asked_outline = {
            section.id
            for section in siblings
            if outline_top and any(item.role == "guidance" for item in section.items)
        }
        absent = [
            section
            for section in siblings
            if section.id not in found_ids
            and (
                any(item.role in _WRITTEN_ROLES for item in section.items)
                or _kept_with_name(template, section)
                or section.id in asked_outline
            )
        ]
        kept = [section for section in siblings if section.id in found_ids]
        if not absent or len(kept) < _FEWEST_KEPT or 3 * len(absent) > len(siblings):
            continue
        if labels is None:
            labels = [
                " " + normalize(block.strong or block.text) + " "
                for block in document.blocks
                if block.kind is BlockKind.HEADING or block.strong
            ]
        for section in absent:
            if any(holds_title(label, section.title) for label in labels):
                continue
            if section.id in asked_outline and (
                not _between_kept(siblings, section, found_ids)
                or len(asked_outline - found_ids) > 1
                or written_elsewhere(document, reading, section)
            ):
                # Only where it alone is left out between kept sections (a draft that stops before
                # it, or an abridged one, did not leave it out); renamed ("## Compliance"), or
                # answered under another section in its name.
                continue
            if _kept_with_name(template, section) and (
                3 * len(kept) < 2 * len(siblings) or _text_kept(document, section, template)
            ):
                continue  # an outline kept only in part (an abridged draft), or its text kept elsewhere
            if not _renamed(document, reading, siblings, section):
                missing.append(_placed(reading, siblings, section))
    return missing


def _between_kept(siblings: list[CompanionSection], section: CompanionSection, found_ids: set[str]) -> bool:
    """True when the document keeps a sibling before the section and one after it."""
    position = siblings.index(section)
    return any(s.id in found_ids for s in siblings[:position]) and any(
        s.id in found_ids for s in siblings[position + 1 :]
    )


def _grouping(template: CompanionTemplate, section_id: str) -> bool:
    """True for a template heading that only groups its subsections, with no text of its own
    ("## Self-assessment outline"): documents drop it and keep what it groups."""
    section = template.sections_by_id.get(section_id)
    return section is not None and not section.items and not section.instructions


def _kept_with_name(template: CompanionTemplate, section: CompanionSection) -> bool:
    """True for a section whose text the author keeps as the template wrote it with the project's
    name put in ("Self-assessment use": "This self-assessment is created by the [project] team …")."""
    items = section.items
    return bool(items) and all(
        item.role == "boilerplate" and any(mark in item.text for mark in template.placeholders)
        for item in items
    )


# The fewest words of a kept text's opening (before its first placeholder) looked for.
_OPENING_WORDS = 3


def _text_kept(document: Document, section: CompanionSection, template: CompanionTemplate) -> bool:
    """True when a block of the document holds the opening of one of the section's texts (before
    its first placeholder): the text kept under another heading."""
    openings = []
    for item in section.items:
        head = item.text
        for mark in template.placeholders:
            head = head.split(mark)[0]
        words = normalize(head).split()
        if len(words) >= _OPENING_WORDS:
            openings.append(" ".join(words))
    return any(opening in normalize(block.text) for block in document.blocks for opening in openings)


def _renamed(
    document: Document,
    reading: CompanionReading,
    siblings: list[CompanionSection],
    section: CompanionSection,
) -> bool:
    """True when a heading of the author's own stands where the section belongs, at its siblings'
    level ("### Critical Items" between Executing the Assessment and Points of Excellence, an
    older outline's name; "### Sub-projects"): the section renamed, not left out."""
    position = siblings.index(section)
    before = [f for f in (reading.section_found(s.id) for s in siblings[:position]) if f is not None]
    after = [f for f in (reading.section_found(s.id) for s in siblings[position + 1 :]) if f is not None]
    blocks = document.blocks
    level = blocks[(before[-1] if before else after[0]).block].level
    if before:
        start = before[-1].block + 1
    else:
        parent = reading.section_found(section.parent_id or "")
        start = parent.block + 1 if parent is not None else 0
    end = after[0].block if after else len(blocks)
    for block in blocks[start:end]:
        if block.kind is not BlockKind.HEADING:
            continue
        if block.level < level:
            break  # the parent's end
        if block.level == level:
            return True  # a heading of the author's own (or another part's): not left out
    return False


def _placed(
    reading: CompanionReading, siblings: list[CompanionSection], section: CompanionSection
) -> MissingSection:
    """The missing section with the kept sibling it goes before (or the last kept one it follows)."""
    position = siblings.index(section)
    for later in siblings[position + 1 :]:
        found = reading.section_found(later.id)
        if found is not None:
            return MissingSection(section, found.block, True)
    earlier = [
        found for found in (reading.section_found(s.id) for s in siblings[:position]) if found is not None
    ]
    return MissingSection(section, earlier[-1].block, False)
