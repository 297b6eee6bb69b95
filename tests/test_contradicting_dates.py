"""One event dated twice differently: the day the project joined the CNCF, a release of the
project, the Sandbox acceptance in a table of milestones. Dates agree to the precision both give; the places that must stay quiet (a programme of
the CNCF, another release, another project's release, a plan, a release candidate) are asserted.
"""

from __future__ import annotations

from tests.additional_paragraphs import lint, messages

# --- the day the project joined the CNCF ---------------------------------------------------------


def test_joining_the_cncf_dated_twice() -> None:
    first = "Examplo joined the CNCF on April 26, 2022, after two years as an independent project."
    later = "- Examplo was accepted into the CNCF in March 2022 ([TOC vote](https://github.com/cncf/toc/pull/800))"
    assert lint(first, later) == [("contradictory-assertion", "warning", 280, 41)]
    assert messages(first, later) == [
        'the date the project joined the CNCF is given as "March 2022" here but as "April 26, 2022" '
        "at line 278; correct the one that is wrong so both say the same"
    ]


def test_joining_the_cncf_stays_quiet_where_it_agrees_or_is_something_else() -> None:
    first = "Examplo joined the CNCF on April 26, 2022."
    for other in (
        "Examplo has been part of the CNCF since it joined the CNCF in 2022.",  # to the precision written
        "In 2024 the project joined the CNCF BugBash and had a booth at KubeCon.",
        "We plan to apply for Incubation after we joined the CNCF in 2021 as planned.",
        "Examplo joined the CNCF as a Sandbox project in January 2023.",  # the Sandbox acceptance
    ):
        assert lint(first, other) == [], other


# --- a release of the project --------------------------------------------------------------------


def test_a_release_dated_twice() -> None:
    first = "Examplo v1.0 was released on 2024-03-14, with a stable API and long-term support."
    later = "We released version 1.0.0 in June 2024, and ship a minor release every six weeks."
    assert lint(first, later) == [("contradictory-assertion", "warning", 280, 30)]
    assert messages(first, later) == [
        'the release date of 1.0 is given as "June 2024" here but as "2024-03-14" at line 278; '
        "correct the one that is wrong so both say the same"
    ]
    timeline = "Releases:\n\n- September 2023: 0.9 release\n- May 2024: 1.0 release, the first stable API"
    assert lint(first, timeline) == []  # "first": the sentence names the release again
    listed = "- May 2024: 1.0 release with a stable API"
    assert lint(first, listed) == [("contradictory-assertion", "warning", 280, 3)]


def test_other_releases_and_plans_stay_quiet() -> None:
    first = "Examplo v1.0 was released on 2024-03-14."
    for other in (
        "Examplo 1.0 released in March 2024 with a stable API.",  # agrees to the precision written
        "Examplo v1.1 was released on 2024-05-02.",
        "Examplo v1.0-rc.1 was released in February 2024.",
        "Kubernetes 1.30 was released in April 2024; Examplo supports it.",
        "The Helm chart 1.0 was released in May 2024.",
        "Examplo 2.0 will be released in June 2025.",
        "Version 1.0 is expected to be released in May 2024.",
    ):
        assert lint(first, other) == [], other


# --- a table of milestones -------------------------------------------------------------------------


def test_a_milestone_table_row_dates_its_event() -> None:
    table = (
        "| Milestone | Date |\n|---|---|\n"
        "| Applied to the CNCF Sandbox | 2022-09-14 |\n"
        "| Accepted into the CNCF Sandbox | 2021-06-22 |\n"
        "| Presented to TAG Runtime | 2025-03-05 |"
    )
    # Against the level assertion's "accepted on 20230115" (line 21).
    assert lint(table) == [("contradictory-assertion", "warning", 281, 36)]
    assert lint(table.replace("2021-06-22", "2023-01-15")) == []
