"""The evidence under each criterion: what the applicant wrote for it, whether it says anything,
and which links it gives.

A criterion's own evidence is the text of its own item beyond the statement (a bold statement's
tail, a reworded statement's extra words, its links), its nested sub-items, and the blocks after
it up to the next criterion, top-level checkbox or template section heading. A heading that is no
template section (``## Release cadence`` pasted into an answer) does not end the answer. A
criterion followed directly by the next criterion has nothing of its own: it never borrows what
is written below the next one.

Evidence given once for a section ("This section is covered by our Governance Review [link]"),
above its first criterion or as a paragraph that speaks of the section as a whole, is kept apart
as the section's evidence: the criteria it covers have no evidence of their own, and one finding
names them together.

Rules (criterion-without-evidence, evidence-without-link) and the completeness score read this;
none of them re-reads the text.
"""

from __future__ import annotations

import re
from typing import Final

from applint.matching.mapping import Mapping, heading_names
from applint.matching.rewording import statement_text
from applint.matching.structure import Section
from applint.model import Block, BlockKind, Document
from applint.templates.boilerplate import fills_sub_item, is_template_text, standing_evaluations
from applint.templates.records import Criterion, Template
from applint.text.markers import find_notes, has_placeholder, strip_markers
from applint.text.normalize import content_words, normalize
from applint.text.patterns import LazyPattern
from applint.text.similarity import containment
from applint.text.verdicts import GENERIC_CRITERION_WORDS

# Fewer meaningful words than this, once placeholders and TODOs are gone, is not evidence.
MIN_EVIDENCE_WORDS = 2
# A statement without bold that carries this many words beyond the criterion's own answers inline
# ("Our maintainers and their employers are listed in MAINTAINERS.md").
MIN_INLINE_EXTRA_WORDS = 3
# "<statement>: <answer>" or "<statement> — <answer>": the head must hold most of the criterion.
_ANSWER_SEPARATOR = LazyPattern(r":\s+|\s+[—–]\s+|\s+-\s+")
ANSWER_HEAD_SHARE = 0.5
_NOT_CONTENT = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER)
# Kinds whose mere presence is evidence: a table, a code block, a quoted passage the author pasted.
_ALWAYS_CONTENT = (BlockKind.TABLE, BlockKind.CODE)
# A paragraph that answers for a whole section rather than for the criterion above it.
_SECTION_WIDE = LazyPattern(
    r"\b(?:this|the|these)\s+(?:section|area)\b|\b(?:these|all\s+(?:of\s+)?the(?:se)?|the\s+above)\s+criteria\b",
    re.IGNORECASE,
)  # not "all of the above": under a criterion with sub-items it means those


class Evidence:
    """What one criterion's statement is answered with.

    ``blocks`` are the blocks after the statement that belong to it; ``has_content`` says whether
    the statement's own item or those blocks say anything; ``covered_by`` is the section-level
    evidence block standing for this criterion when it has none of its own.
    """

    __slots__ = ("blocks", "covered_by", "criterion_id", "has_content", "links", "statement", "unfilled")

    def __init__(
        self,
        criterion_id: str,
        statement: Block,
        blocks: tuple[Block, ...],
        links: tuple[str, ...],
        has_content: bool,
        covered_by: Block | None = None,
        unfilled: bool = False,
    ) -> None:
        self.criterion_id: Final = criterion_id
        self.statement: Final = statement
        self.blocks: Final = blocks
        self.links: Final = links
        self.has_content: Final = has_content
        self.covered_by: Final = covered_by
        # The answer is the template's own sub-bullet with its placeholders still in: the
        # placeholder rule points at that line, so nothing else needs to.
        self.unfilled: Final = unfilled

    @property
    def end_line(self) -> int:
        return self.blocks[-1].end_line if self.blocks else self.statement.end_line


