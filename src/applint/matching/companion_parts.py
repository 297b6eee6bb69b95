"""The labelled parts a companion template's sections ask for (and the entries nested under one:
Internal, Inbound and Outbound under Communication Channels) ("Secure development practices":
Development Pipeline, Communication Channels, Ecosystem; "Appendix": Known Issues Over Time, …),
and which of them a document leaves out.

A part is there when the document names it (a heading, a bold label or the part's label in the
section's text: "### Case Studies", "**Incident Response:**", "case studies"), keeps the
template's prompt for it, uses every word only its label uses ("known" and "issues"), or says it
in the words authors write for it (the ``self-assessment-parts`` topic vocabulary, read by
``topic_words``: "security critical", "SECURITY.md", "triage", "adopters", "alternatives"). Every
section is read the same way, whether it names some of its parts or none (written the author's
own way: Critical and Security Relevant as one list of "Security Components", an Appendix of
links): a word of the prompt alone that any answer uses ("response", "defined", "available",
"review") is not the part, so a Security issue resolution without Incident Response, or an
Appendix without Known Issues Over Time, is told so as surely as a Secure development practices
without its Ecosystem. A part the template nests several entries under (Communication Channels)
is, in a section naming its parts, read by them (two or more written), not by a word. Authors
rename and merge parts; only a part of which nothing at all is found is missing, and one under a
heading or bold label of its own in another section ("**CII Best Practices**" among the
development practices) is there, at another place. A section naming none of its parts is left
alone when it asks for one part only (Project compliance), holds no text of its own (unfilled, not
missing parts) or says it does not apply ("N/A: … ships no software"). A section the document
lacks is another rule's.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from applint.matching.companions import CompanionReading, SectionFound
from applint.matching.topic_words import content_run, speaks_of_topic, topics_named
from applint.model import Block, BlockKind, Document
from applint.templates.companions import (
    CompanionSection,
    CompanionTemplate,
    Item,
    companion_text_path,
    shared_sections,
)
from applint.templates.topics import SELF_ASSESSMENT_PARTS
from applint.text.normalize import normalize
from applint.text.status import says_not_applicable

# Words of a prompt that say nothing about which part it is.
_COMMON = frozenset(
    {
        "project",
        "projects",
        "description",
        "security",
        "secure",
        "provide",
        "brief",
        "users",
        "software",
        "communicate",
        "process",
        "would",
        "reviewers",
    }
)
# Shorter words ("not", "used", "make") say nothing of what a part is about.
_SHORTEST = 5
# Words are compared by their first letters ("patching" and "patches", "scenario" and "scenarios").
_STEM = 6
# A label is the few words before the first full stop ("Case Studies. Provide context …").
_LABEL_WORDS = 5


class OutlinePart(NamedTuple):
    """A labelled part the template asks for in one of its sections."""

    section_id: str
    item: Item
    labels: tuple[str, ...]  # normalised, each alternative ("related projects", "vendors")
    # The stems of its label no other part's label uses ("known", "issues" of Known Issues Over
    # Time): the part is written about when the text uses them all ("Jaeger is known for …" alone
    # is not Known Issues).
    label_words: frozenset[str]


def labels_of(text: str) -> tuple[str, ...]:
    """The labels an outline bullet opens with ("Open SSF Best Practices. Best Practices. A brief
    …" has two), or () when it opens with a sentence."""
    found: list[str] = []
    rest = text
    for _ in range(2):
        head, dot, tail = rest.partition(". ")
        if not (dot and tail and len(head.split()) <= _LABEL_WORDS):
            break
        found.append(head)
        rest = tail
    return tuple(found)


@functools.lru_cache(maxsize=8)
def outline_parts(template: CompanionTemplate) -> tuple[OutlinePart, ...]:
    """The template's labelled top-level bullets (a nested one, "Internal." under "Communication
    Channels.", belongs to its parent), each with the words of its label that tell it from the
    others."""
    try:
        with open(companion_text_path(template), encoding="utf-8") as handle:
            top = tuple(normalize(line[2:]) for line in handle if line.startswith("* "))
    except OSError:
        return ()
    candidates = []
    for section in template.sections:
        for item in section.items:
            labels = labels_of(item.text) if item.role == "guidance" else ()
            if labels and any(line.startswith(normalize(labels[0])) for line in top):
                alternatives = tuple(
                    normalize(part) for label in labels for part in label.split("/") if normalize(part)
                )
                candidates.append((section.id, item, alternatives))
    parts = []
    for section_id, item, alternatives in candidates:
        # A word of its own label that no other part's label uses ("incident" of Incident Response).
        own_label = _stems(" ".join(alternatives).split()) - {
            stem
            for other in candidates
            if other[1] is not item
            for stem in _stems(" ".join(other[2]).split())
        }
        parts.append(OutlinePart(section_id, item, alternatives, frozenset(own_label)))
    return tuple(parts)


def missing_parts(
    document: Document, reading: CompanionReading
) -> list[tuple[SectionFound, list[OutlinePart]]]:
    """Each section the document has, with the template's parts of which nothing is found in it."""
    parts = outline_parts(reading.template)
    if not parts:
        return []
    missing = []
    elsewhere: list[str] | None = None  # the document's headings, read when first needed
    for found in reading.sections:
        asked = [part for part in parts if part.section_id == found.section.id]
        if not asked:
            continue
        blocks = _section_blocks(document, found)
        openings = [normalize(block.strong or block.text) for block in blocks]
        names = [part for part in asked if any(_opens(opening, part) for opening in openings)]
        if not names and not _answered_own_way(blocks, asked):
            continue
        text = " " + " ".join(normalize(block.text) for block in blocks) + " "
        # A heading of the section whose last word (its head noun) is one of a part's label words
        # ("## Project Communication" for Communication Channels; not "### Related Talks").
        titled = _stems([_last_word(block.text) for block in blocks if block.kind is BlockKind.HEADING])
        # A part is there when the section says it in its label's words or a paraphrase
        # ("security-critical", "SECURITY.md", "adopters"), read the same way whether the section
        # names some of its parts or none; a word of the prompt alone ("primarily", "design",
        # "available", "review") is not the part. In a section naming its parts, a part the
        # template nests several entries under (Communication Channels) is read by its entries:
        # one entry written ("Internal: Slack") is not the part.
        run = content_run(text)
        lowered = " ".join(block.text for block in blocks).lower()
        named = content_run(" ".join(_names_used(blocks)))
        words = _stems(text.split())
        lacking = [
            part
            for part in asked
            if part not in names
            and not (_mentioned(part, text) and (names or not _named_only_so(part)))
            and not (names and bool(part.label_words) and part.label_words <= words)
            and not (
                not (names and _nests_entries(reading.template, part))
                and any(
                    speaks_of_topic(topic, run, lowered, named)
                    for topic in topics_named(SELF_ASSESSMENT_PARTS, part.labels)
                )
            )
            and part.label_words.isdisjoint(titled)
            and not _entries_written(reading.template, part, text)
        ]
        if lacking and elsewhere is None:
            elsewhere = [
                normalize(block.text if block.kind is BlockKind.HEADING else block.strong)
                for block in document.blocks
                if block.kind is BlockKind.HEADING or block.strong
            ]
        # A part under a heading or bold label of its own outside the section ("## Related
        # Projects/Vendors" after the Appendix, "**CII Best Practices**" among the development
        # practices) is there, set at the wrong place: not one to add.
        lacking = [
            part for part in lacking if not any(_names_part(opening, part) for opening in elsewhere or ())
        ]
        if lacking:
            missing.append((found, lacking))
    return missing


# The most words before a colon that make a block's opening a name ("Critical components: …").
_NAME_WORDS = 5


def _names_used(blocks: list[Block]) -> list[str]:
    """What a section's blocks use as names, normalised: its headings, bold labels and tables'
    cells, a block's opening before a colon, a lead-in ending with one ("The following are
    critical:")."""
    names = []
    for block in blocks:
        text = block.text.strip()
        if block.kind in (BlockKind.HEADING, BlockKind.TABLE) or text.endswith(":"):
            names.append(text)
        elif block.strong:
            names.append(block.strong)
        head, colon, _ = text.partition(":")
        if colon and len(head.split()) <= _NAME_WORDS:
            names.append(head)
    return [normalize(name) for name in names]


# The fewest parts a section must ask for to be read for them when it names none (Project
# compliance's one part is the section itself).
_FEWEST_ASKED = 2


def _answered_own_way(blocks: list[Block], asked: list[OutlinePart]) -> bool:
    """True when a section naming none of its parts is to be read for them: it asks for two or
    more, holds text of its own (an empty one is unfilled, not missing parts) and does not say it
    does not apply ("N/A: Kestrel ships no software")."""
    if len(asked) < _FEWEST_ASKED:
        return False
    own = [
        block.text
        for block in blocks
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE) and block.text.strip()
    ]
    return bool(own) and not says_not_applicable(" ".join(own))


