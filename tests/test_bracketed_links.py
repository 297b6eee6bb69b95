"""A field's link wrapped in a second pair of square brackets ("- **Website:** [[Project
Website](https://…)]"), whose outer brackets GitHub shows as written (malformed-markdown, through
readers.markdown_slips' BRACKETED_LINK); references cited so after a sentence stay quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_source
from applint.findings import Finding
from applint.readers.sources import Source

HEADER = """# General Technical Review - Kestrel / Sandbox

- **Project:** Kestrel
- **Project Version:** v1.2.0
{website}
- **Date Updated:** 2026-05-02
- **Template Version:** v1.0
- **Description:** A batch scheduler for Kubernetes.

## Day 0 - Planning Phase

### Scope

{scope}
"""

SCOPE = "Kestrel schedules batch jobs for research labs."


def bracketed(text: str, issue_body: bool = False) -> list[Finding]:
    report = lint_source(Source("gtr.md", text.encode("utf-8"), "markdown", issue_body))
    return [f for f in report.findings if f.rule == "malformed-markdown" and "second pair" in f.message]


@pytest.mark.parametrize(
    ("website", "column"),
    [
        ("- **Website:** [[Project Website](https://kestrel.dev/)]", 16),
        ("- **Website**: [[Project Website](https://kestrel.dev/)]", 16),
        ("- Website: [[Project Website](https://kestrel.dev/)]", 12),
    ],
)
def test_a_fields_link_in_double_brackets_is_a_warning_at_it(website: str, column: int) -> None:
    findings = bracketed(HEADER.format(website=website, scope=SCOPE))
    assert [(f.rule, f.severity.label, f.line, f.column) for f in findings] == [
        ("malformed-markdown", "warning", 5, column)
    ]
    assert findings[0].message == (
        "the link '[Project Website](…)' is wrapped in a second pair of square brackets, which GitHub shows "
        "as written round its text ('[Project Website]'); write '[Project Website](…)' without the outer "
        "'[' and ']'"
    )


def test_an_issue_bodys_field_lines_are_read_one_by_one() -> None:
    text = (
        "Project: Kestrel\r\nWebsite: [[Project Website](https://kestrel.dev/)]\r\nDate Updated: 2026-05-02\r\n\r\n"
        "## Day 0 - Planning Phase\r\n\r\n### Scope\r\n\r\nKestrel schedules batch jobs.\r\n"
    )
    findings = bracketed("# General Technical Review - Kestrel / Sandbox\r\n\r\n" + text, issue_body=True)
    assert [(f.line, f.column) for f in findings] == [(4, 10)]


@pytest.mark.parametrize(
    "scope",
    [
        # a reference cited after a sentence, the brackets meant
        "Kestrel is used in production [[adopters](https://kestrel.dev/adopters)].",
        "See the pull requests (e.g., [[1, self nomination](https://github.com/kestrel/kestrel/pull/89)]).",
        "[[1](https://kestrel.dev/paper)] describes the scheduler.",
        # a label whose value goes on after the link
        "Docs: [[the guide](https://kestrel.dev/guide)] and the FAQ.",
        # a link whose own text is bracketed
        "Website: [[docs]](https://kestrel.dev/)",
    ],
)
def test_bracketed_references_and_links_in_running_text_stay_quiet(scope: str) -> None:
    assert bracketed(HEADER.format(website="- **Website:** https://kestrel.dev", scope=scope)) == []
