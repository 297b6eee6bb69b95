"""Sentences an author wrote twice in one document, in two different paragraphs or list items (or
twice in one): verbatim, or near-verbatim (a word or a clause added or dropped), found by the
word triples they share.

Not repeats: short sentences (a reader expects "Yes." or "See above." again), pointer sentences
("See [the SLSA blog post](…) for more details.", "Refer to …"), which authors rightly repeat under
several answers. The caller gives the blocks that hold the author's own text (no template text, no
table, no heading, no paragraph already reported as a copy of another).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import chain
from typing import NamedTuple

from applint.model import Block
from applint.text.normalize import normalized_words
from applint.text.precompiled import cached_pattern
from applint.text.splitting import split_sentences

MIN_WORDS = 10  # the shortest sentence reported when repeated verbatim
NEAR_MIN_WORDS = 12  # the shortest sentence reported when repeated with changes
NEAR_LENGTH = 0.6  # the shorter sentence at least this share of the longer one's length
POSTINGS_CAP = 20
NEAR_TRIPLES = 3  # the fewest word triples a sentence shares with one it nearly repeats
_LABEL_ENDS = " \t:-\u2013\u2014"  # what may stand between an entry's bold label and its text
# A sentence that only sends the reader elsewhere.
_POINTER_OPENINGS = frozenset({"see", "refer", "please", "for", "more", "details", "check", "visit", "read"})


class RepeatedSentence(NamedTuple):
    """A sentence written again: where (block indexes), as written, and how alike the two are."""

    block: int
    sentence: str
    original_block: int
    original: str
    similarity: float  # 1.0 verbatim (case, spacing and punctuation aside)


class _Sentence(NamedTuple):
    block: int
    text: str
    words: tuple[str, ...]


LABEL_WORDS = 6  # the most words of a label an entry opens with ("Automated Testing:")


def leading_label(text: str) -> str:
    """The label an entry opens with, as written: up to six words before a colon or a spaced dash
    ("Automated Testing: …", "Jib - Similar to …", "object.yaml: Replication …"), or ""."""
    found = cached_pattern(r"^(?:[^:.!?]|\.(?=\S)){1,80}?(?::\s|\s[-\u2013\u2014]\s)").match(text)
    if found is None or len(found.group(0).split()) > LABEL_WORDS + 1:
        return ""
    return found.group(0)


def _counted(text: str, words: tuple[str, ...]) -> int:
    """The number of words a sentence says, its web addresses not counted."""
    if "://" not in text:
        return len(words)
    return len(normalized_words(cached_pattern(r"\w+://\S+").sub(" ", text)))


def find_repeated_sentences(
    blocks: tuple[Block, ...], indexes: Iterable[int], template: Callable[[], str]
) -> list[RepeatedSentence]:
    """Each sentence of the given blocks that repeats an earlier one, with that earlier sentence;
    not the template's own sentences (``template`` gives its normalised text, joined, when asked)."""
    seen: dict[tuple[str, ...], _Sentence] = {}
    openings: dict[tuple[str, ...], _Sentence] = {}  # a sentence's opening clause, when distinctive
    postings: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    near: list[_Sentence] = []
    found: list[RepeatedSentence] = []
    for index in indexes:
        block = blocks[index]
        block_text = block.text
        rest = block_text[len(block.strong) :]
        if (
            block.strong
            and block_text.startswith(block.strong)
            and (
                block.strong.rstrip().endswith(":")
                or rest.lstrip(" ").startswith((":", "-", "\u2013", "\u2014"))
            )
        ):  # a label of its own ("**Dynamic Analysis**: …"), not the sentence's subject ("**Build** runs …")
            label = block.strong + rest[: len(rest) - len(rest.lstrip(_LABEL_ENDS))]
        else:
            label = leading_label(block_text)
        for text in split_sentences(block_text[len(label) :]):
            words = normalized_words(text)
            if len(words) < MIN_WORDS or words[0] in _POINTER_OPENINGS or _counted(text, words) < MIN_WORDS:
                continue
            sentence = _Sentence(index, text, words)
            earlier = seen.get(words)
            if earlier is not None:
                if " ".join(words) not in template():
                    found.append(RepeatedSentence(index, text, earlier.block, earlier.text, 1.0))
                continue
            seen[words] = sentence
            clause = _opening_clause(text)
            widened = _widened(sentence, clause, seen, openings)
            if widened is not None:
                if " ".join(widened.words) not in template():
                    found.append(_pair(sentence, widened))
                continue
            if clause:
                openings.setdefault(clause, sentence)
            if len(words) < NEAR_MIN_WORDS:
                continue
            triples = set(zip(words, words[1:], words[2:], strict=False))
            best = _nearest(sentence, triples, postings, near)
            if best is not None and " ".join(best[0].words) not in template():
                found.append(RepeatedSentence(index, text, best[0].block, best[0].text, best[1]))
                continue
            for triple in triples:
                posting = postings[triple]
                if len(posting) < POSTINGS_CAP:
                    posting.append(len(near))
            near.append(sentence)
    return found


