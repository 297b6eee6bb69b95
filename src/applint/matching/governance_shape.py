"""The parts of the governance review template that a review written under headings of its own
("## Background", "## Observations", "## Risks", "## Recommendations") says nothing of anywhere:
the Status line, the Must-Fix Items, the other summary lists, the link to the project's
self-assessment, the Governance Summary and each area the template asks the reviewer to assess.

Only a review in its own shape is read so: fewer than half of the template's sections are held by
a heading of the template's title, the template's summary (its "Summary and Assessment" heading
with the Status line) is not kept, and most of its headings below its title, at least
``_FEWEST_OWN`` of them, are the reviewer's own. A review keeping the template's headings is read
section by section (``companion_sections``), and one keeping the summary over an earlier
template's review ("Governance Description", "Documentation Content", "Operation", "Maintainer
List(s)") is left alone.

A part is written when a heading, bold label or short opening before a colon holds its title or
one of the names reviewers give it (its topic's ``as_label`` runs in the ``governance-review-parts``
vocabulary, ``schemas/topics/``: "Overall assessment", "Blocking issues", "Strengths"), when the
text anywhere holds one of the runs written for its topic ("there are no blocking issues",
"CODEOWNERS"), or, for the Status, when the template's Status line is filled in; the link to the
self-assessment is there when a link or its paragraph holds a run of the vocabulary's "review"
topic (the self-assessment, the application, a cncf/toc issue). The runs of its "the toc's own
bodies" topic ("the Project Reviews subproject") are left out of the text before it is read.

Which parts are required: the Status and the Must-Fix Items (what the TOC decides on, and the
blockers to the move; "none" is an answer), and each area holding a criterion the template marks
Required at the level the review is for (its title or opening paragraphs: "for Incubation"; at
Incubating when it names none), read from the newest revision's "Incubating: … | Graduated: …"
lines. The rest are the template's other parts. Within the areas it writes, the criteria required
at its level that it never assesses, read by their own words, are named too
(``governance_criteria``: an area written of its maintainers but never of their list). The
summary's lists written under headings of the reviewer's own ("Blocking issues", "Recommendations")
are named with the template's title each stands for, so that the finding can ask for it.

A review keeping the template's headings is read for the criteria it dropped instead
(``governance_criteria.dropped_criteria``). How a review's names, words and level are read is
``governance_words``'.
"""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.companion_parts import holds_title
from applint.matching.companions import CompanionReading
from applint.matching.governance_criteria import ReviewCriterion, required_at, unassessed_criteria
from applint.matching.governance_words import (
    KIND,
    SUMMARY,
    assessed_sections,
    blocks_words,
    named_words,
    part_names,
    part_topic,
    review_level,
    review_words,
)
from applint.matching.topic_words import speaks_of_topic
from applint.model import BlockKind, Document
from applint.templates.companions import CompanionTemplate, latest_companion
from applint.templates.topics import GOVERNANCE_REVIEW_PARTS, vocabulary
from applint.text.normalize import normalize

# The template's section holding the link to the self-assessment, and the Status line's label.
_REVIEW = "review"
_STATUS = "Status"
# The vocabulary's topic that is no part read for itself: the runs naming the link to the
# self-assessment or the application (the TOC's own bodies, another: ``governance_words``).
_LINKED = "review"
# Summary parts the TOC decides on: the Status line (a field) and the blockers' list.
_DECIDED_ON = frozenset({"status", "must fix items"})
# The fewest headings of the reviewer's own a review in its own shape has.
_FEWEST_OWN = 3


class ReviewPart(NamedTuple):
    """A part of the governance review template: a section, or the Status line."""

    title: str  # the template's title ("Status" for the line)
    section_id: str
    required: bool
    decided: bool = False  # what the TOC decides on: the Status, the Must-Fix Items


class RenamedList(NamedTuple):
    """A list of the template's summary under a heading of the reviewer's own."""

    heading: str  # the reviewer's heading, as written
    line: int
    title: str  # the template's title ("Areas for Improvement")


class UnwrittenReview(NamedTuple):
    """The template's parts a review in its own shape says nothing of, in template order."""

    parts: tuple[ReviewPart, ...]
    level: str  # the template's level label the requirements were read at ("Incubating")
    status_values: str  # the template's Status choices
    # The criteria required at the level, in areas the review writes, that it never assesses.
    criteria: tuple[ReviewCriterion, ...] = ()
    # The summary's lists written under headings of the reviewer's own ("Recommendations" for the
    # Areas for Improvement).
    renamed: tuple[RenamedList, ...] = ()

    @property
    def required(self) -> tuple[ReviewPart, ...]:
        return tuple(part for part in self.parts if part.required)

    @property
    def others(self) -> tuple[ReviewPart, ...]:
        return tuple(part for part in self.parts if not part.required)


