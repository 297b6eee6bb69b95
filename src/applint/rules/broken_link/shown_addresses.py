"""broken-link's pass over Markdown links whose text is an address other than the one they open
(compared by ``text/shown_addresses.py``)."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.broken_link import ID
from applint.rules.context import DocumentContext
from applint.rules.rule import shorten
from applint.text.shown_addresses import shown_address_mismatch


def wrong_shown_addresses(ctx: DocumentContext) -> Iterator[Finding]:
    """A link whose text is an address that is not the one it opens
    (``[maintainers@lists.example.io](mailto:maintainers@lists.example.i)``): the reader copies or
    trusts the address shown and the link goes elsewhere. Only links whose text holds a ``.`` are
    compared."""
    for link in ctx.links.links:
        if "." not in link.label:
            continue
        mismatch = shown_address_mismatch(link.label, link.url)
        if mismatch is None:
            continue
        yield ctx.finding(
            ID,
            Severity.ERROR if mismatch.serious else Severity.WARNING,
            f"the link shows '{shorten(mismatch.shown, 60)}' but opens '{shorten(mismatch.opened, 60)}': make them the same",
            link.line,
            column=link.column,
            target=link.url,
        )
