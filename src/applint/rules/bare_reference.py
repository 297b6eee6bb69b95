"""bare-reference: a ``#123`` reference in a document that is not a GitHub issue, and an issue or
pull request named by its number alone ("see issue 560", "PR 1234").

Why: GitHub links ``#123`` only inside an issue, pull request or comment of the same
repository. In a DOCX, a plain-text export or a Markdown file kept in another repository it is
just text, and "Alice steps down: #406" points nowhere for the reviewer.

Severity: info, one finding per line, at the first reference, naming each ("PRs #288, #290" is one
list of unlinked pull requests, not two problems); the same references again in one paragraph,
list or table are one finding, at the first, naming the other lines. Markdown read from standard input (an issue body
piped from ``gh issue view``) is not checked.

A reference to an issue or pull request the document links elsewhere is no finding: the reader
has its address (``(#1775: ~500 members)`` in a table cell of a DD that links
``[cncf/toc#1775](https://github.com/cncf/toc/issues/1775)`` at its top); ``owner/repo#123`` must
match the link's repository too.

A number that ranks rather than names ("five times the commits of the #2 contributor", "ranked #3",
"the #1 choice", "#1 most popular", "#1 in downloads") is no reference; one that words before it
point to an issue ("see #12", "fixed by #3", "PR #7") or that stands in a list of references
("#1, #2") is (see ``text/ranks.py``).

An issue or pull request named by its number in words ("tracked in issue 560", "merged in PR 1234",
"pull request 88") links nowhere, not even on GitHub: the same finding, telling the author to write
its address. Not a number that is no item's ("issue 2 of the newsletter" needs two digits or more:
"issue 12" is read, "issue 2" is not; nor a version: "PR 1.2"), nor one the document links.

Read in applications, due-diligence documents and the companion documents (GTR, governance review,
self-assessment: kept as files in a repository, where ``#560`` is text).

Passes: "Alice steps down: https://github.com/kubevirt/community/pull/406", and a reference that
is the text of a full link: ``[PR #512](https://github.com/o/r/pull/512)``.
Fails: "Alice steps down: #406" in a .docx, .txt or .md file; ``crossplane/crossplane#1234`` too.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import passage_fold
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule
from applint.text.github_items import parse_github_item
from applint.text.patterns import LazyPattern

ID = "bare-reference"
# "#123", and "owner/repo#123", which GitHub links in issues and comments only (not in files).
REFERENCE = LazyPattern(r"(?<![\w/&#.-])(?:[A-Za-z0-9][\w.-]*/[\w.-]+)?#(\d{1,7})\b")
# A Markdown link, inline or reference-style, or an autolink: its text points where its target does.
_LINK = LazyPattern(
    r"\[(?:[^\[\]]|\[[^\[\]]*\])*\](?:\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])|<[a-z]+://[^>]*>"
)
# "issue 560", "PR 1234", "pull request no. 88": an item named by its number in words, which GitHub
# never links (two digits or more: "issue 2 of the newsletter" is no item; "PR 1.2" a version).
NUMBERED = LazyPattern(
    r"(?:\b(?i:issue|pull\s+request)|\bPR)\s+(?i:no\.\s*|number\s+)?(\d{2,7})\b(?![.,]\d|%|-)"
)
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HEADING)


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    document = ctx.document
    if document.format == "markdown" and document.path == "-":
        return
    linked: set[tuple[str, str]] | None = None  # worked out at the first reference: most have none
    for number, line in document.lines_outside(_SKIPPED):
        hashed, numbered = "#" in line, _may_number(line)
        if not hashed and not numbered:
            continue
        if "[" in line or "<" in line:
            line = _LINK.sub(lambda m: " " * len(m.group(0)), line)
        found = []
        for match in NUMBERED.finditer(line) if numbered else ():
            if linked is None:
                linked = _linked_items(ctx)
            if ("", match.group(1)) not in linked:
                found.append(match)
        for match in REFERENCE.finditer(line) if hashed else ():
            if linked is None:
                linked = _linked_items(ctx)
            written = match.group(0)
            if "/" not in written:
                from applint.text.ranks import ranks  # (only where a line holds a reference)

                if ranks(line, match.start(), match.end()):
                    continue
            if (written.split("#")[0].lower() if "/" in written else "", match.group(1)) not in linked:
                found.append(match)
        if not found:
            continue
        found.sort(key=lambda match: match.start())
        names = list(dict.fromkeys(match.group(0) for match in found))
        quoted = ", ".join(f"'{name}'" for name in names)
        if not any("#" in name for name in names):  # "issue 560": links nowhere
            items = "an issue or pull request" if len(names) == 1 else "issues or pull requests"
            said = f"name{'s' if len(names) == 1 else ''} {items} by number only, which no reader can open"
        else:
            said = f"link{'s' if len(names) == 1 else ''} only inside " + (
                "GitHub issues, pull requests and comments"
                if any("/" in name for name in names)
                else "a GitHub issue or pull request of the same repository"
            )
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"{quoted} {said}; write the full URL{'s' if len(names) > 1 else ''}",
            number,
            column=found[0].start() + 1,
            references=names,
            **passage_fold(document, number, names),
        )


def _may_number(line: str) -> bool:
    """Cheap pre-test: whether a line may name an item by its number in words."""
    return "PR " in line or "issue " in line.lower() or "request " in line.lower()


def _linked_items(ctx: LintContext | CompanionContext) -> set[tuple[str, str]]:
    """The issues and pull requests the document links, each as ``("", number)`` (what ``#123``
    names) and ``("owner/repo", number)``."""
    linked: set[tuple[str, str]] = set()
    for link in ctx.links.links:
        item = parse_github_item(link.url)
        if item and item.is_issue_or_pull and item.ends_at_number:
            linked.add(("", str(int(item.number))))
            linked.add((item.repository.lower(), str(int(item.number))))
    return linked


RULE = Rule(
    ID,
    Severity.INFO,
    "A #123 reference that will not link outside GitHub, or an issue named by its number alone.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
