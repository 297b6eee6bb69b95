"""Text that renders cut apart or said twice: a sentence cut in two by a blank line, and a line
repeating the heading right above it, which renders as a lone paragraph under it."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from applint.matching.render_shapes import MIN_SPLIT_WORDS, ends_open, leading_spaces
from applint.model import Block, BlockKind, Document
from applint.text.normalize import normalized_words

# How many words a line repeating a heading may add to it (the project's name: "kcp …").
_ECHO_EXTRA_WORDS = 2


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


# Words that open no paragraph of their own: they go on a sentence begun above ("… (A total budget
# spent" / "" / "on the project amounted to …").
_GOING_ON = frozenset(
    {"on", "of", "in", "to", "for", "with", "by", "from", "at", "and", "or", "but", "which", "that"}
    | {"is", "are", "was", "were", "than", "into", "as"}
)


def split_sentences(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each paragraph ending mid-sentence, with no closing punctuation, whose sentence goes on in
    the paragraph after the blank line below it: the next opens with a word that only continues a
    sentence ("… (A total budget spent" / "" / "on the project amounted to …"), or, after a word
    that needs the next ("… has already been described in"), with a lower-case word or a link
    ("[Operational Aspects section](…) of this document"). Rendered as two paragraphs, the first
    reads cut off. Not a bold label, a line ending in a colon, or a paragraph of a few words."""
    lines = document.source_lines
    paragraph = BlockKind.PARAGRAPH
    for above, below in pairwise(document.blocks):
        if above.kind is not paragraph or below.kind is not paragraph or below.line <= above.end_line + 1:
            continue
        text = above.text.rstrip()
        if not text[-1:].isalpha() or len(text.split()) < MIN_SPLIT_WORDS or above.strong == text:
            continue
        words = below.text.split(None, 1)
        first_word = words[0] if words else ""
        written = lines[below.line - 1]
        goes_on = first_word in _GOING_ON or (
            ends_open(text) and (first_word[:1].islower() or written.lstrip()[:1] == "[")
        )
        if goes_on and leading_spaces(lines[above.line - 1]) == leading_spaces(written):
            yield above, below
