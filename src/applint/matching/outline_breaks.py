"""Where a companion document's headings leave its template's outline: the template's own heading
over the outline kept as a second H1 ("# Self-assessment outline" under "# Self-assessment"), a
document of another kind pasted in under an H1 of its own ("# CNI Security Threat Modeling" after
the Appendix, with its own table of contents and sections), and a labelled part of a section set at
the section's own level ("## Related Projects/Vendors" after "## Appendix", whose other parts are
"###") or a GTR question heading set at its section's level ("## Unsupported use cases" after
"## Scope"), so that it renders as a section of its own; and the second of two things a heading
names set beside it ("### Best Practices" after "### Design principles & best practices" and its
"#### Design Principles"); and a subsection of the template promoted to its parent's level, named
with the parent's prefix or alone ("## Day 2 - Security" after "## Day 2 - Day-to-Day Operations
Phase", whose "### Security" it is).

Read from what the reading found (the template sections' headings, the title) and the outline's
labelled parts (``companion_parts.outline_parts``); nothing here re-reads the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from applint.matching.companion_parts import OutlinePart, outline_parts
from applint.matching.companions import CompanionReading, SectionFound
from applint.matching.question_words import UNASKED_STEMS, names_question, stems, template_words
from applint.model import BlockKind, Document
from applint.templates.companions import CompanionSection
from applint.text.normalize import normalize

# The fewest headings under an H1 of the author's own for it to open a document of its own: a
# table of contents of its own and one more heading, or this many without (an H1 over two or three
# subheadings is more likely a part of this document set high than another document).
_PASTED_FEWEST_HEADINGS = 4


# The first words of an H1 that adds to the document rather than pasting another one in.
_OWN_ADDITIONS = (["appendix"], ["appendices"], ["annex"], ["glossary"], ["references"])


class PastedDocument(NamedTuple):
    """An H1 of the author's own after the outline, opening a document of another kind."""

    block: int  # the H1's index
    end: int  # the index just past what it holds
    headings: tuple[int, ...]  # the headings under it


class RaisedPart(NamedTuple):
    """A labelled part of a template section written as a heading at the section's level or above."""

    block: int  # the heading's index
    section: SectionFound  # the template section it is a part of
    part: str  # the part's label, or the template's question it names
    level: int  # the level the section's other parts take


class PromotedSection(NamedTuple):
    """A template subsection written as a heading at its parent section's level (or above)."""

    block: int  # the heading's index
    section: CompanionSection  # the template's subsection it names
    parent: SectionFound  # the section the template sets it under, as the document has it


# What separates a section title's own prefix from the rest ("Day 2 - Day-to-Day Operations Phase").
_PREFIX_SEPARATORS = (" - ", " \\- ", " \u2013 ", " \u2014 ", ": ")


def promoted_sections(document: Document, reading: CompanionReading) -> tuple[PromotedSection, ...]:
    """The headings naming a subsection of the template that the reading found nowhere ("Security",
    a "###" part of "Day 2 - Day-to-Day Operations Phase"), set at the level of the section the
    template puts it under, after that section's heading and before the next section at its level,
    titled with the parent's prefix ("## Day 2 - Security", which the reading does not take for the
    subsection) or as the subsection alone where the reading took it for none: it renders as a
    section of its own beside its parent instead of inside it. A subsection the reading found at its
    parent's level is left alone (an outline set flat, or rearranged under headings of the author's
    own, is read as the author's)."""
    found = {section.section.id: section for section in reading.sections}
    blocks = document.blocks
    starts = {section.block for section in reading.sections}
    promoted: list[PromotedSection] = []
    for section in reading.template.sections:
        parent = found.get(section.parent_id or "")
        if section.id in found or parent is None or section.instructions or blocks[parent.block].inferred:
            continue
        level = blocks[parent.block].level
        names = {normalize(section.title)}
        for separator in _PREFIX_SEPARATORS:
            prefix, cut, _ = parent.section.title.partition(separator)
            if cut and prefix.strip():
                names.add(normalize(f"{prefix} {section.title}"))
        for number in range(parent.block + 1, len(blocks)):
            block = blocks[number]
            if block.kind is not BlockKind.HEADING or block.inferred or block.level > level:
                continue
            if normalize(block.text) in names:
                promoted.append(PromotedSection(number, section, parent))
                break
            if block.level < level or number in starts:
                break  # the parent's part of the outline ends here
    return tuple(promoted)