def collect_evidence(document: Document, template: Template, mapping: Mapping) -> dict[str, Evidence]:
    """Evidence for every matched criterion, by criterion id."""
    statements = set(mapping.criteria.values())
    stops = _section_heading_indexes(document, template, mapping)
    own: dict[str, tuple[Block, ...]] = {}
    section_wide: dict[str, Block] = {}  # criterion id -> the section-level block covering it
    for criterion in template.criteria:
        index = mapping.criteria.get(criterion.id)
        if index is not None:
            own[criterion.id] = _following(document, index, statements, stops)
    section_blocks = _section_evidence(document, template, mapping, statements, own)
    for section_id, block in section_blocks.items():
        for criterion in _criteria_under(template, section_id):
            section_wide.setdefault(criterion.id, block)
    not_own = {id(block) for block in section_blocks.values()}
    dd_kind = template.kind if template.due_diligence else None
    result: dict[str, Evidence] = {}
    for criterion in template.criteria:
        index = mapping.criteria.get(criterion.id)
        if index is None:
            continue
        statement = document.blocks[index]
        blocks = own[criterion.id]
        content = _inline_evidence(statement, criterion, template.kind, dd_kind) or any(
            _content_of(block, template.kind, adopts_template=statement.checked is not False)
            for block in blocks
            if id(block) not in not_own
        )
        links = tuple(link for block in (statement, *blocks) for link in block.links)
        covered = None if content else section_wide.get(criterion.id)
        unfilled = not content and any(_unfilled_sub_item(block, template.kind) for block in blocks)
        result[criterion.id] = Evidence(criterion.id, statement, blocks, links, content, covered, unfilled)
    if template.due_diligence:
        _share_run_evaluations(
            mapping, result, {criterion.id: criterion.text for criterion in template.criteria}
        )
    return result


def _share_run_evaluations(mapping: Mapping, result: dict[str, Evidence], texts: dict[str, str]) -> None:
    """In a DD document, a run of criteria about one subject with nothing between them shares the
    evaluation that follows the run (the TOC member lists the two Code of Conduct criteria one under
    the other and assesses them in one paragraph): each criterion of the run with no block of its
    own takes the next one's evaluation, when the two criteria share at least two distinctive words
    ("CNCF Code of Conduct"; not "A number of active maintainers …" over "Document a complete
    maintainer lifecycle process …", which share one). (A blank line between two items is no sign
    here, nor are the boxes: a DOCX export may have neither.)"""
    by_index = {mapping.criteria[criterion_id]: criterion_id for criterion_id in result}
    for index in sorted(by_index, reverse=True):  # the run's last first, so a longer run chains
        evidence = result[by_index[index]]
        if evidence.has_content or any(block.text.strip() or block.comments for block in evidence.blocks):
            continue  # (an empty paragraph, a table's empty cell, is nothing between)
        following = by_index.get(index + 1 + len(evidence.blocks))
        if following is None:
            continue
        shared = result[following]
        if not shared.has_content or shared.statement.level != evidence.statement.level:
            continue
        if len(_subject_words(texts[evidence.criterion_id]) & _subject_words(texts[following])) < 2:
            continue  # (two criteria of different subjects: the evaluation is the second's alone)
        result[evidence.criterion_id] = Evidence(
            evidence.criterion_id,
            evidence.statement,
            shared.blocks,
            evidence.links + shared.links,
            True,
        )


def _subject_words(text: str) -> frozenset[str]:
    """A criterion's distinctive words (its content words but those every criterion uses)."""
    return frozenset(content_words(text)) - GENERIC_CRITERION_WORDS


def _section_heading_indexes(document: Document, template: Template, mapping: Mapping) -> frozenset[int]:
    """Indexes of the headings that end an answer: those of template sections (found or not)."""
    mapped = {section.start for section in mapping.sections.values()}
    sections = template.all_sections
    return frozenset(
        index
        for index, block in enumerate(document.blocks)
        if block.kind is BlockKind.HEADING
        and (index in mapped or any(heading_names(block, section) for section in sections))
    )


def _following(
    document: Document, index: int, statements: set[int], stops: frozenset[int]
) -> tuple[Block, ...]:
    """Blocks after a statement up to the next template heading, criterion statement or top-level
    checkbox (nested sub-items and pasted sub-headings belong to the answer)."""
    statement = document.blocks[index]
    found = []
    for position in range(index + 1, len(document.blocks)):
        block = document.blocks[position]
        if position in statements or position in stops:
            break
        if block.is_checkbox and block.level <= statement.level:
            break
        found.append(block)
    return tuple(found)


def _section_evidence(
    document: Document,
    template: Template,
    mapping: Mapping,
    statements: set[int],
    own: dict[str, tuple[Block, ...]],
) -> dict[str, Block]:
    """Template section id -> the block that answers for the whole section, if any: content between
    the section's heading and its first criterion, or a paragraph below the section's last
    criterion that speaks of the section as a whole ("This section is covered by …")."""
    found: dict[str, Block] = {}
    for section_id, section in mapping.sections.items():
        if template.sections_by_id[section_id].role == "title":
            continue  # what stands under the application's title is project facts, not an answer
        block = _lead_in(document, section, statements, template.kind)
        if block is not None:
            found[section_id] = block
    for template_section in template.walk():
        placed = [c.id for c in template_section.criteria if c.id in own]
        if template_section.id in found or len(placed) < 2:
            continue
        last = max(placed, key=lambda criterion_id: mapping.criteria[criterion_id])
        for block in own[last]:
            if _content_of(block, template.kind):
                if block.kind is BlockKind.PARAGRAPH and _speaks_of_section(block.text):
                    found[template_section.id] = block
                break
    return found


