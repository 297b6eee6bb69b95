"""Companion documents (GTR, governance review, security self-assessment): what a document
answered of its own template, as the rules ask it (which kind a document is: ``kinds``; the walk
that reads it, and the revision that explains it best: ``companion_walk``). The records of what
was found (a template item, a question with sub-questions, a section) and the reading's questions:
which required questions are unanswered, how well the template explains the document, what is
still left as the template wrote it.
"""

from __future__ import annotations

from typing import Final

from applint.matching.companion_fields import FieldFound
from applint.matching.companion_headings import BareHeading
from applint.templates.companions import (
    CompanionSection,
    CompanionTemplate,
    Item,
)


class ItemFound:
    """A template item met in the document, and whether the author answered it."""

    __slots__ = ("answer", "answered", "block", "cut", "item", "segment")

    def __init__(
        self,
        item: Item,
        block: int,
        segment: str | None,
        answered: bool,
        answer: tuple[int, ...] = (),
        cut: str = "",
    ) -> None:
        self.item: Final = item
        self.block: Final = block  # index into document.blocks
        self.segment: Final = segment  # the template section of the heading it stands under
        self.answered: Final = answered
        self.answer: Final = answer  # the blocks of the author's answer under it
        # What of the template's question the document's cut short wording leaves out ("" when whole).
        self.cut: Final = cut


class GroupFound:
    """A question of the template that has sub-questions ("Please outline the project's API
    Design:"), met in the document, with the blocks the author wrote right under it."""

    __slots__ = ("answer", "block", "item")

    def __init__(self, item: Item, block: int) -> None:
        self.item: Final = item
        self.block: Final = block
        self.answer: list[int] = []


class SectionFound:
    """A template section whose heading the document has, and what lies under it."""

    __slots__ = ("block", "content", "guidance", "section", "span", "unanswered_prompts")

    def __init__(
        self,
        section: CompanionSection,
        block: int,
        content: int,
        guidance: tuple[tuple[int, str, bool], ...],
        unanswered_prompts: tuple[int, ...] = (),
    ) -> None:
        self.section: Final = section
        self.block: Final = block
        self.content: Final = content  # blocks of the author's own under it (subsections not counted)
        # (block, text, is a list item) of the template's outline text still there.
        self.guidance: Final = guidance
        # The blocks of the outline bullets kept as prompts with no answer after them
        # (matching.outline_prompts): "* Case Studies. Provide context …" and nothing else.
        self.unanswered_prompts: Final = unanswered_prompts
        self.span = content  # with its subsections' (set once every section is read)


