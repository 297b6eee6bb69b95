"""A security self-assessment written under headings of its own (numbered, renamed, merged) is read
by topic for each outline section: the sections it says nothing of anywhere are one missing-section
warning at its title, naming them; the sections it writes in its own words, and documents that keep
the outline's headings or the 2019-2020 outline's, stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import rule_rows

_PATH = "self-assessment.md"

OWN_SHAPE = """# Kelpie — CNCF TAG-Security Self-Assessment

**Project:** Kelpie
**Website:** https://kelpie.dev
**Last Updated:** 2025-03-05

---

## 1. Project Overview

Kelpie schedules batch jobs across Kubernetes clusters.

## 2. Goals and Non-Goals

Kelpie keeps job specs from being altered between submission and execution. It does not
sandbox the workloads it starts.

## 3. System Architecture

A controller and a webhook, both in one Deployment.

## 4. Critical Security Functions

### Critical (Non-Configurable)

- the admission webhook rejects unsigned job specs

### Security-Relevant (Configurable)

- the allowed signing keys

## 5. Secure Development Practices

Every pull request needs two maintainer approvals and passes CodeQL; commits carry a DCO sign-off.

## 6. Vulnerability Reporting & Incident Response

Vulnerabilities are reported to security@kelpie.dev; the maintainers triage each report within a
day and ship a patch release.

## 7. Known Limitations

- no multi-tenant isolation
"""


def test_the_sections_it_says_nothing_of_are_one_warning_at_its_title() -> None:
    assert rule_rows(OWN_SHAPE, "missing-section", _PATH) == [("missing-section", "warning", 1)]
    (finding,) = [f for f in lint_text(OWN_SHAPE, _PATH).findings if f.rule == "missing-section"]
    assert (
        "'Metadata', 'Self-assessment use', 'Project compliance' and 'Appendix' sections" in finding.message
    )
    assert "add them, under the outline's headings" in finding.message


def test_sections_written_in_the_authors_own_words_are_there() -> None:
    """A metadata table's rows, the self-assessment's purpose, standards named in passing and
    past advisories answer their sections under any heading."""
    text = (
        OWN_SHAPE.replace(
            "**Last Updated:** 2025-03-05\n",
            "**Last Updated:** 2025-03-05\n\n| | |\n| -- | -- |\n| Assessment Stage | Complete |\n"
            "| Security Provider | No |\n",
        )
        .replace(
            "Kelpie schedules batch jobs across Kubernetes clusters.\n",
            "Kelpie schedules batch jobs across Kubernetes clusters. This document is an internal\n"
            "analysis by the maintainers; it is not intended as an audit.\n",
        )
        .replace(
            "- the allowed signing keys\n",
            "- the allowed signing keys\n\nKelpie has not been certified against FIPS 140-3 or SOC 2.\n",
        )
        .replace(
            "- no multi-tenant isolation\n", "- no multi-tenant isolation\n- CVE-2024-1234, fixed in 1.4.2\n"
        )
    )
    assert rule_rows(text, "missing-section", _PATH) == []


def test_compliance_in_passing_and_use_cases_are_not_the_sections() -> None:
    """The words "governance compliance checks" are a use, not the project's compliance; "Example Use Cases"
    is not the Self-assessment use."""
    text = OWN_SHAPE + "\n## Appendix\n\n### Example Use Cases\n\n- quick governance compliance checks\n"
    findings = [f for f in lint_text(text, _PATH).findings if f.rule == "missing-section"]
    # the Appendix without the outline's parts is the parts check's, at its heading
    assert [(f.severity.label, f.line) for f in findings] == [("warning", 1), ("warning", 45)]
    finding = findings[0]
    assert "'Metadata', 'Self-assessment use' and 'Project compliance' sections" in finding.message


def test_a_document_on_the_outlines_headings_is_left_to_the_section_checks() -> None:
    text = """# Kelpie Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |

## Overview

Kelpie schedules batch jobs.

## Security functions and features

Critical: the webhook.

## Secure development practices

Two approvals per pull request.

## Security issue resolution

Reports go to security@kelpie.dev.

## Appendix

Known Issues Over Time: none.
"""
    assert all("headings of its own" not in f.message for f in lint_text(text, _PATH).findings)


def test_the_2019_outline_is_not_a_shape_of_its_own() -> None:
    """Intended Use, Project Design and Security analysis: the outline it was written from asked
    for none of the later sections."""
    text = OWN_SHAPE.replace("## 3. System Architecture", "## Project Design").replace(
        "## 2. Goals and Non-Goals",
        "### Intended Use\n\nOperators.\n\n## Security analysis\n\nAttackers.\n\n## Goals",
    )
    assert rule_rows(text, "missing-section", _PATH) == []


def test_a_short_stub_is_left_alone() -> None:
    text = "# Kelpie Security Self-Assessment\n\n## Overview\n\nKelpie schedules batch jobs.\n\n## Threats\n\nNone.\n"
    assert all("headings of its own" not in f.message for f in lint_text(text, _PATH).findings)
