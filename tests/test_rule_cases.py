"""Rule cases as data (fixtures/rules/cases.json): every finding, with rule, severity, line and column."""

from __future__ import annotations

import json

import pytest

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

CASES = json.loads((FIXTURES / "rules" / "cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["name"])
def test_rule_case(case: dict) -> None:  # type: ignore[type-arg]
    text = apply_edits((FIXTURES / case["base"]).read_text(encoding="utf-8"), case["edits"])
    report = lint_text(text, "case.md")
    got = [[f.rule, f.severity.label, f.line, f.column] for f in report.findings]
    assert got == case["expect"], [f.message for f in report.findings]
