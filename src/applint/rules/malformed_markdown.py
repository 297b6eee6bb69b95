"""malformed-markdown: Markdown that renders other than its author meant: an empty bullet, or
emphasis markers shown as written.

Why: the TOC reads the rendered page, on GitHub. A blank bullet in a list of actions, or
``**Note:**text`` showing its asterisks, reads as an unfinished or careless document, and the
reviewer asks for it to be fixed before reading further. Applications, DD documents and the
companion documents (GTR, governance review, self-assessment) alike.

Severity: warning (a rendering slip; nothing is lost). One finding per slip: per empty item, and
per paragraph or list item for emphasis (the markers of one broken pair share a finding).

Finds: a line of the template's project facts (``Communication: …``, ``Project Site: …``,
``Project points of contacts: …``) written right after a list (the Sub-Projects' repositories)
with no blank line between: GitHub joins it to the last item (a lazy continuation), so it reads
as part of that bullet; likewise, in any document, a short label line for the list that starts
right below it (``- Twitter: @rook_io`` / ``Mailing lists`` / ``* cncf-rook-security@…``); a line
opening with a label and its value written between list items that open so, without a marker of its
own (``* Best Programming Practices: …`` / ``Data Handling and Privacy: …`` / ``* Use of TLS: …``),
which renders as the end of the item above (one finding for the document, "also at" the others; not
after an item ending in a colon, whose detail it is, nor after the item's own prose); list items
written as a short title with their text on the very next line, neither indented nor after a blank
line (``1. Make security a design requirement`` / ``Security measures have been …``), which render as
one run-on paragraph, where a document writes two or more items so (one finding, "also at" the
others); a title-case label left after a list item's last sentence, right before a heading
(``Discard and log … fails.`` / ``Tampering`` / then ``##### Threat-03-T …``), which renders as the
end of that sentence (one finding, "also at" the others); a list item with nothing after its marker (``- `` alone on a line between items); a ``*``
or ``+`` alone on a line inside a paragraph, an empty item that shows as a stray ``*`` at the end
of the line above; ``**`` or ``__`` that do not pair up (``**text`` never closed, ``** text**``
with a space inside, ``**Note:**text`` closed against a word, ``__bold_``), or a single marker
left beside the emphasis that took the rest (``**text*``, ``**bold***``), or an italic opened and
never closed, at a paragraph's start (``_Emily Fox conducted …`` to the paragraph's end) or inside it
(``… agreed to *publish the roadmap …``, ``_"The easiest way …``, a Google Docs export's ``_Eg. _``),
and a lone ``*`` left at a line's end (not a footnote's mark or note: ``Examplo Corp*`` above
``*Joined in 2024``; not a glob, ``*.yaml``, a wildcard, ``*nix``, a product, ``2 * 3``, nor a name,
``_id``, ``_total``); a link
glued to the word before it with its space inside the brackets (``the[ VEX document](…)``); a
field's link in a second pair of brackets (``Website: [[Project Website](…)]``), shown as written
(not a reference cited so after a sentence, ``… in production [[adopters](…)].``); a
checkbox GitHub does not render (``[X]]``, ``[[ ]``, ``[ x]``); a sentence cut across two bullets
of one list (``- … are hosted on`` / ``- GitHub, making it …``); a one-line paragraph right under
a heading that only repeats it (``### Communication Channels`` / ``kcp Communication Channels``);
a fenced code block in a list item whose lines sit left of the item's text, which GitHub cuts off
there (at the block's opening fence); a bold label ("**SLSA 3 compliance**") or a list item's bold
question with no blank line after it, so it runs into its text (the answer glued to the question),
where the document's other labels of that kind (twice as many) stand alone;
a table GitHub shows as text with pipes: its rows run together on one line (``| | \\-- | \\-- | |
Stage | Incomplete | | Software | …``, as an export leaves it), rows with no separator row
(``| --- | --- |``) under the first, or a separator row with a different number of cells from the
row above; a link whose text opens with a heading's marks (``[## Security](#security)``); a
bullet with a stray character before its marker (``[*   Known issues: …``), which runs into the
item above; a command-line flag in a code span whose ``--`` an editor turned into a dash
(```—allow-resource-types```); a heading with no words whose title is the bold line under it
(``## `` then ``**Metadata**``, as Google Docs exports write them: one finding for the document,
the reader takes the bold line as the heading's title); a list item indented under the item above it but short of that
item's text (``1. Pre-installation`` then ``  * Set up NTP``), which renders as a list of its own
beside the number instead of nested; list items indented four spaces after a paragraph, which
render as a code block, and lines of text indented so (``        Deviation from expected
behavior: …`` pasted with its indentation), not a footnote's text; in an application or DD document, a table row holding nothing (``| | |``),
shown as a blank row: one finding per table (a companion's are unfilled-field's); a character
that does not show left in the prose (a zero-width space, a word joiner, a byte order mark inside
the text, a zero-width joiner or non-joiner between Latin letters), as pasted or generated text
leaves it: one finding for the document, "also at" its other lines (one in a link's address is
broken-link's); an advisory's title line ("[**CVE-2021-20206**](…) (CVSS 7.2) Arbitrary path
injection") with its description on the very next line, which renders as one paragraph (not in an
issue body, where the line ends break; not a title ending in punctuation or set in bold); two
paragraphs typed on consecutive lines (each a long line holding sentences of its own), which render
as one, and a sentence with no full stop whose next line opens a new one ("… review and discussion"
/ "The process involves …"), which runs into it, and, in a document writing each paragraph on one
line set apart by blank lines (never wrapping its prose), two lines typed with no blank line between,
the first without a full stop ("… for full use cases and details" / "Additional adopters …") or
either holding sentences of its own (not hard-wrapped prose, one sentence a line, a
line break, a label's line, an address, a name such as "The Update Framework", nor in an issue
body); a sentence cut in two by a blank line ("… (A total budget spent" / "" / "on the project
amounted to …"), whose first half renders as a paragraph stopping mid-sentence (in an application
or DD document a stop on "in", "to" … is unfinished-sentence's); a table at the margin between a list item's text and more of it (the item's
paragraph, the table, then a paragraph indented again or the list's next bullet), which ends the
list and renders outside the item; a numbered list written "1." throughout that a table at the margin cuts in two, the item after it
shown as 1 again (not a table indented into the item); a paragraph indented to the text of the
last of an item's plain sub-items, which renders inside that sub-item instead of as the item's text
(a DD evaluation taken into the last sub-point), where the document's other items set such text at
their own column, or the item's own text above leads into the sub-items as a list (not under
sub-items that are boxes or bold titles, whose answers sit under them); an ordered list whose numbers
GitHub shows other than written ("1." "2." "1.": a list counts on from its first number), not one
written "1." throughout, nor lists a heading or paragraph splits; each one finding per document,
"also at" the others; a long machine listing pasted as prose (twenty lines or more of YAML, such as a
bill of materials's ``- name: x`` / ``  version: y`` / ``  license: null``, of JSON, or of a
dependency list, ``github.com/foo/bar v1.2.3``), outside a code block, which GitHub runs together
into one list or paragraph: one finding at its first line naming its extent (not a list of a
person's labels, "- slack: #kelpie", whose keys do not repeat as records' do). Read from the Markdown parse, so only markers the renderer really shows count; a slip
of tables, heading marks, dashed flags or nesting found again elsewhere in the document is one finding, "also at"
the others.

Leaves alone: code spans and fenced code, HTML blocks, tables GitHub renders (a header row
without outer pipes, body rows with a cell more or less, a row the table goes on with), a lone row
of pipes, ``[#123](…)`` links, escaped markers (``\\*\\*``), markers
inside a word (``E__F__K``, ``snake__case``, ``2**10``), globs and paths (``**/*.md``), ``a ** b``,
emphasis spanning lines, task boxes (``[ ]``, ``[x]``), a name opening with ``_`` (``_config.yml``),
a list a sentence leads into (``It is recommended to`` then ``* Set up …``), a label item
(``- Built on``), an item's own text wrapped onto an unindented line (``- [ ]``); in an application or DD document, an empty
bullet under a heading where the template itself leaves one to fill (the Adoption Assertion's
``*``): the template's own, which ``adopters`` and ``empty-section`` report when unfilled. DOCX and plain text carry no Markdown.

Passes: ``**Governance:** see GOVERNANCE.md``. Fails: ``**Governance:**see GOVERNANCE.md``; a
``- `` left between two actions of a DD's list.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind, Document, MarkupSlip, SlipKind
from applint.rules.context import DocumentContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.templates.boilerplate import empty_bullet_headings, field_labels
from applint.text.links import invisible_name
from applint.text.normalize import normalize

ID = "malformed-markdown"
# Slips of a link's syntax: broken-link reports them, as the link does not work.
LINK_SLIPS = frozenset({SlipKind.CODE_SPLIT_LINK, SlipKind.NESTED_LINK, SlipKind.UNDEFINED_REFERENCE})
# Pipe rows GitHub shows as text; each kind, wherever it recurs, is one finding (an export that
# collapsed one table collapsed them all).
TABLE_SLIPS = frozenset(
    {SlipKind.COLLAPSED_TABLE, SlipKind.TABLE_WITHOUT_SEPARATOR, SlipKind.MISMATCHED_SEPARATOR}
)


def check(ctx: DocumentContext) -> Iterator[Finding]:
    titled: set[int] | None = None  # the titled items' lines, found at the first lazy continuation
    for slip in ctx.document.slips:
        if slip.kind in LINK_SLIPS:
            continue  # broken-link's: the link does not work
        if slip.kind is SlipKind.LAZY_CONTINUATION:
            # (the render shapes are imported where a Markdown document is read: a DOCX or text
            # document has no slip and no shape of Markdown)
            from applint.matching.render_shapes.lists import labelled_item_above

            label = _template_field(slip.text)
            if isinstance(ctx, LintContext) and label is not None:
                message = (
                    f"the '{label}:' line directly follows a list item with no blank line between, so it "
                    "renders as part of that item instead of a line of its own; put a blank line before it"
                )
            elif (item := labelled_item_above(ctx.document, slip.line)) is not None:
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f"'{shorten(slip.text, 40)}' opens with a label like the list items around it but has no "
                    f"list marker, so it renders as the end of the item above ('{shorten(item.text, 30)}') "
                    "instead of an item of its own; start it with a list marker ('- ')",
                    slip.line,
                    **everywhere_fold("unmarked-item"),
                )
                continue
            elif (labelled := _labels_next(ctx.document, slip)) == "part":
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f"'{shorten(slip.text, 40)}' directly follows a list item with no blank line between, so it "
                    "renders as the end of that item's last sentence instead of a title of its own over the "
                    "heading that follows; put a blank line before it and make it a heading (or delete it)",
                    slip.line,
                    **everywhere_fold("run-in-title"),
                )
                continue
            elif labelled == "list":
                message = (
                    f"'{shorten(slip.text, 40)}' directly follows a list item with no blank line between, so "
                    "it renders as the end of that item instead of the label of the list below it; put a "
                    "blank line before it (or make it a heading)"
                )
            else:
                if titled is None:
                    titled = _titled_item_lines(ctx.document)
                if slip.line - 1 in titled:
                    title = ctx.document.source_lines[slip.line - 2]
                    yield ctx.finding(
                        ID,
                        Severity.WARNING,
                        f"the item '{shorten(title.strip(), 40)}' is a title, and its text on the next line is "
                        "neither indented nor set apart by a blank line, so the title and the text render as one "
                        "run-on paragraph; end the title with a line break (a backslash) or put the text, "
                        "indented, after a blank line",
                        slip.line - 1,
                        **everywhere_fold("titled-item"),
                    )
                continue  # else a wrapped line of the item's own text reads as the author meant
        elif slip.kind is SlipKind.LITERAL_EMPHASIS:
            message = (
                f"'{slip.text}' shows its emphasis markers as written instead of bold or italics: pair each "
                "'**' (or '__', '*', '_') with a closing one, with no space just inside them and a space or "
                "punctuation outside"
            )
        elif slip.kind is SlipKind.UNCLOSED_EMPHASIS:
            message = _unclosed_message(ctx.document, slip)
        elif slip.kind is SlipKind.GLUED_LINK:
            word, _, label = slip.text.partition("[")
            message = (
                f"the link '[ {shorten(label.strip(), 40)}](…)' is glued to '{shorten(word, 20)}' with its space inside the "
                f"brackets, so the underline starts before the words; write '{shorten(word, 20)} "
                f"[{shorten(label.strip(), 40)}](…)'"
            )
        elif slip.kind is SlipKind.BRACKETED_LINK:
            label = shorten(slip.text, 40)
            message = (
                f"the link '[{label}](…)' is wrapped in a second pair of square brackets, which GitHub shows as written round "
                f"its text ('[{label}]'); write '[{label}](…)' without the outer "
                "'[' and ']'"
            )
        elif slip.kind is SlipKind.MALFORMED_CHECKBOX:
            message = (
                f"'{slip.text}' is not a checkbox GitHub renders: it shows as the brackets as written; "
                "write '[x]' for a ticked box or '[ ]' for an open one"
            )
        elif slip.kind in TABLE_SLIPS or slip.kind is SlipKind.HEADING_MARKS_IN_LINK:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                _table_or_link_message(slip),
                slip.line,
                column=slip.column,
                **everywhere_fold(slip.kind.value),
            )
            continue
        elif slip.kind is SlipKind.DASHED_FLAG:
            flag = slip.text[1:]
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"the flag '{slip.text}' opens with a dash where a command-line flag has two hyphens (an "
                f"editor's autocorrect), so a reader who copies it types a flag that does not exist; write "
                f"'--{flag}'",
                slip.line,
                column=slip.column,
                **everywhere_fold(slip.kind.value),
            )
            continue
        elif slip.kind is SlipKind.TITLE_BELOW_HEADING:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"this heading has no words, and its title '{shorten(slip.text, 40)}' is the bold line under it "
                "(as Google Docs exports write them), so GitHub shows an empty heading over a bold line, and the "
                f"outline and its links lose the title; write it on the heading's line ('{'#' * _level_at(ctx, slip)} "
                f"{shorten(slip.text, 40)}') and delete the bold line",
                slip.line,
                **everywhere_fold(slip.kind.value),
            )
            continue
        elif slip.kind is SlipKind.MARKER_AFTER_STRAY:
            stray, marker = slip.text[0], slip.text[1]
            message = (
                f"the stray '{stray}' before this line's list marker keeps it from starting a bullet: it renders "
                f"as part of the item above, with '{stray}{marker}' shown as written; delete the '{stray}'"
            )
        elif isinstance(ctx, LintContext) and _in_template_slot(ctx, slip):
            continue
        elif slip.kind is SlipKind.EMPTY_ITEM:
            message = (
                f"an empty list item ('{slip.text}' with nothing after it) shows as a blank bullet; "
                "write the item or delete the line"
            )
        else:
            message = (
                f"a '{slip.text}' alone on this line is an empty list item inside a paragraph: it shows as a "
                f"stray '{slip.text}' at the end of the line above; write the item after it or delete the line"
            )
        yield ctx.finding(ID, Severity.WARNING, message, slip.line, column=slip.column)
    if ctx.document.format == "markdown":
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
    for number, following in run_together:
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this paragraph and the one on line {following} have no blank line between them, so GitHub "
            f"shows them as one paragraph ('…{' '.join(lines[number - 1].split()[-4:])} "
            f"{' '.join(lines[following - 1].split()[:3])}…'); put a blank line between them",
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


def _unclosed_message(document: Document, slip: MarkupSlip) -> str:
    """What is wrong with a single "*" or "_" shown as written: an italic opened and never closed,
    or a lone "*" left at a line's end."""
    line = document.source_lines[slip.line - 1]
    mark = line[slip.column - 1] if slip.column and slip.column <= len(line) else "*"
    if not line[slip.column or 0 :].strip():
        return (
            f"the '{mark}' at the end of this line stands alone, so GitHub shows it as written (a stray "
            f"mark left from editing, not a footnote: no note below opens with one); delete it"
        )
    return (
        f"the '{mark}' in '{slip.text}' opens an italic that nothing closes, so GitHub shows the '{mark}' "
        f"as written and no italics; add a closing '{mark}' where the italic should end (or delete it)"
    )


