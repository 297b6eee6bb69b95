"""The online link check (``applint check --check-links``): does each http(s) address answer?

Standard library only. Requests run in a bounded pool of threads, at most ``per_host`` at a time
to one host, each with a timeout; a 429 or 5xx answer is retried with back-off (as long as
``Retry-After`` says, when it says no more than ``max_wait`` seconds). Redirects are followed
(urllib's limit of 10, loops refused). ``HEAD`` first, then ``GET`` when a server refuses ``HEAD``.

GitHub-aware: a ``blob``/``tree`` address on GitHub's web host (``GITHUB_SERVER_URL``, default
github.com) is asked of the REST API (``GITHUB_API_URL``, default api.github.com): the contents
of that path at that ref, so a missing file is dead even where the web page would answer 200 (a
sign-in page). ``GITHUB_TOKEN``, when set, is sent in the Authorization header of API requests
only, never on a redirect and never to another host, and never printed. A page that lands on
GitHub's sign-in page asks for a sign-in.

A cache between runs (``links.json`` in ``$APPLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/applint``,
else ``~/.cache/applint``) keeps the addresses found working for a day; a failing one is always
asked again. Nothing here runs, or is imported, without ``--check-links``.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import os
import random
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.client import HTTPException
from typing import Final, NamedTuple
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from applint._version import __version__
from applint.text.addresses import web_host

DEFAULT_API_URL: Final = "https://api.github.com"
DEFAULT_SERVER_URL: Final = "https://github.com"
CACHE_FILE: Final = "links.json"
CACHE_VERSION: Final = 1
_RETRIED = frozenset({429, 500, 502, 503, 504})
_GONE = frozenset({404, 410})
_SIGN_IN_PATHS = ("/login", "/session", "/signup")


class LinkState(NamedTuple):
    """What checking one address found: ``ok``; else ``problem`` (a clause for a message) and
    ``dead`` when the answer says the page is gone (404, 410, a path the repository lacks) rather
    than that it could not be checked (a timeout, a refusal, a sign-in)."""

    ok: bool
    problem: str = ""
    dead: bool = False


OK = LinkState(True)


class Settings(NamedTuple):
    """How the check runs; ``from_environment`` reads the GitHub and cache variables."""

    timeout: float = 10.0
    workers: int = 8
    per_host: int = 2
    retries: int = 3
    max_wait: float = 30.0
    backoff: float = 1.0
    cache_path: str | None = None
    cache_days: float = 1.0
    api_url: str = DEFAULT_API_URL
    server_url: str = DEFAULT_SERVER_URL
    token: str = ""

    def __repr__(self) -> str:  # the token never shows, not even in a traceback
        shown = self._replace(token="***" if self.token else "")
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in zip(self._fields, shown, strict=True)) + ")"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            cache_path=cache_path(env),
            api_url=(env.get("GITHUB_API_URL") or DEFAULT_API_URL).rstrip("/"),
            server_url=(env.get("GITHUB_SERVER_URL") or DEFAULT_SERVER_URL).rstrip("/"),
            token=env.get("GITHUB_TOKEN", "").strip(),
        )


def cache_path(environ: Mapping[str, str]) -> str | None:
    """Where the cache lives: ``$APPLINT_CACHE_DIR`` (empty: no cache), ``$XDG_CACHE_HOME/applint``
    or ``~/.cache/applint``."""
    folder = environ.get("APPLINT_CACHE_DIR")
    if folder is not None:
        return os.path.join(folder, CACHE_FILE) if folder.strip() else None
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "applint", CACHE_FILE)


def check_urls(urls: Iterable[str], settings: Settings | None = None) -> dict[str, LinkState]:
    """The state of each address (fragments ignored), keyed by the address as given."""
    return LinkChecker(settings or Settings.from_environment()).check(urls)


class _Answer(NamedTuple):
    status: int | None  # None: no answer (the problem says why)
    headers: Mapping[str, str]
    final_url: str
    problem: str = ""


class LinkChecker:
    """One run's checks: the pool, the per-host limits, the cache. ``sleep`` and ``clock`` are
    the waits' (tests pass their own)."""

    def __init__(
        self,
        settings: Settings,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings: Final = settings
        self.sleep: Final = sleep
        self.clock: Final = clock
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener()
        self._api_host = urlsplit(settings.api_url).netloc.lower()
        self._web_host = web_host(urlsplit(settings.server_url).netloc)
        self._api_spent = False  # set once the API says its quota is gone (a bool: no lock needed)

    def check(self, urls: Iterable[str]) -> dict[str, LinkState]:
        by_address: dict[str, list[str]] = {}
        for url in urls:
            by_address.setdefault(_without_fragment(url), []).append(url)
        cache = _Cache(self.settings.cache_path, self.settings.cache_days * 86400, self.clock())
        todo = [address for address in by_address if not cache.fresh(address)]
        states: dict[str, LinkState] = dict.fromkeys(set(by_address) - set(todo), OK)
        if todo:
            with ThreadPoolExecutor(max_workers=max(1, min(self.settings.workers, len(todo)))) as pool:
                states.update(zip(todo, pool.map(self._check_one, todo), strict=True))
            cache.save({address for address in todo if states[address].ok})
        return {url: states[address] for address, given in by_address.items() for url in given}

    def _check_one(self, url: str) -> LinkState:
        try:
            github = self._github_contents(url)
            if github is not None:
                return self._check_github(url, github)
            return self._check_page(url)
        except Exception as error:  # one address's surprise never stops the others
            return LinkState(False, f"it could not be checked ({type(error).__name__})")

    # --- ordinary pages -------------------------------------------------------------------------

    def _check_page(self, url: str) -> LinkState:
        answer = self._request("HEAD", url)
        if answer.status is not None and not 200 <= answer.status < 300 and answer.status not in _RETRIED:
            answer = self._request("GET", url)  # some servers refuse or mishandle HEAD
        return self._state(answer)

    def _state(self, answer: _Answer) -> LinkState:
        if answer.status is None or answer.problem:
            return LinkState(False, answer.problem)
        final = urlsplit(answer.final_url)
        if web_host(final.netloc) == self._web_host and final.path.startswith(_SIGN_IN_PATHS):
            return LinkState(False, "it leads to GitHub's sign-in page (private, or gone)")
        if 200 <= answer.status < 300:
            return OK
        if answer.status in _GONE:
            return LinkState(False, f"the server answers {answer.status} {_reason(answer.status)}", dead=True)
        if answer.status in (401, 403):
            return LinkState(False, f"the server refuses it ({answer.status} {_reason(answer.status)})")
        return LinkState(False, f"the server answers {answer.status} {_reason(answer.status)}")

    # --- GitHub ---------------------------------------------------------------------------------

    def _github_contents(self, url: str) -> tuple[str, str, str, list[str]] | None:
        """(owner, repository, blob or tree, the segments after it) for a GitHub file or folder
        address, or None for any other address."""
        parts = urlsplit(url)
        if web_host(parts.netloc) != self._web_host:
            return None
        segments = parts.path.strip("/").split("/")
        if len(segments) < 4 or segments[2] not in ("blob", "tree") or not all(segments[:2]):
            return None
        return segments[0], segments[1], segments[2], [unquote(segment) for segment in segments[3:]]

    def _check_github(self, url: str, found: tuple[str, str, str, list[str]]) -> LinkState:
        owner, repository, kind, segments = found
        if self._api_spent:
            return self._spent()
        answer: _Answer | None = None
        # A ref may hold slashes (release/1.0): try each split, shortest ref first, up to 3
        # segments; a blob needs a path after its ref.
        last = min(len(segments) - (kind == "blob"), 3)
        for cut in range(1, last + 1):
            ref, path = "/".join(segments[:cut]), "/".join(segments[cut:])
            api = (
                f"{self.settings.api_url}/repos/{quote(owner)}/{quote(repository)}/contents/"
                f"{quote(path)}?ref={quote(ref, safe='')}"
            )
            answer = self._request("HEAD", api, api=True)
            if answer.status != 404:
                break
        if answer is None:
            return self._check_page(url)  # blob/REF with no path: only the page can say
        if answer.status == 404:
            where = f"{owner}/{repository}"
            return LinkState(
                False,
                f"GitHub has no such file or folder in {where} (or the repository is private)",
                dead=True,
            )
        if answer.status in (401, 403) and _rate_limited(answer.headers):
            self._api_spent = True  # every later request would be refused too: ask no more
            return self._spent()
        return self._state(answer)

    def _spent(self) -> LinkState:
        hint = "" if self.settings.token else "; set GITHUB_TOKEN for a larger quota"
        return LinkState(False, f"GitHub's API rate limit is spent{hint}")

    # --- requests -------------------------------------------------------------------------------

    def _request(self, method: str, url: str, api: bool = False) -> _Answer:
        host = urlsplit(url).netloc.lower()
        with self._slot(host):
            for attempt in range(self.settings.retries + 1):
                answer = self._send(method, url, api)
                retried = answer.status in _RETRIED or (
                    api and answer.status == 403 and _rate_limited(answer.headers)
                )
                if not retried or attempt == self.settings.retries:
                    return answer
                wait = self._wait(answer.headers, attempt)
                if wait is None:
                    return _Answer(
                        answer.status,
                        answer.headers,
                        url,
                        f"the server asks to wait longer than {self.settings.max_wait:g} s",
                    )
                self.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, method: str, url: str, api: bool) -> _Answer:
        request = urllib.request.Request(
            _request_url(url), method=method, headers={"User-Agent": f"applint/{__version__}"}
        )
        if api:
            request.add_header("Accept", "application/vnd.github+json")
            if self.settings.token and urlsplit(url).netloc.lower() == self._api_host:
                # unredirected: urllib copies ordinary headers onto a redirect to any host
                request.add_unredirected_header("Authorization", f"Bearer {self.settings.token}")
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as response:
                return _Answer(response.status, dict(response.headers.items()), response.geturl())
        except urllib.error.HTTPError as error:
            headers = dict(error.headers.items()) if error.headers else {}
            if 300 <= error.code < 400:
                return _Answer(
                    None, headers, url, "its redirects go round in a loop, go on too long or leave the web"
                )
            return _Answer(error.code, headers, error.geturl() or url)
        except TimeoutError:
            return _Answer(None, {}, url, f"no answer within {self.settings.timeout:g} s")
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                return _Answer(None, {}, url, f"no answer within {self.settings.timeout:g} s")
            if isinstance(reason, socket.gaierror):
                return _Answer(None, {}, url, "its host name is not found")
            if isinstance(reason, ConnectionRefusedError):
                return _Answer(None, {}, url, "the server refuses connections")
            return _Answer(None, {}, url, "it cannot be reached")
        except (HTTPException, OSError, ValueError):
            return _Answer(None, {}, url, "it cannot be reached")

    def _wait(self, headers: Mapping[str, str], attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or None when the server asks for too long."""
        lower = {key.lower(): value for key, value in headers.items()}
        wait: float | None = None
        after = lower.get("retry-after", "").strip()
        if after.isdigit():
            wait = float(after)
        elif after:
            when = email.utils.parsedate_to_datetime(after) if _is_http_date(after) else None
            wait = max(0.0, when.timestamp() - self.clock()) if when else None
        elif lower.get("x-ratelimit-remaining") == "0" and lower.get("x-ratelimit-reset", "").isdigit():
            wait = max(0.0, float(lower["x-ratelimit-reset"]) - self.clock())
        if wait is None:
            wait = self.settings.backoff * (2**attempt) * (1 + random.random() / 4)
        return wait if wait <= self.settings.max_wait else None

    def _slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.settings.per_host)
            return slot


def _rate_limited(headers: Mapping[str, str]) -> bool:
    return {key.lower(): value for key, value in headers.items()}.get("x-ratelimit-remaining") == "0"


def _is_http_date(text: str) -> bool:
    try:
        email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return False
    return True


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _request_url(url: str) -> str:
    """The address as HTTP sends it: no user name or password (urllib would take them for part of
    the host; browsers drop them too), an international host name in IDNA, other characters of
    the path and query percent-encoded (``https://例え.jp/パス`` is a link as good as any)."""
    parts = urlsplit(url)
    if url.isascii() and "@" not in parts.netloc:
        return url
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_host = host
    netloc = ascii_host + (f":{parts.port}" if parts.port else "")
    safe = "/%:@!$&'()*+,;=-._~?"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe), quote(parts.query, safe=safe), ""))


