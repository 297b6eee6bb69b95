"""`applint upgrade`: from every shipped revision to the latest, on the template texts themselves
(as `init` writes them) and on drafts with answers written; what the author wrote survives, the
result is detected as the target revision, and a second run changes nothing."""

from __future__ import annotations

import collections
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_path
from applint.fixing.edits import Move
from applint.fixing.scaffold import scaffold
from applint.fixing.upgrade import plan_upgrade
from applint.matching.mapping import map_document
from applint.readers.markdown import read_markdown
from applint.templates.catalog import application_templates, builtin_templates, latest_of
from applint.templates.diff import diff_templates
from tests.fixing_checks import lines_of, unkept_lines

OLDER = [t for t in application_templates() if not t.latest]
EVIDENCE = "Kelpie answers this in [its docs](https://example.org/{id}), reviewed by the maintainers."


def label_updated(old: str, new: str) -> Callable[[str, str], bool]:
    return lambda line, candidate: line == old and candidate == new


def upgrade(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["upgrade", *args])
    return result.exit_code, result.stdout, result.stderr


def missing_criteria(path: Path, template: str | None = None) -> set[str]:
    from applint.engine import LintOptions

    report = lint_path(str(path), LintOptions(template=template, verbose=True))
    return {str(f.details["criterion"]) for f in report.findings if f.rule == "missing-criterion"}


def drafted(revision_id: str) -> tuple[str, list[str], str]:
    """The revision's text with every third criterion ticked and answered, and one criterion the
    draft leaves out (one the latest revision still has); also the answers and the omitted id."""
    template = next(t for t in builtin_templates() if t.id == revision_id)
    text = scaffold(template, "Kelpie").decode("utf-8")
    document = read_markdown(text, "draft.md")
    mapping = map_document(template, document)
    lines = text.split("\n")
    latest_ids = {c.id for c in latest_of(template.kind).criteria}
    omitted = next(
        c for c in template.criteria if c.id in latest_ids and c.section_id.endswith("security.required")
    )
    answers: list[str] = []
    insert_after: dict[int, str] = {}
    for criterion in template.criteria[::3]:
        if criterion.id == omitted.id:
            continue
        statement = document.blocks[mapping.criteria[criterion.id]]
        lines[statement.line - 1] = lines[statement.line - 1].replace("[ ]", "[x]", 1)
        answer = EVIDENCE.format(id=criterion.id)
        answers.append(answer)
        insert_after[statement.end_line] = answer
    start = document.blocks[mapping.criteria[omitted.id]].line
    gone = range(start, start + 4)  # its statement, a blank line, its comment, a blank line
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number not in gone:
            out.append(line)
        if number in insert_after:
            out.extend(["", insert_after[number]])
    return "\n".join(out), answers, omitted.id


def check_upgrade(path: Path, original: str, old_id: str) -> None:
    old = next(t for t in builtin_templates() if t.id == old_id)
    latest = latest_of(old.kind)
    result = path.read_text(encoding="utf-8")
    report = lint_path(str(path))
    assert report.template == latest.id
    rules = collections.Counter(f.rule for f in report.findings)
    assert not rules["outdated-template"] and not rules["version-mismatch"] and not rules["unknown-template"]
    # The author's lines: all there, in order, except criteria the newer text moved, which travel
    # whole; the version label is the one line rewritten.
    plan = plan_upgrade(read_markdown(original, "draft.md"))
    moved_ids = {c.criterion_id for c in diff_templates(old, latest) if c.kind == "moved"}
    moved_lines: set[int] = set()
    original_lines = lines_of(original)
    for edit in plan:
        if isinstance(edit, Move):
            block = original_lines[edit.first - 1 : edit.last]
            assert any(c.id in moved_ids and c.text[:30] in "\n".join(block) for c in old.criteria)
            assert "\n".join(block) in result  # still together, byte for byte
            moved_lines.update(range(edit.first, edit.last + 1))
    kept = [line for number, line in enumerate(original_lines, start=1) if number not in moved_lines]
    assert unkept_lines(kept, lines_of(result), label_updated(old.label, latest.label)) == []
    relabelled = [latest.label if line == old.label else line for line in original_lines]
    assert not collections.Counter(relabelled) - collections.Counter(lines_of(result))  # moved lines too
    assert upgrade("--check", str(path)) == (0, "", "1 file unchanged\n")


@pytest.mark.parametrize("revision", [t.id for t in OLDER])
def test_upgrade_the_template_itself_to_the_latest(revision: str, tmp_path: Path) -> None:
    template = next(t for t in builtin_templates() if t.id == revision)
    original = scaffold(template, "Kelpie").decode("utf-8")
    path = tmp_path / "app.md"
    path.write_text(original, encoding="utf-8")
    code, out, err = upgrade(str(path))
    assert (code, err) == (0, "1 file changed\n") and out
    check_upgrade(path, original, revision)
    assert missing_criteria(path) == set()


@pytest.mark.parametrize("revision", [t.id for t in OLDER])
def test_upgrade_a_draft_to_the_latest(revision: str, tmp_path: Path) -> None:
    original, answers, omitted = drafted(revision)
    path = tmp_path / "app.md"
    path.write_text(original, encoding="utf-8")
    missed_before = missing_criteria(path, revision)
    assert omitted in missed_before
    assert upgrade(str(path))[0] == 0
    check_upgrade(path, original, revision)
    result = path.read_text(encoding="utf-8")
    assert all(answer in result for answer in answers)
    assert missing_criteria(path) <= missed_before  # nothing newly missing; the omission stays fix's


