"""broken-link's passes over the slips of link syntax the Markdown reader noted: links the parse broke
apart (a code span across the link, an address that is itself a link), and images and links written
with a reference label the document never defines (one problem for the document)."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import MarkupSlip, SlipKind
from applint.rules.broken_link import ID
from applint.rules.context import DocumentContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import shorten
from applint.text.wording import and_list

# Where undefined image labels come from, and what their fix takes.
_GOOGLE_DOCS = " (a Google Docs export leaves them out: upload the image and give its address)"


def undefined_references(ctx: DocumentContext) -> Iterator[Finding]:
    """Images and links written with a reference label the document never defines (``![][image1]``
    from a Google Docs export): one problem, however many there are, named in full at the first
    and folded with the others ("also at")."""
    uses = [slip for slip in ctx.document.slips if slip.kind is SlipKind.UNDEFINED_REFERENCE]
    if not uses:
        return
    written = list(dict.fromkeys(slip.text for slip in uses))
    named = and_list(
        [f"'{shorten(use, 40)}'" for use in written[:6]] + (["others"] if len(written) > 6 else [])
    )
    images = sum(use.startswith("!") for use in written)
    kind = "image" if images == len(written) else "link" if not images else "image and link"
    if len(written) == 1:
        label = written[0].rstrip("]").rsplit("[", 1)[-1] or written[0].split("]", 1)[0].lstrip("![")
        message = (
            f"the {kind} {named} uses the label '{shorten(label, 30)}', which no '[{shorten(label, 30)}]: address' "
            f"line of this document defines, so GitHub shows the brackets as written instead of the {kind}; "
            f"add the definition{_GOOGLE_DOCS if images else ''} or write it as "
            f"'{'![alt text](address)' if images else '[text](address)'}'"
        )
    else:
        message = (
            f"the {kind}s {named} use labels that no '[label]: address' line of this document defines, so "
            f"GitHub shows the brackets as written instead of the {kind}s; add the definitions"
            f"{_GOOGLE_DOCS if images else ''} or write each as "
            f"'{'![alt text](address)' if images else '[text](address)'}'"
        )
    for slip in uses:
        yield ctx.finding(
            ID,
            Severity.ERROR,
            message,
            slip.line,
            column=slip.column,
            **everywhere_fold("undefined-reference"),
        )


def split_links(ctx: DocumentContext) -> Iterator[Finding]:
    """Links the Markdown parse broke apart: a code span opened in the link's text and closed after
    its ``)``, or an address that is itself a link; one finding per line, at the first."""
    by_line: dict[int, list[MarkupSlip]] = {}
    for slip in ctx.document.slips:
        if slip.kind in (SlipKind.CODE_SPLIT_LINK, SlipKind.NESTED_LINK):
            by_line.setdefault(slip.line, []).append(slip)
    for line, slips in by_line.items():
        first = slips[0]
        more = f" (and {len(slips) - 1} more on this line)" if len(slips) > 1 else ""
        if first.kind is SlipKind.CODE_SPLIT_LINK:
            message = (
                f"'{shorten(first.text, 60)}'{more}: a backtick opens inside the link text and closes after "
                "the address, so the link renders as text with its address shown as code; close the "
                "code span before ']' (or drop the backticks)"
            )
        else:
            message = (
                f"this link's address{more} is itself a Markdown link ('[…]({shorten(first.text, 50)})'), so it "
                "renders as brackets and parentheses around a second link; write the address alone: "
                f"'[text]({shorten(first.text, 50)})'"
            )
        yield ctx.finding(ID, Severity.ERROR, message, line, column=first.column)
