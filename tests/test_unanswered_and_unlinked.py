"""Issue 21 (trust on real documents): unanswered Suggested criteria, documents named in evidence
without a link, and project facts joined to the list above them. Every case asserts each finding
(rule, severity, line) and that the rest of the document stays quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
LADDER = "- [x] **Contributor ladder with multiple roles for contributors.**"
EVIDENCE_23 = (
    "Evidence 23: see [our document 23](https://github.com/examplo/community/blob/main/doc23.md), "
    "reviewed by the maintainers in meeting number 23."
)
ITERATED = (
    "- [x] **Governance has continuously been iterated upon by the project as a result of their experience "
    "applying it, with the governance history demonstrating evolution of maturity alongside the project's "
    "maturity evolution.**"
)
EVIDENCE_8 = (
    "Evidence 8: see [our document 8](https://github.com/examplo/community/blob/main/doc8.md), "
    "reviewed by the maintainers in meeting number 8."
)
Found = list[tuple[str, str, int | None]]


def lint(*edits: tuple[str, str], issue_body: bool = False) -> Found:
    text = apply_edits(INC, edits)
    report = lint_text(text, "-" if issue_body else "case.md")
    return [(f.rule, f.severity.label, f.line) for f in report.findings]


def test_the_complete_application_stays_quiet() -> None:
    assert lint() == []


# 1. Unanswered Suggested criteria


def test_an_unticked_suggested_criterion_left_as_the_template_wrote_it_is_info_at_its_line() -> None:
    found = lint(
        (ITERATED, ITERATED.replace("[x]", "[ ]")),
        (EVIDENCE_8, "<!-- (Project assertion goes here) -->"),
    )
    assert found == [("unanswered-suggested", "info", 82)]


def test_each_unanswered_suggested_criterion_is_its_own_finding() -> None:
    found = lint(
        (ITERATED, ITERATED.replace("[x]", "[ ]")),
        (EVIDENCE_8, "<!-- (Project assertion goes here) -->"),
        (LADDER, LADDER.replace("[x]", "[ ]")),
        (EVIDENCE_23, ""),
    )
    assert found == [("unanswered-suggested", "info", 82), ("unanswered-suggested", "info", 150)]


@pytest.mark.parametrize(
    "answer",
    [
        "Not yet: we plan a governance retrospective after the 2.0 release.",
        "N/A",
        "We have not iterated on governance since adopting it in 2024.",
        "- History: [GOVERNANCE.md history](https://github.com/examplo/community/commits/main/GOVERNANCE.md)",
    ],
)
def test_an_unticked_suggested_criterion_with_any_answer_stays_quiet(answer: str) -> None:
    found = lint((ITERATED, ITERATED.replace("[x]", "[ ]")), (EVIDENCE_8, answer))
    # An answer that links what it claims and says nothing is open shows the criterion met while
    # its box says not: unchecked-criterion's info (two labellers of a real draft, Krkn L85); this
    # rule stays quiet on every answer.
    linked = answer.startswith("- History")
    assert found == ([("unchecked-criterion", "info", 82)] if linked else [])


def test_an_answer_on_the_criterions_own_line_stays_quiet() -> None:
    unticked = LADDER.replace("[x]", "[ ]")
    assert lint((LADDER, unticked + " Not yet; planned for next year."), (EVIDENCE_23, "")) == []


def test_a_note_under_an_unticked_suggested_criterion_is_the_note_finding_alone() -> None:
    found = lint((LADDER, LADDER.replace("[x]", "[ ]")), (EVIDENCE_23, "<!-- TODO: describe the ladder -->"))
    assert [row for row in found if row[0] == "unanswered-suggested"] == []


# 2. A document named in linked evidence, not linked


def test_a_named_readme_not_linked_is_info_at_the_line_naming_it() -> None:
    found = lint((EVIDENCE_23, EVIDENCE_23 + " The roles are summarised in the project README."))
    assert found == [("evidence-without-link", "info", 152)]


def test_the_line_naming_it_in_a_paragraph_of_several_lines_and_one_finding_per_line() -> None:
    written = EVIDENCE_23 + "\nRoles are also listed in the README and in the contributor guide."
    found = lint((EVIDENCE_23, written), issue_body=True)
    assert found == [("evidence-without-link", "info", 153)]


@pytest.mark.parametrize(
    "written",
    [
        # linked in the same evidence, by its label or its address
        EVIDENCE_23 + " See the [README](https://github.com/examplo/examplo#readme).",
        EVIDENCE_23 + " The [contribution guidelines](https://examplo.io/docs/contribution-guidelines/) too.",
        # words about the ladder, a role, the code of conduct: no document named to open
        EVIDENCE_23 + " The contributor ladder has 4 levels; 2 Owners step down after CoC violations.",
    ],
)
def test_documents_linked_or_never_named_stay_quiet(written: str) -> None:
    assert lint((EVIDENCE_23, written)) == []


def test_a_file_named_without_a_link_is_named_too_but_not_the_readme_where_another_link_is() -> None:
    # Was quiet ("a file named is something to check"): a reviewer cannot open a file named without
    # a link (the dev set's labels: "names MAINTAINERS.md without linking it"); "linked from the
    # README" still names no document to open.
    written = EVIDENCE_23 + " Roles are in CONTRIBUTING.md, linked from the README."
    assert lint((EVIDENCE_23, written)) == [("evidence-without-link", "info", 152)]
    report = lint_text(apply_edits(INC, [(EVIDENCE_23, written)]), "case.md")
    (finding,) = report.findings
    assert "names CONTRIBUTING.md without a link" in finding.message


def test_a_readme_linked_earlier_needs_no_second_link() -> None:
    found = lint(
        (
            EVIDENCE_8,
            EVIDENCE_8 + " Linked from the [README](https://github.com/examplo/examplo/blob/main/README.md).",
        ),
        (EVIDENCE_23, EVIDENCE_23 + " The roles are summarised in the project README."),
    )
    assert found == []


def test_an_unticked_criterion_naming_a_document_is_not_this_finding() -> None:
    found = lint(
        (LADDER, LADDER.replace("[x]", "[ ]")),
        (EVIDENCE_23, EVIDENCE_23 + " The roles are summarised in the project README."),
    )
    # No evidence-without-link; the linked, finished answer under an unticked Suggested box is
    # unchecked-criterion's info (tick it, or say what is missing).
    assert found == [("unchecked-criterion", "info", 150)]
    # Said to be unfinished, the unticked box means it: nothing at all.
    unfinished = EVIDENCE_23 + " The roles are summarised in the project README; a Reviewer role is planned."
    assert lint((LADDER, LADDER.replace("[x]", "[ ]")), (EVIDENCE_23, unfinished)) == []


# 3. A project fact joined to the list above it


SUB_PROJECTS = "Sub-Projects: https://github.com/examplo/examplo-operator\n"
AS_LIST = (
    "Sub-Projects:\n- https://github.com/examplo/examplo-operator\n- https://github.com/examplo/examplo-cli\n"
)


@pytest.mark.parametrize("issue_body", [False, True])
def test_a_fact_line_right_after_a_list_is_a_warning_at_its_line(issue_body: bool) -> None:
    found = lint((SUB_PROJECTS, AS_LIST), issue_body=issue_body)
    assert found == [("malformed-markdown", "warning", 13)]


def test_an_indented_list_and_a_bold_label_are_found_too() -> None:
    written = "Sub-Projects: \n - https://github.com/examplo/examplo-operator\n**Communication:** #examplo on CNCF Slack\n"
    found = lint((SUB_PROJECTS + "Communication: #examplo on CNCF Slack\n", written))
    assert found == [("malformed-markdown", "warning", 12)]


@pytest.mark.parametrize(
    "written",
    [
        AS_LIST + "\n",  # a blank line ends the list
        # a list item's own text wrapped onto an unindented line
        "Sub-Projects:\n- https://github.com/examplo/examplo-operator, which installs\nand upgrades Examplo\n\n",
        # indented under the item: meant as part of it
        "Sub-Projects:\n- https://github.com/examplo/examplo-operator\n  Communication: its own channel\n\n",
    ],
)
def test_a_list_the_author_ended_or_continued_stays_quiet(written: str) -> None:
    assert lint((SUB_PROJECTS, written)) == []
