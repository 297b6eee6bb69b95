"""DOCX reader: the main document part's XML is walked directly (readers.docx_package opens it).

Locations are 1-based paragraph numbers in body order; a table counts as one paragraph (its
cells' text, row by row, becomes one table block), unless it holds an application (criteria in
one column, evidence in the next: ``_Walker.states_criteria``), whose cells' paragraphs are read
and counted one by one. Checkboxes: Word content controls, ☐/☒ glyphs and typed ``[x]``, and a
Google Docs checklist (a list whose bullet is a checkbox glyph; a ticked item struck through).
Bold (a criterion's statement) is read through character styles too (LibreOffice's "Strong").
Text is gathered from every run's ``w:t``,
so text inside hyperlinks (including pandoc's nested mailto links), content controls and
tracked insertions is kept; deleted text and field instructions are not text. Headings come
from the paragraph style (Heading 1-6, Title, styles based on them, or an outline level), else
from the template's titles (headings.infer_heading_level).

python-docx is not used here: opening a package with it parses every part and wraps every
element, which cost more than the whole lint of a typical application (see BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.model import Block, BlockKind, Capabilities, Document, Unit
from applint.readers.checkboxes import GLYPHS
from applint.readers.docx_package import NUMBERING, STYLES, DocxPackage, Element, StylesPart, W
from applint.readers.docx_styles import RUN_PROPERTIES, BulletGlyphs, RunFormats, StyleLevels, int_attribute
from applint.readers.headings import infer_heading_level
from applint.readers.sources import InputError
from applint.text.precompiled import compile_pattern

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
TEXT_CHECKBOX = compile_pattern(r"^\s*\[( |x|X|)\]\s*")
FIELD_LINK = compile_pattern(r'HYPERLINK\s+"([^"]*)"(?:\s+\\l\s+"([^"]*)")?')
_RUN_BREAKS = (f"{W}tab", f"{W}br", f"{W}cr")
# Element and attribute names, made once: the walk compares every element's tag with them.
_P = f"{W}p"
_TBL = f"{W}tbl"
_TR = f"{W}tr"
_TC = f"{W}tc"
_R = f"{W}r"
_T = f"{W}t"
_PPR = f"{W}pPr"
_PSTYLE = f"{W}pStyle"
_OUTLINE_LEVEL = f"{W}outlineLvl"
_NUMBERING = f"{W}numPr"
_NUMBERING_ID = f"{W}numPr/{W}numId"
_LIST_LEVEL = f"{W}ilvl"
_VAL = f"{W}val"
_HYPERLINK = f"{W}hyperlink"
_FIELD_CODE = f"{W}instrText"
_ANCHOR = f"{W}anchor"
# A table cell opening with this many bold words states something (a criterion), as a table
# header or a name in a table of data rarely does.
STATEMENT_MIN_BOLD_WORDS = 3


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
        bullets = BulletGlyphs(package, numbering_part)
        walker = _Walker(StyleLevels(styles), RunFormats(styles), bullets, relationships.external)
        blocks = tuple(walker.walk(body))  # styles and bullets are read as paragraphs ask for them
    return Document(
        path=path,
        format="docx",
        blocks=blocks,
        source_lines=tuple(walker.texts),
        unit=Unit.PARAGRAPH,
        capabilities=Capabilities(
            checkboxes=walker.saw_checkbox, links=True, headings=True, checkboxes_droppable=True
        ),
    )


class _Walker:
    def __init__(
        self, styles: StyleLevels, run_formats: RunFormats, bullet_glyphs: BulletGlyphs, rels: dict[str, str]
    ) -> None:
        self.texts: list[str] = []
        self.saw_checkbox = False
        self.styles = styles
        self.run_formats = run_formats
        self.bullet_glyphs = bullet_glyphs
        self.rels = rels

    def walk(self, body: Element) -> Iterator[Block]:
        for child in body:
            if child.tag == _P:
                yield self.paragraph(child)
            elif child.tag == _TBL and self.states_criteria(child):
                for paragraph in child.iter(_P):  # row by row, cell by cell
                    yield self.paragraph(paragraph)
            elif child.tag == _TBL:
                yield self.table(child)

    def states_criteria(self, table: Element) -> bool:
        """Whether a table is an application pasted into one (a criterion in the first cell of
        each row, its evidence in the next) rather than a table of data: in at least half its
        rows (of two or more cells) the first cell opens with a checkbox or with three or more
        bold words. Such a table is read as its cells' paragraphs, each counted as one."""
        rows = table.findall(_TR)
        stated = 0
        for row in rows:
            cells = row.findall(_TC)
            first = cells[0].find(_P) if len(cells) >= 2 else None
            if first is None:
                continue
            text, _, strong, checked, _ = _paragraph_content(first, self.rels, self.run_formats)
            opening = text.strip()
            boxed = checked is not None or opening[:1] in GLYPHS or TEXT_CHECKBOX.match(opening) is not None
            stated += boxed or len(strong.split()) >= STATEMENT_MIN_BOLD_WORDS
        return stated > 0 and 2 * stated >= len(rows)

    def number(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts)

    def paragraph(self, element: Element) -> Block:
        text, links, strong, checked, properties = _paragraph_content(element, self.rels, self.run_formats)
        text = text.strip()
        # (stripped, the text can hold a typed box only at its first character)
        match = TEXT_CHECKBOX.match(text) if text[:1] == "[" else None
        if checked is None and match:
            checked = match.group(1) in ("x", "X")
            text = text[match.end() :]
        elif text[:1] in GLYPHS:
            checked = GLYPHS[text[0]] if checked is None else checked
            text = text[1:].strip()
        if strong and strong[:1] in GLYPHS:
            strong = strong[1:].strip()
        number = self.number(text)
        level = self.heading_level(properties) if properties is not None else None
        if level is None and checked is None:
            level = infer_heading_level(text) if text else None
            if level is not None:
                return Block(BlockKind.HEADING, number, number, text=text, level=level, inferred=True)
        if level is not None:
            return Block(BlockKind.HEADING, number, number, text=text, level=level)
        list_level = _list_level(properties) if properties is not None else None
        if checked is None and list_level is not None:
            # Google Docs writes checklists as lists whose bullet is a checkbox glyph.
            glyph = self.bullet_glyphs.glyph(_num_id(properties), list_level)
            if glyph in GLYPHS:
                checked = GLYPHS[glyph] or _all_struck(element, self.run_formats)
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
        style = properties.find(_PSTYLE)
        if style is not None:
            level = self.styles.level(style.get(_VAL, ""))
            if level is not None:
                return level
        outline = properties.find(_OUTLINE_LEVEL)
        if outline is not None:
            value = int_attribute(outline.get(_VAL), 9)
            return value + 1 if value < 6 else None
        return None

    def table(self, element: Element) -> Block:
        rows = []
        links: list[str] = []
        for row in element.iter(_TR):
            cells = []
            for cell in row.iter(_TC):
                parts = []
                for paragraph in cell.iter(_P):
                    text, cell_links, _, _, _ = _paragraph_content(paragraph, self.rels, self.run_formats)
                    parts.append(text.strip())
                    links.extend(cell_links)
                cells.append(" ".join(p for p in parts if p))
            rows.append(" | ".join(cells))
        text = "\n".join(rows)
        number = self.number(text.replace("\n", " / "))
        return Block(BlockKind.TABLE, number, number, text=text, links=tuple(links))


