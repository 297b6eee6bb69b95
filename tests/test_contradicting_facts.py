"""Issue 21: one application giving two values for one fact (two dates for the Sandbox acceptance or
the TAG presentation, two pull requests for the GTR, two counts of maintainers), and the level
assertion written in the applicant's own words.

Each test edits a clean application the way authors write and asserts every finding (rule,
severity, line, column), so the places that must stay quiet (two dates of two events, a timeline,
a rule about approvals, a part of the project) are asserted too.
"""

from __future__ import annotations

from applint.engine import lint_source, lint_text
from applint.matching.level_assertion import levels_named
from applint.readers.sources import Source
from applint.text.badges import badge_level
from applint.text.dates import Date, find_dates
from applint.text.joined import JoinedTexts
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
GRAD = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]

ASSERTION = "- [x] This project is currently Sandbox, accepted on 20230115, and applying to Incubation."
OTHER = "- [ ] This project is applying to join the CNCF at the Incubation level."
ADDITIONAL = "Examplo joined the CNCF Sandbox in January 2023 and has shipped twelve releases since."
EVIDENCE_18 = (
    "Evidence 18: see [our document 18](https://github.com/examplo/community/blob/main/doc18.md), "
    "reviewed by the maintainers in meeting number 18."
)


def lint(base: str, *edits: tuple[str, str]) -> Found:
    text = apply_edits(base, edits)
    return [(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, "case.md").findings]


def messages(base: str, *edits: tuple[str, str]) -> list[str]:
    text = base
    for old, new in edits:
        text = text.replace(old, new, 1)
    return [f.message for f in lint_text(text, "case.md").findings]


# --- the level assertion in the applicant's words ----------------------------------------------


def test_a_reworded_level_assertion_is_the_alternative_naming_the_same_levels() -> None:
    reworded = "- [x] The project joined the CNCF Sandbox on 2023-01-15 and now applies for Incubation."
    assert lint(INC, (ASSERTION, reworded)) == []
    # Written as an issue body: the sentence broken over two lines.
    broken = "- [x] Examplo joined the CNCF Sandbox on 2023-01-15\n  and now applies for Incubation."
    assert lint(INC, (ASSERTION, broken)) == []


def test_the_direct_alternative_reworded_with_the_sandbox_denied() -> None:
    direct = "- [x] Examplo applies to join CNCF directly at Incubation, not via the Sandbox."
    assert levels_named(direct) == frozenset({"incubation"})
    found = lint(
        INC,
        (
            ASSERTION,
            "- [ ] This project is currently Sandbox, accepted on YYYYMMDD, and applying to Incubation.",
        ),
        (OTHER, direct),
    )
    assert ("unchecked-criterion", "warning", 22, None) not in found
    assert not [f for f in found if f[0] == "missing-criterion"]


def test_an_unrelated_box_in_the_level_assertion_is_no_assertion() -> None:
    unrelated = "- [x] Examplo has shipped twelve releases and is used in production."
    assert lint(INC, (ASSERTION, unrelated)) == [("unchecked-criterion", "warning", 22, None)]


# --- two dates for one event ---------------------------------------------------------------------


def test_two_sandbox_acceptance_dates() -> None:
    reworded = "- [x] The project joined the CNCF Sandbox on 2021-06-22 and now applies for Incubation."
    assert lint(INC, (ASSERTION, reworded)) == [("contradictory-assertion", "warning", 278, 36)]
    assert messages(INC, (ASSERTION, reworded)) == [
        'the Sandbox acceptance date is given as "January 2023" here but as "2021-06-22" at line 21; '
        "correct the one that is wrong so both say the same"
    ]


def test_a_date_agrees_to_the_precision_written() -> None:
    # "January 2023" (Additional Information) and "20230115" (the assertion) are one date.
    assert lint(INC) == []
    year_only = "Examplo has been a CNCF Sandbox project since 2023 and has shipped twelve releases."
    assert lint(INC, (ADDITIONAL, year_only)) == []


def test_two_events_in_one_sentence_keep_their_own_dates() -> None:
    history = (
        "Examplo joined the CNCF Sandbox in January 2023, was onboarded on 2023-04-02, "
        "applied for Incubation on 2024-11-05 and presented to TAG Runtime on 05-MAR-2025."
    )
    assert lint(INC, (ADDITIONAL, history)) == []
    levels = "Examplo joined the CNCF as a sandbox project in January 2023 and evolved into incubation on 2025-01-08."
    assert lint(INC, (ADDITIONAL, levels)) == []


