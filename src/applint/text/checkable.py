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
from applint.text.numbers import NUMBER_WORDS as WORDS_ONE_TO_TWENTY
from applint.text.patterns import LazyPattern

# Marks that need no word list: each is a place or a thing a reader can look up. Each kind is
# searched only when the text holds the characters it needs (one C-level test), so that prose
# with none of them costs a few substring tests, not a scan per kind.
_PLACES: tuple[tuple[str, LazyPattern], ...] = (
    ("://", LazyPattern(r"https?://\S+")),  # an address (a literal prefix: the fastest scan)
    ("/", LazyPattern(r"\b[\w.-]+(?:/[\w.-]+){2,}")),  # a path
    ("www.", LazyPattern(r"\bwww\.\S+", re.IGNORECASE)),
    ('"', LazyPattern(r'"[^"\n]{3,}"')),  # a quoted title
    ("@", LazyPattern(r"\b[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@[A-Za-z0-9][\w-]*")),  # e-mail, handle
    ("#", LazyPattern(r"(?<![\w&])#(?:\d+|[a-z][\w-]*[a-z0-9])", re.IGNORECASE)),  # issue, channel
)
# A file name or a domain: searched only when one of these endings is in the text.
_SUFFIXES = (
    ".md",
    ".markdown",
    ".yaml",
    ".yml",
    ".json",
    ".toml",
    ".txt",
    ".pdf",
    ".go",
    ".py",
    ".sh",
    ".rst",
    ".adoc",
    ".htm",
    ".cfg",
    ".dev",
    ".io",
    ".org",
    ".com",
    ".net",
    ".ai",
    ".cloud",
    ".app",
    ".tech",
)
_FILE_OR_DOMAIN = LazyPattern(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:md|markdown|ya?ml|json|toml|txt|pdf|go|py|sh|rst|adoc|html?|cfg"
    r"|dev|io|org|com|net|ai|cloud|app|tech)\b",
    re.IGNORECASE,
)
# Pointers to what the document shows elsewhere ("see above", "same file", "the previous item").
_POINTER_HINTS = ("above", "below", "same", "see", "previous", "preceding", "next", "following")
_POINTER = LazyPattern(
    r"\b(?:above|below)\b|\bsame\s+(?:file|page|document|doc|link|place|folder)\b"
    r"|\b(?:previous|preceding|next|following)\s+(?:item|criterion|answer|section|one)\b|\bsee\s+(?:the\s+|our\s+)?\w+",
    re.IGNORECASE,
)
# A number, a date, a version: starts with a digit (the pattern's first character lets the scan skip
# ahead), not inside a word ("v1", "h2"): the character before it is checked by hand.
_NUMBER = LazyPattern(r"\d[\d.,:/-]*(?:%|\w*)")
# Counts written as words ("seven maintainers", "five adopters"); "one" is left out ("no one",
# "one of the ways").
NUMBER_WORDS = frozenset(WORDS_ONE_TO_TWENTY[2:]) | {
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
}
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


def first_checkable(text: str, ordinary: Set[str], stated: Set[str]) -> str | None:
    """The first thing in ``text`` a reader can check (marks without a word list first), or None.

    ``ordinary`` holds lower-case words that are no name to look up even when capitalised (the
    templates' vocabulary, the project's own name); ``stated`` the words of the criterion the text
    answers, whose places, schedules and counts are the criterion's, not the answer's."""
    return place_mark(text, stated) or word_mark(text, ordinary, stated)


def place_mark(text: str, stated: Set[str]) -> str | None:
    """A number, address, path, handle, reference, quoted title, file, domain or pointer, if the
    text holds one (the cheap question: a scan for a digit and a few substring tests, then only
    the scans they call for, stopping at the first kind found)."""
    folded = fold(text)
    match = _NUMBER.search(folded)
    while match is not None:
        before = folded[match.start() - 1 : match.start()]
        if not (before.isalnum() or before in ("_", ".")) and match.group(0).lower() not in stated:
            return match.group(0)  # (a number the criterion states, "2FA", is the criterion's)
        match = _NUMBER.search(folded, match.end())
    for needle, pattern in _PLACES:
        if needle in folded:
            found = pattern.search(folded)
            if found is not None:
                return found.group(0)
    lower = folded.lower()
    if any(suffix in lower for suffix in _SUFFIXES):
        found = _FILE_OR_DOMAIN.search(folded)
        if found is not None:
            return found.group(0)
    if any(hint in lower for hint in _POINTER_HINTS):
        found = _POINTER.search(folded)
        if found is not None:
            return found.group(0)
    return None


def word_mark(text: str, ordinary: Set[str], stated: Set[str]) -> str | None:
    """The first proper name, count, place or schedule word the criterion does not itself say."""
    folded = fold(text)
    said = {word.removesuffix("s") for word in stated}
    start = True  # a capital opening a sentence says nothing
    for match in _WORD.finditer(folded):
        word = match.group(0)
        bare = word.lower().removesuffix("'s").rstrip("'")
        after = folded[match.end() : match.end() + 2]
        if bare in PLACE_WORDS or bare in NUMBER_WORDS:
            counts = bare in PLACE_WORDS or not after.startswith("-")  # "two-person review" counts nothing
            if counts and bare.removesuffix("s") not in said:
                return word
        elif bare not in ordinary and _is_name(word, start):
            return word
        start = after[:1] in _SENTENCE_END and (len(after) == 1 or after[1:].isspace())
    return None


def _is_name(word: str, sentence_start: bool) -> bool:
    """Capitalised mid-sentence, or capitals inside the word (DevStats, CodeQL, README) anywhere."""
    if len(word) < 2:
        return False
    if any(character.isupper() for character in word[1:]):
        return True
    return word[0].isupper() and not sentence_start
