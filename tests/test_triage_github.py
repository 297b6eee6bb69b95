"""applint triage --github-event [--post-comment], run as the real command against a fake GitHub
REST API on 127.0.0.1, with event payloads shaped like GitHub's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.network.github import MAX_RETRIES, GitHubClient, GitHubError
from applint.triage.render import MARKER
from tests.conftest import FIXTURES, ROOT
from tests.fake_github import FakeGitHub

TOKEN = "ghs_FAKEtoken1234567890abcdefSECRET"
NUMBER = 1901
APPLICATION = (FIXTURES / "triage" / "graduation-not-ready.md").read_text(encoding="utf-8")
READY = (FIXTURES / "triage" / "incubation-ready.md").read_text(encoding="utf-8")


def _event(tmp_path: Path, title: str, body: str, action: str = "opened", **extra: Any) -> Path:
    payload = {
        "action": action,
        "issue": {
            "number": NUMBER,
            "title": title,
            "body": body,
            "html_url": f"https://github.com/cncf/toc/issues/{NUMBER}",
            "state": "open",
            "user": {"login": "skylark-maintainer"},
            "labels": [{"name": "level/graduation"}],
        },
        "repository": {"full_name": "cncf/toc", "name": "toc", "owner": {"login": "cncf"}},
        "sender": {"login": "skylark-maintainer"},
        **extra,
    }
    path = tmp_path / f"event-{len(list(tmp_path.iterdir()))}.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


class _Ran:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def _run(event: Path, api: str | None, *args: str, token: str | None = TOKEN, process: bool = False) -> _Ran:
    """The command with the event (in a child process when ``process``, else through click's runner)."""
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("GITHUB_")}
    env.update({"GITHUB_API_URL": api, "GITHUB_TOKEN": token})
    argv = ["triage", "--github-event", str(event), *args]
    if process:
        child = {k: v for k, v in {**os.environ, **env}.items() if v is not None}
        child["PYTHONPATH"] = str(ROOT / "src")
        done = subprocess.run(
            [sys.executable, "-m", "applint", *argv],
            capture_output=True,
            text=True,
            env=child,
            timeout=60,
            cwd=ROOT,
        )
        result = _Ran(done.returncode, done.stdout, done.stderr)
    else:
        invoked = CliRunner().invoke(cli, argv, env=env)
        assert invoked.exception is None or isinstance(invoked.exception, SystemExit), invoked.exception
        result = _Ran(invoked.exit_code, invoked.stdout, invoked.stderr)
    assert TOKEN not in result.stdout + result.stderr, "the token was printed"
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    with FakeGitHub(TOKEN) as fake:
        yield fake


def _marked(fake: FakeGitHub) -> list[dict[str, Any]]:
    return [c for c in fake.comments.get(NUMBER, []) if c["body"].startswith(MARKER)]


def test_creates_the_comment_then_updates_it_in_place(github: FakeGitHub, tmp_path: Path) -> None:
    for index in range(3):  # other people's comments, over two pages of the listing
        github.add_comment(NUMBER, f"comment {index} from a reviewer")
    opened = _event(tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION)
    first = _run(opened, github.url, "--post-comment", process=True)
    assert first.returncode == 1  # not ready: the verdict, whether or not a comment was posted
    assert first.stderr.startswith(
        "applint: created the triage comment on cncf/toc#1901: https://github.com/"
    )
    [comment] = _marked(github)
    assert "### Triage: not ready for assignment" in comment["body"]
    # Places link into the issue: a text fragment quoting the line's words.
    assert (
        f"[line 141](https://github.com/cncf/toc/issues/{NUMBER}#:~:text=The%20badge%20is%20shown"
        in comment["body"]
    )
    assert first.stdout.endswith(
        "not ready: 4 required items missing (8 missing, 13 weak, 13 met of 34 triage items; "
        "read as graduation-v1.6-2026-05-06)\n"
    )

    edited = _event(tmp_path, "[Graduation] Skylark Graduation Application", READY, action="edited")
    second = _run(edited, github.url, "--post-comment", "--format", "comment")
    assert second.returncode == 0
    assert second.stderr.startswith("applint: updated the triage comment on cncf/toc#1901")
    assert len(github.comments[NUMBER]) == 4 and len(_marked(github)) == 1  # never a second one
    assert _marked(github)[0]["id"] == comment["id"]
    assert _marked(github)[0]["body"] == second.stdout  # what is printed is what is posted
    assert "### Triage: ready for assignment" in second.stdout

    third = _run(edited, github.url, "--post-comment")
    assert third.stderr.startswith("applint: unchanged the triage comment")
    assert [m for m, _ in github.requests].count("PATCH") == 1
    assert [m for m, _ in github.requests].count("POST") == 1


