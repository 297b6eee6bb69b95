"""A Markdown document written out as DOCX the way LibreOffice and Google Docs write it, with
python-docx, so that tests can hold the DOCX reader to the findings of the Markdown it came from
without LibreOffice or pandoc installed.

What each writer does, as seen in real exports (the ``*.lo.docx`` in ``../shared/examples/``):

- LibreOffice (a document opened from pandoc's HTML and saved as DOCX): task-list checkboxes are
  gone, the items stay list items; bold is the character style "Strong" (id ``StrongEmphasis``)
  and italic the style "Emphasis", and italic nested in bold keeps only "Emphasis" (the bold is
  lost); links are HYPERLINK field codes; a list item's second paragraph is a list paragraph
  whose numbering is switched off (``numId`` 0); HTML comments are dropped; a ``[x]`` typed
  outside a list stays text.
- Google Docs: a checklist is a list whose bullet is a checkbox glyph, the same for ticked and
  unticked items; a ticked item is struck through; bold and italic are direct formatting;
  links are ``w:hyperlink``; comments are dropped.
- An application pasted into a Word table: each criterion a row, its statement (a typed ☐/☒
  and the bold text) in the first cell and its evidence in the second; headings between the
  tables; formatting as Google Docs writes it. Every paragraph of a cell counts as one.

``write(markdown, writer)`` returns the DOCX bytes and, for each Markdown line that starts a
block, the paragraph number that block became (tables count one paragraph, as the reader
counts them).
"""

from __future__ import annotations

import io
import re
from typing import Any

import docx
import mistune
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

from applint.model import Block, BlockKind
from applint.readers.markdown import read_markdown

LIBREOFFICE = "libreoffice"
GOOGLE_DOCS = "google-docs"
WORD_TABLE = "word-table"
WRITERS = (LIBREOFFICE, GOOGLE_DOCS, WORD_TABLE)

_ITEM_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CHECKBOX = re.compile(r"^\s*\[( |x|X|)\]\s*")
_INLINE = mistune.create_markdown(renderer=None)
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_BARE_URL = re.compile(r"(https?://[^\s<>()\[\]]+)")


class Run:
    """A piece of inline text and how it is formatted."""

    def __init__(self, text: str, bold: bool = False, italic: bool = False, url: str = "") -> None:
        self.text = text
        self.bold = bold
        self.italic = italic
        self.url = url


def inline_runs(source: str, definitions: str = "") -> list[Run]:
    """The runs of one block's inline Markdown (its list marker and checkbox already removed);
    ``definitions`` are the document's link reference definitions ("[1]: https://…")."""
    tokens = _INLINE(f"{source}\n\n{definitions}" if definitions else source)
    runs: list[Run] = []

    def visit(items: list[dict[str, Any]], bold: bool, italic: bool, url: str) -> None:
        for token in items:
            kind = token["type"]
            if kind in ("text", "codespan"):
                text = token.get("raw", token.get("text", ""))
                for number, part in enumerate(_BARE_URL.split(text)):  # GitHub's autolinks
                    if part:
                        runs.append(Run(part, bold, italic, url or (part if number % 2 else "")))
            elif kind == "image":  # an image the writer could not fetch: no text, its link kept
                if url:
                    runs.append(Run("", bold, italic, url))
            elif kind in ("softbreak", "linebreak"):
                runs.append(Run(" ", bold, italic, url))
            elif kind == "strong":
                visit(token["children"], True, italic, url)
            elif kind == "emphasis":
                visit(token["children"], bold, True, url)
            elif kind == "link":
                visit(token["children"], bold, italic, token["attrs"]["url"])
            elif "children" in token:
                visit(token["children"], bold, italic, url)
            # inline HTML (comments) is dropped, as both writers drop it

    for block in tokens:
        visit(block.get("children", []), False, False, "")
    return runs


