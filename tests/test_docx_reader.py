"""The DOCX reader on documents built in code, on the committed fixture, and on damaged packages."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from applint.engine import lint_path
from applint.model import BlockKind, Unit
from applint.readers.docx import read_docx
from applint.readers.sources import InputError
from tests.conftest import EXAMPLES, FIXTURES, shared_files
from tests.docx_builder import DocxBuilder, sample_application


def test_sample_application_blocks() -> None:
    document = read_docx(sample_application().to_bytes(), "sample.docx")
    assert document.unit is Unit.PARAGRAPH and document.capabilities.checkboxes
    got = [(b.line, b.kind, b.level, b.checked) for b in document.blocks]
    assert got == [
        (1, BlockKind.HEADING, 1, None),
        (2, BlockKind.PARAGRAPH, 0, None),
        (3, BlockKind.PARAGRAPH, 0, None),
        (4, BlockKind.HEADING, 2, None),
        (5, BlockKind.HEADING, 3, None),
        (6, BlockKind.LIST_ITEM, 0, True),  # content-control checkbox
        (7, BlockKind.HEADING, 2, None),  # custom style based on Heading 2
        (8, BlockKind.HEADING, 3, None),  # unstyled "Required", inferred
        (9, BlockKind.LIST_ITEM, 0, True),  # ☒ glyph
        (10, BlockKind.PARAGRAPH, 0, None),
        (11, BlockKind.LIST_ITEM, 0, False),  # ☐ glyph
        (12, BlockKind.PARAGRAPH, 0, None),
        (13, BlockKind.TABLE, 0, None),
        (14, BlockKind.HEADING, 5, None),  # "Adopter 1 - …", inferred
    ]
    blocks = document.blocks
    assert blocks[2].text == "Project points of contacts: Ada Example, ada@examplo.io"  # nested mailto kept
    assert blocks[2].links == ("mailto:ada@examplo.io",)
    assert blocks[8].strong == "Clear and discoverable project governance documentation."
    assert blocks[9].links == ("https://github.com/examplo/community/blob/main/GOVERNANCE.md",)
    assert blocks[11].links == (
        "https://github.com/examplo/community/blob/main/MAINTAINERS.md#current",
    )  # field code
    assert blocks[12].text == "Maintainer | Company\nAda Example | $COMPANY"
    assert document.blocks[5].inferred is False and document.blocks[7].inferred is True


def test_committed_fixture_findings_by_paragraph() -> None:
    report = lint_path(str(FIXTURES / "docx" / "sample-incubation.docx"))
    assert report.unit == "paragraph"
    placeholders = [
        (f.paragraph, f.column, f.details["placeholder"]) for f in report.findings if f.rule == "placeholder"
    ]
    assert placeholders == [(13, 38, "$COMPANY"), (14, 13, "$COMPANY/$INDUSTRY")]
    unchecked = [(f.paragraph, f.severity.label) for f in report.findings if f.rule == "unchecked-criterion"]
    assert unchecked == [(11, "warning")]
    assert all(f.line is None for f in report.findings)


def test_unstyled_paragraphs_are_not_promoted_unless_they_name_a_template_section() -> None:
    data = (
        DocxBuilder()
        .paragraph("Security")
        .paragraph("Security is important to us and we take it seriously.")
        .paragraph("Our roadmap")
        .to_bytes()
    )
    kinds = [(b.kind, b.text) for b in read_docx(data).blocks]
    assert kinds == [
        (BlockKind.HEADING, "Security"),
        (BlockKind.PARAGRAPH, "Security is important to us and we take it seriously."),
        (BlockKind.PARAGRAPH, "Our roadmap"),
    ]


def test_text_checkboxes_in_paragraphs() -> None:
    data = DocxBuilder().paragraph("[x] done thing").paragraph("[ ] open thing").to_bytes()
    assert [(b.checked, b.text) for b in read_docx(data).blocks] == [
        (True, "done thing"),
        (False, "open thing"),
    ]


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"hello, not a zip", "not a DOCX file (not a ZIP package)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old binary Word (.doc)"),
        (_zip({"[Content_Types].xml": b"<Types/>"}), "no word/document.xml"),
        (
            _zip({"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'}),
            "declares a DTD",
        ),
        (_zip({"word/document.xml": b"<x>" + b" " * (150 * 1024 * 1024) + b"</x>"}), "inflates to"),
    ],
    ids=["not-zip", "ole-doc", "no-document-xml", "dtd", "zip-bomb"],
)
def test_damaged_packages_are_input_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        read_docx(data, "bad.docx")


def test_truncated_docx_is_a_parse_error(tmp_path: Path) -> None:
    data = sample_application().to_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    report = lint_path(str(path))
    assert report.input_error
    (finding,) = report.findings
    assert finding.rule == "parse-error" and str(path) in finding.message


def test_checklist_bullets_from_numbering_glyphs() -> None:
    """Google Docs writes checklists as numbered lists whose bullet text is a checkbox glyph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    builder = DocxBuilder()
    numbering = builder.document.part.numbering_part.element
    for abstract_id, glyph in (("90", "☐"), ("91", "☑")):
        numbering.append(
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:lvl w:ilvl="0">'
                f'<w:numFmt w:val="bullet"/><w:lvlText w:val="{glyph}"/></w:lvl></w:abstractNum>'
            )
        )
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{abstract_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
    for num_id, text in (("90", "open item"), ("91", "done item")):
        paragraph = builder.document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
    blocks = read_docx(builder.to_bytes()).blocks
    assert [(b.kind, b.checked, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, False, "open item"),
        (BlockKind.LIST_ITEM, True, "done item"),
    ]


W_NS_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = f'xmlns:w="{W_NS_URI}"'
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _package(document_xml: str, main_part: str = "word/document.xml", content_type: str = WORD_MAIN) -> bytes:
    """A minimal package whose relationships name ``main_part`` as the main document."""
    return _zip(
        {
            "[Content_Types].xml": (
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                f'<Override PartName="/{main_part}" ContentType="{content_type}"/></Types>'
            ).encode(),
            "_rels/.rels": (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships/officeDocument" Target="{main_part}"/></Relationships>'
            ).encode(),
            main_part: f"<w:document {W_NS}><w:body>{document_xml}</w:body></w:document>".encode(),
        }
    )


def test_main_part_is_found_through_the_package_relationships() -> None:
    data = _package("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>", main_part="word/document2.xml")
    assert [(b.kind, b.text) for b in read_docx(data).blocks] == [(BlockKind.PARAGRAPH, "Hello")]


def test_a_package_whose_main_part_is_not_word_is_rejected() -> None:
    spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    with pytest.raises(InputError, match=r"not a Word document: its main part is .*spreadsheetml"):
        read_docx(_package("<w:p/>", content_type=spreadsheet))


def test_dtd_after_a_long_comment_is_still_rejected() -> None:
    """A DOCTYPE may follow any number of comments: the whole part is checked, not its first bytes."""
    document = (
        b'<?xml version="1.0"?><!-- ' + b"x" * 10_000 + b' --><!DOCTYPE d [<!ENTITY a "aaaa">]>'
        b"<w:document "
        + W_NS.encode()
        + b"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(InputError, match=r"word/document\.xml declares a DTD"):
        read_docx(_zip({"word/document.xml": document}))


def test_malformed_numbers_in_attributes_do_not_stop_the_reader() -> None:
    data = _package(
        '<w:p><w:pPr><w:outlineLvl w:val="one"/></w:pPr><w:r><w:t>Outline?</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>An item</w:t></w:r></w:p>"
    )
    blocks = read_docx(data).blocks
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, 0, "Outline?"),
        (BlockKind.LIST_ITEM, 0, "An item"),
    ]


