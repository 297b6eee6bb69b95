"""Edits that put missing template sections and criteria back, with the template's own lines, at
their place; ordered as the template orders them, so insertions at one spot come out in order."""

from __future__ import annotations

from collections.abc import Iterable

from applint.fixing.edits import Edit, Insert
from applint.fixing.layout import Layout
from applint.fixing.places import Site
from applint.templates.records import Template, TemplateSection

# (position of the section in the template, position of the criterion in it; -1 for the section)
OrderKey = tuple[int, int]


def order_key(template: Template, section_id: str, criterion_id: str | None = None) -> OrderKey:
    """Where a section or criterion comes in the template, for sorting edits."""
    sections = [s.id for s in template.walk()]
    section = template.sections_by_id[section_id]
    position = -1 if criterion_id is None else [c.id for c in section.criteria].index(criterion_id)
    return sections.index(section_id), position


def restore_edits(
    site: Site,
    layout: Layout,
    sections: Iterable[str],
    criteria: Iterable[str],
    why: str,
    moving: frozenset[str] = frozenset(),
) -> list[tuple[OrderKey, Edit]]:
    """Insert each section (with whatever of it is missing) and each criterion not inside one of
    those sections; criteria in ``moving`` are being moved and are not anchors.

    A section some of whose sub-sections or criteria the document has elsewhere is not restored:
    the mapping finds them there only while the section is absent, so restoring it would lose them
    (and a second run would restore them again). ``check`` goes on reporting it.
    """
    template = site.template
    present = frozenset(site.mapping.sections) | frozenset(site.mapping.criteria)
    restored = set(sections)
    edits: list[tuple[OrderKey, Edit]] = []
    for section_id in restored:
        if any(s.id in restored for s in template.lineage(section_id)[1:]):
            continue  # an enclosing section brings it
        section = template.sections_by_id[section_id]
        if _holds_present(template, section, present):
            continue  # its heading would take what the document has elsewhere away from where it is
        lines = layout.section_lines(section_id, skip=present)
        title = section.title.replace("$PROJECT", "<project>")
        edits.append(
            (
                order_key(template, section_id),
                Insert(site.section_after(section), tuple(lines), f"restored section '{title}' ({why})"),
            )
        )
    for criterion_id in criteria:
        criterion = next(c for c in template.criteria if c.id == criterion_id)
        if any(s.id in restored for s in template.lineage(criterion.section_id)):
            continue
        after = site.criterion_after(criterion, moving)
        if after is None:
            continue
        kind = "required" if criterion.required else "suggested"
        edits.append(
            (
                order_key(template, criterion.section_id, criterion_id),
                Insert(
                    after,
                    layout.criteria[criterion_id],
                    f'inserted {kind} criterion "{_short(criterion.text)}" ({why})',
                ),
            )
        )
    return edits


def _holds_present(template: Template, section: TemplateSection, present: frozenset[str]) -> bool:
    """True when a criterion of the section, or a sub-section or its criteria, is in the document."""
    inside = [s for s in template.walk() if section in template.lineage(s.id)]
    return any(s.id in present for s in inside if s is not section) or any(
        c.id in present for s in inside for c in s.criteria
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
