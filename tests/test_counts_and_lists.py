"""Issue 21: counts that disagree with what they introduce (parts in parentheses, the list or table
after "… 5 maintainers:"), every unmet criterion named in a DD document, and a DD criterion left
unticked while every sub-item under it is ticked.

Each test edits a clean document the way authors write and asserts every finding (rule, severity,
line, column), so the places that must stay quiet are asserted too.
"""

from __future__ import annotations

from applint.engine import lint_source, lint_text
from applint.readers.sources import Source
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "graduation-draft.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]

EVIDENCE_18 = (
    "Evidence 18: see [our document 18](https://github.com/examplo/community/blob/main/doc18.md), "
    "reviewed by the maintainers in meeting number 18."
)
RELEASE = "- [x] **Document the project's release process and guidelines publicly in a RELEASES.md"


def edit(base: str, *edits: tuple[str, str]) -> str:
    return apply_edits(base, edits)


def lint(text: str) -> Found:
    return [(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, "case.md").findings]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def column_of(text: str, needle: str) -> int:
    start = text.index(needle)
    return start - text.rfind("\n", 0, start)


# --- a count and the parts in parentheses ------------------------------------------------------


def test_levels_counted_but_fewer_named_in_parentheses() -> None:
    said = "The project has 6 active contributors across 4 levels (2 Owners, 3 Maintainers, 1 Member)."
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18} {said}"))
    assert lint(text) == [
        ("contradictory-assertion", "warning", line_of(text, said), column_of(text, "4 levels"))
    ]
    message = lint_text(text, "case.md").findings[0].message
    assert '"4 levels"' in message and "name 3" in message


def test_parts_that_add_up_to_neither_count() -> None:
    said = "However, 12 of 14 findings (3 Critical, 6 Moderate, 2 Low) have no public tracking."
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{said}"))
    assert lint(text) == [
        ("contradictory-assertion", "warning", line_of(text, said), column_of(text, "12 of 14 findings"))
    ]
    assert "add up to 11" in lint_text(text, "case.md").findings[0].message


def test_a_count_restated_otherwise_in_its_parentheses_in_a_list_item() -> None:
    said = "- 4 active steering committee members (3 active; 2 vacant seats out of max 5)."
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{said}"))
    assert lint(text) == [("contradictory-assertion", "warning", line_of(text, said), 3)]


def test_a_ladder_written_with_arrows() -> None:
    said = "Our governance defines a four-level contributor ladder (Member → Reviewer → Approver)."
    agreeing = "It replaced the 4-level ladder (Contributor → Member → Maintainer → Owner) of 2022."
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{said} {agreeing}"))
    assert lint(text) == [
        ("contradictory-assertion", "warning", line_of(text, said), column_of(text, "four-level"))
    ]


def test_parts_that_agree_or_are_a_selection_stay_quiet() -> None:
    quiet = (
        "We have 3 maintainers (2 from Red Hat, 1 from IBM). There are 12 of 14 findings fixed (8 Moderate, "
        "4 Low). The 20 releases (e.g. 3 major, 5 minor) were regular. We count 10 contributors (5 external, "
        "2 were non-TAP authors). 9 adopters (including 2 banks, 3 retailers) run it. The 4 levels "
        "(2 Owners, 1 Member) hold 3 people (see the ladder)."
    )
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18} {quiet}"))
    assert lint(text) == [
        ("contradictory-assertion", "warning", line_of(text, quiet), column_of(text, "4 levels"))
    ]


# --- a count and the list or table after it ----------------------------------------------------


def test_a_count_over_a_list_with_another_number_of_items() -> None:
    intro = "The project has 5 maintainers:"
    listed = "- Alice Example (Examplo Inc.)\n- Bob Example (Fabrikam)\n- Carol Example (independent)\n"
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{intro}\n\n{listed}"))
    assert lint(text) == [
        ("contradictory-assertion", "warning", line_of(text, intro), column_of(text, "5 maintainers"))
    ]
    assert "the list after it has 3 items" in lint_text(text, "case.md").findings[0].message


