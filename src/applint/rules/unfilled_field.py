"""unfilled-field: a value a companion document's template asks for, left empty or as the
template wrote it.

Why: the GTR's header (``**Project:**``, ``**Project Version:**``, ``**Website:**``,
``**Description:**``), the governance review's Status line and the self-assessment's metadata
table (Assessment Stage, Software, Security Provider, Languages, SBOM) are what readers and
indexes look at first. Empty, still the template's description ("A link to the software's
repository."), or still offering every choice ("Exemplary | Satisfactory | Mostly Satisfactory |
Needs Work | In Crisis"), they say the document was not finished.

Severity: warning. One finding per field, at its line (a table row's own line). A field whose
value is the line below it (``**Description:**`` followed by a paragraph) is filled. Template
values that are placeholders (``YYYY-MM-DD``) are the placeholder rule's.

A field filled with a state that says the document is not done ("| Assessment Stage | Incomplete
|", "Draft", "Work in progress") is a finding too, at its line: a warning in a draft (sections
still left), asking for them first; info in a document with every section written, asking for
the finished choice the template offers ("Complete") — many self-assessments the TOC merged
still say "Incomplete", so there it is a reminder, not a defect.

A stage the template does not offer ("Completed", "Done", "Final", "Reviewed": the outline offers
Incomplete, Complete or Obsolete) is info at its line, naming the values offered and, for a word for
a finished document, the one expected ("Complete"); an offered value with a note after it
("Complete (point-in-time)") is one of them. Only fields offering a document's states are read so
(a Security Provider answered in a sentence is an answer).

A stage saying the document is finished ("Complete") over notes in it saying parts were not
assessed or verified ("Not yet assessed whether …", "(not verified — see Open questions)", a
heading "Open questions / not yet assessed") contradicts itself: a warning at the stage, naming
the first note and the other lines. Words for the project's state ("not yet supported") are not
such notes.

A value that is the template's description with a word or two put in the project's ("A link to
CNI's repository.", the link text of the repository's address) is info: the cell reads as the
template's. A value the template's description in an older revision's words ("languages the project is
written in") is the template's too; a metadata table collapsed into one paragraph of pipes ("|||| |
-- | -- | | Assessment Stage | Incomplete | | Software | …") is read row by row.

A table of a companion document with rows below its header that hold nothing ("| | |" left at the
end of the actors table) shows a blank row: info, one finding per table, at its first empty row,
naming the others. An empty header row is the template's own and no finding. The empty last row
older revisions of the self-assessment outline ended the metadata table with is a blank row under
the project's values all the same: info, saying where it came from; not while the table still
holds the template's descriptions (their findings say what to fill in).

Passes: ``**Status:** Satisfactory``; ``| Assessment Stage | Complete |``.
Fails: ``**Status:** Exemplary | Satisfactory | Mostly Satisfactory | Needs Work | In Crisis``;
``| Assessment Stage | Incomplete |``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.companion_fields import FieldFound, empty_rows
from applint.matching.unassessed_notes import unassessed_notes
from applint.rules.context import CompanionContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten
from applint.text.normalize import normalize
from applint.text.wording import and_list

ID = "unfilled-field"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    placeholders = ctx.template.placeholders
    for found in ctx.reading.fields:
        field = found.field
        if found.filled and found.unfinished:
            draft = bool(ctx.reading.gaps())
            severity = Severity.WARNING if draft else Severity.INFO
            message = _unfinished(ctx, found, draft)
            yield ctx.finding(ID, severity, message, found.line, section=field.section_id, field=field.label)
            continue
        if found.filled and found.unoffered_state:
            yield _unoffered(ctx, found)
        if found.filled and found.finished:
            notes = unassessed_notes(ctx.document)
            if notes:
                yield _finished_with_notes(ctx, found, notes)
            continue
        if found.template_worded:
            yield ctx.finding(
                ID,
                Severity.INFO,
                f"'{field.label}' still reads as the template's description ('{shorten(found.value, 60)}', the "
                f"template's '{shorten(field.template_value, 60)}' with a word changed): write the value "
                "itself, not a description of it",
                found.line,
                section=field.section_id,
                field=field.label,
            )
            continue
        if found.filled or (found.value and any(p in found.value for p in placeholders)):
            continue
        if not found.value.strip():
            message = f"'{field.label}' is empty: fill it in"
        elif "|" in field.template_value:
            message = (
                f"'{field.label}' still offers every choice ('{shorten(field.template_value, 70)}'): "
                "keep the one that applies"
            )
        else:
            message = (
                f"'{field.label}' still holds the template's description ('{shorten(field.template_value, 60)}'): "
                "write the project's own value"
            )
        yield ctx.finding(
            ID, Severity.WARNING, message, found.line, section=field.section_id, field=field.label
        )
    yield from _empty_rows(ctx)


def _empty_rows(ctx: CompanionContext) -> Iterator[Finding]:
    """One finding per table with empty rows below its header, at the first of them; the tables of
    the author's own with empty rows are one finding together, at the first ("also at …")."""
    filled = any(found.filled for found in ctx.reading.fields)
    for _, lines, outline_row in empty_rows(ctx.document, ctx.template):
        if outline_row and not filled:
            continue  # the template's table, unfilled: its values are what is missing (found above)
        if outline_row:
            message = (
                "this table ends with an empty row (older revisions of the outline had one), shown as a "
                "blank row under the project's values: delete it"
            )
        else:
            others = sorted(set(lines[1:]) - {lines[0]})
            also = (
                f" (also line{'s' if len(others) > 1 else ''} {', '.join(map(str, others))})"
                if others
                else ""
            )
            message = f"this table has an empty row{also}, shown as a blank row: fill it in or delete it"
            # Empty rows through several tables are one habit of the author's: one finding.
            yield ctx.finding(ID, Severity.INFO, message, lines[0], **everywhere_fold("empty-table-row"))
            continue
        yield ctx.finding(ID, Severity.INFO, message, lines[0])


