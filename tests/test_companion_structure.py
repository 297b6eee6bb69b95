"""Companion documents compared with their template's structure: the self-assessment's metadata
table missing rows (missing-field), with the rule id, severity and line of each finding and the
tables that must stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import Row, rule_rows

_BODY = """
## Overview

Kelpie schedules batch jobs across Kubernetes clusters.

## Security functions and features

* Critical. The admission webhook rejects unsigned job specs.
"""


def _findings(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule, "self-assessment.md")


def _messages(text: str, rule: str) -> list[str]:
    return [f.message for f in lint_text(text, path="self-assessment.md").findings if f.rule == rule]


def test_a_metadata_table_without_the_assessment_stage_row_follows_the_outline_before_it() -> None:
    """The outline added the row on 2024-01-08: a table without it is the earlier outline's, told
    once at info what the current one adds (outdated-template), not a missing field."""
    text = (
        """# Kelpie Security Self-Assessment

## Metadata

A table at the top for quick reference information, later used for indexing.

| | |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | Yes |
| Languages | Go, C (eBPF) |
| SBOM | FOSSA |
"""
        + _BODY
    )
    assert _findings(text, "missing-field") == []
    assert _findings(text, "outdated-template") == [("outdated-template", "info", 7)]
    (message,) = _messages(text, "outdated-template")
    assert "'Assessment Stage' row of 'Metadata'" in message and "add it (in 'Metadata' (line 7))" in message


def test_a_row_every_outline_asks_for_is_missing_beside_the_newer_outlines_row() -> None:
    """Languages, in every revision, is a missing field; Assessment Stage, only in the current
    outline, is what moving to it adds (outdated-template, at info)."""
    text = (
        """# Kelpie Self-assessment

## Metadata

|   |  |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No. Kelpie schedules jobs; security is one goal among many. |
| SBOM | https://github.com/kelpie/kelpie/blob/main/go.mod |
"""
        + _BODY
    )
    assert _findings(text, "missing-field") == [("missing-field", "warning", 5)]
    (message,) = _messages(text, "missing-field")
    assert "no 'Languages' row" in message and "add it" in message
    assert _findings(text, "outdated-template") == [("outdated-template", "info", 5)]
    (message,) = _messages(text, "outdated-template")
    assert "'Assessment Stage' row of 'Metadata'" in message


def test_several_rows_missing_are_one_finding_naming_each() -> None:
    text = (
        """# Kelpie Self-assessment

## Metadata

|   |  |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No. Kelpie schedules jobs; security is one goal among many. |
"""
        + _BODY
    )
    assert _findings(text, "missing-field") == [("missing-field", "warning", 5)]
    (message,) = _messages(text, "missing-field")
    assert "'Languages' and 'SBOM' rows" in message and "add them" in message
    assert _findings(text, "outdated-template") == []


def test_rows_named_in_other_words_and_fields_stated_elsewhere_count() -> None:
    text = (
        """# Kelpie Self-assessment

**Assessment Stage:** Complete

## Metadata

