"""The sections of the security self-assessment outline that a self-assessment written under headings
of its own ("## 1. Project Overview", "## 9. Vulnerability Reporting & Incident Response") says
nothing of anywhere: no heading or label holds the section's title or its head noun, no field or part
of it is there, and none of the words authors write for its topic ("disclosure", "vulnerability
report" for Security issue resolution; "compliance", "SOC 2", "FIPS" for Project compliance; "not
intended … audit", "internal analysis" for Self-assessment use: the ``self-assessment-sections``
topic vocabulary, read by ``topic_words``) is in the document.

Only a document in its own shape is read so: fewer than half of the outline's sections are held by
a heading of the outline's title (a document that keeps the outline's headings is read section by
section, ``companion_sections``), and not one keeping the 2019-2020 outline's headings (Intended Use,
Project Design, Security analysis), which asked for none of the later sections. Its headings at its sections' level must be mostly its own, and at least
``_FEWEST_OWN`` of them: an abridged draft on the outline's headings, or a stub, is not a
self-assessment in another shape, and is left alone.
"""

from __future__ import annotations

from applint.matching.companion_parts import holds_title
from applint.matching.companions import CompanionReading
from applint.matching.outline_sections import written_elsewhere
from applint.matching.topic_words import content_run, speaks_of_topic, topics_named
from applint.model import BlockKind, Document
from applint.templates.companions import CompanionSection
from applint.templates.topics import SELF_ASSESSMENT_SECTIONS
from applint.text.normalize import normalize

# The kind whose outline this reads.
_KIND = "security-self-assessment"
# The id of the outline's grouping heading, whose subsections are the outline's sections.
_OUTLINE = "self-assessment-outline"
# Sections a document need not write (a table of contents is a convenience).
_NOT_ASKED = frozenset({"table of contents"})
# The fewest headings of the author's own, at its sections' level, a self-assessment in its own
# shape has.
_FEWEST_OWN = 4

# Headings of the 2019-2020 outline, which had none of the later outline's Self-assessment use,
# Security functions and features or Project compliance: a document keeping two of them was written
# from it, not in a shape of its own.
_OLDER_OUTLINE = ("intended use", "project design", "security analysis")


def unwritten_sections(document: Document, reading: CompanionReading) -> tuple[CompanionSection, ...]:
    """The outline's sections a self-assessment in its own shape says nothing of, in outline order."""
    template = reading.template
    if template.kind != _KIND:
        return ()
    outline = [
        section
        for section in template.sections
        if section.parent_id == _OUTLINE and normalize(section.title) not in _NOT_ASKED
    ]
    if not outline:
        return ()
    absent = [section for section in outline if reading.section_found(section.id) is None]
    if 2 * len(absent) <= len(outline):
        return ()  # the outline's own headings: companion_sections reads it section by section
    if not _own_shape(document, reading):
        return ()
    labels = [
        " " + normalize(block.strong or block.text) + " "
        for block in document.blocks
        if block.kind is BlockKind.HEADING or block.strong
    ]
    if sum(any(f" {title} " in label for label in labels) for title in _OLDER_OUTLINE) >= 2:
        return ()  # the 2019-2020 outline's shape
    words = content_run(normalize(" ".join(block.text for block in document.blocks)))
    return tuple(
        section
        for section in absent
        if not any(holds_title(label, section.title) for label in labels)
        and not any(
            speaks_of_topic(topic, words)
            for topic in topics_named(SELF_ASSESSMENT_SECTIONS, (normalize(section.title),))
        )
        and not written_elsewhere(document, reading, section)
    )


def _own_shape(document: Document, reading: CompanionReading) -> bool:
    """True when most of the document's headings at its sections' level (the highest below its
    title) are the author's own, not the outline's, and there are a few of them: an abridged draft
    on the outline's headings ("## Metadata", "## Secure development practices") is not."""
    levels = [
        (at, block.level)
        for at, block in enumerate(document.blocks)
        if block.kind is BlockKind.HEADING and at != reading.title_block
    ]
    if not levels:
        return False
    top = min(level for _, level in levels)
    outline_blocks = {found.block for found in reading.sections}
    at_top = [at for at, level in levels if level == top]
    own = sum(at not in outline_blocks for at in at_top)
    return own >= _FEWEST_OWN and 2 * own > len(at_top)
