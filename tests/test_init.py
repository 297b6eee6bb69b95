"""`applint init`: the chosen revision's text exactly, `$PROJECT` filled in, and a result that
`applint check` holds to nothing but the author's own work."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.fixing.layout import text_path
from applint.templates.catalog import application_templates, builtin_templates, schemas_dir
from tests.conftest import TEMPLATES, require_shared

REVISIONS = [t.id for t in application_templates()]
STRUCTURAL = {
    "missing-section",
    "missing-criterion",
    "unknown-template",
    "version-mismatch",
    "outdated-template",
}
# What an author still has to write in a fresh application.
AUTHOR_WORK = {
    "placeholder",
    "template-instructions",
    "unchecked-criterion",
    "criterion-without-evidence",
    "unanswered-suggested",
    "empty-section",
    "adopters",
}


def _reference(revision_id: str) -> Path:
    """The published text in ../shared a revision was built from (its file name ends in the commit)."""
    kind, label, date = revision_id.split("-", 2)
    template = next(t for t in builtin_templates() if t.id == revision_id)
    stem = "latest" if template.latest else date
    return TEMPLATES / f"{kind}-{label}-{stem}-{template.commit[:8]}.md"


def _lint(path: Path, *options: str) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *options, str(path)])
    data: dict[str, object] = json.loads(result.output)["files"][0]
    return data


def test_every_shipped_revision_ships_its_published_text() -> None:
    require_shared()
    texts = sorted(p.stem for p in (schemas_dir() / "text").glob("*.md"))
    assert texts == sorted(REVISIONS)
    for revision in REVISIONS:
        assert Path(text_path(revision)).read_bytes() == _reference(revision).read_bytes(), revision


@pytest.mark.parametrize("revision", REVISIONS)
def test_init_writes_the_template_with_the_project_name(revision: str, tmp_path: Path) -> None:
    require_shared()
    kind = revision.split("-")[0]
    out = tmp_path / "app.md"
    result = CliRunner().invoke(
        cli, ["init", "--kind", kind, "--project", "Kelpie", "--template", revision, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    expected = _reference(revision).read_bytes().replace(b"$PROJECT", b"Kelpie")
    assert out.read_bytes() == expected
    assert b"$PROJECT" not in out.read_bytes()

    # Detected by content as the revision it was written from; nothing structural against it.
    detected = _lint(out)
    assert detected["template"] == revision
    rules = collections.Counter(f["rule"] for f in detected["findings"])  # type: ignore[attr-defined]
    assert set(rules) <= AUTHOR_WORK | {"outdated-template"}, rules
    # An older revision chosen on purpose is still reported as older than the latest, once.
    latest = next(t for t in builtin_templates() if t.id == revision).latest
    assert rules["outdated-template"] == (0 if latest else 1)
    forced = _lint(out, "--template", revision)
    forced_rules = {f["rule"] for f in forced["findings"]}  # type: ignore[attr-defined]
    assert forced_rules <= AUTHOR_WORK and not forced_rules & STRUCTURAL, forced_rules
    assert {"placeholder", "unchecked-criterion"} <= forced_rules
    # An unticked criterion with nothing under it is one finding: the missing evidence is its facet.
    facets = {also["rule"] for f in forced["findings"] for also in f["details"].get("also", ())}  # type: ignore[attr-defined]
    assert "criterion-without-evidence" in facets


def test_init_defaults_to_the_latest_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["init", "--kind", "incubation", "--project", "Kelpie"])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "incubation-application.md").read_bytes()
    assert written == Path(text_path("incubation-v1.6-2026-06-29")).read_bytes().replace(
        b"$PROJECT", b"Kelpie"
    )
    assert "incubation-v1.6-2026-06-29" in result.output


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "app.md"
    out.write_text("my draft\n", encoding="utf-8")
    args = ["init", "--kind", "graduation", "--project", "Kelpie", "-o", str(out)]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 2
    assert refused.output.strip() == f"applint: error: {out} already exists; pass --force to overwrite it"
    assert out.read_text(encoding="utf-8") == "my draft\n"
    forced = CliRunner().invoke(cli, [*args, "--force"])
    assert forced.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("---\nname: Project Graduation Application")


def test_init_to_standard_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["init", "--kind", "graduation", "--project", "Kelpie", "--template", "graduation-v1.5", "-o", "-"],
    )
    assert result.exit_code == 0
    assert result.output.encode() == Path(text_path("graduation-v1.5-2024-09-27")).read_bytes().replace(
        b"$PROJECT", b"Kelpie"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--template", "incubation-v1.6"],
            "incubation-v1.6-2026-06-29 is for incubation applications, not graduation",
        ),
        (["--template", "graduation-v9"], "unknown template 'graduation-v9'"),
        (["--project", "a$b"], "project name 'a$b' must be one line of text without '$'"),
    ],
)
def test_init_setup_errors_are_one_line_and_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    base = {"--kind": "graduation", "--project": "Kelpie", "-o": str(tmp_path / "a.md")}
    for key, value in zip(args[::2], args[1::2], strict=True):
        base[key] = value
    result = CliRunner().invoke(cli, ["init", *[x for pair in base.items() for x in pair]])
    assert result.exit_code == 2
    assert result.output.startswith(f"applint: error: {message}")
    assert result.output.count("\n") == 1
    assert not (tmp_path / "a.md").exists()