def _unfinished(ctx: CompanionContext, found: FieldFound, draft: bool) -> str:
    """The advice for a field whose value says the document is not done."""
    label, value = found.field.label, shorten(found.value, 30)
    choice = found.finished_choice()
    finished = f"'{choice}'" if choice else "the state of a finished document"
    name = ctx.template.short_name
    offered = [c for c in found.choices() if c]
    other = ""
    if choice and normalize(found.value) not in {normalize(c) for c in offered}:  # "Draft", "In Progress"
        listed = ", ".join(f"'{c}'" for c in offered[:-1]) + f" or '{offered[-1]}'"
        other = f" ('{value}' is not one of the template's values: {listed})"
    if draft:
        return (
            f"'{label}' says '{value}'{other}: write the sections still left, then set it to {finished} "
            f"before the {name} goes with the application"
        )
    return (
        f"'{label}' still says '{value}'{other} though every section is written: set it to {finished} "
        f"when the project has finished the {name}, or say what is left"
    )


def _unoffered(ctx: CompanionContext, found: FieldFound) -> Finding:
    """A stage the template does not offer ("Completed" for "Complete"): the value it expects."""
    offered = [choice for choice in found.choices() if choice]
    listed = ", ".join(f"'{choice}'" for choice in offered[:-1]) + f" or '{offered[-1]}'"
    expected = (
        f"write '{found.finished_choice()}' if the {ctx.template.short_name} is finished"
        if found.finished
        else "write the one that applies"
    )
    return ctx.finding(
        ID,
        Severity.INFO,
        f"'{found.field.label}' says '{shorten(found.value, 30)}', which is not one of the values the "
        f"{ctx.template.short_name} template offers ({listed}): {expected}, so that readers and indexes "
        "can tell the document's state",
        found.line,
        section=found.field.section_id,
        field=found.field.label,
    )


def _finished_with_notes(ctx: CompanionContext, found: FieldFound, notes: list[tuple[int, str]]) -> Finding:
    """A stage saying the document is finished over notes in it saying parts were not assessed."""
    (line, text), others = notes[0], [line for line, _ in notes[1:]]
    also = (
        f"; also {'lines' if len(others) > 1 else 'line'} {and_list([str(n) for n in others])}"
        if others
        else ""
    )
    choice = found.unfinished_choice()
    until = f", or set it to '{choice}' until then" if choice else ""
    return ctx.finding(
        ID,
        Severity.WARNING,
        f"'{found.field.label}' says '{shorten(found.value, 30)}', but the document still says parts of it "
        f"were not assessed ('{shorten(text, 60)}' ({ctx.where(line)}){also}): assess them and remove "
        f"the notes{until}",
        found.line,
        section=found.field.section_id,
        field=found.field.label,
        notes=[line for line, _ in notes],
    )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A field of a companion document is empty or still the template's.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
