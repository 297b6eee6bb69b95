"""malformed-markdown's reading of a Markdown document's blocks that render other than meant (the
shapes ``matching.render_shapes`` finds): a machine listing pasted as prose, a sentence cut across
two bullets, a code block, a list item, a table or a paragraph indented other than its list item,
lines shown as a code block, a bold label run into its text, a character that does not show, an
advisory's title run into its text, paragraphs run together or split mid-sentence, a numbered list
shown with other numbers than written, a line repeating the heading above it, and, in an
application or DD document, a table's empty rows.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import DocumentContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.malformed_markdown import ID
from applint.rules.rule import shorten
from applint.text.links import invisible_name


def shape_findings(ctx: DocumentContext) -> Iterator[Finding]:
    """The findings of a Markdown document's block shapes, then its empty table rows."""
    yield from _block_shapes(ctx)
    if isinstance(ctx, LintContext):  # a companion's tables are unfilled-field's, by its template
        yield from _empty_table_rows(ctx)


def _empty_table_rows(ctx: LintContext) -> Iterator[Finding]:
    """One finding per table of an application or DD document with rows that hold nothing."""
    from applint.matching.render_shapes.blanks import empty_table_rows, row_line

    for number, rows, empty in empty_table_rows(ctx.document):
        block = ctx.document.blocks[number]
        lines = sorted({row_line(block, len(rows), index) for index in empty})
        also = (
            f" (also line{'s' if len(lines) > 2 else ''} {', '.join(map(str, lines[1:]))})"
            if len(lines) > 1
            else ""
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this table has an empty row{also}, which GitHub shows as a blank row between the filled ones; "
            "fill it in or delete it",
            lines[0],
        )


