"""link-outside-project: a link to one of the project's own documents that points outside the
project's repositories.

Why: the TOC opens the adopters file, the governance, the security policy the application links,
and judges the project by them. A link into a personal fork (``github.com/alice/kelpie/…/
ADOPTERS.md``), into another project's repository (a governance link to ``kubernetes/community``)
or a link labelled ``SECURITY.md`` that goes elsewhere shows the reader someone else's document,
or an old copy of the project's own. The project's repositories are read from the document's own
"Project Repo(s):" line (its GitHub organisations and repositories), from a metadata row naming
the software or repository, or else from the GitHub organisation most of the document's links go
to (a DD, GTR, governance review or self-assessment links its project's files throughout).

Severity: warning, at the link, naming where it points and the project's organisations. In a TOC
due-diligence document, in the TOC member's words (the reader of the due diligence sees the wrong
document); in a GTR, governance review or self-assessment, in the project author's (reviewers see
someone else's copy).

Finds: a link into a GitHub repository whose name is one of the project's repositories but whose
owner is not the project's (a fork); a link labelled with a project file's name (``SECURITY.md``,
``ADOPTERS``, ``GOVERNANCE.md``, ``MAINTAINERS``, …) into a repository outside the project; a link
to a governance, maintainers, contributing, security, roadmap, adopters or code of conduct
document outside the project, in the evidence of a criterion that asks for that document, when
that evidence has no link of the same kind into the project. (A GTR's links into the project's own
repositories on ``main`` or ``master`` are inside the project: unversioned-link's.)

Passes: links into the project's organisations; the CNCF's and OpenSSF's own repositories
(``cncf/toc`` GTRs and reviews, ``cncf/foundation``'s Code of Conduct, TAG assessments); a link to
another project's governance beside the project's own ("modelled on [Kubernetes'](…)"); a file of
another project its sentence names ("modelled on Kubernetes' [SECURITY.md](…)"); any link
when the document names no GitHub repository of its own and no organisation has clearly most of
its links.
Fails: ``Project Repo(s): https://github.com/kelpie-io/kelpie`` and later
``[ADOPTERS.md](https://github.com/jdoe/kelpie/blob/main/ADOPTERS.md)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.project_links import GITHUB_PAGES, SHARED_OWNERS, SHARED_REPOS, Link, ProjectLinks
from applint.rules.context import DocumentContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.documents import kinds_in_text, names_project_file
from applint.text.patterns import LazyPattern

ID = "link-outside-project"
_WORDS = LazyPattern(r"[a-z0-9][a-z0-9._-]*[a-z0-9]")
# Documents a criterion asks the project to keep itself (a roadmap may live on a project board).
_OWN_DOCUMENTS = frozenset(
    {"governance", "maintainers", "contributing", "code of conduct", "security policy", "roadmap", "adopters"}
)


def check(ctx: DocumentContext) -> Iterator[Finding]:
    found: dict[str, tuple[Link, str, list[int]]] = {}  # one finding per repository linked into
    for link in ctx.links.links:
        problem = _problem(ctx, link)
        if problem is None:
            continue
        where, message = problem
        if where in found:
            found[where][2].append(link.line)
        else:
            found[where] = (link, message, [])
    for link, message, more in found.values():
        if more:
            others = ", ".join(str(line) for line in dict.fromkeys(more) if line != link.line)
            message += f" (more links into it: {ctx.document.unit.value}s {others})" if others else ""
        yield ctx.finding(ID, Severity.WARNING, message, link.line, column=link.column, url=link.url)


def _problem(ctx: DocumentContext, link: Link) -> tuple[str, str] | None:
    """(the repository linked into, the message) when the link leaves the project, else None."""
    project = ctx.links
    place = link.github
    if (
        place is None
        or place[0] in project.owners
        or place[0] in SHARED_OWNERS
        or place[0] in GITHUB_PAGES
        or link.line == project.repo_line
        or "/assets/" in link.url  # an image uploaded through GitHub's editor: kept whatever the repository
    ):
        return None
    readers = _readers(ctx)
    where = f"github.com/{place[0]}" + (f"/{place[1]}" if place[1] else "")
    shown = _shown(link)
    if place[1] in SHARED_REPOS:
        return where, (
            f"{shown} goes into {where}, a copy of the CNCF's repository 'cncf/{place[1]}' (a fork?); "
            f"link the document in cncf/{place[1]} itself{',' + readers if readers else ''}"
        )
    if not project.owners:
        return None
    why = _why_outside(ctx, project, link, place, shown)
    if not why:
        return None
    owners = ", ".join(f"github.com/{owner}" for owner in sorted(project.owners))
    named = ctx.where(project.repo_line) if project.repo_line else "where most of the document's links go"
    return where, (
        f"{why} points to {where}, outside the project's repositories ({owners}, "
        f"{named}); link the project's own document{',' + readers if readers else ''}"
    )


def _readers(ctx: DocumentContext) -> str:
    """Who is misled, in the reader's words: nobody named in an application (its author fixes it)."""
    if isinstance(ctx, LintContext):
        return (
            " so that readers of the due diligence see what the TOC checked"
            if ctx.selection.due_diligence
            else ""
        )
    return " so that reviewers open the real document, not a copy"


def _shown(link: Link) -> str:
    from applint.text.short_addresses import short_address  # (for a finding's message only)

    return (
        f"the link '{shorten(link.label, 40)}'" if link.label else f"the link '{short_address(link.url, 70)}'"
    )


def _names_owner(link: Link, place: tuple[str, str]) -> bool:
    """True when the link's sentence names the project it leads into ("modelled on Kubernetes'
    [SECURITY.md](…/kubernetes/kubernetes/…)"): another project's file, on purpose."""
    words = set(_WORDS.findall(link.block.text.lower()))
    return any(len(name) > 2 and name in words for name in place)


def _why_outside(
    ctx: DocumentContext, project: ProjectLinks, link: Link, place: tuple[str, str], shown: str
) -> str:
    """What makes the link the project's own document ("the link 'SECURITY.md'"), or ""."""
    # (a repository's front page under another owner may be where the project lived before a transfer,
    # which GitHub redirects; a document opened in a copy is someone else's version of it)
    if place[1] and place[1] in project.repos and (project.repo_line or link.inside_repository):
        return f"{shown} goes into a copy of the project's repository '{place[1]}' (a fork?) and"
    if link.label and names_project_file(link.label) and not _names_owner(link, place):
        return shown
    kinds = link.kinds & _OWN_DOCUMENTS
    if not kinds or not isinstance(ctx, LintContext):
        return ""  # (a companion document has no criteria asking for the project's documents)
    criterion = ctx.progress.owner(link.block)
    if criterion is None:
        return ""
    asked = kinds & kinds_in_text(criterion.text)
    if not asked:
        return ""
    evidence = ctx.evidence.get(criterion.id)
    blocks = (evidence.statement, *evidence.blocks) if evidence is not None else (link.block,)
    for other in project.links:
        if other.block in blocks and other.kinds & asked and (other.github or ("", ""))[0] in project.owners:
            return ""  # the project's own document is linked beside it: a comparison, not a slip
    return f'the {sorted(asked)[0]} link in the evidence of "{shorten(criterion.text, 50)}"'


RULE = Rule(
    ID,
    Severity.WARNING,
    "A link to a project document points outside the project.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
