"""unversioned-link: a GTR's link to the project's own documentation on a branch that keeps
changing (``main`` or ``master``), where the template asks for it at a commit or a release.

Why: the GTR template's tips ask to link the project's documentation "in a versioned form … at a
specific commit instead of the ``main`` branch, or versioned website": the reviewers and later
readers of the GTR must read what was reviewed, not what the branch holds today. (A link into a
fork or another project's repository is link-outside-project's: this link is inside the project.)

Severity: info, one note for the document at the first such link, naming the others, and showing
enough of each address (its repository and the last segments of its path) to tell which is meant.

Finds: links into the project's repositories (read as link-outside-project reads them: a metadata
row naming the repository, or the GitHub organisation most links go to) that open a file or folder
on ``main`` or ``master`` (``…/blob/main/ROADMAP.md``, ``…/tree/master/docs``), in a GTR.

Passes: links at a commit, a tag or a release branch (``…/blob/3f2a1b9c/ROADMAP.md``,
``…/blob/v0.9.0/…``, ``…/tree/release-0.9/…``, ``…/tree/main-v2``), other projects' repositories on
their ``main``, and any link in a governance review or self-assessment (their templates do not ask).
Fails: ``[ROADMAP.md](https://github.com/kelpie-io/kelpie/blob/main/ROADMAP.md)`` in a GTR.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import COMPANION_FAMILY, Rule

ID = "unversioned-link"
# The companion kinds whose template asks for the project's documentation linked "in a versioned
# form ... at a specific commit instead of the main branch" (the GTR's tips), and the branches that move.
_ASKS_VERSIONED_LINKS = frozenset({"general-technical-review"})
_MOVING_BRANCHES = ("main", "master")


def check(ctx: CompanionContext) -> Iterator[Finding]:
    if ctx.template.kind not in _ASKS_VERSIONED_LINKS:
        return
    project = ctx.links
    for link in project.links:
        branch = moving_branch(link.url)
        place = link.github if branch else None
        if place is None or place[0] not in project.owners:
            continue
        from applint.text.short_addresses import short_address  # (for a finding's message only)

        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the link to {short_address(link.url, 70)} opens the project's '{branch}' branch, which keeps "
            f"changing; the {ctx.template.short_name} template asks for the project's documentation linked at a "
            "commit or a release, so that reviewers read what was reviewed: link it at a commit (press 'y' on "
            "GitHub for the permanent link)",
            link.line,
            column=link.column,
            url=link.url,
            **everywhere_fold("moving-branch"),
        )


def moving_branch(url: str) -> str:
    """``main`` or ``master`` when a GitHub address opens a file or folder on that branch, else ""."""
    lower = url.lower()
    for branch in _MOVING_BRANCHES:
        at = max(lower.find(f"/blob/{branch}"), lower.find(f"/tree/{branch}"))
        if at > 0:
            end = at + 6 + len(branch)
            if end == len(lower) or lower[end] in "/#?":
                return branch
    return ""


RULE = Rule(
    ID,
    Severity.INFO,
    "A GTR links the project's documentation on a moving branch, not at a commit or release.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
