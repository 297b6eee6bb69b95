"""Paragraphs written into a clean incubation application's Additional Information (line 278):
the contradiction tests write two statements there (lines 278 and 280) and read every finding."""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]

# Additional Information, line 278: its paragraph, which the cases replace.
ADDITIONAL = "Examplo joined the CNCF Sandbox in January 2023 and has shipped twelve releases since."


def lint(*paragraphs: str) -> Found:
    """Every finding (rule, severity, line, column) of the application with the paragraphs
    written at line 278, one blank line apart."""
    text = apply_edits(INC, [(ADDITIONAL, "\n\n".join(paragraphs))])
    return [(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, "case.md").findings]


def messages(*paragraphs: str) -> list[str]:
    """Every finding's message, for the same text as ``lint``."""
    text = apply_edits(INC, [(ADDITIONAL, "\n\n".join(paragraphs))])
    return [f.message for f in lint_text(text, "case.md").findings]
