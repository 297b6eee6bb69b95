"""Contradictions inside a companion document (GTR, governance review, self-assessment): a 24-hour
time written with AM or PM, two counts of one thing, a count against its list; a review's own issue
and its application's issue stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.rule_rows import Row, rule_rows

SELF_ASSESSMENT = (
    SELF_ASSESSMENT_HEAD
    + """
## Project Compliance

Kestrel has 7 maintainers from 3 organisations.

## Communication Channels

* Internal: the maintainers meet on {meeting}.
* Inbound: users reach the team in the #kestrel channel of the CNCF Slack.
* Outbound: releases are announced on the kestrel-announce mailing list.

## Governance

Kestrel has 9 maintainers, who review every security report together.
"""
)


def rows(text: str) -> list[Row]:
    return rule_rows(text, "contradictory-assertion")


def test_a_24_hour_time_with_pm_and_two_counts_of_maintainers() -> None:
    text = SELF_ASSESSMENT.format(meeting="Tuesday 19:00 PM China Standard Time (CST)")
    # 22: "19:00 PM"; 28: 9 maintainers against 7 at line 18.
    assert rows(text) == [
        ("contradictory-assertion", "warning", 22),
        ("contradictory-assertion", "warning", 28),
    ]
    found = {f.line: f for f in lint_text(text).findings if f.rule == "contradictory-assertion"}
    assert found[22].column == 45
    assert '"19:00 PM" is a 24-hour time with "PM"' in found[22].message
    assert "line 18" in found[28].message


def test_times_on_one_clock_stay_quiet() -> None:
    for meeting in ("Tuesday 19:00 CST", "Tuesday 7:00 PM CST", "Tuesday 12:30 PM CST", "Tuesday 7 p.m. CST"):
        text = SELF_ASSESSMENT.format(meeting=meeting).replace("has 9 maintainers", "has 7 maintainers")
        assert rows(text) == [], meeting


GOVERNANCE_REVIEW = """# Kestrel - Governance Review - 2026-01-21

What follows is a governance review and assessment for the Kestrel project. The
review was executed as part of due diligence when Kestrel submitted to move to
Incubation level at CNCF in <https://github.com/cncf/toc/issues/1472>.

- Project: <https://github.com/kestrel/kestrel>
- Matriculation issue: <https://github.com/cncf/toc/issues/1472>
- Governance review issue: <https://github.com/cncf/toc/issues/1963>

## Summary and Assessment

The project's governance is clear and current.
"""


def test_a_reviews_own_issue_and_its_applications_stay_quiet() -> None:
    assert rows(GOVERNANCE_REVIEW) == []
