"""Small counts as authors write them: digits or the words one to twenty."""

from __future__ import annotations

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
# A count in a regular expression: digits or one of the words.
NUMBER_PATTERN = r"\d{1,4}|" + "|".join(NUMBER_WORDS)


def read_number(written: str) -> int | None:
    """The value of "12" or "twelve" (any case); None for anything else."""
    word = written.strip().lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.index(word) if word in NUMBER_WORDS else None


_WORDS = frozenset(NUMBER_WORDS)
# The last character of a count, or of a qualifier after one ("seven active maintainers").
_QUALIFIER_LIST = ("active", "current", "production")
COUNT_ENDINGS = frozenset("0123456789+") | {word[-1] for word in (*NUMBER_WORDS, *_QUALIFIER_LIST)}
# Words that may stand between a count and its noun ("seven active maintainers").
_QUALIFIERS = frozenset(_QUALIFIER_LIST)
_REACH = 30  # characters before a noun that can hold a count and one qualifier


def count_before(text: str, end: int) -> bool:
    """Whether a count ("9", "10+", "seven") is the word ending just before ``end`` (a space
    there), or the word before a qualifier there ("seven active")."""
    words = text[max(0, end - _REACH) : end].split()
    for word in reversed(words[-2:]):
        word = word.rstrip("+")
        if word.isdigit() or word.lower() in _WORDS:
            return True
        if word.lower() not in _QUALIFIERS:
            return False
    return False
