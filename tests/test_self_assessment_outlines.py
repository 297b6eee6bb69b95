"""Security self-assessments written from the outline's earlier revisions (cncf/tag-security,
2021-2024): the revisions shipped as data, the one a document was written from chosen by its
content, and what that changes for the rules: the older outline's section names accepted, its
metadata table not asked for rows it never had, and one info finding naming what the current
outline adds (rule id, severity and line of each finding, and the places that must stay quiet)."""

from __future__ import annotations

from applint.engine import lint_text
from applint.templates.companions import companion_revisions, latest_companion
from tests.rule_rows import rule_rows

KIND = "security-self-assessment"

# A 2023 draft of the outline before the Assessment Stage row (2023-09-25): sections at `##`,
# the course pointer deleted, the metadata table filled in (with the template's last empty row),
# answers in the author's words, "CII Best Practices" kept as the Appendix item's name.
DRAFT_2023 = """# Kelpie Self-assessment

## Table of contents

* [Metadata](#metadata)
* [Overview](#overview)

## Metadata

|   |  |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No. Kelpie schedules batch jobs. |
| Languages | Go |
| SBOM | Kelpie publishes an SPDX SBOM with each release. |
| | |

### Security links

| Doc | url |
| -- | -- |
| Security file | https://github.com/kelpie/kelpie/blob/main/SECURITY.md |

## Overview

Kelpie runs batch jobs on Kubernetes clusters.

### Background

Batch schedulers decide which job runs where.

### Actors

The controller and the agent on each node.

### Actions

The controller admits a job and hands it to an agent.

### Goals

Only admitted jobs run.

### Non-goals

Kelpie does not isolate jobs from each other.

## Self-assessment use

This self-assessment is created by the Kelpie team to perform an internal analysis of the
project's security.

## Security functions and features

* Critical. The admission webhook.
* Security Relevant. The agent's TLS settings.

## Project compliance

Kelpie does not claim any compliance standard.

## Secure development practices

* Development Pipeline. Two reviews are required before a merge.
* Communication Channels. Slack and the mailing list.
* Ecosystem. Kelpie runs beside the Kubernetes scheduler.

## Security issue resolution

* Responsible Disclosures Process. Reports go to security@kelpie.dev.
* Incident Response. The maintainers triage each report within two days.

## Appendix

* Known Issues Over Time. None reported.
* CII Best Practices. Kelpie has the passing badge.
* Case Studies. A bank runs Kelpie for its nightly batch.
* Related Projects / Vendors. Volcano and Kueue.
"""

# The same draft on the 2021 outline: no Actors or Actions, "### Goal".
DRAFT_2021 = DRAFT_2023.replace(
    "### Actors\n\nThe controller and the agent on each node.\n\n"
    "### Actions\n\nThe controller admits a job and hands it to an agent.\n\n### Goals\n",
    "### Goal\n",
)

# Written from the current outline: the Assessment Stage row is there.
CURRENT = DRAFT_2023.replace("| Software |", "| Assessment Stage | Complete |\n| Software |").replace(
    "CII Best Practices.", "OpenSSF Best Practices."
)