def test_a_count_over_a_table_in_an_issue_body() -> None:
    intro = "Maintainers\nOur team (4 members):"
    table = (
        "| Name | Affiliation |\n|---|---|\n| Alice | Examplo |\n| Bob | Fabrikam |\n| Carol | Contoso |\n"
    )
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{intro}\n\n{table}"))
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    found = [(f.rule, f.severity.label, f.line) for f in report.findings]
    assert found == [("contradictory-assertion", "warning", line_of(text, "Our team (4 members):"))]


def test_lists_that_agree_or_count_something_else_stay_quiet() -> None:
    cases = (
        "The project currently has 3 maintainers from 2 different organizations:\n\n"
        "- Alice (Examplo)\n- Bob (Examplo)\n- Carol (Fabrikam)\n\n"
        "Average statistics from the last 90 days:\n\n- 17 contributions per day\n- 5 issues a week\n\n"
        "Our 6 reviewers by company:\n\n- Examplo: Alice, Bob and Carol\n- Fabrikam: Dan, Eve, Frank\n\n"
        "Some of our 12 adopters:\n\n- Contoso\n- Northwind\n\n"
        "The 2 subprojects:\n\n- examplo-cli\n- examplo-operator\n"
    )
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{cases}"))
    assert lint(text) == []


# --- DD documents: every unmet criterion named, a parent box missing ------------------------------


def test_unmet_criteria_names_every_criterion() -> None:
    # Without its Final Assessment's claim, so that unmet-criteria is not folded into its finding.
    text = DD.replace("- [x] **", "- [ ] **").replace(
        "The TOC has found the project to have satisfied", "The TOC"
    )
    findings = [f for f in lint_text(text, "dd.md").findings if f.rule == "unmet-criteria"]
    assert len(findings) == 1
    criteria = findings[0].details["criteria"]
    assert len(criteria) > 5
    assert " more" not in findings[0].message
    for criterion in criteria:
        assert f"(line {criterion['line']})" in findings[0].message


def test_a_criterion_unticked_while_all_its_sub_items_are_ticked() -> None:
    text = edit(DD, (RELEASE, RELEASE.replace("[x]", "[ ]")))
    found = lint(text)
    line = line_of(text, RELEASE.replace("[x]", "[ ]"))
    assert ("sub-checkbox", "warning", line, None) in found
    message = next(f.message for f in lint_text(text, "dd.md").findings if f.rule == "sub-checkbox")
    assert "all 5 of its sub-items are ticked" in message and "tick the criterion" in message
    # Not an unmet criterion: the Final Assessment's contradiction and unmet-criteria leave it out.
    for finding in lint_text(text, "dd.md").findings:
        assert f"(line {line})" not in finding.message
    before = lint(DD)
    # the same findings, and the sub-checkbox one in its line's place
    assert found == sorted([*before, ("sub-checkbox", "warning", line, None)], key=lambda row: row[2] or 0)


def test_a_criterion_unticked_with_a_sub_item_unticked_stays_an_unmet_criterion() -> None:
    text = edit(
        DD,
        (RELEASE, RELEASE.replace("[x]", "[ ]")),
        ("  - [x] Artifacts included in the release.", "  - [ ] Artifacts included in the release."),
    )
    line = line_of(text, RELEASE.replace("[x]", "[ ]"))
    findings = lint_text(text, "dd.md").findings
    assert not any(f.rule == "sub-checkbox" for f in findings)
    assert any(f.rule == "contradictory-assertion" and f"(line {line})" in f.message for f in findings)


# --- adopters that are the project's own employer ------------------------------------------------

POINTS = "Project points of contacts: Ada Example, ada@examplo.io"
ADOPTERS = "- Acme Corp\n- Globex\n- Initech\n"
CONTACTS_AT_GLOBEX = (
    "Project points of contacts:\n - [Ada Example](mailto:ada@globex.com)\n - [Bo Example](mailto:bo@globex.com)\n"
    " - Cy Example, cy@us.globex.com\n - maintainers list: examplo-maintainers@lists.cncf.io"
)


