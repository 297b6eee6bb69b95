"""The plain-text reader: paragraphs per line or per block, inferred headings, checkboxes."""

from __future__ import annotations

from applint.engine import lint_text
from applint.model import BlockKind
from applint.readers.text import read_text


def test_one_paragraph_per_line_with_inferred_headings() -> None:
    text = "Examplo Graduation Application\nGovernance and Maintainers\nRequired\nOur governance doc is at https://e.io/g.\n- a bullet\n"
    document = read_text(text)
    got = [(b.line, b.kind, b.level, b.text) for b in document.blocks]
    assert got == [
        (1, BlockKind.HEADING, 1, "Examplo Graduation Application"),
        (2, BlockKind.HEADING, 2, "Governance and Maintainers"),
        (3, BlockKind.HEADING, 3, "Required"),
        (4, BlockKind.PARAGRAPH, 0, "Our governance doc is at https://e.io/g."),
        (5, BlockKind.LIST_ITEM, 0, "a bullet"),
    ]
    assert document.blocks[3].links == ("https://e.io/g.",)
    assert not document.capabilities.checkboxes and not document.capabilities.links


def test_blank_line_blocks_when_the_text_has_paragraphs() -> None:
    text = "Security\n\nFirst line of a paragraph\nsecond line of it.\n\n[x] ticked item\n☐ open item\n"
    document = read_text(text)
    got = [(b.line, b.end_line, b.kind, b.checked) for b in document.blocks]
    assert got == [
        (1, 1, BlockKind.HEADING, None),
        (3, 4, BlockKind.PARAGRAPH, None),
        (6, 6, BlockKind.LIST_ITEM, True),
        (7, 7, BlockKind.LIST_ITEM, False),
    ]
    assert document.capabilities.checkboxes


def test_long_or_sentence_lines_are_never_headings() -> None:
    document = read_text(
        "Security is handled by our security team and documented in SECURITY.md.\nRequired.\n"
    )
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_text_without_checkboxes_gets_one_info_finding_not_one_per_criterion() -> None:
    text = (
        "Examplo Graduation Application\nv1.6\nGovernance and Maintainers\nRequired\n"
        "Clear and discoverable project governance documentation.\nIt is in GOVERNANCE.md.\n"
    )
    report = lint_text(text, "app.txt", format="text")
    unchecked = [(f.severity.label, f.line) for f in report.findings if f.rule == "unchecked-criterion"]
    assert unchecked == [("info", 1)]
