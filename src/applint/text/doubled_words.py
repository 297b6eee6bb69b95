"""A word written twice in a row by slip ("detect client client liveness", "the the"): found from a
block's words (one comparison per word), confirmed on its source line, where only spacing may stand
between the two and neither may sit in a code span.

Not slips: words English doubles on purpose ("that that", "had had", "is is"), numbers, one letter,
a name ("Michael Michael": the second word capitalised).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator

from applint.text.precompiled import cached_pattern

# Words an author may rightly write twice in a row.
INTENDED = frozenset(
    {
        "that",
        "had",
        "is",
        "do",
        "very",
        "so",
        "no",
        "bye",
        "ha",
        "blah",
        "knock",
        "really",
        "far",
        "more",
        "go",
    }
)


def doubled_candidates(words: tuple[str, ...]) -> Iterator[str]:
    """The normalised words that come twice in a row in ``words`` (a block's words, punctuation
    gone: the source decides whether a comma or a full stop stood between them). Most blocks hold
    no word twice in a row: one comparison of the words with themselves shifted by one, in C,
    tells them before any word is looked at."""
    if not any(map(operator.eq, words, words[1:])):
        return
    for first, second in itertools.pairwise(words):
        if first == second and len(first) > 1 and first.isalpha() and first not in INTENDED:
            yield first


def find_doubled(line: str, word: str) -> tuple[int, str] | None:
    """The 1-based column and the text of ``word`` written twice on a source line with only spacing
    between, outside code spans and link addresses; None when the line holds no such slip."""
    for found in cached_pattern(r"(?i)(?<![\w/.#-])(\w+)[ \t]+\1(?![\w/-])").finditer(line):
        first, second = found.group(0).split(None, 1)
        if first.lower() != word or second[0].isupper():
            continue  # another word, or a name ("Michael Michael")
        before = line[: found.start()]
        if before.count("`") % 2 or before.rfind("](") > before.rfind(")"):
            continue  # inside a code span or a link's address
        return found.start() + 1, found.group(0)
    return None
