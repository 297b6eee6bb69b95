"""empty-section: a divider heading is no empty section, and the advice fits the heading (a template
heading is to be answered, not removed)."""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES

APPLICATION = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
LEVEL = (
    "- [x] This project is currently Sandbox, accepted on 20230115, and applying to Incubation.\n"
    "- [ ] This project is applying to join the CNCF at the Incubation level.\n"
)


def empty(text: str) -> list[tuple[str, int, str]]:
    report = lint_text(text, "case.md")
    return [(f.severity.label, f.line, f.message) for f in report.findings if f.rule == "empty-section"]


def test_an_empty_template_heading_of_an_application_is_to_be_answered_not_removed() -> None:
    assert LEVEL in APPLICATION
    assert empty(APPLICATION.replace(LEVEL, "", 1)) == [
        (
            "warning",
            19,
            "section 'Application Level Assertion' is empty; write the project's answer there "
            "(also: its criteria are missing)",
        )
    ]


def test_a_heading_of_the_applicants_own_may_be_removed() -> None:
    text = APPLICATION.replace(
        "## Application Process Principles\n",
        "## Notes for reviewers\n\n\n## Application Process Principles\n",
        1,
    )
    # Directly followed by a heading: a divider, no finding.
    assert empty(text) == []
    text = APPLICATION.rstrip("\n") + "\n\n## Notes for reviewers\n\n<!-- to do -->\n"
    line = text.splitlines().index("## Notes for reviewers") + 1
    assert empty(text) == [
        (
            "warning",
            line,
            "section 'Notes for reviewers' is empty; write the project's answer or remove the heading",
        )
    ]


def test_an_application_heading_left_in_a_dd_document_may_be_removed() -> None:
    text = DD.replace("### Final Assessment\n", "### Adoption Assertion\n\n### Final Assessment\n", 1)
    assert empty(text) == [
        (
            "warning",
            32,
            "section 'Adoption Assertion' is empty; write the TOC's evaluation or remove the heading",
        )
    ]


def test_divider_headings_at_the_same_or_a_higher_level_are_quiet() -> None:
    text = DD.replace(
        "## Incubation Evaluation Summary for Examplo\n",
        "# Due Diligence\n\n## CNCF TOC\n\n## Incubation Evaluation Summary for Examplo\n",
        1,
    ).replace("## Ecosystem\n", "### Remaining areas\n\n## Ecosystem\n", 1)
    assert empty(text) == []
