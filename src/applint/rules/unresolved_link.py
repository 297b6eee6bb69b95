"""unresolved-link: a link into the document's own repository that its working tree does not
resolve: the file or folder is not there, or the Markdown file it names has no such heading.

Why: an application kept in the project's repository links its governance, maintainers and
security files by path; a file renamed or moved breaks those links without anyone noticing, and
the reviewer lands on a 404. Checked in the working tree, so a pre-commit run catches the rename
in the same commit. Nothing is fetched.

Severity: error, one finding per link, at its column; the same target unresolved the same way at
several places is one finding, at the first, naming the others' lines.

Checks, when the document is a file inside a git checkout: relative links (``docs/GOVERNANCE.md``,
``../SECURITY.md``, ``/MAINTAINERS.md`` from the repository's root) in Markdown, and in any format
links of the form ``https://github.com/OWNER/REPO/blob|tree/REF/PATH`` whose repository is the
checkout's own (named by a ``git remote``; with no GitHub remote, by the one repository of the
"Project Repo" line) and whose REF is one the working tree shows (``HEAD``, the branch checked
out, the default branch, or ``main``/``master`` when the default is not recorded). The path must
exist, spelled exactly (paths on GitHub are case-sensitive); an ``#anchor`` into a Markdown file
(or a folder, whose README GitHub shows) must be the anchor of one of its headings by GitHub's
rule (lower case, punctuation dropped, spaces as ``-``, ``-1``, ``-2`` … for repeated titles) or
an HTML ``id``/``name`` in it.

Leaves alone: links to other repositories, tags, commits or other branches; line anchors
(``#L10``); anchors into anything but Markdown; ``../../issues`` and other pages of the
repository on GitHub; a document read from standard input (it has no place in a working tree);
relative links in a DOCX or plain-text file (a draft pasted elsewhere has no folder to be
relative to); links broken-link already reports (no address, plain text); ``#anchor`` links inside
the document itself, which are broken-link's.

Passes: ``[governance](GOVERNANCE.md)`` beside a ``GOVERNANCE.md``; ``[voting](GOVERNANCE.md#voting)``
when it has a "Voting" heading. Fails: ``[security](docs/SECURITY.md)`` after ``docs/SECURITY.md``
was moved to ``SECURITY.md``; ``[ladder](CONTRIBUTING.md#contributor-ladder)`` when the heading
reads "Contributor Ladder (draft)".
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import DocumentContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten

ID = "unresolved-link"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    resolution = ctx.link_resolution
    for link in resolution.unresolved if resolution else ():
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f"the link to '{shorten(link.target, 80)}' does not resolve: {link.problem}; {link.advice}",
            link.line,
            column=link.column,
            target=link.target,
            **everywhere_fold(f"{link.target}\n{link.problem}"),
        )


RULE = Rule(
    ID,
    Severity.ERROR,
    "A link into the repository's own files does not resolve.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
