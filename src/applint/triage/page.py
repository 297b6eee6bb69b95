"""The HTML page of `check --format html` and `triage --format html`: the lint results, each
application's triage beside them, rendered by formatters/html_format.

Takes parsed documents (kept on the reports, or read once from a source); gives the page.
"""

from __future__ import annotations

from typing import Any

from applint.engine import LintOptions, lint_document, read_document
from applint.formatters.html_format import render_page
from applint.readers.sources import InputError, Source
from applint.results.report import Report
from applint.templates.records import Template
from applint.triage.render import triage_data
from applint.triage.verdict import TriageError, TriageResult, triage_document


def check_page(report: Report, forced: Template | None) -> str:
    """The page for a check's report (its documents kept): every application triaged too."""
    triage: dict[str, dict[str, Any]] = {}
    for file in report.files:
        if file.document is not None and file.application and file.document_kind == "application":
            # check read it as an application (an issue's body by its title too): triage reads it so.
            triage[file.path] = triage_data(triage_document(file.document, forced, claimed=True))
    return render_page(report, triage)


def triage_page(source: Source, template: str | None, claimed: bool = False) -> tuple[str, TriageResult]:
    """The page for one application read once: its lint results and its triage; and the triage.
    NotAnApplication for a document `check` skips (``claimed``: an issue titled as an application)."""
    try:
        document = read_document(source)
    except InputError as error:
        raise TriageError(str(error)) from None
    options = LintOptions(template=template, keep_document=True)
    result = triage_document(document, options.forced_template(), claimed)
    report = Report((lint_document(document, options, claimed),))
    return render_page(report, {source.path: triage_data(result)}), result