def test_non_application_issue_is_skipped(github: FakeGitHub, tmp_path: Path) -> None:
    event = _event(tmp_path, "Typo in the moving-levels FAQ", "The FAQ says 'graduaton'.")
    result = _run(event, github.url, "--post-comment")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == (
        'applint: skipped cncf/toc#1901: "Typo in the moving-levels FAQ" is not a Graduation or Incubation '
        'application (neither "[Graduation]"/"[Incubation]" nor "… Application" in its title or first heading)\n'
    )
    assert github.requests == []


@pytest.mark.parametrize(
    ("action", "extra", "reason"),
    [
        ("labeled", {}, "the issue was labeled"),
        ("created", {"comment": {"id": 1, "body": "hi"}}, "an issue_comment event"),
    ],
)
def test_events_that_do_not_change_the_application_are_skipped(
    github: FakeGitHub, tmp_path: Path, action: str, extra: dict[str, Any], reason: str
) -> None:
    event = _event(
        tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION, action=action, **extra
    )
    result = _run(event, github.url, "--post-comment")
    assert result.returncode == 0 and reason in result.stderr and github.requests == []


def test_403_is_one_clear_line(github: FakeGitHub, tmp_path: Path) -> None:
    github.queued.append((403, {}, {"message": "Resource not accessible by integration"}))
    event = _event(tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION)
    result = _run(event, github.url, "--post-comment")
    assert result.returncode == 2
    assert result.stderr == (
        "applint: error: GitHub refused GET /repos/cncf/toc/issues/1901/comments (403: Resource not accessible "
        "by integration): the token needs write access to issues (permissions: issues: write in the workflow)\n"
    )


def test_404_is_one_clear_line(github: FakeGitHub, tmp_path: Path) -> None:
    github.queued.append((404, {}, {"message": "Not Found"}))
    event = _event(tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION)
    result = _run(event, github.url, "--post-comment")
    assert result.returncode == 2
    assert (
        result.stderr.count("\n") == 1
        and "(404: Not Found): check the repository and issue number" in result.stderr
    )


def test_429_then_success_honours_retry_after(github: FakeGitHub, tmp_path: Path) -> None:
    github.queued.append((429, {"Retry-After": "1"}, {"message": "Too many requests"}))
    github.queued.append(
        (403, {"Retry-After": "0"}, {"message": "You have exceeded a secondary rate limit. Please wait."})
    )
    event = _event(tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION)
    result = _run(event, github.url, "--post-comment", process=True)
    assert result.returncode == 1, result.stderr
    assert len(_marked(github)) == 1
    assert [m for m, _ in github.requests] == ["GET", "GET", "GET", "POST"]


def test_wrong_token_and_missing_token(github: FakeGitHub, tmp_path: Path) -> None:
    event = _event(tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION)
    wrong = _run(event, github.url, "--post-comment", token=TOKEN[::-1])
    assert wrong.returncode == 2 and "GitHub rejected the token" in wrong.stderr
    assert TOKEN[::-1] not in wrong.stdout + wrong.stderr
    missing = _run(event, github.url, "--post-comment", token=None)
    assert missing.returncode == 2
    assert missing.stderr == (
        "applint: error: GITHUB_TOKEN is not set: --post-comment needs a token allowed to write issues\n"
    )


def test_bad_event_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "event.json"
    bad.write_text("{not json", encoding="utf-8")
    result = _run(bad, None)
    assert result.returncode == 2 and result.stderr.startswith(
        f"applint: error: {bad}: not a JSON event payload"
    )
    push = tmp_path / "push.json"
    push.write_text(json.dumps({"ref": "refs/heads/main"}), encoding="utf-8")
    result = _run(push, None)
    assert result.returncode == 2 and "not an issues event payload" in result.stderr


def test_without_post_comment_nothing_is_sent(github: FakeGitHub, tmp_path: Path) -> None:
    event = _event(tmp_path, "[Incubation] Driftwood Incubation Application", READY)
    result = _run(event, github.url, "--format", "json")
    assert result.returncode == 0 and github.requests == []
    data = json.loads(result.stdout)
    assert data["path"] == "cncf/toc#1901" and data["verdict"] == "ready"