def test_not_well_formed_xml_is_a_damaged_part() -> None:
    with pytest.raises(InputError, match=r"damaged DOCX part word/document\.xml: not well-formed XML"):
        read_docx(_package("<w:p><w:r><w:t>open</w:p>"))


def test_heading_style_without_a_styles_part_is_still_a_heading() -> None:
    """Without a styles part (python-docx supplied its defaults), the style id itself is read."""
    data = _package('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Governance</w:t></w:r></w:p>')
    assert [(b.kind, b.level) for b in read_docx(data).blocks] == [(BlockKind.HEADING, 2)]


def _docx_at_hand() -> list[tuple[str, bytes]]:
    found = [
        ("docx_builder sample (python-docx's default styles)", sample_application().to_bytes()),
        ("fixtures/docx/sample-incubation.docx", (FIXTURES / "docx" / "sample-incubation.docx").read_bytes()),
    ]
    found += [(path.name, path.read_bytes()) for path in shared_files(EXAMPLES, "*.docx")]
    return found


@pytest.mark.parametrize(
    ("name", "data"), _docx_at_hand(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_styles_cut_out_of_the_part_equal_the_whole_part_parsed(name: str, data: bytes) -> None:
    """StylesPart reads a style by cutting it out of the part's bytes; the answer must be the one
    a parse of the whole part gives, for every style the part defines."""
    from lxml import etree

    from applint.readers.docx_package import STYLES, DocxPackage, StylesPart

    with DocxPackage(data) as package:
        part = package.related(package.relationships(package.main_part), STYLES)
        assert part is not None, name
        fast = StylesPart(package, part)
        assert fast.root_tag is not None, f"{name}: the cut-out path should apply to real documents"
        whole = StylesPart(package, part)
        whole.root_tag = None  # force the whole-part path
        ids = [
            style.get(f"{{{W_NS_URI}}}styleId") for style in package.parse(part).iter(f"{{{W_NS_URI}}}style")
        ]
        assert len(ids) >= 3, name
        for style_id in [*ids, "NoSuchStyle"]:
            cut, parsed = fast.style(style_id), whole.style(style_id)
            assert (cut is None) == (parsed is None), (name, style_id)
            if cut is not None:
                assert etree.tostring(cut, with_tail=False) == etree.tostring(parsed, with_tail=False), (
                    name,
                    style_id,
                )
            assert fast.whole is None or style_id == "NoSuchStyle", f"{name}: fell back for {style_id}"


def test_checklist_glyph_written_as_a_character_reference() -> None:
    """A bullet glyph may be written as "&#9744;" in the numbering part: still a checkbox."""
    numbering = (
        f"<w:numbering {W_NS}>"
        '<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:lvlText w:val="&#9744;"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:lvlText w:val="&#8226;"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="6"/></w:num>'
        "</w:numbering>"
    ).encode()
    rels = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'numbering" Target="numbering.xml"/></Relationships>'
    )
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{}"/></w:numPr></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'
    package = zipfile.ZipFile(
        io.BytesIO(_package(item.format(1, "box item") + item.format(2, "bullet item")))
    )
    members = {name: package.read(name) for name in package.namelist()}
    members |= {"word/numbering.xml": numbering, "word/_rels/document.xml.rels": rels}
    blocks = read_docx(_zip(members)).blocks
    assert [(b.kind, b.checked, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, False, "box item"),
        (BlockKind.LIST_ITEM, None, "bullet item"),
    ]


def _runs_paragraph(*runs: str) -> str:
    """A paragraph of raw ``w:r`` XML strings."""
    return "<w:p>" + "".join(runs) + "</w:p>"


def _styled_package(document_xml: str, styles_xml: str) -> bytes:
    """``_package`` with a styles part related to the main document."""
    package = zipfile.ZipFile(io.BytesIO(_package(document_xml)))
    members = {name: package.read(name) for name in package.namelist()}
    members["word/styles.xml"] = f"<w:styles {W_NS}>{styles_xml}</w:styles>".encode()
    members["word/_rels/document.xml.rels"] = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'styles" Target="styles.xml"/></Relationships>'
    )
    return _zip(members)


