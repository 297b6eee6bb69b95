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
