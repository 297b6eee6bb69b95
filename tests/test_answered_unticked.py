"""unchecked-criterion on a Suggested criterion left unticked though its own answer shows it met
(a link, nothing said to be open): the box and the answer disagree, and a reviewer asks the
applicant to tick it or say what is missing. Info, once, at the criterion. Answers written as
authors write them; every case asserts each finding (rule, severity, line) and the quiet places."""

from __future__ import annotations

import pytest

from tests.test_named_without_link import INC, evidence, lint

ITERATED = (
    "- [x] **Governance has continuously been iterated upon by the project as a result of their experience "
    "applying it"
)
UNTICKED = ITERATED.replace("- [x]", "- [ ]")
HISTORY = (
    "Governance evolution can be reviewed via the [git history of GOVERNANCE.md]"
    "(https://github.com/examplo/community/commits/main/GOVERNANCE.md). The project has grown from initial "
    "Sandbox acceptance through expanding its contributor ladder."
)
STATEMENT = next(n for n, line in enumerate(INC.split("\n"), 1) if line.startswith(ITERATED))


@pytest.mark.parametrize(
    "written",
    [
        HISTORY,
        "  - [Governance changes since 2023](https://github.com/examplo/community/commits/main/GOVERNANCE.md)",
        "We revised it twice:\n- [2023 revision](https://github.com/examplo/community/pull/12)\n"
        "- [2025 revision](https://github.com/examplo/community/pull/40)",
    ],
)
def test_an_unticked_suggested_criterion_with_a_linked_answer_is_told_once(written: str) -> None:
    assert lint((ITERATED, UNTICKED), (evidence(8), written)) == [("unchecked-criterion", "info", STATEMENT)]


def test_the_message_says_what_to_do() -> None:
    from applint.engine import lint_text
    from tests.text_edits import apply_edits

    report = lint_text(apply_edits(INC, ((ITERATED, UNTICKED), (evidence(8), HISTORY))), "case.md")
    (finding,) = [f for f in report.findings if f.rule == "unchecked-criterion"]
    assert finding.message == (
        'Suggested criterion "Governance has continuously been iterated upon by the…" is answered '
        f"(line {STATEMENT + 2}, with a link) but not ticked; tick it if the answer shows it met, or say what "
        "is still missing"
    )


@pytest.mark.parametrize(
    "written",
    [
        # ticked: nothing to say
        None,
        # open, declined, partial or planned, as authors say it
        "Not yet: a revision is planned for 2.0, see [#88](https://github.com/examplo/community/issues/88).",
        "The new charter is in review in [PR 97](https://github.com/examplo/community/pull/97).",
        "Discussed with the maintainers; in progress for 2027 planning ([notes](https://example.org/notes)).",
        "Not pursued; see [the steering notes](https://example.org/steering).",
        "We will revisit it after [the 2.0 release](https://github.com/examplo/examplo/milestone/3).",
        "Partially: the [2023 revision](https://github.com/examplo/community/pull/12) covers roles only.",
        # no link of its own: unanswered-suggested and criterion-without-evidence speak of answers
        "We revise it every year at the maintainer summit.",
        "N/A",
    ],
)
def test_quiet_when_ticked_open_or_unlinked(written: str | None) -> None:
    if written is None:
        assert lint((evidence(8), HISTORY)) == []
        return
    assert [
        row for row in lint((ITERATED, UNTICKED), (evidence(8), written)) if row[0] == "unchecked-criterion"
    ] == []


def test_a_required_criterion_keeps_its_one_warning() -> None:
    required = (
        "- [x] **Document complete list of current maintainers, including names, contact information, domain "
        "of responsibility, and affiliation.**"
    )
    line = next(n for n, text in enumerate(INC.split("\n"), 1) if text == required)
    # (the ticked readiness attestation then contradicts it: contradictory-assertion's finding at line 2)
    assert lint((required, required.replace("- [x]", "- [ ]"))) == [
        ("contradictory-assertion", "error", 2),
        ("unchecked-criterion", "warning", line),
    ]
