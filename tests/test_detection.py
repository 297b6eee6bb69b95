"""Revision detection decided by what tells revisions apart, stable under harmless edits; the
advice that follows it (outdated-template, missing-criterion, mixed-revisions); --verbose and the
JSON detection block.

Drafts: the project's fixtures, every shipped template text as it is and filled in, and (when
../shared is present) the real examples.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_text
from applint.findings import Finding
from applint.matching.detection import select_template
from applint.matching.distinguishing import KEPT_MARKER, Decision, decide, features
from applint.model import Document
from applint.readers.markdown import read_markdown
from applint.readers.text import read_text
from applint.templates.catalog import find_template, revisions_of
from applint.templates.records import Template
from tests.conftest import EXAMPLES, FIXTURES, ROOT, shared_files
from tests.harmless_edits import CHECKBOX, EDITS, HEADING, fill_in, harmless_edits

TEXTS = ROOT / "schemas" / "text"


def _read(text: str, name: str) -> Document:
    return read_text(text, name) if name.endswith(".txt") else read_markdown(text, name)


def _filled(revision: str) -> str:
    return fill_in((TEXTS / f"{revision}.md").read_text(encoding="utf-8"), random.Random(revision))


def _drafts() -> list[tuple[str, str]]:
    paths = [
        path
        for folder in ("apps", "corpus", "corpus-holdout", "triage")
        for path in sorted((FIXTURES / folder).glob("*.md"))
        if path.name != "REVIEW.md"
    ]
    paths += shared_files(EXAMPLES, "*.md") + shared_files(EXAMPLES, "*.txt")
    drafts = [(path.name, path.read_text(encoding="utf-8-sig")) for path in paths if path.name != "README.md"]
    for path in sorted(TEXTS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        drafts += [(path.name, text), (f"filled-{path.name}", fill_in(text, random.Random(path.name)))]
    return drafts


DRAFTS = _drafts()


@pytest.mark.parametrize(("name", "text"), DRAFTS, ids=[name for name, _ in DRAFTS])
def test_harmless_edits_never_change_the_revision(name: str, text: str) -> None:
    chosen = select_template(_read(text, name)).template.id
    edits = harmless_edits(text, seeds=2)
    assert edits, "the generator has nothing to edit in this draft"
    flipped = [
        (edit, seed, again)
        for edit, seed, edited in edits
        if (again := select_template(_read(edited, name)).template.id) != chosen
    ]
    assert flipped == [], f"{name}: {chosen} became {flipped}"


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.md")), ids=lambda p: p.name)
def test_each_template_text_filled_in_is_its_own_revision(path: Path) -> None:
    assert select_template(read_markdown(_filled(path.stem), "x.md")).template.id == path.stem


def _docx_without_checkboxes(text: str) -> bytes:
    """A Markdown draft as a Word document that lost its checkboxes: headings styled, each
    criterion a bold paragraph with no box, links reduced to their text, comments gone."""
    from tests.docx_builder import DocxBuilder

    builder = DocxBuilder()
    for line in text.split("\n"):
        stripped = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip())
        if not stripped or stripped.startswith(("<!--", "---")):
            continue
        if heading := HEADING.match(stripped):
            builder.heading(heading.group("title"), len(heading.group("hashes")))
        elif box := CHECKBOX.match(stripped):
            builder.criterion(box.group("rest").replace("**", ""), checked=None)
        else:
            builder.paragraph(stripped)
    return builder.to_bytes()


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.md")), ids=lambda p: p.name)
def test_a_docx_that_lost_its_checkboxes_keeps_its_revision(path: Path) -> None:
    from applint.readers.docx import read_docx

    document = read_docx(_docx_without_checkboxes(_filled(path.stem)), "x.docx")
    assert select_template(document).template.id == path.stem


def test_every_edit_changes_what_it_says_and_only_that() -> None:
    text = (TEXTS / "graduation-v1.6-2025-08-19.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    for name, edit in EDITS.items():
        first, again = edit(text, random.Random(1)), edit(text, random.Random(1))
        assert first is not None and first != text and first == again, name  # applies, deterministic
    reworded = EDITS["reword-criterion"](text, random.Random(3))
    assert reworded is not None
    changed = [n for n, (a, b) in enumerate(zip(lines, reworded.split("\n"), strict=True)) if a != b]
    assert len(changed) == 1 and CHECKBOX.match(lines[changed[0]])
    renamed = EDITS["rename-heading"](text, random.Random(3))
    assert renamed is not None
    changed = [n for n, (a, b) in enumerate(zip(lines, renamed.split("\n"), strict=True)) if a != b]
    assert len(changed) == 1 and HEADING.match(lines[changed[0]])
    unboxed = EDITS["remove-checkboxes"](text, random.Random(3))
    assert unboxed is not None and not [line for line in unboxed.split("\n") if CHECKBOX.match(line)]
    added = EDITS["add-evidence-sentence"](text, random.Random(3))
    assert added is not None and len(added) > len(text)


# --- the decision itself, on the shipped revisions -------------------------------------------


def _decide(revision_texts: list[str]) -> tuple[Template, Decision | None]:
    """The graduation v1.6 revision chosen for a document stating exactly these criteria texts,
    when every revision has the same whole-document score (which then says nothing)."""
    revisions = [t for t in revisions_of("graduation") if t.label == "v1.6"]
    own = {t.id: features(t, ()) for t in revisions}
    return decide(
        [(t, 50.0) for t in revisions],
        own,
        frozenset(revision_texts),
        frozenset(),
        lambda t: (False, t.revision_date, 0),
    )


def test_equal_scores_are_decided_by_the_criteria_that_differ() -> None:
    old = find_template("graduation-v1.6-2025-08-19")
    chosen, decision = _decide([c.text for c in old.criteria])
    assert chosen.id == old.id and decision is not None
    assert decision.decided_by == "distinguishing criteria" and decision.coverage == 1.0
    # What 2025-08-19 has and its runner-up lacks is stated; nothing only the runner-up has is.
    assert decision.chosen.has and not decision.runner_up.has and decision.runner_up.lacks


def test_a_sparse_draft_says_nothing_by_what_it_lacks_label_and_date_decide() -> None:
    old = find_template("graduation-v1.6-2025-08-19")
    latest = find_template("graduation-v1.6-2026-06-29")
    shared = [c.text for c in old.criteria if c.text in {k.text for k in latest.criteria}]
    chosen, decision = _decide(shared[: len(shared) // 3])
    assert chosen.id == latest.id and decision is not None and decision.decided_by == "label and date"


def test_criteria_of_two_revisions_choose_the_newer() -> None:
    old = find_template("graduation-v1.6-2025-08-19")
    texts = [c.text for c in old.criteria] + [
        "Complete a joint security assessment with TAG Security and Compliance"
    ]
    chosen, decision = _decide(texts)
    assert chosen.id == "graduation-v1.6-2026-06-29" and decision is not None and decision.hybrid
    assert "Complete a joint security assessment with TAG Security and Compliance" in decision.chosen.has
    assert decision.runner_up.template_id == old.id and any(
        "or completing" in t for t in decision.runner_up.has
    )


# --- real drafts, and the rules that follow the choice ---------------------------------------


def _unboxed(text: str) -> str:
    """Every checkbox and every bold mark gone: a DOCX that lost its checkboxes, then its styles."""
    return "\n".join(
        (m.group("indent") + m.group("rest").replace("**", "")) if (m := CHECKBOX.match(line)) else line
        for line in text.split("\n")
    )


def test_a_draft_that_lost_its_checkboxes_keeps_the_latest_revision() -> None:
    """h02 (a v1.6 draft answering the five criteria the 2026 revisions added, in its own words)
    lost its checkboxes and bold: its criteria fall below the matching threshold and the
    whole-document scores of five revisions come within 0.06 of each other; the choice was
    2025-08-19 (outdated-template then told the author the latest "adds" them)."""
    text = (FIXTURES / "corpus-holdout" / "h02-quarrystone.md").read_text(encoding="utf-8")
    assert select_template(read_markdown(text, "h02.md")).template.id == "incubation-v1.6-2026-06-29"
    report = lint_text(_unboxed(text), "h02.md")
    assert report.template == "incubation-v1.6-2026-06-29"
    assert report.detection["decision"]["decided_by"] == "label and date"
    assert not [f for f in report.findings if f.rule in ("outdated-template", "mixed-revisions")]


def _rows(findings: tuple[Finding, ...], *rules: str) -> list[tuple[str, str, int | None, object]]:
    """(rule, severity, line, criterion) of each finding of these rules, grouped ones included."""
    rows = [
        (f.rule, f.severity.label, f.line, f.details.get("criterion")) for f in findings if f.rule in rules
    ]
    rows += [
        (also["rule"], also["severity"], f.line, also["details"].get("criterion"))
        for f in findings
        for also in f.details.get("also", ())
        if also["rule"] in rules
    ]
    return sorted(rows, key=repr)


def _line_of(text: str, start: str, after: int = 0) -> int:
    lines = text.split("\n")
    return next(n for n in range(after, len(lines)) if lines[n].startswith(start)) + 1


def _hybrid_incubation() -> str:
    """incubation-v1.6-2025-08-19 filled in, with the latest's joint security assessment added."""
    lines = _filled("incubation-v1.6-2025-08-19").split("\n")
    suggested = _line_of("\n".join(lines), "### Suggested", _line_of("\n".join(lines), "## Security"))
    lines[suggested:suggested] = [
        "",
        "- [x] **Complete a joint security assessment with TAG Security and Compliance**",
        "  - Done with TAG Security and Compliance in May 2026: https://example.org/jsa",
    ]
    return "\n".join(lines)


