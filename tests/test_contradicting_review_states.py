"""A security review said to be open in one place and done in another (a third-party audit "in
progress" and "completed", a self-assessment "planned" and "completed"), and a ticked review whose
own evidence says there has been none or that it is still being arranged.

Each test edits a clean application the way authors write and asserts every finding (rule,
severity, line, column), so the places that must stay quiet (another round of the review, two
firms' audits, a condition, audit logging, fixes for its findings) are asserted too.
"""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.text_edits import lint
from tests.text_edits import messages as rule_messages

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
GRAD = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]

# Additional Information, line 278 of the incubation application: each case writes two
# paragraphs there (lines 278 and 280).
ADDITIONAL = "Examplo joined the CNCF Sandbox in January 2023 and has shipped twelve releases since."
# The evidence under the graduation application's ticked "Third Party Security Review." (line 255).
EVIDENCE_44 = (
    "Evidence 44: see [our document 44](https://github.com/examplo/community/blob/main/doc44.md), "
    "reviewed by the maintainers in meeting number 44."
)
ATTESTATION = ("contradictory-assertion", "error", 2, None)  # the readiness attestation above it


def messages(base: str, *edits: tuple[str, str]) -> list[str]:
    return rule_messages(base, "contradictory-assertion", *edits)


def two(first: str, second: str) -> tuple[str, str]:
    return (ADDITIONAL, f"{first}\n\n{second}")


# --- one review, two states ------------------------------------------------------------------------


def test_an_audit_in_progress_and_completed() -> None:
    first = "A third-party security audit by Trail of Bits is in progress, coordinated by OSTIF."
    second = (
        "The security audit by Trail of Bits was completed in March 2025 "
        "([report](https://examplo.io/audit-2025.pdf))."
    )
    assert lint(INC, two(first, second)) == [("contradictory-assertion", "warning", 280, 37)]
    assert messages(INC, two(first, second)) == [
        'the state of the security audit is given as "was completed" here but as '
        '"is in progress" at line 278; correct the one that is wrong so both say the same'
    ]


def test_a_self_assessment_planned_and_completed_in_other_words() -> None:
    planned = "Our security self-assessment is planned for Q3 2025, with help from TAG Security."
    done = (
        "We completed our security self-assessment "
        "([cncf/tag-security#1234](https://github.com/cncf/tag-security/pull/1234))."
    )
    assert lint(INC, two(planned, done)) == [("contradictory-assertion", "warning", 280, 4)]
    # A label's value, and the other order: the finding is at the later one.
    assert lint(INC, two(planned, "The security self-assessment is complete.")) == [
        ("contradictory-assertion", "warning", 280, 30)
    ]
    assert lint(INC, two(planned, "The security self-assessment is not complete yet.")) == []
    label = "- **Self-assessment:** in progress ([draft](https://github.com/examplo/community/pull/77))"
    merged = "The self-assessment has been completed and merged into the TAG Security repository."
    assert lint(INC, two(merged, label)) == [("contradictory-assertion", "warning", 280, 24)]


def test_an_audit_the_project_is_undergoing_against_one_it_lists_as_done() -> None:
    done = "- Security audit: completed by Cure53 ([report](https://examplo.io/cure53.pdf))"
    undergoing = "We are currently undergoing a security audit with Cure53."
    assert lint(INC, two(done, undergoing)) == [("contradictory-assertion", "warning", 280, 4)]


def test_a_table_row_giving_the_state() -> None:
    table = (
        "| Review | State |\n|---|---|\n| Security self-assessment | In progress |\n"
        "| Third-party security audit | Completed ([report](https://examplo.io/audit.pdf)) |"
    )
    done = "We completed our security self-assessment in 2024 with TAG Security."
    assert lint(INC, two(table, done)) == [("contradictory-assertion", "warning", 283, 4)]
    agreeing = "Examplo underwent a third-party security audit with Cure53."
    assert lint(INC, two(table, agreeing)) == []
    two_moments = "| Review | At Sandbox | Today |\n|---|---|---|\n| Security audit | Planned | Completed |"
    assert lint(INC, two(two_moments, "The security audit was completed in 2024.")) == []
    assert lint(INC, two(two_moments, "The security audit is in progress.")) == []