# The fewest of a part's nested entries a text must name for the part to be written ("Internal
# Communication: Slack", "Inbound Communication: Twitter" without "Communication Channels").
_ENTRIES_NAMED = 2


def _nests_entries(template: CompanionTemplate, part: OutlinePart) -> bool:
    """True when the template nests under the part the entries that say it is written (Internal,
    Inbound and Outbound under Communication Channels; not the Responsible Disclosures Process's
    one Vulnerability Response Process)."""
    label = labels_of(part.item.text)[:1]
    entries = [entry for entry in nested_parts(template) if label and entry.parent == label[0]]
    return len(entries) >= _ENTRIES_NAMED


def _entries_written(template: CompanionTemplate, part: OutlinePart, text: str) -> bool:
    """True when a text names two or more of the entries the template nests under the part."""
    label = labels_of(part.item.text)[:1]
    entries = [entry for entry in nested_parts(template) if label and entry.parent == label[0]]
    named = sum(
        1
        for entry in entries
        if any(f" {word} " in text for word in (entry.label, *_SAME_AS.get(entry.label, ())))
    )
    return named >= _ENTRIES_NAMED


# The words authors use for an entry's label ("Incoming:" for Inbound).
_SAME_AS = {"inbound": ("incoming",), "outbound": ("outgoing",)}


