"""SARIF 2.1.0 output for GitHub code scanning and other SARIF consumers.

One run; ``tool.driver.rules`` lists every rule (id, descriptions, help, default level); each
result has a physical location (the path relative to the working directory and
``region.startLine``: the line, or for DOCX the paragraph number), a logical location naming the
template section when known, and ``partialFingerprints`` that stay stable when unrelated lines
move. Files that could not be read are also reported as tool execution notifications.
"""

from __future__ import annotations

import json
import os
from typing import Any

from applint._version import __version__
from applint.findings import Finding, Severity
from applint.results.report import FileReport, Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/cncf/toc/tree/main/.github/ISSUE_TEMPLATE"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """The path relative to the working directory, with forward slashes (``stdin`` for ``-``)."""
    if path == "-":
        return "stdin"
    relative = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return relative.replace(os.sep, "/")


def _rules() -> list[dict[str, Any]]:
    from applint.rules import all_rules
    from applint.rules.rule import plain_text

    return [
        {
            "id": rule.id,
            "name": "".join(part.capitalize() for part in rule.id.split("-")),
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": _sentence(rule.doc.split("\n\n", 1)[0].split(": ", 1)[-1])},
            "help": {"text": plain_text(rule.doc)},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
        }
        for rule in all_rules()
    ]


def _result(file: FileReport, finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": finding.line or finding.paragraph or 1}
    if finding.column is not None and finding.line is not None:
        region["startColumn"] = finding.column
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": artifact_uri(file.path)}, "region": region}
    }
    if finding.section:
        location["logicalLocations"] = [{"name": finding.section, "kind": "module"}]
    elif finding.paragraph is not None:
        location["logicalLocations"] = [{"name": f"paragraph {finding.paragraph}", "kind": "member"}]
    message = finding.message
    if finding.paragraph is not None:
        message = f"¶{finding.paragraph}: {message}"
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"applintFinding/v1": finding.fingerprint or "0"},
    }
    if finding.details:
        result["properties"] = dict(finding.details)  # the JSON output's details (facets included)
    again = finding.details.get("also_at")
    if again:  # the same problem found again (folded into this finding): each place it recurs
        result["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(file.path)},
                    "region": {"startLine": position},
                },
                "message": {
                    "text": f"{'paragraph' if finding.line is None else 'line'} {position}: the same problem"
                },
            }
            for number, position in enumerate(again, start=1)
        ]
    return result


def render(report: Report, quiet: bool = False) -> str:
    rules = _rules()
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    results = [_result(file, finding, rule_index) for file in report.files for finding in file.findings]
    notifications = [
        {"level": "error", "message": {"text": file.findings[0].message}, "descriptor": {"id": "parse-error"}}
        for file in report.files
        if file.input_error
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "applint",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }
        },
        "results": results,
        "invocations": [
            {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
        ],
        "properties": {"templates": {artifact_uri(f.path): f.template for f in report.files}},
    }
    return (
        json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False)
        + "\n"
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]
