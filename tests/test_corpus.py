"""Precision and recall on the labelled corpus of realistic drafts (fixtures/corpus).

Every finding on a labelled file is judged against its labels (tests/corpus_scoring.py): a finding
that matches no must-find label by rule and line is a false positive, whatever it is. The floors
are the ones issue 13 set (0.90 for both); the per-rule table is printed with ``pytest -s``.
"""

from __future__ import annotations

import pytest

from tests.corpus_scoring import FIXTURES, Score, labels, score_corpus

FLOOR = 0.90


@pytest.fixture(scope="module")
def score() -> Score:
    result = score_corpus()
    print("\n" + result.table())
    return result


def test_the_corpus_is_large_enough_to_mean_something() -> None:
    files = labels()
    applications = [name for name, label in files.items() if label.get("template")]
    assert len(applications) >= 24
    assert sum(len(label["must_find"]) for label in files.values()) >= 100
    assert sum(len(label["must_not_find"]) for label in files.values()) >= 300
    assert all((FIXTURES / name).is_file() for name in files)


def test_precision_is_at_least_the_floor(score: Score) -> None:
    assert score.precision() >= FLOOR, "\n".join(score.false_positives)


def test_recall_is_at_least_the_floor(score: Score) -> None:
    assert score.recall() >= FLOOR, "\n".join(score.false_negatives)


def test_no_must_not_label_is_hit(score: Score) -> None:
    """Each must-not label is a place a naive linter fires; none may be reported."""
    assert not score.must_not_hit, "\n".join(score.must_not_hit)


def test_files_that_are_not_applications_get_no_findings(score: Score) -> None:
    quiet = [name for name, label in labels().items() if not label.get("template")]
    assert quiet
    assert not [line for line in score.false_positives if line.split(":", 1)[0] in quiet]


def test_the_scoring_counts_a_wrong_line_as_wrong() -> None:
    """The scorer itself: a finding at another line than its label is a false positive and a miss."""
    from applint.findings import Finding, Severity

    result = Score()
    label = {"must_find": [{"rule": "placeholder", "line": 10, "why": ""}], "must_not_find": []}
    result.add_file("x.md", (Finding("placeholder", Severity.ERROR, "m", line=11),), label)
    assert (result.precision(), result.recall()) == (0.0, 0.0)


def test_a_folded_finding_catches_one_label_at_each_place_it_names_and_no_more() -> None:
    """A finding folding one problem's places ('#84', '#90' on one line; "also at line 14") catches
    a label at each place it names; a third label on its line, or one at a line it does not name,
    stays a miss."""
    from applint.findings import Finding, Severity

    def must_find(*lines: int) -> dict[str, list[dict[str, object]]]:
        return {
            "must_find": [{"rule": "bare-reference", "line": n, "why": ""} for n in lines],
            "must_not_find": [],
        }

    folded = Finding(
        "bare-reference", Severity.INFO, "m", line=10, details={"references": ["#84", "#90"], "also_at": [14]}
    )
    result = Score()
    result.add_file("x.md", (folded,), must_find(10, 10, 14))
    assert (result.tp["bare-reference"], result.fp["bare-reference"], result.fn["bare-reference"]) == (
        3,
        0,
        0,
    )
    result = Score()
    result.add_file("x.md", (folded,), must_find(10, 10, 10, 15))
    assert (result.tp["bare-reference"], result.fn["bare-reference"]) == (2, 2)
