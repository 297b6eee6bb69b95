"""Repeated text in companion documents (GTR, governance review, self-assessment): a paragraph
copied into a later answer is reported once at the copy; parallel entries of one list, a summary
restating its findings and the template's own questions stay quiet."""

from __future__ import annotations

from tests.rule_rows import Row, rule_rows

GTR_HEAD = """# General Technical Review - Kestrel / Incubation

- **Project:** Kestrel
- **Project Version:** 2.3
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-03-01
- **Template Version:** v1.0
- **Description:** Kestrel schedules batch jobs on Kubernetes.

## Day 0 - Planning Phase

### Scope

- Describe the roadmap process, how scope is determined for mid to long term features, as well as how the roadmap maps back to current contributions and maintainer ladder?

  The roadmap is a GitHub project board that the maintainers review every month with the community.

### Usability

- How should the target personas interact with your project?

  Installing Kestrel is as simple as adding the Helm repository and installing the chart into a namespace of your choice:
  [Helm chart](https://kestrel.dev/helm), [operator guide](https://kestrel.dev/operator).

  Operators then configure queues through the kestrel CLI, which writes the custom resources for them.

## Day 1 - Installation and Deployment Phase

### Project Installation and Configuration

- Describe what project installation and configuration look like.

{answer}
"""


def rows(text: str) -> list[Row]:
    return rule_rows(text, "duplicate-content")


def test_an_answer_copied_from_an_earlier_one_is_one_finding_at_the_copy() -> None:
    answer = (
        "  Installing Kestrel is as simple as adding the Helm repository and installing the chart into a\n"
        "  namespace of your choice:\n"
        "  [Helm chart](https://kestrel.dev/helm), [operator guide](https://kestrel.dev/operator).\n\n"
        "  Operators then configure queues through the kestrel CLI, which writes the custom resources for them.\n"
    )
    assert rows(GTR_HEAD.format(answer=answer)) == [("duplicate-content", "warning", 33)]


def test_an_answer_of_its_own_and_the_templates_questions_stay_quiet() -> None:
    answer = "  A Helm chart installs the controller; the values file sets the queues and their quotas.\n"
    assert rows(GTR_HEAD.format(answer=answer)) == []


SELF_ASSESSMENT = """# Kestrel Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |

## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams and their pipelines.

### Actions

1. **Analysis** runs in a platform-provided image using in-container UID zero
   and GID zero to restore layer metadata into a dedicated volume.
2. **Restore** runs in a platform-provided image using in-container UID zero and
   GID zero to restore layers into a dedicated volume.

Kestrel compares closely to the following technologies:

* Jib - Similar to Kestrel in that it constructs OCI images directly without a
  Dockerfile or Docker. Jib is Java-specific, but uses the same techniques.
* Ko - Similar to Kestrel in that it constructs OCI images directly without a
  Dockerfile or Docker. Ko is Go-specific, but uses the same techniques.

Shared storage comes in pools configured for different scenarios:

* [`filesystem.yaml`](https://kestrel.dev/filesystem.yaml): Replication of 3 for production scenarios. Requires at least three worker nodes.

Object storage comes in pools configured for different scenarios:

* [`object.yaml`](https://kestrel.dev/object.yaml): Replication of 3 for production scenarios.  Requires at least three worker nodes.
"""


def test_parallel_entries_of_a_list_and_labelled_entries_stay_quiet() -> None:
    assert rows(SELF_ASSESSMENT) == []


GOVERNANCE_REVIEW = """# Governance Review Kestrel

## Summary and Assessment

### Points of Excellence

The following aspects of governance are exemplary, and should be considered by other projects:

- Kestrel publishes marketing guidelines that give specific guidance on vendor neutrality and the use of the project's name.

## Review

### Accuracy and Clarity

- Kestrel's marketing guidelines give specific guidance on vendor neutrality and the use of the project's name.
"""


def test_a_governance_reviews_summary_restating_its_findings_stays_quiet() -> None:
    assert rows(GOVERNANCE_REVIEW) == []