def _block_shapes(ctx: DocumentContext) -> Iterator[Finding]:
    """A sentence cut across two bullets; a stray line repeating the heading above it; …; a long
    machine listing pasted as prose."""
    from applint.matching.pasted_listings import pasted_listings
    from applint.matching.render_shapes.blanks import invisible_characters
    from applint.matching.render_shapes.indentation import (
        coded_list,
        coded_prose,
        outdented_fences,
        outdented_tables,
        swallowed_paragraphs,
        unnested_items,
    )
    from applint.matching.render_shapes.lists import cut_items
    from applint.matching.render_shapes.run_together import run_in_labels, run_together_titles
    from applint.matching.render_shapes.split_text import echoed_headings

    for listing in pasted_listings(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"lines {listing.first}-{listing.last} ({listing.lines} lines) are {listing.kind} pasted as text, outside "
            f"a code block, so GitHub runs them together into one long {'list' if listing.as_list else 'paragraph'}, "
            f"each record running into the next; put them in a fenced code block (```{listing.fence}) or, "
            "better, link to the file they come from",
            listing.first,
            lines=[listing.first, listing.last],
        )
    for item, following in cut_items(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this bullet stops at '…{' '.join(item.text.split()[-6:])}' and the sentence goes on in the next "
            f"bullet ('{shorten(following.text, 30)}'), so it renders as two cut-off items; join the two "
            "lines into one item (indent the second line instead of starting it with a marker)",
            item.end_line,
        )
    for code, number, column in outdented_fences(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"line {number} of this code block is indented less than the list item the block belongs to "
            f"(whose text starts at column {column + 1}), so GitHub ends the item and the block there: the "
            "code renders as plain text and the closing fence opens a stray code block; indent every line "
            "of the block as far as its opening fence",
            code.line,
        )
    for item, column in unnested_items(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this list item is indented under the item above it but less far than that item's text (column "
            f"{column + 1}), so GitHub shows it as a list of its own at the outer level, not nested under "
            f"that item; indent it (and the items after it) to column {column + 1}",
            item.line,
            **everywhere_fold("unnested-item"),
        )
    for table, item in outdented_tables(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this table starts at the margin, left of the text of the list item it follows ('{shorten(item.text, 30)}', "
            f"line {item.line}), so GitHub ends the list there: the table and the text after it render outside "
            "that item; indent the table's rows (and the text after it) as far as the item's text",
            table.line,
            **everywhere_fold("outdented-table"),
        )
    for paragraph, sub_item, item in swallowed_paragraphs(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this paragraph is indented as far as the text of the sub-item above it ('{shorten(sub_item.text, 30)}', "
            f"line {sub_item.line}), so GitHub shows it inside that sub-item instead of as the text of the item "
            f"'{shorten(item.text, 30)}' (line {item.line}) it goes on with; indent it as far as that item's "
            "other text",
            paragraph.line,
            **everywhere_fold("swallowed-paragraph"),
        )
    for code in coded_list(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            "these list items are indented four spaces or more after a paragraph, so GitHub shows them as a "
            "code block, markers and all, instead of a list; remove the indentation",
            code.line,
            **everywhere_fold("coded-list"),
        )
    for code in coded_prose(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            "these lines of text are indented four spaces or more, so GitHub shows them as a code block (in "
            "a box, unwrapped) instead of a paragraph; remove the indentation",
            code.line,
            **everywhere_fold("coded-prose"),
        )
    for block in run_in_labels(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the bold label '{shorten(block.strong, 40)}' has no blank line after it, so it renders run into "
            "the text below it, unlike the document's other labels; put a blank line after it",
            block.line,
        )
    for number, column, character in invisible_characters(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this line holds {invisible_name(character)}, a character that does not show but stays in the "
            "text (left by pasted or generated text), so searching and copying the words go wrong; delete it",
            number,
            column=column + 1,
            **everywhere_fold("invisible-character"),
        )
    for title_line, next_line in run_together_titles(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this advisory's title runs into the text on line {next_line} with no blank line between, so "
            "GitHub shows the two as one paragraph (the title's last words joined to the description's "
            "first); put a blank line after the title, or make the title bold or a heading",
            title_line,
            **everywhere_fold("run-together-title"),
        )
    yield from _paragraph_shapes(ctx)
    for heading, line in echoed_headings(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{shorten(line.text, 50)}' repeats the heading above it ('{shorten(heading.text, 50)}') and "
            "renders as a stray paragraph under it; delete the line, or write the section's text there",
            line.line,
        )


def _paragraph_shapes(ctx: DocumentContext) -> Iterator[Finding]:
    """Two paragraphs run together, a sentence split by a blank line, a list numbered other than shown."""
    from applint.matching.render_shapes import ends_open
    from applint.matching.render_shapes.lists import misnumbered_items, restarted_lists
    from applint.matching.render_shapes.run_together import (
        run_together_paragraphs,
        unstopped_sentences,
        unwrapped_paragraph_pairs,
    )
    from applint.matching.render_shapes.split_text import split_sentences

    lines = ctx.document.source_lines
    run_together = list(run_together_paragraphs(ctx.document))
    found = {number for number, _ in run_together}
    run_together += [pair for pair in unwrapped_paragraph_pairs(ctx.document) if pair[0] not in found]
    for run in _chained(run_together):
        number, following = run[0], run[1]
        joined_at = (
            f"('…{' '.join(lines[number - 1].split()[-4:])} {' '.join(lines[following - 1].split()[:3])}…')"
        )
        if len(run) == 2:
            said = f"this paragraph and the one on line {following} have no blank line between them"
            advice = "put a blank line between them"
        else:  # three or more paragraphs one under the other: one run, not a pair per line
            said = f"the {len(run)} paragraphs on lines {number}-{run[-1]} have no blank line between them"
            advice = "put a blank line between each"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{said}, so GitHub shows them as one paragraph {joined_at}; {advice}",
            number,
            **everywhere_fold("run-together-paragraphs"),
        )
    joined = {number for number, _ in run_together}
    for number, following in unstopped_sentences(ctx.document):
        if number in joined:
            continue  # told as two paragraphs run together
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the sentence ending '…{' '.join(lines[number - 1].split()[-4:])}' has no full stop, and line "
            f"{following} opens a new one with no blank line between, so GitHub runs the two together "
            f"('{lines[number - 1].split()[-1]} {' '.join(lines[following - 1].split()[:2])}'); end the sentence "
            "with a full stop (or put a blank line between the paragraphs)",
            number,
            **everywhere_fold("unstopped-sentence"),
        )
    for above, below in split_sentences(ctx.document):
        if isinstance(ctx, LintContext) and ends_open(above.text):
            continue  # unfinished-sentence reports where it stops
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the sentence ending '…{' '.join(above.text.split()[-5:])}' is cut off by a blank line and goes "
            f"on in the paragraph on line {below.line} ('{shorten(below.text, 30)}'), so GitHub shows two "
            "paragraphs, the first stopping mid-sentence; delete the blank line",
            above.end_line,
            **everywhere_fold("split-sentence"),
        )
    for item, table, before in restarted_lists(ctx.document):
        shown_as = lines[item.line - 1].strip().split(None, 1)[0].rstrip(".)")
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the table on line {table.line} starts at the margin, so it ends the numbered list above it and "
            f"this item starts a new list, shown as {shown_as} again instead of {before + 1}; indent the table "
            "as far as the item's text (or number the items as they should show)",
            item.line,
            **everywhere_fold("restarted-list"),
        )
    for item, written, shown in misnumbered_items(ctx.document):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this list item is written '{written}.' but GitHub numbers it {shown}: a list counts on from its "
            "first item's number, whatever the others say, so the numbers shown differ from the ones "
            "written; number the items in order (or indent an item meant to sit under the one above)",
            item.line,
            **everywhere_fold("misnumbered-list"),
        )


def _chained(pairs: list[tuple[int, int]]) -> list[list[int]]:
    """The lines of each run of paragraphs typed one under the other: pairs sharing a line
    ((19, 20) and (20, 21)) are one run (19, 20, 21), told once."""
    runs: list[list[int]] = []
    for number, following in sorted(pairs):
        if runs and runs[-1][-1] == number:
            runs[-1].append(following)
        else:
            runs.append([number, following])
    return runs
