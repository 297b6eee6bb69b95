"""A DD criterion ticked as met while its own evaluation denies what the criterion asks for, in the
criterion's own words rather than a stock phrase ("… does not currently list affiliation" under
"… including names, contact information, domain of responsibility, and affiliation."): one error
(contradictory-assertion) at the box. Quiet where the denial is conceded ("While …"), answered in
the same sentence ("…, but is available from devstats"), a recommendation or a gap since closed, of
something another sentence of the evaluation shows met, of something the criterion does not ask
for, and where the Evaluation Summary names the criterion as a condition or a follow-up.

Each test rewrites one evaluation of a finished DD (fixtures/dd/incubation-complete.md, no
findings) in place and asserts every finding it adds and that it removes none.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import Found, apply_edits, findings_added, findings_of

DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
MAINTAINERS_BOX = (
    "- [x] **Document complete list of current maintainers, including names, contact information, domain "
    "of responsibility, and affiliation.**"
)
MAINTAINERS = (
    "[MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md) lists eleven maintainers "
    "with GitHub handle, e-mail, area and employer."
)
MAINTAINERS_LINK = "[MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md)"
NEUTRAL_BOX = "- [x] **Governance clearly documents [vendor-neutral]"
NEUTRAL = (
    "GOVERNANCE.md states that no company may hold more than half of the steering seats "
    "([section](https://github.com/examplo/community/blob/main/GOVERNANCE.md#vendor-neutrality))."
)
ROLES_BOX = "- [x] **Document how role, function-based members, or sub-teams are assigned"
ROLES = (
    "The security response team is chosen by the maintainers and listed in "
    "[SECURITY_TEAM.md](https://github.com/examplo/community/blob/main/SECURITY_TEAM.md) with its onboarding steps."
)
SUBMIT_BOX = "- [x] **Clearly defined and discoverable process to submit issues or changes.**"
SUBMIT = (
    "Issues and pull requests are taken on GitHub with templates; "
    "[CONTRIBUTING.md](https://github.com/examplo/examplo/blob/main/CONTRIBUTING.md) explains the flow."
)


def found(text: str) -> Found:
    return findings_of(text, "dd.md")


def added(*edits: tuple[str, str]) -> Found:
    return findings_added(DD, edits, "dd.md")


def at_box(box: str) -> set[tuple[str, str, int | None, int | None]]:
    return {("contradictory-assertion", "error", DD[: DD.index(box)].count("\n") + 1, None)}


def test_an_evaluation_denying_what_its_ticked_criterion_asks_for() -> None:
    for box, evaluation, denial in (
        (
            MAINTAINERS_BOX,
            MAINTAINERS,
            f"The full list of maintainers is present in {MAINTAINERS_LINK} but does not currently list "
            "affiliation.",
        ),
        (
            NEUTRAL_BOX,
            NEUTRAL,
            "GOVERNANCE.md caps any one company at half of the steering seats, but the governance documents "
            "do not state 'vendor neutrality' as an explicit principle.",
        ),
        (
            ROLES_BOX,
            ROLES,
            "The security response team is chosen by the maintainers. Team membership is private, and a "
            "public list of these roles is not currently available.",
        ),
        (
            SUBMIT_BOX,
            SUBMIT,
            "There is currently no reference in the docs on how users can submit issues "
            "([requested here](https://github.com/examplo/examplo/issues/310)).",
        ),
    ):
        assert added((evaluation, denial)) == at_box(box), denial


def test_the_message_quotes_the_denial_and_says_what_to_do() -> None:
    text = apply_edits(
        DD,
        [
            (
                MAINTAINERS,
                f"The full list of maintainers is present in {MAINTAINERS_LINK} but does not currently list "
                "affiliation.",
            )
        ],
    )
    line = DD[: DD.index(MAINTAINERS_BOX)].count("\n") + 1
    (finding,) = [f for f in lint_text(text, "dd.md").findings if f.line == line]
    assert finding.message == (
        '"Document complete list of current maintainers…" is ticked as met, but its evaluation says '
        f'"…does not currently list affiliation." (line {line + 2}); untick it, or record it in the '
        "summary as an exception the TOC accepts or a condition of the move"
    )


def test_conceded_answered_recommended_or_closed_denials_stay_quiet() -> None:
    for evaluation in (
        f"While {MAINTAINERS_LINK} does not list affiliation, the devstats dashboard shows each "
        "maintainer's employer.",
        f"Affiliation is not recorded in {MAINTAINERS_LINK}, but is available from the devstats dashboard.",
        f"We recommend recording affiliation, which {MAINTAINERS_LINK} does not currently list.",
        f"{MAINTAINERS_LINK} did not list affiliation until it was added in community#140.",
        f"No issues were found: {MAINTAINERS_LINK} names all eleven maintainers with their employers.",
    ):
        assert added((MAINTAINERS, evaluation)) == set(), evaluation


def test_a_denial_of_what_another_sentence_shows_or_the_criterion_does_not_ask_stays_quiet() -> None:
    for evaluation in (
        # the governance is shown in GOVERNANCE.md; the website is another place
        NEUTRAL + " The project's website does not link the governance.",
        # the criterion asks nothing of the project's trademarks
        NEUTRAL + " The governance does not mention trademarks.",
    ):
        assert added((NEUTRAL, evaluation)) == set(), evaluation


def test_a_denial_the_summary_names_as_a_follow_up_stays_quiet() -> None:
    follow_up = "- Publish upgrade testing results with each minor release."
    denial = "The security response team is chosen by the maintainers. Team membership is private."
    assert added((ROLES, denial)) == at_box(ROLES_BOX)
    assert (
        added(
            (ROLES, denial), (follow_up, follow_up + "\n- Publish the members of the security response team.")
        )
        == set()
    )


def test_an_unticked_criterion_denying_what_it_asks_stays_quiet() -> None:
    unticked = MAINTAINERS_BOX.replace("[x]", "[ ]")
    denial = f"The full list of maintainers is present in {MAINTAINERS_LINK} but does not currently list affiliation."
    base = found(apply_edits(DD, [(MAINTAINERS_BOX, unticked)]))
    assert "contradictory-assertion" not in {
        rule
        for rule, *_ in found(apply_edits(DD, [(MAINTAINERS_BOX, unticked), (MAINTAINERS, denial)])) - base
    }
