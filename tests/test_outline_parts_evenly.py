"""A self-assessment keeping the outline's headings that leaves out one labelled part of a section
is told so the same way in every section (missing-section, one warning at the section's heading,
naming the part): Development Pipeline, Communication Channels and Ecosystem under Secure
development practices; the Responsible Disclosures Process and Incident Response under Security
issue resolution; Known Issues Over Time, the Best Practices badge, Case Studies and Related
Projects in the Appendix. A part is there by its name or by the words authors write for it, not
by a common word of the outline's prompt that any answer uses ("response" in "Vulnerability
Response Process", "defined", "available", "the project", "review"); a part set under a heading
or bold label of its own in another section is there, at another place."""

from __future__ import annotations

import re

import pytest

from applint.engine import lint_text
from tests.rule_rows import rule_rows

_PATH = "self-assessment.md"

KESTREL = """# Kestrel Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kestrel/kestrel/releases/download/v1.4.0/sbom.spdx.json |

### Security links

| Doc | url |
| -- | -- |
| Security file | https://github.com/kestrel/kestrel/blob/main/SECURITY.md |

## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

### Background

Research clusters run thousands of short jobs; Kestrel queues them fairly across teams.

### Actors

The controller, the queue API and the node agent.

### Actions

A user submits a job through the queue API; the controller admits it and the agent runs it.

### Goals

Only admitted jobs run, and a team cannot read another team's jobs.

### Non-goals

Kestrel does not isolate workloads on a node beyond what Kubernetes does.

## Self-assessment use

This self-assessment is created by the Kestrel team to perform an internal analysis of the
project's security. It is not intended to provide a security audit of Kestrel, or function as an
independent assessment or attestation of Kestrel's security health.

## Security functions and features

### Critical

The admission webhook and the queue API's authorization checks.

### Security Relevant

The TLS settings of the queue API and the agent's service account.

## Project compliance

Kestrel does not claim compliance with any standard.

## Secure development practices

### Development Pipeline

Every pull request needs two maintainer approvals; commits are signed off (DCO) and CodeQL runs
on each pull request. Release images are signed with cosign.

### Communication Channels

- Internal: the maintainers' private Slack channel.
- Inbound: GitHub issues and #kestrel on the CNCF Slack.
- Outbound: the kestrel-announce mailing list.

### Ecosystem

Kestrel runs on any conformant Kubernetes cluster and integrates with Argo Workflows.

## Security issue resolution

### Responsible Disclosures Process

Vulnerabilities are reported privately through GitHub security advisories, as SECURITY.md says.

### Vulnerability Response Process

Two maintainers on the security rota answer a report within three working days; the process is
defined in the project's governance.

### Incident Response

The rota confirms the issue, prepares a fix in a private fork, and publishes an advisory with the
patched release.

## Appendix

### Known Issues Over Time

Two advisories since 2023 (GHSA-4c7f-9p2q-xr3m, GHSA-8w2j-6h5v-q7pc), both fixed within a week.

### OpenSSF Best Practices

The project holds the passing badge; silver needs a second review of every release.

### Case Studies

A university runs Kestrel for 300 researchers; a genomics lab runs nightly pipelines with it.

### Related Projects / Vendors

Unlike Volcano, Kestrel has no gang scheduling; unlike Kueue it queues across clusters.
"""


def _without(title: str) -> str:
    """Kestrel's self-assessment less one part's heading and its text."""
    text = re.sub(rf"### {re.escape(title)}\n\n.*?(?:\n\n(?=#)|\n\Z)", "", KESTREL, flags=re.S)
    assert text != KESTREL
    return text


def _line(text: str, heading: str) -> int:
    return text.splitlines().index(heading) + 1


def test_the_whole_self_assessment_is_quiet() -> None:
    assert rule_rows(KESTREL, "missing-section", _PATH) == []


@pytest.mark.parametrize(
    ("title", "section", "label"),
    [
        ("Development Pipeline", "Secure development practices", "Development Pipeline"),
        ("Communication Channels", "Secure development practices", "Communication Channels"),
        ("Ecosystem", "Secure development practices", "Ecosystem"),
        ("Incident Response", "Security issue resolution", "Incident Response"),
        ("Known Issues Over Time", "Appendix", "Known Issues Over Time"),
        ("OpenSSF Best Practices", "Appendix", "Open SSF Best Practices"),
        ("Case Studies", "Appendix", "Case Studies"),
        ("Related Projects / Vendors", "Appendix", "Related Projects / Vendors"),
    ],
)
def test_each_part_left_out_is_one_warning_at_its_section(title: str, section: str, label: str) -> None:
    text = _without(title)
    assert rule_rows(text, "missing-section", _PATH) == [
        ("missing-section", "warning", _line(text, f"## {section}"))
    ]
    (message,) = [f.message for f in lint_text(text, _PATH).findings if f.rule == "missing-section"]
    assert message.startswith(
        f"'{section}' has no '{label}' part, which the self-assessment template asks for"
    )


def test_the_disclosure_process_is_not_the_response_headings_word() -> None:
    """Without the Responsible Disclosures Process and its Vulnerability Response Process, the
    "Response" of "Incident Response" does not stand for the disclosure process."""
    text = re.sub(
        r"### Responsible Disclosures Process\n\n.*?\n\n### Vulnerability Response Process\n\n.*?\n\n(?=#)",
        "",
        KESTREL,
        flags=re.S,
    )
    assert rule_rows(text, "missing-section", _PATH) == [
        ("missing-section", "warning", _line(text, "## Security issue resolution"))
    ]
    (message,) = [f.message for f in lint_text(text, _PATH).findings if f.rule == "missing-section"]
    assert message.startswith("'Security issue resolution' has no 'Responsible Disclosures Process' part")


def test_a_vulnerability_response_process_stands_for_the_disclosure_process() -> None:
    """The entry the outline nests under the Responsible Disclosures Process, kept alone, is that
    process written."""
    text = _without("Responsible Disclosures Process")
    assert rule_rows(text, "missing-section", _PATH) == []


def test_a_part_under_a_bold_label_in_another_section_is_there() -> None:
    text = _without("OpenSSF Best Practices").replace(
        "Release images are signed with cosign.\n",
        "Release images are signed with cosign.\n\n**CII Best Practices**\n\nKestrel holds the passing badge.\n",
    )
    assert rule_rows(text, "missing-section", _PATH) == []


def test_integration_tests_and_ci_integration_are_no_ecosystem() -> None:
    text = _without("Ecosystem").replace(
        "Release images are signed with cosign.\n",
        "Release images are signed with cosign. Fuzzing is not yet integrated into CI.\n\n"
        "#### Integration Tests\n\nEach pull request runs the end-to-end suite on kind.\n",
    )
    assert rule_rows(text, "missing-section", _PATH) == [
        ("missing-section", "warning", _line(text, "## Secure development practices"))
    ]
