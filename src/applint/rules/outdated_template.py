"""outdated-template: the application follows an older template revision than the latest.

Why: the TOC reviews against the current template; criteria added since (for example the
Governance Review and joint security assessment items of 2026) will be asked for.

Severity: info when only the revision within the same label is older; warning when the label
itself is older (v1.5 while v1.6 exists). The message lists what the latest revision adds,
removes and rewords, the list a maintainer needs to update the document, leaving out what the
document already states in the latest wording; ``applint template-diff OLD NEW`` prints it in full.

A draft that mixes revisions is reported by ``mixed-revisions``.

Passes: the latest revision of its kind; a TOC due-diligence document (a point-in-time record of the criteria it was evaluated against:
nothing to upgrade).
Fails: a document matching graduation-v1.6-2025-01-07.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.templates.catalog import latest_of

ID = "outdated-template"


def check(ctx: LintContext) -> Iterator[Finding]:
    template = ctx.template
    if ctx.selection.forced or not ctx.follows_template or ctx.selection.due_diligence:
        return
    latest = latest_of(template.kind)
    if template.latest or latest.id == template.id:
        return
    from applint.templates.diff import diff_templates, summarize  # only documents on an older revision

    changes = diff_templates(template, latest)
    # What the latest revision adds or rewords and the document already states in its words is no news.
    stated = [c for c in changes if c.kind in ("added", "reworded") and c.text in ctx.selection.contained]
    changes = [c for c in changes if c not in stated]
    severity = Severity.WARNING if template.label != latest.label else Severity.INFO
    at = ctx.selection.version.line if ctx.selection.version else 1
    already = (
        f"; the document already states {len(stated)} of its new criteria in its words ("
        + ", ".join(f'"{shorten(c.text, 50)}"' for c in stated[:3])
        + (" …)" if len(stated) > 3 else ")")
        if stated
        else ""
    )
    yield ctx.finding(
        ID,
        severity,
        f"written from {template.id}; the latest is {latest.id}, which {summarize(changes)}{already} "
        f"(see 'applint template-diff {template.id} {latest.id}')",
        at,
        found=template.id,
        latest=latest.id,
        changes=[change.as_dict() for change in changes],
        already_stated=[change.as_dict() for change in stated],
    )


RULE = Rule(ID, Severity.INFO, "The application follows an older template revision.", check, __doc__ or "")
