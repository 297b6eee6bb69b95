"""The HTML comments a companion document's author left beside what the document shows: the
template's guidance kept as a hidden prompt (``<!-- One or two sentences describing the project …
-->`` above the project's own overview) and drafts of the author's own commented out (``<!--*
Global query view of metrics.`` and the rest of a list, ``<!--###### Mimir`` and a comparison).
Neither shows on GitHub: the first is the template's text, to be deleted; the second is text that
belongs in the document or nowhere.

Comments on adjacent lines are one run, one thing left (the template's paragraph kept as one
comment per line). A run is the template's guidance when a comment of it holds the template's text
(``hidden_template``), not its questions, or links the course the template links, that the published template does not itself keep in a comment (the GTR's
introduction, "Short project description": leaving those is leaving the template as published). A
run is a draft when its lines are Markdown a document shows (list items, a heading), not a note or
a directive. Runs some other finding already speaks for are left out (``reported``: the comments
under a heading that shows nothing, an outline part a written section never answers, the GTR
questions a section keeps only in a comment), and so are runs that are all a heading holds (a
section left unanswered, not text beside an answer).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from applint.matching.hidden_template import template_links
from applint.model import Block, BlockKind, Document, Record
from applint.templates.companions import Item

# What the template asks (a GTR question, a governance review criterion): kept in a comment above
# its answer it names what is answered (question_gaps reports those the shown text leaves).
_ASKED = frozenset({"question", "criterion"})
# Lines of a commented-out list written without the space after "*" ("*Seamless integration …"):
# one such line may be emphasis, this many are a list.
_SPACELESS_ITEMS = 2


class HiddenRun(Record):
    """Comments on adjacent lines left beside the document's shown text."""

    __slots__ = ("first", "items", "last")

    def __init__(self, first: int, last: int, items: tuple[Item, ...]) -> None:
        self.first: Final = first  # the first comment block of the run
        self.last: Final = last  # its last comment block
        self.items: Final = items  # the template's items its comments hold (none for a draft)

    def where(self, blocks: tuple[Block, ...]) -> str:
        """The lines the run covers, as a message names them ("line 12", "lines 12-18")."""
        first, last = blocks[self.first], blocks[self.last]
        return f"lines {first.line}-{last.end_line}" if last.end_line > first.line else f"line {first.line}"


class HiddenComments(Record):
    """The template's guidance and the author's drafts kept in comments, in document order."""

    __slots__ = ("drafts", "guidance")

    def __init__(self, guidance: tuple[HiddenRun, ...], drafts: tuple[HiddenRun, ...]) -> None:
        self.guidance: Final = guidance
        self.drafts: Final = drafts


def hidden_comments(
    document: Document,
    kind: str,
    hidden: Mapping[int, tuple[Item, ...]],
    published: frozenset[int],
    reported: frozenset[int],
) -> HiddenComments:
    """The comment runs holding the template's guidance (``hidden``: comment blocks holding the
    template's text; ``published``: those the published template keeps as comments; or a run
    linking the course the template links, its text of a revision not shipped) and those holding a
    draft in Markdown, leaving out runs with a comment in ``reported``."""
    blocks = document.blocks
    guidance: list[HiddenRun] = []
    drafts: list[HiddenRun] = []
    number = 0
    while number < len(blocks):
        if blocks[number].kind is not BlockKind.COMMENT:
            number += 1
            continue
        last = number
        while (
            last + 1 < len(blocks)
            and blocks[last + 1].kind is BlockKind.COMMENT
            and blocks[last + 1].line <= blocks[last].end_line + 1
        ):
            last += 1
        run = range(number, last + 1)
        if _alone_under_heading(blocks, number, last):
            pass  # the only thing under its heading: a section left unanswered, not text beside an answer
        elif not any(block in reported or block in published for block in run):
            held = tuple(dict.fromkeys(item for block in run for item in hidden.get(block, ())))
            if any(item.role in _ASKED for item in held):
                pass  # the template's questions kept as the hidden prompt of an answer: a form, not a leftover
            elif held or _links_template(blocks[number : last + 1], kind):
                guidance.append(HiddenRun(number, last, held))
            elif _shows_as_markdown(document, blocks[number], blocks[last]):
                drafts.append(HiddenRun(number, last, ()))
        number = last + 1
    return HiddenComments(tuple(guidance), tuple(drafts))


def _links_template(run: tuple[Block, ...], kind: str) -> bool:
    """Whether comments link a page the published templates of the kind link (TAG Security's
    training course): the template's text, of a revision applint does not ship."""
    text = " ".join(block.text for block in run)
    return "http" in text and any(link in text for link in template_links(kind))


def _alone_under_heading(blocks: tuple[Block, ...], first: int, last: int) -> bool:
    """Whether a comment run is all a heading holds: right under it, and followed by the next
    heading of its level or above (or the end), as a day's questions a level need not answer."""
    if first == 0 or blocks[first - 1].kind is not BlockKind.HEADING:
        return False
    after = next((block for block in blocks[last + 1 :] if block.kind is not BlockKind.COMMENT), None)
    if after is None:
        return True
    return after.kind is BlockKind.HEADING and after.level <= blocks[first - 1].level


def _shows_as_markdown(document: Document, first: Block, last: Block) -> bool:
    """Whether the lines of a comment run are Markdown that would render as a list or a heading
    once taken out of the comment (``<!--* Secure communications via TLS encryption -->``,
    ``<!--###### Mimir``), not a sentence to the author."""
    spaceless = 0
    for line in document.source_lines[first.line - 1 : last.end_line]:
        text = line.strip()
        if text.startswith("<!--"):
            text = text[4:].lstrip("-")  # "<!---" opens a comment too
        text = text.removesuffix("-->").strip()
        if _is_item_or_heading(text):
            return True
        if text[:1] == "*" and text[1:2].isalnum():
            spaceless += 1
    return spaceless >= _SPACELESS_ITEMS


def _is_item_or_heading(text: str) -> bool:
    """A list item ("* text", "- text", "1. text") or an ATX heading ("## text")."""
    head, _, rest = text.partition(" ")
    if not rest.strip():
        return False
    if head in ("*", "-", "+"):
        return True
    if head[-1:] in (".", ")") and head[:-1].isdigit() and len(head) <= 4:
        return True
    return 1 <= len(head) <= 6 and head == "#" * len(head)