def test_the_move_to_incubation_dated_twice() -> None:
    met = "   - [x] Met during Project's application on 05-MAR-2025."
    moved = (
        "   - [x] Met during Project's Sandbox application on Apr 2020 and subsequent move to incubating in "
        "2021/08/30 through PR [#712](https://github.com/cncf/toc/pull/712)"
    )
    assert lint(GRAD, (met, moved)) == [("contradictory-assertion", "warning", 59, 100)]
    agreeing = moved.replace("2021/08/30", "2023-01-15")
    assert lint(GRAD, (met, agreeing)) == []
    before = moved.replace(
        "and subsequent move to incubating in", "and a first PR for the move to incubating on"
    )
    assert lint(GRAD, (met, before)) == []  # "first": not the one event


def test_a_timeline_stays_quiet() -> None:
    timeline = (
        "Project timeline:\n\n"
        "- 2022-09-14: Examplo applied to the CNCF Sandbox\n"
        "- January 2023: accepted into the CNCF Sandbox\n"
        "- 2023-04-02: onboarding completed\n"
        "- 05-MAR-2025: presented to TAG Runtime"
    )
    assert lint(INC, (ADDITIONAL, timeline)) == []


def test_two_tag_presentation_dates() -> None:
    first = "Examplo presented its architecture to TAG Runtime on 05-MAR-2025 (recording linked below)."
    later = "We presented the Examplo architecture to TAG Runtime on 2025-04-02."
    found = lint(INC, (EVIDENCE_18, first), (ADDITIONAL, later))
    assert found == [("contradictory-assertion", "warning", 278, 57)]
    text = messages(INC, (EVIDENCE_18, first), (ADDITIONAL, later))[0]
    assert "the TAG presentation date" in text and "at line 126" in text


def test_the_engagement_date_under_the_tag_criterion_is_not_the_presentation() -> None:
    # "This occurred on 05-MAR-2025" (line 38) dates the engagement its link records; the
    # presentation itself may come days earlier.
    later = "We presented the Examplo architecture to TAG Runtime on 2025-02-26."
    assert lint(INC, (ADDITIONAL, later)) == []


def test_a_second_presentation_is_no_contradiction() -> None:
    first = "Examplo presented its architecture to TAG Runtime on 05-MAR-2025 (recording linked below)."
    again = "We presented to TAG Runtime again on 2025-04-02 with the updated design."
    assert lint(INC, (EVIDENCE_18, first), (ADDITIONAL, again)) == []
    other_tag = "We presented the threat model to TAG Security on 2025-04-02."
    assert lint(INC, (EVIDENCE_18, first), (ADDITIONAL, other_tag)) == []


# --- two issues or pull requests for one review --------------------------------------------------


def test_two_pull_requests_for_the_gtr() -> None:
    first = "Our GTR is under review in [cncf/toc#1500](https://github.com/cncf/toc/pull/1500)."
    second = "The GTR ([cncf/toc#1512](https://github.com/cncf/toc/pull/1512)) answers every question."
    found = lint(INC, (EVIDENCE_18, first), (ADDITIONAL, second))
    assert found == [("contradictory-assertion", "warning", 278, 11)]
    text = messages(INC, (EVIDENCE_18, first), (ADDITIONAL, second))[0]
    assert "cncf/toc#1512" in text and "cncf/toc#1500" in text and "line 126" in text


def test_the_project_copy_and_the_toc_request_are_two_artefacts() -> None:
    project = (
        "The project copy of our GTR was merged in "
        "[#4177](https://github.com/examplo/examplo/pull/4177); the TOC request is "
        "[cncf/toc#2266](https://github.com/cncf/toc/issues/2266)."
    )
    again = "- [Technical Review #2266](https://github.com/cncf/toc/issues/2266)"
    assert lint(INC, (EVIDENCE_18, project), (ADDITIONAL, again)) == []
    replaced = "Our GTR draft ([cncf/toc#1490](https://github.com/cncf/toc/issues/1490)) was superseded."
    assert lint(INC, (EVIDENCE_18, project), (ADDITIONAL, replaced)) == []


# --- two counts of maintainers -------------------------------------------------------------------


def test_two_maintainer_counts() -> None:
    first = "Examplo has 9 maintainers from 4 companies, listed in [MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md)."
    second = "Our seven maintainers meet every week."
    assert lint(INC, (EVIDENCE_18, first), (ADDITIONAL, second)) == [
        ("contradictory-assertion", "warning", 278, 5)
    ]


def test_counts_of_other_things_stay_quiet() -> None:
    first = "Examplo has 9 maintainers from 4 companies, listed in [MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md)."
    quiet = (
        "Pull requests need approval from 2 maintainers. The Helm chart has 3 maintainers. "
        "We grew from 3 to 9 maintainers in two years, and 2 maintainers from Globex joined this year.\n"
        "Two maintainers added in 2024 and one in 2025; one emeritus. Recently two maintainers without "
        "activity asked to be removed."
    )
    assert lint(INC, (EVIDENCE_18, first), (ADDITIONAL, quiet)) == []


