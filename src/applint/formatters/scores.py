"""Completeness scores as short text, shared by the text and summary formats."""

from __future__ import annotations

from typing import Any


def tally_text(tally: dict[str, Any]) -> str:
    """'40/43 present, 38 ticked, 35 with evidence' (ticked left out where the format has no boxes)."""
    parts = [f"{tally['present']}/{tally['total']} present"]
    if tally["ticked"] is not None:
        parts.append(f"{tally['ticked']} ticked")
    parts.append(f"{tally['evidenced']} with evidence")
    return ", ".join(parts)


def score_line(completeness: dict[str, Any]) -> str:
    """'required 40/43 present, 38 ticked, 35 with evidence; suggested 3/6 present, …'."""
    return (
        f"required {tally_text(completeness['required'])}; suggested {tally_text(completeness['suggested'])}"
    )


def cell(tally: dict[str, Any]) -> str:
    """'38/43' (ticked of total where checkboxes exist, present of total otherwise) for a table."""
    if tally["total"] == 0:
        return "–"
    done = tally["ticked"] if tally["ticked"] is not None else tally["present"]
    return f"{done}/{tally['total']} ({tally['evidenced']} with evidence)"
