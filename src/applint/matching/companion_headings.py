"""The headings of a companion document that show nothing under them when rendered: followed by
nothing, or only by HTML comments (the template's outline kept as hidden prompts, or a whole
section commented out), before the next heading.

A heading followed by a deeper heading groups what follows (a divider, or a section answered in
subsections of the author's own) and is no bare heading, except a template section whose own text
the template asks for ("Overview: One or two sentences describing the project …") when all it holds
is that prompt, hidden, above the template's next subsection. Headings of the template's
instructions (template-guidance's), sections of questions or criteria and questions written as
headings (unanswered-question's and unassessed-criterion's, which know the days a level answers)
and the title are left to their rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from applint.model import Block, BlockKind, Document
from applint.templates.companions import ANSWERED_ROLES, Item

if TYPE_CHECKING:  # the reading builds these and calls bare_headings: no import at run time
    from applint.matching.companions import ItemFound, SectionFound

_INVISIBLE = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER)


class BareHeading:
    """A heading that renders with nothing under it, and the comments it holds instead."""

    __slots__ = ("block", "comments", "following", "hidden", "outranking", "section")

    def __init__(
        self,
        block: int,
        section: SectionFound | None,
        comments: tuple[int, ...],
        hidden: tuple[Item, ...],
        following: int | None = None,
        outranking: tuple[int, ...] = (),
    ) -> None:
        self.block: Final = block  # the heading's index in document.blocks
        self.following: Final = following  # the next heading's index, None at the end
        self.section: Final = section  # the template section it is, if any
        self.comments: Final = comments  # the HTML comments under it (blocks)
        self.hidden: Final = hidden  # the template's items those comments hold
        # The author's headings set above this template section's level that follow it, up to the
        # template's next part, with text under them ("## Project compliance" then "# Security and
        # Vulnerability Management:" and its text): the section's content, cut off by their level.
        self.outranking: Final = outranking

    @property
    def comment_only(self) -> bool:
        """True when something is written under the heading, all of it inside HTML comments."""
        return bool(self.comments)


def bare_headings(
    document: Document,
    sections: Sequence[SectionFound],
    items: Sequence[ItemFound],
    title_block: int | None,
    hidden: Mapping[int, tuple[Item, ...]],
) -> tuple[BareHeading, ...]:
    """Every heading of the document proper that renders with nothing under it, in order, from
    what the reading found: the template sections, the items, the title and the comments holding
    the template's text."""
    blocks = document.blocks
    found = {section.block: section for section in sections}
    questions = {item.block for item in items}
    bare: list[BareHeading] = []
    ancestors: list[tuple[int, SectionFound | None]] = []  # (level, template section) above
    for number, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        while ancestors and ancestors[-1][0] >= block.level:
            ancestors.pop()
        section = found.get(number)
        ancestors.append((block.level, section))
        if number == title_block or number in questions or block.level == 1 or block.links or block.inferred:
            continue  # a link points to its content elsewhere; a guessed heading may be a short line
        if any(above is not None and above.section.instructions for _, above in ancestors):
            continue
        if section is not None and any(item.role in ANSWERED_ROLES for item in section.section.items):
            continue  # its questions or criteria: unanswered-question's and unassessed-criterion's
        following = number + 1
        while following < len(blocks) and blocks[following].kind is not BlockKind.HEADING:
            if _renders(document, blocks[following]):
                break
            following += 1
        else:
            comments = tuple(
                at for at in range(number + 1, following) if blocks[at].kind is BlockKind.COMMENT
            )
            held = tuple(dict.fromkeys(item for at in comments for item in hidden.get(at, ())))
            deeper = following < len(blocks) and blocks[following].level > block.level
            if deeper and not (section is not None and not section.content and held):
                continue  # a divider, or a section answered in its subsections
            after = following if following < len(blocks) else None
            outranking = _outranking(document, number, after, found, title_block) if section else ()
            bare.append(BareHeading(number, section, comments, held, after, outranking))
    return tuple(bare)


def _outranking(
    document: Document,
    number: int,
    following: int | None,
    sections: Mapping[int, SectionFound],
    title: int | None,
) -> tuple[int, ...]:
    """The headings of the author's own right after a template section's heading that are set at a
    higher level than it (an H1 under an H2), up to the template's next part, when text shows under
    them: what the section holds, at the wrong level. Empty when the next heading is the template's
    or of the section's level or deeper."""
    blocks = document.blocks
    level = blocks[number].level
    if following is None or following in sections or following == title or blocks[following].level >= level:
        return ()
    found: list[int] = []
    shows = False
    for index in range(following, len(blocks)):
        block = blocks[index]
        if block.kind is BlockKind.HEADING:
            if index in sections or index == title:
                break
            if block.level < level:
                found.append(index)
        elif not shows and _renders(document, block):
            shows = True
    return tuple(found) if shows else ()


def _renders(document: Document, block: Block) -> bool:
    """True for a block a reader sees: text, a table, code, an image (a paragraph with no text)."""
    if block.kind in _INVISIBLE:
        return False
    if block.text.strip() or block.kind in (BlockKind.TABLE, BlockKind.CODE, BlockKind.HTML):
        return True
    lines = document.source_lines[block.line - 1 : block.end_line]
    return block.kind is BlockKind.PARAGRAPH and any(line.strip() for line in lines)
