"""Shapes of a Markdown document's blocks that render other than meant, read from the blocks the
reader made (never from the raw text), one module per family of shapes, with how one source line
reads (this module) beneath them all:

- ``lists.py``: a sentence cut across two bullets ("- … hosted on" / "- GitHub, making it …"), a
  list item's title run into its text, a line meant as an item that lost its marker, an ordered
  list whose numbers show other than written, a numbered list a table at the margin cuts in two;
- ``indentation.py``: sub-items indented short of their item's text, a fenced code block in a list
  item whose lines sit left of the item's text (GitHub cuts it off there), a list or prose indented
  into a code block, an item's paragraph indented into its last sub-item, a table at the margin
  inside an item's text;
- ``run_together.py``: lines holding a link alone, or a label and its value, which run together; a
  bold label run into its text; an advisory's title run into its description; two paragraphs typed
  on consecutive lines (long ones anywhere; any two in a document writing each paragraph on one
  line); a sentence with no full stop running into the next;
- ``split_text.py``: a sentence cut in two by a blank line; a line repeating the heading right above
  it ("### Communication Channels" then "kcp Communication Channels"), which renders as a lone
  paragraph under it;
- ``blanks.py``: characters that do not show in prose, table rows that hold nothing.

Each rule imports what it reads from its family, where a Markdown document is read: this module
imports none of them, so a DOCX or text document's run imports no shape. What it holds is how one
source line reads, as the families need it: where a list item's text starts, whether a line stops
on a word that needs the next, the label it opens with, its indentation and the line ends after
which the next line shows on a line of its own."""

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
