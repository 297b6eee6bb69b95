"""Sentences in which a due-diligence evaluation gives its verdict on the criterion in words: "The
project fulfils this criteria.", "This criterion is met." (met) or "The project does not meet this
criterion.", "Not met: …" (not met); and whether an evaluation names any gap at all (a negation, a
need, a recommendation, a follow-up), so that one naming none reads as the criterion met.

Only a sentence about the criterion itself counts ("this criterion", "the requirement", "these
criteria"): "the vendor-neutral criteria are met" speaks of other criteria, and "met with the
maintainers" of a meeting.
"""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

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
    for sentence in cached_pattern(r"(?<=[.!?])\s+").split(text):
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
