"""suppression-without-reason: an inline applint-disable comment with no reason.

Why: reviewers need to know why a finding was waived; ``-- reason`` after the rule names says so.

Severity: warning. Reported by the engine after the rules ran (see suppressions.py).

Passes: ``<!-- applint-disable placeholder -- the TOC fills in this date -->``
Fails: ``<!-- applint-disable placeholder -->``
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule

ID = "suppression-without-reason"


def check(ctx: LintContext) -> Iterator[Finding]:
    return iter(())


RULE = Rule(
    ID,
    Severity.WARNING,
    "An inline suppression gives no reason.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
