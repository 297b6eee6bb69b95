"""One self-contained HTML page to read: each document's sections in order with every finding beside
its line (or DOCX paragraph), a completeness bar per area, and the triage items with their state.

No script, no external asset, no network: the style is inline and the page reads the same on a
phone (the findings drop below their line), on a screen (beside it) and in print. Every place is an
anchor (``#d1-L42``, ``#d1-F3``) that the contents, the finding list and the triage table link to.
``render`` is the table's entry (lint results only); ``render_page`` takes each file's triage too,
as the triage JSON's object.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from applint._version import __version__
from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.results.report import FileReport, Report

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_STATUS_ORDER = ("missing", "weak", "met")

STYLE = """
:root{--fg:#1b1f23;--muted:#57606a;--line:#d0d7de;--err:#b3261e;--warn:#8a5a00;--info:#0b5cad;--ok:#1a7f37;
--bg-err:#fdecea;--bg-warn:#fff4d6;--bg-info:#e8f1fb;--bg-ok:#e6f4ea}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
main{max-width:78rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0;overflow-wrap:anywhere}h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line)}
a{color:var(--info)}
.meta{color:var(--muted);margin:0 0 1rem}
.verdict{display:inline-block;padding:.1rem .6rem;border-radius:1rem;font-weight:600}
.verdict.ready{background:var(--bg-ok);color:var(--ok)}.verdict.not-ready{background:var(--bg-err);color:var(--err)}
nav ol{margin:0;padding-left:1.8rem;columns:18rem;column-gap:3rem}nav li{break-inside:avoid;overflow-wrap:anywhere}
nav .lv3{margin-left:1rem}nav .lv4,nav .lv5,nav .lv6{margin-left:2rem}
.count{font-size:.8rem;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
th,.sev,.state,.at{white-space:nowrap}td:last-child{overflow-wrap:anywhere}
.areas{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.75rem}
.area{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem;break-inside:avoid}
.area h3{font-size:1rem;margin:0 0 .25rem}
.bar{display:grid;grid-template-columns:6.5rem 1fr 3.5rem;gap:.4rem;align-items:center;font-size:.85rem}
.bar .track{height:.6rem;background:#eaeef2;border-radius:.3rem;overflow:hidden}
.bar .fill{display:block;height:100%;background:var(--ok)}
.bar .fill.part{background:#d4a72c}.bar .fill.low{background:var(--err)}
.state{font-weight:600}
.state.missing,.sev.error{color:var(--err)}.state.weak,.sev.warning{color:var(--warn)}
.state.met{color:var(--ok)}.sev.info{color:var(--info)}
.doc{border:1px solid var(--line);border-radius:.5rem;overflow:hidden}
.doc section{border-top:1px solid var(--line)}.doc section:first-child{border-top:0}
.l{display:grid;grid-template-columns:3.2rem minmax(0,1fr) minmax(0,24rem);column-gap:.75rem}
.l>.n{grid-column:1;text-align:right;color:var(--muted);text-decoration:none;font-size:.8rem;padding:.1rem 0}
.l>.t{grid-column:2;margin:0;white-space:pre-wrap;overflow-wrap:anywhere;
font:.85rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:.1rem 0}
.l.h>.t{font-weight:700}.l.c>.t{color:var(--muted)}
.l>.f{grid-column:3;list-style:none;margin:0;padding:.1rem .5rem .1rem 0}
.l.has{background:#fafbfc}.l:target,.fi:target{outline:2px solid var(--info)}
.fi{font-size:.85rem;border-left:.25rem solid;padding:.2rem .5rem;margin:.15rem 0;border-radius:.2rem}
.fi.error{border-color:var(--err);background:var(--bg-err)}.fi.warning{border-color:var(--warn);background:var(--bg-warn)}
.fi.info{border-color:var(--info);background:var(--bg-info)}
.fi .rule,.again .rule{font-family:ui-monospace,monospace;font-size:.8rem}
.again{font-size:.8rem;border-left:.25rem dotted var(--info);padding:.1rem .5rem;margin:.15rem 0}
@media (max-width:48rem){main{padding:.5rem}.l{grid-template-columns:2.6rem minmax(0,1fr)}
.l>.f{grid-column:1/-1;padding-left:.5rem}table{font-size:.85rem}.hide-narrow{display:none}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
nav{display:none}.l{break-inside:avoid}.l:target,.fi:target{outline:0}.doc{border:0}}
"""


def render(report: Report, quiet: bool = False) -> str:
    """The page of the lint results alone (no triage items)."""
    return render_page(report, {})


def render_page(report: Report, triage: Mapping[str, Mapping[str, Any]]) -> str:
    """The page for every file of the report; ``triage`` maps a file's path to its triage (the
    triage JSON's object) where there is one."""
    title = report.files[0].path if len(report.files) == 1 else f"{len(report.files)} documents"
    body = [_file(index, file, triage.get(file.path)) for index, file in enumerate(report.files, 1)]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="applint {escape(__version__)}">'
        f"<title>applint: {escape(title)}</title><style>{STYLE}</style></head>\n"
        f"<body><main>\n{''.join(body)}</main></body></html>\n"
    )


def _file(index: int, file: FileReport, triage: Mapping[str, Any] | None) -> str:
    key = f"d{index}"
    out = [f'<article id="{key}">', f"<h1>{escape(file.path)}</h1>", _meta(file, triage)]
    document = file.document
    headings = [b for b in document.blocks if b.kind is BlockKind.HEADING] if document is not None else []
    if headings:
        out.append(f'<nav aria-label="Sections of {escape(file.path)}"><h2>Sections</h2><ol>')
        counts = _per_section(file.findings, [h.line for h in headings])
        for heading, count in zip(headings, counts, strict=True):
            note = (
                f' <span class="count">({count} finding{"s" if count != 1 else ""})</span>' if count else ""
            )
            out.append(
                f'<li class="lv{heading.level}"><a href="#{key}-L{heading.line}">{escape(heading.text or "(untitled)")}</a>{note}</li>'
            )
        out.append("</ol></nav>")
    if file.completeness:
        out.append(_completeness(file.completeness))
    if triage is not None:
        out.append(_triage(key, file, triage))
    out.append(_finding_list(key, file))
    if document is not None:
        out.append(_document(key, file))
    out.append("</article>\n")
    return "\n".join(out)


def _meta(file: FileReport, triage: Mapping[str, Any] | None) -> str:
    parts = []
    if triage is not None:
        verdict = str(triage["verdict"])
        parts.append(f'<span class="verdict {verdict.replace(" ", "-")}">{escape(verdict)}</span>')
    if file.document_kind == "due-diligence":
        parts.append("due-diligence document")
    if file.template:
        parts.append(f"checked against {escape(file.template)}")
    counts = file.counts()
    tally = ", ".join(s.counted(counts[s]) for s in _SEVERITIES if counts.get(s)) or "no problems"
    parts.append(tally)
    if not file.application:
        parts.append("not an application: nothing checked")
    return f'<p class="meta">{" · ".join(parts)}</p>'


def _per_section(findings: tuple[Finding, ...], starts: list[int]) -> list[int]:
    """How many findings fall under each heading (from it to the next one)."""
    counts = [0] * len(starts)
    for finding in findings:
        position = finding.position
        below = [i for i, start in enumerate(starts) if start <= position]
        if position and below:
            counts[below[-1]] += 1
    return counts


def _completeness(completeness: Mapping[str, Any]) -> str:
    out = ['<section aria-label="Completeness"><h2>Completeness</h2><div class="areas">']
    areas = [*completeness["sections"], {"title": "All areas", **completeness}]
    for area in areas:
        out.append(f'<div class="area"><h3>{escape(str(area["title"]))}</h3>')
        for part in ("required", "suggested"):
            tally = area[part]
            if not tally["total"]:
                continue
            out.append(f'<div class="part"><span class="count">{part}</span>')
            for measure, label in (("present", "present"), ("ticked", "ticked"), ("evidenced", "evidenced")):
                if tally[measure] is not None:
                    out.append(_bar(label, tally[measure], tally["total"]))
            out.append("</div>")
        out.append("</div>")
    out.append("</div></section>")
    return "\n".join(out)


def _bar(label: str, done: int, total: int) -> str:
    share = done / total if total else 0.0
    grade = "" if share >= 0.999 else " part" if share >= 0.5 else " low"
    return (
        f'<div class="bar"><span>{label}</span>'
        f'<span class="track" role="img" aria-label="{label} {done} of {total}">'
        f'<span class="fill{grade}" style="width:{share * 100:.0f}%"></span></span>'
        f"<span>{done}/{total}</span></div>"
    )


def _triage(key: str, file: FileReport, triage: Mapping[str, Any]) -> str:
    counts = triage["counts"]
    areas: Mapping[str, str] = triage.get("areas", {})
    out = [
        f'<section aria-label="Triage"><h2>Triage: {escape(str(triage["verdict"]))}</h2>',
        f'<p class="meta">{counts["missing"]} missing, {counts["weak"]} weak, {counts["met"]} met of '
        f"{len(triage['items'])} items of the TOC's minimum triage set (read as {escape(str(triage['template']))})</p>",
        '<table><thead><tr><th>state</th><th>item</th><th class="hide-narrow">area</th><th>where</th>'
        "<th>why</th></tr></thead><tbody>",
    ]
    items = sorted(triage["items"], key=lambda item: _STATUS_ORDER.index(str(item["status"])))
    for item in items:
        place = item["line"] if item["line"] is not None else item["paragraph"]
        where = _place_link(key, file, place) if place is not None else ""
        need_text = str(item["need"])
        shown = need_text == "required" or need_text in str(item["title"]).lower()
        need = "" if shown else f' <span class="count">({escape(need_text)})</span>'
        out.append(
            f'<tr data-item="{escape(str(item["id"]))}"><td class="state {escape(str(item["status"]))}">{escape(str(item["status"]))}</td>'
            f"<td>{escape(str(item['title']))}{need}</td>"
            f'<td class="hide-narrow">{escape(areas.get(str(item["area"]), str(item["area"])))}</td>'
            f'<td class="at">{where}</td><td>{escape(str(item["why"]))}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _place_link(key: str, file: FileReport, place: int) -> str:
    """A link to a line (or paragraph) the page shows; the bare label when it shows none."""
    shown = file.document is not None and 1 <= place <= len(file.document.source_lines)
    return f'<a href="#{key}-L{place}">{_label(file, place)}</a>' if shown else _label(file, place)


def _finding_list(key: str, file: FileReport) -> str:
    if not file.findings:
        return '<section aria-label="Findings"><h2>Findings</h2><p>No problems found.</p></section>'
    out = [
        '<section aria-label="Findings"><h2>Findings</h2><table><thead><tr><th>where</th><th>severity</th>'
        '<th class="hide-narrow">rule</th><th>what to do</th></tr></thead><tbody>'
    ]
    for number, finding in enumerate(file.findings, 1):
        # With the document shown, a place links to the finding beside its line.
        where = _label(file, finding.position)
        if file.document is not None:
            where = f'<a href="#{key}-F{number}">{where}</a>'
        out.append(
            f'<tr><td>{where}</td><td class="sev {finding.severity.label}">{finding.severity.label}</td>'
            f'<td class="hide-narrow rule">{escape(finding.rule)}</td><td>{escape(finding.message)}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _label(file: FileReport, place: int) -> str:
    """'line 42', '¶42' for DOCX, or 'whole document'."""
    if not place:
        return "whole document"
    return f"¶{place}" if file.unit == "paragraph" else f"line {place}"


def _document(key: str, file: FileReport) -> str:
    """Every line of the document, a section per heading, each finding in the line it is about."""
    document = file.document
    assert document is not None
    lines = document.source_lines
    by_place: dict[int, list[tuple[int, Finding]]] = {}
    again: dict[int, list[tuple[int, Finding]]] = {}  # the places a folded finding also stands for
    for number, finding in enumerate(file.findings, 1):
        place = finding.position if 1 <= finding.position <= len(lines) else 0
        by_place.setdefault(place, []).append((number, finding))
        for other in finding.details.get("also_at", ()):
            if other != place and 1 <= other <= len(lines):
                again.setdefault(other, []).append((number, finding))
    headings = {b.line: b.level for b in document.blocks if b.kind is BlockKind.HEADING}
    comments = {
        n for b in document.blocks if b.kind is BlockKind.COMMENT for n in range(b.line, b.end_line + 1)
    }
    out = ['<section aria-label="The document"><h2>The document</h2><div class="doc">']
    if 0 in by_place:
        out.append(
            f'<section><div class="l has" id="{key}-L0"><span class="n"></span>'
            f'<p class="t">(the whole document)</p>{_findings(key, by_place[0])}</div></section>'
        )
    out.append("<section>")
    for number, text in enumerate(lines, 1):
        if number in headings and number > 1:
            out.append("</section><section>")
        classes = "l" + (" h" if number in headings else "") + (" c" if number in comments else "")
        notes = by_place.get(number)
        repeats = again.get(number)
        if notes or repeats:
            classes += " has"
        anchor = f"{key}-L{number}"
        label = f"¶{number}" if file.unit == "paragraph" else str(number)
        shown = (_findings(key, notes) if notes else "") + (_repeats(key, file, repeats) if repeats else "")
        out.append(
            f'<div class="{classes}" id="{anchor}"><a class="n" href="#{anchor}">{label}</a>'
            f'<p class="t">{escape(text) or "&#8203;"}</p>{shown}</div>'
        )
    out.append("</section></div></section>")
    return "\n".join(out)


def _findings(key: str, notes: list[tuple[int, Finding]]) -> str:
    items = "".join(
        f'<li class="fi {f.severity.label}" id="{key}-F{number}"><span class="sev {f.severity.label}">'
        f'{f.severity.label}</span> <span class="rule">{escape(f.rule)}</span> {escape(f.message)}</li>'
        for number, f in notes
    )
    return f'<ul class="f">{items}</ul>'


def _repeats(key: str, file: FileReport, notes: list[tuple[int, Finding]]) -> str:
    """At a place a folded finding also stands for: a pointer to the finding, at its first place."""
    items = "".join(
        f'<li class="again"><span class="rule">{escape(f.rule)}</span> the same problem as '
        f'<a href="#{key}-F{number}">{_label(file, f.position)}</a></li>'
        for number, f in notes
    )
    return f'<ul class="f">{items}</ul>'
