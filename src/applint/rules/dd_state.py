"""What a TOC due-diligence (DD) document's checkboxes and its summary say of the criteria's state,
held against each other (for unmet-criteria and contradictory-assertion; it is no rule).

- The boxes gone: a Markdown DD whose criteria are written ``- **…**`` instead of the template's
  ``- [ ] **…**`` shows no verdict at all: one finding at the first criterion without a box.
- A sentence saying the boxes are ticked ("All seven Engineering Principles checkboxes are
  `[x]`") in such a document: one finding at the sentence.
- An action the summary lists as "considered blocking but since resolved" whose criterion is
  still unticked: one finding at the action's line, where the TOC member either ticks the
  criterion or moves the action out of the resolved ones.
- Such an action that a later item of the summary still asks for (a recommendation "fix
  governance.md link to CODE-OF-CONDUCT.md" after "Update the link in the Governance.md …"
  resolved): one finding at the action.
"""

from __future__ import annotations

from applint.findings import Finding, Severity
from applint.matching.dd_summary import resolved_blockers, still_asked, tick_claims
from applint.matching.progress import locate
from applint.rules.context import LintContext
from applint.rules.dd_verdicts import unticked_required
from applint.rules.rule import shorten


def boxes_removed(ctx: LintContext, rule: str) -> Finding | None:
    """unmet-criteria: the criteria's checkboxes are gone, so no verdict shows. At the first one."""
    unboxed = ctx.criteria_without_boxes
    if not unboxed:
        return None
    total = len(ctx.mapping.criteria)
    count = "none" if len(unboxed) == total else str(len(unboxed))
    carry = "carries a" if len(unboxed) == total else "carry no"
    return ctx.finding(
        rule,
        Severity.WARNING,
        f'{count} of the {total} criteria {carry} checkbox (written "- **…**" where the template writes '
        '"- [ ] **…**"), so the due diligence does not show which criteria the TOC found met; write each '
        'as "- [x] **…**" when the TOC found it met and "- [ ] **…**" when not',
        unboxed[0],
        criteria=len(unboxed),
    )


def tick_claim_contradictions(ctx: LintContext, rule: str) -> list[Finding]:
    """contradictory-assertion: text saying the boxes are ticked in a DD whose criteria carry none."""
    unboxed = ctx.criteria_without_boxes
    if not unboxed:
        return []
    findings = []
    for block, sentence, written in tick_claims(ctx.document):
        line, column = locate(ctx.document, block, written, set())
        findings.append(
            ctx.finding(
                rule,
                Severity.WARNING,
                f'"{shorten(sentence, 70)}" says the boxes are ticked, but no criterion of this document carries '
                f"a checkbox (the first at {ctx.where(unboxed[0].line)}); restore the boxes and tick those the "
                "TOC found met, or correct the sentence",
                line,
                column=column,
            )
        )
    return findings


def resolved_blocker_contradictions(ctx: LintContext, rule: str) -> tuple[list[Finding], set[str]]:
    """contradictory-assertion: each action the summary lists as blocking but since resolved whose
    Required criterion is still unticked, at the action; and the ids of the criteria so named."""
    unticked = unticked_required(ctx)
    if not unticked:
        return [], set()
    statements = {verdict.criterion.id: verdict for verdict in unticked}
    findings = []
    named: set[str] = set()
    for blocker in resolved_blockers(ctx.document, ctx.mapping, [verdict.criterion for verdict in unticked]):
        verdict = statements[blocker.criterion.id]
        state = "unticked" if verdict.evaluated else "unticked with no evaluation under it"
        findings.append(
            ctx.finding(
                rule,
                Severity.ERROR,
                f'the summary lists "{shorten(blocker.block.text, 50)}" as blocking but since resolved, yet '
                f'"{shorten(blocker.criterion.text, 50)}" ({ctx.where(verdict.statement.line)}) is {state}; '
                "tick it and write what the TOC found, or list the action as still open",
                blocker.block,
                section=blocker.criterion.section_id,
                criterion=blocker.criterion.id,
            )
        )
        named.add(blocker.criterion.id)
    return findings, named


def resolved_but_asked_again(ctx: LintContext, rule: str) -> list[Finding]:
    """contradictory-assertion: a blocking action listed as resolved that the summary asks for again
    further down. At the action."""
    if not ctx.follows_template:
        return []
    return [
        ctx.finding(
            rule,
            Severity.WARNING,
            f'the summary lists "{shorten(action.text, 50)}" as blocking but since resolved, yet '
            f'{ctx.where(again.line)} still asks for it ("{shorten(again.text, 50)}"); say which is true: '
            "drop the later item, or list the action as still open",
            action,
        )
        for action, again in still_asked(ctx.document, ctx.mapping)
    ]
