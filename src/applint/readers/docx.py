"""DOCX reader: python-docx opens the package, the body's XML is walked directly.

Locations are 1-based paragraph numbers in body order; a table counts as one paragraph (its
cells' text, row by row, becomes one table block). Text is gathered from every ``w:t`` under a
paragraph, so text inside hyperlinks (including pandoc's nested mailto links), content controls
and tracked insertions is kept; deleted text and field instructions are not text. Headings come
from the paragraph style (Heading 1-6, Title, styles based on them, or an outline level), else
from the template's titles (headings.infer_heading_level).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from applint.headings import infer_heading_level
from applint.model import Block, BlockKind, Capabilities, Document, Unit
from applint.readers.checkboxes import GLYPHS
from applint.sources import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
TEXT_CHECKBOX = re.compile(r"^\s*\[( |x|X|)\]\s*")
FIELD_LINK = re.compile(r'HYPERLINK\s+"([^"]*)"(?:\s+\\l\s+"([^"]*)")?')
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)$", re.IGNORECASE)
# Package limits, checked on the ZIP directory before python-docx parses anything.
MAX_MEMBERS = 2000
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
# lxml needs ~20x an XML part's size in memory; real document.xml parts are well under 2 MiB.
MAX_XML_PART_BYTES = 16 * 1024 * 1024
MAX_RATIO = 200
PROLOG_BYTES = 4096


def check_package(data: bytes) -> None:
    """Reject ZIP bombs, oversized packages and XML parts that declare a DTD, before parsing."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise InputError("an old binary Word (.doc) file, not DOCX; save it as .docx") from None
        raise InputError("not a DOCX file (not a ZIP package)") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputError(f"DOCX package has {len(members)} parts (limit {MAX_MEMBERS})")
        total = sum(member.file_size for member in members)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise InputError(f"DOCX package inflates to {total} bytes (limit {MAX_UNCOMPRESSED_BYTES})")
        for member in members:
            if (
                member.compress_size
                and member.file_size / member.compress_size > MAX_RATIO
                and member.file_size > 1 << 20
            ):
                raise InputError(
                    f"DOCX part {member.filename} is compressed {member.file_size // member.compress_size}:1 (a ZIP bomb?)"
                )
            if member.filename.endswith((".xml", ".rels")):
                if member.file_size > MAX_XML_PART_BYTES:
                    raise InputError(
                        f"DOCX part {member.filename} is {member.file_size} bytes of XML (limit {MAX_XML_PART_BYTES})"
                    )
                try:
                    with archive.open(member) as part:
                        prolog = part.read(PROLOG_BYTES)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                    raise InputError(f"damaged DOCX part {member.filename}: {error}") from None
                if b"<!doctype" in prolog.lower():
                    raise InputError(f"DOCX part {member.filename} declares a DTD, which DOCX forbids")
        if "word/document.xml" not in archive.namelist():
            raise InputError("DOCX package has no word/document.xml")


def read_docx(data: bytes, path: str = "-") -> Document:
    """Parse DOCX bytes into a Document located by paragraph number."""
    check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        package = docx.Document(io.BytesIO(data))
        body = package.element.body
        walker = _Walker(package)
        blocks = list(walker.walk(body))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError) as error:
        raise InputError(f"damaged DOCX: {type(error).__name__}: {error}") from None
    source_lines = tuple(walker.texts)
    return Document(
        path=path,
        format="docx",
        blocks=tuple(blocks),
        source_lines=source_lines,
        unit=Unit.PARAGRAPH,
        capabilities=Capabilities(checkboxes=walker.saw_checkbox, links=True, headings=True),
    )


class _Walker:
    def __init__(self, package: Any) -> None:
        self.package = package
        self.texts: list[str] = []
        self.saw_checkbox = False
        self.styles = _style_levels(package)
        self.bullet_glyphs = _bullet_glyphs(package)
        self.rels = {rel_id: rel.target_ref for rel_id, rel in package.part.rels.items() if rel.is_external}

    def walk(self, body: Any) -> Iterator[Block]:
        for child in body.iterchildren():
            if child.tag == f"{W}p":
                yield self.paragraph(child)
            elif child.tag == f"{W}tbl":
                yield self.table(child)

    def number(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts)

    def paragraph(self, element: Any) -> Block:
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
            glyph = self.bullet_glyphs.get((_num_id(properties), list_level))
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

    def heading_level(self, properties: Any) -> int | None:
        if properties is None:
            return None
        style = properties.find(f"{W}pStyle")
        if style is not None:
            level = self.styles.get(style.get(f"{W}val", ""))
            if level is not None:
                return level
        outline = properties.find(f"{W}outlineLvl")
        if outline is not None:
            value = int(outline.get(f"{W}val", "9"))
            return value + 1 if value < 6 else None
        return None

    def table(self, element: Any) -> Block:
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


