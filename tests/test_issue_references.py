"""Application issues named by reference (cncf/toc#1901 or its URL) for `check` and `triage`, and
`triage --all`, run as the real command against the fake GitHub on 127.0.0.1: what is printed, the
exit code, and every request sent (count, path, and whether the token went with it)."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.network.github import GitHubClient, GitHubError
from applint.network.reference import IssueReference, is_reference, parse_reference
from applint.triage.render import MARKER
from tests.conftest import FIXTURES
from tests.fake_github import FakeGitHub

TOKEN = "ghp_FAKEissueToken0987654321SECRETvalue"
NOT_READY_PATH = FIXTURES / "triage" / "graduation-not-ready.md"
NOT_READY = NOT_READY_PATH.read_text(encoding="utf-8")
READY = (FIXTURES / "triage" / "incubation-ready.md").read_text(encoding="utf-8")
SKYLARK = "[Graduation] Skylark Graduation Application"
DRIFTWOOD = "[Incubation] Driftwood Incubation Application"


class _Ran:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr


def _run(api: str | None, *argv: str, token: str | None = TOKEN) -> _Ran:
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("GITHUB_")}
    env.update({"GITHUB_API_URL": api, "GITHUB_TOKEN": token})
    invoked = CliRunner().invoke(cli, list(argv), env=env)
    assert invoked.exception is None or isinstance(invoked.exception, SystemExit), invoked.exception
    out = _Ran(invoked.exit_code, invoked.stdout, invoked.stderr)
    assert TOKEN not in out.stdout + out.stderr, "the token was printed"
    assert "Traceback" not in out.stderr
    return out


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    with FakeGitHub(TOKEN) as fake:
        fake.add_issue(1901, SKYLARK, NOT_READY, ("level/graduation",))
        fake.add_issue(1902, DRIFTWOOD, READY, ("level/incubation",))
        fake.add_issue(
            1903, "Typo in the moving-levels FAQ", "The FAQ says 'graduaton'.", ("level/graduation",)
        )
        yield fake


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cncf/toc#1822", IssueReference("cncf/toc", 1822)),
        ("https://github.com/cncf/toc/issues/1822", IssueReference("cncf/toc", 1822)),
        ("https://github.com/cncf/toc/issues/1822#issuecomment-5", IssueReference("cncf/toc", 1822)),
        (
            "https://GitHub.example.org/org/app.repo/issues/7/",
            IssueReference("org/app.repo", 7, "github.example.org"),
        ),
        ("applications/skylark.md", None),
        ("cncf/toc", None),
        ("cncf/toc#12a", None),
        ("https://github.com/cncf/toc/blob/main/README.md", None),
    ],
)
def test_parse_reference(text: str, expected: IssueReference | None) -> None:
    assert parse_reference(text) == expected


def test_a_file_named_like_a_reference_stays_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    assert is_reference("notes/draft#2")
    (tmp_path / "notes" / "draft#2").write_text("# x\n", encoding="utf-8")
    assert not is_reference("notes/draft#2")
    pull = parse_reference("https://github.com/cncf/toc/pull/5")
    assert pull is not None and pull.pull


def test_check_reads_the_issue_body_with_one_request(github: FakeGitHub) -> None:
    from_issue = _run(github.url, "check", "-q", "cncf/toc#1901")
    assert github.requests == [("GET", "/repos/cncf/toc/issues/1901")]
    assert github.authorizations == [f"Bearer {TOKEN}"]
    from_file = _run(None, "check", "-q", str(NOT_READY_PATH))
    assert from_issue.code == from_file.code == 1
    # The body read from the issue gives the findings the same text gives from a file, line for line.
    assert from_issue.stdout == from_file.stdout.replace(str(NOT_READY_PATH), "cncf/toc#1901")
    assert (
        "cncf/toc#1901:121: error missing-criterion required criterion missing from 'Security › Required': "
        '"Third Party Security Review."' in from_issue.stdout
    )


def test_check_keeps_the_order_of_files_and_issues(github: FakeGitHub, tmp_path: Path) -> None:
    other = tmp_path / "b.md"
    other.write_text(READY, encoding="utf-8")
    result = _run(
        github.url, "check", "--format", "json", "https://github.com/cncf/toc/issues/1902", str(other)
    )
    paths = [file["path"] for file in json.loads(result.stdout)["files"]]
    assert paths == ["cncf/toc#1902", str(other)]


def test_without_a_token_requests_go_unauthenticated(github: FakeGitHub) -> None:
    result = _run(github.url, "triage", "https://github.com/cncf/toc/issues/1902", token=None)
    assert result.code == 0
    assert result.stdout.splitlines()[-1].startswith("cncf/toc#1902: ready (1 missing, 1 weak, 32 met")
    assert github.authorizations == [None]


def test_triage_posts_then_updates_its_one_comment(github: FakeGitHub) -> None:
    github.add_comment(1901, "a reviewer's comment")
    first = _run(github.url, "triage", "cncf/toc#1901", "--post-comment", "--format", "comment")
    assert first.code == 1
    assert [m for m, _ in github.requests] == ["GET", "GET", "POST"]  # the issue, its comments, the comment
    assert first.stderr == (
        "applint: created the triage comment on cncf/toc#1901: "
        "https://github.com/cncf/toc/issues/1901#issuecomment-1002\n"
    )
    [posted] = [c for c in github.comments[1901] if c["body"].startswith(MARKER)]
    assert posted["body"] == first.stdout
    # Places link into the issue's own address, as the Actions path does with the event's.
    assert "](https://github.com/cncf/toc/issues/1901#:~:text=" in posted["body"]
    github.issues[1901]["body"] = READY.replace("Driftwood Incubation", "Skylark Incubation")
    github.requests.clear()
    second = _run(github.url, "triage", "cncf/toc#1901", "--post-comment")
    assert second.code == 0 and second.stderr.startswith(
        "applint: updated the triage comment on cncf/toc#1901"
    )
    assert [m for m, _ in github.requests] == ["GET", "GET", "PATCH"]
    assert len(github.comments[1901]) == 2


def test_post_comment_needs_an_issue_and_a_token(github: FakeGitHub) -> None:
    result = _run(github.url, "triage", str(NOT_READY_PATH), "--post-comment")
    assert result.code == 2 and "--post-comment needs an ISSUE or --github-event" in result.stderr
    missing = _run(github.url, "triage", "cncf/toc#1901", "--post-comment", token=None)
    assert missing.code == 2
    assert missing.stderr == (
        "applint: error: GITHUB_TOKEN is not set: --post-comment needs a token allowed to write issues\n"
    )
    assert [m for m, _ in github.requests] == ["GET"]  # the body was read; nothing written


@pytest.mark.parametrize("command", ["check", "triage"])
def test_refusals_are_one_line_and_exit_2(github: FakeGitHub, command: str) -> None:
    def one_line(result: _Ran) -> str:
        assert result.code == 2 and result.stderr.count("\n") == 1, result.stderr
        return result.stderr

    prefix = "applint: cannot read cncf/toc#" if command == "check" else "applint: error: "
    assert one_line(_run(github.url, command, "cncf/toc#77")).startswith(prefix)
    assert "GitHub found nothing at GET /repos/cncf/toc/issues/77 (404: Not Found)" in one_line(
        _run(github.url, command, "cncf/toc#77")
    )
    assert "GitHub rejected the token on GET /repos/cncf/toc/issues/1901 (401: Bad credentials)" in one_line(
        _run(github.url, command, "cncf/toc#1901", token="ghp_wrong")
    )
    assert '"Typo in the moving-levels FAQ" is not a Graduation or Incubation application' in one_line(
        _run(github.url, command, "cncf/toc#1903")
    )
    assert "cncf/toc#5: a pull request, not an application issue" in one_line(
        _run(github.url, command, "https://github.com/cncf/toc/pull/5")
    )
    github.queued.append((403, {}, {"message": "Resource not accessible by personal access token"}))
    assert "check that GITHUB_TOKEN can read the repository" in one_line(
        _run(github.url, command, "cncf/toc#1901")
    )
    github.issues[1902]["body"] = None
    assert "cncf/toc#1902: its body is empty: nothing to check" in one_line(
        _run(github.url, command, "cncf/toc#1902")
    )


def test_an_enterprise_issue_needs_the_api_url(github: FakeGitHub) -> None:
    address = "https://github.example.org/cncf/toc/issues/1901"
    refused = _run(None, "triage", address)
    assert refused.code == 2 and refused.stderr == (
        "applint: error: cncf/toc#1901 is on github.example.org, not github.com: set GITHUB_API_URL to that "
        "server's API (GitHub Enterprise: https://github.example.org/api/v3)\n"
    )
    assert github.requests == []
    assert _run(github.url, "triage", address).code == 1  # with GITHUB_API_URL, the server it names is asked


def test_spent_unauthenticated_quota_says_to_set_a_token(github: FakeGitHub) -> None:
    github.queued.append(
        (
            403,
            {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "4102444800"},
            {"message": "API rate limit exceeded"},
        )
    )
    result = _run(github.url, "triage", "cncf/toc#1901", token=None)
    assert result.code == 2
    assert result.stderr.startswith(
        "applint: error: GitHub's rate limit for requests without a token is spent (GET /repos/cncf/toc/issues/1901, "
        "403) until "
    )
    assert result.stderr.endswith(
        ": set GITHUB_TOKEN (a token allows 5,000 requests an hour, none 60) or re-run then\n"
    )
    assert len(github.requests) == 1  # no retry when the wait is longer than applint waits


def test_a_short_rate_limit_is_waited_out(github: FakeGitHub) -> None:
    github.queued.append((429, {"Retry-After": "0"}, {"message": "Too many requests"}))
    result = _run(github.url, "triage", "cncf/toc#1902")
    assert result.code == 0 and github.requests == [("GET", "/repos/cncf/toc/issues/1902")] * 2


def test_a_slow_server_times_out_in_one_line(github: FakeGitHub) -> None:
    github.delay = 1.0
    client = GitHubClient(github.url, TOKEN, timeout=0.2)
    with pytest.raises(GitHubError) as raised:
        client.issue("cncf/toc", 1901)
    assert str(raised.value) == f"the GitHub API at {github.url} did not answer within 0.2 s: re-run later"
    assert client.requests == 1


def test_a_server_that_is_down_is_one_line() -> None:
    with socket.socket() as probe:  # a port nothing listens on once this closes
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = _run(f"http://127.0.0.1:{port}", "check", "cncf/toc#1901")
    assert result.code == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        f"applint: cannot read cncf/toc#1901: cannot reach the GitHub API at http://127.0.0.1:{port}: "
    )


def test_triage_all_one_line_per_open_application(github: FakeGitHub) -> None:
    github.add_issue(1904, "[Incubation] Lark Incubation Application", READY.replace("Driftwood", "Lark"))
    result = _run(github.url, "triage", "--all", "cncf/toc")
    assert result.code == 1  # one application is not ready
    assert result.stdout.splitlines() == [
        "cncf/toc#1904  Lark       incubation  incubation-v1.6-2026-06-29  ready",
        "cncf/toc#1902  Driftwood  incubation  incubation-v1.6-2026-06-29  ready",
        "cncf/toc#1901  Skylark    graduation  graduation-v1.6-2026-05-06  not ready  missing: "
        "process.governance-review, process.vendor-neutrality, governance.ownership, engineering.use-cases",
        "3 applications: 2 ready, 1 not ready; 1 other issue not an application",
    ]
    # Four open issues, two a page: the listing is two requests and carries every body.
    assert [path for _, path in github.requests] == [
        "/repos/cncf/toc/issues?state=open&per_page=100",
        "/repos/cncf/toc/issues?state=open&per_page=100&page=2",
    ]


def test_triage_all_by_label_as_json(github: FakeGitHub) -> None:
    result = _run(
        github.url, "triage", "--all", "cncf/toc", "--label", "level/graduation", "--format", "json"
    )
    data = json.loads(result.stdout)
    assert [issue["issue"] for issue in data["issues"]] == ["cncf/toc#1903", "cncf/toc#1901"]
    assert data["issues"][0]["verdict"] is None and data["issues"][0]["problem"].startswith("skipped: ")
    assert data["issues"][1] == {
        "issue": "cncf/toc#1901",
        "url": "https://github.com/cncf/toc/issues/1901",
        "project": "Skylark",
        "level": "graduation",
        "template": "graduation-v1.6-2026-05-06",
        "verdict": "not ready",
        "missing": [
            "process.governance-review",
            "process.vendor-neutrality",
            "governance.ownership",
            "engineering.use-cases",
        ],
        "counts": {"missing": 8, "weak": 13, "items": 34},
    }
    assert github.requests == [
        ("GET", "/repos/cncf/toc/issues?state=open&per_page=100&labels=level%2Fgraduation")
    ]
    assert result.code == 1


def test_triage_all_of_references_names_what_it_could_not_read(github: FakeGitHub) -> None:
    result = _run(github.url, "triage", "--all", "cncf/toc#1902", "cncf/toc#1903", "cncf/toc#77")
    lines = result.stdout.splitlines()
    assert lines[0] == "cncf/toc#1902  Driftwood  incubation  incubation-v1.6-2026-06-29  ready"
    assert lines[1].startswith(
        'cncf/toc#1903  -          -           -                           skipped  "Typo'
    )
    assert lines[2].startswith(
        "cncf/toc#77    -          -           -                           failed   GitHub found nothing"
    )
    assert (
        lines[3] == "1 application: 1 ready, 0 not ready; 1 other issue not an application; 1 issue not read"
    )
    assert result.code == 2
    assert len(github.requests) == 3


def test_triage_all_usage_and_listing_errors(github: FakeGitHub) -> None:
    assert _run(github.url, "triage", "--all").code == 2
    assert _run(github.url, "triage", "--all", "cncf/toc", "--format", "comment").code == 2
    assert _run(github.url, "triage", "cncf/toc#1901", "--label", "x").code == 2
    bad = _run(github.url, "triage", "--all", "not a repo")
    assert bad.code == 2 and bad.stderr == (
        "applint: error: 'not a repo' is neither a repository (owner/repo) nor an issue reference\n"
    )
    github.queued.append((404, {}, {"message": "Not Found"}))
    gone = _run(github.url, "triage", "--all", "cncf/nothing")
    assert gone.code == 2 and gone.stderr.startswith(
        "applint: error: GitHub found nothing at GET /repos/cncf/nothing/issues"
    )
    assert gone.stdout == ""


def test_files_alone_never_import_the_network_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from applint.cli import cli\n"
        f"try: cli(['check', {str(NOT_READY_PATH)!r}])\n"
        "except SystemExit: pass\n"
        f"try: cli(['triage', {str(NOT_READY_PATH)!r}])\n"
        "except SystemExit: print(sorted(m for m in sys.modules if m.startswith('applint.network') "
        "or m in ('urllib.request', 'http.client')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "['applint.network', 'applint.network.reference']"


def test_a_check_of_paths_imports_no_network_module_and_still_reads_references(tmp_path: Path) -> None:
    """Only an argument holding "#" or starting with "http" can name an issue: a path is told from
    a reference without importing the network stage; a file named like a reference stays a file."""
    import subprocess
    import sys

    named = tmp_path / "notes#2"
    named.write_text(NOT_READY_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    code = (
        "import sys; from applint.cli import cli\n"
        f"try: cli(['check', '--format', 'json', {str(NOT_READY_PATH)!r}])\n"
        "except SystemExit: print(sorted(m for m in sys.modules if m.startswith('applint.network')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert is_reference("cncf/toc#1822") and not is_reference(str(named))
    from applint.batch import _is_reference

    assert _is_reference("cncf/toc#1822") and _is_reference("https://github.com/cncf/toc/issues/1822")
    assert not _is_reference(str(named)) and not _is_reference(str(NOT_READY_PATH))


def test_an_issue_titled_as_an_application_is_read_as_one_without_a_title_in_its_body(
    github: FakeGitHub,
) -> None:
    bare = "\n".join(line for line in READY.splitlines() if not line.startswith("# "))
    assert "Incubation Application" not in bare
    github.add_issue(1905, "[Incubation] Kelpie", bare)
    triaged = _run(github.url, "triage", "cncf/toc#1905")
    assert triaged.code == 0 and triaged.stdout.splitlines()[-1].startswith("cncf/toc#1905: ready")
    checked = _run(github.url, "check", "--format", "json", "cncf/toc#1905")
    [file] = json.loads(checked.stdout)["files"]
    assert file["application"] is True and file["template"] == "incubation-v1.6-2026-06-29"
    listed = _run(github.url, "triage", "--all", "cncf/toc#1905")
    assert listed.stdout.startswith("cncf/toc#1905  Kelpie  incubation  incubation-v1.6-2026-06-29  ready\n")
    page = _run(github.url, "check", "--format", "html", "cncf/toc#1905")
    assert '<section aria-label="Triage"><h2>Triage: ready</h2>' in page.stdout


def test_a_file_that_is_no_application_is_skipped_in_every_format(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Meeting notes\n\nNothing here.\n", encoding="utf-8")
    for output in ("text", "html"):
        result = _run(None, "triage", "--format", output, str(notes))
        assert result.code == 0 and result.stdout == ""
        assert result.stderr.startswith(
            f"applint: skipped {notes}: not a Graduation or Incubation application"
        )


def test_a_body_written_in_the_web_editor_reads_the_same(github: FakeGitHub) -> None:
    """GitHub's web editor sends CRLF line ends: the findings and their lines do not change."""
    github.add_issue(1906, SKYLARK, NOT_READY.replace("\n", "\r\n"))
    for command in (["check", "-q"], ["triage"]):
        lf = _run(github.url, *command, "cncf/toc#1901")
        crlf = _run(github.url, *command, "cncf/toc#1906")
        assert crlf.code == lf.code == 1
        assert crlf.stdout == lf.stdout.replace("cncf/toc#1901", "cncf/toc#1906")


@pytest.mark.parametrize(
    "text",
    [
        "https://github.com/cncf/toc/discussions/5",  # a discussion is no issue
        "https://github.com/cncf/toc/issues/5/files",  # a page of it, not the issue
        "https://github.com/cncf/toc/issues/5 extra",
        "https://github.com/cncf/toc/issues/5abc",
    ],
)
def test_an_address_that_is_not_an_issue_as_a_whole_is_no_reference(text: str) -> None:
    assert parse_reference(text) is None
