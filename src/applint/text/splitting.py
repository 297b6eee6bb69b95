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


def split_sentences(text: str) -> list[str]:
    """The sentences of a block's text: split after ".", "!" or "?" before a capital, a digit or
    markup (a line break inside a paragraph is only the source's wrapping)."""
    pieces = cached_pattern(r"(?<=[.!?])\s+(?=[A-Z0-9\[*`\"'(])").split(text)
    return [piece.strip() for piece in pieces if piece.strip()]
