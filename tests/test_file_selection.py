"""Which files a run reads, through the command line, on a real-looking repository built in a
temporary folder: folder walks honouring .gitignore and .git/info/exclude as git does, skipped
dependency, virtual-environment and build folders, --exclude, quoted globs."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from tests.repository import APPLICATION, APPLICATION_PATH, git_would_list, make_repository

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    return make_repository(tmp_path / "kelpie")


@pytest.fixture
def inside(repo: Path) -> Iterator[Path]:
    """The working directory set to the repository, as a developer or CI runs applint."""
    before = os.getcwd()
    os.chdir(repo)
    try:
        yield repo
    finally:
        os.chdir(before)


def _checked(runner: CliRunner, *args: str) -> tuple[int, list[dict[str, object]]]:
    result = runner.invoke(cli, ["check", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)["files"]


def _paths(files: list[dict[str, object]]) -> list[str]:
    return [str(file["path"]) for file in files]


WALKED = [
    "CHANGELOG.md",
    "README.md",
    "docs/governance-review.md",
    "docs/gtr.md",
    APPLICATION_PATH,
    "security/self-assessment.md",
]


def test_a_walk_reads_what_git_lists_less_dependency_and_build_folders(
    inside: Path, runner: CliRunner
) -> None:
    _, files = _checked(runner, ".")
    assert _paths(files) == WALKED
    # git itself agrees on everything it ignores (out/, docs/generated/, scratch.md); what git
    # tracks but a linter leaves alone is node_modules/, the build folder and the virtual environment.
    listed = git_would_list(inside)
    skipped = {p for p in listed if p.startswith(("node_modules/", "build/", "tools/env/"))}
    assert {p for p in _paths(files)} == listed - skipped
    assert skipped == {
        "node_modules/left-pad/graduation-application.md",
        "node_modules/markdown-it/README.md",
        "build/graduation-application.md",
        "tools/env/graduation-application.md",
    }


def test_check_lints_exactly_the_application_as_an_application(inside: Path, runner: CliRunner) -> None:
    """Of the files a walk finds, only the application is linted as one: the GTR, governance
    review and self-assessment as their own kinds, the README and the CHANGELOG (with its version
    line) skipped; the copies of the application in ignored or skipped folders are never read."""
    code, files = _checked(runner, ".")
    kinds = {str(file["path"]): (file["application"], file["document_kind"]) for file in files}
    assert kinds == {
        "CHANGELOG.md": (False, None),
        "README.md": (False, None),
        "docs/governance-review.md": (False, "governance-review"),
        "docs/gtr.md": (False, "general-technical-review"),
        APPLICATION_PATH: (True, "application"),
        "security/self-assessment.md": (False, "security-self-assessment"),
    }
    (application,) = [file for file in files if file["application"]]
    (finding,) = application["findings"]  # type: ignore[misc]
    assert (finding["rule"], finding["severity"], finding["line"], finding["column"]) == (
        "placeholder",
        "error",
        10,
        16,
    )
    assert all(not file["findings"] for file in files if file["document_kind"] is None)
    assert code == 1
    text = runner.invoke(cli, ["check", "."]).stdout
    assert f"{APPLICATION_PATH}:10:16: error placeholder template placeholder '$URL' left in" in text
    assert "2 other files skipped" in text and "out/" not in text and "node_modules" not in text


def test_the_walk_is_the_same_from_another_working_directory(repo: Path, runner: CliRunner) -> None:
    _, files = _checked(runner, str(repo))
    assert _paths(files) == [str(repo / p) for p in WALKED]
    _, docs = _checked(runner, str(repo / "docs"))  # .gitignore files above the folder walked count too
    assert _paths(docs) == [str(repo / "docs" / "governance-review.md"), str(repo / "docs" / "gtr.md")]


def test_a_file_named_is_read_even_when_git_ignores_it(inside: Path, runner: CliRunner) -> None:
    code, files = _checked(
        runner, "out/graduation-application.md", "node_modules/left-pad/graduation-application.md"
    )
    assert code == 1
    assert _paths(files) == [
        "out/graduation-application.md",
        "node_modules/left-pad/graduation-application.md",
    ]
    assert all(file["findings"] for file in files)


def test_negation_and_nested_ignore_files_follow_git(inside: Path, runner: CliRunner) -> None:
    (inside / "drafts").mkdir()
    for name in ("a.md", "b.md", "final.md"):
        (inside / "drafts" / name).write_text(APPLICATION)
    (inside / "drafts" / ".gitignore").write_text("*.md\n!final.md\n")
    (inside / "docs" / "generated" / ".gitignore").write_text("!*.md\n")  # cannot re-include: folder ignored
    _, files = _checked(runner, ".")
    found = {p for p in _paths(files)}
    assert "drafts/final.md" in found and "drafts/a.md" not in found and "drafts/b.md" not in found
    assert found == git_would_list(inside) - {
        p for p in git_would_list(inside) if p.startswith(("node_modules/", "build/", "tools/env/"))
    }


def test_outside_a_repository_ignore_files_below_the_folder_still_count(
    tmp_path: Path, runner: CliRunner
) -> None:
    repo = make_repository(tmp_path / "export", git=False)
    _, files = _checked(runner, str(repo))
    found = sorted(p.removeprefix(str(repo) + "/") for p in _paths(files))
    # no .git/info/exclude without git: scratch.md is read; out/ and docs/generated/ stay ignored
    assert found == sorted([p for p in WALKED] + ["scratch.md"])


def test_exclude_patterns_remove_walked_and_named_files(inside: Path, runner: CliRunner) -> None:
    _, files = _checked(runner, "--exclude", "docs/", "--exclude", "CHANGELOG.md", ".")
    assert _paths(files) == ["README.md", APPLICATION_PATH, "security/self-assessment.md"]
    _, files = _checked(runner, "--exclude", "*.md", ".", "README.md")
    assert files == []
    _, files = _checked(runner, "--exclude", "/README.md", "README.md", "docs/gtr.md")
    assert _paths(files) == ["docs/gtr.md"]
    nothing = runner.invoke(cli, ["check", "--exclude", "governance", APPLICATION_PATH])
    assert (nothing.exit_code, nothing.stdout) == (0, "checked 0 files: no problems\n")


def test_quoted_globs_are_expanded_and_skip_what_a_walk_skips(inside: Path, runner: CliRunner) -> None:
    _, files = _checked(runner, "**/*.md")
    assert _paths(files) == sorted(WALKED)
    _, files = _checked(runner, "governance/*-application.md")
    assert _paths(files) == [APPLICATION_PATH]
    _, files = _checked(runner, "*/")  # folders a glob matches are walked
    assert _paths(files) == [
        "docs/governance-review.md",
        "docs/gtr.md",
        APPLICATION_PATH,
        "security/self-assessment.md",
    ]
    missing = runner.invoke(cli, ["check", "drafts/**/*.md"])
    assert missing.exit_code == 2
    assert (
        missing.stderr
        == "applint: cannot read drafts/**/*.md: no such file (and no file matches it as a pattern)\n"
    )


def test_a_named_folder_of_a_skipped_kind_or_ignored_is_walked(inside: Path, runner: CliRunner) -> None:
    _, files = _checked(runner, "build")
    assert _paths(files) == ["build/graduation-application.md"]
    (inside / "out" / "drafts").mkdir()
    (inside / "out" / "drafts" / "old.md").write_text(APPLICATION)
    (inside / "out" / ".gitignore").write_text("drafts/\n")  # the ignore files inside it still count
    _, files = _checked(runner, "out")
    assert _paths(files) == ["out/graduation-application.md"]


def test_a_walk_of_the_working_directory_keeps_the_ignore_files_above_it(
    inside: Path, runner: CliRunner
) -> None:
    os.chdir(inside / "docs")
    _, files = _checked(runner, ".")
    assert _paths(files) == ["governance-review.md", "gtr.md"]  # not generated/, ignored by docs/.gitignore
    (inside / ".gitignore").write_text("out/\ngtr.md\n")
    _, files = _checked(runner, ".")
    assert _paths(files) == ["governance-review.md"]


@needs_git
def test_fix_walks_folders_the_same_way(inside: Path, runner: CliRunner) -> None:
    before = (inside / "out" / "graduation-application.md").read_bytes()
    result = runner.invoke(cli, ["fix", "--check", "."])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "CHANGELOG.md: not an application: left as it is",
        "README.md: not an application: left as it is",
        "docs/governance-review.md: not an application (a governance review): left as it is",
        "docs/gtr.md: not an application (a General Technical Review): left as it is",
        "security/self-assessment.md: not an application (a security self-assessment): left as it is",
        "1 file unchanged",
    ]
    assert (inside / "out" / "graduation-application.md").read_bytes() == before
