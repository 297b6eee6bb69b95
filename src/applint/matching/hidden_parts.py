"""The parts of a companion template's outline left only as a hidden prompt in a section the author
wrote: an HTML comment holding "Known Issues Over Time. List or summarize statistics of past
vulnerabilities …" under an Appendix whose shown text never names known issues.

A part is named by its label ("Known Issues Over Time", "Case Studies", "Related Projects /
Vendors"): the section's shown text (its subsections included) names it when it holds at least
half of the label's words, compared by their first letters ("CII Best Practices" names "Open SSF
Best Practices"). One-word labels ("Internal.", "Critical.") are sub-points too common to look
for; a section that shows nothing is a bare heading (``companion_headings``), not this.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from applint.model import BlockKind, Document
from applint.templates.companions import Item
from applint.text.normalize import normalize
from applint.text.precompiled import compile_pattern

_LABEL = compile_pattern(r"^\W*([A-Z][\w /&'’-]{2,40})\.\s+(?=\S)")
_STEM = 5
_JOINING = frozenset({"over", "and", "or", "the", "of", "a", "to"})


class HiddenPart:
    """A labelled part of the template's outline only in a comment of a written section."""

    __slots__ = ("comment", "heading", "item", "label")

    def __init__(self, comment: int, heading: int, item: Item, label: str) -> None:
        self.comment: Final = comment  # the comment block holding its prompt
        self.heading: Final = heading  # the heading of the section it stands in
        self.item: Final = item
        self.label: Final = label


def hidden_parts(
    document: Document, hidden: Mapping[int, tuple[Item, ...]], bare: frozenset[int]
) -> tuple[HiddenPart, ...]:
    """Each labelled outline part whose prompt a comment holds and whose section's shown text does
    not name it, in document order (not in sections that show nothing: ``bare`` headings)."""
    blocks = document.blocks
    found: list[HiddenPart] = []
    for comment in sorted(hidden):
        heading = next((i for i in range(comment - 1, -1, -1) if blocks[i].kind is BlockKind.HEADING), None)
        if heading is None or heading in bare:
            continue
        end = document.section_end(heading)
        shown = _stems(
            " ".join(blocks[i].text for i in range(heading, end) if blocks[i].kind is not BlockKind.COMMENT)
        )
        for item in hidden[comment]:
            label = _LABEL.match(item.text)
            if label is None:
                continue
            words = _stems(label.group(1))
            if len(words) >= 2 and 2 * len(words & shown) < len(words):
                found.append(HiddenPart(comment, heading, item, label.group(1)))
    return tuple(found)


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in normalize(text).split() if word not in _JOINING}
