"""unchecked-criterion: a Required criterion is present but its box is not ticked.

Why: an unticked Required box tells the TOC the project does not claim the criterion; the
application is sent back. Tick it when the evidence below shows it is met.

Severity: warning; info for a Suggested criterion whose answer shows it met (below). Boxes the TOC ticks itself ("Due Diligence Review", "TOC verification of
adopters", anything the applicant marked "to be done by TOC") get no finding. When the same
criterion also has no evidence or no link, this is the one finding and the other facets are in
its ``details.also``. For a choice group (the incubation level assertions) one box must be
ticked: the finding is on the first alternative. A DOCX or plain-text export whose criteria
mostly carry no checkbox (the writer dropped them; a stray ``[x]`` typed into a paragraph does not
count) gets one info finding for the document instead, and no criterion is called unticked.

In a TOC due-diligence document an unticked box is the TOC's verdict, not a mistake: no
finding here (unmet-criteria lists them once).

A Suggested criterion left unticked while its own answer links what it claims ("Governance
evolution can be reviewed via the [git history of GOVERNANCE.md](…)") and says nothing is open
(not "in review", "not pursued", "planned for 2.0", "partially", "N/A", no unticked sub-box, no note
to the author) gets one info finding at its statement: the answer says it is met and the box says
it is not; tick it, or say what is still missing. A link in the statement itself is the template's
and does not count.

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
from applint.text.status import says_not_applicable

ID = "unchecked-criterion"
_NO_BOXES = {
    "text": "a plain-text export carries no checkboxes, so ticked criteria are not checked; "
    "lint the Markdown source or the issue body for that",
    "docx": "the criteria in this DOCX carry no checkboxes (LibreOffice drops task-list boxes, and a typed "
    "list has none), so whether each is ticked is not checked; lint the Markdown source or the issue "
    "body for that",
}

# Words by which an answer says the work is open, declined or partial ("in review in #97", "not
# pursued", "in progress for 2027", "we plan to", "partially"): an unticked box then means it.
_OPEN_WORDS = (
    "progress", "in review", "under review", "for review", "awaiting", "draft", "pursu", " plan",
    " will ", "not ", "n/a", "todo", "tbd", "wip", "working on", "started", "partial", "pending", "yet",
    "future", "intend", "propos", "under way", "underway", "upcoming", " next ", " aim", " hope",
    "consider", "discuss",
)  # fmt: skip


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
        if block.checked is None and not ctx.follows_template:
            continue  # a free-form proposal has no boxes to tick: unknown-template asks for the template
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
    yield from _answered_suggested(ctx)


def _answered_suggested(ctx: LintContext) -> Iterator[Finding]:
    """Each unticked Suggested criterion whose own evidence links what it claims and says nothing
    is unfinished: the answer says it is met, the box says it is not."""
    blocks = ctx.document.blocks
    for criterion in ctx.template.criteria:
        if criterion.required or criterion.choice or not ctx.asks_for_evidence(criterion):
            continue
        index = ctx.mapping.criteria.get(criterion.id)
        if index is None or blocks[index].checked is not False:
            continue
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None or not evidence.has_content or evidence.unfilled:
            continue
        # Its own answer links something (a link in the statement is the template's).
        if not any(block.links for block in evidence.blocks):
            continue
        if criterion.id in ctx.progress.unfinished:
            continue  # "not yet", "pending", a note to the author: left unticked on purpose
        texts = [block.text for block in evidence.blocks]
        lower = f" {' '.join(texts).lower()} "
        if any(word in lower for word in _OPEN_WORDS) or any(says_not_applicable(t) for t in texts):
            continue  # "in review", "not pursued", "we plan to", "N/A": not met, or not claimed
        if any(block.checked is False for block in evidence.blocks):
            continue  # an unticked sub-box: part of it is not met
        first = next((block for block in evidence.blocks if block.links or block.text), blocks[index])
        yield ctx.finding(
            ID,
            Severity.INFO,
            f'Suggested criterion "{shorten(criterion.text, 60)}" is answered ({ctx.where(first.line)}, with '
            "a link) but not ticked; tick it if the answer shows it met, or say what is still missing",
            blocks[index],
            section=criterion.section_id,
            criterion=criterion.id,
        )


RULE = Rule(ID, Severity.WARNING, "A Required criterion is present but not ticked.", check, __doc__ or "")
