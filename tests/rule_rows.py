"""What a rule test asserts of a text's findings: one rule's findings as (rule, severity, line) rows."""

from __future__ import annotations

from applint.engine import lint_text

Row = tuple[str, str, int | None]


def rule_rows(text: str, rule: str, path: str = "-") -> list[Row]:
    """The findings of ``rule`` on ``text`` (read as the file ``path``; "-" is standard input, read
    as an issue body) as (rule, severity, line) rows, in report order."""
    return [(f.rule, f.severity.label, f.line) for f in lint_text(text, path).findings if f.rule == rule]
