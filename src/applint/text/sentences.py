"""Text that stops before it is finished: a sentence ending on "at", "to", "the", "and", a comma."""

from __future__ import annotations

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
