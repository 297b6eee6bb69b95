"""unmet-criteria: the Required criteria a TOC due-diligence document evaluates as unmet, listed once.

Why: in a due-diligence (DD) document the TOC member ticks the criteria the project meets and
leaves unticked the ones it does not. An unticked box there is a verdict, not a mistake, so it
gets no finding of its own (unchecked-criterion is silent in DD documents); this one finding
lists them, so the author can check the list is the TOC's verdict and that the Evaluation
Summary accounts for each (see contradictory-assertion).

Severity: info, one finding at the first unmet criterion; ``details.criteria`` lists each (id,
text, line). An unticked criterion whose evaluation names nothing missing, partial, wanted or still
to come ("The project provides installation documents: <link>") reads as met: the finding names it
apart, asking the TOC member to tick it or to say in the evaluation what is missing. Only criteria with an evaluation under them count as evaluated: an unticked
criterion with nothing under it is reported by criterion-without-evidence ("no evaluation
under …") instead. Boxes the TOC ticks as steps of its own process (Due Diligence Review, TOC
verification of adopters) are left out. Applications never get this finding.

A Markdown DD whose criteria mostly carry no checkbox at all (``- **Clear and discoverable …**``
where the template writes ``- [ ] **…**``) shows no verdict: one warning at the first criterion
without a box, asking for the boxes back (``[x]`` for met, ``[ ]`` for not met), and no list.

Passes: a DD document whose Required criteria are all ticked.
Fails (info): ``- [ ] **CNCF Code of Conduct is cross-linked from other governance documents.**``
followed by the TOC's reason it is not met yet.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule

ID = "unmet-criteria"


def check(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.selection.due_diligence or not ctx.follows_template:
        return
    from applint.matching.dd_summary import summary_names  # only DD documents need them
    from applint.rules import dd_state, dd_verdicts

    removed = dd_state.boxes_removed(ctx, ID)
    if removed is not None:
        yield removed
        return  # no box, no verdict to list
    unmet = [
        verdict
        for verdict in dd_verdicts.unticked_required(ctx)
        if verdict.evaluated and summary_names(ctx.document, ctx.mapping, verdict.criterion) is None
    ]  # (one the summary names as a condition or an exception is accounted for)
    if not unmet:
        return
    gaps = [verdict for verdict in unmet if not verdict.reads_as_met]
    met = [verdict for verdict in unmet if verdict.reads_as_met]
    parts = []
    if gaps:
        count = len(gaps)
        parts.append(
            f"the TOC evaluates {count} Required criteri{'a' if count != 1 else 'on'} as unmet (unticked, "
            f"with an evaluation): {dd_verdicts.named(ctx, gaps)}; make sure the Evaluation Summary "
            "names each as a blocker, a condition or an accepted exception"
        )
    if met:
        count = len(met)
        parts.append(
            f"{count} Required criteri{'a are' if count != 1 else 'on is'} unticked though {'their' if count != 1 else 'its'} "
            f"evaluation names nothing missing: {dd_verdicts.named(ctx, met)}; tick each the TOC found met, "
            "or say in its evaluation what is missing"
        )
    yield ctx.finding(
        ID,
        Severity.INFO,
        "; and ".join(parts) if len(parts) == 1 else f"{parts[0]}. Also, {parts[1]}",
        unmet[0].statement,
        criteria=dd_verdicts.details(unmet),
    )


RULE = Rule(
    ID,
    Severity.INFO,
    "A due-diligence document evaluates Required criteria as unmet (listed once).",
    check,
    __doc__ or "",
)
