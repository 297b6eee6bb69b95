"""applint in an ordinary project repository: an application beside its GTR, governance review,
self-assessment, README and CHANGELOG. `check` lints the application, and the companion documents
as their own kinds; `fix`, `upgrade` and `triage` act only on the application, and leave every
other file byte for byte as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from tests.conftest import EXAMPLES, FIXTURES, examples_of_kind, shared_params

REPOSITORY = FIXTURES / "repository"
APPLICATION = FIXTURES / "apps" / "incubation-v1.6-complete.md"
NOT_APPLICATIONS = {
    "CHANGELOG.md": "not an application",
    "README.md": "not an application",
    "gtr.md": "not an application (a General Technical Review)",
    "governance-review.md": "not an application (a governance review)",
    "self-assessment.md": "not an application (a security self-assessment)",
}
TRIAGE_SKIP = {
    "CHANGELOG.md": "not a Graduation or Incubation application (no application title, no template followed)",
    "README.md": "not a Graduation or Incubation application (no application title, no template followed)",
    "gtr.md": "a General Technical Review, not a Graduation or Incubation application",
    "governance-review.md": "a governance review, not a Graduation or Incubation application",
    "self-assessment.md": "a security self-assessment, not a Graduation or Incubation application",
}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A project repository: the fixtures' companion files and a draft application with
    something for `fix` to repair (a template comment beside written evidence)."""
    docs = tmp_path / "docs"
    shutil.copytree(REPOSITORY, docs)
    draft = APPLICATION.read_text(encoding="utf-8")
    (docs / "incubation-application.md").write_text(draft, encoding="utf-8")
    return docs


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    "command", [["fix"], ["fix", "--check"], ["fix", "--diff"], ["upgrade"], ["upgrade", "--check"]]
)
def test_fix_and_upgrade_leave_every_non_application_byte_for_byte(
    repository: Path, command: list[str]
) -> None:
    before = snapshot(repository)
    for name, why in NOT_APPLICATIONS.items():
        path = repository / name
        code, out, err = invoke(*command, str(path))
        assert (code, out) == (0, ""), (name, out, err)
        assert err == f"{path}: {why}: left as it is\n"
    assert snapshot(repository) == before


def test_fix_over_the_whole_folder_repairs_only_the_application(repository: Path) -> None:
    before = snapshot(repository)
    code, out, err = invoke("fix", str(repository))
    assert code == 0
    # Every file but the application is untouched, and each is named once on standard error;
    # the closing tally counts the one file fix handled (the application, needing nothing).
    after = snapshot(repository)
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == []  # the complete application needs nothing either
    *named, tally = err.splitlines()
    assert sorted(line.split(": ", 1)[0] for line in named) == sorted(
        str(repository / name) for name in NOT_APPLICATIONS
    )
    assert tally == "1 file unchanged"
    assert out == ""


def test_fix_still_repairs_an_application_in_the_same_folder(repository: Path) -> None:
    app = repository / "incubation-application.md"
    text = app.read_text(encoding="utf-8")
    marker = "- [x] **Complete a [General Technical Review (GTR)]"
    assert marker in text
    # A template guidance comment left beside written evidence is a repair fix makes.
    line = next(line for line in text.splitlines(keepends=True) if line.startswith(marker))
    app.write_text(text.replace(line, line + "<!-- (Project assertion goes here) -->\n", 1), encoding="utf-8")
    before = snapshot(repository)
    code, out, _ = invoke("fix", str(repository))
    after = snapshot(repository)
    assert code == 0 and "removed template comment" in out
    assert [name for name in before if before[name] != after[name]] == ["incubation-application.md"]


def test_check_lints_exactly_the_application(repository: Path) -> None:
    _, out, _ = invoke("check", "--format", "json", str(repository))
    import json

    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert {name for name, f in files.items() if f["application"]} == {"incubation-application.md"}
    for name in ("CHANGELOG.md", "README.md"):
        assert files[name]["findings"] == [] and files[name]["template"] is None
    # The companion documents are checked against their own templates, by their own rules: this
    # GTR for Incubation leaves out three Day 0 sections and one of Day 1's.
    assert [(f["rule"], f["line"]) for f in files["gtr.md"]["findings"]] == [
        ("unanswered-question", 10),
        ("evidence-without-link", 14),  # "Kelpie's roadmap lives in ROADMAP.md", linked nowhere
        ("unanswered-question", 20),
    ]
    assert files["governance-review.md"]["findings"] == files["self-assessment.md"]["findings"] == []
    assert files["gtr.md"]["template"] == "gtr-v1.0-2026-04-25"
    assert files["gtr.md"]["document_kind"] == "general-technical-review"
    assert files["governance-review.md"]["document_kind"] == "governance-review"
    assert files["self-assessment.md"]["document_kind"] == "security-self-assessment"
    assert files["CHANGELOG.md"]["document_kind"] is None


