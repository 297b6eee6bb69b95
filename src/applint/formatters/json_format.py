"""Machine output, a documented and versioned shape (see README, "JSON output").

Version 1: ``{"version": 1, "tool": ..., "files": [{"path", "document_kind", "template", "format",
"detection", "findings": [{"rule", "severity", "message", "line", "column", "paragraph",
"section", "details"}]}]}``. New keys may be added within a version; none are removed or
renamed.
"""

from __future__ import annotations

import json
from typing import Any

from applint._version import __version__
from applint.findings import Finding
from applint.results.report import FileReport, Report

VERSION = 1


def finding_data(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.label,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "paragraph": finding.paragraph,
        "section": finding.section,
        "details": finding.details,
        "fingerprint": finding.fingerprint,
    }


def file_data(file: FileReport) -> dict[str, Any]:
    return {
        "path": file.path,
        "application": file.application,
        "document_kind": file.document_kind,
        "template": file.template,
        "format": file.format,
        "detection": file.detection or None,
        "completeness": file.completeness,
        "companions": list(file.companions),
        "findings": [finding_data(finding) for finding in file.findings],
    }


def render(report: Report, quiet: bool = False) -> str:
    data = {
        "version": VERSION,
        "tool": {"name": "applint", "version": __version__},
        "files": [file_data(file) for file in report.files],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
