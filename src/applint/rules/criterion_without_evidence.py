"""criterion-without-evidence: a criterion with nothing under it but white space, template
comments, placeholders or TODOs.

Why: the TOC reads the evidence, not the checkbox. A ticked box with nothing below claims what
the text does not show, and reviewers close such applications.

Severity: error for a ticked criterion; warning for an unticked one. Criteria listed one after
another share the evidence written below the last of them. Assertions (the level assertion, the
triage acknowledgement) and boxes the TOC ticks itself need no evidence.

Passes: ``- [x] **Clear and discoverable project governance documentation.**`` followed by
"Our [governance](https://…/GOVERNANCE.md) is linked from the README."
Fails: the same statement followed only by ``<!-- (Project assertion goes here) -->``, or by
``TODO``, or directly by the next criterion.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten

ID = "criterion-without-evidence"


def check(ctx: LintContext) -> Iterator[Finding]:
    for criterion in ctx.template.criteria:
        if not criterion.asks_applicant_for_evidence:
            continue
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None or evidence.has_content:
            continue
        statement = evidence.statement
        if statement.checked:
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f'"{shorten(criterion.text, 60)}" is ticked but nothing below it shows it; '
                "write the evidence (what, where, a link) or untick it",
                statement,
                section=criterion.section_id,
                criterion=criterion.id,
            )
        else:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f'no evidence under "{shorten(criterion.text, 60)}"; write what the project has, with a link',
                statement,
                section=criterion.section_id,
                criterion=criterion.id,
            )


RULE = Rule(ID, Severity.ERROR, "A criterion has no evidence under it.", check, __doc__ or "")