def test_two_contributor_counts_and_counts_of_other_moments() -> None:
    first = "Examplo has 120 contributors from 30 organisations, see [devstats](https://examplo.devstats.cncf.io)."
    second = "Examplo has 95 contributors and ships every six weeks."
    assert lint(INC, (EVIDENCE_18, first), (ADDITIONAL, second)) == [
        ("contradictory-assertion", "warning", 278, 13)
    ]
    quiet = (
        "We had 50 contributors in 2023 and have over 100 contributors now; 45 contributors in the last "
        "12 months. There are 30 contributors from Globex."
    )
    assert lint(INC, (EVIDENCE_18, first), (ADDITIONAL, quiet)) == []


# --- a ticked box its own evidence contradicts -----------------------------------------------------

SILVER = "- [x] **Achieving OpenSSF Best Practices silver or gold badge.**"
EVIDENCE_39 = (
    "Evidence 39: see [our document 39](https://github.com/examplo/community/blob/main/doc39.md), "
    "reviewed by the maintainers in meeting number 39."
)


def test_silver_claimed_over_a_passing_badge_link() -> None:
    claim = (
        "We have achieved the silver badge, see our\n"
        "[OpenSSF entry](https://www.bestpractices.dev/en/projects/4242/passing)."
    )
    assert lint(GRAD, (EVIDENCE_39, claim)) == [("contradictory-assertion", "error", 233, None)]
    assert "the badge it links (line 236) is the passing level" in messages(GRAD, (EVIDENCE_39, claim))[0]


def test_silver_over_a_silver_link_or_a_history_stays_quiet() -> None:
    silver = "We have achieved the silver badge: https://www.bestpractices.dev/projects/4242?criteria_level=1"
    assert lint(GRAD, (EVIDENCE_39, silver)) == []
    plain = "We have achieved the silver badge: https://www.bestpractices.dev/projects/4242"
    assert lint(GRAD, (EVIDENCE_39, plain)) == []
    history = (
        "We earned the passing badge in 2021 (https://www.bestpractices.dev/projects/4242/passing), "
        "and the silver badge in 2024."
    )
    assert lint(GRAD, (EVIDENCE_39, history)) == []


def test_passing_in_words_under_silver_or_gold_whatever_a_comment_asks() -> None:
    """The badge level named in words is what the reader sees; a comment asking which level it is
    claims none, and "silver: in progress" is the reason of the one finding, not a second one."""
    passing = (
        "Examplo has achieved the **OpenSSF Best Practices passing badge**: "
        "https://bestpractices.coreinfrastructure.org/projects/3012\n"
        "<!-- confirm current badge level (passing/silver/gold) -->"
    )
    assert lint(GRAD, (EVIDENCE_39, passing)) == [
        ("contradictory-assertion", "error", 233, None),
        ("todo-marker", "warning", 236, 6),  # the comment asks the author to confirm the level
    ]
    assert "names only the passing badge" in messages(GRAD, (EVIDENCE_39, passing))[0]
    in_progress = "The project has the passing badge. Silver level work is in progress."
    assert lint(GRAD, (EVIDENCE_39, in_progress)) == [("contradictory-assertion", "error", 233, None)]
    silver = "Examplo holds the silver badge (https://www.bestpractices.dev/projects/3012?criteria_level=1)."
    assert lint(GRAD, (EVIDENCE_39, silver + "\n<!-- passing/silver/gold? -->")) == []


RELEASES = "- [x] **Document the project's release process and guidelines publicly in a RELEASES.md"
SUPPORT = "  - [x] Branch and platform support and length of support"
ARTIFACTS = "  - [x] Artifacts included in the release."
# What unticking the release criterion brings whatever its sub-items say.
UNTICKED: Found = [
    ("contradictory-assertion", "error", 2, None),  # the attestation over the unticked criterion
    ("unchecked-criterion", "warning", 208, None),
]


def test_a_ticked_sub_item_its_own_text_says_is_not_done() -> None:
    unticked = RELEASES.replace("[x]", "[ ]")
    drafted = SUPPORT + ": the support policy is still being drafted."
    found = lint(GRAD, (RELEASES, unticked), (SUPPORT, drafted))
    assert found == [*UNTICKED, ("sub-checkbox", "error", 213, None)]
    nested = ARTIFACTS + "\n    - Signed SBOMs for each artifact are planned for Q3 2026."
    found = lint(GRAD, (RELEASES, unticked), (ARTIFACTS, nested))
    assert found == [*UNTICKED, ("sub-checkbox", "error", 214, None)]
    assert any(
        "the text under it (line 215)" in m for m in messages(GRAD, (RELEASES, unticked), (ARTIFACTS, nested))
    )


