"""unchecked-criterion: a Required criterion is present but its box is not ticked.

Why: an unticked Required box tells the TOC the project does not claim the criterion; the
application is sent back. Tick it when the evidence below shows it is met.

Severity: warning. Boxes the TOC ticks itself ("Due Diligence Review", "TOC verification of
adopters", anything the applicant marked "to be done by TOC") get no finding. When the same
criterion also has no evidence or no link, this is the one finding and the other facets are in
its ``details.also``. For a choice group (the incubation level assertions) one box must be
ticked: the finding is on the first alternative. A DOCX or plain-text export whose criteria
mostly carry no checkbox (the writer dropped them; a stray ``[x]`` typed into a paragraph does not
count) gets one info finding for the document instead, and no criterion is called unticked.

In a TOC due-diligence document an unticked box is the TOC's verdict, not a mistake: no
finding here (unmet-criteria lists them once).

A criterion stated in an older revision's wording (a draft that mixes revisions) is told to take
the followed revision's wording, quoted in the message, before it is ticked; one the followed
revision no longer has is never asked to be ticked (``mixed-revisions`` says to delete it).

Passes: ``- [x] **Clear and discoverable project governance documentation.**``
Fails: ``- [ ] **Clear and discoverable project governance documentation.**``, or the statement
written with no checkbox at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten

ID = "unchecked-criterion"
_NO_BOXES = {
    "text": "a plain-text export carries no checkboxes, so ticked criteria are not checked; "
    "lint the Markdown source or the issue body for that",
    "docx": "the criteria in this DOCX carry no checkboxes (LibreOffice drops task-list boxes, and a typed "
    "list has none), so whether each is ticked is not checked; lint the Markdown source or the issue "
    "body for that",
}


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.selection.due_diligence:
        return  # the TOC's verdicts: unmet-criteria lists them
    if not ctx.ticks_known:
        if ctx.mapping.criteria:
            yield ctx.finding(
                ID,
                Severity.INFO,
                _NO_BOXES.get(ctx.document.format, _NO_BOXES["text"]),
                1,
            )
        return
    blocks = ctx.document.blocks
    # Criteria stated in another revision's wording: the fix starts with the wording.
    older = {item.line: item for item in ctx.selection.borrowed if item.replacement}
    choices_done: set[str] = set()
    for criterion in ctx.template.criteria:
        index = ctx.mapping.criteria.get(criterion.id)
        if criterion.choice:
            if criterion.choice in choices_done:
                continue
            group = [c for c in ctx.template.criteria if c.choice == criterion.choice]
            indexes = [ctx.mapping.criteria[c.id] for c in group if c.id in ctx.mapping.criteria]
            choices_done.add(criterion.choice)
            if indexes and not any(blocks[i].checked for i in indexes):
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f"none of the {len(group)} alternatives of '{criterion.choice}' is ticked; tick the one that applies",
                    blocks[indexes[0]],
                    section=criterion.section_id,
                    criterion=criterion.id,
                )
            continue
        if index is None or not criterion.required or blocks[index].checked:
            continue
        block = blocks[index]
        state = "has no checkbox" if block.checked is None else "is not ticked"
        if ctx.ticked_by_toc(criterion):
            continue  # the TOC ticks it during due diligence: nothing for the applicant to do
        borrowed = older.get(block.line)
        advice = (
            f"it is worded as in {borrowed.revision}: replace it with {ctx.template.id}'s wording "
            f"and tick it once the evidence shows that is met"
            if borrowed
            else "tick it once the evidence shows it is met"
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'required criterion {state}: "{shorten(criterion.text, 70)}"; {advice}',
            block,
            section=criterion.section_id,
            criterion=criterion.id,
        )


RULE = Rule(ID, Severity.WARNING, "A Required criterion is present but not ticked.", check, __doc__ or "")
