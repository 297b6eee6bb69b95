"""unassessed-criterion: a governance review criterion with no assessment under it.

Why: the governance review template lists, area by area, the criteria a project's governance is
held to (``**Clear and discoverable project governance documentation.**`` with the levels that
require it); the reviewer writes under each what the project has and what it lacks. A criterion
left bare says the area was not reviewed.

Severity: warning. One finding per criterion with nothing of the reviewer's after it before the
next criterion or heading, at the criterion. Criteria listed together and assessed in one text
after the list (the older template's way) are assessed.

Passes: the criterion, its ``Incubating: … | Graduated: …`` line, then ``The project's
GOVERNANCE.md describes …``
Fails: the criterion and its level line, then the next criterion.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten

ID = "unassessed-criterion"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    for found, area in ctx.unanswered("criterion"):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"no assessment under '{shorten(found.item.text, 80)}' ({area}): write what the review "
            "found for it, with links (or N/A and why)",
            ctx.line_of(found.block),
            section=found.item.section_id,
            criterion=found.item.text,
        )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A governance review criterion has no assessment under it.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