def template_wrapper_titles(document: Document, reading: CompanionReading) -> tuple[SectionFound, ...]:
    """The template's headings over its outline ("Self-assessment outline": no questions or text of
    its own, the only section of its parent) written as an H1 after the document's H1 title while
    the outline's sections stand under it."""
    blocks = document.blocks
    title = reading.title_block
    if title is None or blocks[title].level != 1:
        return ()
    found_ids = {found.section.id for found in reading.sections}
    wrappers: list[SectionFound] = []
    for found in reading.sections:
        section = found.section
        if (
            found.block <= title
            or blocks[found.block].level != 1
            or blocks[found.block].inferred  # a level guessed from a line's look says little
            or (section.level == 1 and not _names_its_parts(reading, section))
            or section.instructions
            or section.items
            or section.expects_content
            or found.block == reading.template_title
        ):
            continue
        siblings = [
            other
            for other in reading.template.sections
            if other.parent_id == section.parent_id and not other.instructions
        ]
        children = [other.id for other in reading.template.sections if other.parent_id == section.id]
        if len(siblings) == 1 and sum(1 for child in children if child in found_ids) >= 2:
            wrappers.append(found)
    return tuple(wrappers)


def _names_its_parts(reading: CompanionReading, section: CompanionSection) -> bool:
    """Whether a template section's parts carry its id ("self-assessment-outline/metadata"): the
    self-assessment's outline heading, an H1 of the template's own before 2024-06 and a wrapper in
    every revision, unlike a GTR's title, whose days are named on their own."""
    return any(other.id.startswith(f"{section.id}/") for other in reading.template.sections)


def pasted_documents(document: Document, reading: CompanionReading) -> tuple[PastedDocument, ...]:
    """The H1s of the author's own after the outline's last section heading, each holding headings
    of its own, at most one of them the template's (its own "Table of Contents"): another document
    (a threat model, a design document) appended to this one. A document whose parts are H1s (its
    own style) has none."""
    blocks = document.blocks
    title = reading.title_block
    parts = [found for found in reading.sections if not found.section.instructions and found.block != title]
    if title is None or blocks[title].level != 1 or not parts:
        return ()
    if 2 * sum(1 for found in parts if blocks[found.block].level == 1) > len(parts):
        return ()
    starts = sorted(found.block for found in parts)
    pasted: list[PastedDocument] = []
    for number in range(title + 1, len(blocks)):
        block = blocks[number]
        if block.kind is not BlockKind.HEADING or block.level != 1 or block.inferred or number in starts:
            continue
        if normalize(block.text).split()[:1] in _OWN_ADDITIONS:
            continue  # "# Appendix A: Benchmarks": the author's addition to this document
        end = document.section_end(number)
        inside = sum(1 for at in starts if number < at < end)
        if inside > 1 or any(at >= end for at in starts):
            continue  # the template's sections go on under it or after it: part of this document
        headings = tuple(at for at in range(number + 1, end) if blocks[at].kind is BlockKind.HEADING)
        contents = any(_is_contents(blocks[at].text) for at in headings)
        if len(headings) >= _PASTED_FEWEST_HEADINGS or (contents and len(headings) >= 2):
            pasted.append(PastedDocument(number, end, headings))
    return tuple(pasted)


