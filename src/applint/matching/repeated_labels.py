"""List items that open with the same label as an earlier item of the same list ("11. **Pluggable:**
…" and "14. **Pluggable:** …"): two entries where the author meant one, or one mislabelled.

A label is an item's bold opening followed by a colon or a dash, of a few words. Items are of the
same list when they are siblings: the same depth, with no item of a shallower depth between them.
Not repeats: lists of records, where several labels come back ("**Name:** …", "**Role:** …",
"**Name:** …"); lists of under three distinct labels, which are states or kinds ("**SHIPPED** - …",
"**DEFERRED** - …", "**Read/Write**: …", "**Read**: …"); a label on consecutive items (a kind
given to several entries in a row); checkbox items (an application's criteria are other rules'
concern).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from applint.model import Block, BlockKind
from applint.text.normalize import normalize

LABEL_WORDS = 6
MIN_SIBLINGS = 3  # a list of two entries with one label is a label and its continuation
MIN_LABELS = 3  # "**SHIPPED** - …", "**DEFERRED** - …": a few labels are states or kinds, not names
_SEPARATORS = (":", "-", "\u2013", "\u2014")


class RepeatedLabel(NamedTuple):
    """An item (block index) whose label an earlier sibling (block index) already has."""

    block: int
    label: str  # as written
    original_block: int


def find_repeated_labels(blocks: tuple[Block, ...]) -> Iterator[RepeatedLabel]:
    """Each list item whose label repeats an earlier sibling's, in a list where only that label
    comes back."""
    index = 0
    while index < len(blocks):
        if blocks[index].kind is not BlockKind.LIST_ITEM:
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind is BlockKind.LIST_ITEM:
            end += 1
        if end - index >= MIN_SIBLINGS:
            yield from _in_list(blocks, index, end)
        index = end


def _in_list(blocks: tuple[Block, ...], start: int, end: int) -> Iterator[RepeatedLabel]:
    """The repeated labels among the sibling groups of one run of list items."""
    groups: dict[tuple[int, int], list[tuple[int, str]]] = {}  # (parent, depth) -> (block, label)
    parents: list[int] = []  # the open item at each depth
    for index in range(start, end):
        block = blocks[index]
        depth = block.level
        del parents[depth:]
        parent = parents[depth - 1] if 0 < depth <= len(parents) else -1
        while len(parents) < depth:
            parents.append(-1)
        parents.append(index)
        groups.setdefault((parent, depth), []).append((index, _label(block)))
    for items in groups.values():
        labelled = [(index, label) for index, label in items if label]
        if len(items) < MIN_SIBLINGS or len(labelled) < MIN_SIBLINGS:
            continue
        first: dict[str, int] = {}
        repeats: list[RepeatedLabel] = []
        previous = ""
        for index, label in labelled:
            key = normalize(label)
            if key in first and key != previous:
                repeats.append(RepeatedLabel(index, label, first[key]))
            first.setdefault(key, index)
            previous = key
        if len(first) >= MIN_LABELS and len({normalize(repeat.label) for repeat in repeats}) == 1:
            yield from repeats  # (records repeat several labels)


def _label(block: Block) -> str:
    """An item's label: its bold opening when a colon or a dash ends it, of a few words; "" for an
    item with a checkbox or without such a label."""
    strong = block.strong.strip()
    if not strong or block.checked is not None or not block.text.startswith(block.strong):
        return ""
    rest = block.text[len(block.strong) :].lstrip()
    if not (strong.endswith(":") or rest.startswith(_SEPARATORS)):
        return ""
    label = strong.rstrip(":").strip()
    return label if 0 < len(label.split()) <= LABEL_WORDS else ""