def _opening_clause(text: str) -> tuple[str, ...]:
    """The words of a sentence's opening clause, before its first comma or semicolon, when that
    clause is distinctive enough to be a sentence of its own; or ()."""
    cut = min((at for at in (text.find(", "), text.find("; ")) if at > 0), default=-1)
    if cut < 0:
        return ()
    clause = text[:cut]
    words = normalized_words(clause)
    return words if _counted(clause, words) >= MIN_WORDS else ()


def _widened(
    sentence: _Sentence,
    clause: tuple[str, ...],
    seen: dict[tuple[str, ...], _Sentence],
    openings: dict[tuple[str, ...], _Sentence],
) -> _Sentence | None:
    """The earlier sentence this one says again with a clause added after a comma ("Governance
    documentation may be found with X." and "Governance documentation may be found with X, an easy
    access approach …"), or whose opening clause this one is, if any."""
    earlier = seen.get(clause) if clause else None
    if earlier is not None and earlier.block != sentence.block:
        return earlier
    earlier = openings.get(sentence.words)
    if earlier is not None and earlier.block != sentence.block:
        return earlier
    return None


def _pair(sentence: _Sentence, earlier: _Sentence) -> RepeatedSentence:
    """A repeat with a clause added or dropped, and how much of the longer one the shorter says."""
    shorter, longer = sorted((len(sentence.words), len(earlier.words)))
    return RepeatedSentence(sentence.block, sentence.text, earlier.block, earlier.text, shorter / longer)


def _nearest(
    sentence: _Sentence,
    triples: set[tuple[str, str, str]],
    postings: dict[tuple[str, str, str], list[int]],
    near: list[_Sentence],
) -> tuple[_Sentence, float] | None:
    """The earlier sentence this one nearly repeats, with their likeness, if any: one holds every
    word of the other, in the same order, and a few more (a clause added or dropped). Sentences that differ in a word
    each ("Kubeflow Trainer leverages RBAC …", "Kubeflow Pipelines leverages RBAC …") are parallel
    statements about two things, not a repeat."""
    shared = Counter(chain.from_iterable(postings[t] for t in triples if t in postings))
    words = set(sentence.words)
    best: tuple[_Sentence, float] | None = None
    likely = sorted([(count, position) for position, count in shared.items() if count >= NEAR_TRIPLES])
    for _, position in likely[-3:]:
        other = near[position]
        other_words = set(other.words)
        small, large = sorted((words, other_words), key=len)
        if len(small) < NEAR_LENGTH * len(large):
            continue
        shorter, longer = sorted((sentence.words, other.words), key=len)
        if small <= large and _in_order(shorter, longer):
            likeness = len(small) / len(large)
            if best is None or likeness > best[1]:
                best = (other, likeness)
    return best


def _in_order(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether the shorter sentence's words come in the longer one in the same order ("Users
    communicate with the team …" is not "Team members communicate with users …")."""
    remaining = iter(longer)
    return all(word in remaining for word in shorter)
