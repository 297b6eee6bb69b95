"""version-mismatch: the declared version disagrees with the content, or names two versions.

Why: the TOC checks an application against the template revision it claims; a v1.6 label on a
v1.5 criteria list (or "v1.6 with updates applied to the v1.5 list") means criteria are missing
or outdated, and reviewers ask for a clean copy of one template.

Severity: warning, at the version line.

Passes: ``v1.6`` with the v1.6 criteria; a TOC due-diligence document (its template has no
version line).
Fails: ``v1.6`` with the v1.5 criteria list; ``Template v1.6 (with manual updates applied to
v1.5 list)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule

ID = "version-mismatch"


def check(ctx: LintContext) -> Iterator[Finding]:
    version = ctx.selection.version
    if version is None or ctx.selection.forced or ctx.selection.due_diligence:
        return
    template = ctx.template
    if version.hybrid:
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the version line names {version.label} and {', '.join(version.others)} ('{version.text}'); "
            f"the content matches {template.id}; rewrite the application from one template revision",
            version.line,
            declared=version.label,
            detected=template.id,
        )
    elif ctx.follows_template and version.label != template.label:
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"declares {version.label} but the criteria are those of {template.label} ({template.id}); "
            f"fix the version line or update the criteria",
            version.line,
            declared=version.label,
            detected=template.id,
        )


RULE = Rule(ID, Severity.WARNING, "The declared version disagrees with the content.", check, __doc__ or "")