def _table_or_link_message(slip: MarkupSlip) -> str:
    """What is wrong with pipe rows that render as text, or a link opening with heading marks."""
    if slip.kind is SlipKind.COLLAPSED_TABLE:
        return (
            f"this table's rows are all on one line ('{shorten(slip.text, 40)}'), so GitHub shows a run of "
            "pipes instead of a table; put each row on its own line, with a '| --- | --- |' separator row "
            "under the first"
        )
    if slip.kind is SlipKind.MISMATCHED_SEPARATOR:
        header, separator = slip.text.split()
        return (
            f"the separator row under this table's first row has {separator} cells where that row has "
            f"{header}, so GitHub shows the table as text with pipes; give the separator row one '---' "
            "cell per column"
        )
    if slip.kind is SlipKind.TABLE_WITHOUT_SEPARATOR:
        return (
            "these lines are written as table rows but have no separator row ('| --- | --- |') under the "
            "first, so GitHub shows them as text with pipes; add one under the header row"
        )
    marks = slip.text[: len(slip.text) - len(slip.text.lstrip("#"))]
    return (
        f"the link text '{shorten(slip.text, 40)}' opens with the heading marks '{marks}', which show as "
        f"written in the link; drop them ('[{shorten(slip.text[len(marks) :].strip(), 40)}](…)')"
    )