def _without_fragment(url: str) -> str:
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


class _Cache:
    """Addresses found working, with when: read once, written once (atomically) per run."""

    def __init__(self, path: str | None, max_age: float, now: float) -> None:
        self.path = path
        self.now = now
        self.max_age = max_age
        self.entries: dict[str, float] = {}
        if path:
            try:
                with open(path, encoding="utf-8") as handle:
                    data = json.load(handle)
                if isinstance(data, dict) and data.get("version") == CACHE_VERSION:
                    links = data.get("links", {})
                    self.entries = {
                        str(url): float(when) for url, when in links.items() if isinstance(when, (int, float))
                    }
            except (OSError, ValueError, AttributeError):
                self.entries = {}  # a missing or damaged cache is an empty one

    def fresh(self, url: str) -> bool:
        when = self.entries.get(url)
        return when is not None and 0 <= self.now - when < self.max_age

    def save(self, working: set[str]) -> None:
        if not self.path or not working:
            return
        kept = {url: when for url, when in self.entries.items() if 0 <= self.now - when < self.max_age}
        # an address with a user name or password in it stays out of a file on disk
        kept.update(dict.fromkeys((url for url in working if "@" not in urlsplit(url).netloc), self.now))
        folder = os.path.dirname(self.path) or "."
        try:
            os.makedirs(folder, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".links-", suffix=".json", dir=folder)
        except OSError:
            return  # a cache that cannot be written only costs the next run its requests
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"version": CACHE_VERSION, "links": kept}, out, sort_keys=True)
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
