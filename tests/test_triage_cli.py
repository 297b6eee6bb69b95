"""applint triage on files and standard input: formats, exit codes, the comment, the real examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.triage.render import MARKER
from applint.triage.verdict import triage_path
from tests.conftest import EXAMPLES, FIXTURES, require_shared

NOT_READY = str(FIXTURES / "triage" / "graduation-not-ready.md")
READY = str(FIXTURES / "triage" / "incubation-ready.md")


def test_text_output_and_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["triage", NOT_READY])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 35
    assert lines[2] == (
        f"{NOT_READY}:35: weak     process.gtr                      General Technical Review linked: said in "
        "words, with no link to the GTR snapshot in cncf/toc under projects/<project>/tech-review/"
    )
    assert lines[3] == (
        f"{NOT_READY}: missing  process.governance-review        Governance Review linked: not found: neither "
        "the criterion nor a mention in Application Process Principles"
    )
    assert lines[-1] == (
        f"{NOT_READY}: not ready: 4 required items missing (8 missing, 13 weak, 13 met of 34 triage items; "
        "read as graduation-v1.6-2026-05-06)"
    )
    ready = runner.invoke(cli, ["triage", READY])
    assert ready.exit_code == 0
    assert ready.stdout.splitlines()[-1].startswith(f"{READY}: ready (1 missing, 1 weak, 32 met")


def test_standard_input(runner: CliRunner) -> None:
    data = Path(NOT_READY).read_bytes()
    result = runner.invoke(cli, ["triage", "-", "--format", "json"], input=data)
    assert result.exit_code == 1
    from_stdin = {item["id"]: (item["status"], item["line"]) for item in json.loads(result.stdout)["items"]}
    from_file = {r.item.id: (r.status, r.line) for r in triage_path(NOT_READY).results}
    assert from_stdin == from_file
    assert json.loads(result.stdout)["path"] == "-"


def test_json_shape(runner: CliRunner) -> None:
    data = json.loads(runner.invoke(cli, ["triage", "--format", "json", NOT_READY]).stdout)
    assert data["version"] == 1 and data["verdict"] == "not ready" and data["kind"] == "graduation"
    assert data["counts"] == {"met": 13, "weak": 13, "missing": 8}
    assert len(data["items"]) == 34
    badge = next(item for item in data["items"] if item["id"] == "security.best-practices-badge")
    assert badge == {
        "id": "security.best-practices-badge",
        "area": "security",
        "title": "Best Practices badge linked",
        "guide": 'link to best practices badge, confirm it is "passing" and 100% complete',
        "need": "required",
        "status": "weak",
        "line": 141,
        "paragraph": None,
        "why": "links https://github.com/skylark-dev/skylark#readme, which is not an OpenSSF Best Practices "
        "project page (https://www.bestpractices.dev/projects/N)",
        "url": "https://github.com/skylark-dev/skylark#readme",
    }


def test_comment_is_stable_grouped_and_linked(runner: CliRunner) -> None:
    url = "https://github.com/cncf/toc/issues/1901"
    args = ["triage", "--format", "comment", "--issue-url", url, NOT_READY]
    first, second = runner.invoke(cli, args), runner.invoke(cli, args)
    assert first.exit_code == 1 and first.stdout == second.stdout
    body = first.stdout
    assert body.startswith(MARKER + "\n### Triage: not ready for assignment\n")
    missing = body[body.index("#### Missing (4)") : body.index("#### Weak or not given")]
    # Grouped by area, in the guide's order, each with a link to its place in the issue.
    assert [line for line in missing.splitlines() if line.startswith("**")] == [
        "**Application Process Principles**",
        "**Governance and Maintainers**",
        "**Engineering Principles**",
    ]
    assert (
        "- **Code and doc ownership** ([line 61](https://github.com/cncf/toc/issues/1901#:~:text=Code%20and%20Doc"
        "%20ownership%20in%20Github%20and%20elsewhere)): the criterion is ticked at line 61, but "
        "nothing is written under it." in missing
    )
    # An item found nowhere points at its area's heading.
    assert (
        "([Application Process Principles section](https://github.com/cncf/toc/issues/1901#:~:text="
        in missing
    )
    # <project> in the guide's paths stays visible in Markdown.
    assert "projects/&lt;project&gt;/security-assessment/" in body
    assert "<details><summary>All 34 items</summary>" in body


def test_comment_for_a_ready_application_says_what_is_still_worth_work(runner: CliRunner) -> None:
    body = runner.invoke(cli, ["triage", "--format", "comment", READY]).stdout
    assert "### Triage: ready for assignment" in body and "#### Missing" not in body
    worth = body[body.index("#### Still worth work") : body.index("#### To confirm by hand")]
    assert "- weak: **Community meetings linked** (line 125): said in words, with no link." in worth
    assert "- missing: **Joint assessment (if available)** (line 171)" in worth


def test_unreadable_inputs_are_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["triage", str(tmp_path / "nope.md")])
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr == f"applint: cannot triage {tmp_path / 'nope.md'}: no such file\n"
    binary = tmp_path / "app.md"
    binary.write_bytes(b"\x80\x81 not text \x00")
    result = runner.invoke(cli, ["triage", str(binary)])
    assert result.exit_code == 2 and result.stderr.startswith(f"applint: cannot triage {binary}: ")
    empty = runner.invoke(cli, ["triage", "-"], input=b"")
    assert empty.exit_code == 2 and "empty" in empty.stderr


def test_usage_errors(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["triage"]).exit_code == 2
    assert runner.invoke(cli, ["triage", READY, "--post-comment"]).exit_code == 2


# The real applications in ../shared/examples, read as a TOC member would.


def _statuses(path: Path) -> dict[str, tuple[str, int | None]]:
    return {r.item.id: (r.status, r.line) for r in triage_path(str(path)).results}


def test_ocm_incubation_application() -> None:
    require_shared()
    table = _statuses(EXAMPLES / "ocm-incubation-v1.6.md")
    assert table["process.gtr"] == ("missing", None)  # TAG presentations only, no GTR
    assert table["process.governance-review"] == ("missing", None)
    assert table["security.self-assessment"] == ("weak", 343)  # SELF_ASSESSMENT.md in the project's repo
    assert table["security.best-practices-badge"] == ("met", 349)  # bestpractices.dev/en/projects/5376
    assert table["community.meetings"] == ("weak", 228)  # "appears on the CNCF calendar", no link
    assert table["adoption.adopters-link"] == ("met", 41)
    assert table["governance.maintainer-count"] == ("met", 158)  # "22 maintainers"


@pytest.mark.parametrize("stem", ["ocm-incubation-v1.6", "in-toto-graduation-unversioned"])
def test_docx_exports_give_the_markdown_statuses(runner: CliRunner, stem: str) -> None:
    require_shared()
    markdown = {k: v[0] for k, v in _statuses(EXAMPLES / f"{stem}.md").items()}
    for converter in ("pandoc", "lo"):
        docx = EXAMPLES / f"{stem}.{converter}.docx"
        assert {k: v[0] for k, v in _statuses(docx).items()} == markdown, docx.name
    data = json.loads(runner.invoke(cli, ["triage", "--format", "json", str(docx)]).stdout)
    located = [item for item in data["items"] if item["status"] == "met"]
    assert all(item["line"] is None and isinstance(item["paragraph"], int) for item in located)


def test_kubevirt_text_export() -> None:
    """Criteria statements and hyperlinks lost: items are found by their words in each area."""
    require_shared()
    table = _statuses(EXAMPLES / "kubevirt-graduation-application.txt")
    assert table["security.best-practices-badge"] == (
        "weak",
        132,
    )  # "The project has a passing badge since 2021"
    assert table["governance.maintainer-count"] == ("met", 61)  # "shows 7 maintainers"
    assert table["governance.maintainers-file"] == ("weak", 59)  # "Our maintainer file." (link lost)
    assert table["process.vendor-neutrality"] == ("met", 35)
    assert table["ecosystem.adopters-file"] == ("met", 137)


def test_in_toto_due_diligence_document(runner: CliRunner) -> None:
    require_shared()
    path = EXAMPLES / "in-toto-graduation-unversioned.md"
    table = _statuses(path)
    assert table["governance.maintainer-count"] == ("missing", 103)  # ticked, nothing under it
    assert table["governance.ownership"] == ("missing", 132)  # "TODO"
    assert table["governance.code-of-conduct"] == ("met", 139)  # GOVERNANCE.md#code-of-conduct
    result = runner.invoke(cli, ["triage", str(path)])
    assert (
        result.stderr
        == f"applint: note: {path} is a due-diligence document; triage is meant for the application\n"
    )


@pytest.mark.parametrize("name", ["ocm-incubation-v1.6.md", "kubevirt-graduation-application.txt"])
def test_examples_are_not_ready(runner: CliRunner, name: str) -> None:
    require_shared()
    result = runner.invoke(cli, ["triage", str(EXAMPLES / name)])
    assert result.exit_code == 1 and "not ready: 2 required items missing" in result.stdout
