"""The outputs of a GitHub Actions step (``$GITHUB_OUTPUT`` lines, ``name=value``): what a later
step of the workflow reads as ``steps.<id>.outputs.<name>``.

``files`` inputs given, ``applications`` of them checked as applications or due-diligence
documents, ``unreadable`` that could not be read, ``findings`` and its part per severity
(``errors``, ``warnings``, ``notices``), and ``score``: the share of the Required criteria with
evidence under them, in percent, over every checked document that follows a template (empty when
none does).
"""

from __future__ import annotations

from applint.findings import Severity
from applint.results.report import Report


def render(report: Report) -> str:
    counts = report.counts()
    totals = [file.completeness["required"] for file in report.files if file.completeness]
    required = sum(tally["total"] for tally in totals)
    evidenced = sum(tally["evidenced"] for tally in totals)
    values = {
        "files": len(report.files),
        "applications": sum(1 for file in report.files if file.application and not file.input_error),
        "unreadable": sum(1 for file in report.files if file.input_error),
        "findings": sum(counts.values()),
        "errors": counts.get(Severity.ERROR, 0),
        "warnings": counts.get(Severity.WARNING, 0),
        "notices": counts.get(Severity.INFO, 0),
        "score": round(100 * evidenced / required) if required else "",
    }
    return "".join(f"{name}={value}\n" for name, value in values.items())
