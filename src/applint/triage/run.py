"""``applint triage``: one application (a file, standard input, an issue reference or a GitHub issues
event) triaged, printed, and optionally posted as the issue's triage comment. Returns the exit code."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from applint.errors import ApplintError
from applint.network.reference import is_reference, parse_reference
from applint.readers.sources import Source
from applint.templates.catalog import find_template
from applint.triage.event import read_event, skip_reason
from applint.triage.render import MARKER, render_comment, render_json, render_json_error, render_text
from applint.triage.verdict import NotAnApplication, TriageError, TriageResult, read_path, triage_source

FORMATS = ("text", "json", "comment")

Echo = Callable[[str, bool], None]  # (text, to standard error)


def run_triage(
    path: str | None,
    output_format: str,
    template: str | None,
    issue_url: str | None,
    event_path: str | None,
    post_comment: bool,
    stdin: BinaryIO,
    echo: Echo,
) -> int:
    """0 ready (or an event's issue skipped), 1 not ready, 2 unreadable input or a setup/API error.

    ``path`` may be an issue reference (``cncf/toc#1822`` or its URL): its body is read from GitHub."""
    repository, number = "", 0
    claimed = False  # an issue's title named an application: its body is triaged as one
    try:
        forced = find_template(template) if template else None
        if event_path is not None:
            outcome = _from_event(event_path, echo)
            if outcome is None:
                return 0
            source, issue_url, repository, number = outcome
            claimed = True
        elif path is not None and is_reference(path):
            source, address, repository, number = _from_issue(path)
            issue_url, claimed = issue_url or address, True
        else:
            assert path is not None
            source = read_path(path, stdin)
        if output_format == "html":
            from applint.triage.page import triage_page

            page, result = triage_page(source, template, claimed)
        else:
            page, result = "", triage_source(source, forced, claimed)
    except NotAnApplication as why:
        if path is not None and is_reference(path):  # asked for by name: not a skip but an error
            echo(f"applint: cannot triage {path}: {why}", True)
            return 2
        echo(f"applint: skipped {path or event_path}: {why}", True)
        return 0
    except TriageError as error:
        where = path if event_path is None else event_path
        echo(f"applint: cannot triage {where}: {error}", True)
        if output_format == "json":  # as `check --format json` does: the machine reading stdout gets JSON
            echo(render_json_error(where or "-", str(error)), False)
        return 2
    except ApplintError as error:
        echo(f"applint: error: {error}", True)
        return 2
    if result.due_diligence:
        echo(
            f"applint: note: {result.path} is a due-diligence document; triage is meant for the application",
            True,
        )
    echo(page or _render(result, output_format, issue_url), False)
    if post_comment and repository:
        try:
            _post(result, issue_url, repository, number, echo)
        except ApplintError as error:
            echo(f"applint: error: {error}", True)
            return 2
    return result.exit_code


def _render(result: TriageResult, output_format: str, issue_url: str | None) -> str:
    if output_format == "json":
        return render_json(result)
    if output_format == "comment":
        return render_comment(result, issue_url)
    return render_text(result)


def _from_event(event_path: str, echo: Echo) -> tuple[Source, str | None, str, int] | None:
    """The body of the event's issue, or None (said why) when it is no application."""
    event = read_event(event_path)
    reason = skip_reason(event)
    if reason is not None:
        echo(f"applint: skipped {event.name}: {reason}", True)
        return None
    if not event.body.strip():
        raise TriageError(f"{event.name} has an empty body: nothing to triage")
    source = Source(event.name, event.body.encode("utf-8"), "markdown", issue_body=True)
    return source, event.html_url or None, event.repository, event.number


def _from_issue(argument: str) -> tuple[Source, str | None, str, int]:
    """The body of the issue an argument names, read through GitHub's API (one request)."""
    from applint.network.github import client_from_environment
    from applint.triage.issues import fetch_issue

    reference = parse_reference(argument)
    assert reference is not None
    issue = fetch_issue(client_from_environment(reference), reference)
    return issue.source, issue.html_url, issue.repository, issue.number


def _post(result: TriageResult, issue_url: str | None, repository: str, number: int, echo: Echo) -> None:
    from applint.network.github import GitHubClient, GitHubError

    token = os.environ.get("GITHUB_TOKEN", "")
    if not token:
        raise GitHubError("GITHUB_TOKEN is not set: --post-comment needs a token allowed to write issues")
    client = GitHubClient(os.environ.get("GITHUB_API_URL", ""), token)
    action, address = client.upsert_comment(repository, number, render_comment(result, issue_url), MARKER)
    echo(
        f"applint: {action} the triage comment on {repository}#{number}{': ' + address if address else ''}",
        True,
    )