def _num_id(properties: Element | None) -> str:
    num = properties.find(_NUMBERING_ID) if properties is not None else None
    return num.get(_VAL, "") if num is not None else ""


def _list_level(properties: Element | None) -> int | None:
    """The list level of a paragraph; None when it is no list item, including one whose
    numbering is switched off by ``numId`` 0 (how LibreOffice writes a list item's second
    paragraph)."""
    if properties is None:
        return None
    numbering = properties.find(_NUMBERING)
    if numbering is None or _num_id(properties) == "0":
        return None
    level = numbering.find(_LIST_LEVEL)
    return int_attribute(level.get(_VAL), 0) if level is not None else 0


_CONTENT_TAGS = (_PPR, _R, _HYPERLINK, _FIELD_CODE, f"{W14}checkbox")


def _paragraph_content(
    element: Element, rels: dict[str, str], run_formats: RunFormats
) -> tuple[str, tuple[str, ...], str, bool | None, Element | None]:
    """Text, link targets, the leading bold text and a content-control checkbox state of a
    paragraph, and its properties (its first ``w:pPr`` child; None when it has none), all from
    one walk of its content."""
    parts: list[str] = []
    links: list[str] = []
    strong = _LeadingBold()
    checked: bool | None = None
    paragraph_properties = None
    for node in element.iter(*_CONTENT_TAGS):  # in document order; lxml filters the tags
        tag = node.tag
        if tag == _R and not strong.open:  # most runs: the paragraph's bold opening is already read
            for child in node:  # a run's text is its direct w:t children
                child_tag = child.tag
                if child_tag == _T:
                    parts.append(child.text or "")
                elif child_tag in _RUN_BREAKS:
                    parts.append(" ")
        elif tag == _R:
            properties = None  # the run's first w:rPr child
            values: list[str] | None = None  # the run's text, for the bold text it may go on with
            for child in node:  # a run's text is its direct w:t children
                child_tag = child.tag
                if child_tag == _T:
                    value = child.text or ""
                    parts.append(value)
                    if values is None:
                        values = [value]
                    else:
                        values.append(value)
                elif child_tag in _RUN_BREAKS:
                    parts.append(" ")
                elif child_tag == RUN_PROPERTIES and properties is None:
                    properties = child
            if values is not None:
                bold = properties is not None and run_formats.bold(properties)
                for value in values:
                    if not strong.open:
                        break
                    # Italic matters only right after bold text.
                    strong.add(
                        value, bold, not bold and bool(strong.parts) and run_formats.italic(properties)
                    )
        elif tag == _PPR:
            # A paragraph's own properties, not those of a paragraph nested in its content (a text box's).
            if paragraph_properties is None and node.getparent() is element:
                paragraph_properties = node
        elif tag == _HYPERLINK:
            target = rels.get(node.get(R_ID, ""), "")
            anchor = node.get(_ANCHOR)
            if target or anchor:
                links.append(target + (f"#{anchor}" if anchor else ""))
        elif tag == _FIELD_CODE:
            field = FIELD_LINK.search(node.text or "")
            if field:
                links.append(field.group(1) + (f"#{field.group(2)}" if field.group(2) else ""))
        else:  # w14:checkbox
            state = node.find(f"{W14}checked")
            checked = state is not None and state.get(f"{W14}val", "0") in ("1", "true")
    unique_links = tuple(dict.fromkeys(links)) if links else ()
    return "".join(parts), unique_links, strong.text(), checked, paragraph_properties


