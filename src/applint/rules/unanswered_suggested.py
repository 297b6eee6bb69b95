"""unanswered-suggested: an unticked Suggested criterion with nothing under it but the template's
text.

Why: an unticked Suggested box claims nothing and blocks nothing, so criterion-without-evidence
leaves it alone. But the TOC's triage looks for content under every criterion (dd-toc-guide: "found
all criteria to have content"), and a reviewer reading a section of bare Suggested boxes asks the
project to answer them: what it has (a sentence, a link), or why not ("not yet: planned for 2.0",
"N/A: no subprojects"). One finding per criterion, at its statement, so each can be answered where
it stands.

Severity: info (Suggested criteria do not decide the level). Any answer keeps it quiet (a sentence,
"not yet", "N/A", a link, an answer on the criterion's own line), as do a section-wide answer, a
note to the author under it (todo-marker's), the template's own unfilled sub-bullet (placeholder's),
a ticked criterion (criterion-without-evidence's), a "N/A" Suggested section of the template (it
holds no criterion) and a due-diligence document (the TOC's evaluation: criterion-without-evidence
reports an unevaluated one).

Passes: ``- [ ] **Roadmap change process is documented.**`` followed by "Not yet: we will document
it with the 2.0 roadmap."
Fails: the same statement followed only by ``<!-- (Project assertion goes here) -->``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.status import says_not_applicable

ID = "unanswered-suggested"


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.selection.due_diligence:
        return
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if (
            criterion.required
            or evidence is None
            or evidence.statement.checked
            or evidence.has_content
            or evidence.unfilled
            or evidence.covered_by is not None
            or not ctx.asks_for_evidence(criterion)
            or ctx.progress.unfinished.get(criterion.id)
            or any(says_not_applicable(block.text) for block in evidence.blocks)
        ):
            continue
        yield ctx.finding(
            ID,
            Severity.INFO,
            f'Suggested criterion "{shorten(criterion.text, 60)}" is not answered; say what the project '
            'has (with a link) or why not ("not yet: planned for …", "N/A: no subprojects")',
            evidence.statement,
            section=criterion.section_id,
            criterion=criterion.id,
        )


RULE = Rule(
    ID,
    Severity.INFO,
    "An unticked Suggested criterion is left as the template wrote it, with no answer.",
    check,
    __doc__ or "",
)
