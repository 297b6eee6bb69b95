"""Shapes of a Markdown document's blocks that render other than meant, read from the blocks the
reader made (never from the raw text): a sentence cut across two bullets ("- … hosted on" /
"- GitHub, making it …"), and a line repeating the heading right above it ("### Communication
Channels" then "kcp Communication Channels"), which renders as a lone paragraph under it."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from applint.model import Block, BlockKind, Document
from applint.text.normalize import normalized_words

# Words a sentence cannot end on: an article, a preposition, a pronoun that needs its noun.
_OPEN_ENDINGS = frozenset(
    {"a", "an", "the", "of", "on", "in", "to", "for", "with", "by", "from", "at", "into", "via", "onto"}
    | {"through", "that", "which", "whose", "our", "their", "its", "is", "are", "was", "were"}
)
# The fewest words an item holds before its cut-off ending counts (a label "Built on" does not).
_MIN_CUT_WORDS = 4
# How many words a line repeating a heading may add to it (the project's name: "kcp …").
_ECHO_EXTRA_WORDS = 2


def cut_items(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each list item whose text stops on a word that needs the next ("… are hosted on") with the
    item right below it at the same level: one sentence wrapped onto a new bullet."""
    for item, following in pairwise(document.blocks):
        if item.kind is not BlockKind.LIST_ITEM or following.kind is not BlockKind.LIST_ITEM:
            continue
        if following.level != item.level or following.line != item.end_line + 1 or item.checked is not None:
            continue
        text = item.text
        if not text[-1:].isalpha():
            continue  # ends in punctuation, a link's address or a number
        words = text.split()
        if (
            len(words) >= _MIN_CUT_WORDS
            and words[-1].lower() in _OPEN_ENDINGS
            and following.text
            and _marker(document, item) == _marker(document, following)
        ):
            yield item, following  # a sibling of the same list, not a list the sentence leads into


def _marker(document: Document, item: Block) -> str:
    """The list marker an item's first line opens with ("-", "*", "+", or "1." as "."): items of
    one list share it."""
    opening = document.source_lines[item.line - 1].lstrip(" >")[:1]
    return "." if opening.isdigit() else opening


def echoed_headings(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each one-line paragraph right below a heading that only repeats the heading's words (with at
    most the project's name added) and ends no sentence: a stray line left under the heading."""
    for heading, line in pairwise(document.blocks):
        if heading.kind is not BlockKind.HEADING or line.kind is not BlockKind.PARAGRAPH:
            continue
        if line.end_line != line.line or not line.text or not line.text[-1:].isalnum():
            continue
        heading_words = normalized_words(heading.text)
        words = normalized_words(line.text)
        if (
            heading_words
            and len(words) <= len(heading_words) + _ECHO_EXTRA_WORDS
            and set(heading_words) <= set(words)
            and not line.links
        ):
            yield heading, line
