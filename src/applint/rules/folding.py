"""Fold keys: what a rule puts in a finding's details so that the grouping stage
(``results/grouping.py``) reports one problem found several times as one finding, at the first.

``fold`` is the key (findings of one rule with the same key are one problem) and ``fold_note`` the
clause the kept finding's message gains, with ``{where}`` for the other places ("also at lines
100-101 of this paragraph").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from applint.model import Document

# The passages one finding stands for when the same thing recurs in them (Document.passage_of). Not
# a table: each row is a record of its own (an adopter, a link), as each field line is.
PASSAGES = ("paragraph", "list")
# Words before a colon that make a line a field of its own ("Project Site: $URL").
FIELD_WORDS = 4


def passage_fold(document: Document, line: int, names: Iterable[str]) -> dict[str, Any]:
    """The same things (placeholders, references) again in one paragraph or list are one problem:
    "[project]" on lines 99, 100 and 101 of one paragraph is one finding. A field line ("Project
    Repo(s): $URL" over "Project Site: $URL") is a value of its own, never folded."""
    if is_field(document.source_lines[line - 1]):
        return {}
    kind, first, _ = document.passage_of(line)
    if kind not in PASSAGES:
        return {}
    return {
        "fold": f"{first}:{'/'.join(sorted(set(names)))}",
        "fold_note": f"also at {{where}} of this {kind}",
    }


def everywhere_fold(key: str) -> dict[str, Any]:
    """The same thing anywhere in the document is one problem (a broken link used five times)."""
    return {"fold": key, "fold_note": "also at {where}"}


def is_field(line: str) -> bool:
    """Whether a line is a short label, a colon and a short value ("Project Site: $URL", "- **Website:**
    $URL"), not a sentence that happens to open with a label ("Remediation merged: PR #5, which …")."""
    head, colon, value = line.strip().lstrip("-*+> ").replace("*", "").replace("_", "").partition(":")
    return bool(colon) and 0 < len(head.split()) <= FIELD_WORDS and len(value.split()) <= FIELD_WORDS
