"""DOCX reader: the main document part's XML is walked directly (readers.docx_package opens it).

Locations are 1-based paragraph numbers in body order; a table counts as one paragraph (its
cells' text, row by row, becomes one table block). Text is gathered from every run's ``w:t``,
so text inside hyperlinks (including pandoc's nested mailto links), content controls and
tracked insertions is kept; deleted text and field instructions are not text. Headings come
from the paragraph style (Heading 1-6, Title, styles based on them, or an outline level), else
from the template's titles (headings.infer_heading_level).

python-docx is not used here: opening a package with it parses every part and wraps every
element, which cost more than the whole lint of a typical application (see BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.model import Block, BlockKind, Capabilities, Document, Unit
from applint.readers.checkboxes import GLYPHS
from applint.readers.docx_package import NUMBERING, STYLES, DocxPackage, Element, StylesPart, W
from applint.readers.headings import infer_heading_level
from applint.readers.sources import InputError

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
TEXT_CHECKBOX = re.compile(r"^\s*\[( |x|X|)\]\s*")
FIELD_LINK = re.compile(r'HYPERLINK\s+"([^"]*)"(?:\s+\\l\s+"([^"]*)")?')
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)$", re.IGNORECASE)
_RUN_BREAKS = (f"{W}tab", f"{W}br", f"{W}cr")


def read_docx(data: bytes, path: str = "-") -> Document:
    """Parse DOCX bytes into a Document located by paragraph number."""
    with DocxPackage(data) as package:
        root = package.parse(package.main_part)
        body = root.find(f"{W}body")
        if body is None:
            raise InputError(f"damaged DOCX: {package.main_part} has no document body")
        relationships = package.relationships(package.main_part)
        styles_part = package.related(relationships, STYLES)
        numbering_part = package.related(relationships, NUMBERING)
        styles = StylesPart(package, styles_part) if styles_part else None
        bullets = _BulletGlyphs(package, numbering_part)
        walker = _Walker(_StyleLevels(styles), bullets, relationships.external)
        blocks = tuple(walker.walk(body))  # styles and bullets are read as paragraphs ask for them
    return Document(
        path=path,
        format="docx",
        blocks=blocks,
        source_lines=tuple(walker.texts),
        unit=Unit.PARAGRAPH,
        capabilities=Capabilities(checkboxes=walker.saw_checkbox, links=True, headings=True),
    )


class _Walker:
    def __init__(self, styles: _StyleLevels, bullet_glyphs: _BulletGlyphs, rels: dict[str, str]) -> None:
        self.texts: list[str] = []
        self.saw_checkbox = False
        self.styles = styles
        self.bullet_glyphs = bullet_glyphs
        self.rels = rels

    def walk(self, body: Element) -> Iterator[Block]:
        for child in body:
            if child.tag == f"{W}p":
                yield self.paragraph(child)
            elif child.tag == f"{W}tbl":
                yield self.table(child)

    def number(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts)

    def paragraph(self, element: Element) -> Block:
        text, links, strong, checked = _paragraph_content(element, self.rels)
        text = text.strip()
        match = TEXT_CHECKBOX.match(text)
        if checked is None and match:
            checked = match.group(1) in ("x", "X")
            text = text[match.end() :]
        elif text[:1] in GLYPHS:
            checked = GLYPHS[text[0]] if checked is None else checked
            text = text[1:].strip()
        if strong and strong[:1] in GLYPHS:
            strong = strong[1:].strip()
        number = self.number(text)
        properties = element.find(f"{W}pPr")
        level = self.heading_level(properties)
        if level is None and checked is None:
            level = infer_heading_level(text) if text else None
            if level is not None:
                return Block(BlockKind.HEADING, number, number, text=text, level=level, inferred=True)
        if level is not None:
            return Block(BlockKind.HEADING, number, number, text=text, level=level)
        list_level = _list_level(properties)
        if checked is None and list_level is not None:
            # Google Docs writes checklists as lists whose bullet is a checkbox glyph.
            glyph = self.bullet_glyphs.glyph(_num_id(properties), list_level)
            if glyph in GLYPHS:
                checked = GLYPHS[glyph]
        if checked is not None:
            self.saw_checkbox = True
            return Block(
                BlockKind.LIST_ITEM,
                number,
                number,
                text=text,
                level=list_level or 0,
                checked=checked,
                strong=strong,
                links=links,
            )
        if list_level is not None:
            return Block(
                BlockKind.LIST_ITEM, number, number, text=text, level=list_level, strong=strong, links=links
            )
        if text.startswith("<!--") and text.endswith("-->"):
            return Block(BlockKind.COMMENT, number, number, text=text[4:-3].strip())
        return Block(BlockKind.PARAGRAPH, number, number, text=text, strong=strong, links=links)

    def heading_level(self, properties: Element | None) -> int | None:
        if properties is None:
            return None
        style = properties.find(f"{W}pStyle")
        if style is not None:
            level = self.styles.level(style.get(f"{W}val", ""))
            if level is not None:
                return level
        outline = properties.find(f"{W}outlineLvl")
        if outline is not None:
            value = _number(outline.get(f"{W}val"), 9)
            return value + 1 if value < 6 else None
        return None

    def table(self, element: Element) -> Block:
        rows = []
        links: list[str] = []
        for row in element.iter(f"{W}tr"):
            cells = []
            for cell in row.iter(f"{W}tc"):
                parts = []
                for paragraph in cell.iter(f"{W}p"):
                    text, cell_links, _, _ = _paragraph_content(paragraph, self.rels)
                    parts.append(text.strip())
                    links.extend(cell_links)
                cells.append(" ".join(p for p in parts if p))
            rows.append(" | ".join(cells))
        text = "\n".join(rows)
        number = self.number(text.replace("\n", " / "))
        return Block(BlockKind.TABLE, number, number, text=text, links=tuple(links))


def _number(value: str | None, default: int) -> int:
    """An integer attribute; a missing or malformed one (Word writes none such) counts as ``default``."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level_of_name(name: str) -> int | None:
    """The heading level a style name (or id) says: "Heading 2", "Überschrift 2", "Title"."""
    match = HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    return 1 if name.lower() == "title" else None


