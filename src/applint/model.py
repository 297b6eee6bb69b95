"""The format-neutral document model every reader produces and every rule reads.

A document is a flat, ordered tuple of blocks. Each block knows where it starts and ends in
the original input: a 1-based line for Markdown and plain text, a 1-based paragraph number
for DOCX (the document's ``unit`` says which). No third-party imports here.

How applint writes its records (each class is created at every start-up, so the way matters for
a pre-commit run; see BENCHMARKS.md): records compared by value (Block here, Finding, a
template's Criterion and TemplateSection) are ``NamedTuple`` classes, ~0.2 ms each to create;
the others are plain classes with ``__slots__`` whose attributes are ``Final`` (mypy rejects any
assignment after ``__init__``), ~0.02 ms each. Frozen dataclasses cost ~0.6 ms each.
"""

# No `from __future__ import annotations` in this module: typing.NamedTuple compiles every string
# annotation when the class is made, ~0.15 ms a record on every run.

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from typing import Any, Final

# The default of every mapping field of a record. One shared object, so it must never be changed:
# the fields are typed Mapping (read-only for mypy). A plain dict, because records cross process
# boundaries (--jobs) and reach json.dumps, and a MappingProxyType does neither.
EMPTY_MAPPING: Mapping[str, Any] = {}


class BlockKind(enum.Enum):
    """What a block is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    COMMENT = "comment"
    HTML = "html"
    CODE = "code"
    TABLE = "table"
    FRONT_MATTER = "front_matter"
    BREAK = "break"


class Unit(enum.Enum):
    """How locations in a document are counted."""

    LINE = "line"
    PARAGRAPH = "paragraph"


class Record:
    """A small record compared by value over its ``__slots__`` (its fields), for the matching stage's
    results: a plain class with ``__slots__`` and an ``__init__`` costs ~0.1 M instructions to
    define at start-up where a ``typing.NamedTuple`` costs ~0.7 M (it generates and compiles its
    constructor). Not a tuple: no unpacking, indexing or ordering (mypy says where one is asked)."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"


class Block(Record):
    """One block of a document, with its location and its text without markup.

    ``checked`` is None when the block carries no checkbox, else the box's state.
    ``strong`` is the bold text the block opens with (criteria are bold in the templates).
    ``level`` is the heading level for headings and the nesting depth (0 = top) for list items.
    ``code_spans`` is the text of each inline code span in the block (Markdown), as it stands in
    ``text``: what a reader of the text must tell from prose (code, or a note set as code).
    """

    __slots__ = (
        "checked",
        "code_spans",
        "comments",
        "end_line",
        "inferred",
        "kind",
        "level",
        "line",
        "links",
        "strong",
        "text",
    )

    def __init__(
        self,
        kind: BlockKind,
        line: int,
        end_line: int,
        text: str = "",
        level: int = 0,
        checked: bool | None = None,
        strong: str = "",
        links: tuple[str, ...] = (),
        comments: tuple[str, ...] = (),
        inferred: bool = False,
        code_spans: tuple[str, ...] = (),
    ) -> None:
        self.kind: Final = kind
        self.line: Final = line
        self.end_line: Final = end_line
        self.text: Final = text
        self.level: Final = level
        self.checked: Final = checked
        self.strong: Final = strong
        self.links: Final = links
        self.comments: Final = comments
        self.inferred: Final = inferred
        self.code_spans: Final = code_spans

    @property
    def is_checkbox(self) -> bool:
        """True when the block carries a checkbox, ticked or not."""
        return self.checked is not None


