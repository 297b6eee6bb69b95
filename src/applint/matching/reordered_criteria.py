"""Template sections whose criteria the document lists in an older revision's order, where the
revision it follows reordered them: a part of the draft pasted from an older text.

The 2025-07-14 incubation text moved "Governance has continuously been iterated upon …" above
"Clear and discoverable project governance documentation." in Governance and Maintainers'
Suggested criteria. A draft following 2025-08-19 whose Suggested criteria come in the older order
kept that part of an older text (with the older notes and criteria that came with it).

Only a section whose stated criteria come exactly in an older revision's order, and not in the
followed revision's, is reported: an author who moved one criterion elsewhere matches neither.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping as MappingOf
from typing import Final

from applint.model import Document
from applint.templates.catalog import revisions_of
from applint.templates.records import Template


class ReorderedSection:
    """A section whose criteria the document lists as an older revision orders them."""

    __slots__ = ("first", "line", "revision", "section_id")

    def __init__(self, section_id: str, revision: str, first: str, line: int) -> None:
        self.section_id: Final = section_id
        self.revision: Final = revision  # the newest older revision with the document's order
        self.first: Final = first  # the criterion the followed revision lists first where they differ
        self.line: Final = line  # where the document states the first criterion out of that order


def reordered_sections(
    document: Document, template: Template, criteria: MappingOf[str, int]
) -> list[ReorderedSection]:
    """Each section of ``template`` whose criteria (as ``criteria`` maps them: id -> block index)
    the document lists in the order of an older revision that the followed one changed."""
    found = []
    for section_id, older in _reordered_by_older(template).items():
        own = [c.id for c in template.criteria if c.section_id == section_id and c.id in criteria]
        stated = sorted(own, key=lambda criterion_id: criteria[criterion_id])
        if stated == own:
            continue
        for revision, order in older:  # newest first
            if [criterion_id for criterion_id in order if criterion_id in criteria] == stated:
                at = next(index for index, (a, b) in enumerate(zip(own, stated, strict=True)) if a != b)
                text = next(c.text for c in template.criteria if c.id == own[at])
                found.append(
                    ReorderedSection(section_id, revision, text, document.blocks[criteria[stated[at]]].line)
                )
                break
    return found


@functools.cache
def _reordered_by_older(template: Template) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Section id -> (older revision id, its order of the section's criteria), newest first, for
    each section an older revision of the kind orders otherwise (same criteria, same section)."""
    result: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    sections = {c.section_id for c in template.criteria}
    for older in reversed(revisions_of(template.kind)):
        if older.revision_date >= template.revision_date:
            continue
        for section_id in sections:
            own = [c.id for c in template.criteria if c.section_id == section_id]
            theirs = tuple(c.id for c in older.criteria if c.section_id == section_id and c.id in own)
            if len(theirs) > 1 and list(theirs) != [i for i in own if i in theirs]:
                result.setdefault(section_id, []).append((older.id, theirs))
    return {key: tuple(value) for key, value in result.items()}
