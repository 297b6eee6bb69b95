"""Headings as Google Docs exports write them: "## " with no words and the title as a bold line right
under it ("**Metadata**"). The reader reads the bold line as the heading's title (so the document's
outline, and what kind of document it is, are found), and malformed-markdown reports the slip once,
at the first such heading, with the others as "also at" lines. A heading with no words and no bold
line under it, a bold line after a blank line, and a titled heading over a bold line stay as they are.
"""

from __future__ import annotations

from applint.engine import lint_text
from applint.model import BlockKind
from applint.readers.markdown import read_markdown
from tests.rule_rows import rule_rows

PATH = "self-assessment.md"

EXPORT = """

# **Kestrel Project**

Below is a writeup for the CNCF Security SIG, to help with the project's assessment.

##
**Metadata**

| Software | https://github.com/kestrel/kestrel |
| -- | -- |
| Security Provider | No |
| Languages | Go |

##
**Overview**

Kestrel schedules batch jobs on Kubernetes clusters.

### Background

Batch schedulers queue jobs for research teams.

### Goals

Only authorised users submit jobs.

### Non-goals

Kestrel does not sandbox the jobs it runs.

##
**Project Compliance**

Kestrel has not been audited against a compliance standard.

##
**Secure Development Practices**

Every pull request needs two maintainer approvals and passes CodeQL.

##
**Security Issue Resolution**

Reports go to security@kestrel.dev; see [SECURITY.md](https://github.com/kestrel/kestrel/blob/main/SECURITY.md).

##
**Roadmap**

Kestrel 2.0 adds signed job specs.
""".replace("##\n", "## \n")  # as exported: "## " with its trailing space


def test_the_bold_line_under_a_wordless_heading_is_its_title() -> None:
    document = read_markdown(EXPORT, PATH)
    headings = [(block.line, block.level, block.text) for block in document.headings()]
    assert headings[:3] == [(3, 1, "Kestrel Project"), (7, 2, "Metadata"), (15, 2, "Overview")]
    assert [block.end_line for block in document.headings()[1:3]] == [8, 16]
    # The bold line is the heading's, not a paragraph of the section.
    assert not any(
        block.text == "Metadata" for block in document.blocks if block.kind is not BlockKind.HEADING
    )


def test_such_an_export_is_read_as_a_self_assessment_and_the_slip_reported_once() -> None:
    report = lint_text(EXPORT, PATH)
    assert report.document_kind == "security-self-assessment"
    assert rule_rows(EXPORT, "malformed-markdown", PATH) == [("malformed-markdown", "warning", 7)]
    (finding,) = [f for f in report.findings if f.rule == "malformed-markdown"]
    assert "its title 'Metadata' is the bold line under it" in finding.message
    assert "('## Metadata')" in finding.message
    assert finding.message.endswith("delete the bold line (also at lines 15, 32, 37, 42 and 47)")
    # The sections are found under their titles: none is reported empty or unfilled.
    assert rule_rows(EXPORT, "unfilled-section", PATH) == []
    assert rule_rows(EXPORT, "empty-section", PATH) == []


def test_other_headings_over_bold_lines_stay_as_they_are() -> None:
    # A blank line between: the heading has no words (another rule's), the bold line is a paragraph.
    apart = EXPORT.replace("## \n**Roadmap**", "## \n\n**Roadmap**")
    document = read_markdown(apart, PATH)
    assert any(block.text == "Roadmap" and block.kind is not BlockKind.HEADING for block in document.blocks)
    assert [line for _, _, line in rule_rows(apart, "malformed-markdown", PATH)] == [7]
    # A heading with words over a bold line, and a bold line with more after it, are left alone.
    for text in (
        EXPORT.replace("## \n**Roadmap**", "## Roadmap\n**Next release**"),
        EXPORT.replace("## \n**Roadmap**", "## \n**Roadmap** for 2026"),
    ):
        document = read_markdown(text, PATH)
        assert not any(
            block.text == "Next release" and block.kind is BlockKind.HEADING for block in document.blocks
        )
        assert not any(
            block.text.startswith("Roadmap for") and block.kind is BlockKind.HEADING
            for block in document.blocks
        )
        assert [line for _, _, line in rule_rows(text, "malformed-markdown", PATH)] == [7]