class _StyleLevels:
    """Heading level (None: not a heading) of a paragraph style id, following the style's base
    chain and outline level; each id the document uses is resolved once."""

    def __init__(self, styles: StylesPart | None) -> None:
        self.styles = styles
        self.levels: dict[str, int | None] = {}

    def level(self, style_id: str) -> int | None:
        if style_id not in self.levels:
            self.levels[style_id] = self._resolve(style_id)
        return self.levels[style_id]

    def _resolve(self, style_id: str) -> int | None:
        if self.styles is None:
            return _level_of_name(style_id)  # no styles part: the id's name says
        current: str | None = style_id
        seen: set[str] = set()
        while current is not None and current not in seen:
            style = self.styles.style(current)
            if style is None:  # an undefined id: its name says; an undefined base: not a heading
                return _level_of_name(style_id) if current == style_id else None
            seen.add(current)
            name_element = style.find(f"{W}name")
            name = name_element.get(f"{W}val", "") if name_element is not None else ""
            level = _level_of_name(name)
            if level is None:
                level = _level_of_name(current)
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if level is None and outline is not None:
                number = _number(outline.get(f"{W}val"), 9)
                level = number + 1 if number < 6 else None
            if level is not None:
                return level
            based = style.find(f"{W}basedOn")
            current = based.get(f"{W}val") if based is not None else None
        return None


