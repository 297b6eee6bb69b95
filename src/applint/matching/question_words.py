"""What a General Technical Review question asks about, read from its key words: the words of
a question few other questions of its template hold, less the words every question asks with
(``partial_answers``' asking and linking words, and the template's own stock: "project",
"cloud native", "users", …), compared by their first letters with a plural's "s" dropped
(rotation/rotate, personas/persona). ``question_gaps`` asks whether a section's text or one of
the author's own prompts speaks of a question it does not keep.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from applint.matching.partial_answers import ASKING_WORDS, LINKING_WORDS
from applint.text.normalize import content_words

if TYPE_CHECKING:
    from applint.templates.companions import CompanionTemplate, Item

# Letters of a word compared (rotation/rotate, procedures/process are told apart only by more).
_STEM = 5
# A key word is one at most this many of the template's questions hold.
_RARE = 3
# Words that say nothing of what a question asks, beyond the asking words partial_answers knows.
_GENERIC = frozenset(
    {
        "you",
        "your",
        "do",
        "does",
        "not",
        "these",
        "this",
        "who",
        "would",
        "should",
        "some",
        "make",
        "like",
        "look",
        "used",
        "use",
        "using",
        "uses",
        "being",
        "been",
        "cloud",
        "native",
        "security",
        "kubernetes",
        "user",
        "users",
        "document",
        "documentation",
        "written",
        "order",
        "concerning",
        "more",
        "few",
        "lines",
        "line",
        "handle",
        "handles",
        "handling",
        "take",
        "steps",
        "part",
        "based",
        "ensure",
        "define",
        "defines",
        "specific",
        "identified",
        "intended",
        "types",
        "they",
        "were",
        "known",
    }
)
UNASKED = frozenset(ASKING_WORDS | LINKING_WORDS | _GENERIC)


def key_words(item: Item, title: AbstractSet[str], counts: Counter[str]) -> set[str]:
    """A question's key words: those few other questions hold, less the asking words and the
    section title's (the words of fewest questions when none is rare)."""
    words = template_words(item.text) - title - UNASKED_STEMS
    keys = {word for word in words if counts[word] <= _RARE}
    if not keys and words:
        fewest = min(counts[word] for word in words)
        keys = {word for word in words if counts[word] == fewest}
    return keys


def speaks_of(keys: set[str], said: set[str]) -> bool:
    """True when a text holds enough of a question's key words: one of up to three, else two
    (a question with no key words of its own is spoken of by any answer)."""
    needed = 1 if len(keys) <= 3 else 2
    return not keys or len(keys & said) >= needed


def names_question(prompt: AbstractSet[str], asked: AbstractSet[str], telling: AbstractSet[str]) -> bool:
    """True when a prompt of the author's own names a question: half or more of its words are
    the question's, among them one of its key or title words or two of any ("How Kelpie is
    installed/initialized" for "Describe how the project is installed and initialized …",
    "**Certificate rotation:**", "How do you handle rollbacks?"; not "**REST API:**")."""
    shared = prompt & asked
    return (len(shared) >= 2 or bool(shared & telling)) and 2 * len(shared) >= len(prompt)


@functools.cache
def rarity(template: CompanionTemplate) -> Counter[str]:
    """How many of the template's questions hold each word (by its first letters)."""
    return Counter(
        word for item in template.items if item.role == "question" for word in template_words(item.text)
    )


def stems(texts: Iterable[str]) -> set[str]:
    """The content words of texts by their first letters, a plural's "s" dropped."""
    return {_stem(word) for text in texts for word in content_words(text)}


@functools.lru_cache(maxsize=512)
def template_words(text: str) -> frozenset[str]:
    """``_stems`` of one of the template's texts (its questions and titles), read once."""
    return frozenset(stems((text,)))


def _stem(word: str) -> str:
    return (word[:-1] if len(word) > 3 and word.endswith("s") else word)[:_STEM]


UNASKED_STEMS = frozenset(_stem(word) for word in UNASKED)