class SlipKind(enum.Enum):
    """A piece of Markdown that does not render as its author meant."""

    EMPTY_ITEM = "empty_item"  # a list marker with nothing after it: a blank bullet
    STRAY_BULLET = "stray_bullet"  # a lone "*" inside a paragraph: shown at the end of the line above
    LITERAL_EMPHASIS = "literal_emphasis"  # "**" or "__" (or one left over) shown as written
    UNCLOSED_EMPHASIS = (
        "unclosed_emphasis"  # one "*" or "_" that opens an italic nothing closes, or a lone "*"
    )
    LAZY_CONTINUATION = "lazy_continuation"  # an unindented line read as part of the list item above
    CODE_SPLIT_LINK = "code_split_link"  # a code span opened in a link's text and closed after its ")"
    NESTED_LINK = "nested_link"  # a link whose address is itself a link: "[text]([url](url))"
    GLUED_LINK = "glued_link"  # "the[ VEX doc](…)": the "[" against a word, a space inside the text
    BRACKETED_LINK = "bracketed_link"  # "Website: [[Site](…)]": a field's link in brackets shown as written
    MALFORMED_CHECKBOX = "malformed_checkbox"  # "[X]]", "[[ ]", "[ x]": a box that renders as text
    COLLAPSED_TABLE = "collapsed_table"  # a table's rows run together on one line: a run of pipes
    TABLE_WITHOUT_SEPARATOR = "table_without_separator"  # rows with no "| --- |" row under the first
    MISMATCHED_SEPARATOR = "mismatched_separator"  # a "| --- |" row with a cell count unlike the header's
    HEADING_MARKS_IN_LINK = "heading_marks_in_link"  # "[## Security](#security)": the marks show
    MARKER_AFTER_STRAY = "marker_after_stray"  # "[*   Item": a stray character before a bullet's marker
    DASHED_FLAG = "dashed_flag"  # "`—allow-resource-types`": a flag's "--" turned into a dash by an editor
    UNDEFINED_REFERENCE = "undefined_reference"  # "![][image1]" with no "[image1]: …" in the document
    TITLE_BELOW_HEADING = "title_below_heading"  # "## " with its title "**Metadata**" on the next line


class MarkupSlip(Record):
    """Markup the renderer shows other than as meant, found by the reader that parsed it: where
    (1-based line, 1-based column of the marker when known) and the source text around it (for a
    MISMATCHED_SEPARATOR, the header's and the separator row's cell counts: "3 2")."""

    __slots__ = ("column", "kind", "line", "text")

    def __init__(self, kind: SlipKind, line: int, column: int | None = None, text: str = "") -> None:
        self.kind: Final = kind
        self.line: Final = line
        self.column: Final = column
        self.text: Final = text


class Capabilities:
    """What the input format can carry; rules stay quiet about what a format lost.

    ``checkboxes_droppable``: the document's writer may have dropped its checkboxes (a DOCX from
    LibreOffice or Google Docs, a plain-text export), so a box seen somewhere does not mean the
    criteria kept theirs; whether they did is decided once the criteria are found
    (``LintContext.ticks_known``).

    ``line_breaks``: a single newline inside a paragraph renders as a line break, as in a GitHub
    issue body (typed in a browser, never hard-wrapped: each line is one the author meant), not as
    a space, as in a Markdown file. A paragraph is still one block; its lines are its source lines.
    """

    __slots__ = ("checkboxes", "checkboxes_droppable", "headings", "line_breaks", "links")

    def __init__(
        self,
        checkboxes: bool = True,
        links: bool = True,
        headings: bool = True,
        checkboxes_droppable: bool = False,
        line_breaks: bool = False,
    ) -> None:
        self.checkboxes: Final = checkboxes
        self.links: Final = links
        self.headings: Final = headings
        self.checkboxes_droppable: Final = checkboxes_droppable
        self.line_breaks: Final = line_breaks


# What Markdown and plain text carry: everything (the default of Document.capabilities).
FULL_CAPABILITIES = Capabilities()
# A GitHub issue body: Markdown whose single newlines are line breaks.
ISSUE_BODY_CAPABILITIES = Capabilities(line_breaks=True)


