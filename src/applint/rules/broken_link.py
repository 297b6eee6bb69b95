"""broken-link: a link that cannot work, judged by its syntax (nothing is ever fetched).

Why: the TOC reads the evidence by following its links; a link that goes nowhere is evidence
the reviewer cannot check, and a name in brackets with no address is a link the author meant
to add and forgot.

Severity: error, one finding per link, with its column.

Finds: an address missing its ``//`` or ``:`` (``https:github.com/…``, ``http//…``); an empty
path segment (``github.com/org//blob/main/x.md``); link text glued to its address with the
``(`` missing (``[contact]https://…)``) or a space between ``]`` and ``(``; an empty target
(``[text]()``, a template link left empty such as ``- Link to [Incubation application
issue]()``) or only ``#`` (``[text](#)``); a target that is plain text
(``[GOVERNANCE](GOVERNANCE file in the community repo)``); and, in Markdown, a bracketed name
of a document or page that renders as text because it has no address (``[Release board]``,
``[RELEASES.md]``); a Markdown link written inside backticks, which shows as code; a link to an
anchor no heading of the document has (``[CNCF Slack](#lima)``); an e-mail address as a target
without ``mailto:`` (``[mailing list](dev@example.org)``). Code and
HTML comments are not otherwise read.

Passes: ``[governance](https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md)``,
``[text](https://example.org "title")``, a reference link whose
definition is written (``[Release board]`` with ``[Release board]: https://…`` below),
``[x]`` checkboxes, ``[1]`` citations, ``[roadmap](#roadmap)`` when a "Roadmap" heading (or an HTML ``<a name="roadmap">``) is there.
Fails: ``See our [Release board] for dates.``; ``[dedicated contact]https://github.com/…)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.anchors import document_anchors
from applint.matching.progress import locate
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.links import (
    blank_code_and_comments,
    find_broken_links,
    find_links_in_code,
    find_unlinked_names,
)

ID = "broken-link"
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML, BlockKind.BREAK)


def check(ctx: LintContext) -> Iterator[Finding]:
    document = ctx.document
    seen: set[int] = set()
    for block in document.blocks:
        if block.kind in _SKIPPED:
            continue
        for number in range(block.line, min(block.end_line, document.line_count) + 1):
            if number in seen:
                continue
            seen.add(number)
            raw = document.source_lines[number - 1]
            if "[" not in raw and "http" not in raw:
                continue  # no link, bracket or address: nothing here can be a broken link
            in_code = find_links_in_code(raw)
            if in_code:  # one finding per line, however many such links it holds
                offset, text = in_code[0]
                more = f" (and {len(in_code) - 1} more on this line)" if len(in_code) > 1 else ""
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(text, 60)}'{more} {'are links' if more else 'is a link'} inside backticks and "
                    f"show{'' if more else 's'} as code; remove the backticks",
                )
            line = blank_code_and_comments(raw)
            for offset, text, problem in find_broken_links(line):
                yield _finding(
                    ctx, number, offset, f"broken link '{shorten(text, 60)}': {problem}; fix the link"
                )
            if document.format != "markdown":
                continue
            for offset, name in find_unlinked_names(line, block.text):
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(name, 60)}' reads as a link but has no address; add '(https://…)' after it "
                    "or drop the brackets",
                )
    if document.format == "markdown":
        yield from _missing_anchors(ctx)


def _missing_anchors(ctx: LintContext) -> Iterator[Finding]:
    """``[CNCF Slack](#lima)`` where no heading of the document has that anchor."""
    document = ctx.document
    anchors: frozenset[str] | None = None
    seen: set[tuple[int, int]] = set()
    for block in document.blocks:
        for link in block.links:
            if len(link) < 2 or not link.startswith("#") or link[1:2].isdigit() or link.startswith("#L"):
                continue  # "#123" and "#L10" are issue and line references, not headings
            if anchors is None:
                anchors = document_anchors(document)
            if link[1:].lower() in anchors:
                continue
            line, column = locate(document, block, f"({link})", seen)
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f"the link to '{shorten(link, 40)}' points to no heading of this document; link an "
                "existing heading (GitHub's anchor: the title in lower case, spaces as '-') or a full URL",
                line,
                column=column,  # at the "(" that opens the anchor
                anchor=link,
            )


def _finding(ctx: LintContext, line: int, offset: int, message: str) -> Finding:
    return ctx.finding(ID, Severity.ERROR, message, line, column=offset + 1)


RULE = Rule(ID, Severity.ERROR, "A link cannot work as written.", check, __doc__ or "")
