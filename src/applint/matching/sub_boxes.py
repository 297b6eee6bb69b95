"""The sub-boxes under a criterion's statement: checkboxes nested below it, or written at its level
while holding one of the template's sub-items (the graduation release process's five parts, the
Third Party Security Review's "findings are planned/tracked"), with the blocks nested under each
and the criterion's other evidence blocks.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

from typing import Final

from applint.model import Block, BlockKind, Document, Record
from applint.templates.records import Criterion
from applint.text.normalize import content_words
from applint.text.similarity import containment

SUB_ITEM_MATCH = 0.8  # share of a template sub-item's content words a box must hold to be it


class SubBoxes(Record):
    """A criterion's sub-boxes, the blocks nested under each, and its other evidence blocks."""

    __slots__ = ("boxes", "children", "general")

    def __init__(self, boxes: list[Block], children: list[list[Block]], general: list[Block]) -> None:
        self.boxes: Final = boxes
        self.children: Final = children
        self.general: Final = general

    @property
    def all_ticked(self) -> bool:
        """True when there are sub-boxes and every one is ticked."""
        return bool(self.boxes) and all(box.checked for box in self.boxes)


def find_sub_boxes(
    document: Document, index: int, statements: set[int], criterion: Criterion, answer: set[int]
) -> SubBoxes:
    """The sub-boxes of the criterion whose statement is block ``index`` (``statements``: the
    indexes of every criterion's statement; ``answer``: ids of the criterion's evidence blocks, so
    that a heading pasted into the answer does not end it)."""
    blocks = document.blocks
    statement = blocks[index]
    found = SubBoxes([], [], [])
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if (block.kind is BlockKind.HEADING and id(block) not in answer) or position in statements:
            break
        if block.is_checkbox:
            if block.level > statement.level or _is_template_sub_item(block.text, criterion):
                found.boxes.append(block)
                found.children.append([])
                continue
            break
        if found.boxes and block.kind is BlockKind.LIST_ITEM and block.level > found.boxes[-1].level:
            found.children[-1].append(block)
        else:
            found.general.append(block)
    return found


def _is_template_sub_item(text: str, criterion: Criterion) -> bool:
    words = content_words(text)
    return any(containment(content_words(sub), words) >= SUB_ITEM_MATCH for sub in criterion.sub_items)
