"""contradictory-assertion: mutually exclusive choices both ticked; in a due-diligence document,
a summary that says the criteria are satisfied while Required criteria are unticked.

Why: the incubation template asks the project to tick one level assertion: "currently Sandbox …
applying to Incubation" or "applying to join the CNCF at the Incubation level". Both ticked
cannot be true; the TOC asks which. In a TOC due-diligence (DD) document, the Final Assessment
(or the Criteria Evaluation) saying "The TOC has found the project to have satisfied the
criteria" or recommending the move, while Required criteria are left unticked, tells the
public two different things.

Severity: error, at the second ticked alternative. The template schema marks such groups with
``choice``. In a DD document: one finding at the Final Assessment's claim (else the Criteria
Evaluation's), naming the unticked Required criteria (``details.criteria``); the template's own
either/or sentence, or a claim with "has not" or "reapply", is no claim.

Passes: one alternative ticked; a DD document whose Final Assessment says the criteria are
satisfied and whose Required criteria are all ticked, or whose assessment asks the project to
reapply.
Fails: both ticked; "The TOC has found the project to have satisfied the criteria for
Incubation." above an unticked Required criterion.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules import dd_verdicts
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten

ID = "contradictory-assertion"


def check(ctx: LintContext) -> Iterator[Finding]:
    groups: dict[str, list[tuple[int, str]]] = {}
    for criterion in ctx.template.criteria:
        index = ctx.mapping.criteria.get(criterion.id)
        if criterion.choice and index is not None and ctx.document.blocks[index].checked:
            groups.setdefault(criterion.choice, []).append((index, criterion.text))
    for choice, ticked in groups.items():
        if len(ticked) < 2:
            continue
        ticked.sort()
        first_line = ctx.document.blocks[ticked[0][0]].line
        for index, text in ticked[1:]:
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f'"{shorten(text, 60)}" and the alternative at {ctx.where(first_line)} are both ticked, '
                f"but only one '{choice}' can be true; untick the one that does not apply",
                ctx.document.blocks[index],
                choice=choice,
            )
    assessment = dd_verdicts.assessment_contradiction(ctx, ID)
    if assessment is not None:
        yield assessment


RULE = Rule(ID, Severity.ERROR, "Mutually exclusive choices are both ticked.", check, __doc__ or "")
