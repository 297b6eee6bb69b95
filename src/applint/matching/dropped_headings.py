"""The template's group headings and labels a companion document leaves out while keeping what
they group: a GTR's "Day 0 - Planning Phase" dropped with "## Scope", "## Design" … standing in its
place, or its "Cloud Native Threat Modeling" label dropped so that the label's questions follow
"Security Hygiene" and read as that label's.

Read from what the reading found (its sections, items and labelled groups); nothing here re-reads
the text beyond looking for the group's title written as a line of its own.
"""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.companions import CompanionReading, GroupFound, ItemFound, SectionFound
from applint.model import Document
from applint.templates.companions import CompanionSection, Item
from applint.text.normalize import normalize


class DroppedGroup(NamedTuple):
    """A heading the template groups sections under ("Day 0 - Planning Phase") that the document
    leaves out while keeping the sections."""

    section: CompanionSection  # the group's template section
    kept: tuple[SectionFound, ...]  # its sections the document has, in order


def dropped_groups(document: Document, reading: CompanionReading) -> tuple[DroppedGroup, ...]:
    """The template's group headings right under its title (a GTR's days, a governance review's
    "Summary and Assessment"; not a heading under the template's instructions, such as the
    self-assessment guide's "Self-assessment outline", whose level authors shift) that the document has neither as a heading
    nor as a line of its own, while it keeps two or more of the group's sections, all of them at the
    level the group's heading takes (they stand in its place: "## Scope" right under the title). A
    document that keeps one of them at that level and the rest below it made that one the group's
    heading, renamed."""
    template = reading.template
    title = reading.title_block
    if title is None:
        return ()
    blocks = document.blocks
    found = {f.section.id: f for f in reading.sections}
    dropped: list[DroppedGroup] = []
    for section in template.sections:
        if section.id in found or section.instructions or section.level == 1 or section.parent_id is None:
            continue
        parent = template.sections_by_id.get(section.parent_id)
        if parent is None or parent.instructions or parent.level != 1:
            continue  # only the groups right under the template's title (a GTR's days)
        kept = tuple(found[s.id] for s in template.sections if s.parent_id == section.id and s.id in found)
        level = blocks[title].level + section.level - 1
        if len(kept) < 2 or any(blocks[f.block].level > level or blocks[f.block].inferred for f in kept):
            continue
        if _named_in_text(document, section.title, kept[0].block):
            continue
        dropped.append(DroppedGroup(section, kept))
    return tuple(dropped)


def _named_in_text(document: Document, title: str, before: int) -> bool:
    """True when a block before ``before`` opens with the group's title or its first part ("**Day 0
    - Planning Phase**", "Day 0:"): the group is written, as a label rather than a heading."""
    wanted = normalize(title.replace("\\", "").split(" - ")[0])
    return any(normalize(block.text).startswith(wanted) for block in document.blocks[:before] if block.text)


class DroppedLabel(NamedTuple):
    """A label the template sets over a run of its questions ("Cloud Native Threat Modeling") that
    the document leaves out while keeping the questions right after another such label's."""

    label: Item  # the template's label
    questions: tuple[ItemFound, ...]  # its questions the document keeps, in order
    after: GroupFound  # the label kept before them, whose questions they read as


# The most words a label may have to be a title over its questions ("Security Hygiene"), not a
# prompt asking something itself ("Please outline the project's API Design:").
_LABEL_WORDS = 5


def dropped_labels(reading: CompanionReading) -> tuple[DroppedLabel, ...]:
    """The template's short labels over questions that the document has not kept, while it keeps
    two or more of their questions after another label of the same section that it has kept: the
    questions read as that label's."""
    template = reading.template
    kept_labels = {group.item.text for group in reading.groups}
    dropped: list[DroppedLabel] = []
    for label in template.items:
        if label.role != "label" or label.text in kept_labels or len(label.text.split()) > _LABEL_WORDS:
            continue
        wanted = {item.text for item in template.sub_questions(label)}
        found = tuple(
            f for f in reading.items if f.item.text in wanted and f.item.section_id == label.section_id
        )
        if len(found) < 2:
            continue
        first = min(f.block for f in found)
        before = [
            group
            for group in reading.groups
            if group.block < first and group.item.section_id == label.section_id
        ]
        if before:
            dropped.append(DroppedLabel(label, tuple(sorted(found, key=lambda f: f.block)), before[-1]))
    return tuple(dropped)
