"""contradictory-assertion: mutually exclusive choices both ticked.

Why: the incubation template asks the project to tick one level assertion: "currently Sandbox …
applying to Incubation" or "applying to join the CNCF at the Incubation level". Both ticked
cannot be true; the TOC asks which.

Severity: error, at the second ticked alternative. The template schema marks such groups with
``choice``.

Passes: one alternative ticked.
Fails: both ticked.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
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


RULE = Rule(ID, Severity.ERROR, "Mutually exclusive choices are both ticked.", check, __doc__ or "")
