"""SARIF, GitHub annotations, the Markdown summary, config files and inline suppressions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import mistune
import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.config import load_config
from applint.engine import lint_text
from applint.errors import ConfigError
from applint.formatters.github_format import escape_data, escape_property
from applint.rules import RULES
from tests.conftest import EXAMPLES, FIXTURES, SHARED, shared_files, shared_params

COMPLETE = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
SARIF_SCHEMA = SHARED / "reference" / "sarif" / "sarif-schema-2.1.0.json"


def _broken(tmp_path: Path, name: str = "broken.md") -> Path:
    path = tmp_path / name
    path.write_text(COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL"))
    return path


# --- SARIF -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    shared_params(
        shared_files(EXAMPLES, "*.md") + shared_files(EXAMPLES, "*.docx") + shared_files(EXAMPLES, "*.txt")
    ),
    ids=lambda p: p.name,
)
def test_sarif_from_the_examples_validates_against_the_official_schema(path: Path, runner: CliRunner) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("the official SARIF schema in ../shared/reference/sarif is not present")
    result = runner.invoke(cli, ["check", "--format", "sarif", str(path)])
    assert result.exit_code in (0, 1)
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "applint" and driver["version"] and driver["informationUri"]
    assert [rule["id"] for rule in driver["rules"]] == [rule.id for rule in RULES]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    for result_ in run["results"]:
        location = result_["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] and not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1
        assert result_["partialFingerprints"]["applintFinding/v1"]
        assert result_["level"] in ("error", "warning", "note")
        assert driver["rules"][result_["ruleIndex"]]["id"] == result_["ruleId"]


def test_sarif_fingerprints_survive_unrelated_lines_moving(runner: CliRunner, tmp_path: Path) -> None:
    first = _broken(tmp_path, "a.md")
    moved = tmp_path / "b.md"
    moved.write_text("\n\n\n" + first.read_text())
    a = json.loads(runner.invoke(cli, ["check", "--format", "sarif", str(first)]).stdout)["runs"][0][
        "results"
    ]
    b = json.loads(runner.invoke(cli, ["check", "--format", "sarif", str(moved)]).stdout)["runs"][0][
        "results"
    ]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in (a[0], b[0])] == [10, 13]
    assert a[0]["partialFingerprints"] == b[0]["partialFingerprints"]


def test_sarif_docx_uses_paragraph_as_start_line_and_names_it() -> None:
    from applint.engine import lint_path
    from applint.formatters.sarif_format import render
    from applint.results.report import Report

    report = lint_path(str(FIXTURES / "docx" / "sample-incubation.docx"))
    sarif = json.loads(render(Report((report,))))
    placeholder = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "placeholder")
    assert placeholder["locations"][0]["physicalLocation"]["region"] == {"startLine": 13}
    assert placeholder["message"]["text"].startswith("¶13: ")


# --- GitHub Actions --------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"


def test_github_format_lines(runner: CliRunner, tmp_path: Path) -> None:
    weird = tmp_path / "we,ird:name.md"
    weird.write_text(COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL"))
    result = runner.invoke(cli, ["check", "--format", "github", str(weird)])
    first = result.stdout.splitlines()[0]
    escaped_path = escape_property(str(weird))
    assert first.startswith(
        f"::error file={escaped_path},line=10,col=16,title=applint placeholder::template placeholder '$URL'"
    )
    assert "%2C" in escaped_path and "%3A" in escaped_path


def test_github_format_is_automatic_in_actions_and_writes_the_step_summary(
    runner: CliRunner, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = runner.invoke(cli, ["check", str(_broken(tmp_path))], env=env)
    assert result.exit_code == 1 and result.stdout.startswith("::error file=")
    text = summary.read_text()
    assert "## applint" in text and "| `placeholder` | error | 1 |" in text


def test_summary_format_is_a_valid_markdown_table(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["check", "--format", "summary", str(_broken(tmp_path))])
    tokens = mistune.create_markdown(renderer=None, plugins=["table"])(result.stdout)
    tables = [t for t in tokens if t["type"] == "table"]
    assert len(tables) == 3  # completeness, findings by rule, first findings
    heads = [[cell["children"][0]["raw"] for cell in table["children"][0]["children"]] for table in tables]
    assert heads[0] == ["section", "required", "suggested", "errors", "warnings", "info"]
    assert heads[1] == ["rule", "severity", "findings"]
    rows = tables[0]["children"][1]["children"]
    assert len(rows) == 9  # eight areas of graduation v1.6 and the total
    assert all(len(row["children"]) == 6 for row in rows)


# --- pre-commit ------------------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists(),
    reason="pre-commit is not installed",
)
def test_real_pre_commit_run(tmp_path: Path) -> None:
    repo_root = Path(__file__).resolve().parents[1]
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    work = tmp_path / "work"
    work.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@e",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e",
    }
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo_root, capture_output=True, text=True, check=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "src", "schemas", "pyproject.toml", ".pre-commit-hooks.yaml"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if dirty:
        pytest.skip(
            "the checkout has uncommitted changes to the package; pre-commit installs the committed revision"
        )
    subprocess.run(["git", "init", "-q"], cwd=work, check=True, env=env)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo_root}\n  rev: {head}\n  hooks:\n  - id: applint\n"
    )
    (work / "good.md").write_text(COMPLETE)
    subprocess.run(["git", "add", "."], cwd=work, check=True, env=env)
    good = subprocess.run(
        [pre_commit, "run", "--all-files"], cwd=work, capture_output=True, text=True, env=env, timeout=600
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "applint" in good.stdout and "Passed" in good.stdout
    (work / "bad.md").write_text(COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL"))
    subprocess.run(["git", "add", "."], cwd=work, check=True, env=env)
    bad = subprocess.run(
        [pre_commit, "run", "--all-files"], cwd=work, capture_output=True, text=True, env=env, timeout=600
    )
    assert bad.returncode == 1
    assert "Failed" in bad.stdout and "bad.md:10:16: error placeholder" in bad.stdout
    # The fixing hook: a run that changes a file fails (pre-commit's rule); the next one passes.
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo_root}\n  rev: {head}\n  hooks:\n  - id: applint-fix\n"
    )
    (work / "bad.md").unlink()
    (work / "draft.md").write_text(COMPLETE.replace("\nv1.6\n", "\n", 1))
    subprocess.run(["git", "add", "-A"], cwd=work, check=True, env=env)
    fixing = subprocess.run(
        [pre_commit, "run", "--all-files"], cwd=work, capture_output=True, text=True, env=env, timeout=600
    )
    assert fixing.returncode == 1, fixing.stdout + fixing.stderr
    assert "draft.md" in fixing.stdout and "added the version line 'v1.6'" in fixing.stdout
    assert "\nv1.6\n" in (work / "draft.md").read_text()
    subprocess.run(["git", "add", "-A"], cwd=work, check=True, env=env)
    again = subprocess.run(
        [pre_commit, "run", "--all-files"], cwd=work, capture_output=True, text=True, env=env, timeout=600
    )
    assert again.returncode == 0, again.stdout + again.stderr


# --- configuration ---------------------------------------------------------------------------


def test_config_precedence_defaults_file_command_line(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / ".git").mkdir()
    assert load_config(start=tmp_path).fail_on == "error"  # defaults
    (tmp_path / "pyproject.toml").write_text(
        '[tool.applint]\nfail-on = "warning"\ntemplate = "graduation-v1.5"\n'
    )
    sub = tmp_path / "docs"
    sub.mkdir()
    from_file = load_config(start=sub)
    assert (from_file.fail_on, from_file.template) == ("warning", "graduation-v1.5")  # file, found walking up
    overridden = load_config(start=sub, overrides={"fail-on": "never", "template": None})
    assert (overridden.fail_on, overridden.template) == ("never", "graduation-v1.5")  # command line wins


@pytest.mark.parametrize(
    "table",
    [
        '[tool.applint]\nfail-on = "warning"\n',
        '[ tool . "applint" ]\nfail-on = "warning"\n',
        '[tool]\napplint = { fail-on = "warning" }\n',
        'tool.applint.fail-on = "warning"\n',
        '[tool.applint.rules.placeholder]\nseverity = "info"\n[tool.applint]\nfail-on = "warning"\n',
    ],
)
def test_every_spelling_of_the_tool_table_is_found(table: str, tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(table + '[project]\nname = "x"\n')
    config = load_config(start=tmp_path)
    assert config.fail_on == "warning" and config.source == str(tmp_path / "pyproject.toml")


def test_a_pyproject_that_only_depends_on_applint_is_not_parsed(tmp_path: Path) -> None:
    """Parsing TOML costs a few ms on every run: a pyproject.toml that mentions applint only as a
    dependency is skipped unread (here it is not even valid TOML, which parsing would report)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\ndependencies = ["applint>=0.1"]\n[broken\n')
    config = load_config(start=tmp_path)
    assert (config.fail_on, config.source) == ("error", None)


def test_applint_toml_and_rule_tables_change_the_run(tmp_path: Path, runner: CliRunner) -> None:
    config = tmp_path / ".applint.toml"
    config.write_text('[rules.placeholder]\nseverity = "info"\n')
    broken = _broken(tmp_path)
    result = runner.invoke(cli, ["check", "--config", str(config), str(broken)])
    assert result.exit_code == 0 and ":10:16: info placeholder" in result.stdout
    config.write_text("[rules.placeholder]\nenabled = false\n")
    result = runner.invoke(cli, ["check", "--config", str(config), str(broken)])
    assert result.exit_code == 0 and "no problems" in result.stdout
    result = runner.invoke(cli, ["check", "--config", str(config), "--fail-on", "never", str(broken)])
    assert result.exit_code == 0


def test_include_and_exclude_globs(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "apps").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "apps" / "a.md").write_text(COMPLETE)
    _broken(tmp_path / "drafts", "b.md")
    config = tmp_path / ".applint.toml"
    config.write_text('exclude = ["drafts/*"]\n')
    result = runner.invoke(cli, ["check", "--config", str(config), str(tmp_path)])
    assert result.exit_code == 0 and "checked 1 file" in result.stdout
    config.write_text('include = ["drafts/*"]\n')
    result = runner.invoke(cli, ["check", "--config", str(config), str(tmp_path)])
    assert result.exit_code == 1 and "b.md:10:16" in result.stdout


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('fial-on = "error"\n', "fial-on: unknown key"),
        ('fail-on = "loud"\n', "fail-on: 'loud' is not one of"),
        ("[rules.placeholdr]\nenabled = false\n", "rules.placeholdr: unknown rule"),
        ('[rules.placeholder]\nseverity = "fatal"\n', "rules.placeholder.severity"),
        ("[rules.placeholder]\nenable = false\n", "rules.placeholder.enable: unknown key"),
        ("fail-on = \n", "invalid TOML"),
    ],
)
def test_bad_config_is_exit_2_with_the_key_path(
    text: str, where: str, tmp_path: Path, runner: CliRunner
) -> None:
    config = tmp_path / ".applint.toml"
    config.write_text(text)
    result = runner.invoke(cli, ["check", "--config", str(config), str(_broken(tmp_path))])
    assert result.exit_code == 2 and where in result.stderr, result.stderr
    with pytest.raises(ConfigError):
        load_config(str(config))


