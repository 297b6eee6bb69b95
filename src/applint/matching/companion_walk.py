"""The one walk that reads a companion document (GTR, governance review, security
self-assessment) against a revision of its template (``read_companion``), and the revision of its
kind that explains it best (``read_best``); what the reading holds is ``companions``'.

Reading walks the document once: each heading is matched to a template
section by title, each block to the template's own text (a question, a criterion, outline
text, a field) or else counted as the author's; a question, criterion or list lead-in is answered
when the author wrote something after it before the next piece of the template.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from applint.matching.companion_fields import read_fields
from applint.matching.companion_headings import bare_headings
from applint.matching.companion_index import ItemIndex
from applint.matching.companions import CompanionReading, GroupFound, ItemFound, SectionFound
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
    sections begin (the template's bare heading over its outline, "## Self-assessment outline", kept
    between the two titles, begins none of them)."""
    blocks = document.blocks
    template_headings = {found.block for found in sections}
    # The template's heading over its outline ("## Self-assessment outline"), kept bare between the
    # template's title and the author's, opens no part of the outline.
    outline_headings = {
        found.block for found in sections if not found.section.instructions and not _bare_outline_top(found)
    }
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


def _bare_outline_top(found: SectionFound) -> bool:
    """Whether a section found is the template's heading over its whole outline (a heading below
    the title with no question of its own, "## Self-assessment outline") with nothing of the
    author's under it."""
    section = found.section
    return section.level > 1 and not section.items and not found.content and "/" not in section.id


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
