"""A self-assessment that leaves out one of its outline's sections between sections it keeps
(Project compliance between Security functions and features and Secure development practices) is
one missing-section warning at the section it belongs before; renamed sections, sections answered
under their name inside another, and drafts that stop before the section stay quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.companion_texts import METADATA_ROWS
from tests.rule_rows import rule_rows

COMPLIANCE = "## Project compliance\n\nKestrel is not documented as meeting any security standard.\n\n"

TEXT = (
    "# Kestrel Self-assessment\n\n## Metadata\n\n"
    + METADATA_ROWS
    + """| SBOM | https://github.com/kestrel/kestrel/releases |

## Overview

Kestrel schedules batch jobs on Kubernetes clusters.

## Self-assessment use

This self-assessment is created by the Kestrel team to perform an internal analysis of the
project's security.

## Security functions and features

Critical: the controller verifies signed job specs. Security relevant: its namespaced service
account.

"""
    + COMPLIANCE
    + """## Secure development practices

Development Pipeline: every pull request needs two maintainer approvals and passes CodeQL.
Communication Channels: the #kestrel-dev Slack channel and the kestrel-users list.
Ecosystem: Kestrel runs beside Volcano and Kueue.

## Security issue resolution

Responsible Disclosures Process: reports go to security@kestrel.dev as SECURITY.md says.
Incident Response: the maintainers triage each report within a day and ship a patch release.

## Appendix

Known Issues Over Time: two advisories, both fixed within a week. Best Practices: the passing
badge. Case Studies: Ostrava Telekom runs Kestrel in production. Related Projects / Vendors:
Volcano is the nearest alternative.
"""
)


def test_the_complete_self_assessment_is_quiet() -> None:
    assert rule_rows(TEXT, "missing-section") == []


def test_a_project_compliance_section_left_out_is_one_warning_before_the_next_section() -> None:
    text = TEXT.replace(COMPLIANCE, "")
    line = text.splitlines().index("## Secure development practices") + 1
    assert rule_rows(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "there is no 'Project compliance' section, which the self-assessment template asks for "
        "('List any security standards or sub-sections the project is…'): add it before 'Secure "
        f"development practices' (line {line}), or say in it why there is nothing to write"
    )


def test_a_goal_opening_with_compliance_is_not_the_section() -> None:
    # A goal's bold label is a sentence's opening, not the section's name.
    text = TEXT.replace(COMPLIANCE, "").replace(
        "Kestrel schedules batch jobs on Kubernetes clusters.\n",
        "Kestrel schedules batch jobs on Kubernetes clusters.\n\n"
        "- **Compliance with Kubernetes Security Standards:** Kestrel follows the restricted profile.\n",
    )
    line = text.splitlines().index("## Secure development practices") + 1
    assert rule_rows(text, "missing-section") == [("missing-section", "warning", line)]


@pytest.mark.parametrize(
    "written",
    [
        # Renamed, in its place or elsewhere.
        "## Compliance\n\nNone claimed.\n\n",
        "## Standards and Compliance\n\nNot applicable.\n\n",
        "",  # with the answer under another section's heading below
    ],
)
def test_a_renamed_or_elsewhere_answered_compliance_section_stays_quiet(written: str) -> None:
    text = TEXT.replace(COMPLIANCE, written)
    if not written:
        text = text.replace(
            "Ecosystem: Kestrel runs beside Volcano and Kueue.\n",
            "Ecosystem: Kestrel runs beside Volcano and Kueue.\n\n"
            "**Compliance:** Kestrel is not documented as meeting PCI-DSS, ISO or any other standard.\n",
        )
    assert rule_rows(text, "missing-section") == []


def test_a_renamed_and_moved_issue_resolution_named_by_its_parts_stays_quiet() -> None:
    # "Security and Vulnerability Management" set before Secure development practices holds the
    # Responsible Disclosures Process at a paragraph's opening: the section renamed and moved.
    resolution = TEXT[TEXT.index("## Security issue resolution") : TEXT.index("## Appendix")]
    text = TEXT.replace(resolution, "").replace(
        "## Secure development practices",
        "## Security and Vulnerability Management\n\n"
        "Responsible Disclosures Process: reports go to security@kestrel.dev.\n\n"
        "## Secure development practices",
    )
    assert rule_rows(text, "missing-section") == []


def test_a_draft_that_stops_before_the_section_is_not_missing_it() -> None:
    # Everything after Security functions and features not written yet: an unfinished draft, not
    # a section left out between kept ones.
    text = TEXT[: TEXT.index(COMPLIANCE)]
    assert rule_rows(text, "missing-section") == []
