"""Applications read from GitHub issues: one issue by its reference, or a repository's open ones.

An issue body is Markdown, read as the Actions path reads an event's body; an issue that is no
Graduation or Incubation application (by its title or first heading), a pull request or an empty
body is refused with the same reason the Actions path gives when it skips one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from applint.network.github import GitHubClient, GitHubError
from applint.network.reference import IssueReference
from applint.readers.sources import MAX_TEXT_BYTES, Source
from applint.triage.event import IssueEvent, skip_reason


class NotAnApplicationIssue(GitHubError):
    """An issue read fine that holds no application to check: ``name``, and the ``reason`` why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name: Final = name
        self.reason: Final = reason


class Issue:
    """An application issue as read from GitHub: its name, title, address and body as a Source."""

    __slots__ = ("html_url", "number", "repository", "source", "title")

    def __init__(self, repository: str, data: dict[str, Any]) -> None:
        event = IssueEvent({"issue": data, "repository": {"full_name": repository}})
        reason = skip_reason(event)
        if reason is None and not event.body.strip():
            reason = "its body is empty: nothing to check"
        if reason is not None:
            raise NotAnApplicationIssue(event.name, reason)
        body = event.body.encode("utf-8")
        if len(body) > MAX_TEXT_BYTES:
            raise NotAnApplicationIssue(
                event.name, f"the body is larger than the {MAX_TEXT_BYTES >> 20} MiB limit"
            )
        self.repository: Final = repository
        self.number: Final = event.number
        self.title: Final = event.title
        self.html_url: Final = event.html_url or None
        self.source: Final = Source(
            event.name, body, "markdown", issue_body=True
        )  # single newlines break lines

    @property
    def name(self) -> str:
        return f"{self.repository}#{self.number}"


def fetch_issue(client: GitHubClient, reference: IssueReference) -> Issue:
    """The application issue ``reference`` names (one request); GitHubError when it cannot be read or
    NotAnApplicationIssue when it holds none."""
    if reference.pull:
        raise NotAnApplicationIssue(reference.name, "a pull request, not an application issue")
    return Issue(reference.repository, client.issue(reference.repository, reference.number))


def open_applications(
    client: GitHubClient, repository: str, label: str | None
) -> Iterator[Issue | NotAnApplicationIssue]:
    """Each open issue of the repository (with ``label``), as an Issue, or why it is no application.
    The listing carries the bodies: no request per issue."""
    for data in client.open_issues(repository, label):
        try:
            yield Issue(repository, data)
        except NotAnApplicationIssue as refusal:
            yield refusal
