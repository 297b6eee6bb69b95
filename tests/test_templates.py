"""Shipped schemas, user template files, revision detection and template diffs."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_text
from applint.errors import TemplateError
from applint.templates.catalog import builtin_templates, find_template, meta_schema, revisions_of, schemas_dir
from applint.templates.records import Template
from applint.text.normalize import normalize
from tests.conftest import TEMPLATES, shared_files, shared_params

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

SCHEMA_FILES = sorted(schemas_dir().glob("*-v*.json")) + sorted(schemas_dir().glob("dd-*-2*.json"))
# Per kind: the application templates' revisions and the TOC's due-diligence templates' texts.
REVISIONS = {"graduation": 12, "incubation": 9, "dd-graduation": 17, "dd-incubation": 12}


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_every_shipped_schema_is_valid(path: Path) -> None:
    jsonschema.Draft202012Validator(meta_schema()).validate(json.loads(path.read_text()))


def test_every_kept_revision_is_shipped() -> None:
    ids = [t.id for t in builtin_templates()]
    assert len(ids) == sum(REVISIONS.values()) == 50 and len(set(ids)) == 50
    assert {kind: sum(t.kind == kind for t in builtin_templates()) for kind in REVISIONS} == REVISIONS
    assert [t.id for t in builtin_templates() if t.latest] == [
        "graduation-v1.6-2026-06-29",
        "incubation-v1.6-2026-06-29",
        "dd-graduation-2026-06-29-9d4b351a",
        "dd-incubation-2026-06-29",
    ]


def test_criterion_ids_are_stable_across_rewording() -> None:
    old, new = find_template("graduation-v1.6-2024-10-11"), find_template("graduation-v1.6-2025-07-14")
    old_coc = next(c for c in old.criteria if "Code of Conduct" in c.text and "cross-linked" not in c.text)
    new_coc = next(c for c in new.criteria if "Code of Conduct" in c.text and "cross-linked" not in c.text)
    assert old_coc.text != new_coc.text and old_coc.id == new_coc.id


def test_find_template_by_label_and_revision() -> None:
    assert find_template("graduation-v1.6").id == "graduation-v1.6-2026-06-29"
    assert find_template("graduation-v1.5").id == "graduation-v1.5-2024-09-27"
    assert find_template("incubation-v1.6-2025-01-07").id == "incubation-v1.6-2025-01-07"
    with pytest.raises(TemplateError, match="unknown template"):
        find_template("graduation-v9.9")


def test_invalid_user_template_is_exit_2_with_json_path(tmp_path: Path, runner: CliRunner) -> None:
    data = json.loads(SCHEMA_FILES[0].read_text())
    data["sections"][0]["level"] = 9
    bad = tmp_path / "mine.json"
    bad.write_text(json.dumps(data))
    doc = tmp_path / "app.md"
    doc.write_text("# X Graduation Application\n")
    result = runner.invoke(cli, ["check", "--template", str(bad), str(doc)])
    assert result.exit_code == 2
    assert "$.sections[0].level" in result.stderr and "Traceback" not in result.output


def test_valid_user_template_file_is_used(tmp_path: Path) -> None:
    own = tmp_path / "own.json"
    own.write_text(SCHEMA_FILES[0].read_text())
    report = lint_text("# X Incubation Application\n", options=_options(str(own)))
    assert report.template == json.loads(SCHEMA_FILES[0].read_text())["id"]


def _options(template: str):  # type: ignore[no-untyped-def]
    from applint.engine import LintOptions

    return LintOptions(template=template)


@pytest.mark.parametrize("path", shared_params(shared_files(TEMPLATES, "*-v1.*.md")), ids=lambda p: p.name)
def test_two_deleted_criteria_are_exactly_the_missing_ones(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = lint_text(text)
    template = find_template(report.template or "")
    candidates = [c for c in template.criteria if not c.choice and c.sub_items == ()]
    chosen = random.Random(path.name).sample(candidates, 2)
    lines = text.split("\n")
    for criterion in chosen:
        index = next(
            i
            for i, line in enumerate(lines)
            if line.lstrip().startswith(("- [ ]", "[ ]"))
            and normalize(criterion.text) in normalize(_LINK.sub(r"\1", line))
        )
        lines[index] = ""
    mutilated = lint_text("\n".join(lines))
    assert mutilated.template == report.template
    # A criterion that was its section's only content makes the section empty: one empty-section
    # finding, the missing criterion a facet of it.
    grouped = [facet for f in mutilated.findings for facet in f.details.get("also", ())]
    missing = [
        facet["details"]["criterion"]
        for facet in [*({"rule": f.rule, "details": f.details} for f in mutilated.findings), *grouped]
        if facet["rule"] == "missing-criterion"
    ]
    assert sorted(missing) == sorted(c.id for c in chosen)


def kinds_of(rows: list[dict[str, str]], kind: str) -> list[str]:
    return sorted(row["id"] for row in rows if row["document_kind"] == kind)


def test_templates_command_lists_every_revision(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["templates", "--format", "json"])
    rows = json.loads(result.stdout)
    # 50 application and DD revisions, 10 companion (five of them the self-assessment outline's).
    assert result.exit_code == 0 and len(rows) == 60
    assert kinds_of(rows, "security-self-assessment") == [
        "security-self-assessment-2021-06-14",
        "security-self-assessment-2023-01-05",
        "security-self-assessment-2023-09-25",
        "security-self-assessment-2024-01-08",
        "security-self-assessment-2024-06-21",
    ]
    assert {"id", "label", "revision_date", "criteria", "document_kind"} <= set(rows[0])
    kinds = {row["id"]: row["document_kind"] for row in rows}
    assert kinds["graduation-v1.6-2026-06-29"] == "application"
    assert kinds["dd-incubation-2025-08-11"] == kinds["dd-graduation-2025-10-21-906418ea"] == "due-diligence"
    text = runner.invoke(cli, ["templates"]).stdout
    assert "graduation-v1.6-2026-06-29" in text and "latest" in text
    (line,) = [line for line in text.splitlines() if line.startswith("dd-incubation-2026-06-29 ")]
    assert line.split()[1:4] == ["-", "2026-06-29", "56477dd4"] and line.endswith("latest")


def test_template_diff_names_added_removed_reworded(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["template-diff", "graduation-v1.6-2025-07-14", "graduation-v1.6-2025-08-19", "--format", "json"]
    )
    changes = json.loads(result.stdout)["changes"]
    assert [c["change"] for c in changes if c["change"] != "reworded"] == ["removed"]
    assert "TAG provides insight" in changes[-1]["text"]
    text = runner.invoke(cli, ["template-diff", "graduation-v1.6-2026-05-06", "graduation-v1.6"]).stdout
    assert "+ added" in text and "Governance Review with the Project Reviews subproject" in text
    assert runner.invoke(cli, ["template-diff", "nope", "graduation-v1.6"]).exit_code == 2


def test_a_sparse_draft_is_checked_against_its_declared_label() -> None:
    """With almost nothing answered, no revision is favoured for having fewer criteria."""
    for label, expected in (("v1.6", "graduation-v1.6-2026-06-29"), ("v1.5", "graduation-v1.5-2024-09-27")):
        text = f"# Examplo Graduation Application\n{label}\n\n## Governance and Maintainers\n\n### Required\n\nOur governance doc.\n"
        assert lint_text(text).template == expected


def _as_tuple(template: Template) -> tuple[object, ...]:
    return (
        template.id,
        template.kind,
        template.label,
        template.revision_date,
        template.commit,
        template.latest,
        template.placeholders,
        template.guidance,
        template.boilerplate,
        template.sections,  # records: compared field by field, all the way down
    )


@pytest.mark.parametrize("kind", list(REVISIONS))
def test_each_bundle_gives_exactly_the_revisions_its_files_give(kind: str) -> None:
    """A run reads the bundles; the per-revision files are the published form. Regenerate a stale
    bundle with `python -m applint.templates.bundle schemas`."""
    from applint.templates.bundle import revisions_from_files

    from_files = revisions_from_files(schemas_dir(), kind)
    assert len(from_files) == REVISIONS[kind]
    assert [_as_tuple(t) for t in revisions_of(kind)] == [_as_tuple(t) for t in from_files]


def test_the_bundle_table_is_the_bundles_as_generated() -> None:
    """A run reads bundle_table.py, not the bundles' JSON: it must be what the generator makes of
    the shipped bundles. Regenerate it with `python -m applint.templates.bundle schemas`."""
    import marshal

    from applint.templates import bundle_table
    from applint.templates.bundle import bundle_table_path, bundle_table_text

    assert bundle_table_path().read_text(encoding="utf-8") == bundle_table_text(schemas_dir())
    for kind in REVISIONS:
        shipped = json.loads((schemas_dir() / f"{kind}.bundle.json").read_text(encoding="utf-8"))
        assert marshal.loads(bundle_table.BUNDLES[kind]) == shipped


def test_a_kind_missing_from_the_bundle_table_is_read_from_its_json(monkeypatch: pytest.MonkeyPatch) -> None:
    from applint.templates import bundle_table
    from applint.templates.catalog import read_shipped_json, shipped_bundle

    monkeypatch.setattr(bundle_table, "BUNDLES", {"incubation": b"\xff not marshal data"})
    assert shipped_bundle("graduation") == read_shipped_json("graduation.bundle.json")
    assert shipped_bundle("incubation") == read_shipped_json("incubation.bundle.json")


def test_bundle_round_trip_shares_records() -> None:
    from applint.templates.bundle import pack, unpack

    revisions = list(revisions_of("graduation"))
    again = unpack(json.loads(json.dumps(pack(revisions))))
    assert [_as_tuple(t) for t in again] == [_as_tuple(t) for t in revisions]
    criteria = [c for t in again for c in t.criteria]
    assert (
        len({id(c) for c in criteria}) == len(set(criteria)) < len(criteria)
    )  # one record per distinct criterion


def test_the_build_tool_reproduces_every_shipped_schema_and_bundle(tmp_path: Path) -> None:
    """tools/build_schemas.py, run on the published texts (applications and DD templates), writes
    exactly the shipped files: the schemas are generated, never edited by hand."""
    import subprocess
    import sys

    if not TEMPLATES.is_dir() or not (TEMPLATES.parent / "dd-templates").is_dir():
        pytest.skip("../shared/reference (templates and dd-templates) is not present beside the repository")
    tool = Path(__file__).resolve().parents[1] / "tools" / "build_schemas.py"
    subprocess.run(
        [sys.executable, str(tool), str(TEMPLATES), str(tmp_path)], check=True, capture_output=True
    )
    built = {path.name: path.read_bytes() for path in tmp_path.glob("*.json")}
    shipped = {
        path.name: path.read_bytes()
        for path in schemas_dir().glob("*.json")
        if path.name
        not in ("template.schema.json", "config.schema.json", "companion.schema.json", "topics.schema.json")
    }
    assert sorted(built) == sorted(shipped)
    assert [name for name in built if built[name] != shipped[name]] == []


def test_dd_templates_are_found_by_id_and_kind_and_diffed(runner: CliRunner) -> None:
    assert find_template("dd-graduation").id == "dd-graduation-2026-06-29-9d4b351a"
    assert find_template("dd-incubation").id == "dd-incubation-2026-06-29"
    dd = find_template("dd-incubation-2025-10-21-906418ea")
    assert dd.due_diligence and dd.label == "" and not find_template("incubation-v1.6").due_diligence
    result = runner.invoke(
        cli, ["template-diff", "dd-incubation-2025-10-21-4717f40e", "dd-incubation-2025-10-21-906418ea"]
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        "+ added     [Governance and Maintainers › Suggested] Complete a Governance Review with the Project Reviews subproject"
    ]
    # A DD criterion keeps the id of the same criterion in the application template.
    application = {c.text: c.id for c in find_template("incubation-v1.6-2025-08-19").criteria}
    assert all(
        application.get(c.text, c.id) == c.id for c in find_template("dd-incubation-2025-08-11").criteria
    )
    with pytest.raises(TemplateError, match="dd-graduation"):
        find_template("dd-nothing")


def test_the_meta_schema_takes_dd_kinds_but_still_rejects_a_bad_label() -> None:
    data = json.loads((schemas_dir() / "dd-graduation-2024-02-26.json").read_text())
    validator = jsonschema.Draft202012Validator(meta_schema())
    assert data["kind"] == "dd-graduation" and data["label"] == "" and not list(validator.iter_errors(data))
    assert "[has/has not]" in data["placeholders"] and "$TOCMEMBER" in data["placeholders"]
    assert list(validator.iter_errors({**data, "label": "1.6"}))
    assert list(validator.iter_errors({**data, "kind": "dd-sandbox"}))


def test_the_bundle_table_holds_what_the_published_texts_give() -> None:
    """A run reads the field labels, template links and empty-bullet headings from the bundle
    table; they must be what the shipped texts give."""
    from applint.templates.published import (
        EMPTY_BULLET_HEADINGS,
        FIELD_LABELS,
        TEMPLATE_LINKS,
        published_sets,
        published_sets_of,
        published_texts,
    )

    computed = published_sets_of(published_texts(str(schemas_dir())))
    assert {name: frozenset(values) for name, values in computed.items()} == published_sets()
    assert "adoption assertion" in published_sets()[EMPTY_BULLET_HEADINGS]
    assert "project site" in published_sets()[FIELD_LABELS]
    assert "https://sandbox.cncf.io" in published_sets()[TEMPLATE_LINKS]


@pytest.mark.parametrize("stored", [None, b"\xff not marshal data"])
def test_published_sets_without_a_readable_table_entry_come_from_the_texts(
    monkeypatch: pytest.MonkeyPatch, stored: bytes | None
) -> None:
    from applint.templates import bundle_table
    from applint.templates.published import published_sets, published_sets_of, published_texts

    computed = published_sets_of(published_texts(str(schemas_dir())))
    if stored is None:
        monkeypatch.delattr(bundle_table, "PUBLISHED")
    else:
        monkeypatch.setattr(bundle_table, "PUBLISHED", stored)
    published_sets.cache_clear()
    try:
        assert published_sets() == {name: frozenset(values) for name, values in computed.items()}
    finally:
        published_sets.cache_clear()
