"""The blocks a document sets out as work still to do: everything under a heading such as "Open
Items for Maintainer Review", "TODO", "Next steps" or "Future work" (up to the next heading of its
level or above), and the list a sentence introduces as still to do ("The following items require
input from the maintainers before this GTR is considered complete:", "We plan to add:"); not a
review's list of what it found ("The following issues … need to be resolved before Incubation:"
lists what is there: "The maintainers file lists no affiliations").

What such a block names is a plan, not a claim that it exists: "1. **SECURITY.md:** Add a
vulnerability reporting policy" asks for no link to a SECURITY.md.
"""

from __future__ import annotations

import re

from applint.model import BlockKind, Document
from applint.text.patterns import LazyPattern

_OPEN_HEADING = LazyPattern(
    r"\b(?:open\s+(?:items?|points|tasks|questions)|to-?dos?|to\s+do|action\s+items?|next\s+steps"
    r"|follow[- ]?ups?|remaining\s+(?:work|items?|tasks?|gaps)|outstanding\s+(?:items?|work|tasks?)"
    r"|pending\s+(?:items?|work|tasks?)|future\s+work|planned\s+work|work\s+in\s+progress|known\s+gaps)\b",
    re.IGNORECASE,
)
_OPEN_LEAD_IN = LazyPattern(
    r"\b(?:to-?dos?|to\s+do|open\s+items?|action\s+items?|next\s+steps|remaining|outstanding"
    r"|still\s+(?:need|to\s+be|missing)|(?:require|need)s?\s+(?:input|work|action|attention)"
    r"|before\s+(?:this|the)\s+(?:gtr|document|review|assessment|self-assessment|application)\b"
    r"|(?:plan|intend)s?\s+to"
    r"|(?:is|are)\s+planned|will\s+(?:add|create|write|publish))\b",
    re.IGNORECASE,
)


def open_item_blocks(document: Document, lead_ins: bool = True) -> frozenset[int]:
    """The indexes of the blocks under a to-do heading, and (unless ``lead_ins`` is False) of the
    list items a to-do lead-in (a sentence ending in ':') introduces."""
    blocks = document.blocks
    found: set[int] = set()
    open_level = 0  # the level of the to-do heading being read, 0 outside one
    lead_in = False  # the list being read follows a to-do lead-in
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            lead_in = False
            if open_level and block.level > open_level:
                found.add(index)
                continue
            open_level = block.level if _OPEN_HEADING.search(block.text) else 0
            continue
        if open_level:
            found.add(index)
            continue
        if block.kind is BlockKind.LIST_ITEM:
            if lead_in and lead_ins:
                found.add(index)
            continue
        if block.kind in (BlockKind.COMMENT, BlockKind.BREAK):
            continue
        text = block.text.rstrip(" *_")
        lead_in = (
            block.kind is BlockKind.PARAGRAPH and text.endswith(":") and bool(_OPEN_LEAD_IN.search(text))
        )
    return frozenset(found)
