"""The heading tree of a document: which blocks each section owns."""

from __future__ import annotations

from collections.abc import Iterator

from applint.model import Block, BlockKind, Document


class Section:
    """A heading and the blocks up to the next heading of the same or a higher level.

    ``start`` is the index of the heading block in ``Document.blocks`` (-1 for the root);
    ``body_end`` ends the blocks before the first sub-heading; ``end`` ends the whole section.
    Mutable while the tree is built (ends and children are filled in); compared by identity.
    """

    __slots__ = ("body_end", "children", "end", "heading", "level", "parent", "start")

    def __init__(
        self,
        heading: Block | None,
        level: int,
        start: int,
        end: int,
        body_end: int,
        parent: Section | None = None,
    ) -> None:
        self.heading = heading
        self.level = level
        self.start = start
        self.end = end
        self.body_end = body_end
        self.parent = parent
        self.children: list[Section] = []

    def __repr__(self) -> str:
        return f"Section({self.title!r}, level={self.level}, blocks {self.start}-{self.end})"

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""

    @property
    def line(self) -> int:
        return self.heading.line if self.heading else 1

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, in document order."""
        stack = [self]
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.children))

    def contains(self, other: Section) -> bool:
        """True when ``other`` is this section or lies inside it."""
        return self.start <= other.start and other.end <= self.end


def build_sections(document: Document) -> Section:
    """The root section (level 0) holding the document's heading tree."""
    blocks = document.blocks
    root = Section(None, 0, -1, len(blocks), len(blocks))
    stack = [root]
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        while stack[-1].level >= block.level:
            closed = stack.pop()
            closed.end = index
            closed.body_end = min(closed.body_end, index)
        parent = stack[-1]
        if parent.body_end > index:
            parent.body_end = index
        section = Section(block, block.level, index, len(blocks), len(blocks), parent=parent)
        parent.children.append(section)
        stack.append(section)
    return root


def body_blocks(document: Document, section: Section) -> tuple[Block, ...]:
    """The blocks a section owns before its first sub-heading."""
    return document.blocks[section.start + 1 : section.body_end]
