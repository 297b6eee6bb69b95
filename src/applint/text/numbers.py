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
