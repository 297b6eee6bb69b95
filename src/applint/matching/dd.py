"""Due-diligence (DD) documents: telling the TOC's DD document from an application, and what its
Evaluation Summary concludes.

A DD document is written by a TOC member from the TOC's own template after an application is
triaged. It is told by its content, any one of: a title naming due diligence (``# $PROJECT
Incubation Due Diligence``; a title that names an application is an application), a title naming
the review of a stage, as the TOC's reviews of 2018-2019 were titled before any DD template
(``# Rook Incubating Stage Review``, ``# Envoy Graduation Review``; one that names a proposal or
application is the project's own proposal), the Evaluation
Summary (its heading, or two of "Criteria Evaluation", "Adoption Evaluation", "Final
Assessment"), or the template's ``<!-- (TOC Evaluation goes here) -->`` comments (two or more).
No application template has any of these.

The summary's conclusion is read from the Final Assessment and the Criteria Evaluation: a
sentence saying the project has satisfied (or completed) the criteria, or recommending that it
move, is a claim that the criteria are met; the template's own placeholder sentence is none.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from applint.matching.mapping import GENERIC_TITLES, Mapping
from applint.model import Block, BlockKind, Document
from applint.templates.records import Template, TemplateSection
from applint.text.normalize import normalize, normalize_title
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern
from applint.text.splitting import split_after_marks

# How far into the document the title and summary headings are looked for.
HEAD_BLOCKS = 40
_TOC_COMMENT = "toc evaluation goes here"
_SUMMARY_PARTS = frozenset({"criteria evaluation", "adoption evaluation", "final assessment"})
# The title of the TOC's review of a stage, before DD templates: "Incubating Stage Review",
# "Incubation Review", "Graduation Stage Review" ("Governance Review for Graduation" is no stage's).
_STAGE_REVIEW = LazyPattern(r"\b(?:incubat|graduat)\w*\s+(?:stage\s+)?review\b")
_PROJECT_REQUEST = LazyPattern(r"\b(?:proposal|propose|proposing|application|applying)\b")
# "The TOC has found the project to have satisfied the criteria", "the project has completed the
# criteria", "recommend(s) … for graduation", "ready to graduate".
_MET = LazyPattern(
    r"\b(?:has|have)\s+(?:found\s+the\s+project\s+to\s+have\s+)?(?:satisfied|completed|met|fulfilled)\s+"
    r"(?:all\s+(?:of\s+)?)?the\s+(?:\w+\s+)?criteria\b"
    r"|\brecommends?\s+(?:\w+\s+){0,6}?(?:for|to|moving|move)\s+(?:\w+\s+)?(?:graduat\w*|incubat\w*|move|moving)\b"
    r"|\bready\s+(?:for|to)\s+(?:graduat\w*|incubat\w*|move)\b",
    re.IGNORECASE,
)
# Negations and the template's own either/or sentence are no claim.
_NOT_MET = LazyPattern(
    r"\b(?:has|have)\s+not\b|\bnot\s+(?:yet\s+)?(?:satisfied|completed|met|ready)\b|\bneeded\s+focus\b"
    r"|\breapply\b|\[has/has not\]|\$[A-Z]",
    re.IGNORECASE,
)


def _heading_texts(document: Document) -> list[tuple[int, str]]:
    return [
        (block.level, normalize(block.text))
        for block in document.blocks[:HEAD_BLOCKS]
        if block.kind is BlockKind.HEADING
    ]


def _names_due_diligence(level: int, text: str) -> bool:
    return level <= 2 and "due diligence" in text and "application" not in text


def _names_stage_review(text: str) -> bool:
    """Whether a normalised title names the TOC's review of a stage ("incubating stage review",
    "graduation review") and no proposal or application (the project's own request)."""
    return bool(_STAGE_REVIEW.search(text)) and not _PROJECT_REQUEST.search(text)


def _title_texts(document: Document) -> list[str]:
    """The document's title headings, normalised: its level-1 headings and its first heading."""
    headings = [block for block in document.blocks[:HEAD_BLOCKS] if block.kind is BlockKind.HEADING]
    return [normalize(block.text) for block in [b for b in headings if b.level == 1] + headings[:1]]


def has_due_diligence_title(document: Document) -> bool:
    """True when a title heading (H1 or H2 near the top) names due diligence and no application,
    or the title names the TOC's review of a stage."""
    return any(_names_due_diligence(level, text) for level, text in _heading_texts(document)) or any(
        _names_stage_review(text) for text in _title_texts(document)
    )


def due_diligence_signals(document: Document) -> tuple[str, ...]:
    """What in the document says it is a DD document (empty for an application)."""
    signals: list[str] = []
    headings = _heading_texts(document)
    if any(_names_due_diligence(level, text) for level, text in headings):
        signals.append("title")
    elif any(_names_stage_review(text) for text in _title_texts(document)):
        signals.append("stage review title")
    parts = {text for _, text in headings if text in _SUMMARY_PARTS}
    if any(cached_pattern(r"\bevaluation summary\b").search(text) for _, text in headings) or len(parts) >= 2:
        signals.append("evaluation summary")
    comments = sum(
        1
        for block in document.blocks
        for text in (block.text, *block.comments)
        if "valuation" in text and _TOC_COMMENT in normalize(text)  # cheap test first: most text has none
    )
    if comments >= 2:
        signals.append("TOC evaluation comments")
    return tuple(signals)


def is_due_diligence(document: Document) -> bool:
    """True for a TOC due-diligence document, never for an application."""
    return bool(due_diligence_signals(document))


def dd_kind(kind: str) -> str:
    """The due-diligence template kind for an application kind (``graduation`` -> ``dd-graduation``)."""
    return kind if kind.startswith("dd-") else f"dd-{kind}"


class Claim:
    """A summary sentence saying the project meets the criteria (or recommends it move)."""

    __slots__ = ("block", "section_id", "text")

    def __init__(self, block: Block, section_id: str, text: str) -> None:
        self.block: Final = block
        self.section_id: Final = section_id
        self.text: Final = text


def met_claims(document: Document, template: Template, mapping: Mapping) -> list[Claim]:
    """The Final Assessment's and Criteria Evaluation's sentences claiming the criteria are met,
    in document order (none when the summary is still the template's)."""
    claims: list[Claim] = []
    for section in template.walk():
        if not section.id.endswith(("final-assessment", "criteria-evaluation")):
            continue
        found = mapping.sections.get(section.id)
        if found is None:
            continue
        for block in document.blocks[found.start + 1 : found.end]:
            if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.is_checkbox:
                continue
            for sentence in split_after_marks(block.text):
                if _MET.search(sentence) and not _NOT_MET.search(sentence):
                    claims.append(Claim(block, section.id, sentence.strip()))
                    break
    claims.sort(key=lambda claim: claim.block.line)
    return claims


def counts_as_title(template: Template, section: TemplateSection) -> bool:
    """Whether a section's title says something about which revision a document follows.

    "Suggested" and "Required" never do. An application template's sections below them do not
    count either (its scoring has always been so); a DD template's do: one DD text has areas
    without Suggested/Required, and its Adoption blocks must not count for it alone.
    """
    if template.due_diligence:
        return normalize_title(section.title) not in GENERIC_TITLES
    return section.role not in GENERIC_TITLES


def structure_score(document: Document, template: Template) -> float:
    """Which areas have "Suggested"/"Required" subsections, compared: +1 for each such pair of the
    document the revision has, -1 for each it lacks, -1 for each of the revision's the document
    lacks (DD texts differ in this alone, e.g. Engineering Principles with or without them)."""
    found = _generic_paths(document)
    own = _template_paths(template)
    return float(len(found & own) - len(found - own) - len(own - found))


def _generic_paths(document: Document) -> frozenset[tuple[str, str]]:
    paths: set[tuple[str, str]] = set()
    parents: dict[int, str] = {}
    for block in document.blocks:
        if block.kind is not BlockKind.HEADING:
            continue
        title = normalize_title(block.text)
        parents[block.level] = title
        if title in GENERIC_TITLES:
            parent = next((parents[level] for level in range(block.level - 1, 0, -1) if level in parents), "")
            paths.add((parent, title))
        for deeper in [level for level in parents if level > block.level]:
            del parents[deeper]
    return frozenset(paths)


@functools.lru_cache(maxsize=64)
def _template_paths(template: Template) -> frozenset[tuple[str, str]]:
    return frozenset(
        (normalize_title(template.sections_by_id[section.parent_id].title), normalize_title(section.title))
        for section in template.walk()
        if section.parent_id is not None and normalize_title(section.title) in GENERIC_TITLES
    )
