"""Editing a fixture's text for a test case: each (old, new) pair replaces the first occurrence of
old, which must be there (a test whose edit silently misses would test the unedited text)."""

from __future__ import annotations

from collections.abc import Iterable


def apply_edits(text: str, edits: Iterable[tuple[str, str]] | Iterable[list[str]]) -> str:
    """``text`` with each ``old`` replaced by its ``new``, once, in order."""
    for old, new in edits:
        assert old in text, f"edit target not found: {old[:60]}"
        text = text.replace(old, new, 1)
    return text
