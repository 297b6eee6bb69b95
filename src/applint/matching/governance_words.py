"""How a governance review is read by its words, for the template's parts it leaves unwritten
(``governance_shape``) and the criteria it never assesses (``governance_criteria``): the template's
sections a reviewer writes, the names the review gives its parts (headings, bold openings, short
openings before a colon), its normalised words with the names of the TOC's own bodies left out, and
the maturity level it is for.
"""

from __future__ import annotations

from applint.matching.companions import CompanionReading
from applint.matching.topic_words import content_run, topic_spans
from applint.model import Block, BlockKind, Document
from applint.templates.companions import CompanionSection, CompanionTemplate
from applint.templates.topics import GOVERNANCE_REVIEW_PARTS, Topic, vocabulary
from applint.text.normalize import normalize

# The kind this reads.
KIND = "governance-review"
# The template's summary section (its Status line, the Must-Fix Items and the other lists).
SUMMARY = "summary-and-assessment"
# The vocabulary's topic naming the TOC's own bodies ("the Project Reviews subproject").
_NOT_THE_PROJECT = "the toc's own bodies"
# The most words a heading, label or opening may have to be a name rather than a sentence.
_NAME_WORDS = 6
# The level words a review's title or opening names, and the template's label for that level.
_LEVELS = {
    "incubation": "Incubating",
    "incubating": "Incubating",
    "graduation": "Graduated",
    "graduated": "Graduated",
    "graduating": "Graduated",
}


def assessed_sections(template: CompanionTemplate) -> list[CompanionSection]:
    """The template's sections a reviewer writes: below its title, neither instructions nor the
    summary."""
    return [
        section
        for section in template.sections
        if not section.instructions and section.level > 1 and section.id != SUMMARY
    ]


def part_names(document: Document) -> list[str]:
    """The document's headings, bold openings and short openings before a colon ("Status: ready
    for graduation", "Reviewer: …"), each normalised with a space either side."""
    names = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            names.append(block.text)
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            if block.strong:
                names.append(block.strong)
            opening = block.text.split(":", 1)[0] if ":" in block.text[:80] else ""
            if opening and len(opening.split()) <= _NAME_WORDS:
                names.append(opening)
    return [f" {normalize(name)} " for name in names]


def named_words(names: list[str]) -> list[str]:
    """The names' words one after another, "|" between two names so that no run spans them."""
    return [word for name in names for word in [*review_words(name), "|"]]


def blocks_words(blocks: list[Block] | tuple[Block, ...]) -> list[str]:
    """The words of the blocks' texts and their links' addresses."""
    return review_words(" ".join(" ".join((block.text, *block.links)) for block in blocks))


def review_words(text: str) -> list[str]:
    """A text's normalised words, small words left out, with "non" joined to the word after it
    ("non-blocking" is one word, no blocker) and the names of the TOC's own bodies left out."""
    words: list[str] = []
    joining = False
    for word in content_run(normalize(text)):
        if joining:
            words[-1] += word
            joining = False
            continue
        words.append(word)
        joining = word == "non"
    return _without(words, part_topic(_NOT_THE_PROJECT))


def part_topic(name: str) -> Topic:
    """A topic of the ``governance-review-parts`` vocabulary by its name."""
    return vocabulary(GOVERNANCE_REVIEW_PARTS).by_name[name]


def review_level(document: Document, reading: CompanionReading) -> str:
    """The template's label of the level the review is for, from its title or the paragraphs
    before its first section ("Incubating" when it names none)."""
    blocks: list[Block] = []
    for at, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING and at != reading.title_block:
            break
        blocks.append(block)
    for word in normalize(" ".join(block.text for block in blocks)).split():
        if word in _LEVELS:
            return _LEVELS[word]
    return "Incubating"


def _without(words: list[str], topic: Topic) -> list[str]:
    """The words less each place one of the topic's runs stands."""
    kept: list[str] = []
    at = 0
    for start, end in topic_spans(topic, words):
        kept += words[at:start]
        at = end
    return kept + words[at:]
