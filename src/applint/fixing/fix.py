"""``applint fix``: the safe, mechanical repairs of a Markdown application.

1. A template guidance comment (``<!-- (Project assertion goes here) -->``) goes when its lines
   hold nothing else and it sits in the evidence of a criterion that has written evidence: content
   by the evidence model, in a block that is not a comment and holds no template placeholder.
2. The version line is added under the title when it is missing and the revision is clear.
3. A section ``missing-section`` reports is restored at its place (heading, template text and
   whatever of its criteria is missing); a criterion ``missing-criterion`` reports is inserted at
   its place, unticked, with the template's sub-items and guidance comment (never inside a code
   block, nor after a fence that is never closed: the insertion would become code).
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
from applint.matching.evidence import Evidence
from applint.model import Block, BlockKind, Document
from applint.templates.catalog import builtin_templates, find_template
from applint.text.markers import has_placeholder
from applint.text.normalize import normalize
from applint.text.precompiled import compile_pattern

PROJECT = compile_pattern(r"\$PROJECT(?![A-Za-z0-9_])")
TITLE_END = compile_pattern(r"\s+(graduation|incubation)\s+application\s*$", re.IGNORECASE)
ONLY_A_COMMENT = compile_pattern(r"\s*<!--(?:(?!-->).)*-->\s*", re.DOTALL)
# The revision is clear when no revision of another label scores within this of the best.
CLEAR_MARGIN = 1.0


def plan_fix(document: Document, template: str | None = None) -> list[Edit]:
    """Every safe fix for a Markdown document, in the order they are listed; ``template`` forces
    a revision as ``check --template`` does."""
    forced = find_template(template) if template else None
    selection = select_template(document, forced)
    site = Site(document, selection.template)
    if selection.due_diligence:
        # A TOC due-diligence document: no shipped text to restore from, no version line; only the
        # template comments beside a written evaluation go.
        return list(_comment_removals(site))
    report = lint_document(document, LintOptions(template=template, verbose=True))
    # A companion document's missing parts (a self-assessment's) are no section of the application
    # template to restore: they are the author's to write.
    sections = [
        f.section
        for f in report.findings
        if f.rule == "missing-section" and f.section and f.section in site.template.sections_by_id
    ]
    criteria = [str(f.details["criterion"]) for f in report.findings if f.rule == "missing-criterion"]
    edits: list[Edit] = list(_comment_removals(site))
    version = _version_line(site, selection, report.completeness is not None)
    if version is not None:
        edits.append(version)
    name = project_name(document)
    if sections or criteria:
        restored = restore_edits(site, layout_of(site.template), sections, criteria, "missing")
        edits.extend(
            filled(edit, name)
            for _, edit in sorted(restored, key=lambda item: item[0])
            if not _inside_code(document, edit)
        )
    edits.extend(_fill_project(document, name))
    return edits


def _comment_removals(site: Site) -> list[Remove]:
    guidance = {normalize(text) for text, is_comment in site.template.guidance if is_comment}
    lines = site.document.source_lines
    removals: list[Remove] = []
    for evidence in site.evidence.values():
        if not _written(evidence):
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


def _written(evidence: Evidence) -> bool:
    """Evidence the author wrote: the evidence model finds content, and some block of it other
    than a comment is free of template placeholders (a template sub-bullet such as "Met during
    Project's application on DD-MMM-YYYY." is not the author's)."""
    return evidence.has_content and any(
        block.kind not in (BlockKind.COMMENT, BlockKind.BREAK)
        and block.text
        and not has_placeholder(block.text)
        for block in evidence.blocks
    )


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
    title = _title(site.document)
    if title is None or title is not _first_application_heading(site.document):
        # Detection reads the version line under the first heading naming an application: a line
        # added under another (a second copy's title) would never be seen, and added again each run.
        return None
    return Insert(title.end_line, (label,), f"added the version line '{label}' ({site.template.id})")


def _first_application_heading(document: Document) -> Block | None:
    return next(
        (b for b in document.blocks if b.kind is BlockKind.HEADING and "application" in normalize(b.text)),
        None,
    )


def _inside_code(document: Document, edit: Edit) -> bool:
    """True for an insertion a code block would swallow: inside a fenced block, or anywhere after a
    fence that is never closed (the rest of the file is code, and an inserted heading would be too)."""
    if not isinstance(edit, Insert):
        return False
    for block in document.blocks:
        if block.kind is not BlockKind.CODE:
            continue
        unclosed = block.end_line >= document.line_count
        if block.line <= edit.after < block.end_line or (unclosed and edit.after >= block.line):
            return True
    return False


def _title(document: Document) -> Block | None:
    """The application's title heading (``# Kelpie Incubation Application``), if it has one."""
    return next(
        (b for b in document.blocks if b.kind is BlockKind.HEADING and TITLE_END.search(b.text)), None
    )


def project_name(document: Document) -> str | None:
    """The project's name from a title such as ``# Kelpie Incubation Application``, if it has one."""
    title = next(
        (
            b
            for b in document.blocks
            if b.kind is BlockKind.HEADING and b.level == 1 and TITLE_END.search(b.text)
        ),
        None,
    )
    name = TITLE_END.sub("", title.text).strip() if title is not None else ""
    return name if name and "$" not in name else None


def filled(edit: Edit, name: str | None) -> Edit:
    """An insertion of template lines with ``$PROJECT`` filled in, when the name is known."""
    if name is None or not isinstance(edit, Insert):
        return edit
    return edit._replace(lines=tuple(PROJECT.sub(name.replace("\\", "\\\\"), line) for line in edit.lines))


def _fill_project(document: Document, name: str | None) -> list[Replace]:
    """``$PROJECT`` filled in outside code."""
    if name is None:
        return []
    replacements = []
    for number, line in document.lines_outside((BlockKind.CODE,)):
        if PROJECT.search(line):
            replacement = PROJECT.sub(name.replace("\\", "\\\\"), line)
            replacements.append(Replace(number, replacement, f"filled $PROJECT with '{name}'"))
    return replacements