def _template_field(text: str) -> str | None:
    """The label a line opens with when it is one of the template's project facts
    ("Communication: …"), which the template writes on a line of its own; else None."""
    label, colon, _ = text.partition(":")
    label = label.strip("*_ ")
    return label if colon and normalize(label) in field_labels() else None


# The most words a line labelling the list below it holds ("Mailing lists", "Outbound channels:").
_LABEL_WORDS = 4


# Words a title-cased label may hold in lower case ("Denial of Service").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "of", "or", "the", "to", "for", "in", "on", "by", "with"})


def _titled_item_lines(document: Document) -> set[int]:
    """The first lines of the list items written as a title with their text run into it."""
    from applint.matching.render_shapes.lists import titled_items

    lazy = frozenset(slip.line for slip in document.slips if slip.kind is SlipKind.LAZY_CONTINUATION)
    return {item.line for item in titled_items(document, lazy)}


def _labels_next(document: Document, slip: MarkupSlip) -> str | None:
    """What a line run into the list item above it labels, if it is such a short label: the list
    that starts on the next line ("- Twitter: @rook_io" / "Mailing lists" / "* cncf-rook-security@…"),
    or the part whose heading follows after a blank line ("Discard and log … fails." / "Tampering" /
    "" / "##### Threat-03-T …", a group's title in title case after the item's last sentence): a few
    words opening with a capital, no sentence ending, no link; not in an issue body, whose line ends
    break, nor after a line ending in a break (the label then shows on a line of its own)."""
    from applint.matching.render_shapes import ends_open

    text = slip.text
    lines = document.source_lines
    if document.capabilities.line_breaks or slip.line >= len(lines) or not text[:1].isupper():
        return None
    if (
        len(text.split()) > _LABEL_WORDS
        or text.endswith((".", ",", ";", "!", "?"))
        or "](" in text
        or "://" in text
    ):
        return None
    above = lines[slip.line - 2]
    if above.endswith(("  ", "\\", "<br>")) or ends_open(above):
        return None  # the label shows on a line of its own, or the line above goes on in it
    following = lines[slip.line].lstrip(" ")
    if following[:2] in ("- ", "* ", "+ "):
        return "list"
    heading = lines[slip.line + 1].lstrip(" ") if slip.line + 1 < len(lines) else ""
    if (
        not following.strip()
        and heading.startswith("#")
        and above.rstrip().endswith((".", "!", "?"))
        and all(word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in text.split())
    ):
        return "part"
    return None


def _in_template_slot(ctx: LintContext, slip: MarkupSlip) -> bool:
    """Whether an empty bullet stands under a heading where the template itself leaves one for the
    applicant to fill (the Adoption Assertion's ``*``): the template's own, left over or unfilled,
    which the rules of its section report when nothing was written there."""
    heading = ""
    for block in ctx.document.blocks:
        if block.line > slip.line:
            break
        if block.kind is BlockKind.HEADING:
            heading = block.text
    return bool(heading) and normalize(heading) in empty_bullet_headings()


RULE = Rule(
    ID,
    Severity.WARNING,
    "Markdown renders other than meant: an empty bullet, emphasis markers shown as written, a broken box.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)


def _level_at(ctx: DocumentContext, slip: MarkupSlip) -> int:
    """The level of the heading a slip sits on (2 when none is found there)."""
    index = ctx.document.block_at(slip.line)
    block = ctx.document.blocks[index] if index is not None else None
    return block.level if block is not None and block.kind is BlockKind.HEADING and block.level else 2
