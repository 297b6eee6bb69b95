"""broken-link's pass over links to an anchor of the document that no heading has (or has only in
another case), the broken entries of one list (a table of contents) as one finding."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.model import Document
from applint.rules.broken_link import ID
from applint.rules.context import DocumentContext
from applint.rules.rule import shorten
from applint.text.wording import and_list


class _BrokenAnchor:
    """A link to an anchor of the document that no heading has, where it is written (a plain class:
    a NamedTuple costs every run its class creation at import)."""

    __slots__ = ("case_only", "column", "line", "link", "nearest")

    def __init__(self, link: str, line: int, column: int | None, nearest: str, case_only: bool) -> None:
        self.link = link  # as written: "#Threat-Modelling"
        self.line = line
        self.column = column
        self.nearest = nearest  # the anchor it most likely means ("#threat-modelling"), or ""
        self.case_only = case_only  # it differs from an existing anchor only in case


def missing_anchors(ctx: DocumentContext) -> Iterator[Finding]:
    """``[CNCF Slack](#lima)`` where no heading of the document has that anchor, and
    ``[Threat Modelling](#Threat-Modelling)`` where the heading's anchor is ``#threat-modelling``;
    the broken entries of one list (a table of contents) are one finding."""
    broken = _broken_anchors(ctx.document)
    if not broken:
        return
    # one list's anchors broken the same way (in case only, or naming no heading) are one problem
    by_list: dict[tuple[int, bool], list[_BrokenAnchor]] = {}
    for anchor in broken:
        kind, first, _ = ctx.document.passage_of(anchor.line)
        by_list.setdefault((first if kind == "list" else -anchor.line, anchor.case_only), []).append(anchor)
    for (first, case_only), anchors in by_list.items():
        if len(anchors) == 1 or first < 0:
            for anchor in anchors:
                yield _anchor_finding(ctx, anchor)
            continue
        named = and_list([f"'{shorten(anchor.link, 40)}'{_fix_of(anchor)}" for anchor in anchors[:6]])
        more = f" and {len(anchors) - 6} more" if len(anchors) > 6 else ""
        if case_only:
            problem = (
                "differ from their headings' anchors only in case: GitHub's anchors are lower case, and a "
                "renderer or link checker that compares exactly finds none of them; write them in lower case"
            )
        else:
            problem = (
                "point to no heading of this document as written: link existing headings (GitHub's anchor: "
                "the title in lower case, spaces as '-') or full URLs"
            )
        message = f"{len(anchors)} links of this list ({named}{more}) {problem}"
        for anchor in anchors:
            yield ctx.finding(
                ID,
                Severity.WARNING if case_only else Severity.ERROR,
                message,
                anchor.line,
                column=anchor.column,
                anchor=anchor.link,
                fold=f"anchors-of-list:{first}:{case_only}",
                fold_note="also at {where} of this list",
            )


def _broken_anchors(document: Document) -> list[_BrokenAnchor]:
    """Each link to an anchor of the document that no heading (nor HTML ``id``/``name``) has, or
    has only in another case, in document order."""
    anchors: frozenset[str] | None = None
    written: frozenset[str] = frozenset()
    seen: set[tuple[int, int]] = set()
    broken: list[_BrokenAnchor] = []
    for block in document.blocks:
        for link in block.links:
            if len(link) < 2 or not link.startswith("#") or link[1:2].isdigit() or link.startswith("#L"):
                continue  # "#123" and "#L10" are issue and line references, not headings
            if anchors is None:
                from applint.matching.anchors import (  # a link to a heading only
                    document_anchors,
                    written_anchors,
                )

                written = written_anchors(document)
                anchors = document_anchors(document, written)
            name = link[1:]
            if name in anchors or name in written:
                continue
            lowered = name.lower()
            case_only = lowered in anchors
            if case_only and document.capabilities.line_breaks:
                continue  # an issue body's page finds its headings in any case; nothing else reads it
            line, column = locate(document, block, f"({link})", seen)
            nearest = lowered if case_only else _nearest(lowered, anchors)
            broken.append(_BrokenAnchor(link, line, column, nearest and f"#{nearest}", case_only))
    return broken


def _nearest(name: str, anchors: frozenset[str]) -> str:
    """The anchor a broken one most likely means ("goals" for a "Goal" heading), or ""."""
    if "=" in name:
        return ""  # a Google Docs "#heading=h.…" names no title
    from difflib import get_close_matches  # only for a link already broken

    found = get_close_matches(name, sorted(anchors), n=1, cutoff=_NEAREST)
    return found[0] if found else ""


# How alike (difflib's ratio) an existing anchor must be to a broken one to be offered as its fix.
_NEAREST = 0.8


def _fix_of(anchor: _BrokenAnchor) -> str:
    """What a list's message says after a broken anchor: its fix, when one is known."""
    if anchor.case_only:
        return f" (write '{anchor.nearest}')"
    return f" (did you mean '{anchor.nearest}'?)" if anchor.nearest else ""


def _anchor_finding(ctx: DocumentContext, anchor: _BrokenAnchor) -> Finding:
    if anchor.case_only:
        return ctx.finding(
            ID,
            Severity.WARNING,
            f"the link to '{shorten(anchor.link, 40)}' differs from its heading's anchor only in case: GitHub "
            f"gives the heading the anchor '{anchor.nearest}' (lower case), and the link as written matches "
            f"no anchor of the file for a renderer or link checker that compares exactly; write "
            f"'{anchor.nearest}'",
            anchor.line,
            column=anchor.column,
            anchor=anchor.link,
        )
    fix = f"did you mean '{anchor.nearest}'? Link" if anchor.nearest else "link"
    return ctx.finding(
        ID,
        Severity.ERROR,
        f"the link to '{shorten(anchor.link, 40)}' points to no heading of this document; {fix} an "
        "existing heading (GitHub's anchor: the title in lower case, spaces as '-') or a full URL",
        anchor.line,
        column=anchor.column,  # at the "(" that opens the anchor
        anchor=anchor.link,
    )
