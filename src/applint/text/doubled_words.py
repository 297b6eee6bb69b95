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
    between, outside code spans and link addresses; None when the line holds no such slip.

    The pattern (a back-reference tried at every word start) costs ~0.1 µs a character, and a
    paragraph of a DOCX is one line: on an ASCII line it is run only from the first place where
    the lower-cased line holds the word, spacing and the word again, and not at all when there is
    none (the word's slip is then not on this line: "public. Public" has a full stop between)."""
    start = 0
    if line.isascii():
        start = _first_doubling(line.lower(), word)
        if start < 0:
            return None
    for found in cached_pattern(r"(?i)(?<![\w/.#-])(\w+)[ \t]+\1(?![\w/-])").finditer(line, start):
        first, second = found.group(0).split(None, 1)
        if first.lower() != word or second[0].isupper():
            continue  # another word, or a name ("Michael Michael")
        before = line[: found.start()]
        if before.count("`") % 2 or before.rfind("](") > before.rfind(")"):
            continue  # inside a code span or a link's address
        return found.start() + 1, found.group(0)
    return None


def _first_doubling(lowered: str, word: str) -> int:
    """The first offset in lower-cased ASCII text where ``word``, spaces or tabs and ``word`` again
    stand (as substrings: a lower bound for any doubling of the word the pattern finds, which is
    written so); -1 when there is none."""
    at = lowered.find(word)
    size = len(word)
    while at >= 0:
        after = end = at + size
        while end < len(lowered) and lowered[end] in " \t":
            end += 1
        if end > after and lowered.startswith(word, end):
            return at
        at = lowered.find(word, at + 1)
    return -1
