"""Text that stops before it is finished: a sentence ending on "at", "to", "the", "and", a comma,
or cut off inside a word ("the project is actively maint")."""

from __future__ import annotations

from collections.abc import Iterator

# Words a finished sentence does not end on.
_OPEN_ENDINGS = frozenset(
    [
        "at",
        "to",
        "from",
        "of",
        "via",
        "the",
        "a",
        "an",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "see",
        "including",
        "into",
        "onto",
        "with",
        "for",
        "by",
        "than",
        "our",
        "their",
        "its",
        "whose",
        "e.g.",
        "i.e.",
        "as",
        "per",
        # Verbs that take what they name as their object: "The SECURITY.md file includes".
        "includes",
        "contains",
        "describes",
        "outlines",
        "specifies",
        "namely",
    ]
)
# "log in", "built on", "worked on": after these verbs "in" and "on" end a phrase.
_PARTICLE_VERBS = frozenset(
    [
        "log",
        "logged",
        "sign",
        "signed",
        "opt",
        "opted",
        "plug",
        "plugged",
        "built",
        "build",
        "check",
        "checked",
        "turn",
        "turned",
        "carry",
        "carried",
        "roll",
        "rolled",
        "switch",
        "switched",
        "rely",
        "relies",
        "relied",
        "depend",
        "depends",
        "depended",
        "based",
        "focus",
        "focused",
        "work",
        "worked",
        "working",
        "agree",
        "agreed",
        "vote",
        "voted",
        "comment",
        "commented",
        "act",
        "acted",
        "follow",
        "followed",
        "iterate",
        "iterated",
        "move",
        "moved",
        "keep",
        "kept",
        "count",
        "counted",
        "decide",
        "decided",
        "take",
        "taken",
        "weigh",
        "weighed",
        "chime",
        "chimed",
    ]
)
MIN_WORDS = 4


def open_ending(text: str) -> str:
    """The word or mark an unfinished text ends on, or ""."""
    text = text.rstrip()
    words = text.split()
    if len(words) < MIN_WORDS:
        return ""
    if text[-1] in ",(":
        return text[-1]
    word = words[-1].lower()  # the text is stripped: its last word is what it ends on
    if word in ("in", "on") and words[-2].lower() not in _PARTICLE_VERBS:
        return word
    return word if word in _OPEN_ENDINGS else ""


# A word this much longer than the fragment it starts with shows what the fragment was cut from.
CUT_FROM_EXTRA = 2
# The shortest beginning of a word that is taken for one cut off ("regis", "maint").
MIN_FRAGMENT = 4


def fragment_candidate(text: str) -> str:
    """The lower-case word a prose text ends on with no closing mark, when it could be a cut-off
    word (``cut_off_word`` decides); "" otherwise."""
    text = text.rstrip()
    head, _, last = text.rpartition(" ")
    if len(last) < 2 or not (last.isascii() and last.isalpha() and last.islower()):
        return ""
    return last if len(head.split(None, MIN_WORDS - 1)) >= MIN_WORDS - 1 else ""


# What a whole word takes on to become a longer one ("schedule" -> "scheduled", "week" -> "weekly"):
# a fragment only these continue is a word, not a cut-off one.
_SUFFIXES = frozenset(
    [
        "s",
        "es",
        "d",
        "ed",
        "ing",
        "ly",
        "er",
        "ers",
        "est",
        "r",
        "st",
        "ment",
        "ments",
        "ness",
        "al",
        "ally",
        "ity",
        "ities",
        "ion",
        "ions",
        "ation",
        "ations",
        "ive",
        "able",
        "ful",
        "ship",
        "ize",
        "ise",
        "ized",
        "ised",
        "izes",
        "ises",
        "ization",
        "y",
        "ies",
        "ied",
        "ish",
        "less",
    ]
)


class Vocabulary:
    """A document's words, looked up one at a time (a scan of the lower-cased text per word asked
    about, remembered): far cheaper than counting every word when few are ever asked about."""

    __slots__ = ("_counts", "_rests", "_text")

    def __init__(self, text: str) -> None:
        self._text = text.lower()
        self._counts: dict[str, int] = {}
        self._rests: dict[str, list[str]] = {}

    def count(self, word: str) -> int:
        """How often ``word`` occurs as a whole word, up to 2 ("more than once")."""
        if word not in self._counts:
            found = 0
            for _, rest in self._starts(word):
                found += not rest
                if found == 2:
                    break
            self._counts[word] = found
        return self._counts[word]

    def continuations(self, start: str) -> list[str]:
        """What follows ``start`` in each longer word that begins with it."""
        if start not in self._rests:
            self._rests[start] = [rest for _, rest in self._starts(start) if rest]
        return self._rests[start]

    def _starts(self, start: str) -> Iterator[tuple[int, str]]:
        """(offset, the letters after ``start``) of each word beginning with ``start``."""
        text, position = self._text, self._text.find(start)
        while position >= 0:
            end = position + len(start)
            if position == 0 or not ("a" <= text[position - 1] <= "z"):
                stop = end
                while stop < len(text) and "a" <= text[stop] <= "z":
                    stop += 1
                yield position, text[end:stop]
            position = text.find(start, end)


def cut_off_word(fragment: str, words: Vocabulary) -> bool:
    """Whether ``fragment``, the last word of an unpunctuated text, is a word cut off mid-way: it
    occurs once in the document and either is one letter repeated ("zz", "xxx") or begins a
    longer word the document uses elsewhere ("regis" of "registry"), which no longer word shows
    to be a whole word by adding only a suffix to it ("schedule" of "scheduled"), and which is no
    plural of a word the document uses ("slides" beside "slide"); short fragments ("dev") are too
    often whole words."""
    if words.count(fragment) > 1:
        return False
    if len(set(fragment)) == 1:
        return True
    if len(fragment) < MIN_FRAGMENT or (fragment.endswith("s") and words.count(fragment[:-1])):
        return False
    rests = words.continuations(fragment)
    return any(len(rest) >= CUT_FROM_EXTRA for rest in rests) and not any(rest in _SUFFIXES for rest in rests)
