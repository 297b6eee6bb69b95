"""What in a sentence a reader can go and check: an address, a file or path, a number, date or
schedule, a proper name, a quoted title, a handle, an issue or channel reference, a place named
(a repository, a website, a calendar) or a pointer to what the document shows elsewhere ("see
above", "same file").

A claim such as "The project documents its release process" holds none of these; "documented in
RELEASE.md", "reviewed at the TAG meeting on 2025-03-04" and "12 maintainers from 4 companies" each
hold one. Which capitalised words are names is the caller's to say: the words of the criterion,
of its template and the project's own name are written with capitals too, and say nowhere to look.
"""

from __future__ import annotations

import re
from collections.abc import Set

from applint.text.normalize import fold
from applint.text.patterns import LazyPattern

# Marks that need no word list: each is a place or a thing a reader can look up.
_PLACE = LazyPattern(
    r"(?P<address>\bhttps?://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+)"
    r"|(?P<handle>(?<![\w@])@[A-Za-z0-9][\w-]*)"
    r"|(?P<reference>(?<![\w&])#(?:\d+|[a-z][\w-]*[a-z0-9]))"
    r"|(?P<file>\b[\w-]+(?:\.[\w-]+)*\.(?:md|markdown|ya?ml|json|toml|txt|pdf|go|py|sh|rst|adoc|html?|cfg)\b)"
    r"|(?P<path>\b[\w.-]+(?:/[\w.-]+){2,})"
    r"|(?P<domain>\b[a-z0-9][\w-]*\.(?:dev|io|org|com|net|ai|sh|cloud|app|tech)\b)"
    r"|(?P<pointer>\b(?:above|below)\b|\bsame\s+(?:file|page|document|doc|link|place|folder)\b"
    r"|\b(?:previous|preceding|next|following)\s+(?:item|criterion|answer|section|one)\b|\bsee\s+(?:the\s+|our\s+)?\w+)"
    r'|(?P<title>"[^"\n]{3,}")'
    r"|(?P<number>(?<![\w.])\d[\d.,:/-]*(?:%|\w*))",
    re.IGNORECASE,
)
# Counts written as words ("seven maintainers", "five adopters"); "one" is left out ("no one",
# "one of the ways").
NUMBER_WORDS = frozenset(
    [
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
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
    ]
)
# One word, or one part of a hyphenated word ("CNCF-hosted": a name only where a part is one).
# Words that say where or when something can be seen: a place a document or a meeting lives in, a
# schedule. Checkable when the criterion itself does not say them ("on the CNCF calendar" answers
# a criterion about meetings, not one about the calendar).
PLACE_WORDS = frozenset(
    [
        "repository",
        "repositories",
        "repo",
        "repos",
        "org",
        "organization",
        "organisation",
        "website",
        "site",
        "wiki",
        "page",
        "pages",
        "folder",
        "directory",
        "readme",
        "handbook",
        "blog",
        "calendar",
        "channel",
        "channels",
        "forum",
        "tracker",
        "board",
        "dashboard",
        "notes",
        "minutes",
        "recording",
        "recordings",
        "slides",
        "video",
        "talk",
        "meeting",
        "meetings",
        "mailing",
        "daily",
        "weekly",
        "biweekly",
        "fortnightly",
        "monthly",
        "quarterly",
        "annually",
        "annual",
        "yearly",
        "week",
        "weeks",
        "month",
        "months",
        "quarter",
        "quarters",
        "year",
        "years",
    ]
)
_WORD = LazyPattern(r"(?<![\w'’])[A-Za-z][A-Za-z0-9'’&]*")
_SENTENCE_END = (".", "!", "?", ":", ";")


def checkable_marks(text: str, ordinary: Set[str], stated: Set[str]) -> list[str]:
    """The things in ``text`` a reader can check, in order.

    ``ordinary`` holds lower-case words that are no name to look up even when capitalised (the
    templates' vocabulary, the project's own name); ``stated`` the words of the criterion the text
    answers, whose places, schedules and counts are the criterion's, not the answer's."""
    folded = fold(text)
    said = {word.removesuffix("s") for word in stated}
    marks = [
        match.group(0)
        for match in _PLACE.finditer(folded)
        if match.lastgroup != "number" or match.group(0).lower() not in stated  # "2FA" of the criterion
    ]
    start = True  # a capital opening a sentence says nothing
    for match in _WORD.finditer(folded):
        word = match.group(0)
        bare = word.lower().removesuffix("'s").rstrip("'")
        after = folded[match.end() : match.end() + 2]
        if bare in PLACE_WORDS or bare in NUMBER_WORDS:
            counts = bare in PLACE_WORDS or not after.startswith("-")  # "two-person review" counts nothing
            if counts and bare.removesuffix("s") not in said:
                marks.append(word)
        elif bare not in ordinary and _is_name(word, start):
            marks.append(word)
        start = after[:1] in _SENTENCE_END and (len(after) == 1 or after[1:].isspace())
    return marks


def _is_name(word: str, sentence_start: bool) -> bool:
    """Capitalised mid-sentence, or capitals inside the word (DevStats, CodeQL, README) anywhere."""
    if len(word) < 2:
        return False
    if any(character.isupper() for character in word[1:]):
        return True
    return word[0].isupper() and not sentence_start
