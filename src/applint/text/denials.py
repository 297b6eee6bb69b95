"""Sentences in which a TOC member's evaluation denies what the criterion asks for: the criterion's
key words stand in the scope of a negation that says the project does not record, state or
publish them ("The list … does not currently list affiliation" under "… including names, contact
information, … and affiliation"; "the governance documents do not state 'vendor neutrality' as an
explicit principle"; "a public list of these roles is not currently available"; "There is
currently no reference in the docs on how users can submit issues").

The reading is of the words the criterion asks for, not of a list of phrasings: a negation that
names none of them ("No issues were found", "there are no known non-public channels", "this is not
required") says nothing of the criterion. A concession ("While the docs do not detail the
artifacts, they are easily observed in the releases"), an answer found elsewhere ("… is not
recorded, but is available from devstats"), a question or a condition ("whether … is not …") and
words quoted as code are no denial.
"""

from __future__ import annotations

import re

from applint.text.normalize import content_words
from applint.text.patterns import LazyPattern

# A character of the clause: not one ending it (a full stop only where a space follows, not the one in
# "GOVERNANCE.md").
_IN_CLAUSE = r"(?:[^.;:!?,()—–]|\.(?=\w))"
# What a document does or holds that the criterion asks for.
_RECORDING_VERBS = (
    r"list|state|include|document|mention|specify|provide|record|define|describe|detail|publish|"
    r"name|reference|explain|cover|identify|outline|show|track|keep|maintain"
)
_RECORDED = (
    r"available|documented|listed|recorded|public|published|specified|defined|stated|kept|present|"
    r"mentioned|provided|maintained|included|described|detailed|tracked|named|visible|"
    r"referenced|explained|identified|outlined|shown"
)
# "does not currently list <key>", "do not state '<key>'": the key follows, in the same clause.
_DOES_NOT = LazyPattern(
    rf"\b(?:does|do|did)(?:\s+not|n['’]t)\s+(?:\w+ly\s+|yet\s+)?(?:{_RECORDING_VERBS})\w*\b"
    rf"(?P<scope>{_IN_CLAUSE}{{0,70}})",
    re.IGNORECASE,
)
# "<key> … is not currently available", "affiliation is not recorded": the key precedes, in the
# same clause.
_IS_NOT = LazyPattern(
    rf"(?P<scope>{_IN_CLAUSE}{{0,70}}?)\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:\w+ly\s+|yet\s+)?"
    rf"(?:(?:being|been)\s+)?(?:{_RECORDED})\b",
    re.IGNORECASE,
)
# "no information is available on <key>", "no reference … how users can submit issues", "No
# specific description of <key>": "no" with a word for a record of something, the key on either side.
_NO_RECORD = LazyPattern(
    r"\bno\s+(?:\w+\s+){0,2}?(?:information|reference|mention|documentation|description|list|record|"
    rf"details?|statement|explanation|section|page)s?\b(?P<scope>{_IN_CLAUSE}{{0,70}})",
    re.IGNORECASE,
)
# "<key> … is private": not published ("team membership is private").
_PRIVATE = LazyPattern(
    rf"(?P<scope>{_IN_CLAUSE}{{0,60}}?)\b(?:is|are)\s+(?:\w+ly\s+)?private\b", re.IGNORECASE
)

# A concession or a question in the clause before the negation: it states no gap.
_CONCEDED = LazyPattern(
    rf"\b(?:while|although|though|whether|if|unless)\s+{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
# What follows the denial and answers it after all: "…, but is available from devstats", "…;
# however the releases page lists them".
_ANSWERED_AFTER = LazyPattern(
    r"\b(?:but|however|though|although)\b[^.;!?]*?\b(?:is|are|can\s+be|may\s+be)\s+(?:\w+ly\s+)?"
    r"(?:available|found|observed|seen|derived|inferred|covered|provided|documented|listed|described|shown)\b",
    re.IGNORECASE,
)
_CODE = LazyPattern(r"`[^`]*`")
_LINK_TARGET = LazyPattern(r"\]\([^)]*\)|<?https?://\S+")
# Words of a criterion that name no particular thing it asks for.
_NOT_KEYS = frozenset(
    {
        "http", "https", "www", "com", "io", "org", "md", "html", "blob", "main", "tree",
        "including", "include", "includes", "information", "current", "currently", "which", "may",
        "such", "other", "well", "appropriate", "demonstrate", "clear", "clearly", "level",
        "name", "names", "list", "lists", "set", "use", "used", "etc", "e", "g", "based",
        "what", "why", "how", "who", "does", "do", "done", "doing", "it", "its",
    }
)  # fmt: skip
_STEM_LENGTH = 6


def stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of ``words``, so that "maintainers" meets "maintainer" and "neutrality" "neutral"."""
    return frozenset(_stem(word) for word in words)


def stems_in_order(words: list[str]) -> list[str]:
    """The stems of ``words``, in their order."""
    return [_stem(word) for word in words]


def _stem(word: str) -> str:
    """A word cut to what its forms share ("neutrality"/"neutral", "membership"/"members")."""
    return word[:_STEM_LENGTH] if len(word) >= _STEM_LENGTH else word.rstrip("s")


def criterion_keys(criterion_text: str, generic: frozenset[str]) -> frozenset[str]:
    """The stems of the words naming what a criterion asks for (its distinctive words, less
    ``generic`` ones every criterion uses and the words of its links)."""
    text = _LINK_TARGET.sub(" ", criterion_text).replace("-", " ")
    return frozenset(_stem(word) for word in content_words(text) - generic - _NOT_KEYS if len(word) > 2)


def _names_a_key(scope: str, keys: frozenset[str]) -> bool:
    return any(_stem(word) in keys for word in content_words(scope.replace("-", " ")) if len(word) > 2)


def find_denial(sentence: str, keys: frozenset[str]) -> str | None:
    """The phrase of ``sentence`` denying what the criterion (its ``keys``) asks for, or None."""
    lower = sentence.lower()
    if not keys or not (" not " in lower or "n't" in lower or "no " in lower or "private" in lower):
        return None  # what every denial holds: most sentences hold none
    text = _CODE.sub(" ", _LINK_TARGET.sub("]", sentence))
    # (each pattern, and whether its scope, the words holding the key, comes before the negation)
    patterns = ((_DOES_NOT, False), (_IS_NOT, True), (_NO_RECORD, False), (_PRIVATE, True))
    for pattern, scope_first in patterns:
        for match in pattern.finditer(text):
            if not _names_a_key(match.group("scope"), keys):
                continue
            before = text[: match.end("scope")] if scope_first else text[: match.start()]
            if _CONCEDED.search(before):
                continue
            if _ANSWERED_AFTER.search(text[match.end() :]):
                continue
            return match.group(0).strip()
    return None