def test_a_hybrid_is_checked_against_the_newer_and_said_once() -> None:
    text = _hybrid_incubation()
    report = lint_text(text, "hybrid.md")
    assert report.template == "incubation-v1.6-2026-06-29"
    assert report.detection["decision"]["decided_by"] == "hybrid"
    engage = _line_of(text, "- [x] **Engage with the domain specific TAG(s)")
    (mixed,) = [f for f in report.findings if f.rule == "mixed-revisions"]
    assert (mixed.severity.label, mixed.line) == ("info", engage)
    assert "is worded as in incubation-v1.6-2025-08-19" in mixed.message
    assert "incubation-v1.6-2026-06-29 no longer has it" in mixed.message
    assert [(b["line"], b["revision"]) for b in mixed.details["borrowed"]] == [
        (engage, "incubation-v1.6-2025-08-19")
    ]
    assert not [f for f in report.findings if f.rule == "outdated-template"]
    # The latest's criteria the draft really lacks are reported, at their sections' headings.
    app = _line_of(text, "## Application Process Principles")
    governance = _line_of(text, "## Governance and Maintainers")
    assert _rows(report.findings, "missing-criterion") == sorted(
        [
            (
                "missing-criterion",
                "warning",
                _line_of(text, "### Suggested", app),
                "engage-with-domain-specific-tag-present-the-tech",
            ),
            (
                "missing-criterion",
                "error",
                _line_of(text, "### Required", app),
                "complete-general-technical-review-gtr",
            ),
            ("missing-criterion", "error", _line_of(text, "### Required", app), "complete-governance-review"),
            (
                "missing-criterion",
                "warning",
                _line_of(text, "### Suggested", governance),
                "complete-governance-review-with-the-project-revi",
            ),
        ],
        key=repr,
    )


