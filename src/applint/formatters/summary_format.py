"""A Markdown report for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

Per file: the template revision; a completeness table (per template area: Required and
Suggested criteria ticked of the template's total, with how many have evidence, and findings by
severity); a table of findings by rule and severity; and the first findings with their
locations.
"""

from __future__ import annotations

from collections import Counter

from applint.findings import Severity
from applint.formatters.scores import cell
from applint.results.report import FileReport, Report

FIRST_FINDINGS = 10


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _file_section(file: FileReport) -> list[str]:
    counts = file.counts()
    lines = [
        f"### `{file.path}`",
        "",
        ("Due-diligence document · " if file.document_kind == "due-diligence" else "")
        + f"Template: `{file.template or 'none'}` · "
        + " · ".join(s.counted(counts.get(s, 0)) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)),
        "",
    ]
    if file.completeness:
        lines += [
            "| section | required | suggested | errors | warnings | info |",
            "|---|---|---|---|---|---|",
        ]
        for area in file.completeness["sections"]:
            found = area["findings"]
            lines.append(
                f"| {_cell(area['title'])} | {cell(area['required'])} | {cell(area['suggested'])} "
                f"| {found['error']} | {found['warning']} | {found['info']} |"
            )
        total = file.completeness
        lines += [f"| **all** | {cell(total['required'])} | {cell(total['suggested'])} | | | |", ""]
    if not file.findings:
        return [*lines, "No problems found.", ""]
    by_rule = Counter((f.rule, f.severity) for f in file.findings)
    lines += ["| rule | severity | findings |", "|---|---|---|"]
    for (rule, severity), count in sorted(by_rule.items(), key=lambda item: (-item[0][1], item[0][0])):
        lines.append(f"| `{rule}` | {severity.label} | {count} |")
    lines += ["", f"First {min(FIRST_FINDINGS, len(file.findings))} of {len(file.findings)} findings:", ""]
    lines += ["| where | severity | rule | message |", "|---|---|---|---|"]
    for finding in file.findings[:FIRST_FINDINGS]:
        where = (
            f"¶{finding.paragraph}"
            if finding.paragraph
            else (f"line {finding.line}" if finding.line else "file")
        )
        lines.append(f"| {where} | {finding.severity.label} | `{finding.rule}` | {_cell(finding.message)} |")
    return [*lines, ""]


def render(report: Report, quiet: bool = False) -> str:
    counts = report.counts()
    lines = [
        "## applint",
        "",
        f"{len(report.files)} file{'s' if len(report.files) != 1 else ''} checked: "
        + ", ".join(s.counted(counts.get(s, 0)) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)),
        "",
    ]
    for file in report.files:
        lines += _file_section(file)
    return "\n".join(lines)