def test_an_adopter_that_employs_the_points_of_contact() -> None:
    adopters = "- Acme Corp\n- **Globex Platform Engineering** (since 2021), pre-release testing\n- Initech\n"
    text = edit(INC, (POINTS, CONTACTS_AT_GLOBEX), (ADOPTERS, adopters))
    line = line_of(text, "- **Globex")
    assert lint(text) == [("adopters", "warning", line, 5)]
    message = lint_text(text, "case.md").findings[0].message
    assert '"Globex Platform Engineering"' in message
    assert "3 of the 3 email addresses the application gives are at globex.com" in message
    assert "independent" in message


def test_an_adopter_matching_most_rows_of_an_affiliation_column_in_a_table() -> None:
    table = (
        "| Name | GitHub | Affiliation |\n|---|---|---|\n| Ada | @ada | Globex, Inc. |\n"
        "| Bo | @bo | Globex |\n| Cy | @cy | Initech |\n"
    )
    adopters = "| Organization | Since |\n|:-|:-|\n| Acme Corp | 2024 |\n| Globex Cloud | 2020 |\n| Initech | 2023 |\n"
    text = edit(INC, (POINTS, f"{POINTS}\n\n{table}"), (ADOPTERS, adopters))
    assert lint(text) == [("adopters", "warning", line_of(text, "| Globex Cloud"), 3)]
    assert (
        '2 of the 3 people in the "Affiliation" column are at Globex, Inc.'
        in lint_text(text, "case.md").findings[0].message
    )


def test_adopters_independent_of_the_project_stay_quiet() -> None:
    # Webmail and shared lists name no employer; a minority employer is not the project's; a name that
    # only starts with the same letters ("Globexa") is another organization; an independent
    # maintainer column says nothing.
    contacts = (
        "Project points of contacts:\n - Ada, ada@gmail.com\n - Bo, bo@globex.com\n - Cy, cy@initech.io\n"
        " - Di, di@users.noreply.github.com\n - list: examplo@lists.cncf.io"
    )
    table = (
        "| Name | Affiliation |\n|---|---|\n| Ada | Independent |\n| Bo | Independent |\n| Cy | Globex |\n"
    )
    adopters = "- Acme Corp\n- Globexa Logistics\n- Initech\n- Globex\n"
    text = edit(INC, (POINTS, f"{contacts}\n\n{table}"), (ADOPTERS, adopters))
    assert lint(text) == []
    only_one = edit(
        INC, (POINTS, "Project points of contacts: Ada Example, ada@globex.com"), (ADOPTERS, adopters)
    )
    assert lint(only_one) == []


def test_the_employer_listed_under_the_independent_adopters_criterion() -> None:
    evidence = next(
        line
        for line in INC.splitlines()[line_of(INC, "3 independent + indirect") :]
        if line.startswith("Evidence")
    )
    listed = f"{evidence}\n\n1. **Acme Corp** (since 2024)\n2. **Globex** (since 2020): release testing\n3. **Initech**\n"
    text = edit(INC, (POINTS, CONTACTS_AT_GLOBEX), (evidence, listed))
    # Globex is in the Adoption Assertion's list too: one problem, reported once, where the
    # application counts it as independent (the list above claims nothing of its own).
    assert lint(text) == [("adopters", "warning", line_of(text, "2. **Globex**"), 6)]


MAINTAINERS = "- [x] **Document complete list of current maintainers"


def _independent_evidence() -> str:
    return next(
        line
        for line in INC.splitlines()[line_of(INC, "3 independent + indirect") :]
        if line.startswith("Evidence")
    )


