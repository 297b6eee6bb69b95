"""A local stand-in for GitHub's issues REST API on 127.0.0.1, for the triage and issue tests.

It keeps issues and their comments, pages its lists two at a time (so pagination is exercised),
checks the bearer token (a request without one may read, as on a public repository, never write),
can be told to answer the next requests with given statuses and headers (403, 404, 429 with
Retry-After, ...), and to wait before answering (timeouts).
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PAGE_SIZE = 2


class FakeGitHub:
    """The server, its comments and the requests it received (method, path, authorization)."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.comments: dict[int, list[dict[str, Any]]] = {}
        self.issues: dict[int, dict[str, Any]] = {}
        self.requests: list[tuple[str, str]] = []
        self.authorizations: list[str | None] = []  # each request's Authorization header
        self.delay = 0.0  # seconds to wait before each answer
        self.queued: list[tuple[int, dict[str, str], dict[str, Any]]] = []
        self.next_id = 1000
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeGitHub:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add_comment(self, number: int, body: str) -> None:
        with self.lock:
            self.next_id += 1
            self.comments.setdefault(number, []).append(self._comment(number, self.next_id, body))

    def add_issue(
        self, number: int, title: str, body: str, labels: tuple[str, ...] = (), pull: bool = False
    ) -> None:
        issue: dict[str, Any] = {
            "number": number,
            "title": title,
            "body": body,
            "state": "open",
            "html_url": f"https://github.com/cncf/toc/{'pull' if pull else 'issues'}/{number}",
            "labels": [{"name": label} for label in labels],
            "user": {"login": "skylark-maintainer"},
        }
        if pull:
            issue["pull_request"] = {"url": f"{self.url}/repos/cncf/toc/pulls/{number}"}
        self.issues[number] = issue

    def _page(self, path: str, items: list[dict[str, Any]], page: int) -> tuple[int, dict[str, str], Any]:
        headers = {}
        if page * PAGE_SIZE < len(items):
            query = re.sub(r"(?:^|&)page=\d+", "", path.partition("?")[2])
            headers["Link"] = f'<{self.url}{path.split("?")[0]}?{query}&page={page + 1}>; rel="next"'
        return 200, headers, items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]

    def _comment(self, number: int, comment_id: int, body: str) -> dict[str, Any]:
        return {
            "id": comment_id,
            "body": body,
            "html_url": f"https://github.com/cncf/toc/issues/{number}#issuecomment-{comment_id}",
            "user": {"login": "github-actions[bot]"},
        }

    def answer(self, method: str, path: str, body: dict[str, Any] | None) -> tuple[int, dict[str, str], Any]:
        if self.queued:
            return self.queued.pop(0)
        query = dict(p.split("=", 1) for p in path.partition("?")[2].split("&") if "=" in p)
        page = int(query.get("page", 1))
        issue = re.fullmatch(r"/repos/[^/]+/[^/]+/issues/(\d+)", path)
        if issue and method == "GET":
            found = self.issues.get(int(issue.group(1)))
            return (200, {}, found) if found else (404, {}, {"message": "Not Found"})
        if re.fullmatch(r"/repos/[^/]+/[^/]+/issues(?:\?.*)?", path) and method == "GET":
            label = query.get("labels", "").replace("%2F", "/").replace("%20", " ")
            chosen = [
                i
                for _, i in sorted(self.issues.items(), reverse=True)  # newest first, as GitHub lists them
                if i["state"] == "open" and (not label or label in [x["name"] for x in i["labels"]])
            ]
            return self._page(path, chosen, page)
        listing = re.fullmatch(r"/repos/[^/]+/[^/]+/issues/(\d+)/comments(?:\?(.*))?", path)
        if listing and method == "GET":
            return self._page(path, self.comments.get(int(listing.group(1)), []), page)
        if listing and method == "POST" and body is not None:
            number = int(listing.group(1))
            self.next_id += 1
            comment = self._comment(number, self.next_id, body["body"])
            self.comments.setdefault(number, []).append(comment)
            return 201, {}, comment
        update = re.fullmatch(r"/repos/[^/]+/[^/]+/issues/comments/(\d+)", path)
        if update and method == "PATCH" and body is not None:
            for comments in self.comments.values():
                for comment in comments:
                    if comment["id"] == int(update.group(1)):
                        comment["body"] = body["body"]
                        return 200, {}, comment
        return 404, {}, {"message": "Not Found"}


def _handler(fake: FakeGitHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            if fake.delay:
                time.sleep(fake.delay)
            with fake.lock:
                fake.requests.append((self.command, self.path))
                authorization = self.headers.get("Authorization")
                fake.authorizations.append(authorization)
                if authorization is None and self.command != "GET":
                    status, headers, data = 401, {}, {"message": "Requires authentication"}
                elif authorization is not None and authorization != f"Bearer {fake.token}":
                    status, headers, data = 401, {}, {"message": "Bad credentials"}
                else:
                    status, headers, data = fake.answer(self.command, self.path, body)
            raw = json.dumps(data).encode()
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up waiting (a timeout test)
                self.wfile.write(raw)

        do_GET = do_POST = do_PATCH = _serve

        def log_message(self, *_: object) -> None:
            pass

    return Handler
