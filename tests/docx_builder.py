"""Build small DOCX files in code: headings, bold criteria, checkboxes, tables, hyperlinks.

Used by the DOCX reader tests and by ``python -m tests.docx_builder`` to regenerate the
committed fixtures in ``fixtures/docx/``.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


class DocxBuilder:
    """A thin writer over python-docx for the shapes real applications have."""

    def __init__(self) -> None:
        self.document = docx.Document()

    def heading(self, text: str, level: int) -> DocxBuilder:
        self.document.add_heading(text, level)
        return self

    def styled_heading(self, text: str, style_name: str, based_on_level: int) -> DocxBuilder:
        """A heading in a custom style (a localised name) based on a built-in heading style."""
        styles = self.document.styles
        if style_name not in [s.name for s in styles]:
            style = styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[f"Heading {based_on_level}"]
        self.document.add_paragraph(text, style=style_name)
        return self

    def paragraph(self, text: str) -> DocxBuilder:
        self.document.add_paragraph(text)
        return self

    def criterion(
        self, text: str, checked: bool | None, evidence: str | None = None, glyph: bool = True
    ) -> DocxBuilder:
        """A bold criterion statement with a leading checkbox glyph (as pandoc writes task lists)."""
        paragraph = self.document.add_paragraph()
        if checked is not None and glyph:
            paragraph.add_run("☒ " if checked else "☐ ")
        paragraph.add_run(text).bold = True
        if evidence:
            self.document.add_paragraph(evidence)
        return self

    def content_control_criterion(self, text: str, checked: bool) -> DocxBuilder:
        """A criterion whose box is a Word content-control checkbox (w14:checkbox)."""
        paragraph = self.document.add_paragraph()
        value = "1" if checked else "0"
        glyph = "☒" if checked else "☐"
        sdt = parse_xml(
            f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{value}"/>'
            f"</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
        )
        paragraph._p.append(sdt)
        paragraph.add_run(" ")
        paragraph.add_run(text).bold = True
        return self

    def hyperlink(self, before: str, link_text: str, url: str) -> DocxBuilder:
        paragraph = self.document.add_paragraph(before)
        _append_hyperlink(paragraph, link_text, url)
        return self

    def field_link(self, link_text: str, url: str, fragment: str) -> DocxBuilder:
        """A link written as a HYPERLINK field code with a \\l fragment, as LibreOffice does."""
        paragraph = self.document.add_paragraph()
        for xml in (
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> HYPERLINK "{url}" \\l "{fragment}" </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {nsdecls('w')}><w:t>{link_text}</w:t></w:r>",
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph._p.append(parse_xml(xml))
        return self

    def nested_mailto(self, before: str, address: str) -> DocxBuilder:
        """pandoc's shape: a hyperlink nested inside a mailto hyperlink."""
        paragraph = self.document.add_paragraph(before)
        outer = _append_hyperlink(paragraph, "", f"mailto:{address}")
        inner_id = paragraph.part.relate_to(
            f"mailto:{address}", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
        )
        outer.append(
            parse_xml(
                f'<w:hyperlink {nsdecls("w", "r")} r:id="{inner_id}"><w:r><w:t>{address}</w:t></w:r></w:hyperlink>'
            )
        )
        return self

    def table(self, rows: list[list[str]]) -> DocxBuilder:
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        return self

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.to_bytes())
        return path


def _append_hyperlink(paragraph: Paragraph, text: str, url: str):  # type: ignore[no-untyped-def]
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    runs = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    element = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}">{runs}</w:hyperlink>')
    paragraph._p.append(element)
    return element


def sample_application() -> DocxBuilder:
    """A short incubation application touching every shape the reader handles."""
    builder = DocxBuilder()
    builder.heading("Examplo Incubation Application", 1)
    builder.paragraph("v1.6")
    builder.nested_mailto("Project points of contacts: Ada Example, ", "ada@examplo.io")
    builder.heading("Incubation Criteria Summary for Examplo", 2)
    builder.heading("Application Level Assertion", 3)
    builder.content_control_criterion(
        "This project is currently Sandbox, accepted on 20230115, and applying to Incubation.", True
    )
    builder.styled_heading("Governance and Maintainers", "Überschrift 2", 2)
    builder.paragraph("Required")  # an unstyled heading, inferred from the template's titles
    builder.criterion("Clear and discoverable project governance documentation.", True)
    builder.hyperlink(
        "Our ", "governance document", "https://github.com/examplo/community/blob/main/GOVERNANCE.md"
    )
    builder.criterion(
        "Document complete list of current maintainers, including names, contact information, domain of responsibility, and affiliation.",
        False,
    )
    builder.field_link(
        "maintainers file", "https://github.com/examplo/community/blob/main/MAINTAINERS.md", "current"
    )
    builder.table([["Maintainer", "Company"], ["Ada Example", "$COMPANY"]])
    builder.paragraph("Adopter 1 - $COMPANY/$INDUSTRY")
    return builder


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "fixtures" / "docx"
    target.mkdir(parents=True, exist_ok=True)
    print(sample_application().save(target / "sample-incubation.docx"))
