"""End-to-end over the real documents in ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_path
from applint.findings import Finding
from applint.templates.catalog import builtin_templates
from tests.conftest import EXAMPLES, TEMPLATES, example_kinds, shared_files, shared_params

# The companion documents' kinds as the examples' README names them, and as applint names them.
COMPANION_KINDS = {
    "gtr": "general-technical-review",
    "governance review": "governance-review",
    "security self-assessment": "security-self-assessment",
}
ALL_INPUTS = (
    shared_files(EXAMPLES, "*.md")
    + shared_files(EXAMPLES, "*.txt")
    + shared_files(EXAMPLES, "*.docx")
    + shared_files(TEMPLATES, "*-v1.*.md")
)
_TOKEN = r"(?:\$[A-Z][A-Z0-9_]*\b|\bMONTH YEAR\b|\bDD-MMM-YYYY\b|\bYYYYMMDD\b)"
# One finding per placeholder, a slash-joined pair such as `$COMPANY/$INDUSTRY` counting as one.
PLACEHOLDER = re.compile(rf"{_TOKEN}(?:\s*/\s*{_TOKEN})*")


def found(findings: tuple[Finding, ...], rule: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.severity.label, f.line, f.column) for f in findings if f.rule == rule]


@pytest.mark.parametrize("path", shared_params(ALL_INPUTS), ids=lambda p: p.name)
def test_every_shared_file_lints_with_valid_json_and_lines_inside(path: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert data["version"] == 1
    (file,) = data["files"]
    # What the file is comes from the examples' README: applications, proposals and DD documents
    # are checked against a template; the companion documents (GTR, governance review,
    # self-assessment) are no applications, checked against their own template, and these finished
    # ones have nothing left to do; the README itself is skipped: no template, no findings.
    # The reference templates are applications.
    kind = example_kinds().get(path.name, "application" if path.parent == TEMPLATES else "unknown")
    if kind in ("application", "proposal", "dd"):
        assert file["application"] is True and file["template"] is not None
        assert file["document_kind"] == ("due-diligence" if kind == "dd" else "application")
    elif kind in COMPANION_KINDS:
        assert file["application"] is False and file["document_kind"] == COMPANION_KINDS[kind]
        assert file["template"].startswith(file["document_kind"].replace("general-technical-review", "gtr"))
        # (Copacetic's GTR names its ladder and maintainers files and links neither: one info; and
        # answers the compliance question with a bare "N/A" where the template asks for a reason, and
        # its resource requirements with no figure, line 123; it cites Dependabot, Snyk and CodeQL as its
        # tooling and links none of them: one info.
        # cert-manager's self-assessment keeps the template's outline text in six HTML comments beside
        # its answers: one info, at the first; its Security Issue Resolution (line 240) has no
        # Incident Response, the one part of the outline it leaves out.)
        expected = {
            "copacetic": [
                ("evidence-without-link", "info", 17),
                ("unanswered-question", "warning", 115),
                ("unanswered-question", "info", 123),
                ("evidence-without-link", "info", 214),
            ],
            "cert-manager-security": [("template-guidance", "info", 47), ("missing-section", "warning", 240)],
        }
        assert [(f["rule"], f["severity"], f["line"]) for f in file["findings"]] == next(
            (rows for prefix, rows in expected.items() if path.name.startswith(prefix)), []
        )
    elif path.name == "README.md":
        assert file["application"] is False and file["template"] is None and file["findings"] == []
    if kind not in COMPANION_KINDS:
        assert (file["template"] is None) == (file["application"] is False)
    size = len(path.read_bytes().decode("utf-8-sig").splitlines()) if path.suffix != ".docx" else None
    for finding in file["findings"]:
        assert finding["severity"] in ("error", "warning", "info")
        position = finding["line"] if path.suffix != ".docx" else finding["paragraph"]
        assert position is not None and position >= 1
        if size is not None:
            assert position <= size


@pytest.mark.parametrize("path", shared_params(shared_files(TEMPLATES, "*-v1.*.md")), ids=lambda p: p.name)
def test_each_template_file_is_its_own_revision_with_nothing_missing(path: Path) -> None:
    report = lint_path(str(path))
    kind, label, date = re.match(r"(\w+)-(v1\.\d)-(\d{4}-\d{2}-\d{2}|latest)", path.name).groups()  # type: ignore[union-attr]
    expected = [t for t in builtin_templates() if t.kind == kind and t.label == label]
    expected_id = expected[-1].id if date == "latest" else f"{kind}-{label}-{date}"
    assert report.template == expected_id
    assert not found(report.findings, "missing-section")
    assert not found(report.findings, "missing-criterion")
    text = path.read_text(encoding="utf-8")
    # Front matter included: its `title: "[Graduation] $PROJECT …"` becomes the filed issue's title.
    # One finding per line, at its first placeholder; an Adopter block (heading, guidance,
    # `MONTH YEAR`) is one finding at its heading.
    lines = text.splitlines()
    in_adopter_blocks = {
        number + offset
        for number, line in enumerate(lines, start=1)
        if line.startswith("##### Adopter")
        for offset in range(1, 4)
    }
    expected_placeholders = [
        (number, match.start() + 1)
        for number, line in enumerate(lines, start=1)
        if (match := PLACEHOLDER.search(line)) and number not in in_adopter_blocks
    ]
    assert [
        (line, column) for _, line, column in found(report.findings, "placeholder")
    ] == expected_placeholders
    template = next(t for t in builtin_templates() if t.id == expected_id)
    required = [
        c for c in template.criteria if c.required and c.completed_by != "toc"
    ]  # the TOC ticks its own
    choice_groups = {c.choice for c in template.criteria if c.choice}  # one finding per unticked group
    assert len(found(report.findings, "unchecked-criterion")) == len(required) + len(choice_groups)


def test_in_toto(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "in-toto-graduation-unversioned.md"))
    # The two Code of Conduct criteria listed one under the other (136-137) share the evaluation
    # after them (139); "A number of active maintainers …" (103) over the maintainer lifecycle
    # criterion (105) is another subject, so the evaluation at 107 is the lifecycle's alone and 103,
    # ticked, has none.
    assert found(report.findings, "criterion-without-evidence") == [
        ("warning", 83, None),
        ("error", 103, None),
        ("warning", 132, None),
        ("warning", 181, None),
    ]
    placeholders = found(report.findings, "placeholder")
    # The Adopter block still the template's (320-323): one finding at its heading, naming its
    # guidance (322) and `MONTH YEAR` (323); `$COMPANY/$INDUSTRY` is one placeholder.
    assert ("error", 320, 19) in placeholders and ("error", 323, 1) not in placeholders
    (block,) = [f for f in report.findings if f.rule == "placeholder" and f.line == 320]
    assert [(a["rule"], a["message"].split(";")[0]) for a in block.details["also"]] == [
        (
            "template-instructions",
            'template guidance "If the Adopting organization needs to remain anonymous…" left in',
        ),
        ("placeholder", "template placeholder 'MONTH YEAR' left in"),
    ]
    assert not found(report.findings, "template-instructions")
    # A DD document: "### Criteria" (36) is empty in the DD template itself; the application's
    # "### Adoption Assertion" (34) left in with nothing under it stands where the missing Adoption
    # Evaluation belongs: one problem, told once, at the missing section, naming the empty heading.
    assert report.template == "dd-graduation-2024-03-12"
    assert not found(report.findings, "empty-section")
    (missing,) = [f for f in report.findings if f.rule == "missing-section"]
    assert (missing.severity.label, missing.line) == ("warning", 30)
    assert missing.message.endswith(
        "(also: the empty 'Adoption Assertion' heading at line 34 may be meant for it)"
    )
    # A DD template has no version line: no advice to add one, nor to upgrade the template.
    assert not found(report.findings, "unknown-template") and not found(report.findings, "outdated-template")


def test_wasmcloud(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "wasmcloud-incubation-unversioned-tocdd.md"))
    copies = [f for f in report.findings if f.rule == "duplicate-content" and "first_copy" in f.details]
    duplicates = [(f.line, f.details["first_copy"]) for f in copies]
    # Two paragraphs pasted in a row (182 and 184, copies of 156 and 158) are one paste: one finding.
    assert duplicates == [(182, 156)]
    (pasted,) = copies
    # "linked from from the front page" (156) and "is linked from from their site" (164): a word
    # written twice, info at the word; not again in the copy of 156 at 182 (the copy's finding has it).
    doubled = [f for f in report.findings if f.rule == "duplicate-content" and "first_copy" not in f.details]
    assert [(f.severity.label, f.line, f.column) for f in doubled] == [("info", 156, 143), ("info", 164, 63)]
    assert [(p["line"], p["original"]) for p in pasted.details["pairs"]] == [(182, 156), (184, 158)]
    tokens = {
        token for f in report.findings if f.rule == "placeholder" for token in f.details["placeholders"]
    }
    assert {"$PROJECT", "$TOCMEMBER", "$LEVEL", "$LINK", "DD-MMM-YYYY"} <= tokens
    text = (EXAMPLES / "wasmcloud-incubation-unversioned-tocdd.md").read_text(encoding="utf-8")
    # The template's empty "[Incubation application issue]()" (line 3) is one broken-link finding.
    assert ("error", 3, 11) in found(report.findings, "broken-link")
    assert ("error", 3, 11) not in found(report.findings, "placeholder")
    # One finding per line with a placeholder, but one per unfilled Adopter block (286-289, 291-294,
    # 296-299: the heading's finding names the `MONTH YEAR` below it).
    assert (
        len(found(report.findings, "placeholder"))
        == sum(1 for line in text.splitlines() if PLACEHOLDER.search(line)) - 3
    )
    assert [f.line for f in report.findings if f.rule == "placeholder" and "also" in f.details] == [
        286,
        291,
        296,
    ]


def test_ocm(shared: Path) -> None:
    """The 40 invisible `<!-- (Project assertion goes here) -->` comments left beside written answers
    are no finding (they do not render); the three-fold WORK IN PROGRESS banner is one."""
    path = EXAMPLES / "ocm-incubation-v1.6.md"
    report = lint_path(str(path))
    assert report.template is not None and report.template.startswith("incubation-v1.6")
    comment_lines = [
        n
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if "(Project assertion goes here)" in line
    ]
    assert len(comment_lines) == 40
    assert not found(report.findings, "template-instructions")
    assert not found(report.findings, "criterion-without-evidence")
    assert found(report.findings, "todo-marker") == [("warning", 1, 1)]


def test_kubevirt_text_export(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "kubevirt-graduation-application.txt"))
    (whole,) = [f for f in report.findings if f.rule == "duplicate-content"]
    assert (whole.line, whole.details["first_copy"]) == (164, 1) and "repeats itself" in whole.message
    # Each unfilled Adopter block is one finding at its heading (its guidance and `MONTH YEAR`
    # folded in); the second copy's (289-297) are not reported again but counted by the copy.
    placeholder_lines = sorted({f.line for f in report.findings if f.rule == "placeholder"})
    assert placeholder_lines == [155, 158, 161]
    assert not [f for f in report.findings if f.rule == "template-instructions"]
    empty = [f.line for f in report.findings if f.rule == "empty-section"]
    assert {12, 121} <= set(empty) and not {175, 266} & set(empty)
    assert whole.message.endswith(
        "(the copy also holds 2 empty sections, 3 introductions whose lists never come, 4 bare issue "
        "references and 3 blocks still the template's, as the first copy does)"
    )
    assert {(a["rule"], a["details"].get("placeholder")) for a in whole.details["also"]} >= {
        ("placeholder", "$COMPANY/$INDUSTRY")
    }
    (mismatch,) = [f for f in report.findings if f.rule == "version-mismatch"]
    assert mismatch.line == 2 and "v1.5" in mismatch.message
    grouped = [f for f in report.findings if f.rule == "missing-criterion" and "criteria" in f.details]
    assert grouped and all(len(f.details["criteria"]) >= 3 for f in grouped)
    assert len([f for f in report.findings if f.rule == "unchecked-criterion"]) == 1


def test_flux_is_an_unknown_template_without_a_wall_of_errors(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "flux-graduation-pre-v1.5.md"))
    rules = [f.rule for f in report.findings]
    assert rules.count("unknown-template") == 1
    assert "missing-criterion" not in rules and "missing-section" not in rules
    (unknown,) = [f for f in report.findings if f.rule == "unknown-template"]
    assert unknown.severity.label == "warning" and "does not follow" in unknown.message


@pytest.mark.parametrize("name", ["in-toto-graduation-unversioned", "ocm-incubation-v1.6"])
@pytest.mark.parametrize("writer", ["pandoc", "lo"])
def test_docx_gives_the_markdown_rule_ids(name: str, writer: str, shared: Path) -> None:
    markdown = lint_path(str(EXAMPLES / f"{name}.md"))
    docx = lint_path(str(EXAMPLES / f"{name}.{writer}.docx"))
    assert docx.template == markdown.template
    assert all(f.paragraph is not None and f.line is None for f in docx.findings)
    expected = {f.rule for f in markdown.findings}
    # What the writers drop: HTML comments (so template-instructions for comments and the
    # near-copy of two URL-only lines); LibreOffice also drops task-list checkboxes. The Markdown's
    # own rendering slips (OCM's three paragraphs typed on consecutive lines, which render as one)
    # are no slips in a DOCX: the writer made the one paragraph Markdown renders.
    dropped = {"template-instructions", "malformed-markdown"} if name.startswith("ocm") else set()
    if writer == "lo":
        # in-toto is a DD document: what its unticked boxes say (verdicts, a summary that contradicts
        # them, sub-boxes) cannot be read without the boxes.
        dropped |= (
            {"contradictory-assertion", "unmet-criteria", "sub-checkbox"}
            if name.startswith("in-toto")
            else set()
        )
    assert expected - dropped <= {f.rule for f in docx.findings} | dropped


def test_kubevirt_verbose_lists_each_missing_criterion(shared: Path) -> None:
    from applint.engine import LintOptions

    path = str(EXAMPLES / "kubevirt-graduation-application.txt")
    grouped = lint_path(path)
    verbose = lint_path(path, LintOptions(verbose=True))
    total = sum(
        len(f.details.get("criteria", [None])) for f in grouped.findings if f.rule == "missing-criterion"
    )
    singles = [f for f in verbose.findings if f.rule == "missing-criterion"]
    assert len(singles) == total and all("criterion" in f.details for f in singles)


def test_kubevirt_evidence_rules(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "kubevirt-graduation-application.txt"))
    dangling = sorted(f.line for f in report.findings if f.rule == "dangling-intro")
    # 36 and 71 (again at 185 and 220 in the copy, which counts them); 287: the second copy's
    # "…with the following projects:" lost its list (the first copy, 141, keeps it), so it is a
    # problem of the copy's own and stays. 41 ends with ':' right before a heading too.
    assert set(dangling) == {36, 41, 71, 287}
    unlinked = [f for f in report.findings if f.rule == "evidence-without-link"]
    assert unlinked and all(f.severity.label == "warning" for f in unlinked)
    assert report.completeness is not None
    assert report.completeness["required"]["ticked"] is None  # a text export has no checkboxes
    # The unfilled `Adopter 1 - $COMPANY/$INDUSTRY` blocks are placeholder findings, once each (155, 158,
    # 161), not a second adopters finding on the same line.
    assert [f.line for f in report.findings if f.rule == "adopters"] == []
    assert {155, 158, 161} == {f.line for f in report.findings if f.rule == "placeholder"}


def test_kubevirt_summary_table_parses_back(shared: Path, runner: CliRunner) -> None:
    import mistune

    result = runner.invoke(
        cli, ["check", "--format", "summary", str(EXAMPLES / "kubevirt-graduation-application.txt")]
    )
    tokens = mistune.create_markdown(renderer=None, plugins=["table"])(result.stdout)
    (score, *_) = [t for t in tokens if t["type"] == "table"]
    rows = score["children"][1]["children"]
    titles = ["".join(child.get("raw", "") for child in row["children"][0]["children"]) for row in rows]
    assert "Governance and Maintainers" in titles and "Security" in titles


def test_flux_prose_todo_is_not_a_marker(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "flux-graduation-pre-v1.5.md"))
    assert not [f for f in report.findings if f.rule == "todo-marker"]


@pytest.mark.parametrize("path", shared_params(shared_files(TEMPLATES, "*-v1.*.md")), ids=lambda p: p.name)
def test_template_boilerplate_raises_no_content_findings(path: Path) -> None:
    """The template's own text, repeated in every application, is never noise."""
    report = lint_path(str(path))
    quiet_rules = {
        "todo-marker",
        "dangling-intro",
        "duplicate-content",
        "bare-reference",
        "contradictory-assertion",
    }
    assert not [(f.rule, f.line) for f in report.findings if f.rule in quiet_rules]


def test_an_older_revision_is_told_what_the_latest_changes(shared: Path) -> None:
    report = lint_path(str(TEMPLATES / "graduation-v1.6-2025-01-07-0edd0678.md"))
    (outdated,) = [f for f in report.findings if f.rule == "outdated-template"]
    assert outdated.severity.label == "info" and outdated.line == 12  # the version line
    assert "graduation-v1.6-2026-06-29" in outdated.message and "Due Diligence Review" in outdated.message
    kinds = {change["change"] for change in outdated.details["changes"]}
    assert {"added", "removed"} <= kinds
    v15 = lint_path(str(TEMPLATES / "graduation-v1.5-2024-09-27-bd24d8cf.md"))
    (older_label,) = [f for f in v15.findings if f.rule == "outdated-template"]
    assert older_label.severity.label == "warning"