class _Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_retries_are_bounded_and_wait_as_asked(github: FakeGitHub) -> None:
    sleeps = _Sleeps()
    client = GitHubClient(github.url, TOKEN, sleep=sleeps)
    github.queued.extend([(429, {"Retry-After": "7"}, {"message": "slow down"})] * (MAX_RETRIES + 1))
    with pytest.raises(GitHubError) as raised:
        client.upsert_comment("cncf/toc", NUMBER, MARKER + "\nbody", MARKER)
    assert sleeps == [7.0] * MAX_RETRIES
    assert str(raised.value) == (
        "GitHub still answers GET /repos/cncf/toc/issues/1901/comments with 429 after 3 retries: re-run later"
    )
    github.queued.append((429, {"Retry-After": "3600"}, {"message": "slow down"}))
    with pytest.raises(GitHubError, match="asks to wait 3600 s, longer than applint waits"):
        client.upsert_comment("cncf/toc", NUMBER, MARKER + "\nbody", MARKER)
    github.queued.append(
        (
            403,
            {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1000060"},
            {"message": "API rate limit exceeded"},
        )
    )
    timed = _Sleeps()
    GitHubClient(github.url, TOKEN, sleep=timed, clock=lambda: 1000000.0).upsert_comment(
        "cncf/toc", 7, "x", MARKER
    )
    assert timed == [60.0]  # until the quota resets


def test_the_token_is_never_sent_to_another_host(github: FakeGitHub) -> None:
    github.add_comment(NUMBER, "one")
    github.add_comment(NUMBER, "two")
    github.add_comment(NUMBER, "three")
    client = GitHubClient(github.url, TOKEN)
    github.queued.append((200, {"Link": '<https://evil.example/steal?page=2>; rel="next"'}, []))
    with pytest.raises(GitHubError, match=r"refusing to send the token to evil\.example"):
        client.upsert_comment("cncf/toc", NUMBER, "body", MARKER)


@pytest.mark.parametrize(
    ("env", "stub_exit", "argv", "status"),
    [
        (
            {"APPLINT_POST_COMMENT": "true"},
            1,
            "triage --format text --github-event /ev.json --post-comment",
            1,
        ),
        ({"APPLINT_FAIL_ON": "never"}, 1, "triage --format text --github-event /ev.json", 0),
        ({"APPLINT_FAIL_ON": "never"}, 2, "triage --format text --github-event /ev.json", 2),
        ({"APPLINT_PATHS": "app.md", "APPLINT_FORMAT": "comment"}, 0, "triage --format comment app.md", 0),
    ],
)
def test_the_actions_triage_step(
    tmp_path: Path, env: dict[str, str], stub_exit: int, argv: str, status: int
) -> None:
    """The composite action's triage script, run by bash with a stand-in applint that records its arguments."""
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit in the test extras")
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    [step] = [s for s in action["runs"]["steps"] if s.get("if") == "inputs.command == 'triage'"]
    stub = tmp_path / "applint"
    stub.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/argv"\nexit {stub_exit}\n')
    stub.chmod(0o755)
    base = {
        "APPLINT_PATHS": "",
        "APPLINT_FORMAT": "github",
        "APPLINT_FAIL_ON": "error",
        "APPLINT_TEMPLATE": "",
    }
    base.update({"APPLINT_OUTPUT": "", "APPLINT_GITHUB_EVENT": "", "APPLINT_POST_COMMENT": "false"})
    run_env = {"PATH": f"{tmp_path}:{os.environ['PATH']}", "GITHUB_EVENT_PATH": "/ev.json", **base, **env}
    done = subprocess.run(["bash", "-c", step["run"]], env=run_env, cwd=tmp_path, timeout=30)
    assert done.returncode == status
    assert (tmp_path / "argv").read_text().strip() == argv


def test_an_unreachable_api_is_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on once this closes
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    event = _event(tmp_path, "[Graduation] Skylark Graduation Application", APPLICATION)
    result = _run(event, f"http://127.0.0.1:{port}", "--post-comment")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"applint: error: cannot reach the GitHub API at http://127.0.0.1:{port}: "
    )
    assert result.stderr.count("\n") == 1
