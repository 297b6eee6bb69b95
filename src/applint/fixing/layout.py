"""A template revision's shipped text, and which of its lines are each section's heading and
introduction and each criterion's statement with its sub-items and guidance comment.

Found by reading the text with applint's own Markdown reader and mapping it onto its own revision
(every shipped text maps completely onto itself; a test holds that), so ``fix`` and ``upgrade``
insert the template's exact lines, links and comments included.
"""

from __future__ import annotations

import functools
import os
from typing import Final

from applint.errors import TemplateError
from applint.matching.evidence import collect_evidence
from applint.matching.mapping import map_document
from applint.model import Document
from applint.readers.markdown import read_markdown
from applint.templates.catalog import schemas_folder
from applint.templates.records import Template

TEXT_FOLDER = "text"


def text_path(revision_id: str) -> str:
    return os.path.join(schemas_folder(), TEXT_FOLDER, f"{revision_id}.md")


def shipped_text(template: Template) -> bytes:
    """The published text of a shipped revision, byte for byte."""
    try:
        with open(text_path(template.id), "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise TemplateError(
            f"no shipped text for '{template.id}' (init, fix and upgrade need a shipped revision)"
        ) from None


class Layout:
    """Lines of one revision's text, by section and criterion id (text without line endings)."""

    __slots__ = ("criteria", "headings", "intros", "template")

    def __init__(
        self,
        template: Template,
        headings: dict[str, str],
        intros: dict[str, tuple[str, ...]],
        criteria: dict[str, tuple[str, ...]],
    ) -> None:
        self.template: Final = template
        self.headings: Final = headings
        self.intros: Final = intros
        self.criteria: Final = criteria

    def section_lines(self, section_id: str, skip: frozenset[str] = frozenset()) -> list[str]:
        """A section as the template writes it: heading, introduction, criteria, sub-sections,
        one blank line between parts; criteria and sections whose id is in ``skip`` left out."""
        section = self.template.sections_by_id[section_id]
        lines = [self.headings[section_id]]
        parts = [self.intros[section_id]]
        parts.extend(self.criteria[c.id] for c in section.criteria if c.id not in skip)
        parts.extend(
            tuple(self.section_lines(child.id, skip)) for child in section.sections if child.id not in skip
        )
        for part in parts:
            if part:
                lines.extend(("", *part))
        return lines


@functools.cache
def layout_of(template: Template) -> Layout:
    """The layout of a shipped revision's text."""
    text = shipped_text(template).decode("utf-8-sig").replace("\r\n", "\n")
    document = read_markdown(text, text_path(template.id))
    mapping = map_document(template, document)
    missing = [s.id for s in template.walk() if s.id not in mapping.sections]
    missing += [c.id for c in template.criteria if c.id not in mapping.criteria]
    if missing:
        raise TemplateError(f"the shipped text of {template.id} does not map onto it: {missing[:3]}")
    lines = document.source_lines
    evidence = collect_evidence(document, template, mapping)
    statements = sorted(mapping.criteria.values())
    headings: dict[str, str] = {}
    intros: dict[str, tuple[str, ...]] = {}
    for section in template.walk():
        found = mapping.sections[section.id]
        headings[section.id] = lines[found.line - 1]
        first = next((i for i in statements if found.start < i < found.body_end), found.body_end)
        intros[section.id] = _trimmed(document, found.start + 1, first)
    criteria: dict[str, tuple[str, ...]] = {}
    for criterion in template.criteria:
        index = mapping.criteria[criterion.id]
        statement = document.blocks[index]
        own = evidence[criterion.id].blocks
        shared = not own or own[0] is not document.blocks[index + 1]
        last = statement.end_line if shared else own[-1].end_line
        criteria[criterion.id] = tuple(lines[statement.line - 1 : last])
    return Layout(template, headings, intros, criteria)


def _trimmed(document: Document, start: int, stop: int) -> tuple[str, ...]:
    """The source lines of blocks ``start``..``stop``-1, without blank lines at either end."""
    if start >= stop:
        return ()
    first, last = document.blocks[start].line, document.blocks[stop - 1].end_line
    return tuple(document.source_lines[first - 1 : last])
