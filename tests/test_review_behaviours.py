"""What a reviewer sees beyond rule, severity and line: one finding per problem with its facets in
JSON and SARIF, messages that say where, how each criterion was matched, and files that are no
application left alone."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_text
from tests.conftest import FIXTURES

GRADUATION = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
ROADMAP = "- [x] **Roadmap change process is documented.**"
ROADMAP_EVIDENCE = (
    "Evidence 34: see [our document 34](https://github.com/examplo/community/blob/main/doc34.md), "
    "reviewed by the maintainers in meeting number 34."
)


def _unticked_and_empty() -> str:
    return GRADUATION.replace(ROADMAP, ROADMAP.replace("[x]", "[ ]"), 1).replace(
        ROADMAP_EVIDENCE, "<!-- (Project assertion goes here) -->", 1
    )


def test_an_unticked_empty_criterion_is_one_finding_with_its_facets_in_json_and_sarif(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "app.md"
    path.write_text(_unticked_and_empty(), encoding="utf-8")
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", str(path)]).stdout)
    # (The readiness attestation at line 2, ticked above an unticked Required criterion, is its own problem.)
    found = [(f["rule"], f["line"]) for f in data["files"][0]["findings"]]
    assert found == [("contradictory-assertion", 2), ("unchecked-criterion", 199)]
    (finding,) = [f for f in data["files"][0]["findings"] if f["line"] == 199]
    assert (finding["rule"], finding["line"]) == ("unchecked-criterion", 199)
    assert [also["rule"] for also in finding["details"]["also"]] == ["criterion-without-evidence"]
    assert "(also: nothing is written under it)" in finding["message"]
    sarif = json.loads(runner.invoke(cli, ["check", "--format", "sarif", str(path)]).stdout)
    (result,) = [
        r
        for r in sarif["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["region"]["startLine"] == 199
    ]
    assert result["properties"]["also"][0]["rule"] == "criterion-without-evidence"


def test_grouping_keeps_a_different_problem_on_the_same_line() -> None:
    text = _unticked_and_empty().replace(
        ROADMAP.replace("[x]", "[ ]"), "- [ ] **Roadmap change process is documented.** $LINK", 1
    )
    found = [(f.rule, f.line) for f in lint_text(text).findings if f.line == 199]
    assert found == [("unchecked-criterion", 199), ("placeholder", 199)]


def test_a_missing_suggested_section_goes_before_its_required_sibling() -> None:
    start = GRADUATION.index("### Suggested", GRADUATION.index("## Governance and Maintainers"))
    end = GRADUATION.index("### Required", start)
    report = lint_text(GRADUATION[:start] + GRADUATION[end:])
    (finding,) = [f for f in report.findings if f.rule == "missing-section"]
    assert finding.line == 75 and finding.severity.label == "warning"
    assert "before 'Required' (line 75)" in finding.message


def test_an_empty_adoption_list_says_where_the_named_adopters_are() -> None:
    text = GRADUATION.replace("- Acme Corp\n- Globex\n- Initech\n", "", 1)
    (finding,) = [f for f in lint_text(text).findings if f.rule == "adopters"]
    assert finding.line == 24
    assert (
        "list is empty, though the Adopter blocks (lines 292, 296, 300) name 3 organizations"
        in finding.message
    )
    assert "names 0 organizations" not in finding.message


def test_json_says_how_each_criterion_was_matched() -> None:
    reworded = GRADUATION.replace(
        "- [x] **Clear and discoverable project governance documentation.**",
        "- [x] Our governance lives in [GOVERNANCE.md](https://github.com/examplo/community/blob/main/GOVERNANCE.md).",
        1,
    )
    report = lint_text(reworded)
    matches = {c["id"]: c for c in report.detection["criteria"]}
    governance = matches["clear-and-discoverable-project-governance-docume"]
    assert governance["match"] == "reworded" and governance["line"] == 87 and 0 < governance["score"] < 1
    assert {c["match"] for c in matches.values()} == {"exact", "reworded"}
    assert sum(c["match"] == "reworded" for c in matches.values()) == 1
    assert report.completeness is not None and report.completeness["required"]["present"] == 46


def test_files_that_are_not_applications_are_skipped_and_counted(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "# Kelpie\n\nKelpie records network flows.\n\n## Security\n\nSee SECURITY.md, and #12 for history.\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text(
        "# Community meeting 2026-11-03\n\n- TODO: ask about #44\n", encoding="utf-8"
    )
    (tmp_path / "app.md").write_text(GRADUATION, encoding="utf-8")
    result = runner.invoke(cli, ["check", "--jobs", "1", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith(
        "checked 1 application against graduation-v1.6-2026-06-29, 2 other files skipped"
    )
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", str(tmp_path)]).stdout)
    flags = {Path(f["path"]).name: (f["application"], f["findings"]) for f in data["files"]}
    assert flags == {"README.md": (False, []), "app.md": (True, []), "notes.md": (False, [])}


def test_a_titled_application_that_follows_no_template_keeps_its_one_finding_per_problem() -> None:
    """No per-criterion findings; the one unknown-template warning, and the one missing-field
    warning naming the project facts (repository, site, channels, contacts) it gives nowhere."""
    report = lint_text("# Application for Graduation: Kelpie\n\nWe meet every criterion.\n")
    assert [(f.rule, f.line) for f in report.findings] == [("missing-field", 1), ("unknown-template", 1)]


def test_rewordings_pair_by_meaning_and_order_and_leave_the_rest_missing() -> None:
    """Two criteria of Governance › Required reworded, a third deleted, and an item of the author's own
    added: the rewordings are present (ticks and evidence checked), the deleted one alone is missing."""
    text = (
        GRADUATION.replace(
            "- [x] **Clear and discoverable project governance documentation.**",
            "- [x] How the project is governed is written down in [GOVERNANCE.md](https://github.com/examplo/community/blob/main/GOVERNANCE.md).",
            1,
        )
        .replace(
            "- [x] **Governance clearly documents [vendor-neutrality](https://contribute.cncf.io/maintainers/community/vendor-neutrality/) of project direction.**",
            "- [ ] BLOCKED — our governance states the project direction is vendor-neutral.",
            1,
        )
        .replace(
            "- [x] **Governance is up to date with actual project activities, including any meetings, elections, leadership, or approval processes.**\n",
            "- [x] We also publish a yearly community survey.\n",
            1,
        )
    )
    report = lint_text(text)
    matches = {c["id"]: c for c in report.detection["criteria"]}
    assert matches["clear-and-discoverable-project-governance-docume"]["match"] == "reworded"
    # (Close enough to the template's words to match without pairing: "exact", within tolerance.)
    assert matches["governance-clearly-documents-vendor-neutrality-p"]["line"] == 95
    found = [(f.rule, f.line) for f in report.findings if f.line and 80 <= f.line <= 100]
    # The unticked BLOCKED rewording is one unchecked-criterion (its BLOCKED note a facet); the
    # deleted criterion is missing, at the section's heading; the survey item is left alone.
    assert found == [("missing-criterion", 85), ("unchecked-criterion", 95)]
    (unticked,) = [f for f in report.findings if f.rule == "unchecked-criterion" and f.line == 95]
    assert [also["rule"] for also in unticked.details["also"]] == ["todo-marker"]
    missing = [f for f in report.findings if f.rule == "missing-criterion"]
    assert [f.details["criterion"] for f in missing] == ["governance-date-with-actual-project-activities-i"]


def test_facets_gathered_in_several_folds_give_one_also_clause() -> None:
    """Unticked, nothing under it, and a BLOCKED note on its line: three rules, one finding, one clause."""
    text = _unticked_and_empty().replace(
        ROADMAP.replace("[x]", "[ ]"), "- [ ] **BLOCKED —** **Roadmap change process is documented.**", 1
    )
    (finding,) = [f for f in lint_text(text).findings if f.line == 199]
    assert finding.rule == "unchecked-criterion"
    assert [also["rule"] for also in finding.details["also"]] == ["criterion-without-evidence", "todo-marker"]
    assert finding.message.count("(also:") == 1
    assert finding.message.endswith("(also: nothing is written under it; it carries a note to the author)")
