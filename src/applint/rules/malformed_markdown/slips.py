"""malformed-markdown's reading of the slips the Markdown parse recorded: a line run into the list
item above it, emphasis markers shown as written, a glued or double-bracketed link, a checkbox
GitHub does not render, pipe rows shown as text, a dashed flag, a heading whose title is the bold
line under it, a stray character before a list marker and an empty list item; each with the
message saying what shows and what to write instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind, Document, MarkupSlip, SlipKind
from applint.rules.context import DocumentContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.malformed_markdown import ID
from applint.rules.rule import shorten
from applint.templates.boilerplate import empty_bullet_headings, field_labels
from applint.text.normalize import normalize

# Slips of a link's syntax: broken-link reports them, as the link does not work.
LINK_SLIPS = frozenset({SlipKind.CODE_SPLIT_LINK, SlipKind.NESTED_LINK, SlipKind.UNDEFINED_REFERENCE})
# Pipe rows GitHub shows as text; each kind, wherever it recurs, is one finding (an export that
# collapsed one table collapsed them all).
TABLE_SLIPS = frozenset(
    {SlipKind.COLLAPSED_TABLE, SlipKind.TABLE_WITHOUT_SEPARATOR, SlipKind.MISMATCHED_SEPARATOR}
)


def slip_findings(ctx: DocumentContext) -> Iterator[Finding]:
    """One finding per slip of the parse (a slip of a table, heading marks, a dashed flag or the
    nesting found again elsewhere folded into one), but the slips of a link's syntax."""
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


def _level_at(ctx: DocumentContext, slip: MarkupSlip) -> int:
    """The level of the heading a slip sits on (2 when none is found there)."""
    index = ctx.document.block_at(slip.line)
    block = ctx.document.blocks[index] if index is not None else None
    return block.level if block is not None and block.kind is BlockKind.HEADING and block.level else 2
