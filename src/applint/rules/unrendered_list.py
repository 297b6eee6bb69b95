"""unrendered-list: a list written without list markers, which renders as one run-on paragraph.

Why: "The maintainers agreed these next steps:" followed by three lines with no "- " and no blank
lines between them is, in Markdown (and in the GitHub issue the TOC reads), one paragraph: the
items run together into a single sentence and the reader cannot tell where one ends. The items
are there, so this is not dangling-intro (whose items are missing): the fix is formatting.

Severity: warning, at the introducing line, naming the item lines. Markdown files only (DOCX and
text exports keep each line a paragraph of its own, and a GitHub issue body shows each line as
typed). Applications, DD documents and companion documents (a self-assessment's channel lists, a
GTR's use cases) alike.

Finds: a paragraph in which a line ending in ":" is followed by two or more lines that each
start like an item (a capital letter, a digit, a link or a bullet glyph such as "•"; "Slack:
#chan"-style "label: value" lines too); and a short label paragraph ("Addl:") followed, after a
blank line, by three or more such lines, none ending a sentence or breaking after a word that
needs the next ("hosted on"), or a one-line sentence ending in ":" ("The features that distinguish
Prometheus from other systems are:") followed, after a blank line, by four or more such lines,
or a heading right over three or more short such lines ("#### STRIDE categories considered" /
"Denial of Service" / "Spoofing" / "Tampering"), none ending in a colon or holding a badge;
three or more lines in a row that each give a label and its value ("Project: Longhorn (…)" /
"Intended usage: …" / "Project data classification: Sensitive", set in bold or in a block quote
too; two such lines under a bold title of their own, "**1. Containerd Core:**" / "Role: …" /
"Significance: …"), which render as one paragraph, each label running into the value before it; two or more lines in a row that each end in their one link, alone
("[CLI Flags](…)" / "[Configuring NATS Server](…)") or after a label or a sentence leading to it
("core Crossplane: https://…" / "crossplane-runtime: https://…", "Slack guidelines are listed here:
https://…"), which render run together on one line, the link texts reading as one or each line's
text running on from the link before it (after a line ending in a break too: the lines below it
run together); two or more bare addresses one a line ("https://github.com/…/commits/main/OWNERS.md" /
"https://github.com/…/commits/main/OWNERS.md"), which run on one after another. A list stops at a prose sentence after it: where an item ends a
sentence the items before it ran on into ("…, and" / "… unmaintained."), the line after is
prose, not an item. Every list written so in one document is one finding, "also at" the others
(links, "Key: value" lines and plain lines each their own): the author's way of writing, fixed throughout at once.

Passes: the same lines each starting with "- "; a blank line after the introducing line and
between items; items written as the clauses of one sentence ("1) a charter;" / "2) a ladder; and" /
"3) a code of conduct."), which read as that sentence when rendered; the project facts block ("Project Repo(s): …" / "Project Site: …"), which no
introducing line opens; lines ending in a hard line break (two spaces or a backslash); prose wrapped
at a width (every line 60 characters or more, all nearly as long) whose line happens to end in ":";
a link with text after it or after a sentence not leading to it ("… see [the guide](…)"); a bullet's label followed by its own sentences ("* Responsible Disclosures Process:" / "Reports go
to … ." / "Those without … ."); one sentence a line after a label paragraph; links with a comma after
each (the series of a sentence), badges; two "Key: value" lines
with no bold title over them (a byline, "Date: …" / "Author: …"), an application's project facts ("Project Repo(s): …" /
"Project Site: …", which the template writes so), a sentence whose words before its colon hold a
comma ("In short, …:"), a time ("10:30").
Fails: "We agreed these next steps:" / "Publish the security self-assessment" / "Move the
community meeting to the CNCF calendar", with no markers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind, Document
from applint.rules.context import DocumentContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.templates.boilerplate import field_labels
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

ID = "unrendered-list"
MIN_ITEMS = 2
_ITEM_START = LazyPattern(r"^(?:[A-Z0-9\[•·▪◦‣●○]|[*_]{1,2}[A-Z])")


def check(ctx: DocumentContext) -> Iterator[Finding]:
    document = ctx.document
    if document.format != "markdown" or document.capabilities.line_breaks:
        return  # an issue body shows each line as typed: nothing runs together
    from applint.matching.render_shapes.run_together import link_line_runs  # a Markdown file's only

    previous: Block | None = None
    listed: set[str] = set()  # the labels over lists found so, as the author wrote them
    held: list[tuple[Block, str]] = []  # bullets whose label's sentences may be such a list too
    for block in document.blocks:  # a criterion's own item too: authors answer inline
        before, previous = previous, block
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        if block.end_line - block.line + 1 < MIN_ITEMS:
            continue
        link_runs = link_line_runs(document, block)
        if link_runs and all(_links_alone(document, block, run) for run in link_runs):
            yield from _link_findings(ctx, block, link_runs)
            continue
        raw_lines = document.source_lines[block.line - 1 : block.end_line]
        lines = [line.strip() for line in raw_lines]
        if block.kind is BlockKind.LIST_ITEM:
            lines[0] = cached_pattern(r"^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]?\]\s*)?").sub("", lines[0])
        intro = _intro(lines, labelled=block.kind is BlockKind.LIST_ITEM)
        if link_runs and intro is None:
            # Lines ending in links after their labels, no line introducing them as items (that
            # reading names the whole list: "Our channels:" / "Slack: #chan" / "Forum: https://…").
            yield from _link_findings(ctx, block, link_runs)
            continue
        if intro is not None and _hard_break(raw_lines[intro:]):
            continue  # a line break written on purpose: each line renders on its own
        if intro is None and block.kind is BlockKind.LIST_ITEM and _label_over_sentences(lines, raw_lines):
            held.append((block, lines[0]))
        if intro is None:
            if (
                before is not None
                and _introduces(before, block, lines)
                and _unmarked_items(lines)
                and not _hard_break(raw_lines)
            ):
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f'the {len(lines)} lines after "{shorten(before.text, 40)}" (lines {block.line}-{block.end_line}) '
                    "have no list markers, so they render as one paragraph; start each item with '- '",
                    block.line,
                    items=[block.line, block.end_line],
                    **everywhere_fold(f"{ID}:lines"),
                )
            elif ":" in block.text:  # "Key: value" lines hold a colon each
                yield from _key_findings(ctx, block)
            continue
        first = block.line + intro + 1
        last = first + _list_length(lines[intro + 1 :]) - 1
        listed.add(lines[intro].lower())
        yield _intro_finding(ctx, lines[intro], block.line + intro, first, last)
    for block, label in held:
        if label.lower() in listed:  # the same label's lines elsewhere are a list: so are these
            yield _intro_finding(ctx, label, block.line, block.line + 1, block.end_line)


def _intro_finding(ctx: DocumentContext, intro: str, line: int, first: int, last: int) -> Finding:
    """The finding of a line introducing unmarked items (lines ``first`` to ``last``); every such
    list of the document is one finding."""
    return ctx.finding(
        ID,
        Severity.WARNING,
        f'"{shorten(intro.strip(), 60)}" is followed by {last - first + 1} items without list markers '
        f"(lines {first}-{last}), which render as one paragraph; start each item with '- '",
        line,
        items=[first, last],
        **everywhere_fold(f"{ID}:lines"),
    )


def _label_over_sentences(lines: list[str], raw_lines: Sequence[str]) -> bool:
    """Whether a bullet is a label ("Mitigations:") over two or more lines that each end a sentence
    (written with no breaks between): alone it reads as the label's paragraph, but where the same
    label elsewhere in the document stands over a list written so, these lines are one too."""
    items = lines[1:]
    return (
        len(items) >= MIN_ITEMS
        and lines[0].endswith(":")
        and len(lines[0].split()) <= _INTRO_WORDS
        and all(_ITEM_START.match(item) and item.endswith((".", "!", "?")) for item in items)
        and not _hard_break(raw_lines)
    )


def _links_alone(document: Document, block: Block, run: tuple[int, int]) -> bool:
    """Whether every line of a run holds its link alone ("[Serving](…)"), no label before it."""
    from applint.matching.render_shapes.run_together import link_alone

    lines = document.source_lines
    return all(link_alone(lines[n - 1], n == block.line) for n in range(run[0], run[1] + 1))


def _addresses_alone(document: Document, block: Block, run: tuple[int, int]) -> bool:
    """Whether every line of a run is a bare address alone ("https://github.com/…/OWNERS.md")."""
    from applint.matching.render_shapes.run_together import link_line

    lines = document.source_lines
    return all(link_line(lines[n - 1], n == block.line) == "address" for n in range(run[0], run[1] + 1))


def _link_findings(ctx: DocumentContext, block: Block, runs: list[tuple[int, int]]) -> Iterator[Finding]:
    """One finding per run of lines ending in their one link, at the line introducing it when the
    block has one (else at its first link); every run of the document is one finding, as the
    author wrote their links so throughout."""
    from applint.matching.render_shapes import line_key
    from applint.matching.render_shapes.run_together import link_line

    lines = ctx.document.source_lines
    for first, last in runs:
        # the line above introduces the run, unless it is a link of its own that a break set apart
        intro = (
            first - 1
            if first > block.line and link_line(lines[first - 2], first - 1 == block.line) is None
            else first
        )
        labels = [line_key(lines[n - 1]) or "" for n in range(first, last + 1)]
        if isinstance(ctx, LintContext) and any(normalize(label) in field_labels() for label in labels):
            continue  # an application's project facts ("Project Repo(s): …"): the template writes them so
        if _addresses_alone(ctx.document, block, (first, last)):
            what = (
                f"the {last - first + 1} addresses on lines {first}-{last} each stand on a line of their own"
            )
            how = "one after another, wrapped wherever the page's width falls"
        elif _links_alone(ctx.document, block, (first, last)):
            what = f"the {last - first + 1} links on lines {first}-{last} each stand on a line of their own"
            how = "their texts reading as one"
        else:
            what = f"the {last - first + 1} lines {first}-{last} each end in a link"
            how = "each line's text running on from the link before it"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{what} without list markers, so they render run together on one line, {how}; start "
            "each with '- ' (or end each line but the last with a backslash)",
            intro,
            items=[first, last],
            **everywhere_fold(f"{ID}:links"),
        )


def _key_findings(ctx: DocumentContext, block: Block) -> Iterator[Finding]:
    """One finding per run of "Key: value" lines ("Project: Longhorn" / "Intended usage: …" /
    "Highest risk impact: …"), which render as one paragraph; every run of the document is one
    finding, as the author wrote their facts so throughout. Not an application's project facts
    ("Project Repo(s): …" / "Project Site: …"), which the template itself writes so."""
    from applint.matching.render_shapes import line_key
    from applint.matching.render_shapes.run_together import key_value_runs

    lines = ctx.document.source_lines
    for first, last in key_value_runs(ctx.document, block):
        labels = [line_key(line) or "" for line in lines[first - 1 : last]]
        if isinstance(ctx, LintContext) and any(normalize(label) in field_labels() for label in labels):
            continue
        named = ", ".join(f'"{shorten(label, 30)}:"' for label in labels[:3])
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the {last - first + 1} lines {first}-{last} ({named}{', …' if len(labels) > 3 else ''}) each give "
            "a label and its value but have no list markers or line breaks between them, so they render as "
            "one paragraph, each label running into the value before it; start each line with '- ' (or put "
            "a blank line between them)",
            first,
            items=[first, last],
            **everywhere_fold(f"{ID}:keys"),
        )


def _list_length(items: list[str]) -> int:
    """How many of the lines after an introducing line are the list: all, unless an item ends a
    sentence that the items before it ran on into ("…, and" / "… unmaintained."), after which
    the lines are the paragraph's prose again."""
    for position, item in enumerate(items[:-1]):
        if not item.endswith((".", "!", "?")):
            continue
        if position and all(_RUNS_ON.search(earlier) for earlier in items[:position]):
            return position + 1
        return len(items)
    return len(items)


