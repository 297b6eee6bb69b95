"""The README's pre-commit snippet, as written, run through pre-commit against a local clone of
this repository (the snippet's own 'or a local clone's path'), before and after
`pre-commit autoupdate --freeze`. Needs network access to the package index: pre-commit builds
the hook's own environment."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.repository import APPLICATION_PATH, make_repository

yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit in the test extras")
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
README_URL = "https://github.com/applint/applint"


def readme_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (snippet,) = re.findall(r"```yaml\n(# \.pre-commit-config\.yaml\n.*?)```", readme, re.S)
    return snippet


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


def test_the_readmes_rev_names_a_ref_this_repository_has() -> None:
    """The snippet once said `rev: v0.1.0`, a tag that never existed (pre-commit: exit 3). A
    branch or tag counts here or on a remote (a clone has `origin/main`, not `main`)."""
    (entry,) = yaml.safe_load(readme_snippet())["repos"]
    assert entry["repo"].startswith(README_URL)
    listed = subprocess.run(
        ["git", "for-each-ref", "--format=%(refname)", "refs/heads", "refs/tags", "refs/remotes"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    refs = listed.stdout.split()
    names = {ref.removeprefix("refs/heads/").removeprefix("refs/tags/") for ref in refs}
    names |= {ref.split("/", 3)[-1] for ref in refs if ref.startswith("refs/remotes/")}
    shallow = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    if entry["rev"] not in names and (not refs or shallow == "true"):
        pytest.skip("a shallow or detached checkout does not have every branch and tag to compare with")
    assert entry["rev"] in names, f"rev {entry['rev']!r} is no branch or tag of this repository"


@pytest.mark.skipif(not Path(PRE_COMMIT).exists(), reason="pre-commit is not installed")
def test_the_readmes_pre_commit_snippet_runs_as_written(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@e",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e",
    }
    dirty = _git(
        "status",
        "--porcelain",
        "--",
        "src",
        "schemas",
        "pyproject.toml",
        ".pre-commit-hooks.yaml",
        cwd=ROOT,
        env=env,
    )
    if dirty:
        pytest.skip(
            "the checkout has uncommitted changes to the package; pre-commit installs the committed revision"
        )
    snippet = readme_snippet()
    (entry,) = yaml.safe_load(snippet)["repos"]
    # A local clone whose `rev` is the checked-out commit, so that this revision's code is tested.
    clone = tmp_path / "applint"
    _git("clone", "--quiet", str(ROOT), str(clone), cwd=tmp_path, env=env)
    head = _git("rev-parse", "HEAD", cwd=clone, env=env).strip()
    if _git("branch", "--show-current", cwd=clone, env=env).strip() != entry["rev"]:
        _git("update-ref", f"refs/heads/{entry['rev']}", head, cwd=clone, env=env)
    work = make_repository(tmp_path / "kelpie")
    config = work / ".pre-commit-config.yaml"
    config.write_text(snippet.replace(README_URL, str(clone)), encoding="utf-8")
    _git("add", "-A", cwd=work, env=env)

    def pre_commit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PRE_COMMIT, *args], cwd=work, env=env, capture_output=True, text=True, timeout=900
        )

    first = pre_commit("run", "--all-files")
    assert first.returncode == 1, first.stdout + first.stderr
    assert f"{APPLICATION_PATH}:10:16: error placeholder" in first.stdout
    # only the application: the snippet's files: pattern, and nothing else reaches the hook
    assert "CHANGELOG" not in first.stdout and "node_modules" not in first.stdout
    frozen = pre_commit("autoupdate", "--freeze")
    assert frozen.returncode == 0, frozen.stdout + frozen.stderr
    (pinned,) = yaml.safe_load(config.read_text())["repos"]
    assert pinned["rev"] == head
    application = work / APPLICATION_PATH
    application.write_text(application.read_text().replace("$URL", "https://kelpie.example.io"))
    _git("add", "-A", cwd=work, env=env)
    passed = pre_commit("run", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "applint" in passed.stdout and "Passed" in passed.stdout
