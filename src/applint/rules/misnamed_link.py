"""misnamed-link: a link's text names a file its address does not lead to.

Why: "[SECURITY.md](https://github.com/…/security-team/access-control.md)" tells the TOC the
security policy is linked; the reviewer who follows it finds another document, and the file the
text names is not linked at all (usually a link copied from another line, or a file moved).

Severity: warning, at the link, naming both files.

Only a link text that is a file name (``NAME.md``, ``NAME.yaml``, …) against an address ending in
a file of another name counts; misspellings ("SECUIRTY.md"), singular for plural and a prefixed
name ("KUBERHEALTHY_ADOPTERS.md" for "ADOPTERS.md") are the same file, and images are not
documents. An application only.

Passes: ``[SECURITY.md](https://github.com/kelpie-io/kelpie/blob/main/SECURITY.md)``.
Fails: ``[SECURITY.md](https://github.com/kelpie-io/kelpie/blob/main/docs/access-control.md)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.misnamed_links import find_misnamed_links
from applint.rules.context import LintContext
from applint.rules.rule import Rule

ID = "misnamed-link"


def check(ctx: LintContext) -> Iterator[Finding]:
    for misnamed in find_misnamed_links(ctx.links.links):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'the link text says "{misnamed.named}" but the address leads to {misnamed.target}; '
            f"link {misnamed.named} itself, or name the file the link leads to",
            misnamed.link.line,
            column=misnamed.link.column,
            address=misnamed.link.url,
        )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A link's text names a file its address does not lead to.",
    check,
    __doc__ or "",
    families=frozenset({"application"}),
)
