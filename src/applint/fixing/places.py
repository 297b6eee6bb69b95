"""Where a template's missing section or criterion goes in a document: found from the mapping of
the document onto that template (the sections and criteria already there), never from the text."""

from __future__ import annotations

import functools
from typing import Final

from applint.matching.evidence import Evidence, collect_evidence
from applint.matching.mapping import Mapping, map_document
from applint.model import Document
from applint.templates.records import Criterion, Template, TemplateSection


class Site:
    """A document mapped onto the template whose order insertions follow."""

    def __init__(self, document: Document, template: Template, mapping: Mapping | None = None) -> None:
        self.document: Final = document
        self.template: Final = template
        self.mapping: Final = mapping or map_document(template, document)

    @functools.cached_property
    def evidence(self) -> dict[str, Evidence]:
        return collect_evidence(self.document, self.template, self.mapping)

    def statement_line(self, criterion_id: str) -> int:
        return self.document.blocks[self.mapping.criteria[criterion_id]].line

    def own_end(self, criterion_id: str) -> int:
        """The last line of a present criterion's statement and the evidence only it owns."""
        index = self.mapping.criteria[criterion_id]
        statement = self.document.blocks[index]
        own = self.evidence[criterion_id].blocks
        if own and index + 1 < len(self.document.blocks) and own[0] is self.document.blocks[index + 1]:
            return own[-1].end_line
        return statement.end_line

    def section_end(self, section_id: str) -> int:
        """The last line of a present section, its sub-sections included."""
        found = self.mapping.sections[section_id]
        return self.document.blocks[found.end - 1].end_line if found.end > found.start + 1 else found.line

    def body_end(self, section_id: str) -> int:
        """The last line of a present section before its first sub-heading."""
        found = self.mapping.sections[section_id]
        if found.body_end > found.start + 1:
            return self.document.blocks[found.body_end - 1].end_line
        return found.line

    def criterion_after(self, criterion: Criterion, moving: frozenset[str] = frozenset()) -> int | None:
        """The line after which a criterion goes, in its section, by the template's order: after the
        nearest criterion before it that is present (and stays), else before the nearest one after
        it, else at the end of the section's text. When its section is not in the document, at the end of
        the nearest enclosing section that is (None when there is none)."""
        section = self.template.sections_by_id[criterion.section_id]
        if section.id not in self.mapping.sections:
            return next(
                (
                    self.section_end(s.id)
                    for s in self.template.lineage(section.id)
                    if s.id in self.mapping.sections
                ),
                None,
            )
        order = [c.id for c in section.criteria]
        position = order.index(criterion.id)
        stays = [c for c in order if c in self.mapping.criteria and c not in moving and c != criterion.id]
        before = [c for c in stays if order.index(c) < position]
        if before:
            return self.own_end(before[-1])
        after = [c for c in stays if order.index(c) > position]
        if after:
            return self.last_text_before(self.statement_line(after[0]))
        return self.body_end(section.id)

    def section_after(self, section: TemplateSection) -> int:
        """The line after which a missing section goes: after the present section before it among its
        siblings, else before the present one after it, else at the end of its parent."""
        if section.parent_id is None:
            siblings = self.template.sections
        else:
            siblings = self.template.sections_by_id[section.parent_id].sections
        position = siblings.index(section)
        present = self.mapping.sections
        for sibling in reversed(siblings[:position]):
            if sibling.id in present:
                return self.section_end(sibling.id)
        for sibling in siblings[position + 1 :]:
            if sibling.id in present:
                return self.last_text_before(present[sibling.id].line)
        if section.parent_id is not None and section.parent_id in present:
            return self.section_end(section.parent_id)
        return self.last_line()

    def last_text_before(self, line: int) -> int:
        """The last line before ``line`` that is not blank (0 when there is none)."""
        lines = self.document.source_lines
        return next((n for n in range(line - 1, 0, -1) if lines[n - 1].strip()), 0)

    def last_line(self) -> int:
        """The last line that is not blank (0 in a blank document)."""
        lines = self.document.source_lines
        return next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)
