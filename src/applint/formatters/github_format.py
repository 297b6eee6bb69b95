"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

Escaping follows the runner's rules: ``%``, CR and LF in the message; additionally ``:`` and ``,``
in properties (file, title). DOCX findings carry no line property (a paragraph is not a line);
their message starts with ``¶N``.
"""

from __future__ import annotations

from applint.findings import Severity
from applint.formatters.text_format import summary
from applint.results.report import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, quiet: bool = False) -> str:
    lines = []
    for file in report.files:
        for finding in file.findings:
            properties = [f"file={escape_property(file.path)}"]
            message = finding.message
            if finding.line is not None:
                properties.append(f"line={finding.line}")
                if finding.column is not None:
                    properties.append(f"col={finding.column}")
            elif finding.paragraph is not None:
                message = f"¶{finding.paragraph}: {message}"
            properties.append(f"title={escape_property(f'applint {finding.rule}')}")
            lines.append(f"::{COMMANDS[finding.severity]} {','.join(properties)}::{escape_data(message)}")
    if not quiet:
        lines.append(summary(report))
    return "\n".join(lines) + ("\n" if lines else "")
