"""The criteria a governance review written under headings of its own never assesses: each
criterion the template marks Required at the review's level ("Incubating: Required"), in an area
the review does assess, whose words (the ``governance-review-criteria`` vocabulary in
``schemas/topics/``: "CONTRIBUTING.md", "mailing list", "emeritus") are nowhere in it.

A criterion the vocabulary has no topic for is its area's whole subject (Ownership, the Code of
Conduct) and is read with the area (``governance_shape``); an area the review says nothing of is
named as an area, not criterion by criterion.

A review keeping the template's headings is read for the criteria it dropped (``dropped_criteria``):
each criterion required at its level whose bold text and level line it left out, in an area it
keeps, and whose own words the reviewer's text (the template's headings, criteria and boilerplate
left out) never uses.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import NamedTuple

from applint.matching.companions import CompanionReading
from applint.matching.governance_words import (
    KIND,
    assessed_sections,
    blocks_words,
    named_words,
    part_names,
    review_level,
)
from applint.matching.topic_words import speaks_of_topic
from applint.model import Document
from applint.templates.companions import CompanionTemplate
from applint.templates.topics import GOVERNANCE_REVIEW_CRITERIA, Topic, vocabulary
from applint.text.normalize import normalize

# The words a block opens with that make it the template's own text kept ("What follows is a
# governance review and …" with the project's name put in).
_OPENING_WORDS = 6


class ReviewCriterion(NamedTuple):
    """A criterion of the governance review template, with its area's title."""

    text: str
    section_id: str
    area: str


def criteria_required(template: CompanionTemplate, level: str) -> list[tuple[ReviewCriterion, str]]:
    """Each criterion of the template marked Required at the level ("Incubating"), with its
    "Incubating: … | Graduated: …" line, in template order."""
    required = []
    items = template.items
    for at, item in enumerate(items):
        if item.role != "criterion":
            continue
        label = next(
            (later.text for later in items[at + 1 : at + 3] if later.role == "label"),
            "",
        )
        if label and required_at(label, level):
            section = template.sections_by_id.get(item.section_id)
            area = section.title if section is not None else ""
            required.append((ReviewCriterion(item.text, item.section_id, area), label))
    return required


def unassessed_criteria(
    template: CompanionTemplate,
    level: str,
    text: Sequence[str],
    named: Sequence[str],
    areas_unwritten: Container[str],
) -> tuple[ReviewCriterion, ...]:
    """The criteria required at the level, in areas the review writes, whose topic's runs are
    neither in the text's words nor, as a name, in its headings' and labels' words."""
    unassessed = []
    for criterion, _ in criteria_required(template, level):
        if criterion.section_id in areas_unwritten:
            continue
        topic = _topic_of(criterion.text)
        if topic is not None and not speaks_of_topic(topic, text, named=named):
            unassessed.append(criterion)
    return tuple(unassessed)


class DroppedCriteria(NamedTuple):
    """The criteria required at a review's level that a review on the template's headings dropped
    with their words, and the heading of the first one's area."""

    criteria: tuple[ReviewCriterion, ...]
    level: str
    block: int  # the first criterion's area heading


def dropped_criteria(document: Document, reading: CompanionReading) -> DroppedCriteria | None:
    """The criteria the template marks Required at the review's level that a review keeping the
    template's headings left out (neither the criterion nor, anywhere in the review, its own
    words), within areas it keeps; None for another kind, a template revision marking no levels,
    a review in its own shape (``unwritten_review``'s) or one that keeps them all."""
    template = reading.template
    if template.kind != KIND or not any(item.role == "label" for item in template.items):
        return None
    sections = assessed_sections(template)
    areas = {found.section.id: found.block for found in reading.sections}
    if 2 * sum(section.id in areas for section in sections) < len(sections):
        return None
    kept = {found.item.text for found in reading.items if found.item.role == "criterion"}
    # The reviewer's own words: the template's text kept (its headings, criteria, level lines,
    # boilerplate) is no assessment ("Completed assessments are submitted as PR's" submits no issue).
    template_blocks = {found.block for found in reading.items} | set(areas.values())
    openings = {
        tuple(words[:_OPENING_WORDS])
        for item in template.items
        if len(words := normalize(item.text).split()) >= _OPENING_WORDS
    }
    own = [
        block
        for at, block in enumerate(document.blocks)
        if at not in template_blocks and tuple(normalize(block.text).split()[:_OPENING_WORDS]) not in openings
    ]
    named = named_words(part_names(document))
    text = blocks_words(own)
    level = review_level(document, reading)
    absent = {section.id for section in sections if section.id not in areas}
    criteria = tuple(
        criterion
        for criterion in unassessed_criteria(template, level, text, named, absent)
        if criterion.text not in kept
    )
    if not criteria:
        return None
    return DroppedCriteria(criteria, level, areas[criteria[0].section_id])


def required_at(label: str, level: str) -> bool:
    """True when a template's "Incubating: Suggested | Graduated: Required" line marks its
    criterion Required at the level."""
    for part in label.split("|"):
        name, _, requirement = part.partition(":")
        if name.strip() == level and requirement.strip().lower() == "required":
            return True
    return False


def _topic_of(criterion: str) -> Topic | None:
    """The vocabulary's topic for a criterion: the one whose name opens its normalised text."""
    words = normalize(criterion)
    return next(
        (topic for topic in vocabulary(GOVERNANCE_REVIEW_CRITERIA).topics if words.startswith(topic.name)),
        None,
    )