class CompanionReading:
    """What a companion document answered of its template."""

    def __init__(
        self,
        template: CompanionTemplate,
        level: str | None,
        title_block: int | None,
        items: tuple[ItemFound, ...],
        sections: tuple[SectionFound, ...],
        fields: tuple[FieldFound, ...],
        loose_guidance: tuple[int, ...] = (),
        template_title: int | None = None,
        hidden: dict[int, tuple[Item, ...]] | None = None,
        bare: tuple[BareHeading, ...] = (),
        groups: tuple[GroupFound, ...] = (),
        answer_headings: tuple[tuple[int, Item], ...] = (),
        front_matter_date: str = "",
        merged: tuple[tuple[int, Item, Item], ...] = (),
    ) -> None:
        self.template: Final = template
        self.level: Final = level  # GTR: the level the title names, if any
        self.title_block: Final = title_block
        self.items: Final = items
        self.sections: Final = sections
        self.fields: Final = fields
        # Blocks of the template's own text under no heading of the template (its introduction
        # kept above or below a title of the author's own).
        self.loose_guidance: Final = loose_guidance
        # The template's own H1 title left above the author's (the document has two titles).
        self.template_title: Final = template_title
        # The HTML comments holding the template's own text (its outline made a hidden prompt),
        # by block, with the template items each holds.
        self.hidden: Final = hidden or {}
        # The headings that show nothing when rendered (matching.companion_headings).
        self.bare_headings: Final = bare
        # The GTR questions with sub-questions the document keeps, each with the answer under it.
        self.groups: Final = groups
        # Headings of the author's own inside the answer to a question, at the level of the
        # template's sections (they break the outline): each heading's block and the question.
        self.answer_headings: Final = answer_headings
        # The document read against its kind's other revisions (set by ``companion_walk.read_best``).
        self.others: tuple[CompanionReading, ...] = ()
        self.front_matter_date: Final = front_matter_date  # its front matter's ``date``, if any
        # Two of the template's questions written as one ("… for this project. & What are the SLIs
        # …?"): the block, and the two questions.
        self.merged: Final = merged

    def other(self, template_id: str) -> CompanionReading | None:
        """The document read against another revision of its template (``companion_walk.read_best`` read them)."""
        return next((reading for reading in self.others if reading.template.id == template_id), None)

    def stated_date(self) -> tuple[tuple[int, int, int], str] | None:
        """The date the document says it was written or updated (a GTR's "Date Updated" field, a
        ``date`` in its front matter), at the earliest day it can mean ("January 2026" is the 1st),
        with the date as written; None when it states none."""
        from applint.text.dates import find_dates  # only the revision check reads dates

        values = [f.value for f in self.fields if "date" in f.field.label.lower()]
        values.append(self.front_matter_date)
        for value in values:
            for _, _, written, date in find_dates(value):
                if date.month:
                    return (date.year, date.month, date.day or 1), written
        return None

    def required_groups(self) -> tuple[str, ...]:
        """The GTR days the level must answer (Day 0 alone when the title names no level)."""
        levels = self.template.levels
        if not levels:
            return ()
        return levels.get(self.level or "", levels.get("sandbox", ()))

    def untouched_blocks(self) -> frozenset[int]:
        """The blocks of the template's outline text in sections holding nothing else: one
        unfilled section, whatever examples its text carries ("https://my.security.file")."""
        return frozenset(
            block
            for found in self.sections
            if found.guidance and not found.content and not found.section.instructions
            for block, _, _ in found.guidance
        )

    def section_found(self, section_id: str) -> SectionFound | None:
        return next((found for found in self.sections if found.section.id == section_id), None)

    def unanswered_questions(self, group_id: str) -> tuple[list[ItemFound], list[CompanionSection]]:
        """A required day's questions left unanswered where they stand, and its sections with no
        answer at all (missing, or holding nothing of the author's)."""
        template = self.template
        standing = [
            found
            for found in self.items
            if found.item.role == "question"
            and not found.answered
            and template.group_of(found.item.section_id).id == group_id
        ]
        present = {found.item.section_id for found in self.items if found.item.role == "question"}
        empty: list[CompanionSection] = []
        for section in template.sections:
            if not section.items or template.group_of(section.id).id != group_id or section.id in present:
                continue
            found = self.section_found(section.id)
            if found is None or not found.content:
                empty.append(section)
        return standing, empty

    def headless_sections(self, group_id: str) -> list[tuple[CompanionSection, ItemFound, tuple[Item, ...]]]:
        """A required day's sections whose questions stand in the document with neither the
        section's heading nor the day's above them (so they read as part of whatever precedes
        them): each section, its first question found, and its questions the document lacks."""
        template = self.template
        if self.section_found(group_id) is not None:
            return []
        headless = []
        for section in template.sections:
            if template.group_of(section.id).id != group_id or self.section_found(section.id) is not None:
                continue
            found = [f for f in self.items if f.item.section_id == section.id and f.item.role == "question"]
            if not found:
                continue
            met = {f.item.text for f in found}
            lacking = tuple(i for i in section.items if i.role == "question" and i.text not in met)
            headless.append((section, found[0], lacking))
        return headless

    def unanswered_count(self, group_id: str) -> int:
        standing, empty = self.unanswered_questions(group_id)
        return len(standing) + sum(
            1 for section in empty for item in section.items if item.role == "question"
        )

    def fit(self, shared: frozenset[str] = frozenset()) -> int:
        """How well the template explains the document: its text and headings found, less the
        sections (those the author writes in) the document lacks where it has most of their
        neighbours: a finished Day 2 without Compliance points to the revision before Compliance,
        a draft that has not reached Day 2 points nowhere. A section every revision has
        (``shared``) tells no revision from another: its absence costs none of them."""
        template = self.template
        found = {f.section.id for f in self.sections}
        wanted = [s for s in template.sections if not s.instructions and (s.items or s.expects_content)]
        groups: dict[str, list[bool]] = {}
        for section in wanted:
            groups.setdefault(template.group_of(section.id).id, []).append(section.id in found)
        missing = sum(
            1
            for section in wanted
            if section.id not in found
            and section.id not in shared
            and 2 * sum(groups[template.group_of(section.id).id])
            >= len(groups[template.group_of(section.id).id])
        )
        guidance = sum(len(f.guidance) for f in self.sections)
        return len(self.items) + guidance + len(found) - missing + self._fields_fit()

    def _fields_fit(self) -> int:
        """The template's fields the document has, less those it lacks where it has most of them:
        a self-assessment's metadata table without the Assessment Stage row points to the outline
        before that row."""
        fields = len(self.template.fields)
        found = len({f.field.label for f in self.fields})
        return found - (fields - found if 2 * found >= fields else 0)

    def gaps(self) -> tuple[str, ...]:
        """What is still left as the template wrote it, in words for the application's author:
        "12 Day 1 questions unanswered", "3 criteria unassessed", "'Status' not filled in"."""
        template = self.template
        gaps: list[str] = []
        for group in self.required_groups():
            count = self.unanswered_count(group)
            if count:
                day = template.sections_by_id[group].title.split(" - ")[0].replace("\\", "").strip()
                gaps.append(f"{count} {day} question{'s' if count != 1 else ''} unanswered")
        criteria = sum(1 for f in self.items if f.item.role == "criterion" and not f.answered)
        if criteria:
            gaps.append(f"{criteria} criteri{'a' if criteria != 1 else 'on'} unassessed")
        sections = sum(
            1
            for f in self.sections
            if not f.section.instructions
            and ((f.guidance and not f.content) or (f.section.expects_content and not f.span))
        ) + sum(1 for f in self.items if f.item.role == "intro" and not f.answered)
        if sections:
            gaps.append(
                f"{sections} section{'s' if sections != 1 else ''} as the template left {'them' if sections != 1 else 'it'}"
            )
        bare = sum(  # not a heading the template leaves empty, counted above
            1
            for b in self.bare_headings
            if not (b.section and b.section.section.expects_content and not b.section.span)
            and not b.outranking
        )
        if bare:
            gaps.append(
                f"{bare} heading{'s' if bare != 1 else ''} with nothing shown under {'them' if bare != 1 else 'it'}"
            )
        fields = [f.field.label for f in self.fields if not f.filled]
        if fields:
            gaps.append(f"{', '.join(repr(label) for label in fields)} not filled in")
        return tuple(gaps)

    def has_parts(self, sections: frozenset[str], fields: frozenset[str]) -> bool:
        """Whether the document has each of these sections (by id) and fields (by label)."""
        found = {f.section.id for f in self.sections}
        return sections <= found and fields <= {f.field.label for f in self.fields}

    def left_as_template(self) -> bool:
        """True when any part the author must write still holds only the template's text."""
        return bool(self.gaps())
