"""A word or phrase written twice in a row inside one sentence ("linked from from their site",
"the project the project has"): a slip of editing, not emphasis."""

from __future__ import annotations

import itertools
import operator

from applint.text.patterns import LazyPattern

# A word: what a copy is made of ("it's", "cloud-native" count; "v1.2", "#12", "org/repo" do not).
_WORD = LazyPattern(r"[A-Za-z][\w'’-]*")
_TOKEN = LazyPattern(r"\S+")
_OUTER = ".,;:!?()[]\"'“”‘’*_"
# Punctuation dropped before words are compared ("from from." is a repeat; "(from from" too).
_DROPPED = str.maketrans("", "", _OUTER)
LONGEST = 5  # words in the longest phrase looked for

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


def _may_repeat(words: list[str]) -> bool:
    """A cheap test first (most lines repeat nothing): two equal words in a row, or a pair of words
    that comes twice, which every repeated run of two or more words holds."""
    if any(map(str.__eq__, words, words[1:])):
        return True
    pairs = list(itertools.pairwise(words))
    return len(set(pairs)) < len(pairs) and bool(_runs(words))


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """(index, size) of each run of one to five words followed by itself, longest first at an index.
    Equal pairs are found by ``map`` and ``compress`` (no Python loop over every word: this runs on
    every line of every document); a run of two or more words needs its first two words repeated."""
    runs: list[tuple[int, int]] = []
    for size in range(1, LONGEST + 1):
        same = list(map(str.__eq__, words, words[size:]))
        starts = same if size == 1 else list(map(operator.and_, same, same[1:]))
        for index in itertools.compress(itertools.count(), starts):
            if size < 3 or words[index : index + size] == words[index + size : index + 2 * size]:
                runs.append((index, size))
    return sorted(runs, key=lambda run: (run[0], -run[1]))


def find_repeated_phrases(text: str) -> list[tuple[int, str]]:
    """(0-based offset, the phrase) of each phrase of one to five words written twice in a row in
    ``text``, separated by one or two spaces (never by the blanks a code span leaves), its two copies
    spelled alike: a name beside a lower-case reference ("Crossplane crossplane/…") is no repeat."""
    if " " not in text or not _may_repeat(text.lower().translate(_DROPPED).split()):
        return []
    tokens = [(match.start(), match.end()) for match in _TOKEN.finditer(text)]
    words = [text[start:end].strip(_OUTER) for start, end in tokens]
    found: list[tuple[int, str]] = []
    taken = 0  # tokens before this one belong to a repeat already reported
    for index, size in _runs([word.lower() for word in words]):
        if index < taken or not _written_twice(text, tokens, words, index, size):
            continue
        first = " ".join(words[index : index + size])
        second = " ".join(words[index + size : index + 2 * size])
        if _meant(first, second):
            continue
        token = text[tokens[index][0] : tokens[index][1]]
        start = tokens[index][0] + len(token) - len(token.lstrip(_OUTER))  # after an opening "("
        found.append((start, f"{first} {second}"))
        taken = index + 2 * size
    return found


def _written_twice(text: str, tokens: list[tuple[int, int]], words: list[str], index: int, size: int) -> bool:
    """True when the run is plain words (punctuation only opening the first copy and closing the
    second) with one or two spaces between the copies."""
    if not all(word and _WORD.fullmatch(word) for word in words[index : index + size]):
        return False
    inner = range(index + 1, index + 2 * size - 1)
    if any(text[tokens[i][0] : tokens[i][1]] != words[i] for i in inner):
        return False
    if (
        size == 1
        and text[tokens[index][0] : tokens[index][1]].rstrip(_OUTER)
        != text[tokens[index][0] : tokens[index][1]]
    ):
        return False  # "and, and": the first copy is closed
    gap = text[tokens[index + size - 1][1] : tokens[index + size][0]]
    return gap in (" ", "  ", "\t")


def _meant(first: str, second: str) -> bool:
    """Words doubled on purpose ("really really"), a capitalised name written twice ("Walla
    Walla"), or copies that differ in case at their start ("Crossplane crossplane")."""
    if first.lower() in _MEANT_TWICE or first[:1].isupper() != second[:1].isupper():
        return True
    if len(first) < 2 and first.lower() != "a":
        return True  # "I I" in a roman list
    return " " not in first and first[:1].isupper() and first.lower() not in _FUNCTION_WORDS
