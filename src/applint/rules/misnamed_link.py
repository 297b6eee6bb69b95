"""misnamed-link: a link's text names a file, a vulnerability, an issue or a service its address
does not lead to.

Why: "[SECURITY.md](https://github.com/…/security-team/access-control.md)" tells the TOC the
security policy is linked; the reviewer who follows it finds another document, and the file the
text names is not linked at all (usually a link copied from another line, or a file moved). A
"[CVE-2021-44838](https://access.redhat.com/security/cve/cve-2021-44832)" shows the reader another
vulnerability than the one the text describes; "[#978](…/issues/1291)" another issue.

Severity: warning, at the link, naming both. In a TOC due-diligence document in the TOC member's
words (readers of the due diligence open the wrong page); in a GTR, governance review or
self-assessment in the author's (reviewers open the wrong page).

Finds: a link text that is a file name (``NAME.md``, ``NAME.yaml``, …) against an address ending in
a file of another name (misspellings such as "SECUIRTY.md", singular for plural and a prefixed
name such as "KUBERHEALTHY_ADOPTERS.md" for "ADOPTERS.md" are the same file, and images are not
documents); a CVE or GitHub advisory id in the text whose address names another id and not it; a
text that is only a CVE id whose address names no vulnerability (no id, advisory, issue, release,
changelog, blog or mailing-list page: a product or install page); a text that is only an issue or
pull request number ("#978", "PR 12") against a GitHub issue, pull request or discussion of
another number; a text naming Docker Hub, Artifact Hub or Quay whose address is elsewhere; in a
companion document, a field its template asks to link the repository (a self-assessment's
"Software") whose link is on no code host (the project's website), or (info) whose links are all
GitHub organisations' pages (``https://github.com/grpc``: the reviewer still has to find the
software; a row giving the organisation beside a repository stays quiet); a link text that is a file
name against a GitHub issue or pull request (``[GOVERNANCE.md](…/pull/19772)``: the change, not
the file). A link text opening with a heading's ``##`` is malformed-markdown's.

Passes: ``[SECURITY.md](https://github.com/kelpie-io/kelpie/blob/main/SECURITY.md)``,
``[CVE-2021-28235](https://nvd.nist.gov/vuln/detail/CVE-2021-28235)``, ``[CVE-2023-1234](https://
github.com/kelpie-io/kelpie/security/advisories/GHSA-…)``.
Fails: ``[SECURITY.md](https://github.com/kelpie-io/kelpie/blob/main/docs/access-control.md)``,
``[CVE-2021-44838](https://access.redhat.com/security/cve/cve-2021-44832)``,
``[CVE-2022-27771](https://snapcraft.io/install/etcd/rhel)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.misnamed_links import MisnamedLink, find_misnamed_links
from applint.rules.context import CompanionContext, DocumentContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten

ID = "misnamed-link"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    for misnamed in find_misnamed_links(ctx.links.links):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            _message(misnamed) + _readers(ctx),
            misnamed.link.line,
            column=misnamed.link.column,
            address=misnamed.link.url,
        )
    if isinstance(ctx, CompanionContext):
        yield from _fields_linking_elsewhere(ctx)


def _fields_linking_elsewhere(ctx: CompanionContext) -> Iterator[Finding]:
    """A field the template asks to link the repository ("Software") that links a website."""
    from applint.matching.field_links import repository_fields_linking_elsewhere

    for found in repository_fields_linking_elsewhere(ctx.reading.fields, ctx.links.links):
        address = shorten(found.link.url.split("://", 1)[-1], 60)
        if found.organisation:
            yield ctx.finding(
                ID,
                Severity.INFO,
                f"the '{found.field.field.label}' row asks for a link to the software's repository, but "
                f"{address} is the GitHub organisation's page, where reviewers still have to find the software's "
                "code; link its main repository (and the others it needs, if it is several)",
                found.link.line,
                column=found.link.column,
                address=found.link.url,
            )
            continue
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the '{found.field.field.label}' row asks for a link to the software's repository, but its link leads to "
            f"{address}, which is not a code repository; link the repository (for instance on GitHub), so that "
            "reviewers can open the code",
            found.link.line,
            column=found.link.column,
            address=found.link.url,
        )


def _message(misnamed: MisnamedLink) -> str:
    named, target = misnamed.named, misnamed.target
    if misnamed.kind == "file":
        return (
            f'the link text says "{named}" but the address leads to {target}; '
            f"link {named} itself, or name the file the link leads to"
        )
    address = shorten(misnamed.link.url.split("://", 1)[-1], 60)
    if misnamed.kind == "file-item":
        return (
            f'the link text says "{named}" but the address ({address}) leads to {target}, not to the file; '
            f"link {named} itself, or say that the link is {target}"
        )
    if misnamed.kind == "vulnerability" and target:
        return f"the link text names {named} but the address ({address}) leads to {target}; link {named}'s own record"
    if misnamed.kind == "vulnerability":
        return (
            f"the link text names {named} but the address ({address}) is no record of it; link its advisory "
            f"or https://nvd.nist.gov/vuln/detail/{named}"
        )
    if misnamed.kind == "issue":
        return f"the link text says {named} but the address leads to {target} ({address}); link {named} itself, or say {target}"
    return f"the link text names {named} but the address ({address}) is not on {named}; link the {named} page"


def _readers(ctx: DocumentContext) -> str:
    """Who opens the wrong page, in the reader's words (nobody named in an application's message)."""
    if not isinstance(ctx, LintContext):
        return ", so that reviewers open what the text names"
    return ", so that readers of the due diligence open what it names" if ctx.selection.due_diligence else ""


RULE = Rule(
    ID,
    Severity.WARNING,
    "A link's text names a file, vulnerability, issue or service its address does not lead to.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
