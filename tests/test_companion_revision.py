"""A companion document read against an older revision of its template than the one current at
its date (outdated-template): a GTR dated 2026 without the Day 2 Compliance section the 2025-09-30
revision added, with the rule id, severity and line of the finding and the documents that must
stay quiet (written before Compliance existed, or with it)."""

from __future__ import annotations

import os

from applint.engine import lint_text
from applint.templates.catalog import schemas_folder
from tests.rule_rows import rule_rows

_TEMPLATE = os.path.join(schemas_folder(), "companions", "gtr-v1.0-2025-09-30.md")


def _answered_gtr(date: str, compliance: bool = True) -> str:
    """A Kelpie GTR as authors write one: the template's questions kept as bullets, each answered
    on the lines under it, the header filled in, the template's own introduction deleted."""
    with open(_TEMPLATE, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    start = lines.index("# General Technical Review - [Project Name] / [Level]")
    out: list[str] = []
    skipping = False
    for line in lines[start:]:
        if line.startswith("#"):
            skipping = not compliance and line.strip() == "### Compliance"
        if skipping:
            continue
        line = line.replace("[Project Name] / [Level]", "Kelpie / Graduation")
        line = line.replace("- **Project:**", "- **Project:** Kelpie").replace("YYYY-MM-DD", date)
        out.append(line)
        stripped = line.strip()
        if stripped.startswith("* ") and not stripped.endswith(("Hygiene", "Modeling", ":")):
            indent = " " * (len(line) - len(line.lstrip()) + 2)
            out.append(
                f"{indent}Kelpie documents this in [its design notes](https://github.com/kelpie/kelpie/blob/v1.2.0/docs/design.md)."
            )
    return "\n".join(out) + "\n"


def _line_of(text: str, heading: str, after: str) -> int:
    lines = text.splitlines()
    return lines.index(heading, lines.index(after)) + 1


def test_a_gtr_dated_after_compliance_was_added_that_lacks_it() -> None:
    text = _answered_gtr("2026-01-19", compliance=False)
    day2_security = _line_of(text, "### Security", "## Day 2 \\- Day-to-Day Operations Phase")
    assert rule_rows(text, "outdated-template", "gtr.md") == [("outdated-template", "warning", day2_security)]
    (finding,) = [f for f in lint_text(text, "gtr.md").findings if f.rule == "outdated-template"]
    assert "2024-09-27" in finding.message and "2025-09-30" in finding.message
    assert "(2026-01-19)" in finding.message and "Day 2 'Compliance' section" in finding.message
    assert f"before 'Security' (line {day2_security})" in finding.message


def test_a_gtr_written_before_compliance_existed_is_not_outdated() -> None:
    text = _answered_gtr("2025-02-03", compliance=False)
    assert rule_rows(text, "outdated-template", "gtr.md") == []


def test_a_gtr_with_compliance_is_quiet_whatever_its_date() -> None:
    assert rule_rows(_answered_gtr("2026-01-19"), "outdated-template", "gtr.md") == []
    assert rule_rows(_answered_gtr("YYYY-MM-DD"), "outdated-template", "gtr.md") == []


def test_an_undated_gtr_without_compliance_is_told_at_info() -> None:
    text = _answered_gtr("January, whenever", compliance=False)
    day2_security = _line_of(text, "### Security", "## Day 2 \\- Day-to-Day Operations Phase")
    assert rule_rows(text, "outdated-template", "gtr.md") == [("outdated-template", "info", day2_security)]
    (finding,) = [f for f in lint_text(text, "gtr.md").findings if f.rule == "outdated-template"]
    assert "the current one" in finding.message


def test_a_date_written_in_words_counts() -> None:
    text = _answered_gtr("March 2026", compliance=False)
    assert [row[1] for row in rule_rows(text, "outdated-template", "gtr.md")] == ["warning"]
