"""Human output: ``path:line:col: severity rule-id message`` in line order, then a summary line.

The summary line names the template revision and, for one file, its completeness score; with
several files a score line per file comes before it. A TOC due-diligence document is named as one
("due-diligence document, checked against dd-incubation-2026-06-29: …"), and so are the companion
documents (GTR, governance review, self-assessment) among the files checked; files of no known
kind are counted as skipped, with why.

DOCX findings are located by paragraph: ``path:¶37: severity rule-id message``. A file that
could not be read is left to the command line's one line on standard error (and counted here).
"""

from __future__ import annotations

from collections import Counter

from applint.findings import Finding, Severity
from applint.formatters.scores import score_line
from applint.matching.distinguishing import ABSENCE_FROM
from applint.results.report import FileReport, Report


def location(file: FileReport, finding: Finding) -> str:
    if finding.paragraph is not None:
        return f"{file.path}:¶{finding.paragraph}"
    if finding.line is None:
        return file.path
    if finding.column is not None:
        return f"{file.path}:{finding.line}:{finding.column}"
    return f"{file.path}:{finding.line}"


def render(report: Report, quiet: bool = False) -> str:
    lines = []
    for file in report.files:
        if file.input_error:
            continue  # said once, on standard error, by the command line
        for finding in file.findings:
            lines.append(
                f"{location(file, finding)}: {finding.severity.label} {finding.rule} {finding.message}"
            )
    if not quiet:
        if len(report.files) > 1:
            lines.extend(
                f"{file.path}: {_what(file)}{score_line(file.completeness)}"
                for file in report.files
                if file.completeness
            )
        lines.append(summary(report))
        pointer = explain_pointer(report)
        if pointer:
            lines.append(pointer)
    return "\n".join(lines) + ("\n" if lines else "")


POINTER_RULES = 3


def explain_pointer(report: Report) -> str:
    """The line after the findings naming the rules that fired most (ties: the more severe, then
    by name), and how to read what one checks; empty when nothing fired."""
    fired = Counter(f.rule for file in report.files if not file.input_error for f in file.findings)
    if not fired:
        return ""
    worst: dict[str, Severity] = {}
    for file in report.files:
        for finding in file.findings:
            worst[finding.rule] = max(worst.get(finding.rule, finding.severity), finding.severity)
    ranked = sorted(fired, key=lambda rule: (-fired[rule], -worst[rule], rule))[:POINTER_RULES]
    most = ", ".join(f"{rule} ×{fired[rule]}" for rule in ranked)
    return f"most findings: {most}; what a rule checks and how to fix it: applint explain {ranked[0]}"


def _what(file: FileReport) -> str:
    """'due-diligence document, checked against dd-…; ' for a TOC DD document, else nothing."""
    if file.document_kind != "due-diligence":
        return ""
    return f"due-diligence document, checked against {file.template}; "


def _companion_names() -> dict[str, str]:
    """The companion documents' names by kind: "GTR", "governance review", "self-assessment"."""
    from applint.templates.companions import companion_templates  # a run that met one has it loaded

    return {template.kind: template.short_name for template in companion_templates()}


def _counted(name: str, count: int) -> str:
    return f"{count} {name}{'s' if count != 1 else ''}"


def summary(report: Report) -> str:
    counts = report.counts()
    files = len(report.files)
    templates = Counter(file.template for file in report.files if file.template)
    if len(templates) == 1:
        against = f" against {next(iter(templates))}"
    elif templates:
        against = " against " + ", ".join(
            f"{name} ×{n}" if n > 1 else name for name, n in sorted(templates.items())
        )
    else:
        against = ""
    skipped = sum(1 for file in report.files if file.template is None and not file.input_error)
    due_diligence = sum(1 for file in report.files if file.document_kind == "due-diligence")
    # "(1 due-diligence document, 1 GTR)" after the count, when documents other than applications
    # are among the files.
    # Loaded only when a companion document was checked (an application's run never reads them).
    companions = any(f.document_kind not in (None, "application", "due-diligence") for f in report.files)
    names = _companion_names() if companions else {}
    kinds = Counter(file.document_kind for file in report.files if file.document_kind in names)
    notes = (
        [f"{due_diligence} due-diligence document{'s' if due_diligence != 1 else ''}"]
        if due_diligence
        else []
    )
    notes += [_counted(names[kind], n) for kind, n in sorted(kinds.items())]
    dd_note = f" ({', '.join(notes)})" if notes else ""
    if skipped:
        noun = "document" if notes else "application"
        checked = (
            f"checked {files - skipped} {noun}{'s' if files - skipped != 1 else ''}{dd_note}{against}, "
            f"{skipped} other file{'s' if skipped != 1 else ''} skipped (not an application, due-diligence "
            "document, GTR, governance review or self-assessment)"
        )
    elif due_diligence and files == 1 and not report.files[0].detection.get("follows_template", True):
        checked = f"due-diligence document in an older format than the TOC's DD template (criteria not checked), read{against}"
    elif due_diligence and files == 1:
        checked = f"due-diligence document, checked{against}"
    elif kinds and files == 1:
        checked = f"{names[next(iter(kinds))]}, checked{against}"
    else:
        checked = f"checked {files} file{'s' if files != 1 else ''}{dd_note}{against}"
    score = ""
    if len(report.files) == 1 and report.files[0].completeness:
        score = f"; {score_line(report.files[0].completeness)}"
    if not counts:
        return f"{checked}: no problems{score}"
    parts = [
        severity.counted(counts[severity])
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts.get(severity, 0)
    ]
    return f"{checked}: {', '.join(parts)}{score}"


def detection_line(file: FileReport) -> str | None:
    """Why the file was checked against its revision (``--verbose``): the two best candidates,
    their scores, and the distinguishing criteria the document states or lacks."""
    decision = file.detection.get("decision") if file.detection else None
    if not decision:
        return None
    chosen, other = decision["chosen"], decision["runner_up"]
    head = (
        f"{file.path}: checked against {chosen['template']} (score {chosen['score']}) rather than "
        f"{other['template']} (score {other['score']}), decided by {decision['decided_by']}"
    )
    facts = [
        f"{verb} {_quoted(side[key])} that only {side['template']} has"
        for side in (chosen, other)
        for key, verb in (("contains", "states"), ("lacks", "lacks"))
        if side[key]
    ]
    if decision.get("pasted"):
        facts.append(
            f"states {_quoted(decision['pasted'])} as older text pasted in (its notes are worded as an "
            "older revision words them): not counted"
        )
    if decision["decided_by"] == "hybrid":
        facts.append("criteria of both revisions are stated: checked against the newer")
    elif decision["decided_by"] == "label and date" and decision["coverage"] <= ABSENCE_FROM:
        facts.append(
            f"it states {decision['coverage']:.0%} of the criteria they share, too little for what it "
            "lacks to count: the declared label, then the newest revision, decides"
        )
    return head + (": the document " + "; ".join(facts) if facts else ": nothing tells them apart")


def _quoted(texts: list[str], limit: int = 4) -> str:
    shown = ", ".join(
        f'"{text if len(text) <= 60 else text[:60].rsplit(" ", 1)[0] + "…"}"' for text in texts[:limit]
    )
    return shown + (f" and {len(texts) - limit} more" if len(texts) > limit else "")
