"""What triage reads of one application: the evidence under given criteria, the blocks of an area,
the applicant's links and words, all from the model, the mapping and the evidence matching made."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final

from applint.matching.detection import Selection
from applint.matching.evidence import Evidence
from applint.matching.linked import LinkedCompanion, linked_companions
from applint.matching.mapping import Mapping
from applint.matching.structure import Section
from applint.model import Block, BlockKind, Document, Unit
from applint.templates.boilerplate import is_template_text
from applint.text.markers import find_notes, strip_markers
from applint.text.normalize import normalize
from applint.text.precompiled import cached_pattern
from applint.triage.items import AREAS_BY_ID, Item
from applint.triage.links import is_template_link

_NOT_WORDS = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER, BlockKind.HEADING, BlockKind.CODE)

Link = tuple[str, Block]  # a URL and the block it is in


class Mention:
    """A line of the applicant's that names an item, and the links written on that line."""

    __slots__ = ("block", "line", "links", "text")

    def __init__(self, block: Block, line: int, text: str, links: tuple[Link, ...]) -> None:
        self.block: Final = block
        self.line: Final = line
        self.text: Final = text  # the line without Markdown markup (to point at it)
        self.links: Final = links


def plain(line: str) -> str:
    """A Markdown source line as it reads rendered: no list marker, link targets or emphasis marks."""
    text = cached_pattern(r"\]\([^)]*\)").sub("", line)
    text = cached_pattern(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?").sub("", text)
    return " ".join(cached_pattern(r"[\[\]*_`#>]").sub("", text).split())


class Found:
    """What the document holds under an item's criteria (or, for an item without criteria, in its area)."""

    __slots__ = ("blocks", "has_content", "links", "statement")

    def __init__(
        self, statement: Block | None, blocks: tuple[Block, ...], links: tuple[Link, ...], has_content: bool
    ) -> None:
        self.statement: Final = statement  # the first mapped criterion's statement
        self.blocks: Final = blocks  # blocks holding the applicant's own words
        self.links: Final = links  # the applicant's links, in order (template links left out)
        self.has_content: Final = has_content

    @property
    def ticked(self) -> bool | None:
        return self.statement.checked if self.statement is not None else None


class TriageView:
    """The parts of one parsed application a triage item is checked against."""

    def __init__(
        self, document: Document, selection: Selection, mapping: Mapping, evidence: dict[str, Evidence]
    ):
        self.document: Final = document
        self.selection: Final = selection
        self.mapping: Final = mapping
        self.evidence: Final = evidence
        self.kind: Final = selection.template.kind

    def own_words(self, block: Block) -> bool:
        """True when the block holds the applicant's words (not template text, a comment or a note)."""
        if block.kind in _NOT_WORDS or not block.text or is_template_text(block.text, self.kind):
            return False
        notes = find_notes(block.text)
        if notes and notes[0][0] <= 1:
            return False
        return bool(normalize(strip_markers(block.text)).strip())

    def links_in(self, blocks: tuple[Block, ...] | list[Block]) -> tuple[Link, ...]:
        return tuple((url, block) for block in blocks for url in block.links if not is_template_link(url))

    @functools.cached_property
    def all_links(self) -> tuple[Link, ...]:
        """Every link of the applicant's in the document, in order."""
        return self.links_in([b for b in self.document.blocks if b.kind is not BlockKind.COMMENT])

    @functools.cached_property
    def linked_companions(self) -> tuple[LinkedCompanion, ...]:
        """The GTR, governance review and self-assessment the application links in its checkout."""
        return linked_companions(self.document)

    def found(self, item: Item) -> Found:
        """The evidence under the item's mapped criteria, merged; for an item without criteria, its area."""
        if not item.criteria:
            area = tuple(b for b in self.area_blocks(item.area) if self.own_words(b))
            return Found(None, area, self.links_in(area), bool(area))
        statement = None
        blocks: list[Block] = []
        links: list[Link] = []
        has_content = False
        for criterion_id in item.criteria:
            evidence = self.evidence.get(criterion_id)
            if evidence is None:
                continue
            statement = statement or evidence.statement
            if self._borrowed(evidence):
                links.extend(self.links_in([evidence.statement]))
                has_content = has_content or _has_inline_words(evidence.statement)
                continue
            own = [b for b in evidence.blocks if self.own_words(b)]
            blocks.extend(own)
            links.extend(self.links_in([evidence.statement, *own]))
            has_content = has_content or evidence.has_content
        return Found(statement, tuple(blocks), tuple(links), has_content)

    @functools.cached_property
    def _statements(self) -> list[Block]:
        return sorted((self.document.blocks[i] for i in self.mapping.criteria.values()), key=lambda b: b.line)

    def _borrowed(self, evidence: Evidence) -> bool:
        """True when a criterion's evidence is the text under a later statement, and the statements are
        apart (an empty criterion in the template's loose list) rather than one tight run answered once.
        In DOCX every paragraph follows the last, so a statement there never borrows."""
        if not evidence.blocks:
            return False
        first = evidence.blocks[0].line
        run = [b for b in self._statements if evidence.statement.line <= b.line < first]
        if len(run) < 2:
            return False
        if self.document.unit is Unit.PARAGRAPH:
            return True  # DOCX paragraphs are always adjacent: a tight run cannot be told from a loose one
        return any(later.line > earlier.end_line + 1 for earlier, later in itertools.pairwise(run))

    def _area_section(self, area_id: str) -> Section | None:
        wanted = AREAS_BY_ID[area_id].section
        for section_id, section in self.mapping.sections.items():
            if section_id == wanted or section_id.endswith("." + wanted):
                return section
        return None

    def area_blocks(self, area_id: str) -> tuple[Block, ...]:
        """The blocks under the area's heading; the whole document when the heading is not there."""
        section = self._area_section(area_id)
        return (
            self.document.blocks if section is None else self.document.blocks[section.start + 1 : section.end]
        )

    def area_heading(self, area_id: str) -> Block | None:
        section = self._area_section(area_id)
        return section.heading if section is not None else None

    def mentions(self, pattern: str, blocks: tuple[Block, ...]) -> list[Mention]:
        """Each source line of the applicant's own words matching a (case-insensitive) pattern, with its
        block: a paragraph of several lines is searched line by line, so the line is the one that says it."""
        if not pattern:
            return []
        regex = re.compile(pattern, re.IGNORECASE)
        found = []
        for block in blocks:
            if self.own_words(block) and regex.search(block.text):
                found.extend(self.lines_matching(regex, block))
        return found

    def lines_matching(self, regex: re.Pattern[str], block: Block) -> list[Mention]:
        """The block's source lines that match, read without Markdown markup (a block on one line: its text)."""
        lines = self.document.source_lines
        if block.end_line <= block.line or block.line > len(lines):
            if not regex.search(block.text):
                return []
            return [Mention(block, block.line, block.text, self.links_in([block]))]
        found = []
        for number in range(block.line, min(block.end_line, len(lines)) + 1):
            text = plain(lines[number - 1])
            if regex.search(text):
                links = tuple(
                    link for link in self.links_in([block]) if self.line_of(link[0], block) == number
                )
                found.append(Mention(block, number, text, links))
        return found

    def line_of(self, url: str, block: Block) -> int:
        """The line a link is written on (its block's first line when the URL is not in the source)."""
        lines = self.document.source_lines
        for number in range(block.line, min(block.end_line, len(lines)) + 1):
            if url in lines[number - 1]:
                return number
        return block.line


def _has_inline_words(statement: Block) -> bool:
    """Words after the bold statement on its own line ("**Foo.** See GOVERNANCE.md")."""
    rest = statement.text[len(statement.strong) :] if statement.strong else ""
    return len(normalize(strip_markers(rest)).split()) >= 2
