"""A GitHub ``issues`` event payload: the issue it is about, and whether it is an application at all."""

from __future__ import annotations

import json
import re
from typing import Any, Final

from applint.errors import ApplintError
from applint.text.precompiled import compile_pattern

# Events that change what an application says; others (labeled, closed, …) leave the triage as it was.
TRIAGED_ACTIONS: Final = ("opened", "edited", "reopened")
_REPOSITORY = compile_pattern(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
_TITLE = compile_pattern(
    r"\[(graduation|incubation)\]|\b(graduation|incubation) application\b", re.IGNORECASE
)
_BODY_TITLE = compile_pattern(
    r"^\s{0,3}#{1,2}\s+.*\b(graduation|incubation) application\b", re.IGNORECASE | re.MULTILINE
)


class EventError(ApplintError):
    """An event file that cannot be read or is not an issues event."""


class IssueEvent:
    """What triage needs from the payload."""

    __slots__ = ("action", "body", "comment", "html_url", "number", "pull_request", "repository", "title")

    def __init__(self, data: dict[str, Any]) -> None:
        issue = data["issue"]
        self.action: Final[str] = str(data.get("action") or "")
        self.number: Final[int] = issue["number"]
        self.title: Final[str] = str(issue.get("title") or "")
        self.body: Final[str] = str(issue.get("body") or "")
        self.html_url: Final[str] = str(issue.get("html_url") or "")
        self.repository: Final[str] = data["repository"]["full_name"]
        self.pull_request: Final = "pull_request" in issue
        self.comment: Final = "comment" in data

    @property
    def name(self) -> str:
        return f"{self.repository}#{self.number}"


def read_event(path: str) -> IssueEvent:
    """The issue of an ``issues`` event payload (the file GitHub Actions names in $GITHUB_EVENT_PATH)."""
    try:
        with open(path, "rb") as handle:
            data = json.loads(handle.read(16 * 1024 * 1024).decode("utf-8"))
    except FileNotFoundError:
        raise EventError(f"{path}: no such event file") from None
    except OSError as error:
        raise EventError(f"{path}: cannot read the event file: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EventError(f"{path}: not a JSON event payload ({error})") from None
    try:
        event = IssueEvent(data)
    except (KeyError, TypeError):
        raise EventError(
            f"{path}: not an issues event payload (it needs issue.number and repository.full_name)"
        ) from None
    if not isinstance(event.number, int) or not _REPOSITORY.match(event.repository):
        raise EventError(f"{path}: issue.number or repository.full_name has an unexpected value")
    return event


def skip_reason(event: IssueEvent) -> str | None:
    """Why triage leaves this issue alone, or None when it is an application to triage."""
    if event.comment:
        return "an issue_comment event: triage runs on issues events (opened, edited, reopened)"
    if event.pull_request:
        return "a pull request, not an application issue"
    if event.action and event.action not in TRIAGED_ACTIONS:
        return f"the issue was {event.action}: triage runs when an application is opened, edited or reopened"
    if not _TITLE.search(event.title) and not _BODY_TITLE.search(event.body):
        return (
            f'"{event.title}" is not a Graduation or Incubation application (neither "[Graduation]"/"[Incubation]" '
            'nor "… Application" in its title or first heading)'
        )
    return None
