"""unrendered-list: a list written without list markers, which renders as one run-on paragraph.

Why: "The maintainers agreed these next steps:" followed by three lines with no "- " and no blank
lines between them is, in Markdown (and in the GitHub issue the TOC reads), one paragraph: the
items run together into a single sentence and the reader cannot tell where one ends. The items
are there, so this is not dangling-intro (whose items are missing): the fix is formatting.

Severity: warning, at the introducing line, naming the item lines. Markdown only (DOCX and
text exports keep each line a paragraph of its own).

Finds: a paragraph in which a line ending in ":" is followed by two or more lines that each
start like an item (a capital letter, a digit, a link or a bullet glyph such as "•"; "Slack:
#chan"-style "label: value" lines too).

Passes: the same lines each starting with "- "; a blank line after the introducing line and
between items; items written as the clauses of one sentence ("1) a charter;" / "2) a ladder; and" /
"3) a code of conduct."), which read as that sentence when rendered; the project facts block ("Project Repo(s): …" / "Project Site: …"), which no
introducing line opens.
Fails: "We agreed these next steps:" / "Publish the security self-assessment" / "Move the
community meeting to the CNCF calendar", with no markers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

ID = "unrendered-list"
MIN_ITEMS = 2
_ITEM_START = LazyPattern(r"^(?:[A-Z0-9\[•·▪◦‣●○]|[*_]{1,2}[A-Z])")


def check(ctx: LintContext) -> Iterator[Finding]:
    document = ctx.document
    if document.format != "markdown":
        return
    for block in document.blocks:  # a criterion's own item too: authors answer inline
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        if block.end_line - block.line + 1 < MIN_ITEMS + 1:
            continue
        lines = [document.source_lines[n - 1].strip() for n in range(block.line, block.end_line + 1)]
        if block.kind is BlockKind.LIST_ITEM:
            lines[0] = cached_pattern(r"^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]?\]\s*)?").sub("", lines[0])
        intro = _intro(lines)
        if intro is None:
            continue
        first, last = block.line + intro + 1, block.end_line
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'"{shorten(lines[intro], 60)}" is followed by {last - first + 1} items without list markers '
            f"(lines {first}-{last}), which render as one paragraph; start each item with '- '",
            block.line + intro,
            items=[first, last],
        )


def _intro(lines: list[str]) -> int | None:
    """The index of the line introducing the unmarked items, if the block is such a list."""
    for position, line in enumerate(lines[:-MIN_ITEMS]):
        if not line.endswith(":"):
            continue
        items = lines[position + 1 :]
        # After an introducing line, "Slack: #chan" / "Forum: https://…" lines are items too.
        if all(_ITEM_START.match(item) for item in items) and not _one_sentence(items):
            return position
        return None
    return None


# How the items of a list written as one sentence end: "…; and", "…;", "…, or".
_RUNS_ON = LazyPattern(r"(?:[;,]|[;,]\s+(?:and|or)|\s+(?:and|or))$", re.IGNORECASE)


def _one_sentence(items: list[str]) -> bool:
    """True when the items are clauses of one sentence ("(1) a charter; and" / "(2) a ladder."):
    each but the last ends in ";" or "," (with "and"/"or"), so the paragraph reads as it is meant."""
    return all(_RUNS_ON.search(item) for item in items[:-1])


RULE = Rule(ID, Severity.WARNING, "Lines meant as a list render as one paragraph.", check, __doc__ or "")
