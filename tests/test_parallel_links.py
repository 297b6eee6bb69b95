"""Two links side by side whose labels name parallel things in the same words but one ("[C++
example]", "[Go example]") and lead to the same address (reused-link, warning, at the second): the
second was copied from the first and not changed. In every family of document; one-word labels,
labels differing in more words, the same label twice and the same address further apart stay quiet."""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.rule_rows import rule_rows

GTR = (FIXTURES / "companions" / "gtr-incubation-draft.md").read_text(encoding="utf-8")
SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")

DESIGN = "The design follows the operator pattern."  # GTR line 33
OVERVIEW = "Kelpie schedules batch jobs across Kubernetes clusters."  # SSA line 21
RECORDING = "Examplo presented its architecture to TAG Runtime on 12-FEB-2026"  # DD line 43

CPP = "https://kelpie.io/docs/languages/cpp/basics/#generating-code"


def test_a_copied_address_over_a_line_break_in_a_gtr_is_found_at_the_second_link() -> None:
    # the second label opens on line 34 and runs onto line 35, as a wrapped paragraph does
    copied = (
        "The design follows the operator pattern. Users write their schema and run the generator ([C++\n"
        f"example]({CPP}), [Go\n"
        f"example]({CPP})) before building the service."
    )
    assert rule_rows(GTR.replace(DESIGN, copied), "reused-link", "gtr.md") == [("reused-link", "warning", 34)]


def test_two_mailing_lists_given_one_address_in_a_self_assessment() -> None:
    # the list item opens on line 23; the second list's link is on line 25
    lists = (
        "Kelpie schedules batch jobs across Kubernetes clusters.\n\n"
        "* The team uses an\n"
        "  [announcement mailing list](https://groups.google.com/g/kelpie-announce) for releases\n"
        "  and a [general mailing list](https://groups.google.com/g/kelpie-announce) for meeting notes."
    )
    assert rule_rows(SSA.replace(OVERVIEW, lists), "reused-link", "ssa.md") == [
        ("reused-link", "warning", 25)
    ]


def test_a_new_issue_linking_the_initial_issue_in_a_dd() -> None:
    issues = (
        "The [Initial Issue](https://github.com/cncf/toc/issues/1338) was opened in 2023; the project opened a "
        "[new issue](https://github.com/cncf/toc/issues/1338) with the current template. " + RECORDING
    )
    assert rule_rows(DD.replace(RECORDING, issues), "reused-link", "dd.md") == [
        ("reused-link", "warning", 43)
    ]


def test_parallel_labels_with_their_own_addresses_stay_quiet() -> None:
    own = (
        f"Generators exist ([C++ example]({CPP}), [Go example](https://kelpie.io/docs/languages/go/basics/))."
    )
    assert rule_rows(GTR.replace(DESIGN, own), "reused-link", "gtr.md") == []


def test_one_word_labels_and_labels_differing_in_more_words_stay_quiet() -> None:
    text = (
        "See the [docs](https://kelpie.io/) and the [website](https://kelpie.io/). Start with the "
        "[getting started guide](https://kelpie.io/start/) or the [quick install page](https://kelpie.io/start/)."
    )
    assert rule_rows(GTR.replace(DESIGN, text), "reused-link", "gtr.md") == []


def test_the_same_label_twice_and_the_same_address_far_apart_stay_quiet() -> None:
    text = (
        "The [design notes](https://kelpie.io/design/) explain it; read the [design notes](https://kelpie.io/design/) "
        "again before upgrading. The [operator guide](https://kelpie.io/operate/) says how the agents are deployed "
        "and restarted, how their service accounts are scoped, which namespaces they watch, how their leases are "
        "renewed and what happens when a cluster is lost; the [upgrade guide](https://kelpie.io/operate/) "
        "says the rest."
    )
    assert rule_rows(GTR.replace(DESIGN, text), "reused-link", "gtr.md") == []