def _speaks_of_section(text: str) -> bool:
    lower = text.lower()
    return ("section" in lower or "area" in lower or "criteria" in lower) and _SECTION_WIDE.search(
        text
    ) is not None


def _lead_in(document: Document, section: Section, statements: set[int], kind: str) -> Block | None:
    """The first block with content between a section's heading and its first criterion."""
    if section.heading is None:
        return None
    for position in range(section.start + 1, section.body_end):
        if position in statements:
            return None
        block = document.blocks[position]
        if block.is_checkbox:
            return None
        if _content_of(block, kind):
            return block
    return None


def _criteria_under(template: Template, section_id: str) -> list[Criterion]:
    """The criteria of a template section and of every section inside it."""
    return [
        criterion
        for criterion in template.criteria
        if any(section.id == section_id for section in template.lineage(criterion.section_id))
    ]


def _inline_evidence(
    statement: Block, criterion: Criterion, criterion_kind: str, dd_kind: str | None = None
) -> bool:
    """True when the statement's own item answers the criterion: a link, the text after its bold
    part ("**Foo.** See GOVERNANCE.md"), or words beyond the criterion's in a reworded statement.
    In a due-diligence document (``dd_kind`` given) the statement's links and a tail the template
    itself has are the template's own ("[vendor-neutral](https://contribute.cncf.io/…)"): the TOC's
    evaluation is written below the statement."""
    stated = statement_text(statement)
    if statement.strong and stated == statement.strong:
        # A link inside the bold statement is the template's ("Complete a [General Technical
        # Review](../toc_subprojects/…)"): only what follows the bold part answers.
        if len(statement.text) <= len(statement.strong):
            return False
        rest = statement.text[len(statement.strong) :]
        if dd_kind is not None and is_template_text(rest, dd_kind):
            return False
        words = len(normalize(strip_markers(rest)).split())
        return words >= MIN_EVIDENCE_WORDS or (words >= 1 and bool(statement.links) and dd_kind is None)
    if statement.links and dd_kind is None and not is_template_text(stated, criterion_kind):
        return True
    text = strip_markers(stated if statement.strong else statement.text)  # "**BLOCKED —** …": what follows
    head, tail = _split_answer(text)
    if tail and containment(content_words(criterion.text), content_words(head)) >= ANSWER_HEAD_SHARE:
        return True  # "All subprojects, if any, are listed: none." — the answer after the statement
    extra = content_words(text) - content_words(criterion.text)
    return len(extra) >= MIN_INLINE_EXTRA_WORDS


def _split_answer(text: str) -> tuple[str, str]:
    """A statement and the answer written after it on the same line ("…: none", "… — see above")."""
    match = _ANSWER_SEPARATOR.search(text)
    if match is None:
        return text, ""
    return text[: match.start()], text[match.end() :].strip(" .")


def _unfilled_sub_item(block: Block, kind: str) -> bool:
    """A template sub-bullet ("… can be discovered at $LINK.") with its placeholders left in."""
    return (
        block.kind is BlockKind.LIST_ITEM and has_placeholder(block.text) and fills_sub_item(block.text, kind)
    )


def _content_of(block: Block, kind: str, adopts_template: bool = False) -> bool:
    """Whether a block holds the applicant's own words (not comments, markers or template text).

    ``adopts_template``: the criterion is not left unticked (ticked, or in a format that lost its
    boxes), so in a due-diligence document the TOC member kept the template's own evaluation under
    it as theirs (under an unticked box it is only the template's, not yet the TOC's)."""
    if block.kind in _NOT_CONTENT or not (block.text.strip() or block.links):
        return False  # (a link with no text is a linked image, a DOCX badge: it answers)
    if block.kind in _ALWAYS_CONTENT:
        return True
    if is_template_text(block.text, kind):
        return adopts_template and normalize(block.text) in standing_evaluations(kind)
    notes = find_notes(block.text)
    if notes and notes[0][0] <= 1:
        return False  # "TODO: add the link" is a note about missing evidence, not evidence
    stripped = strip_markers(block.text)
    if block.links and stripped == block.text:
        return True  # "[Governance](https://…)." : a link alone answers
    if len(normalize(stripped).split()) < MIN_EVIDENCE_WORDS:
        return False
    if block.kind is BlockKind.LIST_ITEM and fills_sub_item(block.text, kind):
        # A template sub-bullet counts only once its placeholders are filled in.
        return stripped == block.text
    return True
