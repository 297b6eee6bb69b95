"""How one Markdown source line reads, as the render shapes' families need it: where a list item's text
starts, whether a line stops on a word that needs the next, the label it opens with, its indentation
and the line ends after which the next line shows on a line of its own."""

from __future__ import annotations

from applint.text.precompiled import compile_pattern

# Words a sentence cannot end on: an article, a preposition, a pronoun that needs its noun.
OPEN_ENDINGS = frozenset(
    {"a", "an", "the", "of", "on", "in", "to", "for", "with", "by", "from", "at", "into", "via", "onto"}
    | {"through", "that", "which", "whose", "our", "their", "its", "is", "are", "was", "were"}
)


def ends_open(line: str) -> bool:
    """Whether a line stops on a word that needs the next ("… about each release and"), a comma or
    a hyphen: the sentence goes on below it."""
    stripped = line.rstrip()
    if stripped.endswith((",", "-", "(")):
        return True
    last = stripped.rsplit(None, 1)[-1].lower() if stripped else ""
    return last in OPEN_ENDINGS or last in ("and", "or")


# A list item's first line up to its text: indentation, the marker, the spaces after it.
ITEM_OPENING = compile_pattern(r"^[ ]*(?:[-*+]|\d{1,9}[.)])[ ]+")


# The most words a line's label holds before its colon ("Project data classification:").
_KEY_WORDS = 6
# What a label holds only when it is a sentence's start, not a label ("Finally, we note: …").
_SENTENCE_MARKS = frozenset(".,;!?")


def line_key(line: str) -> str | None:
    """The label a line opens with ("Intended usage: Cloud-native …" → "Intended usage", also set in
    bold, "**Owner:** …", or quoted, "> **Project:** …"): a few words opening with a capital, before a colon that ends the line or
    has a space after it; None for a line of prose, an address ("https://…") or a time ("10:30")."""
    text = line.strip()
    if text[:1] == ">":
        text = text.lstrip("> ")  # a block quote's line: its text
    if text[:2] in ("**", "__"):
        text = text[2:]
    colon = text.find(":")
    if colon < 1 or not text[:1].isupper():
        return None
    label = text[:colon].rstrip("*_ ")
    rest = text[colon + 1 :].lstrip("*_")
    if rest[:1] not in ("", " ") or not label or len(label.split()) > _KEY_WORDS:
        return None
    return None if any(mark in label for mark in _SENTENCE_MARKS) else label


# The fewest words the paragraph cut off by the blank line holds (a label "Built on" does not), and
# the fewest a line ending a sentence unstopped holds.
MIN_SPLIT_WORDS = 5


# Line ends after which the next line shows on a line of its own.
LINE_BREAKS = ("  ", "\\", "<br>", "<br/>", "<br />")


def leading_spaces(line: str) -> int:
    """How many spaces a line opens with."""
    return len(line) - len(line.lstrip(" "))
