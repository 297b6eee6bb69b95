"""Headings of a document that say nothing of their own: a heading repeated beside itself over
other text (a copied "##### Block Storage Example" left unchanged), and a Markdown heading with no
words ("####" alone on its line)."""

from __future__ import annotations

from typing import NamedTuple

from applint.matching.outline_breaks import PastedDocument
from applint.model import BlockKind, Document
from applint.text.normalize import normalize


class RepeatedHeading(NamedTuple):
    """A heading written twice beside itself (same parent heading, same level, same words) over
    other text: a copied heading left unchanged."""

    first: int  # the first heading's index
    again: int  # the second's
    parent: int | None  # the heading both stand under


def repeated_headings(
    document: Document, outside: tuple[PastedDocument, ...] = ()
) -> tuple[RepeatedHeading, ...]:
    """The headings written twice among their siblings with different text under each ("##### Block
    Storage Example" twice under "#### Workflows", the second about object storage). A heading
    written three times or more is a label the author repeats by design; one repeated with the
    same text under it is a pasted copy (duplicate-content's); headings inside a
    pasted document (``outside``) are that document's."""
    blocks = document.blocks
    skipped = {at for pasted in outside for at in range(pasted.block, pasted.end)}
    stack: list[int] = []
    seen: dict[tuple[int | None, int, str], list[int]] = {}
    for number, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or block.inferred:
            continue
        while stack and blocks[stack[-1]].level >= block.level:
            stack.pop()
        words = normalize(block.text)
        if words and number not in skipped:
            seen.setdefault((stack[-1] if stack else None, block.level, words), []).append(number)
        stack.append(number)
    repeated: list[RepeatedHeading] = []
    for (parent, _, _), numbers in seen.items():
        if len(numbers) != 2:
            continue  # three or more: a label the author repeats by design ("#### Answer")
        texts = {_text_under(document, number) for number in numbers}
        if len(texts) == len(numbers):  # each over text of its own
            repeated.append(RepeatedHeading(numbers[0], numbers[1], parent))
    return tuple(sorted(repeated))


def untitled_headings(document: Document) -> tuple[int, ...]:
    """The headings with no words ("####" alone on its line) of a Markdown document: an empty line
    in the outline. (A word processor's empty heading paragraph is spacing, not a slip.)"""
    if document.format != "markdown":
        return ()
    return tuple(
        number
        for number, block in enumerate(document.blocks)
        if block.kind is BlockKind.HEADING and not block.inferred and not normalize(block.text)
    )


def _text_under(document: Document, heading: int) -> str:
    """The words of what a heading holds, up to the next heading."""
    words = []
    for block in document.blocks[heading + 1 :]:
        if block.kind is BlockKind.HEADING:
            break
        words.append(normalize(block.text))
    return " ".join(words)
