"""Whether a document's list items stand in for the checkboxes its writer dropped.

Matching reads a checkbox item as a statement of a criterion (in the author's words, with the
evidence after it). A checklist that lost its boxes still has the items: LibreOffice drops HTML
checkboxes, Google Docs and Word users type criteria as plain bullets, a plain-text export keeps
only the text. There the list items are read as the checkbox items of the Markdown source were,
so the same criteria are found and the same template revision chosen.
"""

from __future__ import annotations

from applint.model import Block, BlockKind, Document

# Fewer checkboxes than this share of the list items (checkbox items included): the list items
# stand for the boxes a writer dropped.
FEW_BOXES_SHARE = 0.1


def items_stand_for_boxes(document: Document) -> bool:
    """True when the document's list items stand in for checkbox items: it has (almost) no
    checkboxes though it has list items. A checklist that lost its boxes (LibreOffice drops HTML
    checkboxes; a Google Doc or Word file typed as plain bullets; a plain-text export) is read as
    its Markdown source was: each top-level item may state a criterion in its own words, with its
    evidence after it, as a ``- [x]`` item may. A stray ``[x]`` typed into a paragraph does not
    make a checklist."""
    cached = _ITEMS_FOR_BOXES.get(id(document))
    if cached is not None and cached[0] is document:
        return cached[1]
    boxes = items = 0
    for block in document.blocks:
        if block.checked is not None:
            boxes += 1
        elif block.kind is BlockKind.LIST_ITEM:
            items += 1
    found = items > 0 and boxes < FEW_BOXES_SHARE * (boxes + items)
    _ITEMS_FOR_BOXES.clear()
    _ITEMS_FOR_BOXES[id(document)] = (document, found)
    return found


_ITEMS_FOR_BOXES: dict[int, tuple[Document, bool]] = {}


def stands_as_box(block: Block, document: Document) -> bool:
    """A checkbox item, or a list item where list items stand for them (``items_stand_for_boxes``)."""
    return block.is_checkbox or (block.kind is BlockKind.LIST_ITEM and items_stand_for_boxes(document))
