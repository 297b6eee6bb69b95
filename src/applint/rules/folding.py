"""Fold keys: what a rule puts in a finding's details so that the grouping stage
(``results/grouping.py``) reports one problem found several times as one finding, at the first.

``fold`` is the key (findings of one rule with the same key are one problem) and ``fold_note`` the
clause the kept finding's message gains, with ``{where}`` for the other places ("also at lines
100-101 of this paragraph").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from applint.findings import Finding
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


def section_folds(document: Document, findings: Sequence[Finding], names: str) -> list[Finding]:
    """In a companion document a section is what a reviewer flags as left over: the same things
    (``details[names]``) again in several paragraphs or lists of one section are one problem ("[project]"
    left in the three paragraphs of "Self-assessment use"), folded "also at … of this section"; and
    the template's example addresses left in the rows of one table (the Security links table's
    'https://my.security.file' and 'https://example.org/config') are one, each named by its facet;
    one example address given for two rows of the author's is two values to fill in.
    What one paragraph or list holds alone keeps its own fold; field lines are never folded."""
    groups: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        line, written = finding.position, finding.details.get(names)
        if not isinstance(written, list) or not written or not 0 < line <= len(document.source_lines):
            continue
        fold = finding.details.get("fold")
        if isinstance(fold, str) and "fold_note" in finding.details:  # a paragraph's or list's fold
            key = f"section:{document.heading_above(line)}:{'/'.join(sorted(set(written)))}"
        elif fold is None and all(name.startswith("http") for name in written):
            kind, first, _ = document.passage_of(line)
            if kind != "table":
                continue
            key = f"example-addresses:{first}"
        else:
            continue
        groups.setdefault(key, []).append(index)
    folded = list(findings)
    for key, members in groups.items():
        passages = {findings[i].details.get("fold") or i for i in members}
        if len(passages) < 2:  # one paragraph, list or row: as it is
            continue
        if key.startswith("example-addresses:"):
            addresses = [name for i in members for name in findings[i].details[names]]
            if len(set(addresses)) < len(addresses):  # one address in two rows: two values to fill in
                continue
        for i in members:
            details = {**findings[i].details, "fold": key}
            if key.startswith("section:"):
                details["fold_note"] = "also at {where} of this section"
            folded[i] = findings[i]._replace(details=details)
    return folded


def everywhere_fold(key: str) -> dict[str, Any]:
    """The same thing anywhere in the document is one problem (a broken link used five times)."""
    return {"fold": key, "fold_note": "also at {where}"}


def is_field(line: str) -> bool:
    """Whether a line is a short label, a colon and a short value ("Project Site: $URL", "- **Website:**
    $URL"), not a sentence that happens to open with a label ("Remediation merged: PR #5, which …")."""
    head, colon, value = line.strip().lstrip("-*+> ").replace("*", "").replace("_", "").partition(":")
    return bool(colon) and 0 < len(head.split()) <= FIELD_WORDS and len(value.split()) <= FIELD_WORDS
