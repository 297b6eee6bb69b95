"""Stray headings: a template section's exact heading written a second time, where the mapping did
not take it for any section (pasted into another section, or repeated inside its own).

Computed once for the rules that read it (``LintContext.stray_headings``): misplaced-heading
reports each one; empty-section stays quiet about a section that looks empty only because a stray
heading follows it at once (one problem, one finding).
"""

from __future__ import annotations

import itertools

from applint.matching.mapping import GENERIC_TITLES, Mapping
from applint.matching.structure import Section
from applint.model import BlockKind, Document
from applint.templates.records import Template
from applint.text.normalize import normalize_title


def stray_headings(
    document: Document, template: Template, mapping: Mapping
) -> dict[int, tuple[str, Section]]:
    """Heading index -> (template section id, the document section it was mapped to) for each heading
    that carries a mapped template section's exact title (or alias) but was not itself taken for a
    section; the generic "Suggested"/"Required" are not judged (every area has them), and two or more
    strays in the order of their originals are a pasted copy of several sections (a duplicate, not
    a stray heading) and are left out."""
    titles: dict[str, str] = {}
    for section in template.walk():
        if section.role == "title" or section.id not in mapping.sections:
            continue
        for title in section.titles:
            norm = normalize_title(title)
            if norm and norm not in GENERIC_TITLES:
                titles.setdefault(norm, section.id)
    if not titles:
        return {}
    mapped = {section.start for section in mapping.sections.values()}
    strays: dict[int, tuple[str, Section]] = {}
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING and index not in mapped:
            section_id = titles.get(normalize_title(block.text))
            if section_id is not None:
                strays[index] = (section_id, mapping.sections[section_id])
    copied: set[int] = set()
    for earlier, later in itertools.pairwise(sorted(strays)):
        if strays[earlier][1].start < strays[later][1].start:
            copied.update((earlier, later))
    return {index: found for index, found in strays.items() if index not in copied}


def displaced(
    document: Document, root: Section, strays: dict[int, tuple[str, Section]], titles: tuple[str, ...]
) -> bool:
    """True when a heading with one of ``titles`` is in the document, inside the section a stray
    heading opens: the stray heading took it out of its place, so it is not missing."""
    if not strays:
        return False
    wanted = {normalize_title(title) for title in titles} - {""}
    for section in root.walk():
        if section.start in strays:
            for block in document.blocks[section.start + 1 : section.end]:
                if block.kind is BlockKind.HEADING and normalize_title(block.text) in wanted:
                    return True
    return False
