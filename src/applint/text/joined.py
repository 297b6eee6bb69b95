"""Many short texts (a document's blocks) searched as one: which of them hold a stem.

A rule that reads only the few blocks naming something ("Sandbox", "maintainers") finds them with
one ``str.find`` pass over the joined text per stem, instead of a test on every block: on a
30 KB document a pass costs about 20 µs, a Python test per block several times that.
"""

from __future__ import annotations

import bisect
import itertools
import re

from applint.text.numbers import COUNT_ENDINGS as _COUNT_ENDINGS
from applint.text.numbers import count_before

# The words before a noun that say it is not counted ("the maintainers", "our adopters").
_NO_COUNT = ("the ", "The ", "our ", "Our ", "its ", "all ", "All ", "other ")


class JoinedTexts:
    """Texts joined by newlines, with where each starts."""

    __slots__ = ("_found", "_starts", "joined", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.joined = "\n".join(texts)
        self._starts: list[int] = []
        self._found: dict[str, set[int]] = {}  # per stem (or "#" and a counted noun), for the next asker

    def counting(self, *nouns: str) -> set[int]:
        """The indexes of the texts writing a count before one of ``nouns`` (given without their
        first letter, "aintainers"): "9 maintainers", "seven active maintainers", "10+ adopters"."""
        found: set[int] = set()
        for noun in nouns:
            found |= self._counting(noun)
        return found

    def _counting(self, noun: str) -> set[int]:
        key = "#" + noun  # beside the stems' own results
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = set()
            joined = self.joined
            position = joined.find(noun)
            while position >= 0:
                # Most nouns follow "the" or "our", which rules them out without reading the words
                # before; so does a last character no count ends in (a digit, "+", a number word's).
                if (
                    not joined.endswith(_NO_COUNT, 0, position - 1)
                    and joined[position - 3 : position - 2] in _COUNT_ENDINGS
                    and count_before(joined, position - 1)
                ):
                    found.add(self._index(position))
                position = joined.find(noun, position + len(noun))
        return found

    def _index(self, position: int) -> int:
        if not self._starts:
            self._starts = list(itertools.accumulate((len(t) + 1 for t in self.texts), initial=0))
        return bisect.bisect_right(self._starts, position) - 1

    def holding(self, *stems: str) -> set[int]:
        """The indexes of the texts holding any of ``stems`` (as written: give a stem without its
        first letter, "andbox", to find it capitalised or not)."""
        found: set[int] = set()
        for stem in stems:
            found |= self._holding(stem)
        return found

    def _holding(self, stem: str) -> set[int]:
        found = self._found.get(stem)
        if found is None:
            found = self._found[stem] = set()
            position = self.joined.find(stem)
            while position >= 0:
                index = self._index(position)
                found.add(index)
                position = self.joined.find(stem, self._starts[index + 1])  # from the next text on
        return found

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """The indexes of the texts where ``pattern`` matches (one search over the joined text; a
        pattern opening with a literal character is cheap)."""
        return {self._index(match.start()) for match in pattern.finditer(self.joined)}
