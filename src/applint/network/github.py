"""GitHub's REST API (standard library only): an issue's body, a repository's open issues, and the
one comment per issue that carries a marker (the triage comment).

The marked comment is updated in place when there is one, else created. Rate limits (429, and 403
"secondary rate limit" or an exhausted quota) are retried a bounded number of times, waiting as
``Retry-After`` (or ``x-ratelimit-reset``) says; a longer wait, any other refusal, a timeout or an
unreachable server is one line. Without a token, requests go unauthenticated (60 an hour) and a
spent quota says to set GITHUB_TOKEN. The token goes in the Authorization header and nowhere else:
it is never printed, and never sent to another host than the API's (pagination links included).
"""

from __future__ import annotations

import email.utils
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any, Final
from urllib.parse import quote, urlsplit

from applint._version import __version__
from applint.errors import ApplintError
from applint.network.reference import IssueReference
from applint.text.github_items import GITHUB_HOST

DEFAULT_API_URL: Final = "https://api.github.com"
MAX_RETRIES: Final = 3  # retries after the first attempt, for rate limits and 502/503/504
MAX_WAIT_SECONDS: Final = 120  # a longer wait asked for is an error: re-run the workflow later
SECONDARY_WAIT_SECONDS: Final = 60  # GitHub's advice when a secondary limit gives no Retry-After
MAX_PAGES: Final = 100  # of 100 comments each
TIMEOUT_SECONDS: Final = 30


class GitHubError(ApplintError):
    """A request GitHub refused or that could not be made: one line, the token never in it."""


class _Response:
    __slots__ = ("data", "headers", "status")

    def __init__(self, status: int, headers: dict[str, str], data: Any) -> None:
        self.status: Final = status
        self.headers: Final = headers
        self.data: Final = data


class GitHubClient:
    """Issues and their comments through the REST API at ``api_url``, with ``token`` when given."""

    def __init__(
        self,
        api_url: str,
        token: str,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        base = (api_url or DEFAULT_API_URL).rstrip("/")
        if urlsplit(base).scheme not in ("http", "https"):
            raise GitHubError(f"GITHUB_API_URL must be an http(s) URL, not {base!r}")
        self.base: Final = base
        self._token = token
        self._sleep = sleep
        self._clock = clock
        self._timeout = timeout
        self.requests = 0  # requests sent, retries included (what a run costs of the rate limit)

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "***") if self._token else text

    def _request(self, method: str, url: str, body: dict[str, Any] | None = None) -> _Response:
        if not url.startswith(self.base + "/"):
            raise GitHubError(f"refusing to send the token to {urlsplit(url).netloc}, outside {self.base}")
        path = url[len(self.base) :].split("?")[0]
        payload = json.dumps(body).encode("utf-8") if body is not None else None
        for attempt in range(MAX_RETRIES + 1):
            request = urllib.request.Request(url, data=payload, method=method, headers=self._headers(payload))
            self.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self._timeout) as response:
                    return _Response(response.status, dict(response.headers.items()), _json(response.read()))
            except urllib.error.HTTPError as error:
                headers = {k.lower(): v for k, v in error.headers.items()} if error.headers else {}
                message = _message(error.read())
                wait = self._retry_wait(error.code, headers, message, attempt)
                if wait is None:
                    raise GitHubError(
                        self._scrub(_refusal(method, path, error.code, message, bool(self._token)))
                    ) from None
                if wait > MAX_WAIT_SECONDS:
                    raise GitHubError(self._too_long(method, path, error.code, wait)) from None
                if attempt == MAX_RETRIES:
                    raise GitHubError(
                        f"GitHub still answers {method} {path} with {error.code} after {MAX_RETRIES} retries: "
                        "re-run later"
                    ) from None
                self._sleep(wait)
            except (TimeoutError, urllib.error.URLError, OSError) as error:
                raise GitHubError(self._scrub(self._unreachable(error))) from None
        raise AssertionError("unreachable")  # the loop returns or raises

    def _unreachable(self, error: OSError) -> str:
        reason = error.reason if isinstance(error, urllib.error.URLError) else error
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            return f"the GitHub API at {self.base} did not answer within {self._timeout:g} s: re-run later"
        return f"cannot reach the GitHub API at {self.base}: {reason}"

    def _too_long(self, method: str, path: str, status: int, wait: float) -> str:
        if not self._token:
            until = time.strftime("%H:%M UTC", time.gmtime(self._clock() + wait))
            return (
                f"GitHub's rate limit for requests without a token is spent ({method} {path}, {status}) until "
                f"{until}: set GITHUB_TOKEN (a token allows 5,000 requests an hour, none 60) or re-run then"
            )
        return (
            f"GitHub rate-limits {method} {path} ({status}) and asks to wait {wait:.0f} s, "
            f"longer than applint waits ({MAX_WAIT_SECONDS} s): re-run later"
        )

    def _headers(self, payload: bytes | None) -> dict[str, str]:
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": f"applint/{__version__}",
        }
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if payload is not None:
            headers["Content-Type"] = "application/json"
        return headers

    def _retry_wait(self, status: int, headers: dict[str, str], message: str, attempt: int) -> float | None:
        """Seconds to wait before retrying, or None when the answer is final."""
        rate_limited = status == 429 or (
            status == 403
            and (
                "retry-after" in headers
                or "rate limit" in message.lower()
                or headers.get("x-ratelimit-remaining") == "0"
            )
        )
        if not rate_limited:
            return float(2**attempt) if status in (502, 503, 504) else None
        retry_after = headers.get("retry-after")
        if retry_after is not None:
            return _seconds(retry_after, self._clock())
        reset = headers.get("x-ratelimit-reset")
        if headers.get("x-ratelimit-remaining") == "0" and reset and reset.isdigit():
            return max(0.0, int(reset) - self._clock())
        return float(SECONDARY_WAIT_SECONDS)

    def _pages(self, url: str, what: str) -> Iterator[dict[str, Any]]:
        """The objects of a paginated list, page by page (following the Link header)."""
        next_url: str | None = url
        for _ in range(MAX_PAGES):
            if next_url is None:
                return
            response = self._request("GET", next_url)
            if not isinstance(response.data, list):
                raise GitHubError(f"GitHub's list of {what} is not a list")
            yield from (item for item in response.data if isinstance(item, dict))
            next_url = _next_link(response.headers)

    def issue(self, repository: str, number: int) -> dict[str, Any]:
        """The issue (``title``, ``body``, ``html_url``, ``state``, ``pull_request`` for a pull request)."""
        response = self._request("GET", f"{self.base}/repos/{repository}/issues/{number}")
        if not isinstance(response.data, dict) or not isinstance(response.data.get("number"), int):
            raise GitHubError(f"GitHub's answer for {repository}#{number} is not an issue")
        return response.data

    def open_issues(self, repository: str, label: str | None = None) -> Iterator[dict[str, Any]]:
        """The repository's open issues, newest first, with ``label`` when given (pull requests left out)."""
        query = f"state=open&per_page=100{'&labels=' + quote(label, safe='') if label else ''}"
        for issue in self._pages(f"{self.base}/repos/{repository}/issues?{query}", f"{repository}'s issues"):
            if "pull_request" not in issue and isinstance(issue.get("number"), int):
                yield issue

    def issue_comments(self, repository: str, number: int) -> Iterator[dict[str, Any]]:
        """Every comment on the issue, page by page."""
        url = f"{self.base}/repos/{repository}/issues/{number}/comments?per_page=100"
        return self._pages(url, f"comments on {repository}#{number}")

    def upsert_comment(self, repository: str, number: int, body: str, marker: str) -> tuple[str, str]:
        """Create the comment, or update the one whose body starts with ``marker``; ("created"|"updated"|
        "unchanged", the comment's address)."""
        for comment in self.issue_comments(repository, number):
            if str(comment.get("body") or "").lstrip().startswith(marker):
                address = str(comment.get("html_url") or comment.get("url") or "")
                if comment.get("body") == body:
                    return "unchanged", address
                url = f"{self.base}/repos/{repository}/issues/comments/{comment['id']}"
                response = self._request("PATCH", url, {"body": body})
                return "updated", _address(response, address)
        url = f"{self.base}/repos/{repository}/issues/{number}/comments"
        response = self._request("POST", url, {"body": body})
        return "created", _address(response, "")


