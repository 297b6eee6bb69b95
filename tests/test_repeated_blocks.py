"""A GTR answer that says a list of an earlier answer again nearly line for line under a question of
another topic (``matching.repeated_blocks``): one duplicate-content warning at the copy naming both
ranges; quiet for a list of links, a list under two questions of one topic (the template asks twice)
and lists that share only their labels."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING
from tests.rule_rows import Row, rule_rows

GTR = (
    "# General Technical Review - Kestrel / Incubation\n"
    + GTR_OPENING
    + """  The roadmap is reviewed by the maintainers every month:

  - **Planning:** issues labelled roadmap are ranked by votes each quarter
  - **Scope:** the steering group rejects features outside batch scheduling
  - **Review:** each roadmap item needs two maintainer approvals before work starts
  - **Ladder:** contributors who ship a roadmap item are nominated as reviewers

### Usability

- How should the target personas interact with your project?

{answer}
"""
)

PASTED = """  - **Planning:** issues labelled roadmap are ranked by votes every quarter
  - **Scope:** the steering group rejects features outside batch scheduling
  - **Review:** each roadmap item needs two maintainer approvals before work begins
  - **Ladder:** contributors who ship a roadmap item are nominated as reviewers
"""


def rows(text: str) -> list[Row]:
    return rule_rows(text, "duplicate-content")


def line_of(text: str, needle: str, start: int = 0) -> int:
    return text[: text.index(needle, start)].count("\n") + 1


def test_a_list_said_again_under_another_question_is_one_finding_naming_both_ranges() -> None:
    text = GTR.format(answer=PASTED)
    copy = text.index("How should the target personas")
    first, last = line_of(text, "- **Planning:**", copy), line_of(text, "- **Ladder:**", copy)
    original_first, original_last = line_of(text, "- **Planning:**"), line_of(text, "- **Ladder:**")
    assert rows(text) == [("duplicate-content", "warning", first)]
    (finding,) = [f for f in lint_text(text, "-").findings if f.rule == "duplicate-content"]
    assert finding.message == (
        f"lines {first}-{last} repeat lines {original_first}-{original_last} nearly line for line (4 of these 4 "
        "items say an item there again), under another question; answer this question on its own, or point "
        "to the earlier answer"
    )


def test_links_labels_alone_and_one_topic_asked_twice_stay_quiet() -> None:
    links = GTR.replace(
        "  - **Planning:** issues labelled roadmap are ranked by votes each quarter\n",
        "  - [Roadmap board](https://github.com/orgs/kestrel/projects/1)\n",
    ).format(
        answer=(
            "  - [Roadmap board](https://github.com/orgs/kestrel/projects/1)\n"
            "  - [Scope document](https://kestrel.dev/scope) for batch scheduling features\n"
            "  - [Review policy](https://kestrel.dev/review) for roadmap items and approvals\n"
            "  - [Ladder](https://kestrel.dev/ladder) for contributors who ship roadmap items\n"
        )
    )
    labels = GTR.format(
        answer=(
            "  - **Planning:** personas file feature requests through the CLI\n"
            "  - **Scope:** operators install the chart and set quotas per namespace\n"
            "  - **Review:** data scientists submit jobs and watch them in the dashboard\n"
            "  - **Ladder:** power users write plugins against the scheduler API\n"
        )
    )
    one_topic = GTR.replace(
        "- How should the target personas interact with your project?",
        "- Describe how the roadmap is reviewed and who approves its items.",
    ).format(answer=PASTED)
    assert rows(links) == []
    assert rows(labels) == []
    assert rows(one_topic) == []
