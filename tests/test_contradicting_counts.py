"""One count given twice with different numbers: how many organisations the maintainers (or
contributors, committers) come from ("12 maintainers from 5 companies" and later "maintainers from 4
companies"), how many releases the project has shipped, and a count given "as of" a date, compared
only with one as of the same date.

Each test edits a clean application the way authors write (paraphrase, tables, lists, figures in
words) and asserts every finding (rule, severity, line, column), so the places that must stay quiet
(a bound, a range, a subset, growth, a period, another group, another date) are asserted too.
"""

from __future__ import annotations

from tests.additional_paragraphs import lint, messages

FIRST = "Examplo has 12 maintainers from 5 companies, listed in [MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md)."


def test_two_counts_of_the_maintainers_companies() -> None:
    later = "Our maintainers come from 4 companies, and no company holds a majority."
    assert lint(FIRST, later) == [("contradictory-assertion", "warning", 280, 27)]
    stated = "We now have maintainers from four different companies."
    assert lint(FIRST, stated) == [("contradictory-assertion", "warning", 280, 30)]
    assert messages(FIRST, stated) == [
        'the number of companies the maintainers come from is given as "four" here but as "5" at '
        "line 278; correct the one that is wrong so both say the same"
    ]


def test_the_count_in_a_list_and_a_table_in_other_words() -> None:
    listed = "- There are 12 current maintainers from 6 different employers"
    assert lint(FIRST, listed) == [("contradictory-assertion", "warning", 280, 41)]
    table = "| Metric | Value |\n|---|---|\n| Maintainers | 12 maintainers across 4 organisations |"
    assert lint(FIRST, table) == [("contradictory-assertion", "warning", 282, 39)]


def test_the_same_count_said_again_stays_quiet() -> None:
    assert lint(FIRST, "Its twelve maintainers represent five different companies.") == []
    assert lint(FIRST, "- 12 maintainers from 5 organizations (see MAINTAINERS.md)") == []


def test_bounds_ranges_subsets_growth_and_periods_stay_quiet() -> None:
    for other in (
        "Examplo has contributors and maintainers from over 20 companies.",
        "Examplo has roughly 10 maintainers from about 4 companies.",
        "Examplo has 10-12 maintainers from 4 to 5 companies.",
        "Maintainers from 20+ companies review changes.",
        "Maintainers from 2 other companies joined this year.",
        "We grew from maintainers from 3 to 5 companies in a year.",
        "The maintainers grew to 12 maintainers from 7 companies.",
        "In the last 12 months we had maintainers from 3 companies.",
        "Our goal is maintainers from at least 6 companies by 2026.",
        "Each change needs approval from maintainers from 2 companies.",
        "Examplo has 10 core maintainers from 3 companies.",  # another group
        "Examplo has 200 contributors from 40 companies.",  # another group
        "Examplo has 6 maintainers and 8 approvers from 7 organizations.",  # two groups together
    ):
        assert lint(FIRST, other) == [], other


def test_a_table_of_two_moments_stays_quiet() -> None:
    table = (
        "| Statistic | At Sandbox | Today |\n|---|---|---|\n"
        "| Maintainers | 5 maintainers from 2 companies | 12 maintainers from 5 companies |"
    )
    assert lint(table, "Examplo has maintainers from 2 companies in its Helm chart team.") == []


def test_counts_as_of_a_date_are_that_dates() -> None:
    first = "As of November 2024, MAINTAINERS.md lists 9 maintainers from 7 organizations."
    assert lint(first, FIRST) == []  # now against November 2024
    again = "As of November 2024, there are 9 maintainers from 6 organizations."
    assert lint(first, again) == [("contradictory-assertion", "warning", 280, 51)]
    assert lint(FIRST, "In 2024, Examplo has maintainers from 4 companies.") == []  # that year's
    # The same for the count of maintainers itself.
    old = "As of January 2024, Examplo has 9 maintainers."
    new = "As of June 2025, Examplo has 12 maintainers."
    assert lint(old, new) == []
    assert lint(old, "As of January 2024, Examplo has 8 maintainers.") == [
        ("contradictory-assertion", "warning", 280, 33)
    ]


def test_two_counts_of_the_projects_releases() -> None:
    first = "Examplo has shipped 14 releases, all signed with Sigstore."
    later = "- There have been 12 releases, listed on [GitHub](https://github.com/examplo/examplo/releases)."
    assert lint(first, later) == [("contradictory-assertion", "warning", 280, 19)]
    assert messages(first, later) == [
        'the number of releases is given as "12" here but as "14" at line 278; correct the one that is '
        "wrong so both say the same"
    ]
    assert lint(first, "We have published fourteen releases on GitHub.") == []


def test_releases_of_a_part_or_of_a_period_stay_quiet() -> None:
    first = "Examplo has shipped 14 releases, all signed with Sigstore."
    for other in (
        "The Helm chart has 30 releases.",
        "libexamplo has 42 releases on crates.io.",
        "The operator has shipped 9 releases.",
        "We had 5 releases in 2023.",
        "We have shipped 6 releases in the last 12 months.",
        "Examplo has shipped over 20 releases.",
    ):
        assert lint(first, other) == [], other


def test_one_sentence_giving_two_values_another_gives_otherwise_is_one_finding() -> None:
    later = "Examplo has 10 maintainers from 4 companies."
    assert lint(FIRST, later) == [("contradictory-assertion", "warning", 280, 13)]
    assert messages(FIRST, later) == [
        'the number of maintainers is given as "10" here but as "12" at line 278, and the number of '
        'companies the maintainers come from as "4" but as "5"; correct the one that is wrong so both '
        "say the same"
    ]