def test_a_bare_version_line_makes_no_application(tmp_path: Path) -> None:
    notes = tmp_path / "NOTES.md"
    notes.write_text("v1.6\n\nThings to remember for the release.\n", encoding="utf-8")
    code, out, _ = invoke("check", str(notes))
    assert code == 0
    assert out.startswith("checked 0 applications, 1 other file skipped")
    # A version line under an application title still claims the template: a near-empty draft
    # is held to every criterion.
    draft = tmp_path / "draft.md"
    draft.write_text("# Kelpie Incubation Application\n\nv1.6\n", encoding="utf-8")
    code, out, _ = invoke("check", "--format", "json", str(draft))
    assert code == 1 and '"rule": "missing-section"' in out


@pytest.mark.parametrize("name", sorted(TRIAGE_SKIP))
@pytest.mark.parametrize("output", ["text", "json", "comment"])
def test_triage_of_a_non_application_says_so_in_one_line(repository: Path, name: str, output: str) -> None:
    path = repository / name
    code, out, err = invoke("triage", "--format", output, str(path))
    # The same wording and exit code as a non-application issue through --github-event.
    assert (code, out, err) == (0, "", f"applint: skipped {path}: {TRIAGE_SKIP[name]}\n")


def test_an_issue_titled_as_an_application_is_triaged_even_with_a_bare_body(tmp_path: Path) -> None:
    import json

    event = tmp_path / "event.json"
    body = "Kelpie would like to move to incubation.\n\n- [ ] **Adopters.**\n"
    event.write_text(
        json.dumps(
            {
                "action": "opened",
                "issue": {"number": 7, "title": "[Incubation] Kelpie", "body": body, "html_url": ""},
                "repository": {"full_name": "cncf/toc"},
            }
        ),
        encoding="utf-8",
    )
    code, out, _ = invoke("triage", "--github-event", str(event))
    assert code == 1 and "not ready" in out


def test_triage_agrees_with_check_on_an_unfilled_date_and_a_broken_link(tmp_path: Path) -> None:
    import json

    code, _, _ = invoke("init", "--kind", "incubation", "--project", "Kelpie", "-o", str(tmp_path / "app.md"))
    assert code == 0
    app = tmp_path / "app.md"
    text = app.read_text(encoding="utf-8")
    statement = (
        "- [ ] **Document adoption and adherence to the CNCF Code of Conduct or the project's CoC which is"
        " based off the CNCF CoC and not in conflict with it.**\n"
    )
    assert statement in text and "- Met during Project's application on DD-MMM-YYYY." in text
    coc = "We adopt the [CNCF Code of Conduct](https:github.com/kelpie/community/blob/main/CODE_OF_CONDUCT.md).\n"
    text = text.replace(statement, statement.replace("[ ]", "[x]") + "\n" + coc, 1)
    app.write_text(text, encoding="utf-8")
    coc_line = text.splitlines().index(coc.rstrip("\n")) + 1
    date_line = text.splitlines().index("- Met during Project's application on DD-MMM-YYYY.") + 1

    _, out, _ = invoke("check", "--format", "json", str(app))
    findings = json.loads(out)["files"][0]["findings"]
    assert ("broken-link", coc_line) in {(f["rule"], f["line"]) for f in findings}
    assert ("placeholder", date_line) in {(f["rule"], f["line"]) for f in findings}

    _, out, _ = invoke("triage", "--format", "json", str(app))
    items = {item["id"]: item for item in json.loads(out)["items"]}
    # The template's own "Met during … on DD-MMM-YYYY." asserts nothing: the statement above it
    # is unticked and nothing is written under it.
    expectations = items["process.expectations"]
    assert (expectations["status"], expectations["line"]) == ("missing", date_line - 1)
    # A link check reports as broken meets nothing: weak, at the link, saying why.
    conduct = items["governance.code-of-conduct"]
    assert (conduct["status"], conduct["line"]) == ("weak", coc_line)
    assert "cannot work" in conduct["why"]


@pytest.mark.parametrize(
    "path",
    shared_params(examples_of_kind("gtr", "governance review", "security self-assessment")),
    ids=lambda p: p.name,
)
def test_real_companion_documents_are_never_rewritten(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    for command in (["fix"], ["upgrade"]):
        code, out, err = invoke(*command, str(copy))
        assert (code, out) == (0, "") and err.endswith(": left as it is\n") and err.count("\n") == 1
    assert copy.read_bytes() == path.read_bytes()
    code, out, err = invoke("triage", str(copy))
    assert (code, out) == (0, "") and "not a Graduation or Incubation application" in err
    assert EXAMPLES.is_dir()
