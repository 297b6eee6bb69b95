"""``applint triage --all``: where every open application stands, one line each, for a TOC meeting.

Reads a repository's open issues (with a label when given) or a list of issue references, triages
each application and prints project, level, template revision, ready / not ready and the required
items missing; or the same as JSON. A repository's listing carries the bodies, so a repository
costs one request per 100 issues and a reference one request.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from applint._version import __version__
from applint.errors import ApplintError
from applint.network.github import GitHubError, client_from_environment
from applint.network.reference import is_repository, parse_reference
from applint.templates.records import Template
from applint.text.precompiled import compile_pattern
from applint.triage.checks import MISSING, WEAK
from applint.triage.issues import Issue, NotAnApplicationIssue, fetch_issue, open_applications
from applint.triage.run import Echo
from applint.triage.verdict import READY, TriageResult, triage_source

JSON_VERSION: Final = 1
_TITLE_NOISE = compile_pattern(
    r"\[[^\]]*\]|\b(?:graduation|incubation)\b|\bapplication\b|\bproposal\b|\bfor\b|[:|–—]", re.IGNORECASE
)


# Why a row holds no triage.
SKIPPED = "skipped"  # the issue holds no application
FAILED = "failed"  # the issue could not be read


class Row:
    """One issue of the overview: its triage, or why it was not triaged."""

    __slots__ = ("issue", "listed", "name", "problem", "result", "state")

    def __init__(
        self,
        name: str,
        issue: Issue | None,
        result: TriageResult | None,
        state: str = "",
        problem: str = "",
        listed: bool = False,
    ) -> None:
        self.name: Final = name
        self.issue: Final = issue
        self.result: Final = result
        self.state: Final = state or ("triaged" if result is not None else FAILED)
        self.problem: Final = problem
        self.listed: Final = listed  # found in a repository's listing, not named by the user

    @property
    def project(self) -> str:
        return project_name(self.issue.title) if self.issue is not None else ""

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "issue": self.name,
            "url": self.issue.html_url if self.issue is not None else None,
            "project": self.project or None,
        }
        result = self.result
        if result is None:
            return {**data, "verdict": None, "problem": f"{self.state}: {self.problem}"}
        counts = result.counts()
        return {
            **data,
            "level": result.kind,
            "template": result.template,
            "verdict": result.verdict,
            "missing": [r.item.id for r in result.blocking],
            "counts": {"missing": counts[MISSING], "weak": counts[WEAK], "items": len(result.results)},
        }


def project_name(title: str) -> str:
    """The project an application's title names: "[Incubation] Kubescape Incubation Application" -> "Kubescape"."""
    name = " ".join(_TITLE_NOISE.sub(" ", title).split()).strip(" -")
    return name or title.strip()


def collect_rows(arguments: tuple[str, ...], label: str | None, forced: Template | None) -> list[Row]:
    """A row per issue of each repository (its open issues with ``label``) or issue reference.
    A repository that cannot be listed is a setup error; an issue that cannot be read is its row."""
    rows: list[Row] = []
    for argument in arguments:
        reference = parse_reference(argument)
        if reference is None and not is_repository(argument):
            raise ApplintError(f"{argument!r} is neither a repository (owner/repo) nor an issue reference")
        client = client_from_environment(reference)
        if reference is None:
            for found in open_applications(client, argument, label):
                rows.append(_row(found, forced, listed=True))
            continue
        try:
            rows.append(_row(fetch_issue(client, reference), forced))
        except NotAnApplicationIssue as refusal:
            rows.append(_row(refusal, forced))
        except GitHubError as error:
            rows.append(Row(reference.name, None, None, FAILED, str(error)))
    return rows


def _row(found: Issue | NotAnApplicationIssue, forced: Template | None, listed: bool = False) -> Row:
    if isinstance(found, NotAnApplicationIssue):
        return Row(found.name, None, None, SKIPPED, found.reason, listed)
    # The issue's title named an application (Issue checks it): the body is triaged as one.
    return Row(found.name, found, triage_source(found.source, forced, claimed=True), listed=listed)


def render_overview(rows: list[Row]) -> str:
    """One aligned line per application (and per issue named that could not be triaged), then a count."""
    shown = [row for row in rows if row.result is not None or not row.listed]
    cells = [_cells(row) for row in shown]
    lines = []
    if cells:
        widths = [max(len(c[i]) for c in cells) for i in range(5)]
        lines = ["  ".join([*(c[i].ljust(widths[i]) for i in range(5)), c[5]]).rstrip() for c in cells]
    triaged = [row.result for row in rows if row.result is not None]
    ready = sum(1 for result in triaged if result.verdict == READY)
    counted = f"{len(triaged)} application{'s' if len(triaged) != 1 else ''}: {ready} ready, {len(triaged) - ready} not ready"
    skipped = sum(1 for row in rows if row.state == SKIPPED)
    failed = sum(1 for row in rows if row.state == FAILED)
    if skipped:
        counted += f"; {skipped} other issue{'s' if skipped != 1 else ''} not an application"
    if failed:
        counted += f"; {failed} issue{'s' if failed != 1 else ''} not read"
    return "\n".join([*lines, counted]) + "\n"


def _cells(row: Row) -> tuple[str, str, str, str, str, str]:
    result = row.result
    if result is None:
        return (row.name, row.project or "-", "-", "-", row.state, row.problem)
    blocking = result.blocking
    missing = "missing: " + ", ".join(r.item.id for r in blocking) if blocking else ""
    return (row.name, row.project, result.kind, result.template, result.verdict, missing)


def render_overview_json(rows: list[Row]) -> str:
    data = {
        "version": JSON_VERSION,
        "tool": {"name": "applint", "version": __version__},
        "issues": [row.as_dict() for row in rows],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def run_overview(
    arguments: tuple[str, ...], label: str | None, output_format: str, forced: Template | None, echo: Echo
) -> int:
    """0 every application ready, 1 any not ready, 2 when a listing or an issue named could not be read
    (or an issue named is no application)."""
    try:
        rows = collect_rows(arguments, label, forced)
    except ApplintError as error:
        echo(f"applint: error: {error}", True)
        return 2
    echo(render_overview_json(rows) if output_format == "json" else render_overview(rows), False)
    if any(row.result is None and not row.listed for row in rows):
        return 2
    return 1 if any(row.result is not None and row.result.verdict != READY for row in rows) else 0
