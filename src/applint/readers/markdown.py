"""Markdown reader: mistune 3 block tokens turned into model blocks with exact source lines.

mistune gives no source positions (lepture/mistune#218), so every block is located by a
forward-only search of the source lines for the block's first line of raw text, starting where
the previous block ended. Searching forward only means repeated text maps to the right copy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from applint.model import (
    FULL_CAPABILITIES,
    ISSUE_BODY_CAPABILITIES,
    Block,
    BlockKind,
    Document,
    MarkupSlip,
    SlipKind,
    Unit,
)
from applint.readers.markdown_slips import (
    MALFORMED_BOX,
    dashed_flags,
    find_empty_item_line,
    heading_marks_in_links,
    lazy_continuations,
    link_slips,
    literal_emphasis,
    lone_markers,
    may_hold_link_slip,
    may_hold_literal_emphasis,
    unclosed_opening,
)
from applint.text.normalize import collapse_spaces
from applint.text.precompiled import cached_pattern, compile_pattern, seed_parser_patterns

Token = dict[str, Any]

# A checkbox at the start of a list item or a bare line: "[ ]", "[x]", "[X]" and the malformed "[]".
CHECKBOX = compile_pattern(r"^\s*\[( |x|X|)\](?=\s|$)[ \t]*")
# How far ahead the search for a block's first line may look before giving up on it.
SEARCH_WINDOW = 5000
_FRONT_MATTER_MAX_LINES = 200
BARE_URL = compile_pattern(r"https?://[^\s<>()\[\]]+")

_markdown_parser: Any = None


def _parser() -> Any:
    """The shared mistune instance (created once: plugin set-up is not free)."""
    global _markdown_parser
    if _markdown_parser is None:
        seed_parser_patterns()  # mistune's own patterns from their stored code, before it imports
        import mistune

        _markdown_parser = mistune.create_markdown(renderer=None, plugins=["table"])
    return _markdown_parser


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF (as editors count lines); no empty last line for a final newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_markdown(text: str, path: str = "-", issue_body: bool = False) -> Document:
    """Parse Markdown text into a Document whose blocks carry 1-based source lines.

    ``issue_body``: the text is a GitHub issue body, so single newlines are line breaks
    (``Document.capabilities.line_breaks``); the blocks are the same."""
    lines = split_lines(text.removeprefix("\ufeff"))
    front_matter_end, front_matter = _front_matter(lines)
    blocks: list[Block] = []
    if front_matter_end:
        blocks.append(
            Block(
                BlockKind.FRONT_MATTER, 1, front_matter_end, text="\n".join(lines[1 : front_matter_end - 1])
            )
        )
    body_lines = [""] * front_matter_end + lines[front_matter_end:]
    md = _parser()
    state = md.block.state_cls()
    state.process("\n".join(body_lines) + "\n")
    md.block.parse(state)
    builder = _BlockBuilder(body_lines, md, state.env)
    builder.cursor = front_matter_end
    blocks.extend(builder.walk(state.tokens, depth=0))
    return Document(
        path=path,
        format="markdown",
        blocks=tuple(blocks),
        source_lines=tuple(lines),
        unit=Unit.LINE,
        capabilities=ISSUE_BODY_CAPABILITIES if issue_body else FULL_CAPABILITIES,
        front_matter=front_matter,
        slips=tuple(builder.slips),
    )


def _front_matter(lines: Sequence[str]) -> tuple[int, dict[str, str]]:
    """The line count of a leading YAML front matter block (0 if none) and its top-level keys."""
    if not lines or lines[0].strip() != "---":
        return 0, {}
    for index in range(1, min(len(lines), _FRONT_MATTER_MAX_LINES)):
        if lines[index].strip() in ("---", "..."):
            body = lines[1:index]
            if not any(":" in line for line in body):
                return 0, {}
            keys: dict[str, str] = {}
            for line in body:
                if line[:1].isalpha() and ":" in line:
                    key, _, value = line.partition(":")
                    keys[key.strip()] = value.strip().strip("\"'")
                elif line.lstrip().startswith("- ") and keys:
                    last = next(reversed(keys))
                    keys[last] = (keys[last] + " " + line.strip()[2:]).strip()
            return index + 1, keys
    return 0, {}


class _BlockBuilder:
    """Walks mistune tokens in document order, locating each block in the source lines."""

    def __init__(self, lines: list[str], md: Any, env: Any) -> None:
        self.lines = lines
        self.md = md
        self.env = env
        self.cursor = 0  # 0-based index of the first line not yet consumed
        self.slips: list[MarkupSlip] = []  # markup that renders other than as meant, in order

    def locate(self, needle: str) -> int:
        """0-based index of the first line at or after the cursor that holds the needle."""
        needle = needle.strip()
        last = len(self.lines) - 1
        start = min(self.cursor, max(last, 0))
        if not needle or not self.lines:
            return start
        stop = min(len(self.lines), start + SEARCH_WINDOW)
        for index in range(start, stop):
            if needle in self.lines[index]:
                return index
        folded = collapse_spaces(needle)
        for index in range(start, stop):
            if folded in collapse_spaces(self.lines[index]):
                return index
        return start

    def consume(self, index: int, line_count: int) -> tuple[int, int]:
        """Mark lines index..index+line_count-1 consumed; return their 1-based start and end."""
        line_count = max(line_count, 1)
        end = max(min(index + line_count, len(self.lines)), index + 1)  # never past the last line
        self.cursor = max(self.cursor, end)
        return index + 1, end

    def walk(self, tokens: list[Token], depth: int) -> Iterator[Block]:
        titled_below: int | None = None  # a heading's index whose title is the bold line under it
        for position, token in enumerate(tokens):
            kind = token["type"]
            if kind == "blank_line" or position == titled_below:
                continue
            if kind == "heading":
                title = _title_below(token, tokens[position + 1] if position + 1 < len(tokens) else None)
                if title is not None:
                    titled_below = position + 1
                    yield self.heading_titled_below(token, title)
                    continue
                yield self.heading(token)
            elif kind in ("paragraph", "block_text"):
                yield from self.paragraph(token["text"])
            elif kind == "list":
                for item in token.get("children", ()):
                    yield from self.list_item(item, depth)
            elif kind == "block_quote":
                yield from self.walk(token.get("children", []), depth)
            elif kind == "block_html":
                yield self.html(token["raw"])
            elif kind == "block_code":
                yield self.code(token)
            elif kind == "table":
                yield self.table(token)
            elif kind == "thematic_break":
                index = self.locate_break()
                start, end = self.consume(index, 1)
                yield Block(BlockKind.BREAK, start, end)
            elif "children" in token:
                yield from self.walk(token["children"], depth)

    def heading(self, token: Token) -> Block:
        raw = token["text"]
        # A heading with no words ("####" alone) is found by its marks, not at the blank line before it.
        index = self.locate(raw.split("\n", 1)[0] or "#")
        extra = 1 if token.get("style") == "setext" else 0
        start, end = self.consume(index, raw.count("\n") + 1 + extra)
        inline = self.inline(raw.strip(), start, end)
        return Block(
            BlockKind.HEADING,
            start,
            end,
            text=inline.text,
            level=int(token["attrs"]["level"]),
            links=inline.links,
            comments=inline.comments,
            code_spans=inline.code_spans,
        )

    def heading_titled_below(self, token: Token, title: str) -> Block:
        """A heading with no words whose title is the bold line right under it ("## " then
        "**Metadata**", as Google Docs exports write them): one heading of that title over both
        lines, and the slip recorded (GitHub shows an empty heading and a bold line)."""
        index = self.locate("#")
        start, _ = self.consume(index, 1)
        below = self.locate(title)
        _, end = self.consume(below, 1)
        inline = self.inline(title, end, end)
        self.slips.append(MarkupSlip(SlipKind.TITLE_BELOW_HEADING, start, None, inline.text))
        return Block(BlockKind.HEADING, start, end, text=inline.text, level=int(token["attrs"]["level"]))

    def paragraph(self, raw: str) -> Iterator[Block]:
        """A paragraph, or one checklist item per line group when its lines open with "[ ]"."""
        raw_lines = raw.rstrip("\n").split("\n")
        first = next((line for line in raw_lines if line.strip()), "")
        index = self.locate(first)
        groups: list[list[str]] = []
        if CHECKBOX.match(raw_lines[0]):
            for line in raw_lines:
                if CHECKBOX.match(line) or not groups:
                    groups.append([line])
                else:
                    groups[-1].append(line)
        else:
            groups.append(raw_lines)
        for group in groups:
            start, end = self.consume(index, len(group))
            index = end
            yield self.text_block(BlockKind.PARAGRAPH, "\n".join(group), start, end, level=0)

    def text_block(self, kind: BlockKind, raw: str, start: int, end: int, level: int) -> Block:
        checked: bool | None = None
        if raw[:1] == "[" and (box := MALFORMED_BOX.match(raw)) is not None:
            column = self.lines[start - 1].find(box.group(1))
            self.slips.append(
                MarkupSlip(
                    SlipKind.MALFORMED_CHECKBOX, start, column + 1 if column >= 0 else None, box.group(1)
                )
            )
        match = CHECKBOX.match(raw)
        if match:
            checked = match.group(1) in ("x", "X")
            raw = raw[match.end() :]
            kind = BlockKind.LIST_ITEM
        raw_lines = raw.split("\n")
        self.slips.extend(lone_markers(raw_lines, start))
        if "|" in raw and (raw[:1] == "|" or "\n|" in raw or "\n |" in raw):  # pipe rows left as text: rare
            from applint.readers.markdown_tables import unrendered_table  # imported only then

            table = unrendered_table(raw_lines, start, self.lines[start - 2] if start > 1 else "")
            if table is not None:
                self.slips.append(table)
        inline = self.inline(raw.strip(), start, end)
        return Block(
            kind,
            start,
            end,
            text=inline.text,
            level=level,
            checked=checked,
            strong=inline.strong,
            links=inline.links,
            comments=inline.comments,
            code_spans=inline.code_spans,
        )

    def inline(self, raw: str, start: int, end: int) -> InlineText:
        """The block's inline text, noting an emphasis marker it shows as written."""
        tokens = self.md.inline(raw, self.env)
        slip = literal_emphasis(tokens, self.lines, start, end) if may_hold_literal_emphasis(raw) else None
        if slip is None and raw[:1] in ("_", "*"):
            slip = unclosed_opening(tokens, raw, self.lines, start)
        if slip is not None:
            self.slips.append(slip)
        if may_hold_link_slip(raw):
            self.slips.extend(link_slips(tokens, self.lines, start, end))
        if "[#" in raw:  # a link whose text may open with heading marks ("[## Security](…)")
            self.slips.extend(heading_marks_in_links(tokens, self.lines, start, end))
        if "`\u2014" in raw or "`\u2013" in raw:  # a code span opening with a dash ("`—allow-…`")
            self.slips.extend(dashed_flags(tokens, self.lines, start, end))
        if "][" in raw:  # a reference-style link or image ("![][image1]"): rare
            from applint.readers.markdown_references import undefined_references  # imported only then

            self.slips.extend(undefined_references(tokens, self.lines, start, end))
        return flatten_inline(tokens)

    def list_item(self, item: Token, depth: int) -> Iterator[Block]:
        children = [child for child in item.get("children", []) if child["type"] != "blank_line"]
        if children and children[0]["type"] in ("block_text", "paragraph"):
            raw = children[0]["text"].rstrip("\n")
            raw_lines = raw.split("\n")
            index = self.locate(next((line for line in raw_lines if line.strip()), ""))
            start, end = self.consume(index, len(raw_lines))
            if end > start:
                self.slips.extend(lazy_continuations(self.lines, start, end))
            yield self.text_block(BlockKind.LIST_ITEM, raw, start, end, level=depth)
            children = children[1:]
        elif not children and (empty := find_empty_item_line(self.lines, self.cursor)) is not None:
            # A bullet with nothing after it: its own line, shown as an empty item.
            start, end = self.consume(empty, 1)
            self.slips.append(MarkupSlip(SlipKind.EMPTY_ITEM, start, None, self.lines[empty].strip()))
            yield Block(BlockKind.LIST_ITEM, start, end, level=depth)
        else:
            # No text of its own ("* - [ ] x"): the item starts where its first child does, on the
            # same line, so nothing is consumed here.
            line = self.locate("") + 1
            yield Block(BlockKind.LIST_ITEM, line, line, level=depth)
        for child in children:
            if child["type"] == "list":
                for sub in child.get("children", ()):
                    yield from self.list_item(sub, depth + 1)
            else:
                yield from self.walk([child], depth + 1)

    def html(self, raw: str) -> Block:
        raw_lines = raw.rstrip("\n").split("\n")
        index = self.locate(raw_lines[0])
        start, end = self.consume(index, len(raw_lines))
        stripped = raw.strip()
        if stripped.startswith("<!--"):
            body = stripped.removeprefix("<!--")
            body = body.split("-->", 1)[0] if "-->" in body else body
            return Block(BlockKind.COMMENT, start, end, text=collapse_spaces(body))
        return Block(
            BlockKind.HTML, start, end, text=collapse_spaces(cached_pattern(r"<[^>]*>").sub(" ", stripped))
        )

    def code(self, token: Token) -> Block:
        raw = token.get("raw", "")
        raw_lines = raw.rstrip("\n").split("\n") if raw.strip("\n") else []
        if token.get("style") == "fenced":
            marker = token.get("marker", "```")
            index = self.locate_fence(marker)
            closing = index + 1 + len(raw_lines)
            has_close = closing < len(self.lines) and self.lines[closing].lstrip(" >").startswith(marker)
            start, end = self.consume(index, 1 + len(raw_lines) + (1 if has_close else 0))
        else:
            index = self.locate(next((line for line in raw_lines if line.strip()), ""))
            start, end = self.consume(index, len(raw_lines))
        return Block(BlockKind.CODE, start, end, text=raw)

    def locate_fence(self, marker: str) -> int:
        for index in range(self.cursor, min(len(self.lines), self.cursor + SEARCH_WINDOW)):
            if self.lines[index].lstrip(" >\t").startswith(marker):
                return index
        return min(self.cursor, max(len(self.lines) - 1, 0))

    def locate_break(self) -> int:
        for index in range(self.cursor, min(len(self.lines), self.cursor + SEARCH_WINDOW)):
            if cached_pattern(r"[ >]*([-*_])\s*(\1\s*){2,}").fullmatch(self.lines[index]):
                return index
        return min(self.cursor, max(len(self.lines) - 1, 0))

    def table(self, token: Token) -> Block:
        rows: list[list[str]] = []
        links: list[str] = []
        comments: list[str] = []  # "| Languages | <!-- TODO --> Go |": a note in a cell
        code_spans: list[str] = []
        for part in token.get("children", []):
            row_tokens = [part] if part["type"] == "table_head" else part.get("children", [])
            for row in row_tokens:
                cells = []
                for cell in row.get("children", []):
                    inline = flatten_inline(self.md.inline(cell.get("text", "").strip(), self.env))
                    cells.append(inline.text)
                    links.extend(inline.links)
                    comments.extend(inline.comments)
                    code_spans.extend(inline.code_spans)
                rows.append(cells)
        first_cell = next((cell for cell in rows[0] if cell), "|") if rows else "|"
        index = self.locate(
            first_cell if first_cell in self.lines[min(self.cursor, len(self.lines) - 1)] else "|"
        )
        start, end = self.consume(index, len(rows) + 1)
        text = "\n".join(" | ".join(cells) for cells in rows)
        return Block(
            BlockKind.TABLE,
            start,
            end,
            text=text,
            links=tuple(links),
            comments=tuple(comments),
            code_spans=tuple(code_spans),
        )


