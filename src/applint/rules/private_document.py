"""private-document: a link to a document the TOC may not be able to open (Google Docs and
Drive, Dropbox, OneDrive, SharePoint, Box).

Why: the TOC evaluates an application against publicly available sites, repositories and files
(the TOC's due-diligence guide), and asks projects to make every linked document public. Such
documents are often shared only inside a company or with named people; the reviewer then sees a
request-access page instead of the evidence. applint cannot tell whether the document is
public, so this is a reminder to check, not a defect.

Severity: info, one finding per document (its first link; later links to the same document,
with another fragment or query, are not reported again), naming the link. Not where the text
says the document is public ("publicly viewable", "open to anyone with the link") or shared on
request, and not in TOC due-diligence documents (their authors are the reviewers).

Passes: links to GitHub, the project site, a public mailing-list archive.
Fails (info): ``[meeting notes](https://docs.google.com/document/d/…)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.links import private_host, same_document
from applint.text.patterns import LazyPattern

ID = "private-document"
# The author says how the document is shared: private on purpose, or public already.
_SHARING_SAID = LazyPattern(
    r"\b(?:request|ask for)\s+access\b|\bon request\b|\bconfidential\b"
    r"|\bpublic(?:ly)?\s+(?:viewable|visible|readable|accessible|available|shared|open)\b"
    r"|\b(?:is|are|made|kept)\s+public\b|\b(?:open|viewable|readable)\s+(?:to|by)\s+(?:anyone|everyone|all)\b"
    r"|\banyone\s+(?:with\s+the\s+link\s+)?can\s+(?:view|read|open|comment)\b",
    re.IGNORECASE,
)
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT)


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.selection.due_diligence:
        return
    reported: set[str] = set()
    for block in ctx.document.blocks:
        if block.kind in _SKIPPED:
            continue
        seen: set[tuple[int, int]] = set()
        for url in dict.fromkeys(block.links):  # an autolink lists its address twice
            kind = private_host(url)
            if not kind or _SHARING_SAID.search(block.text):
                continue  # "(request access)", "publicly viewable": the author knows how it is shared
            document = same_document(url)
            if document in reported:
                continue  # one reminder per document, however often it is linked
            reported.add(document)
            line, column = locate(ctx.document, block, url, seen)
            yield ctx.finding(
                ID,
                Severity.INFO,
                f"links to {kind} ({shorten(url, 70)}); the TOC asks for every linked document to be "
                "public: make sure anyone with the link can open it, or move it to the repository",
                line,
                column=column,
                url=url,
            )


RULE = Rule(ID, Severity.INFO, "A link points to a document that may need a sign-in.", check, __doc__ or "")