def test_pyproject_key_paths_name_the_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.applint]\nfail_on = "error"\n')
    with pytest.raises(ConfigError, match=r"tool\.applint\.fail_on: unknown key"):
        load_config(str(tmp_path / "pyproject.toml"))


# --- suppressions ----------------------------------------------------------------------------


def _lint(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in lint_text(text).findings]


def _with_site(replacement: str) -> str:
    return COMPLETE.replace("Project Site:  https://examplo.io", replacement)


def test_disable_next_line() -> None:
    text = _with_site(
        "<!-- applint-disable-next-line placeholder -- filled in at release -->\nProject Site:  $URL"
    )
    assert _lint(text) == []


def test_disable_and_enable_range() -> None:
    text = _with_site(
        "<!-- applint-disable placeholder -- TBD -->\nProject Site:  $URL\n<!-- applint-enable -->\nSite2: $URL"
    )
    assert _lint(text) == [("placeholder", "error", 13)]


def test_disable_file_with_several_rules() -> None:
    text = (
        "<!-- applint-disable-file placeholder,unchecked-criterion,contradictory-assertion -- template under review -->\n"
        + _with_site("Project Site:  $URL").replace("- [x] **Clear and", "- [ ] **Clear and")
    )
    assert _lint(text) == []


def test_suppression_without_reason_and_unused_suppression_are_reported() -> None:
    text = _with_site("<!-- applint-disable-next-line placeholder -->\nProject Site:  $URL")
    assert _lint(text) == [("suppression-without-reason", "warning", 10)]
    text = _with_site("<!-- applint-disable-next-line empty-section -- nothing here -->\nProject Site:  $URL")
    assert _lint(text) == [("unused-suppression", "warning", 10), ("placeholder", "error", 11)]


