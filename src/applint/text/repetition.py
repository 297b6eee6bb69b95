"""A word or phrase written twice in a row inside one sentence ("linked from from their site",
"the project the project has"): a slip of editing, not emphasis."""

from __future__ import annotations

import bisect
import itertools
import operator

from applint.text.patterns import LazyPattern

# A word: what a copy is made of ("it's", "cloud-native" count; "v1.2", "#12", "org/repo" do not).
_WORD = LazyPattern(r"[A-Za-z][\w'’-]*")
_TOKEN = LazyPattern(r"\S+")
LONGEST = 2  # words in the longest phrase looked for ("the project the project")

# Words English doubles on purpose: "really really great", "that that", "had had", "bye bye".
_MEANT_TWICE = frozenset(
    {
        "really",
        "very",
        "so",
        "much",
        "many",
        "more",
        "no",
        "yes",
        "bye",
        "ha",
        "well",
        "far",
        "that",
        "had",
        "is",
        "blah",
    }
)


_FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "for",
        "with",
        "from",
        "this",
        "it",
        "we",
        "our",
        "their",
        "as",
    }
)


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """(index, size) of each run of one or two words followed at once by itself, longest first at
    an index. A run of ``size`` words at ``index`` is ``size`` words in a row equal to the word
    ``size`` places on: the comparisons are made by ``map`` into bytes and the run is a ``find`` of
    that many ones (no Python loop over the words, since this runs on every line)."""
    runs: list[tuple[int, int]] = []
    for size in range(1, LONGEST + 1):
        same = bytes(map(operator.eq, words, words[size:]))
        needle = b"\x01" * size
        index = same.find(needle)
        while index >= 0:
            runs.append((index, size))
            index = same.find(needle, index + 1)
    return sorted(runs, key=lambda run: (run[0], -run[1]))


_BETWEEN_LINES = "\x00"  # never in decoded input (sources refuse NUL), so never a word


def find_repeats(lines: list[str]) -> dict[int, list[tuple[int, str]]]:
    """Line index -> (0-based offset, the phrase) of each phrase of one or two words written twice
    in a row in that line, separated by one or two spaces (never by the blanks a code span leaves),
    its two copies spelled alike: a name beside a lower-case reference ("Crossplane crossplane/…")
    is no repeat. Words are compared as written (a copy closed by punctuation, "it it.", is not
    looked for). The words of all lines are compared at once, which costs far less than line by
    line; a line's words never run into the next line's."""
    words = f" {_BETWEEN_LINES} ".join(lines).split()  # as written: "The the" is no slip anyway
    runs = _runs(words)
    if not runs:
        return {}
    breaks = list(
        itertools.compress(itertools.count(), map(operator.eq, words, itertools.repeat(_BETWEEN_LINES)))
    )
    by_line: dict[int, list[tuple[int, int]]] = {}
    for index, size in runs:
        line = bisect.bisect_right(breaks, index)
        if line == bisect.bisect_right(breaks, index + 2 * size - 1):  # the run stays inside one line
            first_word = breaks[line - 1] + 1 if line else 0
            by_line.setdefault(line, []).append((index - first_word, size))
    found = {line: _phrases(lines[line], line_runs) for line, line_runs in by_line.items()}
    return {line: phrases for line, phrases in found.items() if phrases}


def find_repeated_phrases(text: str) -> list[tuple[int, str]]:
    """The repeats of one line (``find_repeats`` for a single text)."""
    return find_repeats([text]).get(0, [])


def _phrases(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The runs of one line that are words written twice, as (offset, phrase)."""
    words = text.split()
    found: list[tuple[int, str]] = []
    taken = 0  # words before this one belong to a repeat already reported
    for index, size in runs:
        if index < taken or not all(_WORD.fullmatch(word) for word in words[index : index + size]):
            continue
        first = " ".join(words[index : index + size])
        second = " ".join(words[index + size : index + 2 * size])
        if _meant(first, second):
            continue
        # Where the copies are: the word spans up to the second copy's first word (only these).
        spans = [match.span() for match in itertools.islice(_TOKEN.finditer(text), index, index + size + 1)]
        if text[spans[-2][1] : spans[-1][0]] not in (" ", "  ", "\t"):
            continue  # the copies are apart: blanks left by a code span between them
        found.append((spans[0][0], f"{first} {second}"))
        taken = index + 2 * size
    return found


def _meant(first: str, second: str) -> bool:
    """Words doubled on purpose ("really really"), a capitalised name written twice ("Walla
    Walla"), or copies that differ in case at their start ("Crossplane crossplane")."""
    if first.lower() in _MEANT_TWICE or first[:1].isupper() != second[:1].isupper():
        return True
    if len(first) < 2 and first.lower() != "a":
        return True  # "I I" in a roman list
    return " " not in first and first[:1].isupper() and first.lower() not in _FUNCTION_WORDS
