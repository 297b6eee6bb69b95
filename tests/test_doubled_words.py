"""``text.doubled_words.find_doubled``: where a word written twice in a row stands on a source line.

On an ASCII line the pattern is run only from the first place the lower-cased line holds the word,
spacing and the word again (and not at all without one); these tests hold it to the pattern run
over the whole line, as it was before.
"""

from __future__ import annotations

import itertools

import pytest

from applint.text.doubled_words import find_doubled
from applint.text.precompiled import cached_pattern


def _over_the_whole_line(line: str, word: str) -> tuple[int, str] | None:
    """find_doubled as it was: the pattern run from the line's start."""
    for found in cached_pattern(r"(?i)(?<![\w/.#-])(\w+)[ \t]+\1(?![\w/-])").finditer(line):
        first, second = found.group(0).split(None, 1)
        if first.lower() != word or second[0].isupper():
            continue
        before = line[: found.start()]
        if before.count("`") % 2 or before.rfind("](") > before.rfind(")"):
            continue
        return found.start() + 1, found.group(0)
    return None


@pytest.mark.parametrize(
    ("line", "word", "expected"),
    [
        # the slip after an earlier, single use of the word on the same line
        (
            "The client library ships with every release, and we detect client client liveness.",
            "client",
            (60, "client client"),
        ),
        # a tab between the two
        ("The roadmap is public\tpublic for every adopter.", "public", (16, "public\tpublic")),
        # the second capitalised: a name, not a slip
        ("Public\tPublic roadmap for the project.", "public", None),
        # a full stop between them: no slip on this line
        ("The roadmap is public. Public issues track each item.", "public", None),
        # a name written twice on purpose
        ("Our maintainer Michael Michael reviews each change.", "michael", None),
        # inside a code span, then written twice for real after it
        ("Run `go go build` and then the the tests.", "the", (28, "the the")),
        ("Run `go go build` before each release.", "go", None),
        # a link's address, then the slip in the text after it
        ("See [the docs](https://example.com/docs/docs) for the the details.", "the", (51, "the the")),
        # part of a longer word does not count
        ("The sword word appears once here.", "word", None),
        # a line that is not ASCII is read as before
        ("Die Überprüfung läuft läuft noch.", "läuft", (17, "läuft läuft")),
    ],
)
def test_the_slip_is_found_where_it_stands(line: str, word: str, expected: tuple[int, str] | None) -> None:
    assert find_doubled(line, word) == expected
    assert _over_the_whole_line(line, word) == expected


def test_every_arrangement_of_these_words_gives_what_the_whole_line_gives() -> None:
    tokens = ["word", "Word", "sword", "the", "`", "](x)", ")", ".", "#"]
    separators = [" ", "  ", "\t", ""]
    for count in (2, 3, 4):
        for words in itertools.product(tokens, repeat=count):
            for separator in separators:
                line = separator.join(words)
                for word in ("word", "the"):
                    assert find_doubled(line, word) == _over_the_whole_line(line, word), (line, word)
