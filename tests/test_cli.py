"""The command line, driven through click's CliRunner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from applint.cli import cli
from applint.rules import RULES
from tests.conftest import FIXTURES

CLEAN = str(FIXTURES / "apps" / "graduation-v1.6-complete.md")


def _broken(tmp_path: Path) -> Path:
    text = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text()
    path = tmp_path / "broken.md"
    path.write_text(text.replace("Project Site:  https://examplo.io", "Project Site:  $URL"))
    return path


def test_clean_file_prints_only_the_summary(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", CLEAN])
    assert result.exit_code == 0
    assert result.stdout == (
        "checked 1 file against graduation-v1.6-2026-06-29: no problems; "
        "required 46/46 present, 46 ticked, 46 with evidence; suggested 6/6 present, 6 ticked, 6 with evidence\n"
    )
    quiet = runner.invoke(cli, ["check", "--quiet", CLEAN])
    assert quiet.exit_code == 0 and quiet.stdout == ""


def test_findings_in_text_format_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    broken = _broken(tmp_path)
    result = runner.invoke(cli, ["check", str(broken)])
    assert result.exit_code == 1
    first, summary, hint = result.stdout.splitlines()
    assert (
        hint
        == "most findings: placeholder ×1; what a rule checks and how to fix it: applint explain placeholder"
    )
    assert first.startswith(f"{broken}:10:16: error placeholder template placeholder '$URL'")
    assert summary.startswith(
        "checked 1 file against graduation-v1.6-2026-06-29: 1 error; required 46/46 present"
    )


def test_fail_on_thresholds(runner: CliRunner, tmp_path: Path) -> None:
    broken = str(_broken(tmp_path))
    assert runner.invoke(cli, ["check", "--fail-on", "never", broken]).exit_code == 0
    text = (
        (FIXTURES / "apps" / "graduation-v1.6-complete.md")
        .read_text()
        .replace("- [x] **Clear and", "- [ ] **Clear and")
        # A ticked readiness attestation over an unticked Required criterion is an error of its own.
        .replace("[x] I have reviewed", "[ ] I have reviewed")
    )
    warn = tmp_path / "warn.md"
    warn.write_text(text)
    assert runner.invoke(cli, ["check", str(warn)]).exit_code == 0
    assert runner.invoke(cli, ["check", "--fail-on", "warning", str(warn)]).exit_code == 1


def test_json_shape(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["check", "--format", "json", str(_broken(tmp_path))])
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["tool"]["name"] == "applint"
    (file,) = data["files"]
    assert file["template"] == "graduation-v1.6-2026-06-29"
    assert file["detection"]["runner_up"]["template"]
    (finding,) = file["findings"]
    assert {k: finding[k] for k in ("rule", "severity", "line", "column", "paragraph")} == {
        "rule": "placeholder",
        "severity": "error",
        "line": 10,
        "column": 16,
        "paragraph": None,
    }
    assert finding["section"] is None and "message" in finding


def test_stdin_is_read_with_dash(runner: CliRunner) -> None:
    text = Path(CLEAN).read_text().replace("Project Site:  https://examplo.io", "Project Site:  $URL")
    result = runner.invoke(cli, ["check", "-"], input=text)
    assert result.exit_code == 1 and result.stdout.startswith("-:10:16: error placeholder")


def test_missing_file_is_exit_2_and_other_files_still_checked(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["check", str(tmp_path / "nope.md"), str(_broken(tmp_path))])
    assert result.exit_code == 2
    assert f"cannot read {tmp_path / 'nope.md'}: no such file" in result.stderr
    assert "placeholder" in result.stdout and "Traceback" not in result.output


def test_invalid_utf8_is_a_parse_error(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.md"
    bad.write_bytes("# Caf\xe9 Graduation Application\n".encode("latin-1"))
    result = runner.invoke(cli, ["check", str(bad)])
    assert result.exit_code == 2
    # Reported once: one line on standard error, not again among the findings on standard output.
    assert (
        result.stderr
        == f"applint: cannot read {bad}: not UTF-8 text (byte 0xe9 at offset 5); save it as UTF-8\n"
    )
    assert "not UTF-8" not in result.stdout and result.stdout == "checked 1 file: 1 error\n"


def test_directories_recurse_over_markdown(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(Path(CLEAN).read_text())
    (tmp_path / "notes.txt").write_text("not an application")
    result = runner.invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 0 and "checked 1 file" in result.stdout


def test_unknown_template_option_is_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "--template", "graduation-v7", CLEAN])
    assert result.exit_code == 2 and "unknown template 'graduation-v7'" in result.stderr


def test_rules_lists_every_rule_and_explain_prints_its_doc(runner: CliRunner) -> None:
    listing = runner.invoke(cli, ["rules"]).stdout.splitlines()
    assert [line.split()[0] for line in listing] == [rule.id for rule in RULES]
    for rule in RULES:
        assert rule.doc.startswith(f"{rule.id}:"), rule.id
        assert "Why" in rule.doc or "Fails" in rule.doc
    explained = runner.invoke(cli, ["explain", "placeholder"])
    assert explained.exit_code == 0 and "MONTH YEAR" in explained.stdout
    assert runner.invoke(cli, ["explain", "nope"]).exit_code == 2


def test_version_does_not_import_the_engine() -> None:
    code = "import sys; from applint.cli import cli; print('mistune' in sys.modules, 'docx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def test_markdown_run_imports_neither_docx_nor_jsonschema() -> None:
    code = (
        "import sys; from applint import lint_path; "
        f"lint_path({CLEAN!r}); print('docx' in sys.modules, 'jsonschema' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def test_a_check_of_markdown_imports_no_json() -> None:
    """A text check reads its template bundles from the bundle table (no JSON parsed), and its
    output needs no json: importing json and parsing the bundles was ~10 M instructions a run."""
    code = (
        "import sys; from applint.cli import cli\n"
        f"try: cli(['check', {CLEAN!r}])\n"
        "except SystemExit: print('json' in sys.modules, 'applint.templates.bundle_table' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False True"


def test_docx_run_imports_neither_python_docx_nor_jsonschema() -> None:
    sample = str(FIXTURES / "docx" / "sample-incubation.docx")
    code = (
        "import sys; from applint import lint_path; "
        f"report = lint_path({sample!r}); assert not report.input_error; "
        "print('docx' in sys.modules, 'jsonschema' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "applint", "check", CLEAN], capture_output=True, text=True)
    assert result.returncode == 0 and "no problems" in result.stdout


# Buffered output, as on most machines (PYTHONUNBUFFERED would hide a missing flush before the end).
BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


def test_the_console_run_ends_with_the_commands_status_and_all_its_output(tmp_path: Path) -> None:
    """main() ends the process itself (no interpreter teardown): the status and every line survive."""
    broken = _broken(tmp_path)
    expected = CliRunner().invoke(cli, ["check", str(broken), "--format", "json"])
    result = subprocess.run(
        [sys.executable, "-m", "applint", "check", str(broken), "--format", "json"],
        capture_output=True,
        text=True,
        env=BUFFERED,
    )
    assert result.returncode == expected.exit_code == 1
    assert result.stdout == expected.stdout and json.loads(result.stdout)
    missing = subprocess.run(
        [sys.executable, "-m", "applint", "check", str(tmp_path / "gone.md"), CLEAN],
        capture_output=True,
        text=True,
        env=BUFFERED,
    )
    assert missing.returncode == 2
    assert missing.stderr == f"applint: cannot read {tmp_path / 'gone.md'}: no such file\n"
    # The unreadable file is that one line on stderr: no finding line, no pointer to explain it.
    assert missing.stdout.splitlines()[-1].startswith("checked 2 files") and "gone.md" not in missing.stdout


def test_end_process_takes_what_sys_exit_takes() -> None:
    for code, status, stderr in (("None", 0, ""), ("3", 3, ""), ("'stopped here'", 1, "stopped here\n")):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                f"from applint.cli import end_process; print('out', end=''); end_process({code})",
            ],
            capture_output=True,
            text=True,
            env=BUFFERED,
        )
        assert (result.returncode, result.stdout, result.stderr) == (status, "out", stderr)


def test_a_reader_that_goes_away_gets_status_1_and_no_traceback() -> None:
    """`applint check . --format json | head -1`: the pipe closes before the output is written."""
    run = subprocess.Popen(
        [sys.executable, "-m", "applint", "check", "--format", "json", str(FIXTURES / "corpus")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=BUFFERED,
    )
    assert run.stdout is not None and run.stderr is not None
    run.stdout.close()
    stderr = run.stderr.read().decode()
    assert run.wait() == 1
    assert "Traceback" not in stderr and "Exception ignored" not in stderr


def test_jobs_keep_the_input_order_and_the_output(runner: CliRunner, tmp_path: Path) -> None:
    from applint.batch import lint_paths
    from applint.engine import LintOptions

    text = Path(CLEAN).read_text()
    for number in range(12):
        body = (
            text if number % 3 else text.replace("Project Site:  https://examplo.io", "Project Site:  $URL")
        )
        (tmp_path / f"app-{number:02d}.md").write_text(body)
    serial = lint_paths([str(tmp_path)], LintOptions(), jobs=1)
    parallel = lint_paths([str(tmp_path)], LintOptions(), jobs=2)
    assert [f.path for f in parallel.files] == [f.path for f in serial.files]
    assert [f.findings for f in parallel.files] == [f.findings for f in serial.files]
    one = runner.invoke(cli, ["check", "--jobs", "1", str(tmp_path)])
    two = runner.invoke(cli, ["check", "--jobs", "2", str(tmp_path)])
    assert one.exit_code == two.exit_code == 1 and one.stdout == two.stdout


def test_version(runner: CliRunner) -> None:
    from applint import __version__

    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"applint, version {__version__}"


def test_help_on_every_command_and_the_hint_after_a_usage_error(runner: CliRunner) -> None:
    """applint makes its own -h/--help and --version options (click's ask gettext, which imports
    locale on every run); they must behave as click's."""
    top = runner.invoke(cli, ["--help"], prog_name="applint")
    assert top.exit_code == 0 and top.stdout.startswith("Usage: applint [OPTIONS] COMMAND [ARGS]...")
    assert "  -h, --help  Show this message and exit." in top.stdout
    assert "  --version   Show the version and exit." in top.stdout
    for command in (
        "check",
        "rules",
        "explain",
        "templates",
        "template-diff",
        "triage",
        "fix",
        "init",
        "upgrade",
    ):
        for flag in ("-h", "--help"):
            shown = runner.invoke(cli, [command, flag], prog_name="applint")
            assert shown.exit_code == 0, (command, flag)
            assert shown.stdout.startswith(f"Usage: applint {command} ")
            last = shown.stdout.splitlines()[-1].split()
            assert last == ["-h,", "--help", "Show", "this", "message", "and", "exit."], (command, flag)
    wrong = runner.invoke(cli, ["check", "--bogus"], prog_name="applint")
    assert wrong.exit_code == 2
    assert wrong.stderr.splitlines()[:2] == [
        "Usage: applint check [OPTIONS] PATHS...",
        "Try 'applint check --help' for help.",
    ]


def test_a_check_run_never_imports_locale() -> None:
    code = (
        "import sys; from applint.cli import cli\n"
        f"try: cli(['check', {CLEAN!r}])\n"
        "except SystemExit: print('locale' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"
