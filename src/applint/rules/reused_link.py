"""reused-link: two differently named resources in one list, or two parallel links side by side, link
the same address.

Why: a list of resources ("[User Guide](https://…/docs/)", "[Tutorials](https://…/docs/)") tells
the TOC each one exists and where; when two of them lead to the same page, the second resource is
not linked at all (usually a link copied from the line above and not changed), and the reviewer
who follows it finds the first one again.

Severity: warning, at the second link, naming the first and its line.

Only items that open with their link (or with the resource's name and a colon before a bare
address) and whose names name different kinds of documentation (guide, tutorials, reference,
installation, examples, …) count: the same resource in other words ("User Guide", "Developer
Guide"), dashboards that show several statistics on one page, releases, people and installation
methods stay quiet. In any document (application, DD, GTR, governance review, self-assessment),
two links side by side in one passage whose labels are the same words but one ("[C++
example](…/cpp/basics/)", "[Go example](…/cpp/basics/)") and whose addresses are the same: the
second link was copied and not changed.

Passes: ``- [User Guide](https://kelpie.io/docs/)`` then ``- [Tutorials](https://kelpie.io/docs/tutorials/)``.
Passes: ``[C++ example](https://kelpie.io/cpp/), [Go example](https://kelpie.io/go/)``; ``[docs](https://kelpie.io/)
and [website](https://kelpie.io/)`` (one-word labels).
Fails: ``- [User Guide](https://kelpie.io/docs/)`` then ``- [Tutorials](https://kelpie.io/docs/)``;
``[C++ example](https://kelpie.io/cpp/), [Go example](https://kelpie.io/cpp/)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.reused_links import ReusedLink, find_parallel_copies, find_reused_links
from applint.rules.context import DocumentContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten

ID = "reused-link"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    links = ctx.links.links
    reused: list[ReusedLink] = find_parallel_copies(ctx.document)
    if isinstance(ctx, LintContext) and not ctx.selection.due_diligence:  # lists of resources: applications
        reported = {id(each.link) for each in reused}
        reused += [each for each in find_reused_links(ctx.document, links) if id(each.link) not in reported]
        reused.sort(key=lambda each: each.link.line)
    for reused_link in reused:
        yield _finding(ctx, reused_link)


def _finding(ctx: DocumentContext, reused: ReusedLink) -> Finding:
    return ctx.finding(
        ID,
        Severity.WARNING,
        f'"{shorten(reused.name, 40)}" links to the same address as "{shorten(reused.first_name, 40)}" '
        f"({ctx.where(reused.first.line)}), {shorten(reused.link.url, 80)}; link the "
        f"{shorten(reused.name.lower(), 40)} page itself",
        reused.link.line,
        column=reused.link.column,
        address=reused.link.url,
        first_line=reused.first.line,
    )


RULE = Rule(
    ID,
    Severity.WARNING,
    "Two differently named resources in one list, or two parallel links side by side, link the same address.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
