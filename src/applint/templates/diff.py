"""What changed between two template revisions: criteria added, removed, reworded, moved."""

# No `from __future__ import annotations` in this module: typing.NamedTuple compiles every string
# annotation when the class is made, ~0.15 ms a record on every run.

from typing import NamedTuple

from applint.templates.records import Criterion, Template


class Change(NamedTuple):
    """One criterion-level change between two revisions."""

    kind: str  # added | removed | reworded | moved
    criterion_id: str
    text: str
    old_text: str | None = None
    section: str | None = None
    old_section: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "change": self.kind,
            "criterion": self.criterion_id,
            "text": self.text,
            "old_text": self.old_text,
            "section": self.section,
            "old_section": self.old_section,
        }


def diff_templates(old: Template, new: Template) -> list[Change]:
    """Changes from ``old`` to ``new``, in the new revision's order (removals last)."""
    old_by_id = {c.id: c for c in old.criteria}
    new_by_id = {c.id: c for c in new.criteria}
    changes: list[Change] = []
    old_order = [c.id for c in old.criteria if c.id in new_by_id]
    new_order = [c.id for c in new.criteria if c.id in old_by_id]
    moved = _moved(old_order, new_order)
    for criterion in new.criteria:
        before = old_by_id.get(criterion.id)
        if before is None:
            changes.append(Change("added", criterion.id, criterion.text, section=_section(new, criterion)))
            continue
        if before.text != criterion.text:
            changes.append(
                Change(
                    "reworded",
                    criterion.id,
                    criterion.text,
                    before.text,
                    _section(new, criterion),
                    _section(old, before),
                )
            )
        if criterion.id in moved or _section(new, criterion) != _section(old, before):
            changes.append(
                Change(
                    "moved",
                    criterion.id,
                    criterion.text,
                    None,
                    _section(new, criterion),
                    _section(old, before),
                )
            )
    for criterion in old.criteria:
        if criterion.id not in new_by_id:
            changes.append(
                Change("removed", criterion.id, criterion.text, old_section=_section(old, criterion))
            )
    return changes


def _section(template: Template, criterion: Criterion) -> str:
    return " › ".join(template.path(criterion.section_id))


def _moved(old_order: list[str], new_order: list[str]) -> set[str]:
    """Ids outside the longest common subsequence of the two orders (what a reader sees as moved).
    A run both orders open with, and (when no id repeats) one both end with, is in every longest
    common subsequence the walk below takes: only the part between them is tabled."""
    start = 0
    while start < min(len(old_order), len(new_order)) and old_order[start] == new_order[start]:
        start += 1
    end = 0
    if len(set(old_order)) == len(old_order) and len(set(new_order)) == len(new_order):
        while (
            end < min(len(old_order), len(new_order)) - start and old_order[-1 - end] == new_order[-1 - end]
        ):
            end += 1
    keep = set(old_order[:start]) | set(old_order[len(old_order) - end :])
    return (
        set(new_order)
        - keep
        - _common(old_order[start : len(old_order) - end], new_order[start : len(new_order) - end])
    )


def _common(old_order: list[str], new_order: list[str]) -> set[str]:
    """The ids of the longest common subsequence of two orders, walked from the front."""
    rows, cols = len(old_order), len(new_order)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if old_order[i] == new_order[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    keep: set[str] = set()
    i = j = 0
    while i < rows and j < cols:
        if old_order[i] == new_order[j]:
            keep.add(old_order[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return keep


def summarize(changes: list[Change], limit: int = 6) -> str:
    """A one-line, human summary: 'adds "X", "Y"; removes "Z"; rewords 2 criteria'."""
    parts = []
    for kind, verb in (
        ("added", "adds"),
        ("removed", "removes"),
        ("reworded", "rewords"),
        ("moved", "moves"),
    ):
        items = [c for c in changes if c.kind == kind]
        if not items:
            continue
        if kind in ("added", "removed"):
            names = ", ".join(f'"{_short(c.text)}"' for c in items[:limit])
            more = f" and {len(items) - limit} more" if len(items) > limit else ""
            parts.append(f"{verb} {names}{more}")
        else:
            parts.append(f"{verb} {len(items)} criteri{'on' if len(items) == 1 else 'a'}")
    return "; ".join(parts) or "no criteria changes"


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:50].rsplit(" ", 1)[0] + "…"
