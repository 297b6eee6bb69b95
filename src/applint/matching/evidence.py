"""The evidence under each criterion: what the applicant wrote between its statement and the next
criterion or heading, whether it says anything, and which links it gives.

Rules (criterion-without-evidence, evidence-without-link) and the completeness score read this;
none of them re-reads the text.
"""

from __future__ import annotations

from typing import Final

from applint.matching.mapping import Mapping
from applint.model import Block, BlockKind, Document
from applint.templates.boilerplate import fills_sub_item, is_template_text
from applint.templates.records import Template
from applint.text.markers import find_notes, strip_markers
from applint.text.normalize import normalize

# Fewer meaningful words than this, once placeholders and TODOs are gone, is not evidence.
MIN_EVIDENCE_WORDS = 2
_NOT_CONTENT = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER)


class Evidence:
    """What follows one criterion's statement."""

    __slots__ = ("blocks", "criterion_id", "has_content", "links", "statement")

    def __init__(
        self,
        criterion_id: str,
        statement: Block,
        blocks: tuple[Block, ...],
        links: tuple[str, ...],
        has_content: bool,
    ) -> None:
        self.criterion_id: Final = criterion_id
        self.statement: Final = statement
        self.blocks: Final = blocks
        self.links: Final = links
        self.has_content: Final = has_content

    @property
    def end_line(self) -> int:
        return self.blocks[-1].end_line if self.blocks else self.statement.end_line


def collect_evidence(document: Document, template: Template, mapping: Mapping) -> dict[str, Evidence]:
    """Evidence for every matched criterion, by criterion id."""
    statements = set(mapping.criteria.values())
    result: dict[str, Evidence] = {}
    for criterion in template.criteria:
        index = mapping.criteria.get(criterion.id)
        if index is None:
            continue
        statement = document.blocks[index]
        blocks = _following(document, index, statements)
        if not blocks:
            # Statements listed one after another share the evidence written below the last.
            blocks = _shared(document, index, statements)
        inline = _inline_evidence(statement)
        content = [
            text for text in [inline, *(_content_of(block, template.kind) for block in blocks)] if text
        ]
        links = tuple(link for block in (statement, *blocks) for link in block.links)
        result[criterion.id] = Evidence(criterion.id, statement, blocks, links, bool(content))
    return result


def _following(document: Document, index: int, statements: set[int]) -> tuple[Block, ...]:
    """Blocks after a statement up to the next heading, criterion statement or top-level checkbox."""
    statement = document.blocks[index]
    found = []
    for position in range(index + 1, len(document.blocks)):
        block = document.blocks[position]
        if block.kind is BlockKind.HEADING or position in statements:
            break
        if block.is_checkbox and block.level <= statement.level:
            break
        found.append(block)
    return tuple(found)


def _shared(document: Document, index: int, statements: set[int]) -> tuple[Block, ...]:
    """The evidence below the run of adjacent statements this one opens or belongs to."""
    position = index
    while position + 1 < len(document.blocks) and position + 1 in statements:
        position += 1
    return _following(document, position, statements) if position != index else ()


def _inline_evidence(statement: Block) -> str:
    """Text on the statement's own line after its bold part ("**Foo.** See GOVERNANCE.md")."""
    if not statement.strong or len(statement.text) <= len(statement.strong):
        return ""
    rest = statement.text[len(statement.strong) :]
    return rest if len(normalize(strip_markers(rest)).split()) >= MIN_EVIDENCE_WORDS else ""


def _content_of(block: Block, kind: str) -> str:
    """The applicant's own words in a block, or "" for comments, markers and template text."""
    if block.kind in _NOT_CONTENT or not block.text:
        return ""
    if is_template_text(block.text, kind):
        return ""
    notes = find_notes(block.text)
    if notes and notes[0][0] <= 1:
        return ""  # "TODO: add the link" is a note about missing evidence, not evidence
    stripped = strip_markers(block.text)
    if len(normalize(stripped).split()) < MIN_EVIDENCE_WORDS:
        return ""
    if block.kind is BlockKind.LIST_ITEM and block.level > 0 and fills_sub_item(block.text, kind):
        # A template sub-bullet counts only once its placeholders are filled in.
        return "" if stripped != block.text else block.text
    return block.text