LIBREOFFICE_STYLES = (
    '<w:style w:type="character" w:styleId="StrongEmphasis"><w:name w:val="Strong"/>'
    "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="LoudStrong"><w:name w:val="Loud"/>'
    '<w:basedOn w:val="StrongEmphasis"/></w:style>'
)


def _run(text: str, style: str = "", direct: str = "") -> str:
    style_xml = f'<w:rStyle w:val="{style}"/>' if style else ""
    return f'<w:r><w:rPr>{style_xml}{direct}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_bold_through_character_styles_as_libreoffice_writes_it() -> None:
    """LibreOffice writes bold as the character style "Strong" (id StrongEmphasis), never <w:b/>;
    a style based on it is bold too, and a run's own <w:b w:val="0"/> wins over its style."""
    data = _styled_package(
        _runs_paragraph(_run("Clear governance. ", "StrongEmphasis"), _run("Found in GOVERNANCE.md"))
        + _runs_paragraph(_run("Based on Strong.", "LoudStrong"), _run(" rest"))
        + _runs_paragraph(_run("Not bold after all.", "StrongEmphasis", '<w:b w:val="0"/>'))
        + _runs_paragraph(_run("Italic only.", "Emphasis")),
        LIBREOFFICE_STYLES,
    )
    assert [b.strong for b in read_docx(data).blocks] == ["Clear governance.", "Based on Strong.", "", ""]