def test_one_state_said_twice_stays_quiet() -> None:
    first = "The joint assessment with TAG Security was completed in 2024."
    second = "The joint assessment has been completed; its recommendations are tracked in issues."
    assert lint(INC, two(first, "The joint assessment was performed with TAG Security.")) == []
    assert lint(INC, two(first, second)) == []


def test_another_round_or_its_follow_up_stays_quiet() -> None:
    done = "The audit with Trail of Bits was completed in 2023 ([report](https://examplo.io/tob.pdf))."
    for other in (
        "A second audit, with Ada Logics, is scheduled for 2026.",
        "The next security audit is planned for early 2026.",
        "A follow-up audit is in progress.",
        "Fixes for the two low findings of the audit are in progress.",
        "A security audit is planned for 2026.",  # another year: another audit
        "An audit with Ada Logics is in progress.",  # another firm
        "A fuzzing audit is currently underway.",
    ):
        assert lint(INC, two(done, other)) == [], other


def test_conditions_questions_quotations_and_audit_logs_stay_quiet() -> None:
    done = "Our third-party security audit has been completed ([report](https://examplo.io/audit.pdf))."
    for other in (
        "Once the audit is completed, we will publish the report.",
        "Is the security audit in progress? No, it is done.",
        'The TAG asked whether the "audit is in progress" note was still true.',
        "Audit logging is in progress for the API server.",
        "An ownership audit is in progress at the CNCF.",
        "The audit was scheduled for March and took six weeks.",
    ):
        assert lint(INC, two(done, other)) == [], other


def test_two_reviews_are_two_facts() -> None:
    self_done = "The security self-assessment was completed in 2024."
    audit_open = "The third-party security audit is in progress."
    assert lint(INC, two(self_done, audit_open)) == []
    # The state of something done to the review, not of the review itself.
    reviewed = "TAG Security's review of the self-assessment is in progress."
    assert lint(INC, two(self_done, reviewed)) == []
    merged = (
        "The pull request for our self-assessment is still open; the self-assessment itself was completed."
    )
    assert lint(INC, two("The self-assessment was completed in 2024.", merged)) == []


# --- a ticked review its own evidence denies ---------------------------------------------------------


def test_a_ticked_audit_over_evidence_saying_there_has_been_none() -> None:
    for evidence in (
        "We have not had a third party security audit yet.",
        "No third-party audit has been performed so far.",
        "Examplo does not have a third-party audit.",
        "An audit is being arranged with OSTIF.",
        "We haven't had a third-party security audit yet.",
        "Examplo doesn’t have a third-party audit.",
    ):
        # At the box that claims it, like every finding about a criterion (no column).
        assert lint(GRAD, (EVIDENCE_44, evidence)) == [
            ATTESTATION,
            ("contradictory-assertion", "error", 255, None),
        ], evidence
    text = messages(GRAD, (EVIDENCE_44, "No third-party audit has been performed so far."))[1]
    assert 'its evidence says "No third-party audit has been performed"' in text and "(line 259)" in text


def test_a_ticked_audit_with_another_round_planned_stays_quiet() -> None:
    done = "The audit by Trail of Bits was completed in 2023 ([report](https://examplo.io/tob.pdf))."
    for plan in (
        "A second audit is planned for 2027.",
        "The next audit is scheduled for Q3 2027.",
        "A follow-up audit with OSTIF is in progress.",
        "Fixes for two low findings are in progress.",
        "We have not had any security incidents since.",
    ):
        assert lint(GRAD, (EVIDENCE_44, f"{done} {plan}")) == [], plan