def _style_levels(package: Any) -> dict[str, int]:
    """Heading level by style id, following each style's base chain and outline level."""
    styles: dict[str, tuple[str, str | None, int | None]] = {}
    root = package.styles.element
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_el = style.find(f"{W}name")
        based = style.find(f"{W}basedOn")
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        styles[style_id] = (
            name_el.get(f"{W}val", "") if name_el is not None else "",
            based.get(f"{W}val") if based is not None else None,
            int(outline.get(f"{W}val", "9")) if outline is not None else None,
        )
    levels: dict[str, int] = {}
    for style_id in styles:
        current: str | None = style_id
        seen: set[str] = set()
        while current is not None and current in styles and current not in seen:
            seen.add(current)
            name, based, outline = styles[current]
            match = HEADING_STYLE.match(name) or HEADING_STYLE.match(current)
            if match:
                levels[style_id] = int(match.group(1))
                break
            if name.lower() == "title" or current == "Title":
                levels[style_id] = 1
                break
            if outline is not None and outline < 6:
                levels[style_id] = outline + 1
                break
            current = based
    return levels


def _bullet_glyphs(package: Any) -> dict[tuple[str, int], str]:
    """The bullet text of every (numId, level) in the numbering part: checkbox glyphs mark checklists."""
    try:
        numbering = package.part.part_related_by(RT_NUMBERING).element
    except KeyError:
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for definition in numbering.iterchildren(f"{W}abstractNum"):
        levels = {}
        for level in definition.iterchildren(f"{W}lvl"):
            text = level.find(f"{W}lvlText")
            if text is not None:
                levels[int(level.get(f"{W}ilvl", "0"))] = text.get(f"{W}val", "")
        abstract[definition.get(f"{W}abstractNumId", "")] = levels
    glyphs: dict[tuple[str, int], str] = {}
    for num in numbering.iterchildren(f"{W}num"):
        reference = num.find(f"{W}abstractNumId")
        if reference is None:
            continue
        for level, text in abstract.get(reference.get(f"{W}val", ""), {}).items():
            glyphs[(num.get(f"{W}numId", ""), level)] = text.strip()
    return glyphs


def _num_id(properties: Any) -> str:
    num = properties.find(f"{W}numPr/{W}numId") if properties is not None else None
    return num.get(f"{W}val", "") if num is not None else ""


def _list_level(properties: Any) -> int | None:
    if properties is None:
        return None
    numbering = properties.find(f"{W}numPr")
    if numbering is None:
        return None
    level = numbering.find(f"{W}ilvl")
    return int(level.get(f"{W}val", "0")) if level is not None else 0


def _paragraph_content(element: Any, rels: dict[str, str]) -> tuple[str, tuple[str, ...], str, bool | None]:
    """Text, link targets, the leading bold text and a content-control checkbox state of a paragraph."""
    parts: list[str] = []
    links: list[str] = []
    strong_parts: list[str] = []
    strong_open = True
    checked: bool | None = None
    for node in element.iter():
        tag = node.tag
        if tag == f"{W}t":
            value = node.text or ""
            parts.append(value)
            if strong_open:
                if _is_bold(node):
                    strong_parts.append(value)
                elif value.strip() and ("".join(strong_parts).strip() or value.strip() not in GLYPHS):
                    strong_open = False
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
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
        elif tag == f"{W14}checkbox":
            state = node.find(f"{W14}checked")
            checked = state is not None and state.get(f"{W14}val", "0") in ("1", "true")
    strong = " ".join("".join(strong_parts).split())
    return "".join(parts), tuple(dict.fromkeys(links)), strong, checked


def _is_bold(text_node: Any) -> bool:
    run = text_node.getparent()
    if run is None or run.tag != f"{W}r":
        return False
    bold = run.find(f"{W}rPr/{W}b")
    return bold is not None and bold.get(f"{W}val", "true") not in ("0", "false")