def test_a_removed_criterion_keeps_its_evidence_under_a_comment(tmp_path: Path) -> None:
    original, _, _ = drafted("graduation-v1.6-2025-07-14")
    lines = original.split("\n")
    at = next(i for i, line in enumerate(lines) if "**TAG provides insight/recommendation" in line)
    statement = lines[at]
    lines[at + 1 : at + 1] = [
        "",
        "The TAG wrote its recommendation in [this issue](https://example.org/tag/42).",
    ]
    path = tmp_path / "app.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, out, _ = upgrade(str(path))
    assert code == 0
    result = path.read_text(encoding="utf-8").split("\n")
    at = result.index(statement)
    assert (
        result[at - 1]
        == "<!-- applint: not in graduation-v1.6-2026-06-29; kept from graduation-v1.6-2025-07-14 -->"
    )
    assert result[at + 2] == "The TAG wrote its recommendation in [this issue](https://example.org/tag/42)."
    assert (
        f'{path}:{at}: marked criterion "TAG provides insight/recommendation of the project in the co" as not in graduation-v1.6-2026-06-29; its evidence is kept'
        in out.splitlines()
    )


def test_moved_criteria_take_the_newer_order_with_their_evidence(tmp_path: Path) -> None:
    original, _, _ = drafted("graduation-v1.6-2025-06-24")
    path = tmp_path / "app.md"
    path.write_text(original, encoding="utf-8")
    code, out, _ = upgrade(str(path))
    assert code == 0 and out.count("moved criterion") == 2
    result = path.read_text(encoding="utf-8")
    order = [
        "Document a complete maintainer lifecycle process",
        "Demonstrate usage of the maintainer lifecycle with outcomes",
        "Document complete list of current maintainers",
        "A number of active maintainers which is appropriate",
    ]
    assert [result.index(text) for text in order] == sorted(result.index(text) for text in order)


def test_check_and_diff_write_nothing(tmp_path: Path) -> None:
    original = scaffold(OLDER[0], "Kelpie")
    path = tmp_path / "app.md"
    path.write_bytes(original)
    code, out, _ = upgrade("--check", str(path))
    assert code == 1 and out.startswith(f"--- a/{path}\n+++ b/{path}\n") and "\n-v1.5\n+v1.6\n" in out
    assert upgrade("--diff", str(path)) == (0, out, "1 file would change\n")
    assert path.read_bytes() == original


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--to", "graduation-v1.6-2024-10-08"],
            "graduation-v1.6-2024-10-08 is older than graduation-v1.6-2025-07-14, which the draft follows; upgrade only goes forward",
        ),
        (
            ["--to", "incubation-v1.6"],
            "incubation-v1.6-2026-06-29 is for incubation applications; the draft is a graduation application",
        ),
    ],
)
def test_impossible_targets_are_one_line_and_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_bytes(
        scaffold(next(t for t in builtin_templates() if t.id == "graduation-v1.6-2025-07-14"), "Kelpie")
    )
    code, out, err = upgrade(*args, str(path))
    assert (code, out, err) == (2, "", f"applint: {path}: {message}\n")


def test_already_on_the_target_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_bytes(scaffold(latest_of("incubation"), "Kelpie"))
    assert upgrade("--check", str(path)) == (0, "", "1 file unchanged\n")


FREE_FORM_GRADUATION = """# Kelpie Graduation Application

Kelpie was open-sourced in May 2019 and joined the CNCF in March 2020. The project has grown
significantly over time.

The following application links to the required information to become a graduated project.

## Kelpie fulfills all the incubating and graduation criteria:

### Document that it is being used successfully in production by at least three independent end users which, in the TOC's judgement, are of adequate quality and scope.

* Known end users include: Acme, Globex, Initech and Umbrella. Many of these logos are listed
  [here](https://kelpie.example/adopters).

### Have a healthy number of committers. A committer is defined as someone with the commit bit; i.e., someone who can accept contributions to some or all of the project.

See the current list of [Kelpie owners](https://github.com/kelpie/kelpie/blob/main/OWNERS.md),
who are also committers. Currently, we have 11.

### Demonstrate a substantial ongoing flow of commits and merged contributions.

https://github.com/kelpie/kelpie/graphs/contributors

### Have committers from at least two organizations.

We currently have [11 committers](https://github.com/kelpie/kelpie/blob/main/OWNERS.md) from
5 organizations.

### Have achieved and maintained a Core Infrastructure Initiative Best Practices Badge.

https://bestpractices.coreinfrastructure.org/en/projects/9999

### Adopt the CNCF Code of Conduct.

https://github.com/kelpie/kelpie/blob/main/CODE_OF_CONDUCT.md

### Explicitly define a project governance and committer process. This preferably is laid out in a GOVERNANCE.md file and references an OWNERS.md file showing the current and emeritus committers.

https://github.com/kelpie/kelpie/blob/main/GOVERNANCE.md

### Have a public list of project adopters for at least the primary repo (e.g., ADOPTERS.md or logos on the project website).

See https://kelpie.example/.
"""


def test_a_free_form_proposal_is_left_as_written(tmp_path: Path) -> None:
    # An application written before the templates, in the proposal shape: upgrade has no
    # template revision of the author's to move from, so it must not insert the newest
    # revision's sections (the triage box, a version line) into the author's text.
    path = tmp_path / "kelpie-graduation-proposal.md"
    path.write_text(FREE_FORM_GRADUATION, encoding="utf-8")
    assert upgrade(str(path)) == (0, "", "1 file unchanged\n")
    assert path.read_text(encoding="utf-8") == FREE_FORM_GRADUATION
    report = lint_path(str(path))
    assert [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == "unknown-template"] == [
        ("unknown-template", "warning", 1)
    ]
