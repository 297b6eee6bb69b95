"""A governance review's finding said again under another area with one word changed (``reworded``
in ``matching.repeated_sentences``): one duplicate-content warning at the repeat, naming the first;
quiet for sentences with a word changed under one heading (a series of cases), for a word changed in
the sentence's subject (two things said alike), and in other families, where a GTR's questions ask
for one answer in several places."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING
from tests.rule_rows import Row, rule_rows

_PATH = "governance-review.md"

REVIEW = """# Kelpie Governance Review

Reviewer: Dana Whitfield (TOC), for Kelpie's move to Incubation
([cncf/toc#1612](https://github.com/cncf/toc/issues/1612)).

## Decisions and Role Assignments

The steering committee decides by lazy consensus and falls back to a simple majority vote, as
[GOVERNANCE.md](https://github.com/kelpie-dev/community/blob/main/GOVERNANCE.md) describes.
Votes are recorded in the community repository, though a complete record of the 2024 and 2025
decisions in one searchable public place could not be confirmed during this review.
Steering committee votes are announced on the mailing list a week ahead with the proposal and a
link to its pull request.

## Maintainers and Maintainer Lifecycle

MAINTAINERS.md lists eleven maintainers with their employers and GitHub handles. Inactive maintainers
move to emeritus after six months without review activity.

## Contributors and Community

{community}
"""

PASTED = (
    "The contributor meeting is on the CNCF calendar. A complete record of the decisions in one "
    "searchable shared place could not be confirmed during this review."
)


def rows(text: str, path: str = _PATH) -> list[Row]:
    return rule_rows(text, "duplicate-content", path)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_finding_said_again_under_another_area_with_a_word_changed() -> None:
    text = REVIEW.format(community=PASTED)
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "The contributor meeting"))]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "duplicate-content"]
    assert finding.column == len("The contributor meeting is on the CNCF calendar. ") + 1
    assert finding.message.startswith(
        f"this sentence repeats line {line_of(text, 'Votes are')} nearly word for word "
        '("A complete record of the decisions in one searchable shared…")'
    )


def test_a_series_a_changed_subject_and_a_gtr_stay_quiet() -> None:
    series = REVIEW.format(
        community=(
            "Tokens are scoped to one repository where GitHub allows it. If an attacker obtains a maintainer's "
            "token, every repository of the organisation may be changed without review by the other "
            "maintainers. Maintainers rotate their tokens every ninety days.\n\n"
            "Contributors hold no organisation token. If an attacker obtains the release bot's token, every "
            "repository of the organisation may be changed without review by the other maintainers. The bot "
            "that merges dependency updates uses a fine-grained token instead."
        )
    )
    subject = REVIEW.format(
        community=(
            "Release votes are announced on the mailing list a week ahead with the proposal and a link to "
            "its pull request."
        )
    )
    assert rows(series) == []
    assert rows(subject) == []
    gtr = (
        "# General Technical Review - Kestrel / Incubation\n"
        + GTR_OPENING
        + "  The maintainers review the roadmap board every month. Roadmap items are proposed in issues and a "
        "complete record of the decisions in one searchable public place is kept in the community repository "
        "today.\n\n"
        "### Usability\n\n- How should the target personas interact with your project?\n\n"
        "  Platform teams install the chart and data scientists submit jobs with the CLI. Roadmap items are "
        "proposed in issues and a complete record of the decisions in one searchable shared place is kept in "
        "the community repository today.\n"
    )
    assert rows(gtr, "-") == []