def test_italic_nested_in_bold_stays_in_the_statement() -> None:
    """Markdown's **Statement. *Note.*** is bold throughout; LibreOffice writes the note as an
    Emphasis run that lost its bold. It belongs to the bold text when the paragraph ends (or bold
    text follows) right after it, not when plain text does, nor after a plain space."""
    data = _styled_package(
        _runs_paragraph(_run("Document it. ", "StrongEmphasis"), _run("Or a GTR.", "Emphasis"), _run(" "))
        + _runs_paragraph(_run("A ", "StrongEmphasis"), _run("b", "Emphasis"), _run(" c.", "StrongEmphasis"))
        + _runs_paragraph(_run("Statement.", "StrongEmphasis"), _run("aside", "Emphasis"), _run(" evidence"))
        + _runs_paragraph(_run("Statement.", "StrongEmphasis"), _run(" "), _run("note", "Emphasis"))
        + _runs_paragraph(
            _run("BLOCKED —", "StrongEmphasis"), _run(" "), _run("Document it.", "StrongEmphasis")
        ),
        LIBREOFFICE_STYLES,
    )
    assert [b.strong for b in read_docx(data).blocks] == [
        "Document it. Or a GTR.",
        "A b c.",
        "Statement.",
        "Statement.",
        "BLOCKED —",  # as Markdown reads "**BLOCKED —** **Document it.**"
    ]


def test_numbering_switched_off_is_no_list_item() -> None:
    """LibreOffice writes a list item's second paragraph with numId 0: numbering off, a paragraph."""
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{}"/></w:numPr></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'
    blocks = read_docx(_package(item.format(3, "An item") + item.format(0, "Its second paragraph"))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, "An item"),
        (BlockKind.PARAGRAPH, "Its second paragraph"),
    ]


def _google_checklist(items: list[tuple[str, bool]], glyph: str = "☐") -> bytes:
    """A checklist as Google Docs exports it: one list whose bullet is a checkbox glyph, the same
    for every item, and a ticked item's runs struck through."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    builder = DocxBuilder()
    numbering = builder.document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    for text, ticked in items:
        paragraph = builder.document.add_paragraph()
        head, _, tail = text.partition(": ")
        for part in (head + (": " if tail else ""), tail):
            if part:
                paragraph.add_run(part).font.strike = ticked or None
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="70"/></w:numPr>')
        )
    builder.paragraph("A struck sentence outside any checklist.")
    builder.document.paragraphs[-1].runs[0].font.strike = True
    return builder.to_bytes()


def test_google_docs_checklist_ticks_are_struck_through() -> None:
    data = _google_checklist(
        [("Open item", False), ("Done item: with evidence", True), ("Half: done", False)]
    )
    document = read_docx(data)
    assert [(b.kind, b.checked, b.text) for b in document.blocks] == [
        (BlockKind.LIST_ITEM, False, "Open item"),
        (BlockKind.LIST_ITEM, True, "Done item: with evidence"),
        (BlockKind.LIST_ITEM, False, "Half: done"),
        (BlockKind.PARAGRAPH, None, "A struck sentence outside any checklist."),  # strike alone ticks nothing
    ]
    assert document.capabilities.checkboxes and document.capabilities.checkboxes_droppable


def test_a_ticked_glyph_bullet_is_ticked_without_strikethrough() -> None:
    blocks = read_docx(_google_checklist([("Done by its bullet", False)], glyph="☑")).blocks
    assert (blocks[0].kind, blocks[0].checked) == (BlockKind.LIST_ITEM, True)


def _boxless(criteria_with_boxes: int) -> bytes:
    """An incubation draft whose Governance criteria are bold list items; the first
    ``criteria_with_boxes`` carry a ☒ glyph, and a stray "[x]" is typed into a paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    criteria = [
        "Clear and discoverable project governance documentation.",
        "Governance is up to date with actual project activities, including meetings, elections, leadership, and approvals.",
        "Governance clearly documents vendor-neutrality of project direction.",
        "Document how the project makes decisions on leadership, contribution acceptance, requests to the CNCF, and changes to governance or project goals.",
    ]
    builder = DocxBuilder().heading("Examplo Incubation Application", 1).paragraph("v1.6")
    builder.paragraph("[x] I have reviewed the TOC's moving level readiness triage guide.")
    builder.heading("Governance and Maintainers", 2).heading("Suggested", 3)
    for number, text in enumerate(criteria):
        paragraph = builder.document.add_paragraph()
        if number < criteria_with_boxes:
            paragraph.add_run("☒ ")
        paragraph.add_run(text).bold = True
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
        )
        builder.paragraph(f"Evidence {number}: https://github.com/examplo/community/blob/main/GOVERNANCE.md")
    return builder.to_bytes()