def _intro(lines: list[str], labelled: bool = False) -> int | None:
    """The index of the line introducing the unmarked items, if the block is such a list.
    ``labelled``: the block is a list item, whose first line may be a label ("Mitigations:") for
    the sentences after it."""
    for position, line in enumerate(lines[:-MIN_ITEMS]):
        if not line.endswith(":"):
            continue
        items = lines[position + 1 :]
        if _wrapped(lines[position:]) or (labelled and all(item.endswith((".", "!", "?")) for item in items)):
            return None  # prose wrapped at a width, or a bullet's label then its sentences: it reads well
        # After an introducing line, "Slack: #chan" / "Forum: https://…" lines are items too.
        if all(_ITEM_START.match(item) for item in items) and not _one_sentence(items):
            return position
        return None
    return None


# Lines of a paragraph wrapped at a width: each at least this long, all within the band.
_WRAP_WIDTH = 60
_WRAP_BAND = 16


def _wrapped(lines: list[str]) -> bool:
    """Whether lines are a paragraph wrapped at a fixed width (each long, all nearly as long), which
    the author meant to read as one paragraph."""
    lengths = [len(line) for line in lines]
    return min(lengths) >= _WRAP_WIDTH and max(lengths) - min(lengths) <= _WRAP_BAND


def _hard_break(raw_lines: Sequence[str]) -> bool:
    """Whether a line but the last ends in a hard line break (two spaces or a backslash), which
    renders the next line on a line of its own."""
    return any(line.endswith("  ") or line.endswith("\\") for line in raw_lines[:-1])


