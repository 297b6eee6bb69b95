"""A block's text split into sentences, for every reader that reads sentence by sentence: at the
spacing after a closing mark (".", "!", "?", or the marks a reader names), or, for sentences that
may be compared across blocks, only where the next sentence opens with a capital, a digit or markup.
"""

from __future__ import annotations

from applint.text.precompiled import cached_pattern

SENTENCE_ENDS = ".!?"


def split_after_marks(text: str, marks: str = SENTENCE_ENDS) -> list[str]:
    """The pieces of ``text`` split at the spacing after any of ``marks`` (characters that close a
    sentence; none of ``]``, ``\\``, ``^``, ``-``), as written: not stripped, none dropped."""
    return cached_pattern(f"(?<=[{marks}])\\s+").split(text)


# Where one statement of a fact ends: a sentence before a capital or markup, a clause after ";", a line.
_STATEMENT_ENDS = r"(?<=[.!?])\s+(?=[A-Z\[(*_`\"“])|;\s+|\n"


def split_statements(text: str, cells: bool = False) -> list[str]:
    """The pieces of a block's text that each state one fact ("The latest release is v1.5.0;
    Helm charts are at …"): its sentences, its clauses after ";", its lines, and with ``cells``
    the cells of a table row; as written, none dropped."""
    return cached_pattern(_STATEMENT_ENDS + (r"|\s\|\s" if cells else "")).split(text)


def split_sentences(text: str) -> list[str]:
    """The sentences of a block's text: split after ".", "!" or "?" before a capital, a digit or
    markup (a line break inside a paragraph is only the source's wrapping)."""
    pieces = cached_pattern(r"(?<=[.!?])\s+(?=[A-Z0-9\[*`\"'(])").split(text)
    return [piece.strip() for piece in pieces if piece.strip()]