def test_the_same_draft_without_the_addition_stays_on_its_revision() -> None:
    text = _filled("incubation-v1.6-2025-08-19")
    report = lint_text(text, "old.md")
    assert report.template == "incubation-v1.6-2025-08-19"
    assert _rows(report.findings, "missing-criterion", "mixed-revisions") == []
    (outdated,) = [f for f in report.findings if f.rule == "outdated-template"]
    assert (outdated.severity.label, outdated.line) == ("info", _line_of(text, "v1.6"))
    assert (
        '"Complete a joint security assessment' in outdated.message and not outdated.details["already_stated"]
    )


def test_outdated_template_never_says_the_latest_adds_what_the_draft_states() -> None:
    lines = _filled("graduation-v1.5-2024-09-27").split("\n")
    security = _line_of("\n".join(lines), "## Security")
    lines[security:security] = [
        "",
        "- [x] **Complete a joint security assessment with TAG Security and Compliance**",
    ]
    text = "\n".join(lines)
    report = lint_text(text, "v15.md")
    assert report.template == "graduation-v1.5-2024-09-27"
    (outdated,) = [f for f in report.findings if f.rule == "outdated-template"]
    assert (outdated.severity.label, outdated.line) == ("warning", _line_of(text, "v1.5"))
    assert "joint security" not in outdated.message.split("; the document already states")[0]
    assert "already states 1 of its new criteria" in outdated.message
    assert [c["criterion"] for c in outdated.details["already_stated"]] == [
        "complete-joint-security-assessment-with-tag-secu"
    ]
    assert "joint-security" not in json.dumps(outdated.details["changes"])
    (mixed,) = [f for f in report.findings if f.rule == "mixed-revisions"]
    assert (mixed.severity.label, mixed.line) == ("info", security + 2)
    assert (
        "does not have it yet" in mixed.message
        and "applint upgrade --to graduation-v1.6-2026-06-29" in mixed.message
    )