def test_suppression_in_a_docx_paragraph(tmp_path: Path) -> None:
    from applint.engine import lint_path
    from tests.docx_builder import sample_application

    builder = sample_application()
    builder.document.paragraphs[12 - 1].insert_paragraph_before(
        "<!-- applint-disable-file placeholder -- anonymous -->"
    )
    path = builder.save(tmp_path / "s.docx")
    rules = [f.rule for f in lint_path(str(path)).findings]
    assert "placeholder" not in rules and "unused-suppression" not in rules


def test_rule_options_from_config(tmp_path: Path, runner: CliRunner) -> None:
    doc = tmp_path / "app.md"
    doc.write_text(COMPLETE)
    config = tmp_path / ".applint.toml"
    config.write_text("[rules.adopters.options]\nmin-adopters = 5\n")
    result = runner.invoke(cli, ["check", "--config", str(config), str(doc)])
    assert (
        ":24: warning adopters the Adoption Assertion names 3 organizations; graduation needs at least 5"
        in result.stdout
    )
    config.write_text("[rules.adopters.options]\nmin-adoptrs = 5\n")
    result = runner.invoke(cli, ["check", "--config", str(config), str(doc)])
    assert result.exit_code == 2 and "rules.adopters.options.min-adoptrs: unknown option" in result.stderr
    config.write_text('[rules.adopters.options]\nmin-adopters = "five"\n')
    result = runner.invoke(cli, ["check", "--config", str(config), str(doc)])
    assert result.exit_code == 2 and "expected int" in result.stderr


