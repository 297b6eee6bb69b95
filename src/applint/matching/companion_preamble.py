"""The companion template's own opening kept whole above the author's document: its title, the
sections of instructions that open it ("Introduction", "How to use this template", "Tips") with
their text, its heading over its outline ("## Self-assessment outline"), its version line and its
comments, standing as one run before the author's title (or,
with no title of the author's or one above the template's, before the outline's first section). Read once, so that template-guidance
tells it as one deletion rather than one finding per kept heading.

Only a run of at least ``_FEWEST_PARTS`` template parts counts: one or two kept parts are each
their own finding. A block of the author's own anywhere in the run (a paragraph that is neither
the template's text nor a version line) breaks it: the author wrote into the opening, and each
kept part is told where it stands.
"""

from __future__ import annotations

from typing import Final

from applint.matching.companion_title import check_title
from applint.matching.companions import CompanionReading
from applint.matching.detection import VERSION_LINE
from applint.model import Block, BlockKind, Document

# The fewest template parts (title, instruction sections, loose introduction) that make a run.
_FEWEST_PARTS = 3


class Preamble:
    """The template's opening kept above the author's document, as one run of blocks."""

    __slots__ = ("end", "first", "parts", "titled")

    def __init__(self, first: int, end: int, parts: tuple[tuple[int, str], ...], titled: bool) -> None:
        self.first: Final = first  # the run's first block
        self.end: Final = end  # the block the author's document starts at (just after the run)
        # (block, what it is) of each template part in the run: its title, each instruction
        # section's heading (by its title), the introduction kept under no heading.
        self.parts: Final = parts
        self.titled: Final = titled  # the run ends at the author's own title (else at an answer)

    def holds(self, block: int) -> bool:
        """Whether a block lies inside the run."""
        return self.first <= block < self.end


def kept_preamble(document: Document, reading: CompanionReading) -> Preamble | None:
    """The template's opening kept as one run above the author's title (or the outline's first
    section), or None."""
    end = reading.title_block
    titled = end is not None
    if end is None or (reading.template_title is not None and end < reading.template_title):
        titled = False
        start = reading.template_title if reading.template_title is not None else -1
        end = min(
            (
                found.block
                for found in reading.sections
                if not found.section.instructions and found.block > start
            ),
            default=None,
        )
    if end is None:
        return None
    parts: dict[int, str] = {}
    template_text: set[int] = set()
    if reading.template_title is not None and reading.template_title < end:
        parts[reading.template_title] = "title"
    for found in reading.sections:
        if found.section.instructions and found.block < end:
            parts.setdefault(found.block, found.section.title)
            template_text.update(block for block, _, _ in found.guidance)
            if found.block == reading.template_title and found.guidance:
                parts[found.guidance[0][0]] = "introduction"  # the text under the template's title
    outline = check_title(document, reading).outline_heading
    if outline is not None and outline[0] < end:
        parts[outline[0]] = outline[1].title
    loose = [block for block in reading.loose_guidance if block < end]
    if loose:
        parts[loose[0]] = "introduction"
        template_text.update(loose)
    if len(parts) < _FEWEST_PARTS:
        return None
    first = min(parts)
    blocks = document.blocks
    for index in range(first, end):
        if index not in parts and index not in template_text and not _no_text_of_the_authors(blocks[index]):
            return None  # the author's own text inside the run: each part is told where it stands
    return Preamble(first, end, tuple(sorted(parts.items())), titled)


def _no_text_of_the_authors(block: Block) -> bool:
    """A block a kept template opening holds besides its text: a comment, a rule, the template's
    version line ("v1.0")."""
    if block.kind in (BlockKind.COMMENT, BlockKind.BREAK):
        return True
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    match = VERSION_LINE.match(block.text.strip())
    return match is not None and not match.group(2).strip()
