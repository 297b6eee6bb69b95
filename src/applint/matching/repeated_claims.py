"""A ranking claim an application makes twice, in two sections, in the same or other words: "Is the
10th fastest growing project in the CNCF" among the Sandbox milestones and "Meshery is the 10th
fastest growing CNCF project." again as evidence of the flow of commits; "one of the top 30 CNCF
projects by velocity" under two criteria.

A ranking claim is a sentence placing the project with a figure: an ordinal ("10th", "3rd"), "top N",
"#N" or a number beside a superlative ("one of the 10 fastest growing"). Two are one claim when,
their small words, the project's name and a plural's "s" aside, one says every word of the other and
at most one more. Short sentences are read too (the sentence pass reads ten words and up), and a
one-sentence block (an application's one-sentence evidence is not a sentence repeat). Not repeats:
two claims with another figure or another ranking ("10th fastest growing", "3rd most active"), a
claim said twice under one heading, and the template's own sentences (the caller gives only the
author's blocks).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from applint.model import Document
from applint.text.normalize import normalized_words
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_sentences

MIN_WORDS = 4  # the fewest words a claim says besides its small words and the project's name
_ORDINAL = LazyPattern(r"^\d{1,3}(?:st|nd|rd|th)$")
_NUMBER = LazyPattern(r"^\d{1,3}$")
_DIGIT = LazyPattern(r"\d")
# Words that rank with a number beside them: "top 30", "one of the 10 fastest", "#1 most active".
_RANKING = frozenset(
    {"top", "most", "leading", "largest", "fastest", "highest", "biggest", "best", "busiest", "greatest"}
)
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "by",
        "with",
        "as",
        "its",
        "it",
        "this",
        "that",
        "our",
        "we",
        "their",
        "from",
        "into",
        "than",
        "one",
    ]
)


class RepeatedClaim(NamedTuple):
    """A ranking claim said again (block indexes and the sentences as written)."""

    block: int
    sentence: str
    original_block: int
    original: str


def find_repeated_claims(document: Document, indexes: Iterable[int], name: str) -> list[RepeatedClaim]:
    """Each ranking claim of the given blocks that an earlier block under another heading makes too,
    with that earlier claim; ``name`` is the project's name (its words are no part of a claim)."""
    blocks = document.blocks
    named = frozenset(normalized_words(name))
    claims: list[tuple[frozenset[str], int, str, int]] = []  # (words, block, sentence, heading line)
    found: list[RepeatedClaim] = []
    for index in indexes:
        block = blocks[index]
        if not _DIGIT.search(block.text):
            continue  # a claim ranks with a figure: a block without a digit holds none
        for sentence in split_sentences(block.text):
            words = _claim_words(sentence, named)
            if words is None:
                continue
            heading = document.heading_above(block.line)
            earlier = next(
                (
                    claim
                    for claim in claims
                    if claim[3] != heading and claim[1] != index and _same(claim[0], words)
                ),
                None,
            )
            if earlier is not None:
                found.append(RepeatedClaim(index, sentence, earlier[1], earlier[2]))
                continue
            claims.append((words, index, sentence, heading))
    return found


def _claim_words(sentence: str, named: frozenset[str]) -> frozenset[str] | None:
    """The words a ranking claim says (no small words, no name, no plural's "s"), or None when the
    sentence ranks nothing with a figure."""
    words = normalized_words(sentence)
    # both figures open on a digit (str.isdigit holds for every character "\d" matches): only
    # such words are matched
    ordinal = any(word[:1].isdigit() and _ORDINAL.match(word) for word in words)
    ranked = any(
        word.lstrip("#")[:1].isdigit() and _NUMBER.match(word.lstrip("#")) for word in words
    ) and any(word in _RANKING for word in words)
    if not (ordinal or ranked):
        return None
    kept = frozenset(word.removesuffix("s") for word in words if word not in _SMALL and word not in named)
    return kept if len(kept) >= MIN_WORDS + 1 else None  # the figure and four words


def _same(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two claims' words are one claim's: one holds every word of the other and at most one
    more."""
    small, large = sorted((first, second), key=len)
    return small <= large and len(large) - len(small) <= 1
