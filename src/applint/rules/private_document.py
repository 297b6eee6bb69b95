"""private-document: a link the TOC may not be able to open: an address that needs a sign-in
by its kind (a Google Drive folder, a view of someone's Drive, Dropbox or Box, an organisation's
SharePoint, someone's own Slack client view, a Zoom cloud recording (zoom.us/rec/share/…, /rec/play/…),
GitHub's dashboards of the signed-in reader's own pull requests and issues (github.com/pulls?q=…,
github.com/issues?q=…, a sign-in page for anyone else), an internal host), or a shared document (Google Docs, Sheets,
Slides, Drive, Dropbox, OneDrive, Box) the text says is shared with some people only.

Why: the TOC evaluates an application against publicly available sites, repositories and files
(the TOC's due-diligence guide), and asks projects to make every linked document public; the
reviewer otherwise sees a request-access page instead of the evidence.

Policy: a link to a Google document or a Dropbox shared link is, on its own, no reason: such
links are copied from a sharing dialog and usually open to anyone with the link (a reader of
real applications judged the old once-per-document reminder false there). applint says
something only when there is a reason: the address is of a kind that needs a sign-in whatever
its sharing ("drive.google.com/drive/folders/…", "…/document/u/1/d/…", "acme.sharepoint.com",
"app.slack.com/client/…", "wiki.corp.example.com"; not a Slack channel or message link, which
opens for anyone who joins the community's workspace), or the text beside the link says
it is restricted ("shared with the TOC reviewers", "internal document", "not yet public").

Severity: info, one finding per document (its first link; later links to the same document,
with another fragment or query, are not reported again), naming the link and the reason. Not
where the text says the document is public ("publicly viewable", "open to anyone with the link")
or shared on request ("request access": private on purpose). The advice fits the address: share the
document or move it to the repository; link a GitHub search anyone can open instead of a dashboard;
publish a recording where anyone can watch it. In a TOC due-diligence document (its authors are the
reviewers, who open what they link) only an address that needs a sign-in by its kind, in the TOC
member's words: readers of the published due diligence cannot open it.

Passes: links to GitHub, the project site, a public mailing-list archive; ``[meeting
notes](https://docs.google.com/document/d/…/edit)`` with nothing said about its sharing.
Fails (info): ``[recordings](https://drive.google.com/drive/folders/…)``; a Google document
"shared with the TOC reviewers".
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
from applint.text.sharing import says_restricted, sign_in_kind, sign_in_remedy

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
    due_diligence = ctx.selection.due_diligence
    reported: set[str] = set()
    for block in ctx.document.blocks:
        if block.kind in _SKIPPED:
            continue
        seen: set[tuple[int, int]] = set()
        for url in dict.fromkeys(block.links):  # an autolink lists its address twice
            # (a DD's reviewers open what they link: only an address no reader of it can open)
            reason = _reason(url, block.text, kinds_only=due_diligence)
            if not reason or _SHARING_SAID.search(block.text):
                continue  # "(request access)", "publicly viewable": the author knows how it is shared
            document = same_document(url)
            if document in reported:
                continue  # one reminder per document, however often it is linked
            reported.add(document)
            line, column = locate(ctx.document, block, url, seen)
            remedy = sign_in_remedy(url)
            readers = (
                "readers of the published due diligence cannot open it"
                if due_diligence
                else "the TOC evaluates only what anyone can open"
            )
            yield ctx.finding(
                ID,
                Severity.INFO,
                f"links to {reason} ({shorten(url, 70)}); {readers}: {remedy}",
                line,
                column=column,
                url=url,
            )


def _reason(url: str, text: str, kinds_only: bool = False) -> str:
    """Why the TOC may not open the link, in the reader's words, or "" when nothing says so;
    ``kinds_only``: only an address that needs a sign-in by its kind, not what the text says."""
    kind = sign_in_kind(url)
    if kind:
        return f"{kind}, which needs a sign-in"
    host_kind = private_host(url) if not kinds_only else ""
    if not host_kind:
        return ""
    restricted = says_restricted(text)
    return f"{host_kind} the text says is restricted ('{restricted}')" if restricted else ""


RULE = Rule(
    ID,
    Severity.INFO,
    "A link points to a document that needs a sign-in or is shared privately.",
    check,
    __doc__ or "",
)
