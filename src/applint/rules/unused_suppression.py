"""unused-suppression: an inline applint-disable comment that suppresses nothing.

Why: a waiver that no longer waives anything hides the next real problem at that place; delete
it once the finding it was written for is fixed.

Severity: warning. Reported by the engine after the rules ran (see suppressions.py).

Passes: ``<!-- applint-disable-next-line placeholder -- adopter asked to stay anonymous -->``
above a line that has a placeholder finding.
Fails: the same comment above a line with no placeholder.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule

ID = "unused-suppression"


def check(ctx: LintContext) -> Iterator[Finding]:
    return iter(())


RULE = Rule(
    ID,
    Severity.WARNING,
    "An inline suppression suppresses nothing.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