| | |
|-----------|------|
| Software | https://github.com/kelpie/kelpie |
| Security Provider? | No |
| Kelpie SDK Languages | Go, Python |
| Software Bill of Materials | [go.mod](https://github.com/kelpie/kelpie/blob/main/go.mod) |
"""
        + _BODY
    )
    assert _findings(text, "missing-field") == []


def test_a_complete_table_and_documents_without_the_template_table_stay_quiet() -> None:
    complete = (
        """# Kelpie Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases/download/v1.0.0/sbom.json |
"""
        + _BODY
    )
    assert _findings(complete, "missing-field") == []
    # A free-form header, and a table of links holding one field: nothing of the template's table
    # to compare with.
    free_form = (
        """# Kelpie Security Self-Assessment

**Project:** Kelpie
**Software:** https://github.com/kelpie/kelpie
**Last Updated:** 2025-11-27

## Metadata

| Doc | url |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security file | https://github.com/kelpie/kelpie/blob/main/SECURITY.md |
"""
        + _BODY
    )
    assert _findings(free_form, "missing-field") == []


_SSA_PARTS = """
## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases/download/v1.0.0/sbom.json |

## Overview

Kelpie schedules batch jobs across Kubernetes clusters.

## Security functions and features

* Critical. The admission webhook rejects unsigned job specs.

{appendix} Appendix

* Known Issues Over Time. No vulnerability has been reported since the project started.
"""


def test_a_part_of_the_outline_written_as_a_second_h1() -> None:
    text = (
        "# Kelpie Security Self-Assessment\n\n# Table of contents\n\n* [Metadata](#metadata)\n"
        + _SSA_PARTS.format(appendix="#")
    )
    assert _findings(text, "heading-level") == [
        ("heading-level", "warning", 3),  # Table of contents
        ("heading-level", "warning", 25),  # Appendix
    ]
    message = _messages(text, "heading-level")[1]
    assert "'Appendix' is a second H1 title" in message and "write it with ##" in message


def test_parts_at_the_title_level_as_the_documents_own_style_stay_quiet() -> None:
    # Every part an H1, as some older self-assessments write them: the style, not a slip.
    flat = "# Kelpie Security Self-Assessment\n" + _SSA_PARTS.replace("\n## ", "\n# ").format(appendix="#")
    assert _findings(flat, "heading-level") == []
    # Parts below the title, an H3 inside a section: quiet.
    nested = (
        "# Kelpie Security Self-Assessment\n"
        + _SSA_PARTS.format(appendix="##")
        + "\n### Case Studies\n\nA bank runs it.\n"
    )
    assert _findings(nested, "heading-level") == []


_GTR = """# General Technical Review - Kestrel / Sandbox

- **Project:** Kestrel
- **Project Version:** 2.3
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-03-01
- **Template Version:** v1.0
- **Description:** Kestrel schedules batch jobs on Kubernetes.

## Day 0 \\- Planning Phase

### Usability

- How should the target personas interact with your project?

  Through the kestrel CLI and the Helm chart.
{pasted}
- Describe the user experience (UX) and user interface (UI) of the project.

  A CLI and a read-only dashboard.
"""


def test_headings_pasted_into_an_answer_at_the_sections_level() -> None:
    pasted = (
        "\n  ### CLI\n  - `kestrel submit` sends a job.\n  ### Helm\n  - The chart installs the controller.\n"
    )
    text = _GTR.format(pasted=pasted)
    assert _findings(text, "heading-level") == [("heading-level", "warning", 18)]
    (message,) = _messages(text, "heading-level")
    assert "'CLI' and 1 more heading inside the answer to 'How should the target personas" in message
    # The same answer with deeper headings, or bold labels: quiet.
    assert _findings(_GTR.format(pasted=pasted.replace("###", "####")), "heading-level") == []
    assert (
        _findings(_GTR.format(pasted="\n  **CLI:** `kestrel submit` sends a job.\n"), "heading-level") == []
    )


_SHIFTED_GTR = """{title} General Technical Review - Kestrel / Incubating

- **Project:** Kestrel
- **Date Updated:** 2026-03-01

{day} Day 0 - Planning Phase

{part} Scope

* Describe the target persona or user(s) for the project?
  Platform teams running batch jobs.

{part} Usability

* How should the target personas interact with your project?
  Through the kestrel CLI.

{part} Installation

* How does an adopter test and validate the installation?
  `kestrel doctor` checks the controller.

{day} Day 1 - Installation and Deployment Phase

{part} Project Installation and Configuration

* Describe what project installation and configuration look like.
  One Helm chart; values documented in the chart's README.
"""


def test_an_outline_one_level_deeper_than_the_template_is_one_finding() -> None:
    text = _SHIFTED_GTR.format(title="##", day="###", part="####")
    assert _findings(text, "heading-level") == [("heading-level", "warning", 1)]
    (message,) = _messages(text, "heading-level")
    assert "every heading is one level deeper than the GTR template's" in message
    assert "write the title with #, 'Day 0 - Planning Phase' and the headings beside it with ##" in message
    assert "'Scope' and the headings beside it with ###" in message


def test_an_outline_at_the_templates_levels_or_with_a_title_of_its_own_stays_quiet() -> None:
    assert _findings(_SHIFTED_GTR.format(title="#", day="##", part="###"), "heading-level") == []
    # Only the title an H2 (the parts where the template puts them): not a shifted outline.
    assert _findings(_SHIFTED_GTR.format(title="##", day="##", part="###"), "heading-level") == []
    # An H1 of the author's own above the shifted parts: the outline has a title.
    titled = "# Kestrel\n\n" + _SHIFTED_GTR.format(title="##", day="###", part="####")
    assert _findings(titled, "heading-level") == []


_REVIEW = """# Kelpie Governance Review

What follows is a governance review and assessment for the Kelpie project.

## Summary and Assessment

Status: Mostly Satisfactory. One must-fix item and two areas for improvement.

### Executing the Assessment

Conducted in March 2026 by two reviewers.

### Must-Fix Items

The following issues have been identified that need to be resolved before Incubation:

* Inactive maintainers should be moved to Emeritus
{excellence}
### Areas for Improvement

Over the next year, the project should work on the following issues:

* Recruit maintainers from outside the founding company
"""


def test_a_governance_review_without_points_of_excellence() -> None:
    text = _REVIEW.format(excellence="")
    assert _findings_as(text, "governance-review.md", "missing-section") == [
        ("missing-section", "warning", 19)
    ]
    (message,) = [
        f.message for f in lint_text(text, "governance-review.md").findings if f.rule == "missing-section"
    ]
    assert "'Summary and Assessment' has no 'Points of Excellence' section" in message
    assert "add it before 'Areas for Improvement' (line 19)" in message


def test_points_of_excellence_written_renamed_or_as_a_label_stays_quiet() -> None:
    for excellence in (
        "\n### Points of Excellence\n\n* The contributor ladder is used.\n",
        "\n### Strengths\n\n* The contributor ladder is used.\n",  # renamed in place
        "\n**Points of excellence:** the contributor ladder is used.\n",
    ):
        text = _REVIEW.format(excellence=excellence)
        assert _findings_as(text, "governance-review.md", "missing-section") == [], excellence


def _findings_as(text: str, path: str, rule: str) -> list[Row]:
    return rule_rows(text, rule, path)


_CHANNELS = """# Kelpie Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases/download/v1.0.0/sbom.json |

## Secure development practices

### Development Pipeline

Every change is reviewed by two maintainers; CI runs the e2e suite.

### Communication Channels

{channels}

### Ecosystem

Kelpie runs on any Kubernetes cluster.
"""


def test_communication_channels_without_the_internal_entry() -> None:
    channels = """* Kelpie user room: [#kelpie:matrix.org](https://matrix.to/#/#kelpie:matrix.org)

* **Inbound**:

  - GitHub Issues for bug reports

* **Outbound**:

  - The kelpie-announce mailing list"""
    text = _CHANNELS.format(channels=channels)
    assert _findings_as(text, "self-assessment.md", "missing-section") == [("missing-section", "warning", 19)]
    (message,) = [
        f.message for f in lint_text(text, "self-assessment.md").findings if f.rule == "missing-section"
    ]
    assert "'Communication Channels' in 'Secure development practices'" in message
    assert "no 'Internal' entry" in message


def test_channels_named_in_other_words_or_written_freely_stay_quiet() -> None:
    for channels in (
        "**Internal:** the maintainers' Slack.\n\n**Incoming:** GitHub Discussions.\n\n**Outgoing:** the blog.",
        "* Internal. The maintainers' Slack.\n* Inbound. GitHub Discussions.\n* Outbound. The announce list.",
        # No entry named as a label: the author's own way.
        "Internal/External discussions happen on Slack.\n\nMailing lists: kelpie-dev, kelpie-users.",
    ):
        text = _CHANNELS.format(channels=channels)
        assert _findings_as(text, "self-assessment.md", "missing-section") == [], channels


_OBSERVABILITY = """# General Technical Review - Kestrel / Sandbox

- **Project:** Kestrel
- **Date Updated:** 2026-03-01

## Day 2 - Day-to-Day Operations Phase

### Observability Requirements

- How can someone using this project know that it is working for their instance?

  The health endpoint reports ready once the controller has synced.

{slo}

### Dependencies

- Describe the specific running services the project depends on in the cluster.

  None beyond the Kubernetes API server.
"""


def test_two_template_questions_merged_into_one_bullet() -> None:
    for joint in (" & ", " and ", " "):
        slo = (
            "- Describe the SLOs (Service Level Objectives) for this project."
            f"{joint}What are the SLIs (Service Level Indicators) an operator can use to determine the health of the service?\n\n"
            "  N/A - Kestrel defines no SLOs; the metrics endpoint exposes queue latency."
        )
        text = _OBSERVABILITY.format(slo=slo)
        # Day 0, which a Sandbox GTR answers, is reported missing at the title; the merge is
        # reported on any day.
        rows = _findings_as(text, "gtr.md", "unanswered-question")
        assert [row for row in rows if row[2] != 1] == [("unanswered-question", "warning", 14)], joint
        (message,) = [f.message for f in lint_text(text, "gtr.md").findings if f.line == 14]
        assert "two of the template's questions are merged into one" in message


def test_questions_kept_apart_or_answered_inline_stay_quiet() -> None:
    apart = (
        "- Describe the SLOs (Service Level Objectives) for this project.\n\n  None are defined.\n\n"
        "- What are the SLIs (Service Level Indicators) an operator can use to determine the health of the service?\n\n"
        "  Queue latency and reconcile errors."
    )
    inline = "- Describe the SLOs (Service Level Objectives) for this project. None are defined; see the SLIs below.\n\n- What are the SLIs (Service Level Indicators) an operator can use to determine the health of the service? Queue latency."
    for slo in (apart, inline):
        text = _OBSERVABILITY.format(slo=slo)
        rows = _findings_as(text, "gtr.md", "unanswered-question")
        assert [row for row in rows if row[2] != 1] == [], slo
        assert not [f for f in lint_text(text, "gtr.md").findings if "merged" in f.message]


def test_questions_indented_into_a_code_block_are_not_merged_questions() -> None:
    # Indented four spaces after a paragraph, the two questions render as a code block, one per
    # line: malformed-markdown says so at the block; they are not one question "merged" from two.
    slo = (
        "The operator exposes Prometheus metrics.\n\n"
        "    * Describe the SLOs (Service Level Objectives) for this project.\n"
        "    * What are the SLIs (Service Level Indicators) an operator can use to determine the health of the service?\n\n"
        "Queue latency and reconcile errors are the indicators; no SLO is set."
    )
    text = _OBSERVABILITY.format(slo=slo)
    assert not [f for f in lint_text(text, "gtr.md").findings if "merged" in f.message]
    assert _findings_as(text, "gtr.md", "malformed-markdown") == [("malformed-markdown", "warning", 16)]