def test_criteria_without_boxes_say_once_that_ticks_are_unknown(tmp_path: Path) -> None:
    """A stray "[x]" does not make the criteria ticked or unticked: one info finding at ¶1, no
    criterion called unticked, the ticked count unknown."""
    report = lint_path(str(_write_bytes(tmp_path / "boxless.docx", _boxless(0))))
    unchecked = [(f.severity.label, f.paragraph) for f in report.findings if f.rule == "unchecked-criterion"]
    assert unchecked == [("info", 1)]
    assert report.completeness is not None and report.completeness["required"]["ticked"] is None
    assert report.detection is not None and report.detection["criteria_found"] >= 4


def test_criteria_with_boxes_but_one_report_that_one(tmp_path: Path) -> None:
    """Three of four criteria carry a box: the checklist says what is ticked, and the criterion
    without a box is reported at its paragraph (Suggested: no finding for its tick)."""
    from applint.engine import LintOptions

    report = lint_path(str(_write_bytes(tmp_path / "boxed.docx", _boxless(3))), LintOptions(verbose=True))
    assert not [f for f in report.findings if f.rule == "unchecked-criterion" and f.severity.label == "info"]
    assert report.completeness is not None and report.completeness["suggested"]["ticked"] == 3


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_table_of_criteria_is_read_cell_by_cell_and_a_table_of_data_whole() -> None:
    """An application pasted into a table (statement in the first cell, evidence in the next)
    is read as its cells' paragraphs, each its own paragraph number; a table of data, even with
    a bold header row, stays one block at one number."""
    builder = DocxBuilder().heading("Governance and Maintainers", 2)
    criteria = builder.document.add_table(rows=2, cols=2)
    for row, (statement, evidence) in enumerate(
        [
            (
                "Clear and discoverable project governance documentation.",
                "GOVERNANCE.md, linked from the README.",
            ),
            (
                "Governance clearly documents vendor-neutrality of project direction.",
                "See GOVERNANCE.md#neutrality.",
            ),
        ]
    ):
        first = criteria.cell(row, 0).paragraphs[0]
        first.add_run("☒ ")
        first.add_run(statement).bold = True
        criteria.cell(row, 1).paragraphs[0].add_run(evidence)
    criteria.cell(1, 1).add_paragraph("A second paragraph of evidence.")
    data = builder.document.add_table(rows=3, cols=2)
    for row, (name, company) in enumerate(
        [("Maintainer name here", "Company"), ("Ada", "Examplo"), ("Bo", "Acme")]
    ):
        data.cell(row, 0).paragraphs[0].add_run(name).bold = row == 0
        data.cell(row, 1).text = company
    builder.paragraph("After the tables.")
    blocks = read_docx(builder.to_bytes()).blocks
    assert [(b.line, b.kind, b.checked, b.text) for b in blocks] == [
        (1, BlockKind.HEADING, None, "Governance and Maintainers"),
        (2, BlockKind.LIST_ITEM, True, "Clear and discoverable project governance documentation."),
        (3, BlockKind.PARAGRAPH, None, "GOVERNANCE.md, linked from the README."),
        (
            4,
            BlockKind.LIST_ITEM,
            True,
            "Governance clearly documents vendor-neutrality of project direction.",
        ),
        (5, BlockKind.PARAGRAPH, None, "See GOVERNANCE.md#neutrality."),
        (6, BlockKind.PARAGRAPH, None, "A second paragraph of evidence."),
        (7, BlockKind.TABLE, None, "Maintainer name here | Company\nAda | Examplo\nBo | Acme"),
        (8, BlockKind.PARAGRAPH, None, "After the tables."),
    ]