def _line(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# The metadata table's empty last row ("| | |", the older outline's own) shows as a blank row: the
# info unfilled-field gives it in every draft below.
EMPTY_LAST_ROW = ("unfilled-field", "info", _line(DRAFT_2023, "| | |"))


def _template_id(text: str) -> str:
    report = lint_text(text, "self-assessment.md")
    assert report.template is not None
    return report.template


def test_the_earlier_outline_revisions_are_shipped_oldest_first() -> None:
    revisions = companion_revisions(KIND)
    assert [r.revision_date for r in revisions] == [
        "2021-06-14",
        "2023-01-05",
        "2023-09-25",
        "2024-01-08",
        "2024-06-21",
    ]
    assert latest_companion(KIND).revision_date == "2024-06-21"
    assert all(r.source.startswith("cncf/tag-security") for r in revisions)


def test_every_revision_names_its_sections_under_the_outline_alike() -> None:
    """The outline heading is an H1 before 2024-06 and an H2 since; section ids do not move."""
    latest = {section.id for section in latest_companion(KIND).sections}
    for revision in companion_revisions(KIND):
        ids = {section.id for section in revision.sections if not section.instructions}
        assert ids - latest <= {"self-assessment-outline/overview/goal"}, revision.id
        metadata = revision.sections_by_id["self-assessment-outline/metadata"]
        assert revision.group_of(metadata.id).id == "self-assessment-outline"


def test_the_metadata_rows_each_revision_asks_for() -> None:
    labels = {r.revision_date: [f.label for f in r.fields] for r in companion_revisions(KIND)}
    assert "Assessment Stage" not in labels["2023-09-25"]
    assert labels["2024-01-08"][0] == labels["2024-06-21"][0] == "Assessment Stage"


def test_a_draft_without_the_assessment_stage_row_is_read_as_the_outline_before_it() -> None:
    assert _template_id(DRAFT_2023) == "security-self-assessment-2023-09-25"
    table = _line(DRAFT_2023, "|   |")
    assert rule_rows(DRAFT_2023, "outdated-template", "self-assessment.md") == [
        ("outdated-template", "info", table)
    ]
    (finding,) = [
        f for f in lint_text(DRAFT_2023, "self-assessment.md").findings if f.rule == "outdated-template"
    ]
    assert "2023-09-25" in finding.message and "(2024-06-21)" in finding.message
    assert "'Assessment Stage' row of 'Metadata'" in finding.message
    assert f"in 'Metadata' (line {table})" in finding.message
    # Quiet: the row it never had is not a missing field, the "CII" item is not a missing part.
    assert rule_rows(DRAFT_2023, "missing-field", "self-assessment.md") == []
    assert rule_rows(DRAFT_2023, "missing-section", "self-assessment.md") == []


def test_a_draft_on_the_2021_outline_is_told_once_what_the_current_one_adds() -> None:
    assert _template_id(DRAFT_2021) == "security-self-assessment-2021-06-14"
    table = _line(DRAFT_2021, "|   |")
    overview = _line(DRAFT_2021, "## Overview")
    assert rule_rows(DRAFT_2021, "outdated-template", "self-assessment.md") == [
        ("outdated-template", "info", table)
    ]
    (finding,) = [
        f for f in lint_text(DRAFT_2021, "self-assessment.md").findings if f.rule == "outdated-template"
    ]
    assert "'Assessment Stage' row of 'Metadata'" in finding.message
    assert "the 'Actors' and 'Actions' sections of 'Overview'" in finding.message
    assert f"(the first in 'Metadata' (line {table}))" in finding.message
    goal = _line(DRAFT_2021, "### Goal")
    assert finding.message.endswith(f"(also at lines {overview} and {goal})")
    # "Goal" is the older outline's name for Goals: retitled, not a section the current one adds.
    assert "it titles your 'Goal' 'Goals'" in finding.message
    assert "'Goals' section" not in finding.message
    assert rule_rows(DRAFT_2021, "missing-field", "self-assessment.md") == []
    assert rule_rows(DRAFT_2021, "missing-section", "self-assessment.md") == []


def test_a_self_assessment_on_the_current_outline_is_not_outdated() -> None:
    assert _template_id(CURRENT) == "security-self-assessment-2024-06-21"
    assert rule_rows(CURRENT, "outdated-template", "self-assessment.md") == []
    assert rule_rows(CURRENT, "missing-field", "self-assessment.md") == []


def test_an_older_revisions_template_cell_is_still_the_template() -> None:
    """The 2021-2023 outline wrote the Languages cell in lower case, no full stop."""
    text = DRAFT_2023.replace("| Languages | Go |", "| Languages | languages the project is written in |")
    row = _line(text, "| Languages")
    assert rule_rows(text, "unfilled-field", "self-assessment.md") == [
        ("unfilled-field", "warning", row),
        EMPTY_LAST_ROW,
    ]


def test_an_outline_prompt_kept_without_its_example_is_still_the_template() -> None:
    """Authors drop the Flibble example and keep the prompt's opening above their own list."""
    text = DRAFT_2023.replace(
        "### Goals\n\nOnly admitted jobs run.\n",
        "### Goals\nThe intended goals of the projects including the security guarantees the project\n"
        " is meant to provide <br>\n* Only admitted jobs run.\n",
    ).replace(
        "### Non-goals\n\nKelpie does not isolate jobs from each other.\n",
        "### Non-goals\nNon-goals that a reasonable reader of the project’s literature could believe may\n"
        "be in scope <br>\n* Kelpie does not isolate jobs from each other.\n",
    )
    goals = _line(text, "The intended goals")
    non_goals = _line(text, "Non-goals that")
    assert rule_rows(text, "template-guidance", "self-assessment.md") == [
        ("template-guidance", "warning", goals),
        ("template-guidance", "warning", non_goals),
    ]
    # Quiet: the author's own sentence that shares only the prompt's first words.
    own = DRAFT_2023.replace(
        "Only admitted jobs run.",
        "The intended goals of Kelpie are that only admitted jobs run and that every job is logged.",
    )
    assert rule_rows(own, "template-guidance", "self-assessment.md") == []


def test_the_kept_introduction_and_course_pointer_are_named_with_their_lines() -> None:
    text = (
        "# Self-assessment\n"
        "The Self-assessment is the initial document for projects to begin thinking about the\n"
        "security of the project, determining gaps in their security, and preparing any security\n"
        "documentation for their users. This document is ideal for projects currently in the\n"
        "CNCF **sandbox** as well as projects that are looking to receive a joint assessment and\n"
        "currently in CNCF **incubation**.\n\n"
        "For a detailed guide with step-by-step discussion and examples, check out the free\n"
        "Express Learning course provided by Linux Foundation Training & Certification:\n"
        "[Security Assessments for Open Source Projects](https://training.linuxfoundation.org/"
        "express-learning/security-self-assessments-for-open-source-projects-lfel1005/).\n\n"
        "# Self-assessment outline\n\n" + DRAFT_2023.split("\n", 1)[1]
    )
    rows = rule_rows(text, "template-guidance", "self-assessment.md")
    assert ("template-guidance", "warning", 1) in rows
    (message,) = [
        f.message
        for f in lint_text(text, "self-assessment.md").findings
        if f.rule == "template-guidance" and f.line == 1 and "instructions" in f.message
    ]
    assert "'The Self-assessment is the initial document…' (line 2)" in message
    assert "'For a detailed guide with step-by-step…' (line 8)" in message


def test_what_the_newest_outline_added_tells_a_document_written_from_it() -> None:
    """A self-assessment with the Actors, Actions and Goals sections and the Assessment Stage row is
    read against the newest outline without reading it against every earlier one."""
    from applint.templates.companions import latest_additions

    sections, fields = latest_additions(KIND)
    assert sections == {
        "self-assessment-outline/overview/actors",
        "self-assessment-outline/overview/actions",
        "self-assessment-outline/overview/goals",
    }
    assert fields == {"Assessment Stage"}
    # A kind whose revisions differ in their questions is always compared revision by revision.
    assert latest_additions("general-technical-review") == (frozenset(), frozenset())


def test_a_cell_that_still_reads_as_the_template_with_the_projects_name() -> None:
    """ "A link to Kelpie's repository." with no link gives no repository; as the text of a link to
    it (as many finished self-assessments write it) it is the value the template asked for."""
    text = DRAFT_2023.replace(
        "| Software | https://github.com/kelpie/kelpie |", "| Software | A link to Kelpie's repository. |"
    )
    row = _line(text, "| Software")
    assert rule_rows(text, "unfilled-field", "self-assessment.md") == [
        ("unfilled-field", "info", row),
        EMPTY_LAST_ROW,
    ]
    linked = DRAFT_2023.replace(
        "| Software | https://github.com/kelpie/kelpie |",
        "| Software | [A link to Kelpie's repository.](https://github.com/kelpie/kelpie) |",
    )
    assert rule_rows(linked, "unfilled-field", "self-assessment.md") == [EMPTY_LAST_ROW]
    # Quiet: a value of the author's own that shares the description's opening words only.
    own = DRAFT_2023.replace("| Languages | Go |", "| Languages | Go, with the eBPF probes in C |")
    assert rule_rows(own, "unfilled-field", "self-assessment.md") == [EMPTY_LAST_ROW]


def test_the_outline_heading_kept_as_a_second_h1_in_a_draft_of_an_earlier_outline() -> None:
    """The outline before 2024-06 set "# Self-assessment outline" as an H1 of its own: read as
    that revision, a draft keeping it under its title still reads as two documents (heading-level)."""
    text = "# Kelpie Self-assessment\n\n# Self-assessment outline\n\n" + DRAFT_2023.split("\n", 1)[1]
    assert _template_id(text) == "security-self-assessment-2023-09-25"
    assert rule_rows(text, "heading-level", "self-assessment.md") == [("heading-level", "warning", 3)]
