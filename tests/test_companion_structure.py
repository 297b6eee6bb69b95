"""Companion documents compared with their template's structure: the self-assessment's metadata
table missing rows (missing-field), with the rule id, severity and line of each finding and the
tables that must stay quiet."""

from __future__ import annotations

from applint.engine import lint_text

_BODY = """
## Overview

Kelpie schedules batch jobs across Kubernetes clusters.

## Security functions and features

* Critical. The admission webhook rejects unsigned job specs.
"""


def _findings(text: str, rule: str) -> list[tuple[str, str, int | None]]:
    report = lint_text(text, path="self-assessment.md")
    return [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == rule]


def _messages(text: str, rule: str) -> list[str]:
    return [f.message for f in lint_text(text, path="self-assessment.md").findings if f.rule == rule]


def test_a_metadata_table_without_the_assessment_stage_row() -> None:
    text = """# Kelpie Security Self-Assessment

## Metadata

A table at the top for quick reference information, later used for indexing.

| | |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | Yes |
| Languages | Go, C (eBPF) |
| SBOM | FOSSA |
""" + _BODY
    assert _findings(text, "missing-field") == [("missing-field", "warning", 7)]
    (message,) = _messages(text, "missing-field")
    assert "'Assessment Stage'" in message and "Metadata table" in message and "add it" in message


def test_several_rows_missing_are_one_finding_naming_each() -> None:
    text = """# Kelpie Self-assessment

## Metadata

|   |  |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No. Kelpie schedules jobs; security is one goal among many. |
| SBOM | https://github.com/kelpie/kelpie/blob/main/go.mod |
""" + _BODY
    assert _findings(text, "missing-field") == [("missing-field", "warning", 5)]
    (message,) = _messages(text, "missing-field")
    assert "'Assessment Stage' and 'Languages' rows" in message and "add them" in message


def test_rows_named_in_other_words_and_fields_stated_elsewhere_count() -> None:
    text = """# Kelpie Self-assessment

**Assessment Stage:** Complete

## Metadata

| | |
|-----------|------|
| Software | https://github.com/kelpie/kelpie |
| Security Provider? | No |
| Kelpie SDK Languages | Go, Python |
| Software Bill of Materials | [go.mod](https://github.com/kelpie/kelpie/blob/main/go.mod) |
""" + _BODY
    assert _findings(text, "missing-field") == []


def test_a_complete_table_and_documents_without_the_template_table_stay_quiet() -> None:
    complete = """# Kelpie Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases/download/v1.0.0/sbom.json |
""" + _BODY
    assert _findings(complete, "missing-field") == []
    # A free-form header, and a table of links holding one field: nothing of the template's table
    # to compare with.
    free_form = """# Kelpie Security Self-Assessment

**Project:** Kelpie
**Software:** https://github.com/kelpie/kelpie
**Last Updated:** 2025-11-27

## Metadata

| Doc | url |
| -- | -- |
| Software | https://github.com/kelpie/kelpie |
| Security file | https://github.com/kelpie/kelpie/blob/main/SECURITY.md |
""" + _BODY
    assert _findings(free_form, "missing-field") == []
