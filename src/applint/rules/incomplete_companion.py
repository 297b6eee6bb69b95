"""incomplete-companion: the application links its GTR, governance review or security
self-assessment, the file is in the checkout, and it still holds the template's text.

Why: the criteria ask for a completed General Technical Review, governance review and
self-assessment. Linking a file that still has unanswered questions, unassessed criteria,
sections left as outline or fields left empty sends the TOC to an unfinished document.

Severity: warning. One finding per such linked file, at the line that links it, saying what is
left ("the GTR linked here (docs/cncf/gtr.md) leaves 12 Day 1 questions unanswered"); the linked
file's own findings are reported under its own path in the same run. Only links by a relative
path to a Markdown file inside the checkout are followed (see matching/linked.py); a finished
companion document gives no finding.

Passes: ``[GTR](gtr.md)`` where gtr.md answers every question its level requires.
Fails: the same link where gtr.md still leaves Day 1's questions bare.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule
from applint.text.wording import and_list

ID = "incomplete-companion"


def check(ctx: LintContext) -> Iterator[Finding]:
    for linked in ctx.linked_companions:
        gaps = linked.reading.gaps()
        if not gaps:
            continue
        name = linked.reading.template.short_name
        left = and_list(gaps)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the {name} linked here ({linked.path}) is not finished: {left}; complete it before "
            f"filing (its own findings are listed under {linked.path})",
            linked.line,
            companion=linked.path,
            kind=linked.reading.template.kind,
            gaps=list(gaps),
        )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A GTR, governance review or self-assessment the application links is not finished.",
    check,
    __doc__ or "",
)
