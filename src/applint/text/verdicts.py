"""Sentences in which a due-diligence evaluation gives its verdict on the criterion in words: "The
project fulfils this criteria.", "This criterion is met." (met) or "The project does not meet this
criterion.", "Not met: …" (not met); and whether an evaluation names any gap at all (a negation, a
need, a recommendation, a follow-up), so that one naming none reads as the criterion met.

Only a sentence about the criterion itself counts ("this criterion", "the requirement", "these
criteria"): "the vendor-neutral criteria are met" speaks of other criteria, and "met with the
maintainers" of a meeting.

An evaluation also says "not met" when it denies the criterion's own subject: "The project does not
formally have a complete maintainer lifecycle process documented." under "Document a complete
maintainer lifecycle process", "…but does not have a comprehensive singular listing of each" under
"All subprojects, if any, are listed." (``denied_subject``): the five words after the denial (what is
denied, not what it is about: "does not provide links to … the governance" denies links) name at least
half of the criterion's distinctive words (before any parenthesis; words every criterion uses, such
as "document" or "process", tell nothing). A denial followed by a turn ("but the governance covers
it", "however") or by "any" ("does not have any subprojects": nothing to list) is none.
"""

from __future__ import annotations

import re

from applint.text.normalize import content_words
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_after_marks

_THE_CRITERION = r"(?:this|the|these)\s+(?:criteria|criterion|requirements?)"
_MET_WORD = r"(?:met|satisfied|fulfill?ed|achieved)"
_NOT_MET = LazyPattern(
    rf"\b(?:does|do|did)\s+not\s+(?:yet\s+|fully\s+)?(?:fulfill?|meet|satisfy)\s+{_THE_CRITERION}\b"
    rf"|\b{_THE_CRITERION}\s+(?:is|are|was|were|has|have)\s+not\s+(?:yet\s+|been\s+|fully\s+)*{_MET_WORD}\b"
    r"|^\s*(?:not\s+met|unmet)\b",
    re.IGNORECASE,
)
_MET = LazyPattern(
    rf"\b(?:fulfill?s|meets|satisfies|fulfill?ed|met|satisfied)\s+{_THE_CRITERION}\b"
    rf"|\b{_THE_CRITERION}\s+(?:is|are|has\s+been|have\s+been)\s+(?:fully\s+)?{_MET_WORD}\b",
    re.IGNORECASE,
)
_NEGATION = LazyPattern(r"\bnot\b|\bn't\b|\bpartially\b|\bpartly\b", re.IGNORECASE)
_HINTS = ("criteri", "requirement", "not met", "unmet")


def stated_verdict(text: str) -> tuple[bool, str] | None:
    """(True, sentence) when a sentence of the text says the criterion is met, (False, sentence)
    when one says it is not; None when no sentence gives a verdict in words. The first such
    sentence decides."""
    lower = text.lower()
    if not any(hint in lower for hint in _HINTS):
        return None  # most evaluations name no criterion at all
    for sentence in split_after_marks(text):
        if _NOT_MET.search(sentence):
            return False, sentence.strip()
        if _MET.search(sentence) and not _NEGATION.search(sentence):
            return True, sentence.strip()
    return None


# The words with which an evaluation says something is missing, partial, wanted or still to come.
_GAP = LazyPattern(
    r"\b(?:not|no|none|nor|without|lacks?|lacking|missing|absent|gaps?|partial(?:ly)?|partly|incomplete|"
    r"unclear|outdated|stale|broken|unavailable|only|yet|but|however|although|though|except|"
    r"needs?|needed|should|must|recommend\w*|suggest\w*|consider|action|follow-?up|requested|"
    r"todo|tbd|pending|planned|plans?|will|working|progress|blocked|blocker|concerns?|issues?|limited)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)


def names_a_gap(text: str) -> bool:
    """Whether an evaluation says anything is missing, partial, wanted or still to come ("does not
    yet", "Reviewers need", "Action requested", "only the README"); one that says none of it
    ("The project provides installation docs: <link>") reads as the criterion met."""
    return _GAP.search(text) is not None


# Words most criteria and the actions about them use: they tell no criterion from another.
GENERIC_CRITERION_WORDS = frozenset(
    {
        "document", "documented", "documentation", "documents", "project", "projects", "process",
        "update", "updated", "updating", "provide", "provided", "complete", "completed", "completion",
        "add", "added", "cncf", "s", "md", "file", "files", "link", "links", "clearly", "defined",
        "discoverable", "public", "publicly", "all", "criteria", "criterion", "toc", "github",
    }
)  # fmt: skip
_DENIAL = LazyPattern(
    r"\b(?:does|do|did)\s+not\s+(?:\w+ly\s+)?(?:have|provide|maintain|list|define)\b|\b(?:has|have)\s+no\b"
    r"|\blacks?\b|\b(?:is|are)\s+not\s+(?:\w+ly\s+)?(?:documented|defined|listed)\b",
    re.IGNORECASE,
)
_TURN = LazyPattern(r"\b(?:but|however|although|though|instead|except|yet|any)\b|[;:]", re.IGNORECASE)
_SUFFIXES = ("ing", "ed", "es", "s")
# How many words after the denial name what is denied: "does not have a comprehensive singular
# listing …", not "does not provide links to or references to the project's governance".
_OBJECT_WORDS = 5
_FAR = 30


def _stems(text: str) -> frozenset[str]:
    stems = set()
    for word in content_words(text) - GENERIC_CRITERION_WORDS:
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        stems.add(word)
    return frozenset(stems)


def denied_subject(text: str, criterion: str) -> str | None:
    """The sentence of an evaluation that denies the criterion's own subject ("does not formally
    have a complete maintainer lifecycle process documented"), else None."""
    lower = text.lower()
    if "not" not in lower and "lack" not in lower and " no " not in lower:
        return None  # most evaluations deny nothing
    subject = _stems(criterion.split("(")[0])
    if not subject:
        return None
    for sentence in split_after_marks(text):
        denial = _DENIAL.search(sentence)
        if denial is None:
            continue
        after = sentence[denial.end() :]
        if _TURN.search(after):
            continue
        object_words = " ".join(after.split()[:_OBJECT_WORDS])  # what is denied, not what it is about
        if 2 * len(subject & _stems(object_words)) >= len(subject):  # quoted from the denial when far in
            return sentence.strip() if denial.start() < _FAR else "…" + sentence[denial.start() :].strip()
    return None
