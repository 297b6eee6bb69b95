"""A one-sentence description given in a self-assessment's Overview (the project's tagline, one
component's or feature's line) and restated to open another section is the document's form, not a
paste: duplicate-content leaves it alone. A passage of several sentences copied together, a
sentence from outside the overview, or one repeated from the middle of a paragraph is still
reported, at the repeat.

Each test asserts duplicate-content's findings (rule, severity, line) and the lines that must stay
quiet.
"""

from __future__ import annotations

from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.rule_rows import Row, rule_rows

TAGLINE = (
    "Kestrel is an open source batch scheduler for research clusters, built on Kubernetes custom resources."
)
TLS = (
    "TLS is used by default for every connection between the scheduler and its agents, "
    "protecting the jobs' data in transit."
)
DESCRIBED = (
    SELF_ASSESSMENT_HEAD
    + f"""
### Background

{TAGLINE} It primarily aims to make queue management easy for research teams and their pipelines.

### Actors

- **Scheduler:** Places queued jobs on nodes that satisfy their quotas, their isolation needs and their priorities.
- **Agent:** Runs on each node and reports the jobs' state back to the scheduler through its API.

### Goals

* Transport Layer Security (TLS): {TLS}
* Jobs of one team cannot read the volumes of another team, whatever node they share.

## Intended use

{TAGLINE} Teams submit jobs through the kestrel CLI and watch them in its dashboard.

### Query handling

1. Scheduler: Places queued jobs on nodes that satisfy their quotas, isolation needs and their priorities.
2. Dashboard: Shows each team its jobs, their logs and their history of runs for a month.

## Threat model

* Threat: a job's data can be tampered with on the way to its node
* Mitigations:
  * {TLS}
  * The agents check each job's signature before running it.
"""
)


def rows(text: str) -> list[Row]:
    return rule_rows(text, "duplicate-content", "self-assessment.md")


def line_of(text: str, words: str, after: int = 0) -> int:
    lines = text.splitlines()
    return next(number for number, line in enumerate(lines, 1) if number > after and words in line)


def test_a_description_from_the_overview_restated_to_open_another_section_stays_quiet() -> None:
    assert rows(DESCRIBED) == []


def test_a_passage_of_two_sentences_copied_together_is_still_reported() -> None:
    copied = (
        TAGLINE + " It primarily aims to make queue management easy for research teams and their pipelines."
    )
    text = DESCRIBED.replace(f"{TAGLINE} Teams submit jobs", f"{copied} Teams submit jobs")
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "Teams submit jobs"))]


def test_a_sentence_from_outside_the_overview_is_still_reported() -> None:
    practices = "All medium and higher severity vulnerabilities are fixed within thirty days of their report."
    text = (
        DESCRIBED
        + f"\n## Secure development practices\n\n{practices}\n\n## Appendix\n\n{practices} The project"
        " keeps its advisories on GitHub.\n"
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "The project keeps"))]


def test_a_sentence_from_the_middle_of_an_overview_paragraph_is_still_reported() -> None:
    middle = "It primarily aims to make queue management easy for research teams and their pipelines."
    text = DESCRIBED + f"\n## Appendix\n\nThe dashboard is optional. {middle}\n"
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "The dashboard is optional"))]


def test_a_description_restated_inside_the_overview_beside_another_repeat_is_reported() -> None:
    # Goals and Non-goals (both in the overview) that say the same two things: a passage.
    text = DESCRIBED.replace(
        "## Intended use",
        "### Non-goals\n\n* Client-side encryption: "
        + TLS
        + "\n* Isolation: Jobs of one team cannot read the volumes of another team, whatever node they share.\n\n"
        "## Intended use",
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "Client-side encryption"))]
