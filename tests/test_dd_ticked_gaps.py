"""A DD criterion ticked as met while its own evaluation says it is not ("The GOVERNANCE.md file is
missing.", "Partially met: …", "The project still needs to …"): one error (contradictory-assertion)
at the box, telling the TOC member to untick it or record it in the summary as an accepted
exception or condition. Quiet where the evaluation says the gap was since closed ("was missing,
added in #123"), recommends ("We recommend adding …"), asks or negates ("Nothing is missing"), and
under an unticked box.

Each test rewrites one evaluation line of a DD draft in place (same lines) and asserts every finding
it adds and that it removes none.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import Found, apply_edits, findings_added, findings_of

DD = (FIXTURES / "dd" / "graduation-draft.md").read_text(encoding="utf-8")
EVALUATION = (
    "[GOVERNANCE.md](https://github.com/fabrikam-mesh/community/blob/main/GOVERNANCE.md) is linked from the "
    "README of every repository."
)
CRITERION = "- [x] **Clear and discoverable project governance documentation.**"
LINK = " See [GOVERNANCE.md](https://github.com/fabrikam-mesh/community/blob/main/GOVERNANCE.md)."


def found(text: str) -> Found:
    return findings_of(text, "dd.md")


def added(*edits: tuple[str, str]) -> Found:
    return findings_added(DD, edits, "dd.md")


def line_of(needle: str) -> int:
    return DD[: DD.index(needle)].count("\n") + 1


def test_a_ticked_criterion_whose_evaluation_names_a_gap() -> None:
    at_box = ("contradictory-assertion", "error", line_of(CRITERION), None)
    for evaluation in (
        "The GOVERNANCE.md file is missing from the community repository.",
        "Partially met: the maintainers list in GOVERNANCE.md is out of date.",
        "The project still needs to publish its election process.",
        "Links to the governance are missing from two of the three repositories.",
    ):
        assert added((EVALUATION, evaluation + LINK)) == {at_box}, evaluation


def test_the_message_tells_the_toc_member_what_to_do() -> None:
    text = apply_edits(DD, [(EVALUATION, "The project still needs to publish its election process." + LINK)])
    (finding,) = [f for f in lint_text(text, "dd.md").findings if f.line == line_of(CRITERION)]
    assert finding.message == (
        '"Clear and discoverable project governance…" is ticked as met, but its evaluation says "The '
        'project still needs to publish its election process." '
        f"(line {line_of(CRITERION) + 2}); untick it, or record it in the summary as an exception the TOC "
        "accepts or a condition of the move"
    )


def test_gaps_since_closed_recommendations_and_negations_stay_quiet() -> None:
    for evaluation in (
        "The GOVERNANCE.md file was missing, added in https://github.com/fabrikam-mesh/community/pull/123.",
        "The link to the election process is missing but has since been added to the README.",
        "We recommend adding a section on elections, which is missing today.",
        "Nothing is missing: GOVERNANCE.md is linked from the README of every repository.",
        "If GOVERNANCE.md is missing from a repository, its README links the community one.",
    ):
        assert added((EVALUATION, evaluation + LINK)) == set(), evaluation


def test_an_unticked_criterion_naming_its_gap_stays_quiet() -> None:
    unticked = CRITERION.replace("[x]", "[ ]")
    assert (
        found(
            apply_edits(
                DD, [(CRITERION, unticked), (EVALUATION, "The GOVERNANCE.md file is missing." + LINK)]
            )
        )
        - found(apply_edits(DD, [(CRITERION, unticked)]))
        == set()
    )
