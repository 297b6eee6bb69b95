"""The reader is chosen by content, not by suffix alone; an unreadable file is reported once;
the size limit named is the README's; and the command line's polish (fix/upgrade tallies, the
pointer after findings, explain in plain text). All through the command line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.rules import RULES
from tests.conftest import EXAMPLES, FIXTURES
from tests.repository import APPLICATION, COMPLETE

NOT_TEXT = "applint reads Markdown, DOCX and plain text"


def _json(runner: CliRunner, *args: str, input: str | None = None) -> dict[str, object]:
    result = runner.invoke(cli, ["check", "--format", "json", *args], input=input)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _findings(file: object) -> list[tuple[str, str, int | None, int | None]]:
    assert isinstance(file, dict)
    return [(f["rule"], f["severity"], f["line"], f["paragraph"]) for f in file["findings"]]


def test_a_docx_saved_as_md_is_read_as_docx(tmp_path: Path, runner: CliRunner) -> None:
    disguised = tmp_path / "application.md"
    shutil.copy(FIXTURES / "docx" / "sample-incubation.docx", disguised)
    real = FIXTURES / "docx" / "sample-incubation.docx"
    (disguised_file,) = _json(runner, str(disguised))["files"]  # type: ignore[misc]
    (real_file,) = _json(runner, str(real))["files"]  # type: ignore[misc]
    assert disguised_file["format"] == "docx" and disguised_file["template"] == real_file["template"]
    assert _findings(disguised_file) == _findings(real_file)
    assert ("placeholder", "error", None, 13) in _findings(disguised_file)


BINARIES = {
    "report.pdf.md": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    "logo.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    "applint.txt": (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64, "an ELF executable"),
    "data.md": (b"SQLite format 3\x00" + b"\x01" * 100, "a binary file: it holds NUL bytes"),
}


@pytest.mark.parametrize("name", list(BINARIES))
def test_a_binary_is_not_a_text_document(name: str, tmp_path: Path, runner: CliRunner) -> None:
    data, what = BINARIES[name]
    binary = tmp_path / name
    binary.write_bytes(data)
    good = tmp_path / "good.md"
    good.write_text(COMPLETE)
    result = runner.invoke(cli, ["check", str(binary), str(good)])
    assert result.exit_code == 2
    assert result.stderr == f"applint: cannot read {binary}: not a text document ({what}); {NOT_TEXT}\n"
    assert "UTF-8" not in result.output and str(binary) not in result.stdout
    assert f"{good}: required 46/46 present" in result.stdout  # the other file is still checked


def test_a_markdown_issue_body_saved_as_txt_is_read_as_markdown(tmp_path: Path, runner: CliRunner) -> None:
    body = APPLICATION
    saved = tmp_path / "issue-body.txt"
    saved.write_text(body)
    (as_txt,) = _json(runner, str(saved))["files"]  # type: ignore[misc]
    (piped,) = _json(runner, "-", input=body)["files"]  # type: ignore[misc]
    assert as_txt["format"] == piped["format"] == "markdown"
    assert _findings(as_txt) == _findings(piped) == [("placeholder", "error", 10, None)]


def test_a_plain_text_export_named_txt_stays_plain_text(tmp_path: Path, runner: CliRunner) -> None:
    """An export keeps dashes and numbers in its prose but no headings or task lists."""
    lines = [re.sub(r"^(#+ | *- \[[ x]\] )", "", line).replace("**", "") for line in APPLICATION.splitlines()]
    export = tmp_path / "export.txt"
    export.write_text("\n".join(lines) + "\n- one dash item\n1. a numbered line\n")
    (file,) = _json(runner, str(export))["files"]  # type: ignore[misc]
    assert file["format"] == "text"


def test_the_kubevirt_export_stays_plain_text(runner: CliRunner) -> None:
    export = EXAMPLES / "kubevirt-graduation-application.txt"
    if not export.is_file():
        pytest.skip("../shared/examples is not present")
    (file,) = _json(runner, str(export))["files"]  # type: ignore[misc]
    assert file["format"] == "text"


@pytest.mark.parametrize(
    ("name", "head", "size_mib", "limit"),
    [
        ("big.md", b"# Title\n", 5, "4 MiB limit for markdown input"),
        ("huge.md", b"# Title\n", 21, "4 MiB limit for markdown input"),  # past every limit: still its own
        ("huge.txt", b"Title\n", 21, "4 MiB limit for text input"),
        ("huge.docx", b"PK\x03\x04", 21, "20 MiB limit for docx input"),
    ],
)
def test_the_size_limit_named_is_the_formats(
    name: str, head: bytes, size_mib: int, limit: str, tmp_path: Path, runner: CliRunner
) -> None:
    path = tmp_path / name
    path.write_bytes(head + b"a" * (size_mib * 1024 * 1024))
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"applint: cannot read {path}: file is larger than the {limit}\n"


def test_triage_json_for_an_unreadable_file(tmp_path: Path, runner: CliRunner) -> None:
    pdf = tmp_path / "application.md"
    pdf.write_bytes(b"%PDF-1.4\n")
    result = runner.invoke(cli, ["triage", "--format", "json", str(pdf)])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert (data["path"], data["verdict"], data["items"]) == (str(pdf), None, [])
    assert data["error"] == f"not a text document (a PDF document); {NOT_TEXT}"
    assert result.stderr == f"applint: cannot triage {pdf}: {data['error']}\n"
    checked = runner.invoke(cli, ["check", "--format", "json", str(pdf)])
    assert checked.exit_code == 2 and json.loads(checked.stdout)["files"][0]["path"] == str(pdf)


# --- the command line's polish ----------------------------------------------------------------


def test_fix_and_upgrade_say_when_a_file_is_unchanged(tmp_path: Path, runner: CliRunner) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text(COMPLETE)
    for command in (["fix"], ["fix", "--check"], ["upgrade"], ["upgrade", "--check"], ["upgrade", "--diff"]):
        result = runner.invoke(cli, [*command, str(clean)])
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", "1 file unchanged\n"), command
    draft = tmp_path / "draft.md"
    draft.write_text(COMPLETE.replace("\nv1.6\n", "\n", 1))
    check = runner.invoke(cli, ["fix", "--check", str(draft), str(clean)])
    assert check.exit_code == 1 and check.stderr == "1 file would change, 1 file unchanged\n"
    fixed = runner.invoke(cli, ["fix", str(clean), str(draft)])
    assert fixed.exit_code == 0 and fixed.stderr == "1 file changed, 1 file unchanged\n"
    assert fixed.stdout.startswith(f"{draft}:") and "added the version line" in fixed.stdout


def test_the_pointer_names_the_rules_that_fired_most(tmp_path: Path, runner: CliRunner) -> None:
    """Alphabetically broken-link comes first; the placeholders are what most needs reading about."""
    text = APPLICATION.replace(
        "Evidence 20: see [our document 20](https", "Evidence 20: see [our document 20](#"
    )
    for number in (9, 10):
        text = text.replace(f"(https://github.com/examplo/community/blob/main/doc{number}.md)", "($URL)")
    path = tmp_path / "app.md"
    path.write_text(text)
    result = runner.invoke(cli, ["check", str(path)])
    found = [line.split(": ")[1].split()[:2] for line in result.stdout.splitlines()[:-2]]
    assert found == [["error", "placeholder"]] * 3 + [["error", "broken-link"]]
    assert result.stdout.splitlines()[-1] == (
        "most findings: placeholder ×3, broken-link ×1; "
        "what a rule checks and how to fix it: applint explain placeholder"
    )


def test_explain_prints_plain_text_and_suggests_the_nearest_rule(runner: CliRunner) -> None:
    for rule in RULES:
        shown = runner.invoke(cli, ["explain", rule.id])
        assert shown.exit_code == 0 and shown.stdout.startswith(f"{rule.id}:")
        assert "``" not in shown.stdout, rule.id
    placeholder = runner.invoke(cli, ["explain", "placeholder"]).stdout
    assert "Why: $PROJECT, $URL, $COMPANY/$INDUSTRY, MONTH YEAR" in placeholder
    typo = runner.invoke(cli, ["explain", "missing-criterium"])
    assert typo.exit_code == 2
    assert typo.stderr == (
        "applint: error: unknown rule 'missing-criterium' (did you mean 'missing-criterion' or 'missing-field'? see 'applint rules')\n"
    )
    far = runner.invoke(cli, ["explain", "zzz"])
    assert (far.exit_code, far.stderr) == (2, "applint: error: unknown rule 'zzz' (see 'applint rules')\n")