def test_a_sub_item_describing_a_process_stays_quiet() -> None:
    unticked = RELEASES.replace("[x]", "[ ]")
    expectations = "  - [x] Release expectations (scheduled or based on feature implementation)"
    process = expectations + ": minor releases are planned every six weeks."
    assert lint(GRAD, (RELEASES, unticked), (expectations, process)) == UNTICKED
    # Under a ticked criterion the phrase is contradictory-assertion's, at the criterion, once.
    drafted = SUPPORT + ": the support policy is still being drafted."
    assert lint(GRAD, (SUPPORT, drafted)) == [
        ("contradictory-assertion", "error", 2, None),  # the attestation over the criterion marked unfinished
        ("contradictory-assertion", "error", 208, None),
    ]


# --- a count of adopters claimed above the list --------------------------------------------------

LISTED = "- Acme Corp\n- Globex\n- Initech"


def test_more_adopters_claimed_than_the_adoption_assertion_lists() -> None:
    claim = "More than 10 organizations run Examplo in production, and the community keeps growing."
    assert lint(INC, (ADDITIONAL, claim)) == [("contradictory-assertion", "warning", 278, 1)]
    assert messages(INC, (ADDITIONAL, claim)) == [
        'the application claims "More than 10 organizations" but the Adoption Assertion (line 24) lists 3; '
        "list them all there (or link the ADOPTERS file), or correct the count"
    ]
    exact = "Examplo has 5 adopters today."
    assert lint(INC, (ADDITIONAL, exact)) == [("contradictory-assertion", "warning", 278, 13)]


def test_adopter_counts_the_list_can_hold_stay_quiet() -> None:
    for quiet in (
        "Three adopters run Examplo in production.",  # as many as listed
        "Examplo has more than 10 adopters, listed in ADOPTERS.md.",  # the full list is elsewhere
        "Adopters such as Acme Corp and 12 other organizations run it in production.",  # a part named
        "Our 4 interviewed adopters are listed below.",  # a part
        "Examplo grew from 2 to 3 adopters in 2024.",  # a history
        "We aim for 20 organizations running Examplo in production by 2027.",  # a goal
    ):
        assert lint(INC, (ADDITIONAL, quiet)) == [], quiet
    # The Adoption Assertion links the ADOPTERS file: the three listed are a selection.
    linked = (
        LISTED + "\n- and more in [ADOPTERS.md](https://github.com/examplo/examplo/blob/main/ADOPTERS.md)"
    )
    claim = "More than 10 organizations run Examplo in production."
    assert lint(INC, (LISTED, linked), (ADDITIONAL, claim)) == []


def test_an_issue_body_breaking_the_sentence_over_lines() -> None:
    # Typed in the browser: each line break is the author's, the sentence still one.
    first = "Examplo presented its architecture to TAG Runtime on 05-MAR-2025."
    later = "We presented the Examplo architecture to TAG Runtime\non 2025-04-02, with a recording."
    text = INC.replace(EVIDENCE_18, first, 1).replace(ADDITIONAL, later, 1)
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    found = [(f.rule, f.severity.label, f.line, f.column) for f in report.findings]
    assert found == [("contradictory-assertion", "warning", 279, 4)]


# --- the readers the rules rely on -----------------------------------------------------------------


def test_dates_are_read_to_the_precision_written() -> None:
    written = "accepted on 20230115, presented on 05-MAR-2025, joined in January 2023, since 2021, v2023.1.5"
    assert [(text, tuple(date)) for _, _, text, date in find_dates(written)] == [
        ("20230115", (2023, 1, 15)),
        ("05-MAR-2025", (2025, 3, 5)),
        ("January 2023", (2023, 1, 0)),
        ("2021", (2021, 0, 0)),
    ]
    assert Date(2023, 1).agrees(Date(2023, 1, 15)) and not Date(2023, 1).agrees(Date(2021, 6, 22))


def test_the_badge_level_a_link_names() -> None:
    assert badge_level("https://www.bestpractices.dev/en/projects/1234/passing") == "passing"
    assert (
        badge_level("https://bestpractices.coreinfrastructure.org/projects/1234?criteria_level=2") == "gold"
    )
    assert badge_level("https://img.shields.io/badge/openssf_best_practices-silver-green") == "silver"
    assert badge_level("https://www.bestpractices.dev/projects/1234/badge") is None
    assert badge_level("https://www.bestpractices.dev/projects/1234") is None


def test_the_blocks_writing_a_count() -> None:
    texts = [
        "Examplo has 9 maintainers.",
        "reviewed by the maintainers",
        "Seven active Maintainers",
        "10+ adopters",
    ]
    joined = JoinedTexts(texts)
    assert joined.counting("aintainers") == {0, 2}
    assert joined.counting("dopters") == {3}
    assert joined.holding("aintainers") == {0, 1, 2}