def unwritten_review(document: Document, reading: CompanionReading) -> UnwrittenReview | None:
    """The template's parts a governance review under headings of its own says nothing of; None
    for another kind, a review on the template's headings, or one that writes every part."""
    template = reading.template
    if template.kind != KIND:
        return None
    sections = assessed_sections(template)
    found = {found.section.id for found in reading.sections}
    if 2 * sum(section.id in found for section in sections) >= len(sections):
        return None  # the template's headings: read section by section
    if not _own_shape(document, reading):
        return None
    names = part_names(document)
    named = named_words(names)
    text = blocks_words(document.blocks)
    level = review_level(document, reading)
    labels = _level_labels(template)
    parts = []
    status = next((field for field in template.fields if field.label == _STATUS), None)
    filled = any(found.field.label == _STATUS for found in reading.fields)
    if status is not None and not filled and not _written("status", named, text):
        parts.append(ReviewPart(_STATUS, status.section_id, True, decided=True))
    for section in sections:
        if section.id in found:
            continue
        if section.id == _REVIEW:
            if not _links_review(document):
                parts.append(ReviewPart(section.title, section.id, False))
            continue
        key = normalize(section.title)
        if any(holds_title(name, section.title) for name in names) or _written(key, named, text):
            continue
        decided = key in _DECIDED_ON
        required = decided or any(required_at(label, level) for label in labels.get(section.id, ()))
        parts.append(ReviewPart(section.title, section.id, required, decided))
    unwritten_areas = {part.section_id for part in parts}
    criteria = unassessed_criteria(latest_companion(KIND), level, text, named, unwritten_areas)
    if not parts and not criteria:
        return None
    return UnwrittenReview(
        tuple(parts),
        level,
        status.template_value if status else "",
        criteria,
        _renamed_lists(document, template, unwritten_areas),
    )


def _renamed_lists(
    document: Document, template: CompanionTemplate, unwritten: set[str]
) -> tuple[RenamedList, ...]:
    """The summary's lists (Must-Fix Items, Points of Excellence, Areas for Improvement) each
    written under a heading of the reviewer's own that names it otherwise ("Blocking issues",
    "Recommendations"): the first such heading of each, in document order."""
    lists = [
        section
        for section in template.sections
        if section.parent_id == SUMMARY
        and section.id not in unwritten
        and any(item.role == "intro" for item in section.items)  # a list the template opens
    ]
    renamed: list[RenamedList] = []
    for block in document.blocks:
        if block.kind is not BlockKind.HEADING or block.level < 2:
            continue
        name = f" {normalize(block.text)} "
        words = named_words([name])
        for section in lists:
            topic = vocabulary(GOVERNANCE_REVIEW_PARTS).by_name.get(normalize(section.title))
            if (
                topic is not None
                and not holds_title(name, section.title)
                and speaks_of_topic(topic, (), named=words)
                and all(found.title != section.title for found in renamed)
            ):
                renamed.append(RenamedList(block.text.strip(" *"), block.line, section.title))
                break
    return tuple(renamed)


def _written(key: str, named: list[str], text: list[str]) -> bool:
    """True when the names' words hold one of the part's names, or the text one of its topic's
    runs."""
    topic = vocabulary(GOVERNANCE_REVIEW_PARTS).by_name.get(key)
    return topic is not None and speaks_of_topic(topic, text, named=named)


def _own_shape(document: Document, reading: CompanionReading) -> bool:
    """True when the document does not keep the template's summary (its "Summary and Assessment"
    heading with the Status line: an earlier template's review keeps it over headings of its own),
    and most of its headings below its title, at least a few, are the reviewer's own."""
    if reading.section_found(SUMMARY) is not None and any(
        found.field.label == _STATUS for found in reading.fields
    ):
        return False
    headings = [
        at
        for at, block in enumerate(document.blocks)
        if block.kind is BlockKind.HEADING and at != reading.title_block and block.level > 1
    ]
    template_blocks = {found.block for found in reading.sections}
    own = sum(at not in template_blocks for at in headings)
    return own >= _FEWEST_OWN and 2 * own > len(headings)


def _links_review(document: Document) -> bool:
    """True when a link's address, or the paragraph holding a link or an address, names the
    project's self-assessment or its application."""
    for block in document.blocks:
        if not block.links and "://" not in block.text:
            continue  # a bare address, not made a link, is a link on GitHub all the same
        if speaks_of_topic(part_topic(_LINKED), review_words(" ".join((block.text, *block.links)))):
            return True
    return False


def _level_labels(template: CompanionTemplate) -> dict[str, tuple[str, ...]]:
    """Each section's "Incubating: … | Graduated: …" lines, from the newest revision (an earlier
    one marked no levels)."""
    labels: dict[str, list[str]] = {}
    for revision in (latest_companion(template.kind), template):
        for item in revision.items:
            if item.role == "label" and "incubating" in item.text.lower():
                labels.setdefault(item.section_id, []).append(item.text)
        if labels:
            break
    return {section: tuple(texts) for section, texts in labels.items()}
