"""Editing a fixture's text for a test case: each (old, new) pair replaces the first occurrence of
old, which must be there (a test whose edit silently misses would test the unedited text)."""

from __future__ import annotations

from collections.abc import Iterable

from applint.engine import lint_text

Found = set[tuple[str, str, int | None, int | None]]


def apply_edits(text: str, edits: Iterable[tuple[str, str]] | Iterable[list[str]]) -> str:
    """``text`` with each ``old`` replaced by its ``new``, once, in order."""
    for old, new in edits:
        assert old in text, f"edit target not found: {old[:60]}"
        text = text.replace(old, new, 1)
    return text


def findings_of(text: str, path: str = "case.md") -> Found:
    """Every finding of ``text`` as (rule, severity, line, column)."""
    return {(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, path).findings}


def findings_added(base: str, edits: Iterable[tuple[str, str]], path: str = "case.md") -> Found:
    """The findings the edits add to ``base``; asserts they remove none (an edit in place that
    silences something is a finding lost, not a quiet case)."""
    before, after = findings_of(base, path), findings_of(apply_edits(base, edits), path)
    assert before - after == set()
    return after - before


def evidence(number: int) -> str:
    """The complete fixtures' evidence line for criterion number ``number`` (the text an edit
    replaces to write a criterion's evidence otherwise)."""
    return (
        f"Evidence {number}: see [our document {number}](https://github.com/examplo/community/blob/main/"
        f"doc{number}.md), reviewed by the maintainers in meeting number {number}."
    )


def lint(base: str, *edits: tuple[str, str]) -> list[tuple[str, str, int | None, int | None]]:
    """Every finding of ``base`` with the edits made, as (rule, severity, line, column), in report
    order."""
    return [
        (f.rule, f.severity.label, f.line, f.column)
        for f in lint_text(apply_edits(base, edits), "case.md").findings
    ]


def messages(base: str, rule: str, *edits: tuple[str, str]) -> list[str]:
    """The messages of ``rule``'s findings on ``base`` with the edits made, in report order."""
    return [f.message for f in lint_text(apply_edits(base, edits), "case.md").findings if f.rule == rule]