class NestedPart(NamedTuple):
    """A labelled bullet the template nests under one of its parts ("Internal.", "Inbound.",
    "Outbound." under "Communication Channels.")."""

    section_id: str
    item: Item
    label: str  # normalised ("internal")
    parent: str  # the label of the part it is nested under, as the template writes it


@functools.lru_cache(maxsize=8)
def nested_parts(template: CompanionTemplate) -> tuple[NestedPart, ...]:
    """The template's labelled bullets nested under a labelled part, with that part's label."""
    try:
        with open(companion_text_path(template), encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return ()
    nested = {
        normalize(line.lstrip()[2:]) for line in lines if line[:1] == " " and line.lstrip().startswith("* ")
    }
    parts = []
    for section in template.sections:
        parent = ""
        for item in section.items:
            labels = labels_of(item.text) if item.role == "guidance" else ()
            if not labels:
                continue
            label = normalize(labels[0])
            if any(line.startswith(label + " ") for line in nested):
                if parent:
                    parts.append(NestedPart(section.id, item, label, parent))
            else:
                parent = labels[0]
    return tuple(parts)


def missing_entries(
    document: Document, reading: CompanionReading
) -> list[tuple[SectionFound, list[NestedPart], int]]:
    """Each section the document has in which a part's nested entries are named (a bold label or an
    opening: "**Inbound**:", "Outbound:") but not all of them: the ones neither named nor
    mentioned in the section ("Communication Channels" with Inbound and Outbound, no Internal),
    with the block naming the part they belong to (its heading or label; else the section's)."""
    parts = nested_parts(reading.template)
    if not parts:
        return []
    missing = []
    for found in reading.sections:
        asked = [part for part in parts if part.section_id == found.section.id]
        if not asked:
            continue
        blocks = _section_blocks(document, found)
        text = " " + " ".join(normalize(block.text) for block in blocks) + " "
        named = {part.label for part in asked if any(_labelled(block, part.label) for block in blocks)}
        for parent in dict.fromkeys(part.parent for part in asked):
            entries = [part for part in asked if part.parent == parent]
            if not any(part.label in named for part in entries):
                continue
            lacking = [
                part
                for part in entries
                if part.label not in named
                and not any(f" {word} " in text for word in (part.label, *_SAME_AS.get(part.label, ())))
            ]
            if lacking:
                missing.append((found, lacking, _part_block(document, found, parent)))
    return missing


def _part_block(document: Document, found: SectionFound, parent: str) -> int:
    """The block of a section that names one of its parts (its heading or label), else the
    section's heading."""
    label = normalize(parent)
    for number in range(found.block + 1, document.section_end(found.block)):
        block = document.blocks[number]
        if normalize(block.strong or block.text).startswith(label):
            return number
    return found.block


def _labelled(block: Block, label: str) -> bool:
    """True when a block opens with an entry's label as a label: in bold ("**Inbound**:") or
    followed by a colon or full stop ("Internal: the maintainers' channel"), not as a word of a
    sentence ("Internal/External discussions …")."""
    if block.strong:
        strong = normalize(block.strong)
        return strong == label or strong.startswith(label + " ")
    opening = block.text.lstrip("*_ ").lower()
    return opening.startswith(label) and opening[len(label) : len(label) + 1] in (":", ".")


def missing_subsections(
    document: Document, reading: CompanionReading
) -> list[tuple[SectionFound, list[CompanionSection]]]:
    """Each section the document has with the template's subsections of it that the document
    does not have, when it has most of them (it follows the outline there) and lacks more than one: Overview with
    Background, Goals and Non-goals but no Actors or Actions (a document written from the outline
    before those were added, or one that dropped them). A subsection is there when a heading or bold
    label of the document holds its title ("#### Actors and Actions", "### Goal")."""
    template = reading.template
    if not outline_parts(template):
        return []
    found_ids = {found.section.id for found in reading.sections}
    shared = shared_sections(template.kind)
    labels: list[str] | None = None
    missing = []
    for found in reading.sections:
        children = [
            section
            for section in template.sections
            if section.parent_id == found.section.id
            and any(item.role == "guidance" for item in section.items)
        ]
        absent = [section for section in children if section.id not in found_ids]
        if absent and _older_than_every_revision(template, found.section, found_ids, shared):
            children = [section for section in children if section.id in shared]
            absent = [section for section in absent if section.id in shared]
        if not absent:
            continue
        if labels is None:
            labels = [
                " " + normalize(block.strong or block.text) + " "
                for block in document.blocks
                if block.kind is BlockKind.HEADING or block.strong
            ]
        lacking = [
            section for section in absent if not any(holds_title(label, section.title) for label in labels)
        ]
        # Most of them kept (it follows the outline there), and more than one left out: one alone is
        # often folded into the section's own text (its Background in the Overview's paragraph), so
        # it is missing only when every other one is kept and the section never names it.
        if len(lacking) > 1 and 2 * (len(children) - len(lacking)) >= len(children):
            missing.append((found, lacking))
        elif (
            len(lacking) == 1
            and len(children) > 2
            and len(absent) == 1
            and not _opening_stands_for(document, found, children, lacking[0])
        ):
            text = " " + " ".join(normalize(block.text) for block in _section_blocks(document, found)) + " "
            if not holds_title(text, lacking[0].title):
                missing.append((found, lacking))
    return missing


def _older_than_every_revision(
    template: CompanionTemplate, section: CompanionSection, found_ids: set[str], shared: frozenset[str]
) -> bool:
    """True when the document lacks two or more of the sections beside ``section`` that every
    shipped revision has, between sections of them it keeps, one of them a prompt for the author
    ("Self-assessment use" and "Security functions and features" missing between the Overview and
    Project compliance: a 2020 assessment with its "Intended Use" and "Security Analysis" there). It
    was written from an outline older than them all, so the subsections a later revision added (the
    Overview's Actors and Actions) are not asked of it. A draft that stops early, or leaves out its
    table of contents, is not that."""
    siblings = [
        sibling
        for sibling in template.sections
        if sibling.parent_id == section.parent_id
        and sibling.id in shared
        and any(item.role in ("guidance", "boilerplate") for item in sibling.items)
    ]
    kept = [index for index, sibling in enumerate(siblings) if sibling.id in found_ids]
    if not kept:
        return False
    lacking = [sibling for sibling in siblings[kept[0] : kept[-1]] if sibling.id not in found_ids]
    return len(lacking) > 1 and any(item.role == "guidance" for sibling in lacking for item in sibling.items)


def _opening_stands_for(
    document: Document, found: SectionFound, children: list[CompanionSection], lacking: CompanionSection
) -> bool:
    """True when the subsection left out is the section's first and the section's own text before
    its subsections stands in its place (the Overview's paragraph as its Background)."""
    if children[0] is not lacking:
        return False
    for block in document.blocks[found.block + 1 : document.section_end(found.block)]:
        if block.kind is BlockKind.HEADING:
            return False
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and block.text.strip():
            return True
    return False


def holds_title(label: str, title: str) -> bool:
    """True when a heading or label holds a section's title, singular or plural."""
    words = normalize(title).split()
    singular = " ".join(word.rstrip("s") for word in words)
    return f" {' '.join(words)} " in label or f" {singular} " in label or f" {singular}s " in label


def _names_part(name: str, part: OutlinePart) -> bool:
    """True when a heading or bold label opens with the part's label, or is a short name holding
    it ("CII Best Practices" for Best Practices)."""
    return _opens(name, part) or (
        len(name.split()) <= _LABEL_WORDS and any(f" {label} " in f" {name} " for label in part.labels)
    )


def _opens(opening: str, part: OutlinePart) -> bool:
    """True when a heading, a bold label or a block opens with a label of the part."""
    return any(opening == label or opening.startswith(label + " ") for label in part.labels)


def _mentioned(part: OutlinePart, text: str) -> bool:
    """True when a label of the part is in the text (singular or plural)."""
    for label in part.labels:
        singular = " ".join(word.rstrip("s") for word in label.split())
        if f" {label} " in text or f" {singular} " in text:
            return True
    return False


def _named_only_so(part: OutlinePart) -> bool:
    """True when the part's label stands for it only where the author uses it as a name ("Critical:",
    not "the critical actors"): its topic's ``as_label`` runs, so the label in running text is not it."""
    return any(topic.as_label for topic in topics_named(SELF_ASSESSMENT_PARTS, part.labels))


def _section_blocks(document: Document, found: SectionFound) -> list[Block]:
    """The blocks under a section's heading, its subsections' included."""
    return list(document.blocks[found.block + 1 : document.section_end(found.block)])


def _last_word(text: str) -> str:
    """The last word of a heading, normalised ("" for a heading with no words)."""
    words = normalize(text).split()
    return words[-1] if words else ""


def _stems(words: frozenset[str] | list[str]) -> set[str]:
    return {word[:_STEM] for word in words if len(word) >= _SHORTEST and word not in _COMMON}
