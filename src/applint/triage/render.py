"""A triage result as text (one line per item), JSON, or the Markdown comment a TOC member posts.

The comment is the same for the same application on every run (no times, no versions), starts
with the hidden marker that lets a later run find and update it, and points at each place in the
issue with a text fragment link (``ISSUE_URL#:~:text=…``): GitHub issue bodies have no line
anchors, and a browser scrolls to and highlights the quoted words.
"""

from __future__ import annotations

import json
from typing import Any, Final
from urllib.parse import quote

from applint._version import __version__
from applint.triage.checks import MET, MISSING, WEAK, ItemResult
from applint.triage.items import AREAS, GUIDE_URL, OUTSIDE
from applint.triage.verdict import READY, TriageResult

MARKER: Final = "<!-- applint-triage -->"
JSON_VERSION = 1
FRAGMENT_WORDS = 8
_ICONS = {MET: "✅", WEAK: "⚠️", MISSING: "❌"}


def _where(result: TriageResult, line: int | None) -> str:
    if line is None:
        return ""
    return f"¶{line}" if result.unit == "paragraph" else str(line)


def render_text(result: TriageResult) -> str:
    """``path:line: status  item-id  title: why`` per item in the guide's order, then the verdict."""
    out = []
    width = max(len(r.item.id) for r in result.results)
    for r in result.results:
        where = _where(result, r.line)
        location = f"{result.path}:{where}:" if where else f"{result.path}:"
        out.append(f"{location} {r.status:<7}  {r.item.id:<{width}}  {r.item.title}: {r.why}")
    counts = result.counts()
    blocking = result.blocking
    head = f"{result.path}: {result.verdict}"
    if blocking:
        head += f": {len(blocking)} required item{'s' if len(blocking) != 1 else ''} missing"
    out.append(
        f"{head} ({counts[MISSING]} missing, {counts[WEAK]} weak, {counts[MET]} met of "
        f"{len(result.results)} triage items; read as {result.template})"
    )
    return "\n".join(out) + "\n"


def render_json_error(path: str, problem: str) -> str:
    """The JSON of an input that could not be triaged (unreadable, or no application): the same
    keys, with no verdict and no items, and ``error`` saying why (exit code 2)."""
    data = {
        "version": JSON_VERSION,
        "tool": {"name": "applint", "version": __version__},
        "path": path,
        "template": None,
        "kind": None,
        "verdict": None,
        "counts": None,
        "items": [],
        "error": problem,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_json(result: TriageResult) -> str:
    return json.dumps(triage_data(result), indent=2, ensure_ascii=False) + "\n"


def triage_data(result: TriageResult) -> dict[str, Any]:
    """The triage as the JSON output's object (what the HTML page reads too)."""
    paragraph = result.unit == "paragraph"
    items: list[dict[str, Any]] = [
        {
            "id": r.item.id,
            "area": r.item.area,
            "title": r.item.title,
            "guide": r.item.guide,
            "need": r.item.need,
            "status": r.status,
            "line": None if paragraph else r.line,
            "paragraph": r.line if paragraph else None,
            "why": r.why,
            "url": r.url or None,
        }
        for r in result.results
    ]
    counts = result.counts()
    data: dict[str, Any] = {
        "version": JSON_VERSION,
        "tool": {"name": "applint", "version": __version__},
        "path": result.path,
        "template": result.template,
        "kind": result.kind,
        "verdict": result.verdict,
        "counts": {status: counts[status] for status in (MET, WEAK, MISSING)},
        "areas": {area.id: area.title for area in AREAS},
        "items": items,
    }
    return data


def text_fragment(url: str, text: str) -> str:
    """``url#:~:text=…`` quoting the first words of ``text`` (dashes and commas encoded as the syntax asks)."""
    kept = []
    for word in text.split()[:FRAGMENT_WORDS]:
        if "://" in word:  # a bare URL renders as a link whose words a reader does not search for
            break
        kept.append(word)
    words = " ".join(kept) or " ".join(text.split()[:1])
    return f"{url}#:~:text={quote(words, safe='').replace('-', '%2D')}"


def _md(text: str) -> str:
    """Text safe in a Markdown comment: angle brackets outside code spans escaped, pipes too."""
    parts = text.split("`")
    for index in range(0, len(parts), 2):
        parts[index] = parts[index].replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
    return "`".join(parts)


def _place(result: TriageResult, r: ItemResult, issue_url: str | None) -> str:
    """Where an item is, linked into the issue when its address is known."""
    label = f"{result.unit} {r.line}" if r.line is not None else ""
    anchor = r.anchor
    if not label:
        heading = result.area_headings.get(r.item.area)
        if heading is None:
            return ""
        label, anchor = f"{heading} section", heading
    return f"[{label}]({text_fragment(issue_url, anchor)})" if issue_url and anchor else label


def _bullet(result: TriageResult, r: ItemResult, issue_url: str | None, with_status: bool = False) -> str:
    place = _place(result, r, issue_url)
    status = f"{r.status}: " if with_status else ""
    where = f" ({place})" if place else ""
    return f"- {status}**{r.item.title}**{where}: {_md(r.why)}. {_md(r.item.ask)}"


def _by_area(
    result: TriageResult, chosen: list[ItemResult], issue_url: str | None, status: bool
) -> list[str]:
    out = []
    for area in AREAS:
        rows = [r for r in chosen if r.item.area == area.id]
        if rows:
            out += [f"**{area.title}**", ""]
            out += [_bullet(result, r, issue_url, status) for r in rows]
            out.append("")
    return out


def render_comment(result: TriageResult, issue_url: str | None = None) -> str:
    """The Markdown a TOC member posts on the application issue."""
    counts = result.counts()
    total = len(result.results)
    blocking = result.blocking
    out = [MARKER]
    if result.verdict == READY:
        out.append("### Triage: ready for assignment")
    else:
        out.append("### Triage: not ready for assignment")
    optional = counts[MISSING] - len(blocking)
    out += [
        "",
        f"Of the {total} items of the TOC's [minimum triage set]({GUIDE_URL}): {len(blocking)} missing, "
        f"{counts[WEAK]} weak, {optional} optional or checked elsewhere and not given, {counts[MET]} met "
        f"(the application read as `{result.template}`). Links are judged by their shape, never opened.",
        "",
    ]
    others = result.worth_work()
    if blocking:
        out += [f"#### Missing ({len(blocking)}): each blocks assignment", ""]
        out += _by_area(result, blocking, issue_url, status=False)
        if others:
            out += ["#### Weak or not given, not blocking", ""]
            out += _by_area(result, others, issue_url, status=True)
    elif others:
        out += ["#### Still worth work", ""]
        out += _by_area(result, others, issue_url, status=True)
    else:
        out += ["Every item of the triage set is met.", ""]
    confirm = [
        r for r in result.results if r.item.need == OUTSIDE or r.item.id == "security.best-practices-badge"
    ]
    out += ["#### To confirm by hand", ""]
    out += [f"- {_md(r.item.guide)}." for r in confirm]
    out += [
        "",
        f"<details><summary>All {total} items</summary>",
        "",
        "| | item | where | why |",
        "|---|---|---|---|",
    ]
    for r in result.results:
        out.append(
            f"| {_ICONS[r.status]} | {_md(r.item.title)} | {_place(result, r, issue_url)} | {_md(r.why)} |"
        )
    out += ["", "</details>", ""]
    return "\n".join(out)
