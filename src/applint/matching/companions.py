"""Companion documents (GTR, governance review, security self-assessment): how much of its own
template the author answered (which kind a document is: ``kinds``).

Reading walks the document once: each heading is matched to a template
section by title, each block to the template's own text (a question, a criterion, outline
text, a field) or else counted as the author's; a question, criterion or list lead-in is answered
when the author wrote something after it before the next piece of the template.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from applint.matching.companion_fields import FieldFound, read_fields
from applint.matching.companion_headings import BareHeading, bare_headings
from applint.matching.companion_index import ItemIndex
from applint.matching.hidden_template import template_text_in
from applint.matching.outline_prompts import PromptTracker
from applint.model import Block, BlockKind, Document
from applint.templates.companions import (
    ANSWERED_ROLES,
    CompanionSection,
    CompanionTemplate,
    Item,
    companion_revisions,
    latest_additions,
    shared_sections,
)
from applint.text.normalize import normalize

# Words the author must add after a template item for it to count as answered on its line (N/A).
INLINE_ANSWER_WORDS = 1
_LEVEL_WORDS = {
    "sandbox": "sandbox",
    "incubation": "incubation",
    "incubating": "incubation",
    "graduation": "graduation",
    "graduated": "graduation",
}
_IGNORED = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER)


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
        # The document read against its kind's other revisions (set by ``read_best``).
        self.others: tuple[CompanionReading, ...] = ()
        self.front_matter_date: Final = front_matter_date  # its front matter's ``date``, if any
        # Two of the template's questions written as one ("… for this project. & What are the SLIs
        # …?"): the block, and the two questions.
        self.merged: Final = merged

    def other(self, template_id: str) -> CompanionReading | None:
        """The document read against another revision of its template (``read_best`` read them)."""
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


def read_best(document: Document, template: CompanionTemplate) -> CompanionReading:
    """The document read against the revision of its kind that explains it best: the most of
    that revision's text and headings found, less its sections the document lacks (a GTR written
    before the Compliance questions existed is not told it lacks them); ties go to the newest."""
    best: tuple[int, CompanionReading] | None = None
    revisions = companion_revisions(template.kind) or (template,)
    latest = read_companion(document, revisions[-1])
    additions = latest_additions(template.kind)
    if any(additions) and latest.has_parts(*additions):
        return latest  # it has what the newest revision added: no earlier one explains it better
    readings = []
    shared = shared_sections(template.kind)
    for revision in reversed(revisions):
        reading = latest if revision is revisions[-1] else read_companion(document, revision)
        readings.append(reading)
        fit = reading.fit(shared)
        if best is None or fit > best[0]:
            best = (fit, reading)
    assert best is not None
    best[1].others = tuple(reading for reading in readings if reading is not best[1])
    return best[1]


class _Pending:
    """An answerable item met while reading, not yet known to be answered or not."""

    __slots__ = ("answer", "answered", "block", "cut", "item", "section_id")

    def __init__(self, item: Item, block: int, section_id: str | None, answered: bool, cut: str) -> None:
        self.item = item
        self.block = block
        self.section_id = section_id
        self.answered = answered
        self.cut = cut
        self.answer: list[int] = []


def read_companion(document: Document, template: CompanionTemplate) -> CompanionReading:
    """Match the document's headings and blocks to the template's sections, items and fields."""
    index = ItemIndex(template)
    blocks = document.blocks
    items: list[ItemFound] = []
    sections: list[SectionFound] = []
    segment: tuple[CompanionSection, int, int] | None = None  # section, heading block, heading level
    content = 0
    guidance: list[tuple[int, str, bool]] = []
    loose: list[int] = []
    hidden: dict[int, tuple[Item, ...]] = {}
    groups: list[GroupFound] = []
    answer_headings: list[tuple[int, Item]] = []
    merged: list[tuple[int, Item, Item]] = []
    group: GroupFound | None = None  # the question with sub-questions being answered, if any
    # The answerable items met since the author last wrote, each with whether it is answered. A
    # run of them with nothing between shares the answer that follows the run (a governance
    # review lists a section's criteria and assesses them at once; a GTR answers a list of
    # questions in one paragraph), except an answer nested under the last of them, which is its own.
    pending: list[_Pending] = []
    prompts = PromptTracker()

    def close_item() -> None:
        items.extend(
            ItemFound(p.item, p.block, p.section_id, p.answered, tuple(p.answer), p.cut) for p in pending
        )
        pending.clear()

    def author_wrote(block: Block, number: int) -> None:
        prompts.wrote()
        if not pending:
            return
        last = blocks[pending[-1].block]
        nested = (
            block.kind is BlockKind.LIST_ITEM
            and last.kind is BlockKind.LIST_ITEM
            and block.level > last.level
        )
        for entry in pending[-1:] if nested else pending:
            entry.answered = True
            entry.answer.append(number)
        if nested and len(pending) > 1:
            last_entry = pending.pop()
            close_item()
            pending.append(last_entry)

    def close_segment() -> None:
        nonlocal segment
        close_item()
        if segment is not None:
            sections.append(SectionFound(segment[0], segment[1], content, tuple(guidance), prompts.take()))
        else:
            prompts.take()
            loose.extend(at for at, _, _ in guidance)
        guidance.clear()
        segment = None

    title_block = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING), None)
    for number, block in enumerate(blocks):
        if block.kind is BlockKind.COMMENT:
            held = template_text_in(block.text, template)
            if held:
                hidden[number] = held
            continue
        if block.kind in _IGNORED or (block.kind is not BlockKind.TABLE and not block.text.strip()):
            continue
        if block.kind is BlockKind.HEADING:
            if not _under_group(group, block, blocks):
                group = None
            current = segment[0].id if segment else None
            section = index.section(block.text, current)
            if section is not None:
                close_segment()
                group = None
                segment, content, guidance = (section, number, block.level), 0, []
                continue
            if segment is not None and block.level <= segment[2]:
                if not _answer_heading(number, segment[0], pending, index, blocks):
                    close_segment()
                    continue
                answer_headings.append((number, pending[-1].item))
        section_id = segment[0].id if segment else None
        for text in _texts(block):
            item, rest, cut = index.item(text, section_id)
            if item is None and block.strong and text == block.text:
                item, rest, cut = _bold_question_cut_short(index, block, section_id)
            if item is not None and item.role == "label" and template.sub_questions(item):
                if pending and pending[-1].answered:
                    close_item()  # the question above answered: what follows is this one's
                group = GroupFound(item, number)  # "Please outline the project's API Design:"
                groups.append(group)
                # A sub-question written whole in the same paragraph ("Please review the … Tenets
                # from TAG Security. How are you satisfying the tenets …?") is asked there, and
                # answered by the words after it; a question above left bare stays unanswered.
                for sub, rest in index.written_within(text, item):
                    if pending and pending[-1].answered:
                        close_item()
                    pending.append(_Pending(sub, number, section_id, rest >= INLINE_ANSWER_WORDS, ""))
                continue
            if item is None or item.role == "label":
                if item is None:
                    content += 1
                    author_wrote(block, number)
                    if group is not None and block.kind is not BlockKind.HEADING:
                        group.answer.append(number)
                continue
            group = None
            if item.role != "guidance" or block.kind is not BlockKind.LIST_ITEM:
                prompts.template_text()
            if item.role in ANSWERED_ROLES:
                if pending and pending[-1].answered:
                    close_item()
                joined = index.merged(text, item) if item.role == "question" and rest else None
                if joined is not None:  # two questions in one: both answered by what follows
                    merged.append((number, item, joined[0]))
                    pending.append(_Pending(item, number, section_id, False, cut))
                    item, rest = joined
                pending.append(_Pending(item, number, section_id, rest >= INLINE_ANSWER_WORDS, cut))
            elif item.role == "guidance" and segment is None and not _verbatim(text, item):
                continue  # the template's text under no heading of it, made the author's own
            elif item.role == "guidance" and all(number != at for at, _, _ in guidance):
                # An outline bullet ("Known Issues Over Time. List or summarize …") kept as the
                # prompt of the author's answer is a prompt, not text left in by mistake.
                guidance.append((number, text, block.kind is BlockKind.LIST_ITEM))
                if block.kind is BlockKind.LIST_ITEM:
                    prompts.prompt(number, block, rest >= INLINE_ANSWER_WORDS)
    close_segment()
    template_title, own_title = _titles(document, sections)
    if own_title is not None:
        title_block = own_title  # the template's title above it is not the document's
    found = _with_subsections(document, sections)
    return CompanionReading(
        template,
        _level(document, title_block),
        title_block,
        tuple(items),
        found,
        tuple(read_fields(document, template)),
        tuple(loose),
        template_title,
        hidden,
        bare_headings(document, found, items, title_block, hidden),
        tuple(groups),
        tuple(answer_headings),
        document.front_matter.get("date", ""),
        tuple(merged),
    )


# How far past a heading the reading looks for the section's next question (see _answer_heading).
_ANSWER_HEADING_REACH = 40


def _answer_heading(
    number: int,
    section: CompanionSection,
    pending: list[_Pending],
    index: ItemIndex,
    blocks: tuple[Block, ...],
) -> bool:
    """True when a heading of the author's own stands in the answer to the question above it:
    the last piece of the template met is a question, and the section's questions go on after
    what the heading opens ("* Describe how enabling the project changes …" answered under "### Zero Default
    Behavior Changes." and "### Resource Isolation.", then "* Describe how the project tests …").
    Such headings are part of the answer, at a level that breaks the outline, not a new part."""
    if not pending or pending[-1].item.role != "question":
        return False
    wrote = False
    for later in blocks[number + 1 : number + 1 + _ANSWER_HEADING_REACH]:
        if later.kind in _IGNORED or not later.text.strip():
            continue
        if later.kind is BlockKind.HEADING:
            if index.section(later.text, section.id) is not None:
                return False
            continue
        item = index.item(later.text, section.id)[0]
        if item is None:
            wrote = True
            continue
        return wrote and item.role == "question" and item.section_id == section.id
    return False


def _titles(document: Document, sections: list[SectionFound]) -> tuple[int | None, int | None]:
    """The blocks of the template's own H1 title (its instructions' heading, "General Technical
    Review questions") and of the author's own H1 right above it or after it: two titles, one of
    them the template's (both None when the document has not kept the template's). An H1 of the
    author's right above the template's ("# Linkerd Security Self-assessment" over "#
    Self-assessment") is the title, not one further down; one after it only before the outline's
    sections begin."""
    blocks = document.blocks
    template_headings = {found.block for found in sections}
    outline_headings = {found.block for found in sections if not found.section.instructions}
    for found in sections:
        if found.section.instructions and blocks[found.block].level == 1:
            above = next(
                (
                    number
                    for number in range(found.block - 1, -1, -1)
                    if blocks[number].kind is BlockKind.HEADING
                ),
                None,
            )
            if above is not None and blocks[above].level == 1 and above not in template_headings:
                return found.block, above
            later = (
                number
                for number in range(found.block + 1, len(blocks))
                if blocks[number].kind is BlockKind.HEADING
                and blocks[number].level == 1
                and number not in template_headings
            )
            own = next(later, None)
            # The author's title comes before the outline does: an H1 after the outline's sections
            # ("# CNI Security Threat Modeling" pasted in below the Appendix) is no title.
            if own is not None and not any(found.block < at < own for at in outline_headings):
                return found.block, own
    return None, None


def _verbatim(text: str, item: Item) -> bool:
    """True when a text opens with the template's own words, all of them, not the author's
    adaptation of them ("… the initial document for the NATS project …")."""
    opening = normalize(item.text).split()
    return normalize(text).split()[: len(opening)] == opening


def _with_subsections(document: Document, sections: list[SectionFound]) -> tuple[SectionFound, ...]:
    """Each section with ``span`` set: the author's blocks under it, its subsections' included."""
    levels = [document.blocks[found.block].level for found in sections]
    for number, found in enumerate(sections):
        span = found.content
        for later in range(number + 1, len(sections)):
            if levels[later] <= levels[number]:
                break
            span += sections[later].content
        found.span = span
    return tuple(sections)


def _bold_question_cut_short(
    index: ItemIndex, block: Block, section_id: str | None
) -> tuple[Item | None, int, str]:
    """A question written cut short in bold with its answer after it in the same paragraph or item
    ("- **Explain how upgrades and rollbacks were tested.** We test upgrades in CI …"): the
    question, how many words the author wrote after it, and what the template also asks. (A whole
    question with its answer after it is read as the template's text with words added.)"""
    strong = block.strong.strip()
    if not block.text.startswith(strong):
        return None, 0, ""
    item, _, cut = index.item(strong, section_id)
    if item is None or item.role != "question" or not cut:
        return None, 0, ""
    return item, len(normalize(block.text[len(strong) :]).split()), cut


def _texts(block: Block) -> Iterable[str]:
    """What of a block is compared with the template: a table row by row (an empty header row is
    nothing), a code block line by line (questions indented into one show each on its own line,
    not as one question), else its text."""
    if block.kind in (BlockKind.TABLE, BlockKind.CODE):
        return [row for row in block.text.split("\n") if normalize(row)]
    return (block.text,)


def _level(document: Document, title_block: int | None) -> str | None:
    """The level a GTR's title names ("General Technical Review - Kyverno / Graduation")."""
    texts = [document.front_matter.get("title", "")]
    if title_block is not None:
        texts.append(document.blocks[title_block].text)
    for text in texts:
        for word in normalize(text).split():
            if word in _LEVEL_WORDS:
                return _LEVEL_WORDS[word]
    return None


def _under_group(group: GroupFound | None, heading: Block, blocks: Sequence[Block]) -> bool:
    """True when a heading of the author's sits below the template's question with sub-questions
    that is itself a heading ("### Security hygiene" then "#### Code Quality and Development
    Practices" and its list): what follows still answers that question."""
    if group is None:
        return False
    asked = blocks[group.block]
    return asked.kind is BlockKind.HEADING and heading.level > asked.level
