"""broken-link's pass over each line of prose: links in backticks, addresses of a broken shape, and,
in Markdown, links missing their ``)`` and bracketed names that read as links but have no address."""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.broken_link import ID
from applint.rules.context import DocumentContext
from applint.rules.rule import shorten
from applint.text.links import (
    blank_code_and_comments,
    find_broken_links,
    find_links_in_code,
    find_unclosed_links,
    find_unlinked_names,
)

_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML, BlockKind.BREAK)


def broken_on_lines(ctx: DocumentContext) -> Iterator[Finding]:
    """Each line's links that cannot work as written: links inside backticks (one finding a line),
    addresses of a broken shape, and, in Markdown, links missing their ')' and bracketed names with
    no address."""
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
            for offset, text in find_unclosed_links(line, block.text):
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(text, 60)}' has no ')' after its address, so it shows as text, not as a "
                    "link; add the ')'",
                )
            for offset, name in find_unlinked_names(line, block.text):
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(name, 60)}' reads as a link but has no address; add '(https://…)' after it "
                    "or drop the brackets",
                )


def _finding(ctx: DocumentContext, line: int, offset: int, message: str) -> Finding:
    return ctx.finding(ID, Severity.ERROR, message, line, column=offset + 1)
