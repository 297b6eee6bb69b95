"""The state of a TOC due-diligence document's criteria against its own summary: the checkboxes
taken out of every criterion, a sentence saying boxes are ticked when none is there, and actions the
summary lists as "blocking but since resolved" while their criteria are still unticked.

Each test edits the finished DD fixture the way TOC members write (paraphrased actions, issue
links, a sentence in the summary) and asserts every finding (rule, severity, line, column), so the
places that must stay quiet are asserted too.
"""

from __future__ import annotations

import functools
import re

import pytest

from applint.engine import lint_text
from applint.rules.context import LintContext
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int, int | None]]
RESOLVED = (
    "The following actions were provided to the project that were considered blocking but since resolved:"
)
BLOCKERS = (
    "- [Remove vendor branding from the documentation site](https://github.com/examplo/community/pull/91)\n"
    "- [Record maintainer affiliations in MAINTAINERS.md](https://github.com/examplo/community/pull/95)"
)
RELEASE = "- [x] **Document the project's release process.**"
SELF_ASSESSMENT = "- [x] **Document Security Self-Assessment.**"


def lint(text: str) -> Found:
    report = lint_text(text, "case.md")
    assert report.document_kind == "due-diligence"
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings]


def without_boxes(text: str) -> str:
    """Every criterion written as a plain bullet, as an author who took the boxes out writes it."""
    return re.sub(r"^(\s*)- \[[ xX]\] \*\*", r"\1- **", text, flags=re.MULTILINE)


def test_criteria_without_checkboxes_are_one_finding_at_the_first() -> None:
    assert lint(without_boxes(DD)) == [("unmet-criteria", "warning", 40, None)]
    message = lint_text(without_boxes(DD), "case.md").findings[0].message
    assert message.startswith("none of the ") and '"- [x] **…**" when the TOC found it met' in message


def test_the_criteria_without_boxes_are_found_once_for_both_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """unmet-criteria and contradictory-assertion both read them: one walk of the criteria per DD."""
    found = LintContext.__dict__["criteria_without_boxes"]
    assert isinstance(found, functools.cached_property)
    calls: list[int] = []

    def counted(ctx: LintContext) -> object:
        calls.append(1)
        return found.func(ctx)

    counting = functools.cached_property(counted)
    counting.__set_name__(LintContext, "criteria_without_boxes")
    monkeypatch.setattr(LintContext, "criteria_without_boxes", counting)
    assert lint(without_boxes(DD)) == [("unmet-criteria", "warning", 40, None)]
    assert calls == [1]


def test_a_sentence_saying_the_boxes_are_ticked_when_none_is_there() -> None:
    claim = (
        "Jane Doe (@janedoe) and Raj Patel (@rajp) conducted the due diligence of Examplo who applied for "
        "Incubation. All Engineering Principles checkboxes are `[x]`; the GTR covers the architecture items."
    )
    text = apply_edits(
        DD,
        [
            (
                "Jane Doe (@janedoe) and Raj Patel (@rajp) conducted the due diligence of Examplo who applied "
                "for Incubation. The project has completed the criteria that show its maturity at Incubation.",
                claim,
            )
        ],
    )
    assert lint(without_boxes(text)) == [
        ("contradictory-assertion", "warning", 11, 137),
        ("unmet-criteria", "warning", 40, None),
    ]
    assert lint(text) == []  # with the boxes there, the sentence is true


def test_a_few_criteria_written_without_a_box_are_no_finding_here() -> None:
    text = apply_edits(DD, [(RELEASE, "- **Document the project's release process.**")])
    assert lint(text) == []


def test_resolved_blockers_whose_criteria_are_unticked_are_found_at_each_action() -> None:
    actions = (
        "* Completion of the self-assessment\n"
        "* Document the project's release process\n"
        "* [Remove vendor branding from the documentation site](https://github.com/examplo/community/pull/91)"
    )
    text = apply_edits(
        DD,
        [
            (RESOLVED + "\n\n" + BLOCKERS, RESOLVED.replace("since", "have since been") + "\n" + actions),
            (RELEASE, RELEASE.replace("[x]", "[ ]")),
            (SELF_ASSESSMENT, SELF_ASSESSMENT.replace("[x]", "[ ]")),
        ],
    )
    # the vendor-branding action's criterion is ticked: quiet; the Final Assessment's claim needs no
    # finding of its own, both unticked criteria being named at their actions
    assert lint(text) == [
        ("contradictory-assertion", "error", 19, None),
        ("contradictory-assertion", "error", 20, None),
        ("unmet-criteria", "info", 214, None),
    ]
    messages = [f.message for f in lint_text(text, "case.md").findings]
    assert '"Document Security Self-Assessment." (line 242)' in messages[0]


def test_open_blockers_and_an_unrelated_action_stay_with_the_final_assessment() -> None:
    still_open = (
        "The following blocking items were identified during the review and must be resolved before a vote:"
    )
    actions = "- Completion of the self-assessment\n- Publish the roadmap"
    text = apply_edits(
        DD,
        [
            (RESOLVED + "\n\n" + BLOCKERS, still_open + "\n\n" + actions),
            (SELF_ASSESSMENT, SELF_ASSESSMENT.replace("[x]", "[ ]")),
        ],
    )
    # "must be resolved before a vote" lists open blockers: the Final Assessment's claim is the finding
    # (the unmet list folded into it)
    assert lint(text) == [("contradictory-assertion", "error", 34, None)]


def test_a_resolved_action_the_summary_still_recommends_is_found_at_the_action() -> None:
    again = "- Plan the joint security assessment with TAG Security and Compliance."
    text = apply_edits(
        DD,
        [
            (
                again,
                again + "\n- fix MAINTAINERS.md: record the affiliations of two maintainers (still missing)",
            )
        ],
    )
    assert lint(text) == [("contradictory-assertion", "warning", 21, None)]
    (finding,) = lint_text(text, "case.md").findings
    assert "line 26 still asks for it" in finding.message


def test_a_recommendation_naming_a_resolved_actions_file_for_something_else_stays_quiet() -> None:
    again = "- Plan the joint security assessment with TAG Security and Compliance."
    text = apply_edits(DD, [(again, again + "\n- Add an emeritus section to MAINTAINERS.md.")])
    assert lint(text) == []
