"""``applint upgrade``: carry a Markdown draft from the revision it was written from to a newer one.

From the criterion-level differences between the two revisions (``templates.diff``) and the
mapping of the draft onto each: criteria the newer text added are inserted at their place,
unticked, with their sub-items and guidance (a section the newer text added comes with them);
criteria it moved travel, with their evidence and unchanged, to their new place; the version
label is updated; a criterion it removed keeps its evidence and gets a comment above it saying so.
Criteria the draft already lacked in its own revision are left to ``applint fix``.
"""

from __future__ import annotations

import re

from applint.errors import ApplintError
from applint.fixing.edits import Edit, Insert, Move, Replace
from applint.fixing.fix import TITLE_END, filled, project_name
from applint.fixing.layout import layout_of
from applint.fixing.places import Site
from applint.fixing.restore import OrderKey, order_key, restore_edits
from applint.matching.detection import Selection, select_template
from applint.model import BlockKind, Document
from applint.templates.catalog import find_template, latest_of
from applint.templates.diff import diff_templates
from applint.templates.records import Template, TemplateSection

MARKER = "<!-- applint: not in {new}; kept from {old} -->"


def _follows_template(document: Document) -> bool:
    """Whether `check` reads the draft as written from a template (not a free-form proposal)."""
    from applint.engine import read_as

    reading = read_as(document)
    return not isinstance(reading, tuple) or reading[2]


def target_of(spec: str, old: Template) -> Template:
    """The revision to upgrade to: ``latest``, a label or an exact revision id, of the draft's kind."""
    target = latest_of(old.kind) if spec == "latest" else find_template(spec)
    if target.kind != old.kind:
        raise ApplintError(
            f"{target.id} is for {target.kind} applications; the draft is a {old.kind} application"
        )
    if target.revision_date < old.revision_date:
        raise ApplintError(
            f"{target.id} is older than {old.id}, which the draft follows; upgrade only goes forward"
        )
    return target


def plan_upgrade(document: Document, to: str = "latest", start: str | None = None) -> list[Edit]:
    """The edits that carry the draft to revision ``to`` (``start`` forces the revision it is on)."""
    selection = select_template(document, find_template(start) if start else None)
    old = selection.template
    new = target_of(to, old)
    if new.id == old.id or (start is None and not _follows_template(document)):
        return []  # a free-form proposal is re-filed on the template (unknown-template), not upgraded
    before, after = Site(document, old), Site(document, new)
    changes = diff_templates(old, new)
    moving = _moving(after, {c.criterion_id for c in changes if c.kind == "moved"})
    sections = _new_sections(after, old, selection)
    added = [
        c.criterion_id
        for c in changes
        if c.kind == "added"
        and c.criterion_id not in after.mapping.criteria
        and _expected(after, old, c.criterion_id)
    ]
    why = f"new in {new.id}"
    keyed: list[tuple[OrderKey, Edit]] = restore_edits(after, layout_of(new), sections, added, why, moving)
    for criterion_id in moving:
        keyed.append(_move(after, criterion_id, moving))
    name = project_name(document)
    edits: list[Edit] = [filled(edit, name) for _, edit in sorted(keyed, key=lambda item: item[0])]
    version = _version(document, selection, new)
    if version is not None:
        edits.insert(0, version)
    marker = MARKER.format(new=new.id, old=old.id)
    for change in changes:
        if change.kind == "removed" and change.criterion_id in before.mapping.criteria:
            line = before.statement_line(change.criterion_id)
            if line < 2 or document.source_lines[line - 2].strip() != marker:
                message = f'marked criterion "{change.text[:60]}" as not in {new.id}; its evidence is kept'
                edits.append(Insert(line - 1, (marker,), message, padded=False))
    return edits


def _topmost_missing(site: Site, section: TemplateSection) -> TemplateSection | None:
    """The outermost section, from ``section`` up (the title excluded), that the document lacks."""
    top = None
    for each in site.template.lineage(section.id):
        if each.role == "title" or each.id in site.mapping.sections:
            break
        top = each
    return top


def _expected(site: Site, old: Template, criterion_id: str) -> bool:
    """False for an added criterion inside a section the draft already lacked in its own revision
    (that section is ``missing-section``'s to report, and ``fix``'s to restore)."""
    criterion = next(c for c in site.template.criteria if c.id == criterion_id)
    top = _topmost_missing(site, site.template.sections_by_id[criterion.section_id])
    return top is None or top.id not in old.sections_by_id


def _new_sections(site: Site, old: Template, selection: Selection) -> list[str]:
    """The outermost sections the newer revision added and the document lacks."""
    found: dict[str, None] = {}
    for section in site.template.walk():
        if section.id in old.sections_by_id or section.id in site.mapping.sections or section.optional:
            continue
        if selection.due_diligence and section.application_only:
            continue
        top = _topmost_missing(site, section)
        if top is not None and top.id not in old.sections_by_id:
            found[top.id] = None
    return list(found)


def _moving(site: Site, moved: set[str]) -> frozenset[str]:
    """Criteria the newer revision moved that the document still has at their old place and that
    can travel: present in their own section, with evidence they do not share with another. A
    criterion is at its old place when the criteria that did not move stand before it in the
    document otherwise than in the newer revision."""
    result: set[str] = set()
    for section in site.template.walk():
        present = [c.id for c in section.criteria if c.id in site.mapping.criteria]
        stay = [c for c in present if c not in moved]
        found = site.mapping.sections.get(section.id)
        for criterion_id in moved.intersection(present):
            index = site.mapping.criteria[criterion_id]
            before_here = {c for c in stay if site.mapping.criteria[c] < index}
            before_there = {c for c in stay if present.index(c) < present.index(criterion_id)}
            if before_here == before_there:
                continue
            if found is not None and found.start < index < found.end and _owns_evidence(site, criterion_id):
                result.add(criterion_id)
    return frozenset(result)


def _owns_evidence(site: Site, criterion_id: str) -> bool:
    index = site.mapping.criteria[criterion_id]
    blocks = site.evidence[criterion_id].blocks
    return not blocks or blocks[0] is site.document.blocks[index + 1]


def _move(site: Site, criterion_id: str, moving: frozenset[str]) -> tuple[OrderKey, Edit]:
    criterion = next(c for c in site.template.criteria if c.id == criterion_id)
    after = site.criterion_after(criterion, moving)
    assert after is not None  # its section is present: _moving checked
    first, last = site.statement_line(criterion_id), site.own_end(criterion_id)
    lines = site.document.source_lines
    if first > 1 and last < len(lines) and not lines[first - 2].strip() and not lines[last].strip():
        first -= 1  # the blank line before it goes with it, so one blank line stays behind
    message = f'moved criterion "{criterion.text[:60]}" with its evidence to its place in {site.template.id}'
    return order_key(site.template, criterion.section_id, criterion_id), Move(first, last, after, message)


def _version(document: Document, selection: Selection, new: Template) -> Edit | None:
    """The version line updated to the newer label, or added under the title when there is none."""
    version = selection.version
    if version is not None:
        if version.label == new.label:
            return None
        line = document.source_lines[version.line - 1]
        updated = re.sub(rf"(?i)\b{re.escape(version.label)}\b", new.label, line, count=1)
        if updated == line:
            return None
        return Replace(version.line, updated, f"updated the version line to '{new.label}' ({new.id})")
    title = next(
        (b for b in document.blocks if b.kind is BlockKind.HEADING and TITLE_END.search(b.text)), None
    )
    if title is None:
        return None
    return Insert(title.end_line, (new.label,), f"added the version line '{new.label}' ({new.id})")