class _BulletGlyphs:
    """The bullet text of a list level, which marks a checklist when it is a checkbox glyph (how
    Google Docs writes checklists). Looked up as list paragraphs ask: the numbering part is parsed
    on the first question, and only the abstract definitions asked about are read (LibreOffice
    writes nine levels for each of dozens of lists)."""

    def __init__(self, package: DocxPackage, part: str | None) -> None:
        self.package = package
        self.part = part
        self.definitions: dict[str, Element] | None = None  # abstractNumId -> w:abstractNum
        self.abstract_of: dict[str, str] = {}  # numId -> abstractNumId
        self.glyphs: dict[tuple[str, int], str | None] = {}

    def glyph(self, num_id: str, level: int) -> str | None:
        key = (num_id, level)
        if key not in self.glyphs:
            self.glyphs[key] = self._find(num_id, level)
        return self.glyphs[key]

    def _find(self, num_id: str, level: int) -> str | None:
        if self.part is None:
            return None
        if self.definitions is None:
            self.definitions = {}
            data = self.package.checked(self.part)
            # No list can have a checkbox bullet when no glyph (or character reference) is written.
            if any(glyph.encode() in data for glyph in GLYPHS) or b"&#" in data:
                root = self.package.parse_checked(self.part, data)
                self.definitions = {d.get(f"{W}abstractNumId", ""): d for d in root.iter(f"{W}abstractNum")}
                for num in root.iter(f"{W}num"):
                    reference = num.find(f"{W}abstractNumId")
                    if reference is not None:
                        self.abstract_of[num.get(f"{W}numId", "")] = reference.get(f"{W}val", "")
        definition = self.definitions.get(self.abstract_of.get(num_id, ""))
        found = None
        if definition is not None:
            for level_element in definition.iter(f"{W}lvl"):
                text_element = level_element.find(f"{W}lvlText")
                if text_element is not None and _number(level_element.get(f"{W}ilvl"), 0) == level:
                    found = str(text_element.get(f"{W}val", "")).strip()
        return found


def _num_id(properties: Element | None) -> str:
    num = properties.find(f"{W}numPr/{W}numId") if properties is not None else None
    return num.get(f"{W}val", "") if num is not None else ""


def _list_level(properties: Element | None) -> int | None:
    if properties is None:
        return None
    numbering = properties.find(f"{W}numPr")
    if numbering is None:
        return None
    level = numbering.find(f"{W}ilvl")
    return _number(level.get(f"{W}val"), 0) if level is not None else 0


_CONTENT_TAGS = (f"{W}r", f"{W}hyperlink", f"{W}instrText", f"{W14}checkbox")


def _paragraph_content(
    element: Element, rels: dict[str, str]
) -> tuple[str, tuple[str, ...], str, bool | None]:
    """Text, link targets, the leading bold text and a content-control checkbox state of a paragraph."""
    parts: list[str] = []
    links: list[str] = []
    strong_parts: list[str] = []
    strong_open = True
    checked: bool | None = None
    for node in element.iter(*_CONTENT_TAGS):  # in document order; lxml filters the tags
        tag = node.tag
        if tag == f"{W}r":
            bold = strong_open and _is_bold(node)
            for child in node:  # a run's text is its direct w:t children
                if child.tag == f"{W}t":
                    value = child.text or ""
                    parts.append(value)
                    if strong_open:
                        if bold:
                            strong_parts.append(value)
                        elif value.strip() and ("".join(strong_parts).strip() or value.strip() not in GLYPHS):
                            strong_open = False
                elif child.tag in _RUN_BREAKS:
                    parts.append(" ")
        elif tag == f"{W}hyperlink":
            target = rels.get(node.get(R_ID, ""), "")
            anchor = node.get(f"{W}anchor")
            if target or anchor:
                links.append(target + (f"#{anchor}" if anchor else ""))
        elif tag == f"{W}instrText":
            field = FIELD_LINK.search(node.text or "")
            if field:
                links.append(field.group(1) + (f"#{field.group(2)}" if field.group(2) else ""))
        else:  # w14:checkbox
            state = node.find(f"{W14}checked")
            checked = state is not None and state.get(f"{W14}val", "0") in ("1", "true")
    strong = " ".join("".join(strong_parts).split())
    return "".join(parts), tuple(dict.fromkeys(links)), strong, checked


def _is_bold(run: Element) -> bool:
    properties = run.find(f"{W}rPr")
    bold = properties.find(f"{W}b") if properties is not None else None
    return bold is not None and bold.get(f"{W}val", "true") not in ("0", "false")
