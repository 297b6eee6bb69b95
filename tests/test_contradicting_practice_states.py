"""A practice or tool of the project said to be in place in one sentence and not yet in another
(Dependabot "enabled" and "in the process of enabling", DCO "enforced" and "encouraged but not
required", SBOMs "published with each release" and "planned").

Each test edits a clean application (or self-assessment) the way authors write and asserts every
finding (rule, severity, line, column), so the places that must stay quiet (history, a part of the
project, a recommendation, a question, a quotation, something else of the practice, two practices
in one sentence) are asserted too.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import lint
from tests.text_edits import messages as rule_messages

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
SELF_ASSESSMENT = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]

# Additional Information, line 278 of the incubation application: each case writes two
# paragraphs there (lines 278 and 280).
ADDITIONAL = "Examplo joined the CNCF Sandbox in January 2023 and has shipped twelve releases since."


def messages(base: str, *edits: tuple[str, str]) -> list[str]:
    return rule_messages(base, "contradictory-assertion", *edits)


def two(first: str, second: str) -> tuple[str, str]:
    return (ADDITIONAL, f"{first}\n\n{second}")


# --- one practice, two states ------------------------------------------------------------------------


def test_dependabot_enabled_and_being_enabled() -> None:
    enabled = "Dependabot is enabled on all repositories and opens pull requests for outdated dependencies."
    enabling = "We are in the process of enabling Dependabot across the organisation."
    assert lint(INC, two(enabled, enabling)) == [("contradictory-assertion", "warning", 280, 4)]
    assert messages(INC, two(enabled, enabling)) == [
        'the state of Dependabot is given as "are in the process of" here but as "is enabled" at line 278; '
        "correct the one that is wrong so both say the same"
    ]
    # A plan before the name says the same.
    plan = "The maintainers plan to enable Dependabot next quarter."
    assert lint(INC, two(enabled, plan)) == [("contradictory-assertion", "warning", 280, 17)]


def test_dco_enforced_and_only_encouraged() -> None:
    enforced = "DCO is enforced on every pull request by the DCO GitHub app."
    encouraged = "DCO sign-off is encouraged but not required for contributions."
    assert lint(INC, two(enforced, encouraged)) == [("contradictory-assertion", "warning", 280, 14)]
    assert messages(INC, two(enforced, encouraged)) == [
        'the state of the DCO sign-off is given as "is encouraged" here but as "is enforced" at line 278; '
        "correct the one that is wrong so both say the same"
    ]
    denied = "The project does not yet require DCO sign-off on commits."
    assert lint(INC, two(enforced, denied)) == [("contradictory-assertion", "warning", 280, 13)]
    not_yet = "The DCO check has not been enabled yet."
    assert lint(INC, two(enforced, not_yet)) == [("contradictory-assertion", "warning", 280, 15)]


def test_sboms_published_and_planned() -> None:
    published = "SBOMs are published with each release as SPDX documents attached to the GitHub release."
    planned = "SBOM generation is planned for v2.0."
    assert lint(INC, two(published, planned)) == [("contradictory-assertion", "warning", 280, 17)]
    # The other order: the finding is at the later sentence, naming the first.
    assert messages(INC, two(planned, published)) == [
        'the state of SBOMs is given as "are published" here but as "is planned" at line 278; '
        "correct the one that is wrong so both say the same"
    ]


def test_in_a_self_assessment() -> None:
    practices = (
        "## Secure development practices\n\n"
        "Release artifacts are signed with cosign and verified in CI.\n\n"
        "Two maintainers review every change before it merges.\n\n"
        "Release signing is still in progress and tracked in issue 42."
    )
    text = SELF_ASSESSMENT + "\n" + practices + "\n"
    found = [
        (f.rule, f.severity.label, f.line, f.column)
        for f in lint_text(text, "self-assessment.md").findings
        if f.rule == "contradictory-assertion"
    ]
    assert found == [("contradictory-assertion", "warning", 54, 17)]


# --- quiet ---------------------------------------------------------------------------------------


def test_the_same_state_twice_is_no_contradiction() -> None:
    assert (
        lint(INC, two("Dependabot is enabled on all repositories.", "We use Dependabot for updates.")) == []
    )
    assert lint(INC, two("SBOM generation is planned.", "We plan to publish SBOMs with v2.0.")) == []


def test_history_is_no_contradiction() -> None:
    enforced = "DCO is enforced on every pull request."
    assert lint(INC, two(enforced, "DCO was not enforced before 2023; now it is.")) == []
    assert lint(INC, two(enforced, "Previously DCO sign-off was optional.")) == []
    assert (
        lint(
            INC,
            two(
                "Dependabot is enabled.",
                "We moved from Renovate to Dependabot, which is not yet enabled for docs.",
            ),
        )
        == []
    )


def test_a_part_of_the_project_is_no_contradiction() -> None:
    enforced = "DCO is enforced in the main repository."
    assert lint(INC, two(enforced, "In the plugin repositories DCO is encouraged but not required.")) == []
    assert (
        lint(INC, two("DCO is enforced.", "DCO is enforced in the main repo, encouraged in plugins.")) == []
    )
    assert lint(INC, two("SBOMs are published for container images.", "SBOM generation is planned.")) == []
    enabled = "Dependabot is enabled on all repositories."
    assert lint(INC, two(enabled, "Dependabot is not yet configured for the docs website.")) == []
    cla = "A signed CLA is required for every pull request."
    assert lint(INC, two(cla, "The CLA is not required for documentation changes.")) == []
    enforced = "DCO is enforced on every pull request."
    assert lint(INC, two(enforced, "DCO sign-off is optional for typo fixes in the docs.")) == []


def test_recommendations_questions_quotations_and_other_things_are_no_contradiction() -> None:
    enabled = "Dependabot is enabled on all repositories."
    assert lint(INC, two(enabled, "The project should enable Dependabot for its Helm charts.")) == []
    assert lint(INC, two(enabled, "Is Dependabot enabled for the docs site?")) == []
    assert lint(INC, two(enabled, 'The TOC asked: "Dependabot is not yet enabled?"')) == []
    assert lint(INC, two(enabled, "Dependabot alerts are pending triage by the security team.")) == []
    assert lint(INC, two(enabled, "A migration to Renovate is planned for next year.")) == []
    sboms = "SBOMs are published with each release."
    assert lint(INC, two(sboms, "SBOM signing is planned for v2.0.")) == []
    fuzzing = "Fuzzing runs continuously through OSS-Fuzz."
    assert (
        lint(INC, two(fuzzing, "A CNCF-sponsored fuzzing audit from ADA Logics is currently underway.")) == []
    )
    # Two practices in one sentence: whose state is which is not for sure.
    assert lint(INC, two(enabled, "Dependabot and CodeQL are not yet enabled on the website.")) == []


def test_two_factor_authentication_required_and_not_yet_enforced() -> None:
    required = "Two-factor authentication is required for all members of the GitHub organisation."
    pending = "2FA is not yet enforced; we expect to turn it on for the organisation next month."
    assert lint(INC, two(required, pending)) == [("contradictory-assertion", "warning", 280, 5)]
    assert messages(INC, two(required, pending)) == [
        'the state of two-factor authentication is given as "is not yet enforced" here but as "is required" '
        "at line 278; correct the one that is wrong so both say the same"
    ]