def test_duplicate_content_min_words_option(tmp_path: Path) -> None:
    from applint.engine import LintOptions

    sentence = "Our roadmap lives in the community repository. It is reviewed quarterly."
    text = COMPLETE.replace(
        "Evidence 33: see [our document 33](https://github.com/examplo/community/blob/main/doc33.md), reviewed by the maintainers in meeting number 33.",
        sentence + " See [it](https://x.io/r).",
    ).replace(
        "Evidence 34: see [our document 34](https://github.com/examplo/community/blob/main/doc34.md), reviewed by the maintainers in meeting number 34.",
        sentence + " See [it](https://x.io/r).",
    )
    default = [f.line for f in lint_text(text).findings if f.rule == "duplicate-content"]
    strict = lint_text(text, options=LintOptions(rule_options={"duplicate-content": {"min-words": 40}}))
    assert default == [201] and not [f for f in strict.findings if f.rule == "duplicate-content"]


def test_hook_and_action_definitions() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with pre-commit in the test extras")
    root = Path(__file__).resolve().parents[1]
    (hook, fixing) = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "applint" and hook["language"] == "python" and hook["entry"] == "applint check"
    import re

    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("a.md", "b.markdown", "c.docx", "d.txt"))
    assert not pattern.search("e.py")
    # The fixing hook rewrites Markdown only: DOCX and text would be refused (exit 2).
    assert (
        fixing["id"] == "applint-fix" and fixing["entry"] == "applint fix" and fixing["language"] == "python"
    )
    fix_pattern = re.compile(fixing["files"])
    assert [name for name in ("a.md", "b.markdown", "c.docx", "d.txt") if fix_pattern.search(name)] == [
        "a.md",
        "b.markdown",
    ]
    action = yaml.safe_load((root / "action.yml").read_text())
    assert set(action["inputs"]) >= {"paths", "format", "fail-on", "template"}
    assert action["runs"]["using"] == "composite"
    script = action["runs"]["steps"][-1]["run"]
    assert "applint" in script and "--fail-on" in script
