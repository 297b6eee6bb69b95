"""broken-link's pass over Markdown links with no text: they show as nothing."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.broken_link import ID
from applint.rules.context import DocumentContext
from applint.rules.rule import shorten
from applint.text.links import target_problem
from applint.text.placeholder_addresses import placeholder_address


def empty_texts(ctx: DocumentContext) -> Iterator[Finding]:
    """A Markdown link with nothing between its brackets (``[](https://…)``, not an image's
    ``![](…)``): it renders as nothing, so the reader never sees it."""
    lines = ctx.document.source_lines
    for link in ctx.links.links:
        if link.label or link.column is None or not 0 < link.line <= len(lines):
            continue
        raw, at = lines[link.line - 1], link.column - 1
        if raw[at : at + 1] != "[" or (at > 0 and raw[at - 1] == "!"):
            continue  # an address written alone, or an image with no alt text
        if target_problem(link.url) or placeholder_address(link.url):
            continue  # its address is broken too: that finding says what to fix
        yield ctx.finding(ID, Severity.ERROR, _empty_text_message(link.url), link.line, column=at + 1)


def _empty_text_message(url: str) -> str:
    """What to do with a link that shows nothing: give it text, or, when its target is a bare word
    (``[](templateskip)``: no scheme, path, dot or anchor, so no address or file), delete it: such
    a link is a marker a tool or template left, which opens a page of that name that is not there."""
    shown = shorten(url, 60)
    if url.replace("-", "").replace("_", "").isalnum():
        return (
            f"the link '[]({shown})' has no text and its target is a bare word, not an address or a "
            "file, so it shows as nothing and opens nothing: it reads as a marker left by a tool or "
            "template; delete it (or give it text and a real address)"
        )
    return (
        f"the link to '{shown}' has no text between its brackets, so it shows as nothing; write what "
        "it opens between the '[' and ']'"
    )
