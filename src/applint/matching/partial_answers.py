"""Questions answered only in part: a GTR question with sub-questions answered without them, and
a companion template's question written cut short ("Explain how upgrades and rollbacks were
tested." for "… were tested and how the upgrade->downgrade->upgrade path was tested."), and
whether its answer still speaks to what the cut left out.

Whether an answer speaks to an ask is read from words: the ask's own content words (those the
question around it does not already hold, compared by their first letters: upgrade/upgrades),
one of which the answer must hold; an answer that says the question does not apply speaks to all.

A question that leaves out only its examples (", e.g. a minimal install …") is the author's
editing and counts as the question; one cut inside a sentence ("… and how the
upgrade->downgrade->upgrade path was tested" dropped) or before a follow-up sentence that asks
more ("Please describe any downtime required of the control plane or nodes.") drops part of what
is asked, and the answer is then read for the words only that part holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from applint.templates.companions import Item
from applint.text.normalize import content_words, normalize
from applint.text.precompiled import cached_pattern, compile_pattern
from applint.text.status import says_not_applicable

# Words a question must keep to be known by its opening.
KEPT_WORDS = 5
# Words of its own the cut part must hold to be an ask of its own, not a qualifier.
OWN_WORDS = 2
# Words that join the cut part on ("as well as", "also", "including"), not what it asks.
LINKING_WORDS = frozenset(
    {"well", "also", "including", "include", "especially", "etc", "such", "any", "other"}
)
# Letters of a word compared (upgrade/upgrades/upgraded, tested/testing).
_STEM = 5
# Where a question turns to its examples (plain text: read where _EXAMPLE's match is not needed).
_EXAMPLE_MARKERS = ("(", "e.g", "i.e", "for example", "for instance", "such as")
_SENTENCE_END = compile_pattern(r"(?<=[.?!:])\s+")
# A cut where the question turns to its examples ("…, e.g. a minimal install …") drops no ask.
_EXAMPLE = compile_pattern(
    r"^[,;\s]*(?:\(|e\.\s?g\b|i\.\s?e\b|for example\b|for instance\b|such as\b)", re.IGNORECASE
)


def cut_short(text: str, question: str) -> str | None:
    """What of ``question`` a text that opens it leaves out: the rest of a sentence cut inside
    ("and how the upgrade->downgrade->upgrade path was tested") or the sentences after the one it
    ends with ("Please describe any downtime required …"); "" when the text is the question or
    leaves out only its examples ("…, e.g. a minimal install …", "(i.e. financial services …)");
    None when it is not the question's opening."""
    norm, full = normalize(text), normalize(question)
    if norm == full:
        return ""
    if len(norm.split()) < KEPT_WORDS or not full.startswith(norm + " "):
        return None
    rest = _rest(question, len(norm.split()))
    return "" if _EXAMPLE.match(rest) else rest


def asked_first(question: str) -> str:
    """What a question asks in its first sentence, before its examples ("Describe how the project
    is installed and initialized" of "…, e.g. a minimal install … ?")."""
    first = _SENTENCE_END.split(question.strip())[0]
    lower = first.lower()
    cuts = [at for at in (lower.find(marker) for marker in _EXAMPLE_MARKERS) if at > 0]
    return first[: min(cuts)] if cuts else first


def _rest(question: str, kept: int) -> str:
    """The question's text after its first ``kept`` words (as normalised), as written."""
    words = list(cached_pattern(r"\S+").finditer(question))
    count = 0
    for number, match in enumerate(words):
        count += len(normalize(match.group(0)).split())
        if count >= kept:
            return question[words[number].end() :].strip(" .") if number + 1 < len(words) else ""
    return ""


def speaks_to(answer: Sequence[str], kept: str, cut: str, linked: bool = False) -> bool:
    """True when an answer may speak to what the cut part of a question asks: the cut adds fewer
    than two words of its own (a qualifier: "as well as any dashboard requirements"), the answer
    holds one of them ("downgrade"), it says the question does not apply, or the cut asks for a
    link ("Please link to any documentation …") and the answer has one (``linked``)."""
    own = {word[:_STEM] for word in content_words(cut) - LINKING_WORDS - ASKING_WORDS} - {
        word[:_STEM] for word in content_words(kept)
    }
    if len(own) < OWN_WORDS or (answer and says_not_applicable(answer[0])) or (linked and "link" in own):
        return True
    said = {word[:_STEM] for text in answer for word in content_words(text)}
    return bool(own & said)


# Words every question asks with, which say nothing of what it asks.
ASKING_WORDS = frozenset(
    {
        "describe",
        "explain",
        "outline",
        "please",
        "project",
        "projects",
        "provide",
        "how",
        "what",
        "which",
        "new",
    }
)


# Sub-questions an answer must leave out (and at least half of them) to be answered only in part.
PART_UNANSWERED = 2


def answered_in_part(missed: Sequence[Item], subs: Sequence[Item]) -> bool:
    """True when an answer written under a question with its sub-questions left out says nothing
    of enough of them to be answered only in part (two or more, and half or more)."""
    return len(missed) >= PART_UNANSWERED and 2 * len(missed) >= len(subs)


def unaddressed(answer: Sequence[str], question: str, subs: Sequence[Item]) -> list[Item]:
    """The sub-questions an answer written under their question (with the sub-questions left
    out) says nothing of; none when the answer says the question does not apply."""
    if answer and says_not_applicable(answer[0]):
        return []
    said = {word[:_STEM] for text in answer for word in content_words(text)}
    asked = {word[:_STEM] for word in content_words(question) | ASKING_WORDS}
    missed = []
    for sub in subs:
        own = {word[:_STEM] for word in content_words(sub.text) - LINKING_WORDS - ASKING_WORDS} - asked
        if own and not own & said:
            missed.append(sub)
    return missed
