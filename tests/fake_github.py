"""A local stand-in for GitHub's issue-comments REST API on 127.0.0.1, for the triage tests.

It keeps comments per issue, pages its lists two at a time (so pagination is exercised), checks
the bearer token, and can be told to answer the next requests with given statuses and headers
(403, 404, 429 with Retry-After, ...).
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PAGE_SIZE = 2


class FakeGitHub:
    """The server, its comments and the requests it received (method, path, authorization)."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.comments: dict[int, list[dict[str, Any]]] = {}
        self.requests: list[tuple[str, str]] = []
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
        listing = re.fullmatch(r"/repos/[^/]+/[^/]+/issues/(\d+)/comments(?:\?(.*))?", path)
        if listing and method == "GET":
            number = int(listing.group(1))
            page = int(
                dict(p.split("=") for p in (listing.group(2) or "").split("&") if "=" in p).get("page", 1)
            )
            items = self.comments.get(number, [])
            headers = {}
            if page * PAGE_SIZE < len(items):
                next_url = f"{self.url}{path.split('?')[0]}?per_page=100&page={page + 1}"
                headers["Link"] = f'<{next_url}>; rel="next"'
            return 200, headers, items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
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
            with fake.lock:
                fake.requests.append((self.command, self.path))
                if self.headers.get("Authorization") != f"Bearer {fake.token}":
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
            self.wfile.write(raw)

        do_GET = do_POST = do_PATCH = _serve

        def log_message(self, *_: object) -> None:
            pass

    return Handler