class _Writer:
    def __init__(self, writer: str) -> None:
        self.writer = writer
        self.document = docx.Document()
        self.numbering = self.document.part.numbering_part.element
        self.next_id = 100
        self.list_id: str | None = None  # the list the previous item belongs to
        self.checklist_id: str | None = None
        styles = self.document.styles
        strong = styles.add_style("StrongEmphasis", WD_STYLE_TYPE.CHARACTER)
        strong.font.bold = True
        self.paragraphs = 0
        self.criteria_table: Any = None  # WORD_TABLE: the table criteria rows go into, while one is open
        self.evidence: Any = None  # the open row's evidence cell
        self.evidence_used = False
        self.last = 0  # the number of the paragraph written last

    def new_list(self, glyph: str) -> str:
        number = str(self.next_id)
        self.next_id += 1
        levels = "".join(
            f'<w:lvl w:ilvl="{level}"><w:numFmt w:val="bullet"/><w:lvlText w:val="{glyph}"/></w:lvl>'
            for level in range(9)
        )
        self.numbering.append(
            parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">{levels}</w:abstractNum>')
        )
        self.numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
        )
        return number

    def paragraph(self, runs: list[Run], struck: bool = False) -> Paragraph:
        paragraph = self.new_paragraph()
        for run in runs:
            self.add_run(paragraph, run, struck)
        return paragraph

    def new_paragraph(self) -> Paragraph:
        """The next paragraph: in the body, or in the evidence cell of the open table row (whose
        first, empty paragraph was counted when the row was made)."""
        if self.evidence is None:
            self.paragraphs += 1
            paragraph = self.document.add_paragraph()
        elif not self.evidence_used:
            self.evidence_used = True
            paragraph = self.evidence.paragraphs[0]
        else:
            self.paragraphs += 1
            paragraph = self.evidence.add_paragraph()
        self.last = self.paragraphs
        return paragraph

    def criterion_row(self, block: Block, runs: list[Run]) -> None:
        """A new table row: the statement with its typed box, and an empty evidence cell."""
        if self.criteria_table is None:
            self.criteria_table = self.document.add_table(rows=0, cols=2)
        row = self.criteria_table.add_row()
        self.evidence = None
        statement = row.cells[0].paragraphs[0]
        for run in [Run("☒ " if block.checked else "☐ "), *runs]:
            self.add_run(statement, run, struck=False)
        self.paragraphs += 1
        self.last = self.paragraphs
        self.evidence = row.cells[1]
        self.evidence_used = False
        self.paragraphs += 1  # the evidence cell's first paragraph, empty until evidence comes

    def close_table(self) -> None:
        self.criteria_table = None
        self.evidence = None

    def add_run(self, paragraph: Paragraph, run: Run, struck: bool) -> None:
        if run.url and self.writer == LIBREOFFICE:
            self.field_link(paragraph, run)
            return
        element = paragraph.add_run(run.text)
        if self.writer == LIBREOFFICE:
            if run.italic:
                element.style = self.document.styles["Emphasis"]  # nested in bold, the bold is lost
            elif run.bold:
                element.style = self.document.styles["StrongEmphasis"]
        else:
            element.bold = run.bold or None
            element.italic = run.italic or None
            element.font.strike = struck or None
        if run.url:  # Google Docs: the run inside a w:hyperlink
            rel = paragraph.part.relate_to(run.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"/>')
            element._r.addprevious(link)
            link.append(element._r)

    def field_link(self, paragraph: Paragraph, run: Run) -> None:
        url = run.url.replace('"', "%22").replace("&", "&amp;").replace("<", "&lt;")
        text = run.text.replace("&", "&amp;").replace("<", "&lt;")
        style = "Emphasis" if run.italic else "StrongEmphasis" if run.bold else ""
        properties = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
        for xml in (
            '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {{ns}}><w:instrText xml:space="preserve"> HYPERLINK "{url}"</w:instrText></w:r>',
            '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {{ns}}>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>',
            '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph._p.append(parse_xml(xml.format(ns=nsdecls("w"))))

    def number(self, paragraph: Paragraph, num_id: str, level: int) -> None:
        properties = paragraph._p.get_or_add_pPr()
        properties.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        )

    def item(self, block: Block, runs: list[Run], in_list: bool, typed_box: str) -> None:
        if self.writer == WORD_TABLE and in_list and block.checked is not None and block.level == 0:
            self.criterion_row(block, runs)
            return
        if self.writer == WORD_TABLE and in_list and block.checked is not None:  # a sub-box: typed
            runs = [Run("☒ " if block.checked else "☐ "), *runs]
        checklist = block.checked is not None and self.writer == GOOGLE_DOCS and not typed_box
        if not in_list and block.checked is not None:  # "[x] text" typed outside a list stays text
            self.paragraph([Run(typed_box), *runs])
            return
        paragraph = self.paragraph(runs, struck=checklist and bool(block.checked))
        if checklist:
            self.checklist_id = self.checklist_id or self.new_list("☐")
            self.number(paragraph, self.checklist_id, block.level)
        else:
            self.list_id = self.list_id or self.new_list("")
            self.number(paragraph, self.list_id, block.level)

    def table(self, source_rows: list[str]) -> None:
        """A table from its Markdown rows (the delimiter row left out), its cells' links kept."""
        rows = [
            [cell.strip() for cell in row.strip().strip("|").split("|")]
            for row in source_rows
            if not re.fullmatch(r"[\s|:-]+", row)
        ]
        width = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                paragraph = table.cell(r, c).paragraphs[0]
                for run in inline_runs(value):
                    self.add_run(paragraph, run, struck=False)
        self.paragraphs += 1
        self.last = self.paragraphs

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def _source(block: Block, lines: list[str]) -> tuple[str, bool, str]:
    """A block's inline Markdown without its list marker and checkbox; whether it had a list
    marker; the checkbox as typed when it had none ("[x] text" outside a list)."""
    raw = "\n".join(lines[block.line - 1 : block.end_line])
    marker = _ITEM_MARKER.match(raw)
    if marker:
        raw = raw[marker.end() :]
    box = _CHECKBOX.match(raw)
    typed = ""
    if box:
        typed = "" if marker else box.group(0).strip() + " "
        raw = raw[box.end() :]
    return raw, bool(marker), typed


def write(markdown: str, writer: str) -> tuple[bytes, dict[int, int]]:
    """DOCX bytes of a Markdown document as ``writer`` writes it, and Markdown line → paragraph."""
    document = read_markdown(markdown)
    lines = markdown.splitlines()
    definitions = "\n".join(line for line in lines if _DEFINITION.match(line))
    out = _Writer(writer)
    where: dict[int, int] = {}
    for block in document.blocks:
        inside_item = block.kind is BlockKind.PARAGRAPH and lines[block.line - 1][:1] in (" ", "\t")
        if block.kind is not BlockKind.LIST_ITEM and not inside_item:
            out.list_id = out.checklist_id = None  # a list ends at the next other block
        if block.kind is BlockKind.HEADING:
            out.close_table()
            out.document.add_heading(block.text, min(block.level, 9))
            out.paragraphs += 1
            out.last = out.paragraphs
        elif block.kind is BlockKind.LIST_ITEM:
            raw, marked, typed = _source(block, lines)
            out.item(block, inline_runs(raw, definitions), marked, typed)
        elif block.kind is BlockKind.PARAGRAPH:
            raw, _, _ = _source(block, lines)
            paragraph = out.paragraph(inline_runs(raw, definitions))
            if inside_item and writer == LIBREOFFICE:
                out.number(paragraph, "0", 0)  # a list item's next paragraph: numbering off
        elif block.kind is BlockKind.TABLE and out.evidence is not None:  # in a cell: one paragraph
            rows = [
                row for row in lines[block.line - 1 : block.end_line] if not re.fullmatch(r"[\s|:-]+", row)
            ]
            out.paragraph([run for row in rows for run in [*inline_runs(row.strip().strip("|")), Run(" / ")]])
        elif block.kind is BlockKind.TABLE:
            out.table(lines[block.line - 1 : block.end_line])
        elif block.kind is BlockKind.CODE:
            out.paragraph([Run(block.text)])
        else:
            continue  # comments, HTML, front matter and rules are not written
        where[block.line] = out.last
    return out.save(), where
