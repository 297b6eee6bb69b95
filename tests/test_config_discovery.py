"""Configuration found from each file's own folder upward (not the working directory), through
the command line: pre-commit, editors and CI run applint from different places. --config,
--no-config, --select and --ignore."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from tests.repository import APPLICATION

UNTICKED = APPLICATION.replace("- [x] **Clear and", "- [ ] **Clear and", 1).replace(
    "[x] I have reviewed", "[ ] I have reviewed"
)


def _repository(root: Path, config: str | None, name: str = ".applint.toml") -> Path:
    """A repository with an application two folders down and ``config`` at its root."""
    (root / ".git").mkdir(parents=True)
    (root / "governance" / "moving").mkdir(parents=True)
    application = root / "governance" / "moving" / "graduation-application.md"
    application.write_text(UNTICKED, encoding="utf-8")
    if config is not None:
        (root / name).write_text(config)
    return application


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    """A working directory outside the repositories, with a config of its own that must not count."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / ".git").mkdir()
    (folder / ".applint.toml").write_text('[rules.placeholder]\nseverity = "warning"\nenabled = true\n')
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(before)


def _findings(runner: CliRunner, *args: str) -> tuple[int, list[tuple[str, str, str, int | None]]]:
    result = runner.invoke(cli, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, [
        (os.path.basename(file["path"]), f["rule"], f["severity"], f["line"])
        for file in json.loads(result.stdout)["files"]
        for f in file["findings"]
    ]


APP = "graduation-application.md"
# The readiness attestation (line 2) and a governance criterion (line 87) unticked, and a placeholder.
DEFAULT = [
    (APP, "unchecked-criterion", "warning", 2),
    (APP, "placeholder", "error", 10),
    (APP, "unchecked-criterion", "warning", 87),
]
UNCHECKED = [DEFAULT[0], DEFAULT[2]]


def test_the_defaults_without_any_config(tmp_path: Path, elsewhere: Path, runner: CliRunner) -> None:
    application = _repository(tmp_path / "plain", None)
    assert _findings(runner, str(application)) == (1, DEFAULT)


@pytest.mark.parametrize(
    ("name", "config"),
    [
        (".applint.toml", '[rules.placeholder]\nseverity = "info"\n'),
        (
            "pyproject.toml",
            '[project]\nname = "kelpie"\n[tool.applint.rules.placeholder]\nseverity = "info"\n',
        ),
    ],
)
def test_a_file_keeps_its_repositorys_config_from_another_folder(
    name: str, config: str, tmp_path: Path, elsewhere: Path, runner: CliRunner
) -> None:
    application = _repository(tmp_path / "kelpie", config, name)
    assert _findings(runner, str(application)) == (
        0,
        [DEFAULT[0], (APP, "placeholder", "info", 10), DEFAULT[2]],
    )
    # Standard input has no folder of its own: the working directory's config counts.
    piped = runner.invoke(cli, ["check", "--format", "json", "-"], input=UNTICKED)
    severities = [
        f["severity"] for f in json.loads(piped.stdout)["files"][0]["findings"] if f["rule"] == "placeholder"
    ]
    assert severities == ["warning"]


def test_two_repositories_in_one_run_each_keep_their_own(
    tmp_path: Path, elsewhere: Path, runner: CliRunner
) -> None:
    loud = _repository(tmp_path / "loud", 'fail-on = "warning"\n[rules.placeholder]\nenabled = false\n')
    quiet = _repository(
        tmp_path / "quiet", 'fail-on = "never"\n[rules.unchecked-criterion]\nseverity = "info"\n'
    )
    result = runner.invoke(cli, ["check", "--format", "json", str(quiet), str(loud)])
    files = json.loads(result.stdout)["files"]
    assert [(f["rule"], f["severity"], f["line"]) for f in files[0]["findings"]] == [
        ("unchecked-criterion", "info", 2),
        ("placeholder", "error", 10),
        ("unchecked-criterion", "info", 87),
    ]
    assert [(f["rule"], f["severity"], f["line"]) for f in files[1]["findings"]] == [
        ("unchecked-criterion", "warning", 2),
        ("unchecked-criterion", "warning", 87),
    ]
    # quiet's error does not fail (its fail-on is never); loud's warning does (fail-on warning).
    assert result.exit_code == 1
    assert runner.invoke(cli, ["check", str(quiet)]).exit_code == 0
    assert runner.invoke(cli, ["check", "--fail-on", "error", str(loud)]).exit_code == 0


def test_include_globs_are_relative_to_their_config_file(
    tmp_path: Path, elsewhere: Path, runner: CliRunner
) -> None:
    application = _repository(tmp_path / "kelpie", 'include = ["governance/**/*.md"]\n')
    (tmp_path / "kelpie" / "notes.md").write_text(APPLICATION)
    result = runner.invoke(cli, ["check", "--format", "json", str(tmp_path / "kelpie")])
    assert [file["path"] for file in json.loads(result.stdout)["files"]] == [str(application)]


def test_no_config_and_an_explicit_config(tmp_path: Path, elsewhere: Path, runner: CliRunner) -> None:
    application = _repository(tmp_path / "kelpie", "[rules.placeholder]\nenabled = false\n")
    assert _findings(runner, str(application))[1] == UNCHECKED
    assert _findings(runner, "--no-config", str(application)) == (1, DEFAULT)
    explicit = tmp_path / "strict.toml"
    explicit.write_text('[rules.unchecked-criterion]\nseverity = "error"\n')
    assert _findings(runner, "--config", str(explicit), str(application))[1] == [
        (APP, "unchecked-criterion", "error", 2),
        DEFAULT[1],
        (APP, "unchecked-criterion", "error", 87),
    ]
    both = runner.invoke(cli, ["check", "--config", str(explicit), "--no-config", str(application)])
    assert both.exit_code == 2
    assert both.stderr == "applint: error: --config and --no-config cannot be given together\n"


def test_select_and_ignore_rules(tmp_path: Path, elsewhere: Path, runner: CliRunner) -> None:
    application = str(_repository(tmp_path / "kelpie", "[rules.placeholder]\nenabled = false\n"))
    assert _findings(runner, "--select", "unchecked-criterion", application) == (0, UNCHECKED)
    # --select wins over the config's enabled = false, as ruff's does over its config
    assert _findings(runner, "--select", "placeholder,unchecked-criterion", application) == (1, DEFAULT)
    assert _findings(runner, "--select", "placeholder", "--select", "unchecked-criterion", application) == (
        1,
        DEFAULT,
    )
    assert _findings(runner, "--no-config", "--ignore", "placeholder", application) == (0, UNCHECKED)
    assert _findings(runner, "--no-config", "--ignore", "placeholder,unchecked-criterion", application) == (
        0,
        [],
    )
    typo = runner.invoke(cli, ["check", "--select", "placeholders", application])
    assert typo.exit_code == 2
    assert (
        typo.stderr
        == "applint: error: unknown rule 'placeholders' (did you mean 'placeholder'? see 'applint rules')\n"
    )
