"""A local web server on 127.0.0.1 standing in for web sites and GitHub (its pages and its REST
API's contents endpoint), for the online link check's tests.

Paths: ``/ok``; ``/gone`` (404); ``/redirect/N`` (N redirects, then /ok); ``/loop`` (redirects to
itself); ``/slow`` (answers after ``slow_seconds``); ``/flaky`` (429 with ``Retry-After: 1``,
then 200); ``/busy`` (503 always); ``/wait-long`` (429, ``Retry-After: 120``); ``/head-refused``
(405 to HEAD, 200 to GET); ``/private`` (302 to ``/login``, which answers 200); every
``/OWNER/REPO/blob|tree/...`` page answers 200, as a sign-in page would; the API answers
``/repos/OWNER/REPO/contents/PATH?ref=REF`` from ``files`` (200 or 404), ``/repos/moved/...`` with
a redirect to ``/ok``, and ``/repos/limited/...`` with 403 and a spent rate limit. It records each
request (method, path, Authorization header) and the most requests it served at once.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit


class FakeWeb:
    def __init__(self, files: set[tuple[str, str, str]] | None = None, slow_seconds: float = 2.0) -> None:
        self.files = files or set()  # (owner/repo, ref, path)
        self.slow_seconds = slow_seconds
        self.delay = 0.0  # added to every answer, to see requests overlap
        self.requests: list[tuple[str, str, str]] = []
        self.hits: dict[str, int] = {}
        self.in_flight = 0
        self.most_in_flight = 0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False  # a /slow answer still sleeping must not hold up the test
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeWeb:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.requests]

    def answer(self, method: str, target: str) -> tuple[int, dict[str, str]]:
        parts = urlsplit(target)
        path = parts.path
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            hit = self.hits[path]
        if path == "/ok" or path == "/login" or unquote(path) == "/ökologie":
            return 200, {}
        if path == "/gone":
            return 404, {}
        if path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            return 302, {"Location": "/ok" if left <= 1 else f"/redirect/{left - 1}"}
        if path == "/loop":
            return 302, {"Location": "/loop"}
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return 200, {}
        if path == "/flaky":
            return (429, {"Retry-After": "1"}) if hit == 1 else (200, {})
        if path == "/busy":
            return 503, {}
        if path == "/wait-long":
            return 429, {"Retry-After": "120"}
        if path == "/head-refused":
            return (405, {}) if method == "HEAD" else (200, {})
        if path == "/private":
            return 302, {"Location": "/login?return_to=/private"}
        if path.startswith("/repos/moved/"):
            return 301, {"Location": f"{self.url}/ok"}
        if path.startswith("/repos/limited/"):
            return 403, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "0"}
        if path.startswith("/repos/"):
            segments = path.split("/")
            repository = f"{segments[2]}/{segments[3]}"
            file_path = unquote("/".join(segments[5:]))
            ref = parse_qs(parts.query).get("ref", [""])[0]
            return (200, {}) if (repository, ref, file_path) in self.files else (404, {})
        segments = path.strip("/").split("/")
        if len(segments) >= 3 and segments[2] in ("blob", "tree"):
            return 200, {}  # GitHub's web page: a sign-in page answers 200 whatever the path
        return 404, {}


def _handler(web: FakeWeb) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self, method: str) -> None:
            with web.lock:
                web.requests.append((method, self.path, self.headers.get("Authorization", "")))
                web.in_flight += 1
                web.most_in_flight = max(web.most_in_flight, web.in_flight)
            answered = False
            try:
                if web.delay:
                    time.sleep(web.delay)
                status, headers = web.answer(method, self.path)
                body = b"" if method == "HEAD" else b"page"
                # The request leaves the count before its answer is written: once the client has
                # the answer it may send the next one, maybe before this thread runs again.
                with web.lock:
                    web.in_flight -= 1
                answered = True
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                if not answered:
                    with web.lock:
                        web.in_flight -= 1

        def do_HEAD(self) -> None:
            self._serve("HEAD")

        def do_GET(self) -> None:
            self._serve("GET")

        def log_message(self, *_: object) -> None:
            pass

    return Handler
