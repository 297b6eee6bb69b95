"""A word or phrase written twice in a row inside one sentence ("linked from from their site",
"the project the project has"): a slip of editing, not emphasis."""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern

# One to five words, then the same words again after one or two spaces (never across a line, nor
# across blanked-out code: "`RELEASE.md` to" blanks to many spaces).
_REPEATED = LazyPattern(
    r"(?<![\w/#@.-])((?:[A-Za-z][\w'’-]*[ \t]+){0,4}[A-Za-z][\w'’-]*)[ \t]{1,2}\1(?![\w/#@-])", re.IGNORECASE
)
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


def find_repeated_phrases(text: str) -> list[tuple[int, str]]:
    """(0-based offset, the phrase) of each phrase written twice in a row in ``text``, its two copies
    spelled alike (a name beside a lower-case reference, "Crossplane crossplane/…", is no repeat)."""
    if " " not in text:
        return []
    found = []
    for match in _REPEATED.finditer(text):
        phrase = match.group(1)
        second = text[match.end() - len(phrase) : match.end()]
        if second.lower() != phrase.lower() or phrase.lower() in _MEANT_TWICE:
            continue
        if phrase[:1].isupper() != second[:1].isupper() or (len(phrase) < 2 and phrase.lower() != "a"):
            continue  # "Crossplane crossplane", "I I" in a roman list
        if " " not in phrase and phrase[:1].isupper() and phrase.lower() not in _FUNCTION_WORDS:
            continue  # a name written twice on purpose ("Walla Walla")
        found.append((match.start(), f"{phrase} {second}"))
    return found
