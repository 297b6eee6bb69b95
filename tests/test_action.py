"""The GitHub Action (action.yml): its check step's script run locally with bash, in the
environment GitHub gives a step (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE as the
working directory, RUNNER_TEMP, GITHUB_ACTIONS=true), on a real-looking repository; and the
README's workflow kept to what the action declares."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.repository import APPLICATION_PATH, make_repository

yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit in the test extras")
pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("git") is None, reason="bash and git are needed"
)
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def _step(step_id: str) -> dict[str, Any]:
    return next(step for step in ACTION["runs"]["steps"] if step.get("id") == step_id)


class StepRun:
    def __init__(self, result: subprocess.CompletedProcess[str], outputs: Path, summary: Path) -> None:
        self.code = result.returncode
        self.stdout = result.stdout
        self.stderr = result.stderr
        self.outputs = (
            dict(line.split("=", 1) for line in outputs.read_text().splitlines()) if outputs.exists() else {}
        )
        self.summary = summary.read_text() if summary.exists() else ""


def run_check_step(workspace: Path, tmp_path: Path, **inputs: str) -> StepRun:
    """The 'Run applint' step as the runner runs it: its env with ${{ inputs.* }} filled from the
    inputs given or the action's defaults, its script under `bash --noprofile --norc -eo pipefail`."""
    step = _step("check")
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    unknown = set(inputs) - set(values)
    assert not unknown, unknown
    values.update(inputs)
    outputs, summary = tmp_path / "github_output", tmp_path / "step_summary"
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",  # the installed applint
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_STEP_SUMMARY": str(summary),
        "RUNNER_TEMP": str(tmp_path),
    }
    for name, value in step["env"].items():
        env[name] = EXPRESSION.sub(lambda m: values[m.group(1).replace("_", "-")], value)
    script = tmp_path / "step.sh"
    script.write_text(step["run"])
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return StepRun(result, outputs, summary)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return make_repository(tmp_path / "workspace")


def test_the_defaults_check_the_repository_root(workspace: Path, tmp_path: Path) -> None:
    run = run_check_step(workspace, tmp_path)
    assert run.code == 1, run.stderr
    annotations = [line.split("::")[1] for line in run.stdout.splitlines() if line.startswith("::")]
    # The abridged GTR beside the application has its two unanswered-question warnings.
    assert annotations == [
        "warning file=docs/gtr.md,line=1,title=applint unanswered-question",
        "warning file=docs/gtr.md,line=10,title=applint unanswered-question",
        f"error file={APPLICATION_PATH},line=10,col=16,title=applint placeholder",
    ]
    assert run.outputs == {
        "files": "6",
        "applications": "1",
        "unreadable": "0",
        "findings": "3",
        "errors": "1",
        "warnings": "2",
        "notices": "0",
        "score": "100",
    }
    assert run.summary.count("## applint") == 1 and "| `placeholder` | error | 1 |" in run.summary


def test_sarif_from_the_same_step_writes_the_summary_once(workspace: Path, tmp_path: Path) -> None:
    run = run_check_step(workspace, tmp_path, sarif="applint.sarif")
    assert run.code == 1, run.stderr
    assert run.summary.count("## applint") == 1
    assert run.outputs["sarif-file"] == "applint.sarif" and run.outputs["findings"] == "3"
    assert list(run.outputs).count("findings") == 1 and len(run.outputs) == 9
    sarif = json.loads((workspace / "applint.sarif").read_text())
    located = [
        (
            result["ruleId"],
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            result["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for result in sarif["runs"][0]["results"]
    ]
    assert located == [
        ("unanswered-question", "docs/gtr.md", 1),
        ("unanswered-question", "docs/gtr.md", 10),
        ("placeholder", APPLICATION_PATH, 10),
    ]


def test_globs_and_excludes_in_the_inputs(workspace: Path, tmp_path: Path) -> None:
    run = run_check_step(workspace, tmp_path, paths="governance/*.md docs/**/*.md", **{"fail-on": "never"})
    assert run.code == 0, run.stderr
    assert (run.outputs["files"], run.outputs["applications"]) == ("3", "1")  # docs/generated/ is ignored
    run = run_check_step(workspace, tmp_path, exclude="governance/ docs/")
    assert run.code == 0, run.stderr
    assert (run.outputs["files"], run.outputs["findings"], run.outputs["score"]) == ("3", "0", "")


def test_an_unreadable_file_fails_the_step_with_exit_2(workspace: Path, tmp_path: Path) -> None:
    (workspace / "governance" / "scan.md").write_bytes(b"%PDF-1.7\n")
    run = run_check_step(workspace, tmp_path, **{"fail-on": "never"})
    assert run.code == 2
    assert "applint: cannot read governance/scan.md: not a text document (a PDF document)" in run.stderr
    assert run.outputs["unreadable"] == "1"


def test_the_action_sets_python_up_and_installs_into_its_own_environment() -> None:
    steps = ACTION["runs"]["steps"]
    assert (
        steps[0]["uses"].startswith("actions/setup-python@")
        and steps[0]["if"] == "inputs.python-version != ''"
    )
    assert "python3 -m venv" in steps[1]["run"] and "GITHUB_PATH" in steps[1]["run"]
    for name in ("findings", "errors", "score", "sarif-file"):
        assert ACTION["outputs"][name]["value"] == f"${{{{ steps.check.outputs.{name} }}}}"


def test_the_readme_workflows_use_only_declared_inputs() -> None:
    readme = (ROOT / "README.md").read_text()
    workflows = [
        yaml.safe_load(block) for block in re.findall(r"```yaml\n(# \.github/workflows/.*?)```", readme, re.S)
    ]
    assert len(workflows) >= 2
    uses = [
        step
        for workflow in workflows
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if step.get("uses", "").startswith("applint/applint@")
    ]
    assert uses and all(set(step.get("with", {})) <= set(ACTION["inputs"]) for step in uses)
    check_steps = [step for step in uses if step.get("with", {}).get("command", "check") == "check"]
    assert (
        len(check_steps) == 1
    )  # one step: annotations, job summary and SARIF (a second would repeat the summary)
    assert all(
        not step.get("uses", "").startswith("actions/setup-python")
        for w in workflows
        for j in w["jobs"].values()
        for step in j["steps"]
    )