class _LeadingBold:
    """The bold text a paragraph opens with (how criteria are written), fed its text run by run,
    read as the Markdown reader reads ``**…**``: a checkbox glyph before it does not end it; a
    plain space after it does ("**BLOCKED —** **Document …**" opens with "BLOCKED —"). Italic
    text right after bold text belongs to it when bold text or the paragraph's end follows:
    Markdown's ``**Statement. *Note.***`` is bold throughout, but LibreOffice writes its inner
    part as an Emphasis-styled run that lost the bold.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.italic: list[str] = []  # italic text right after bold text, not yet known to belong
        self.open = True
        self.spaced = False  # a plain space followed the bold text

    def add(self, value: str, bold: bool, italic: bool) -> None:
        if not value.strip() and not (bold and self.parts):
            self.spaced = self.spaced or bool(self.parts)
        elif self.spaced:
            self.open = False
            self.italic.clear()
        elif bold:
            self.parts.extend(self.italic)
            self.italic.clear()
            self.parts.append(value)
        elif italic and self.parts:
            self.italic.append(value)
        elif self.parts or value.strip() not in GLYPHS:
            self.open = False
            self.italic.clear()

    def text(self) -> str:
        if not self.parts and not self.italic:
            return ""  # most paragraphs: no bold opening
        return " ".join("".join(self.parts + self.italic).split())


def _all_struck(element: Element, run_formats: RunFormats) -> bool:
    """True when every run of a paragraph that holds text is struck through (and one does): how
    Google Docs marks a ticked checklist item, whose bullet glyph stays the same when ticked."""
    seen = False
    for run in element.iter(_R):
        if any((child.text or "").strip() for child in run.iter(_T)):
            if not run_formats.struck(run):
                return False
            seen = True
    return seen
