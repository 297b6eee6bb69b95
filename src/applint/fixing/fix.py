"""``applint fix``: the safe, mechanical repairs of a Markdown application.

1. A template guidance comment (``<!-- (Project assertion goes here) -->``) goes when it sits in
   the evidence of a criterion that has written evidence and its lines hold nothing else.
2. The version line is added under the title when it is missing and the revision is clear.
3. A section ``missing-section`` reports is restored at its place (heading, template text and
   whatever of its criteria is missing); a criterion ``missing-criterion`` reports is inserted at
   its place, unticked, with the template's sub-items and guidance comment.
4. ``$PROJECT`` is filled in from the document's title.

What is missing is what ``applint check`` reports (the same detection, mapping, rules and inline
suppressions): ``fix`` repairs exactly that, then nothing on a second run.
"""

from __future__ import annotations

import re

from applint.engine import LintOptions, lint_document
from applint.fixing.edits import Edit, Insert, Remove, Replace
from applint.fixing.layout import layout_of
from applint.fixing.places import Site
from applint.fixing.restore import restore_edits
from applint.matching.detection import Selection, select_template
from applint.model import BlockKind, Document
from applint.templates.catalog import builtin_templates, find_template
from applint.text.normalize import normalize

PROJECT = re.compile(r"\$PROJECT(?![A-Za-z0-9_])")
TITLE_END = re.compile(r"\s+(graduation|incubation)\s+application\s*$", re.IGNORECASE)
ONLY_A_COMMENT = re.compile(r"\s*<!--(?:(?!-->).)*-->\s*", re.DOTALL)
# The revision is clear when no revision of another label scores within this of the best.
CLEAR_MARGIN = 1.0


def plan_fix(document: Document, template: str | None = None) -> list[Edit]:
    """Every safe fix for a Markdown document, in the order they are listed; ``template`` forces
    a revision as ``check --template`` does."""
    forced = find_template(template) if template else None
    selection = select_template(document, forced)
    site = Site(document, selection.template)
    report = lint_document(document, LintOptions(template=template, verbose=True))
    sections = [f.section for f in report.findings if f.rule == "missing-section" and f.section]
    criteria = [str(f.details["criterion"]) for f in report.findings if f.rule == "missing-criterion"]
    edits: list[Edit] = list(_comment_removals(site))
    version = _version_line(site, selection, report.completeness is not None)
    if version is not None:
        edits.append(version)
    if sections or criteria:
        restored = restore_edits(site, layout_of(site.template), sections, criteria, "missing")
        edits.extend(edit for _, edit in sorted(restored, key=lambda item: item[0]))
    edits.extend(_project_name(document))
    return edits


def _comment_removals(site: Site) -> list[Remove]:
    guidance = {normalize(text) for text, is_comment in site.template.guidance if is_comment}
    lines = site.document.source_lines
    removals: list[Remove] = []
    for evidence in site.evidence.values():
        if not evidence.has_content:
            continue
        for block in evidence.blocks:
            if block.kind is not BlockKind.COMMENT or normalize(block.text) not in guidance:
                continue
            raw = "\n".join(lines[block.line - 1 : block.end_line])
            if not ONLY_A_COMMENT.fullmatch(raw):
                continue
            for number in range(block.line, block.end_line + 1):
                removals.append(
                    Remove(
                        number,
                        f"removed template comment '{lines[number - 1].strip()}' beside written evidence",
                    )
                )
    return sorted(set(removals), key=lambda r: r.line)


def _version_line(site: Site, selection: Selection, follows: bool) -> Insert | None:
    """The template's version line under the title, when the document has none and its label is clear."""
    if selection.version is not None or not follows or selection.kind is None:
        return None
    label = site.template.label
    if not selection.forced:
        labels = {t.id: t.label for t in builtin_templates()}
        best = selection.scores.get(site.template.id, selection.score)
        close = {labels.get(t) for t, score in selection.scores.items() if score >= best - CLEAR_MARGIN}
        if close != {label}:
            return None
    title = next(
        (b for b in site.document.blocks if b.kind is BlockKind.HEADING and TITLE_END.search(b.text)), None
    )
    if title is None:
        return None
    return Insert(title.end_line, (label,), f"added the version line '{label}' ({site.template.id})")


def _project_name(document: Document) -> list[Replace]:
    """``$PROJECT`` filled in outside code, from a title such as ``# Kelpie Incubation Application``."""
    title = next(
        (
            b
            for b in document.blocks
            if b.kind is BlockKind.HEADING and b.level == 1 and TITLE_END.search(b.text)
        ),
        None,
    )
    if title is None:
        return []
    name = TITLE_END.sub("", title.text).strip()
    if not name or "$" in name:
        return []
    replacements = []
    for number, line in document.lines_outside((BlockKind.CODE,)):
        if PROJECT.search(line):
            filled = PROJECT.sub(name.replace("\\", "\\\\"), line)
            replacements.append(Replace(number, filled, f"filled $PROJECT with '{name}'"))
    return replacements