def test_a_draft_in_one_revisions_words_is_no_hybrid() -> None:
    for path in sorted(TEXTS.glob("*.md")):
        report = lint_text(_filled(path.stem), "x.md")
        assert not [f for f in report.findings if f.rule == "mixed-revisions"], path.name
        assert report.detection["borrowed"] == []


def test_criteria_upgrade_kept_on_purpose_are_not_repeated() -> None:
    from applint.fixing.upgrade import MARKER

    assert KEPT_MARKER.match(
        MARKER.format(new="graduation-v1.6-2026-06-29", old="graduation-v1.5-2024-03-04")[5:-4]
    )
    text = _hybrid_incubation()
    engage = _line_of(text, "- [x] **Engage with the domain specific TAG(s)")
    lines = text.split("\n")
    lines.insert(
        engage - 1, MARKER.format(new="incubation-v1.6-2026-06-29", old="incubation-v1.6-2025-08-19")
    )
    report = lint_text("\n".join(lines), "kept.md")
    assert report.template == "incubation-v1.6-2026-06-29"
    assert not [f for f in report.findings if f.rule == "mixed-revisions"]


# --- what a user sees: --verbose and JSON ------------------------------------------------------


def test_verbose_and_json_show_the_two_best_and_what_decided(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "hybrid.md"
    path.write_text(_hybrid_incubation(), encoding="utf-8")
    result = runner.invoke(cli, ["check", "--verbose", str(path)])
    first = result.stdout.split("\n")[0]
    assert re.fullmatch(
        rf"{re.escape(str(path))}: checked against incubation-v1\.6-2026-06-29 \(score [\d.]+\) rather than "
        r"incubation-v1\.6-2025-08-19 \(score [\d.]+\), decided by hybrid: the document states "
        r'"Complete a joint security assessment with TAG Security[^"]*" that only incubation-v1\.6-2026-06-29 has; .*'
        r'states "Engage with the domain specific TAG\(s\) to increase[^"]*" that only '
        r"incubation-v1\.6-2025-08-19 has; .*criteria of both revisions are stated: checked against the newer",
        first,
    ), first
    quiet = runner.invoke(cli, ["check", str(path)]).stdout
    assert f"{path}: checked against" not in quiet
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", "--verbose", str(path)]).stdout)
    decision = data["files"][0]["detection"]["decision"]
    assert decision["decided_by"] == "hybrid"
    assert (decision["chosen"]["template"], decision["runner_up"]["template"]) == (
        "incubation-v1.6-2026-06-29",
        "incubation-v1.6-2025-08-19",
    )
    assert data["files"][0]["detection"]["runner_up"]["template"] == "incubation-v1.6-2025-08-19"
    assert {"score", "evidence", "contains", "lacks"} <= set(decision["chosen"])
    assert (
        "Complete a joint security assessment with TAG Security and Compliance"
        in decision["chosen"]["contains"]
    )
