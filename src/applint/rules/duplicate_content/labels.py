"""duplicate-content's third pass: a list item labelled as an earlier sibling of the same list
("11. **Pluggable:** …", "14. **Pluggable:** …"), found by ``matching.repeated_labels``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.repeated_labels import find_repeated_labels
from applint.rules.context import DocumentContext
from applint.rules.duplicate_content.units import ID
from applint.rules.folding import everywhere_fold


def repeated_labels(ctx: DocumentContext) -> Iterator[Finding]:
    """An item of a list opening with the label of an earlier item of the same list."""
    blocks = ctx.document.blocks
    for repeat in find_repeated_labels(blocks):
        block, original = blocks[repeat.block], blocks[repeat.original_block]
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'this list already has an item labelled "{repeat.label}" ({ctx.where(original.line)}); '
            "merge the two items, or give this one the label it should have",
            block,
            first_copy=original.line,
            **everywhere_fold(f"label:{original.line}"),
        )