class InlineText:
    """Plain text of inline tokens, the bold text they open with, their links, comments and code
    spans."""

    __slots__ = ("code_spans", "comments", "links", "strong", "text")

    def __init__(
        self,
        text: str,
        strong: str,
        links: tuple[str, ...],
        comments: tuple[str, ...],
        code_spans: tuple[str, ...] = (),
    ) -> None:
        self.text = text
        self.strong = strong
        self.links = links
        self.comments = comments
        self.code_spans = code_spans


def flatten_inline(tokens: list[Token]) -> InlineText:
    """Reduce mistune inline tokens to plain text, keeping link targets and HTML comments."""
    parts: list[str] = []
    links: list[str] = []
    comments: list[str] = []
    code_spans: list[str] = []
    strong = ""

    def visit(items: list[Token]) -> None:
        for item in items:
            kind = item["type"]
            if kind == "codespan":
                raw = item.get("raw", "")
                parts.append(raw)
                code_spans.append(collapse_spaces(raw))
            elif kind == "text":
                raw = item.get("raw", "")
                parts.append(raw)
                if "://" in raw:  # a bare URL: GitHub links it, so it counts as a link
                    links.extend(match.rstrip(".,;:") for match in BARE_URL.findall(raw))
            elif kind in ("softbreak", "linebreak"):
                parts.append(" ")
            elif kind == "inline_html":
                raw = item.get("raw", "")
                if raw.startswith("<!--"):
                    comments.append(collapse_spaces(raw[4:].removesuffix("-->")))
            else:
                if kind in ("link", "image"):
                    url = item.get("attrs", {}).get("url", "")
                    links.append(url)
                visit(item.get("children", []))

    seen_text = False  # whether visible text came before the current token (kept O(1) per token)
    for item in tokens:
        first_part = len(parts)
        visit([item])
        if item["type"] == "strong" and not seen_text and not strong:
            strong = collapse_spaces("".join(parts[first_part:]))
        seen_text = seen_text or any(part.strip() for part in parts[first_part:])
    return InlineText(
        collapse_spaces("".join(parts)), strong, tuple(links), tuple(comments), tuple(code_spans)
    )


def _title_below(heading: Token, following: Token | None) -> str | None:
    """The bold line that titles a heading with no words, when the very next token is a paragraph
    of that one bold line ("## " then "**Metadata**" with no blank line between)."""
    if heading["text"].strip() or following is None or following["type"] != "paragraph":
        return None
    text = following["text"].strip()
    if "\n" in text or not (text.startswith("**") and text.endswith("**")) or len(text) <= 4:
        return None
    inner = text[2:-2].strip()
    return inner if inner and "**" not in inner else None
