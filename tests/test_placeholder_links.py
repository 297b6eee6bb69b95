"""Placeholders where a link or a name should be: a link whose address is a word standing for it
("(link)", "(TBD)", "(<link>)") or an address holding a bracketed name
("https://github.com/[project]/…") is a broken link, one finding per placeholder however many links
leave it; a template's placeholder written with escaped brackets ("\\[project\\]") is the
placeholder, one finding per paragraph as when written plainly; the self-assessment's example
security links kept in its table are placeholders even where the section is the template's. Every
case asserts rule, severity, line and column, and the places that stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits, evidence

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]


def rows(text: str, path: str, rules: tuple[str, ...]) -> Found:
    report = lint_text(text, path)
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule in rules]


def test_links_whose_address_is_a_placeholder_are_broken_links_one_per_placeholder() -> None:
    text = apply_edits(
        INC,
        [
            (evidence(3), "The roadmap is in [ROADMAP.md](link), reviewed by the maintainers each quarter."),
            (evidence(4), "Adopters are listed in [our ADOPTERS file](TBD), updated by each adopter."),
            (evidence(5), "Our security policy: [SECURITY.md](<link>); reports are answered in two days."),
            (evidence(6), "Governance: [GOVERNANCE.md](https://example.com/governance), voted in 2024."),
            (
                evidence(7),
                "Owners: [OWNERS](https://github.com/[project]/community/blob/main/OWNERS), per repo.",
            ),
            (
                evidence(8),
                "The charter is in [CHARTER.md](link) as the roadmap is, agreed by the maintainers.",
            ),
            (
                evidence(9),
                "Our contributor ladder is [here](<https://github.com/examplo/community/blob/v1/ladder.md>).",
            ),
        ],
    )
    report = lint_text(text, "case.md")
    found = [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule == "broken-link"]
    # "(link)" at 53 and again at 84 is one placeholder: one finding naming both lines; the angle
    # brackets round a real address at 88 are Markdown's own, quiet; a documentation domain (70) is
    # left alone (examples stand it for a real site); nothing asks again for these
    # links (evidence-without-link, unresolved-link: the broken link is the finding)
    assert found == [
        ("broken-link", "error", 53, 19),
        ("broken-link", "error", 57, 24),
        ("broken-link", "error", 62, 22),
        ("broken-link", "error", 80, 9),
    ]
    messages = {f.line: f.message for f in report.findings if f.rule == "broken-link"}
    assert messages[53] == (
        "broken link '[ROADMAP.md](link)': its address 'link' is a placeholder, not the page the link "
        "names; fix the link (also at line 84)"
    )
    assert "its address holds the placeholder '[project]', so it leads nowhere" in messages[80]
    assert [f for f in report.findings if f.rule in ("evidence-without-link", "unresolved-link")] == []


def test_an_escaped_template_placeholder_is_the_placeholder_once_per_paragraph() -> None:
    text = SSA.replace("the [project] team", "the \\[project\\] team") + (
        "\nIt gives \\[project\\] users an overview of\n\\[project\\]'s security.\n"
    )
    found = rows(text, "self-assessment.md", ("placeholder",))
    # one finding per paragraph holding it, as for the placeholder written plainly
    assert found == [("placeholder", "error", 41, 40), ("placeholder", "error", 48, 10)]
    messages = [f.message for f in lint_text(text, "self-assessment.md").findings if f.rule == "placeholder"]
    assert messages == [
        "template placeholder '[project]' left in; replace it with the project's name",
        "template placeholder '[project]' left in; replace it with the project's name "
        "(also at line 49 of this paragraph)",
    ]
    # a bracketed word that is no placeholder of the template, escaped or not, stays quiet
    assert (
        rows(SSA.replace("the [project] team", "the \\[core\\] team"), "self-assessment.md", ("placeholder",))
        == []
    )


def test_the_template_example_security_links_left_in_an_untouched_section_are_placeholders() -> None:
    kept = SSA.replace(
        "### Security links\n\n| Doc | url |\n| -- | -- |\n| Security file | https://github.com/kelpie/kelpie/blob/main/SECURITY.md |",
        "### Security links\n\nProvide the list of links to existing security documentation for the project.\n"
        "You may use the table below as an example:\n\n| Doc | url |\n| -- | -- |\n"
        "| Security file | <https://my.security.file> |\n| Default and optional configs | <https://example.org/config> |",
    )
    found = rows(kept, "self-assessment.md", ("placeholder", "unfilled-section"))
    # the section left as the template wrote it (13), and its two example links, one leftover table
    # (20, naming 21)
    assert ("unfilled-section", "warning", 13, None) in found
    assert [row for row in found if row[0] == "placeholder"] == [
        ("placeholder", "error", 20, 20),
        ("placeholder", "error", 45, 40),  # the fixture's own "[project]"
    ]


def test_a_dd_summarys_either_or_choice_left_with_escaped_brackets_is_the_placeholder() -> None:
    dd = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
    assert "The project has completed the criteria" in dd
    left = dd.replace(
        "The project has completed the criteria", "The project \\[has/has not\\] completed the criteria"
    )
    found = rows(left, "dd.md", ("placeholder",))
    assert found == [("placeholder", "error", 11, 122)]
    message = next(f.message for f in lint_text(left, "dd.md").findings if f.rule == "placeholder")
    assert message.startswith(
        "template placeholder '[has/has not]' left in; replace it with the TOC's verdict"
    )
    assert rows(dd, "dd.md", ("placeholder",)) == []
