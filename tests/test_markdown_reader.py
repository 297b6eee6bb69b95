"""The Markdown reader: blocks, checkboxes, front matter, and exact source lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from applint.model import BlockKind
from applint.readers.markdown import read_markdown
from applint.text.normalize import normalize
from tests.conftest import EXAMPLES, TEMPLATES, require_shared, shared_files, shared_params

MARKDOWN_FILES = shared_files(EXAMPLES, "*.md") + shared_files(TEMPLATES, "*.md")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _visible(line: str) -> str:
    """A source line with link targets removed, normalised like block text."""
    return normalize(_LINK.sub(r"\1", line))


def test_shared_markdown_files_are_present_or_skipped() -> None:
    require_shared()
    assert len(MARKDOWN_FILES) >= 25


@pytest.mark.parametrize("path", shared_params(MARKDOWN_FILES), ids=lambda p: p.name)
def test_every_heading_and_checklist_item_is_on_its_reported_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    document = read_markdown(text, str(path))
    raw_lines = text.splitlines()
    checked = 0
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or block.is_checkbox:
            words = normalize(block.text).split()[:4]
            if not words:
                continue
            line = _visible(raw_lines[block.line - 1])
            assert " ".join(words) in line, (block.line, block.text, raw_lines[block.line - 1])
            checked += 1
    assert checked > 0


def test_crlf_and_bom_do_not_shift_lines() -> None:
    text = "\ufeff# Title\r\n\r\n## Security\r\n\r\n- [ ] **Item**\r\n"
    document = read_markdown(text)
    heading, second, item = document.blocks
    assert (heading.kind, heading.line, heading.text) == (BlockKind.HEADING, 1, "Title")
    assert (second.line, second.level) == (3, 2)
    assert (item.line, item.checked, item.strong) == (5, False, "Item")


def test_lone_cr_line_ends_count_as_lines() -> None:
    document = read_markdown("# A\r\rtext\r")
    assert [b.line for b in document.blocks] == [1, 3]


@pytest.mark.parametrize(
    ("line", "checked"),
    [
        ("- [ ] a", False),
        ("- [x] a", True),
        ("- [X] a", True),
        ("* [ ] a", False),
        ("- [] a", False),
        ("1. [x] a", True),
    ],
)
def test_checkbox_forms_in_lists(line: str, checked: bool) -> None:
    (block,) = read_markdown(line + "\n").blocks
    assert (block.kind, block.checked, block.text) == (BlockKind.LIST_ITEM, checked, "a")


def test_bare_checkbox_lines_without_list_marker() -> None:
    document = read_markdown("intro\n\n[ ] first thing\n[x] second thing\ncontinued\n")
    items = [b for b in document.blocks if b.is_checkbox]
    assert [(b.line, b.end_line, b.checked, b.text) for b in items] == [
        (3, 3, False, "first thing"),
        (4, 5, True, "second thing continued"),
    ]


def test_nested_sub_items_carry_depth() -> None:
    document = read_markdown("- [ ] **Top**\n  - [x] Sub one\n  - Plain sub\n")
    assert [(b.line, b.level, b.checked) for b in document.blocks] == [
        (1, 0, False),
        (2, 1, True),
        (3, 1, None),
    ]


def test_front_matter_is_a_block_not_a_heading() -> None:
    text = '---\nname: x\ntitle: "[Graduation] $PROJECT Graduation Application"\nlabels:\n- toc\n---\n\n# T\n'
    document = read_markdown(text)
    assert document.blocks[0].kind is BlockKind.FRONT_MATTER
    assert (document.blocks[0].line, document.blocks[0].end_line) == (1, 6)
    assert [b.text for b in document.headings()] == ["T"]
    assert document.headings()[0].line == 8
    assert "Graduation" in document.front_matter["title"]


def test_code_block_text_is_never_a_heading_or_criterion() -> None:
    text = "# Real\n\n```\n# Not a heading\n- [ ] not a criterion\n```\n\n## After\n"
    document = read_markdown(text)
    assert [(b.text, b.line) for b in document.headings()] == [("Real", 1), ("After", 8)]
    code = [b for b in document.blocks if b.kind is BlockKind.CODE]
    assert [(b.line, b.end_line) for b in code] == [(3, 6)]
    assert not any(b.is_checkbox for b in document.blocks)


def test_setext_headings_and_comments_and_tables() -> None:
    text = "Title\n=====\n\n<!-- note -->\n\n| a | b |\n|---|---|\n| 1 | [x](http://e) |\n\nSub\n---\n"
    document = read_markdown(text)
    kinds = [(b.kind, b.line) for b in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, 1),
        (BlockKind.COMMENT, 4),
        (BlockKind.TABLE, 6),
        (BlockKind.HEADING, 10),
    ]
    table = document.blocks[2]
    assert table.end_line == 8 and table.links == ("http://e",)
    assert document.blocks[1].text == "note"


def test_inline_markup_is_flattened_with_links_and_comments() -> None:
    (block,) = read_markdown("- [x] **Give [a talk](http://t)** and `code` <!-- TODO -->\n").blocks
    assert block.strong == "Give a talk"
    assert block.text == "Give a talk and code"
    assert block.links == ("http://t",)
    assert block.comments == ("TODO",)


def test_repeated_text_maps_to_each_copy() -> None:
    document = read_markdown("Same text here.\n\nSame text here.\n\nSame text here.\n")
    assert [b.line for b in document.blocks] == [1, 3, 5]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbf# Title\n", "# Title\n"),
        (b"# Title\n", "# Title\n"),
        (b"\xef\xbb\xbf\xef\xbb\xbfx", "x"),
    ],
)
def test_utf8_text_is_read_with_or_without_a_byte_order_mark(data: bytes, text: str) -> None:
    from applint.readers.sources import decode_text

    assert decode_text(data) == text


def test_text_that_is_not_utf8_is_refused_with_the_bad_byte_and_its_offset() -> None:
    from applint.readers.sources import InputError, decode_text

    with pytest.raises(InputError, match=r"byte 0xff at offset 3\)"):
        decode_text(b"hel\xfflo")
