"""The criteria a governance review written under headings of its own never assesses: each
criterion the template marks Required at the review's level ("Incubating: Required"), in an area
the review does assess, whose words (the ``governance-review-criteria`` vocabulary in
``schemas/topics/``: "CONTRIBUTING.md", "mailing list", "emeritus") are nowhere in it.

A criterion the vocabulary has no topic for is its area's whole subject (Ownership, the Code of
Conduct) and is read with the area (``governance_shape``); an area the review says nothing of is
named as an area, not criterion by criterion.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import NamedTuple

from applint.matching.topic_words import speaks_of_topic
from applint.templates.companions import CompanionTemplate
from applint.templates.topics import GOVERNANCE_REVIEW_CRITERIA, Topic, vocabulary
from applint.text.normalize import normalize


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