# The longest introducing paragraph of a list written apart from it ("Addl:", "Inbound channels:").
_INTRO_WORDS = 6
# The most words each line under a heading holds for the lines to read as its list's items.
_SHORT_ITEM_WORDS = 12
# A one-line sentence introducing a longer list apart from it ("The features that distinguish
# Prometheus from other systems are:"): its most words, and the fewest lines of the list after it.
_LONG_INTRO_WORDS = 20
_LONG_INTRO_ITEMS = 4
# A line a wrapped sentence breaks after: an article, a preposition or a conjunction.
_OPEN_WORD = LazyPattern(
    r"\b(?:a|an|the|of|on|in|to|for|with|by|from|at|as|into|via|and|or|but|is|are|was|were|be|that|"
    r"which|our|their|its)$",
    re.IGNORECASE,
)


def _introduces(before: Block, block: Block, lines: list[str]) -> bool:
    """Whether ``before`` is a short paragraph ending in ":" ("Addl:") that introduces ``block``,
    the paragraph right after it, at its level; or a one-line sentence ending so ("The features
    that distinguish it are:") before four lines or more; or a heading ("### STRIDE categories
    considered") right over a paragraph of short lines (``lines``), none holding a badge or ending
    in a colon (a label's sentence, "**Self-Assessment:**" / "It is available at:" / its link)."""
    if before.kind is BlockKind.HEADING:
        return block.kind is BlockKind.PARAGRAPH and all(
            len(line.split()) <= _SHORT_ITEM_WORDS
            and "[![" not in line
            and not line.rstrip("*_").endswith(":")
            for line in lines
        )
    text = before.text
    words = len(text.split())
    return (
        before.kind is block.kind
        and before.level == block.level
        and before.end_line == before.line
        and text.endswith(":")
        and (
            words <= _INTRO_WORDS
            or (words <= _LONG_INTRO_WORDS and block.end_line - block.line + 1 >= _LONG_INTRO_ITEMS)
        )
    )


