"""Plain-text reader: one paragraph per line (or per blank-line block), headings inferred.

Exports from word processors lose all markup: headings become bare lines, checklists and
hyperlinks disappear. Lines are 1-based as in the file; a line that names a template section
becomes a heading; ``[ ]``/``[x]``/``☐``/``☒`` prefixes become checklist items.
"""

from __future__ import annotations

from applint.model import Block, BlockKind, Capabilities, Document, Unit
from applint.readers.checkboxes import GLYPH_CLASS, GLYPHS
from applint.readers.headings import infer_heading_level
from applint.readers.markdown import split_lines
from applint.text.precompiled import compile_pattern

CHECKBOX = compile_pattern(rf"^\s*(?:[-*•]\s+)?(\[( |x|X|)\]|{GLYPH_CLASS})\s*")
BULLET = compile_pattern(r"^\s*[-*•·]\s+")
URL = compile_pattern(r"https?://[^\s)>\]]+")
# Below this share of blank lines, each line is its own paragraph (an export); above, blocks are.
BLANK_LINE_SHARE = 0.1


def read_text(text: str, path: str = "-") -> Document:
    lines = split_lines(text.removeprefix("\ufeff"))
    blank = sum(1 for line in lines if not line.strip())
    per_line = not lines or blank / len(lines) < BLANK_LINE_SHARE
    blocks: list[Block] = []
    saw_checkbox = False
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start + 1
        if not per_line:
            while (
                end < len(lines)
                and lines[end].strip()
                and not CHECKBOX.match(lines[end])
                and not BULLET.match(lines[end])
            ):
                end += 1
        block = _block(
            " ".join(line.strip() for line in lines[start:end]), start + 1, end, _depth(lines[start])
        )
        saw_checkbox = saw_checkbox or block.is_checkbox
        blocks.append(block)
        start = end
    return Document(
        path=path,
        format="text",
        blocks=tuple(blocks),
        source_lines=tuple(lines),
        unit=Unit.LINE,
        capabilities=Capabilities(
            checkboxes=saw_checkbox, links=False, headings=False, checkboxes_droppable=True
        ),
    )


def _block(text: str, line: int, end_line: int, depth: int) -> Block:
    links = tuple(URL.findall(text))
    match = CHECKBOX.match(text)
    if match:
        glyph = match.group(2) if match.group(2) is not None else match.group(1)
        body = text[match.end() :]
        return Block(
            BlockKind.LIST_ITEM,
            line,
            end_line,
            text=body,
            checked=glyph in ("x", "X") or GLYPHS.get(glyph, False),
            links=links,
        )
    stripped = text.strip()
    if stripped.startswith("<!--") and stripped.endswith("-->"):
        return Block(BlockKind.COMMENT, line, end_line, text=stripped[4:-3].strip())
    bullet = BULLET.match(text)
    if bullet:
        return Block(BlockKind.LIST_ITEM, line, end_line, text=text[bullet.end() :], level=depth, links=links)
    level = infer_heading_level(text) if end_line == line else None
    if level is not None:
        return Block(BlockKind.HEADING, line, end_line, text=text.strip(), level=level, inferred=True)
    return Block(BlockKind.PARAGRAPH, line, end_line, text=text.strip(), links=links)


def _depth(line: str) -> int:
    """A bullet's nesting depth from its indentation: a tab or two spaces a level, as exports indent."""
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return indent.count("\t") + indent.count(" ") // 2