def test_a_maintainers_organization_called_an_independent_adopter_in_a_sentence() -> None:
    # The maintainer table indented under its criterion, as authors write it; one maintainer at
    # Globex, which the adopters sentence then calls independent.
    criterion = next(line for line in INC.splitlines() if line.startswith(MAINTAINERS))
    table = (
        f"{criterion}\n\n  | Maintainer | GitHub ID | Affiliation |\n  |---|---|---|\n"
        "  | Ada Example | @ada | Initech |\n  | Bo Example | @bo | Globex |\n  | Cy Example | @cy | Hooli |\n\n"
        # where the fields the table leaves out are (else incomplete-table reports the table)
        "  Full list with contact info and each maintainer's area of responsibility: "
        "[MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md)\n"
    )
    evidence = _independent_evidence()
    claim = f"{evidence}\n\nNotable independent adopters include Acme Corp, Globex, Umbrella, and others."
    text = edit(INC, (criterion, table), (evidence, claim))
    found = lint(text)
    line = line_of(text, "Notable independent")
    assert found == [("adopters", "warning", line, 1 + text.splitlines()[line - 1].index("Globex"))]
    (finding,) = lint_text(text, "case.md").findings
    assert finding.message.startswith(
        'adopter "Globex" is a maintainer\'s employer (Bo Example is listed at Globex in the maintainer '
        f"table, line {line_of(text, '| Bo Example')}), though the application calls it independent;"
    )
    # Independent adopters none of whom a maintainer works for, and the maintainer's organization in
    # the Adoption Assertion's list (which claims no independence), stay quiet.
    quiet = claim.replace("Globex", "Stark Industries")
    assert lint(edit(INC, (criterion, table), (evidence, quiet))) == []
    assert lint(edit(INC, (criterion, table), (ADOPTERS, "- Acme Corp\n- Globex\n- Umbrella\n"))) == []


EIGHT_PEOPLE = (
    "- Alice Example (Examplo)\n- Bob Example (Examplo)\n- Carol Example (Fabrikam)\n- Dan Example (Contoso)\n"
    "- Eve Example (Northwind)\n- Frank Example (Tailspin)\n- Grace Example (Woodgrove)\n- Heidi Example (Litware)\n"
)


def test_a_heading_or_a_sentence_counting_the_list_below_it() -> None:
    for intro, written in (
        ("#### Maintainers (7)", "Maintainers (7)"),
        ("Maintainers (7):", "Maintainers (7)"),
        ("Our seven maintainers are listed below.", "seven maintainers"),
        ("Examplo has 7 maintainers, listed below.", "7 maintainers"),
    ):
        text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{intro}\n\n{EIGHT_PEOPLE}"))
        assert lint(text) == [
            ("contradictory-assertion", "warning", line_of(text, intro), column_of(text, written))
        ], intro
        first = line_of(text, "- Alice Example")
        assert (
            f'"{written}" is stated here but the list after it has 8 items (lines {first}-{first + 7})'
            in lint_text(text, "case.md").findings[0].message
        )


def test_three_adopters_over_a_table_of_four() -> None:
    intro = "The project has three adopters, listed below:"
    table = "| Adopter | Use |\n|---|---|\n| Contoso | prod |\n| Northwind | prod |\n| Tailspin | dev |\n| Woodgrove | prod |\n"
    text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{intro}\n\n{table}"))
    assert lint(text) == [
        ("contradictory-assertion", "warning", line_of(text, intro), column_of(text, "three adopters"))
    ]
    assert "the table after it has 4 rows" in lint_text(text, "case.md").findings[0].message


def test_counts_that_bound_select_or_count_something_else_stay_quiet() -> None:
    for intro in (
        "#### Maintainers (8)",
        "The project has over 7 maintainers:",
        "The project has at least 7 maintainers, listed below.",
        "Our 7 maintainers, including:",
        "Our seven maintainers, such as those listed below.",
        "Our maintainers come from 7 organisations:",
        "Our seven maintainers are listed in the [maintainers file](https://github.com/examplo/community/blob/main/MAINTAINERS.md).\n\nThey meet every week.",
        "#### Maintainers (7)\n\nThe maintainers and their employers:",
    ):
        text = edit(INC, (EVIDENCE_18, f"{EVIDENCE_18}\n\n{intro}\n\n{EIGHT_PEOPLE}"))
        assert lint(text) == [], intro