# How a line holding an image or a badge opens: a row of them shows side by side, as meant.
_IMAGE_OPENINGS = ("![", "[![")


def _unmarked_items(lines: list[str]) -> bool:
    """Whether lines written apart from their introduction are items, not a wrapped sentence: three
    or more, each starting like an item, none ending a sentence (one sentence a line reads well
    as a paragraph) or breaking after a word that needs the next line ("hosted on"); not images or
    badges, which show side by side as meant."""
    return (
        len(lines) > MIN_ITEMS
        and all(_ITEM_START.match(line) and not line.startswith(_IMAGE_OPENINGS) for line in lines)
        and not any(line.endswith((".", ",", ";")) or _OPEN_WORD.search(line) for line in lines)
    )


# How the items of a list written as one sentence end: "…; and", "…;", "…, or".
_RUNS_ON = LazyPattern(r"(?:[;,]|[;,]\s+(?:and|or)|\s+(?:and|or))$", re.IGNORECASE)


def _one_sentence(items: list[str]) -> bool:
    """True when the items are clauses of one sentence ("(1) a charter; and" / "(2) a ladder."):
    each but the last ends in ";" or "," (with "and"/"or"), so the paragraph reads as it is meant."""
    return all(_RUNS_ON.search(item) for item in items[:-1])


RULE = Rule(
    ID,
    Severity.WARNING,
    "Lines meant as a list render as one paragraph.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