def raised_parts(document: Document, reading: CompanionReading) -> tuple[RaisedPart, ...]:
    """The headings naming one of a section's parts (a labelled part of a self-assessment's section,
    "Incident Response" of "Security issue resolution"; a GTR question of the section in the
    author's words, "Unsupported use cases" under "Scope") that follow the section's heading,
    before the template's next section, at its level or above, while other parts of it are
    subheadings: the part leaves the section it belongs to (a section written flat, its parts all
    beside it, is the author's style)."""
    parts = outline_parts(reading.template)
    blocks = document.blocks
    starts = sorted(found.block for found in reading.sections)
    raised: list[RaisedPart] = []
    for found in reading.sections:
        namer = _namer(found.section, parts)
        if namer is None or blocks[found.block].inferred:
            continue
        level = blocks[found.block].level
        following = next((at for at in starts if at > found.block), len(blocks))
        deeper: list[int] = []  # the levels of the section's parts written as deeper headings
        candidates: list[tuple[int, str]] = []
        for number in range(found.block + 1, following):
            block = blocks[number]
            if block.kind is not BlockKind.HEADING or block.inferred:
                continue
            part = namer(block.text)
            if block.level > level:
                if part is not None:
                    deeper.append(block.level)
                continue
            if part is None:
                break  # a heading of the author's own at this level ends the section
            candidates.append((number, part))
        if deeper:  # its other parts are subheadings: these left the group (a flat outline did not)
            raised.extend(RaisedPart(number, found, part, min(deeper)) for number, part in candidates)
    return tuple(raised)


def _namer(section: CompanionSection, parts: tuple[OutlinePart, ...]) -> Callable[[str], str | None] | None:
    """What tells which of a section's parts a heading names: its labelled outline parts, else its
    questions; None for a section with neither."""
    asked = [part for part in parts if part.section_id == section.id]
    if asked:
        return lambda text: _part_named(text, asked)
    questions = [item for item in section.items if item.role == "question"]
    if not questions:
        return None
    title = template_words(section.title)
    wanted = [(item.text, template_words(item.text) - UNASKED_STEMS) for item in questions]

    def question_named(text: str) -> str | None:
        prompt = stems((text,)) - UNASKED_STEMS
        if not prompt:
            return None
        for question, own in wanted:
            if names_question(prompt, own, own - title):
                return question
        return None

    return question_named


def _part_named(text: str, asked: list[OutlinePart]) -> str | None:
    """The label of the part a heading names: its words open with one of the part's labels."""
    words = normalize(text)
    for part in asked:
        if any(words == label or words.startswith(label + " ") for label in part.labels):
            return part.labels[0]
    return None


class SplitHalf(NamedTuple):
    """The second of the two things a heading names ("Best Practices" of "Design principles & best
    practices"), written after it at its level while the first is a subheading under it."""

    block: int  # the second half's heading
    parent: int  # the heading naming both
    first: int  # the first half's subheading


# The most words each half of a heading naming two things may have ("Design principles").
_HALF_WORDS = 4


def split_halves(document: Document) -> tuple[SplitHalf, ...]:
    """The headings that name the second half of the heading before them at its own level, while
    the first half is a subheading under it: the second half left the heading it belongs under."""
    blocks = document.blocks
    halves: list[SplitHalf] = []
    for number, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or block.inferred:
            continue
        lowered = f" {block.text.strip().lower()} "
        joiner = " & " if lowered.count(" & ") == 1 else " and " if lowered.count(" and ") == 1 else ""
        if not joiner:
            continue
        first_half, second_half = (normalize(part) for part in lowered.split(joiner))
        if (
            not first_half
            or not second_half
            or max(len(first_half.split()), len(second_half.split())) > _HALF_WORDS
        ):
            continue
        end = document.section_end(number)
        if (
            end >= len(blocks)
            or blocks[end].level != block.level
            or normalize(blocks[end].text) != second_half
        ):
            continue
        child = next(
            (at for at in range(number + 1, end) if blocks[at].kind is BlockKind.HEADING),
            None,
        )
        if (
            child is not None
            and blocks[child].level == block.level + 1
            and normalize(blocks[child].text) == first_half
        ):
            halves.append(SplitHalf(end, number, child))
    return tuple(halves)


def _is_contents(text: str) -> bool:
    """True for a table of contents' heading ("Table of Contents", "Contents")."""
    return normalize(text) in ("table of contents", "contents")
