"""The online link check (--check-links, rule dead-link), only ever against a local server on
127.0.0.1 (tests/fake_web.py): redirect chains, loops, timeouts, 404, 429 with Retry-After, 5xx,
HEAD refused, GitHub's blob links asked of its API, the token's path, the per-host limit and the
cache. Waits are recorded by an injected ``sleep``, never slept, and no assertion is about time.
And the other half of the contract: without the flag no socket is opened.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from applint.cli import cli
from applint.network.linkcheck import LinkChecker, Settings, cache_path
from tests.fake_web import FakeWeb

TOKEN = "ghp_secret-token-never-printed"
HEAD = "# Kelpie Incubation Application\n\nv1.6\n\n"


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def web() -> Iterator[FakeWeb]:
    with FakeWeb(
        files={("kelpie-io/kelpie", "main", "GOVERNANCE.md"), ("kelpie-io/kelpie", "release/1.0", "docs")}
    ) as server:
        yield server


def checker(web: FakeWeb, tmp_path: Path, waits: list[float] | None = None, **changes: object) -> LinkChecker:
    settings = Settings(
        timeout=0.5,
        cache_path=str(tmp_path / "cache" / "links.json"),
        api_url=web.url,
        server_url=web.url,
        token=TOKEN,
    )._replace(**changes)  # type: ignore[arg-type]
    record = waits if waits is not None else []
    return LinkChecker(settings, sleep=record.append)


def test_pages_redirects_timeouts_and_refusals(web: FakeWeb, tmp_path: Path) -> None:
    urls = {
        name: f"{web.url}/{name}"
        for name in (
            "ok",
            "gone",
            "redirect/3",
            "loop",
            "slow",
            "busy",
            "head-refused",
            "nowhere",
            "ökologie",
        )
    }
    states = checker(web, tmp_path).check([*urls.values(), f"{web.url}/ok#section"])
    assert {name: (s.ok, s.dead, s.problem) for name, s in ((n, states[u]) for n, u in urls.items())} == {
        "ok": (True, False, ""),
        "gone": (False, True, "the server answers 404 Not Found"),
        "redirect/3": (True, False, ""),
        "loop": (False, False, "its redirects go round in a loop, go on too long or leave the web"),
        "slow": (False, False, "no answer within 0.5 s"),
        "busy": (False, False, "the server answers 503 Service Unavailable"),
        "head-refused": (True, False, ""),
        "nowhere": (False, True, "the server answers 404 Not Found"),
        "ökologie": (True, False, ""),  # sent percent-encoded
    }
    assert states[f"{web.url}/ok#section"].ok
    assert web.paths().count("/ok") == 1 + 1  # asked once for both spellings, once at the end of the chain
    assert (
        web.paths().count("/busy") == 4
    )  # the first attempt and 3 retries, HEAD only (5xx is retried, not re-asked with GET)
    assert [m for m, p, _ in web.requests if p == "/head-refused"] == ["HEAD", "GET"]


def test_429_waits_as_retry_after_says_and_a_long_wait_gives_up(web: FakeWeb, tmp_path: Path) -> None:
    waits: list[float] = []
    states = checker(web, tmp_path, waits).check([f"{web.url}/flaky", f"{web.url}/wait-long"])
    assert states[f"{web.url}/flaky"].ok
    assert waits == [1.0]  # Retry-After: 1, once; Retry-After: 120 is past the 30 s limit: no wait
    assert states[f"{web.url}/wait-long"].problem == "the server asks to wait longer than 30 s"
    assert web.paths().count("/wait-long") == 1


def test_5xx_backs_off_exponentially_without_retry_after(web: FakeWeb, tmp_path: Path) -> None:
    waits: list[float] = []
    checker(web, tmp_path, waits, backoff=1.0).check([f"{web.url}/busy"])
    assert len(waits) == 3
    for attempt, wait in enumerate(waits):
        assert 2**attempt <= wait <= 2**attempt * 1.25  # 1, 2, 4 s with up to a quarter of jitter


def test_github_blob_links_are_asked_of_the_api_not_the_sign_in_page(web: FakeWeb, tmp_path: Path) -> None:
    base = f"{web.url}/kelpie-io/kelpie"
    states = checker(web, tmp_path).check(
        [
            f"{base}/blob/main/GOVERNANCE.md",
            f"{base}/blob/main/MISSING.md",
            f"{base}/tree/release/1.0/docs",
            f"{web.url}/private",
        ]
    )
    assert states[f"{base}/blob/main/GOVERNANCE.md"].ok
    missing = states[f"{base}/blob/main/MISSING.md"]
    assert (missing.ok, missing.dead) == (False, True)  # the web page would have answered 200
    assert (
        missing.problem
        == "GitHub has no such file or folder in kelpie-io/kelpie (or the repository is private)"
    )
    assert states[f"{base}/tree/release/1.0/docs"].ok  # a ref with a slash: the second split answers
    assert states[f"{web.url}/private"].problem == "it leads to GitHub's sign-in page (private, or gone)"
    assert not any(p.startswith("/kelpie-io/") for p in web.paths())  # never the web page
    assert "/repos/kelpie-io/kelpie/contents/1.0/docs?ref=release" in web.paths()
    assert "/repos/kelpie-io/kelpie/contents/docs?ref=release%2F1.0" in web.paths()


def test_the_token_goes_to_the_api_only_and_never_follows_a_redirect(web: FakeWeb, tmp_path: Path) -> None:
    checker(web, tmp_path).check(
        [
            f"{web.url}/kelpie-io/kelpie/blob/main/GOVERNANCE.md",
            f"{web.url}/ok",
            f"{web.url}/moved/x/blob/main/a.md",
        ]
    )
    auth = {(path.split("?")[0], header) for _, path, header in web.requests}
    assert ("/repos/kelpie-io/kelpie/contents/GOVERNANCE.md", f"Bearer {TOKEN}") in auth
    assert ("/ok", "") in auth and (
        "/ok",
        f"Bearer {TOKEN}",
    ) not in auth  # neither a page nor the redirect's target
    without = FakeWeb()
    with without:
        LinkChecker(Settings(api_url=without.url, server_url=without.url, cache_path=None, token="")).check(
            [f"{without.url}/o/r/blob/main/x.md"]
        )
        assert [header for _, _, header in without.requests] == [""] * len(without.requests)


def test_a_spent_github_rate_limit_says_so_and_asks_no_more(web: FakeWeb, tmp_path: Path) -> None:
    urls = [f"{web.url}/limited/repo/blob/main/x{n}.md" for n in range(5)]
    states = checker(web, tmp_path, token="", workers=1).check(urls)
    assert {(s.ok, s.dead, s.problem) for s in states.values()} == {
        (False, False, "GitHub's API rate limit is spent; set GITHUB_TOKEN for a larger quota")
    }
    # the first link: asked, and retried 3 times as x-ratelimit-reset says (now); the others: not asked
    assert web.paths() == ["/repos/limited/repo/contents/x0.md?ref=main"] * 4


def test_no_more_than_the_per_host_limit_at_once(web: FakeWeb, tmp_path: Path) -> None:
    web.delay = 0.1
    checker(web, tmp_path, per_host=2, workers=8, timeout=5.0).check(
        [f"{web.url}/ok?n={n}" for n in range(10)]
    )
    assert len(web.requests) == 10
    assert 1 <= web.most_in_flight <= 2


def test_the_cache_keeps_working_addresses_for_a_day_and_asks_failing_ones_again(
    web: FakeWeb, tmp_path: Path
) -> None:
    urls = [f"{web.url}/ok", f"{web.url}/gone"]
    checker(web, tmp_path).check(urls)
    first = len(web.requests)
    cache_file = tmp_path / "cache" / "links.json"
    stored = json.loads(cache_file.read_text(encoding="utf-8"))
    assert list(stored["links"]) == [f"{web.url}/ok"] and stored["version"] == 1
    assert TOKEN not in cache_file.read_text(encoding="utf-8")
    states = checker(web, tmp_path).check(urls)
    assert states[f"{web.url}/ok"].ok and not states[f"{web.url}/gone"].ok
    assert [p for _, p, _ in web.requests[first:]] == ["/gone", "/gone"]  # HEAD and GET, /ok not asked
    later = LinkChecker(
        checker(web, tmp_path).settings, clock=lambda: stored["links"][f"{web.url}/ok"] + 2 * 86400
    )
    later.check([f"{web.url}/ok"])
    assert web.paths()[-1] == "/ok"  # two days on: asked again
    cache_file.write_text("{not json", encoding="utf-8")
    assert (
        checker(web, tmp_path).check([f"{web.url}/ok"])[f"{web.url}/ok"].ok
    )  # a damaged cache is an empty one


def test_the_token_is_not_in_the_settings_repr() -> None:
    settings = Settings.from_environment({"GITHUB_TOKEN": TOKEN})
    assert settings.token == TOKEN and TOKEN not in repr(settings) and "token='***'" in repr(settings)


def test_the_cache_location(tmp_path: Path) -> None:
    assert cache_path({"APPLINT_CACHE_DIR": str(tmp_path)}) == str(tmp_path / "links.json")
    assert cache_path({"APPLINT_CACHE_DIR": ""}) is None
    assert cache_path({"XDG_CACHE_HOME": "/x/cache"}) == "/x/cache/applint/links.json"
    assert cache_path({}).endswith(os.path.join(".cache", "applint", "links.json"))  # type: ignore[union-attr]


def test_check_links_reports_dead_links_at_their_place(
    web: FakeWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    for name, value in (("GITHUB_SERVER_URL", web.url), ("GITHUB_API_URL", web.url), ("GITHUB_TOKEN", TOKEN)):
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("APPLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    app = tmp_path / "app.md"
    app.write_text(
        HEAD
        + f"- [governance]({web.url}/kelpie-io/kelpie/blob/main/GOVERNANCE.md) and [gone]({web.url}/gone)\n"
        f"- {web.url}/kelpie-io/kelpie/blob/main/NOPE.md and [slow]({web.url}/private)\n"
        f"- [doc](https://docs.google.com/document/d/1) `{web.url}/gone` <!-- {web.url}/gone -->\n"
        f"- [double]({web.url}//gone)\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "--check-links", "--format", "json", str(app)])
    assert result.exit_code == 1, result.output
    findings = [
        (f["rule"], f["severity"], f["line"], f["column"], f["message"])
        for f in json.loads(result.output)["files"][0]["findings"]
        if f["rule"] == "dead-link"
    ]
    assert findings == [
        (
            "dead-link",
            "error",
            5,
            len(f"- [governance]({web.url}/kelpie-io/kelpie/blob/main/GOVERNANCE.md) and [gone]") + 1,
            f"the link to '{web.url}/gone' does not work: the server answers 404 Not Found; correct the address, "
            "or link the page where it moved",
        ),
        (
            "dead-link",
            "error",
            6,
            3,
            f"the link to '{web.url}/kelpie-io/kelpie/blob/main/NOPE.md' does not work: GitHub has no such file or "
            "folder in kelpie-io/kelpie (or the repository is private); correct the address, or link the page where it moved",
        ),
        (
            "dead-link",
            "warning",
            6,
            len(f"- {web.url}/kelpie-io/kelpie/blob/main/NOPE.md and [slow]") + 1,
            f"the link to '{web.url}/private' does not work: it leads to GitHub's sign-in page (private, or gone); "
            "check the address, and that a reviewer can open it",
        ),
    ]
    assert TOKEN not in result.output
    # a Google document is private-document's, '//gone' broken-link's; code and comments are not links
    assert [p for p in web.paths() if "gone" in p or "google" in p] == ["/gone", "/gone"]  # HEAD, GET


def test_links_resolved_in_the_checkout_are_not_asked_online(
    web: FakeWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from applint.engine import LintOptions, lint_path

    monkeypatch.setenv("GITHUB_SERVER_URL", web.url)
    monkeypatch.setenv("GITHUB_API_URL", web.url)
    monkeypatch.setenv("APPLINT_CACHE_DIR", "")
    root = tmp_path / "kelpie"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "config").write_text(
        f'[remote "origin"]\n\turl = {web.url}/kelpie-io/kelpie.git\n', encoding="utf-8"
    )
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    app = root / "app.md"
    app.write_text(
        HEAD + f"{web.url}/kelpie-io/kelpie/blob/main/NOPE.md and {web.url}/gone\n", encoding="utf-8"
    )
    report = lint_path(str(app), LintOptions(check_links=True))
    assert [(f.rule, f.line, f.column) for f in report.findings if "link" in f.rule] == [
        ("unresolved-link", 5, 1),
        ("dead-link", 5, len(f"{web.url}/kelpie-io/kelpie/blob/main/NOPE.md and ") + 1),
    ]
    assert not any("NOPE" in path for path in web.paths())


def test_without_the_flag_no_socket_is_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    opened: list[object] = []

    def refuse(*args: object, **kwargs: object) -> object:
        opened.append(args)
        raise AssertionError("a socket was opened without --check-links")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    app = tmp_path / "app.md"
    app.write_text(
        HEAD
        + "- [gone](http://127.0.0.1:9/gone) https://example.org/x https://github.com/o/r/blob/main/x.md\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(app)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert opened == []
    assert not any(f["rule"] == "dead-link" for f in json.loads(result.output)["files"][0]["findings"])


def test_without_the_flag_the_network_code_is_not_even_imported(tmp_path: Path) -> None:
    # (network/reference.py, which tells an issue reference from a path by its shape, may be)
    app = tmp_path / "app.md"
    app.write_text(HEAD + "- [gone](http://127.0.0.1:9/gone)\n", encoding="utf-8")
    code = (
        "import sys\nfrom applint.cli import cli\n"
        "try:\n    cli(['check', '-q', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m in ('applint.network.linkcheck', 'applint.network.github',"
        " 'urllib.request', 'http.client', 'socket')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(app)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(("flag", "expected"), [("true", True), ("false", False)])
def test_the_action_passes_check_links_when_asked(tmp_path: Path, flag: str, expected: bool) -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit in the test extras")
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash to run the action's step with")
    action = yaml.safe_load((Path(__file__).resolve().parents[1] / "action.yml").read_text(encoding="utf-8"))
    step = action["runs"]["steps"][-1]
    assert step["env"]["APPLINT_CHECK_LINKS"] == "${{ inputs.check-links }}"
    fake = tmp_path / "bin" / "applint"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {
        "PATH": f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "APPLINT_PATHS": "app.md",
        "APPLINT_FORMAT": "github",
        "APPLINT_FAIL_ON": "error",
        "APPLINT_TEMPLATE": "",
        "APPLINT_OUTPUT": "",
        "APPLINT_CHECK_LINKS": flag,
    }
    out = subprocess.run(
        [bash, "-c", step["run"]], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert ("--check-links" in out.splitlines()) is expected
    assert out.splitlines()[-1] == "app.md"


def test_check_links_runs_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from applint import batch
    from applint.engine import LintOptions

    def no_workers(*_: object) -> object:
        raise AssertionError("worker processes")

    monkeypatch.setattr(batch, "lint_in_workers", no_workers)
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"app{n}.md")
        paths[-1].write_text(HEAD + "No links.\n", encoding="utf-8")
    report = batch.lint_paths([str(p) for p in paths], LintOptions(check_links=True), jobs=2)
    assert len(report.files) == 3  # one pool, one per-host limit, one cache: one process
    with pytest.raises(AssertionError, match="worker processes"):
        batch.lint_paths([str(p) for p in paths], LintOptions(), jobs=2)


def test_an_international_address_is_sent_as_ascii() -> None:
    from applint.network.linkcheck import _request_url

    assert _request_url("https://例え.jp/パス?q=ü") == "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=%C3%BC"
    assert _request_url("https://example.org/a?b=c") == "https://example.org/a?b=c"
    assert _request_url("https://u:p@example.org:8443/a") == "https://example.org:8443/a"


def test_an_address_with_credentials_stays_out_of_the_cache(web: FakeWeb, tmp_path: Path) -> None:
    with_password = web.url.replace("http://", "http://user:hunter2@") + "/ok"
    states = checker(web, tmp_path).check([with_password, f"{web.url}/redirect/1"])
    assert all(state.ok for state in states.values())
    stored = (tmp_path / "cache" / "links.json").read_text(encoding="utf-8")
    assert "hunter2" not in stored and f"{web.url}/redirect/1" in stored


def test_the_same_dead_page_linked_twice_is_one_finding_at_the_first(
    web: FakeWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    for name, value in (("GITHUB_SERVER_URL", web.url), ("GITHUB_API_URL", web.url), ("GITHUB_TOKEN", TOKEN)):
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("APPLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    app = tmp_path / "app.md"
    app.write_text(
        HEAD
        + f"- [roadmap]({web.url}/gone)\n\nThe [roadmap]({web.url}/gone) again, and [slow]({web.url}/private).\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "--check-links", "--format", "json", str(app)])
    findings = [f for f in json.loads(result.output)["files"][0]["findings"] if f["rule"] == "dead-link"]
    assert [(f["rule"], f["severity"], f["line"]) for f in findings] == [
        ("dead-link", "error", 5),
        ("dead-link", "warning", 7),  # another address: its own finding
    ]
    assert findings[0]["details"]["also_at"] == [7] and findings[0]["message"].endswith("(also at line 7)")
