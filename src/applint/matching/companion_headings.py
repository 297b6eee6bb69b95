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

    __slots__ = ("block", "comments", "following", "hidden", "outranking", "own_part", "section")

    def __init__(
        self,
        block: int,
        section: SectionFound | None,
        comments: tuple[int, ...],
        hidden: tuple[Item, ...],
        following: int | None = None,
        outranking: tuple[int, ...] = (),
        own_part: int | None = None,
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
        # The first of the author's own headings right after a heading of the author's own, at its
        # level, two or more with text up to the template's next section ("## Project Design" then
        # "## High level architecture:", "## Internal Architecture"): its parts written at its level,
        # not siblings. None when the next heading is the template's (its next section: this one
        # is empty), deeper, higher, a lone sibling with text, or itself shows nothing.
        self.own_part: Final = own_part

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
    # The last template section read at each level: an own heading after one that asks questions
    # (a GTR's "Design", its questions' topics set as headings beside it) answers those questions.
    last_section: dict[int, SectionFound] = {}
    for number, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        while ancestors and ancestors[-1][0] >= block.level:
            ancestors.pop()
        section = found.get(number)
        ancestors.append((block.level, section))
        if section is not None:
            last_section = {level: at for level, at in last_section.items() if level < block.level}
            last_section[block.level] = section
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
            part = None
            if (
                section is None
                and not comments
                and after is not None
                and after not in found
                and not _asks(last_section, block.level)
            ):
                part = _own_part(document, number, after, found, questions, title_block)
            bare.append(BareHeading(number, section, comments, held, after, outranking, part))
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


def _asks(last_section: Mapping[int, SectionFound], level: int) -> bool:
    """Whether the template section a heading of this level last followed, at its level or above,
    asks questions or holds criteria: headings of the author's beside it name what it asks."""
    before = [at for at_level, at in last_section.items() if at_level <= level]
    return bool(before) and any(item.role in ANSWERED_ROLES for item in before[-1].section.items)


def _own_part(
    document: Document,
    number: int,
    following: int,
    sections: Mapping[int, SectionFound],
    questions: set[int],
    title: int | None,
) -> int | None:
    """The heading right after a bare heading of the author's own when the headings from it to the
    template's next section (or a heading above their level) are the author's own, of the bare
    heading's level, two or more, each showing text: the bare heading's parts written at its level
    ("## Project Design" then "## High level architecture:" and "## Internal Architecture", each
    with its text). None for a single sibling with text ("### Git Infrastructure" then "###
    Plugins" and its text, then the template's "### Actions"), a sibling as empty ("### CI/CD
    Infrastructure"), or the template's next section right after it: then the bare heading is
    empty."""
    blocks = document.blocks
    level = blocks[number].level
    parts = 0
    for index in range(following, len(blocks)):
        heading = blocks[index]
        if heading.kind is not BlockKind.HEADING or heading.level > level:
            continue  # text, or a subsection of the part before it
        if heading.level < level or index in sections or index == title:
            break
        if index in questions or heading.inferred or not _shows_text(document, index):
            return None
        parts += 1
    return following if parts >= _FEWEST_PARTS else None


_FEWEST_PARTS = 2  # one heading with text after an empty one is its sibling


def _shows_text(document: Document, heading: int) -> bool:
    """Whether a heading shows text before the next heading of its level or above."""
    level = document.blocks[heading].level
    for block in document.blocks[heading + 1 :]:
        if block.kind is BlockKind.HEADING:
            if block.level <= level:
                return False
        elif _renders(document, block):
            return True
    return False


def _renders(document: Document, block: Block) -> bool:
    """True for a block a reader sees: text, a table, code, an image (a paragraph with no text)."""
    if block.kind in _INVISIBLE:
        return False
    if block.text.strip() or block.kind in (BlockKind.TABLE, BlockKind.CODE, BlockKind.HTML):
        return True
    lines = document.source_lines[block.line - 1 : block.end_line]
    return block.kind is BlockKind.PARAGRAPH and any(line.strip() for line in lines)