class Document:
    """A parsed input: its blocks, the raw lines findings point into, its format, and the markup
    slips its reader met."""

    __slots__ = (
        "_line_index",
        "blocks",
        "capabilities",
        "format",
        "front_matter",
        "path",
        "slips",
        "source_lines",
        "unit",
    )

    def __init__(
        self,
        path: str,
        format: str,
        blocks: tuple[Block, ...],
        source_lines: tuple[str, ...],
        unit: Unit = Unit.LINE,
        capabilities: Capabilities = FULL_CAPABILITIES,
        front_matter: Mapping[str, str] = EMPTY_MAPPING,
        slips: tuple[MarkupSlip, ...] = (),
    ) -> None:
        self.path: Final = path
        self.format: Final = format
        self.blocks: Final = blocks
        self.source_lines: Final = source_lines
        self.unit: Final = unit
        self.capabilities: Final = capabilities
        self.front_matter: Final = front_matter
        # Markup that renders other than as meant (Markdown only: other formats carry no markup).
        self.slips: Final = slips
        # The blocks' first lines and the furthest last line up to each block, made on first use
        # (block_at); None while unmade, () when the blocks do not start in line order.
        self._line_index: tuple[list[int], list[int]] | tuple[()] | None = None

    @property
    def line_count(self) -> int:
        """How many lines (or paragraphs) the input has."""
        return len(self.source_lines)

    def lines_outside(self, skipped: tuple[BlockKind, ...]) -> Iterator[tuple[int, str]]:
        """(number, raw text) of each source line held by a block not of a ``skipped`` kind, once,
        in order: what line-scanning rules (placeholders, references) read."""
        seen: set[int] = set()
        for block in self.blocks:
            if block.kind in skipped:
                continue
            for number in range(block.line, min(block.end_line, len(self.source_lines)) + 1):
                if number not in seen:
                    seen.add(number)
                    yield number, self.source_lines[number - 1]

    def next_content(self, index: int) -> int | None:
        """The index of the first block after ``index`` that is not a comment, if any."""
        for later in range(index + 1, len(self.blocks)):
            if self.blocks[later].kind is not BlockKind.COMMENT:
                return later
        return None

    def section_end(self, heading: int) -> int:
        """The index just past the section a heading opens: the next heading at its level or above
        (the end of the document when none follows)."""
        level = self.blocks[heading].level
        for later in range(heading + 1, len(self.blocks)):
            block = self.blocks[later]
            if block.kind is BlockKind.HEADING and block.level <= level:
                return later
        return len(self.blocks)

    def headings(self) -> list[Block]:
        """The heading blocks, in order."""
        return [block for block in self.blocks if block.kind is BlockKind.HEADING]

    def heading_above(self, line: int) -> int:
        """The line of the nearest heading at or above ``line`` (0 above the first heading): which
        section of the document a line is in."""
        index = self.block_at(line)
        if index is None:
            return 0
        return next(
            (self.blocks[i].line for i in range(index, -1, -1) if self.blocks[i].kind is BlockKind.HEADING),
            0,
        )

    def block_at(self, line: int) -> int | None:
        """The index of the first block holding ``line`` (None where no block does), by bisection
        over the blocks' lines (readers give blocks in line order; blocks may share a first line
        or sit inside an earlier block's lines, so the first is the first whose last line reaches
        ``line`` among those starting at or before it)."""
        if self._line_index is None:
            starts = [block.line for block in self.blocks]
            furthest: list[int] = []
            reach = 0
            for block in self.blocks:
                reach = max(reach, block.end_line)
                furthest.append(reach)
            in_order = starts == sorted(starts)
            self._line_index = (starts, furthest) if in_order else ()
        if not self._line_index:
            return next((i for i, b in enumerate(self.blocks) if b.line <= line <= b.end_line), None)
        starts, furthest = self._line_index
        index = bisect_left(furthest, line)  # the first block whose last line reaches the line
        return index if index < bisect_right(starts, line) else None

    def passage_of(self, line: int) -> tuple[str, int, int]:
        """What a reader sees as one piece of text around ``line``: ("list", first, last) for a
        run of list items with nothing between them (nested ones included), where a top-level
        checkbox or bold-led item (a criterion, ticked or with its box dropped, and the sub-items
        under it) is a piece of its own; else the kind,
        first and last line of the block holding it ("paragraph", "table", …); ("line", line,
        line) where no block holds it. Rules that find the same thing several times in one
        passage report it once."""
        blocks = self.blocks
        index = self.block_at(line)
        if index is None:
            return "line", line, line
        block = blocks[index]
        if block.kind is not BlockKind.LIST_ITEM:
            return block.kind.value, block.line, block.end_line

        def opens(item: Block) -> bool:  # a criterion starts a piece of its own
            return item.level == 0 and (item.checked is not None or bool(item.strong))

        first = last = index
        while not opens(blocks[first]) and first > 0 and blocks[first - 1].kind is BlockKind.LIST_ITEM:
            first -= 1
        while (
            last + 1 < len(blocks)
            and blocks[last + 1].kind is BlockKind.LIST_ITEM
            and not opens(blocks[last + 1])
        ):
            last += 1
        return "list", blocks[first].line, blocks[last].end_line
