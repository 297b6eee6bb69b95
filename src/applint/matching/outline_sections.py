"""Whether a section of a self-assessment's outline that no heading holds by its title is written
all the same: under a name of the author's with the same head noun ("## Compliance", "### Standards
and Compliance" for Project compliance), inside another section under its name ("**Compliance:**
none claimed", "Compliance: not applicable"), through its fields (a metadata table with no
"Metadata" heading), or through its parts named at a block's opening ("Responsible Disclosures
Process: …" under a heading of the author's for Security issue resolution).

A label longer than a few words is a sentence's opening, not a name ("Compliance with Kubernetes
Security Standards" is a goal, not the Project compliance section).
"""

from __future__ import annotations

from applint.matching.companion_parts import outline_parts
from applint.matching.companions import CompanionReading
from applint.model import BlockKind, Document
from applint.templates.companions import CompanionSection
from applint.text.normalize import normalize

# The most words a heading or label may have to be a section's name rather than a sentence.
_NAME_WORDS = 4
# Head nouns too common to name their section alone: "Example Use Cases" is no Self-assessment use.
_COMMON_HEADS = frozenset({"use"})
# The fewest parts a section must have for one named at a block's opening to stand for it.
_FEWEST_PARTS = 2


def written_elsewhere(document: Document, reading: CompanionReading, section: CompanionSection) -> bool:
    """True when the document writes the outline section though no heading holds its title."""
    if any(found.field.section_id == section.id for found in reading.fields):
        return True
    head = _singular(normalize(section.title).split()[-1])
    if head not in _COMMON_HEADS and any(
        _singular(word) == head for name in _names(document) for word in name.split()
    ):
        return True
    parts = [part for part in outline_parts(reading.template) if part.section_id == section.id]
    if len(parts) < _FEWEST_PARTS:
        return False  # its one part is the section itself ("Compliance." of Project compliance)
    for block in document.blocks:
        opening = normalize(block.strong or block.text)
        if any(
            opening == label or opening.startswith(label + " ") for part in parts for label in part.labels
        ):
            return True
    return False


def _names(document: Document) -> list[str]:
    """The document's short headings and labels, normalised: a heading, a bold opening, a
    paragraph's or list item's opening before a colon ("Compliance: none claimed")."""
    names = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            name = block.text
        elif block.strong:
            name = block.strong
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and ":" in block.text[:60]:
            name = block.text.split(":", 1)[0]
        else:
            continue
        words = normalize(name).split()
        if 0 < len(words) <= _NAME_WORDS:
            names.append(" ".join(words))
    return names


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