def client_from_environment(reference: IssueReference | None = None) -> GitHubClient:
    """A client for $GITHUB_API_URL (GitHub.com's API when unset) with $GITHUB_TOKEN when set.

    An issue on another host than github.com needs $GITHUB_API_URL: the token is never sent to a
    server only named by an address the user pasted."""
    api_url = os.environ.get("GITHUB_API_URL", "")
    if reference is not None and reference.host != GITHUB_HOST and not api_url:
        raise GitHubError(
            f"{reference.name} is on {reference.host}, not github.com: set GITHUB_API_URL to that server's API "
            f"(GitHub Enterprise: https://{reference.host}/api/v3)"
        )
    return GitHubClient(api_url, os.environ.get("GITHUB_TOKEN", ""))


def _address(response: _Response, default: str) -> str:
    data = response.data if isinstance(response.data, dict) else {}
    return str(data.get("html_url") or data.get("url") or default)


def _json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise GitHubError("the GitHub API answered with something that is not JSON") from None


def _message(raw: bytes) -> str:
    """GitHub's error message, on one line."""
    try:
        data = json.loads(raw)
        text = str(data.get("message", "")) if isinstance(data, dict) else ""
    except (UnicodeDecodeError, json.JSONDecodeError):
        text = raw[:200].decode("utf-8", "replace")
    return " ".join(text.split())[:200]


def _refusal(method: str, path: str, status: int, message: str, authenticated: bool) -> str:
    said = f": {message}" if message else ""
    writes = method != "GET" or path.endswith("/comments")
    if status == 401:
        return f"GitHub rejected the token on {method} {path} (401{said}): check GITHUB_TOKEN"
    if status == 403 and writes:
        return (
            f"GitHub refused {method} {path} (403{said}): the token needs write access to issues "
            "(permissions: issues: write in the workflow)"
        )
    if status == 403:
        return f"GitHub refused {method} {path} (403{said}): check that GITHUB_TOKEN can read the repository"
    if status == 404:
        who = "the token can see the repository" if authenticated else "it is public (else set GITHUB_TOKEN)"
        return (
            f"GitHub found nothing at {method} {path} (404{said}): check the repository and issue number, "
            f"and that {who}"
        )
    return f"GitHub refused {method} {path} ({status}{said})"


def _seconds(retry_after: str, now: float) -> float:
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    value = retry_after.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return float(SECONDARY_WAIT_SECONDS)


def _next_link(headers: dict[str, str]) -> str | None:
    """The rel="next" address of a Link header, if any."""
    link = next((value for key, value in headers.items() if key.lower() == "link"), "")
    for part in link.split(","):
        section = part.split(";")
        if len(section) > 1 and any(p.strip() == 'rel="next"' for p in section[1:]):
            return section[0].strip().strip("<>")
    return None
