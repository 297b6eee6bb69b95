"""A companion document's title against its template's title pattern ("[project] Self-assessment",
"General Technical Review - [Project Name] / [Level]"), and the template's outline heading left in.

- The title names no project when nothing is left of it once the words of the template's own
  titles and of the kind's name are taken out ("# Self-assessment", "# Security Self-Assessment",
  "# Governance Review Template"): the template's title kept, or the kind alone.
- A GTR's title names no level ("# General Technical Review - gRPC") when neither it nor the
  header above the first day says which level the project applies for: the level decides which
  days' questions are asked.
- The template's outline heading is the heading its document part opens with when that is not a
  title (level 2 or deeper) and holds nothing but the parts under it ("## Self-assessment outline"):
  a heading of the template's scaffolding, not a part of the project's document (as an H1, the
  top of an older revision's outline, it is that revision's structure and left alone).
"""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.companions import CompanionReading
from applint.model import BlockKind, Document
from applint.templates.companions import CompanionSection, CompanionTemplate
from applint.text.normalize import normalize

# Words a title may hold beside the kind's name that still name no project.
_GENERIC_WORDS = frozenset(
    {
        "cncf",
        "tag",
        "security",
        "for",
        "the",
        "of",
        "a",
        "an",
        "draft",
        "template",
        "document",
        "v1",
        "0",
        "project",
    }
)
_LEVEL_WORDS = frozenset({"sandbox", "incubation", "incubating", "graduation", "graduated", "graduating"})


class TitleCheck(NamedTuple):
    """What a companion document's title and outline heading say against its template's."""

    title: int | None  # the block of the document's title (None when it has none)
    names_project: bool
    names_level: bool  # always True for a kind whose title asks no level
    outline_heading: tuple[int, CompanionSection] | None  # the template's outline heading kept


def check_title(document: Document, reading: CompanionReading) -> TitleCheck:
    """The document's title and outline heading against the template's."""
    template, blocks = reading.template, document.blocks
    title = _title(reading)
    names_project = names_level = True
    if title is not None:
        text = blocks[title].text
        if not any(placeholder in text for placeholder in template.placeholders):
            words = set(normalize(text).split())
            names_project = bool(words - _generic_words(template) - _LEVEL_WORDS)
            names_level = (
                not template.levels or bool(words & _LEVEL_WORDS) or _level_in_header(document, reading)
            )
    return TitleCheck(title, names_project, names_level, _outline_heading(document, reading))


def _title(reading: CompanionReading) -> int | None:
    """The document's title: its first heading when that is an H1, or a heading of its own, or the
    template's title (not a part of the outline, "## Overview")."""
    title = reading.title_block
    if title is None:
        return None
    for found in reading.sections:
        if found.block == title and found.section.level > 1 and not found.section.instructions:
            return None  # the document opens with a part of the outline: it has no title
    return title


def _generic_words(template: CompanionTemplate) -> frozenset[str]:
    """The words of the template's own titles and of its kind's name ("self", "assessment", …)."""
    texts = [template.name, template.init_title, *template.recognition.titles]
    texts += [section.title for section in template.sections if section.level == 1]
    for placeholder in template.placeholders:
        texts = [text.replace(placeholder, " ") for text in texts]
    words = {word for text in texts for word in normalize(text).split()}
    # "Self-assessment" is "self assessment" or "selfassessment" as authors write it.
    words |= {"selfassessment", "assessment", "self", "review", "questions", "outline"}
    return frozenset(words | _GENERIC_WORDS)


def _level_in_header(document: Document, reading: CompanionReading) -> bool:
    """True when the blocks between the title and the first part of the outline name a level
    ("- **Level:** Incubation")."""
    first_part = min(
        (found.block for found in reading.sections if found.block != reading.title_block),
        default=len(document.blocks),
    )
    start = (reading.title_block or 0) + 1
    for block in document.blocks[start:first_part]:
        if block.kind is not BlockKind.HEADING and set(normalize(block.text).split()) & _LEVEL_WORDS:
            return True
    return False


def _outline_heading(document: Document, reading: CompanionReading) -> tuple[int, CompanionSection] | None:
    """The template's outline heading, when the document keeps it below its title. Older
    revisions of the self-assessment set it as an H1 ("# Self-assessment outline") over H2 parts,
    the outline's own top: a document written from them keeps their structure, not a leftover."""
    template = reading.template
    start = next((section for section in template.sections if not section.instructions), None)
    if start is None or start.level == 1 or start.items:
        return None
    found = reading.section_found(start.id)
    if found is None or document.blocks[found.block].level == 1:
        return None
    return found.block, start
