"""An empty heading of the author's own followed by two or more headings of its own level, each with
text, up to the template's next section ("## Project Design" then "## High level architecture:" and
"## Internal Architecture"): the section's parts written at its level. unfilled-section says so
(make them its subsections), not "write what belongs there, or remove the heading". Empty siblings
("### Git Infrastructure", "### CI/CD Infrastructure"), a lone sibling with text, or the template's
next section right after the heading leave it an empty section, reported as before.

Each test asserts unfilled-section's findings (rule, severity, line), their advice, and the
headings that must stay quiet.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_FACTS, GTR_TITLE, SECURITY_LINKS_HEAD
from tests.rule_rows import Row, rule_rows

DESIGN_PARTS = """
## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

## Project Design

## High level architecture:

Kestrel follows a modular and layered approach: a scheduler, an agent per node and a dashboard.

## Internal Architecture

The scheduler keeps its queue in a relational database; the agents hold no state of their own.

## Secure development practices

Every pull request needs two approvals from maintainers.
"""
PARTS_MESSAGE = (
    "'Project Design' shows as an empty heading: its parts follow as headings of the same level "
    "('High level architecture:'): make them its subsections, one level deeper"
)


def rows(text: str) -> list[Row]:
    return rule_rows(text, "unfilled-section", "self-assessment.md")


def messages(text: str) -> dict[int | None, str]:
    return {
        f.line: f.message
        for f in lint_text(text, "self-assessment.md").findings
        if f.rule == "unfilled-section"
    }


def line_of(text: str, heading: str) -> int:
    return text.splitlines().index(heading) + 1


def test_parts_of_an_own_section_written_at_its_level_are_told_to_go_one_level_deeper() -> None:
    text = SECURITY_LINKS_HEAD + DESIGN_PARTS
    design = line_of(text, "## Project Design")
    assert rows(text) == [("unfilled-section", "warning", design)]
    assert messages(text)[design] == PARTS_MESSAGE


def test_the_same_with_google_docs_headings_titled_by_the_bold_line_under_them() -> None:
    text = SECURITY_LINKS_HEAD + DESIGN_PARTS.replace("## Project Design", "## \n**Project Design**")
    design = line_of(text, "**Project Design**") - 1
    assert rows(text) == [("unfilled-section", "warning", design)]
    assert messages(text)[design] == PARTS_MESSAGE


def test_a_lone_sibling_with_text_leaves_the_heading_empty() -> None:
    text = SECURITY_LINKS_HEAD + DESIGN_PARTS.replace(
        "## Internal Architecture\n\nThe scheduler keeps its queue in a relational database; the agents hold "
        "no state of their own.\n\n",
        "",
    )
    design = line_of(text, "## Project Design")
    assert rows(text) == [("unfilled-section", "warning", design)]
    assert messages(text)[design] == (
        "nothing is written under 'Project Design', so it shows as an empty heading: write what belongs "
        "there, or remove the heading"
    )


def test_empty_siblings_and_an_empty_heading_before_the_templates_next_section_stay_empty() -> None:
    text = (
        SECURITY_LINKS_HEAD
        + """
## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

### Git Infrastructure

### CI/CD Infrastructure

### Plugins

### Actions

The scheduler places each job; the agent runs it and reports its state.

## Compliance-to-policy considerations

## Secure development practices

Every pull request needs two approvals from maintainers.
"""
    )
    empty = [
        line_of(text, heading)
        for heading in (
            "### Git Infrastructure",
            "### CI/CD Infrastructure",
            "### Plugins",
            "## Compliance-to-policy considerations",
        )
    ]
    assert rows(text) == [("unfilled-section", "warning", line) for line in empty]
    assert all("write what belongs there, or remove the heading" in messages(text)[line] for line in empty)
    assert line_of(text, "### Actions") not in messages(text)


GTR_DESIGN = (
    GTR_TITLE
    + GTR_FACTS
    + """
## Design

### Design principles

Kestrel keeps one controller per cluster and no state outside the Kubernetes API.

## Identity and Access Management

Kestrel uses the cluster's RBAC; its service account may only read jobs and write their status.

## Compliance requirements implemented

## HA Requirements

Two scheduler replicas run with leader election; a failed leader is replaced within fifteen seconds.

## Resource requirements

The scheduler needs 200m CPU and 256 MiB of memory for a thousand queued jobs.
"""
)


def test_an_empty_answer_heading_among_the_topics_of_a_gtr_section_stays_empty() -> None:
    # The headings beside the GTR's "Design" name what its questions ask: the empty one is an
    # unanswered topic, not a heading whose parts follow.
    compliance = line_of(GTR_DESIGN, "## Compliance requirements implemented")
    assert rule_rows(GTR_DESIGN, "unfilled-section", "gtr.md") == [
        ("unfilled-section", "warning", compliance)
    ]
    said = {
        f.line: f.message for f in lint_text(GTR_DESIGN, "gtr.md").findings if f.rule == "unfilled-section"
    }
    assert said[compliance] == (
        "nothing is written under 'Compliance requirements implemented', so it shows as an empty heading: "
        "write what belongs there, or remove the heading"
    )
