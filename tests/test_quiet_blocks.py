"""``progress.quiet_blocks``: the blocks known to hold no note to the author without testing each
one. Every block it calls quiet must be one ``block_notes`` finds nothing in."""

from __future__ import annotations

from applint.matching.progress import block_notes, quiet_blocks
from applint.readers.markdown import read_markdown
from applint.templates.catalog import builtin_templates

NOTED = [
    "TODO: add the date.",
    "The adopters list (TBD).",
    "Link to be added.",
    "Suggestion by Kevin: reword this.",
    "BLOCKED — nothing yet",
    "[WIP] the roadmap",
    "Confirm the count before filing.",
    "Remove this option.",
    "Working draft — do not file yet",
    "Status: PENDING",
    "??",
    "DRAFT - DO NOT SHARE",
]


def test_no_block_with_a_note_is_quiet() -> None:
    text = "# Title\n\n" + "\n\n".join([*NOTED, "A plain paragraph about the project."]) + "\n"
    document = read_markdown(text, "case.md")
    quiet = quiet_blocks(document)
    for template in builtin_templates():
        for block in document.blocks:
            if id(block) in quiet:
                assert not block_notes(block, template), block.text
    plain = [block for block in document.blocks if block.text.startswith("A plain")]
    assert plain and id(plain[0]) in quiet
    assert not any(id(block) in quiet for block in document.blocks if block.text in NOTED)


def test_a_block_with_a_comment_is_never_quiet() -> None:
    document = read_markdown("A paragraph. <!-- fill in -->\n\n<!-- a comment -->\n", "case.md")
    assert not quiet_blocks(document)
