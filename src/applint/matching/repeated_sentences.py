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
CHANGED_MIN_WORDS = 14  # the shortest sentence reported when repeated with a word changed
SUBJECT_WORDS = 3  # a word changed among a sentence's first words changes what it is about
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
    reworded: bool = False  # said again with one word changed


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
    blocks: tuple[Block, ...],
    indexes: Iterable[int],
    template: Callable[[], str],
    reworded: bool = False,
) -> list[RepeatedSentence]:
    """Each sentence of the given blocks that repeats an earlier one, with that earlier sentence;
    not the template's own sentences (``template`` gives its normalised text, joined, when asked).
    ``reworded``: whether a long sentence with one word changed (after its subject) is a repeat too."""
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
            best = _nearest(sentence, triples, postings, near, reworded)
            if best is not None and " ".join(best[0].words) not in template():
                found.append(RepeatedSentence(index, text, best[0].block, best[0].text, best[1], best[2]))
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
    reworded: bool,
) -> tuple[_Sentence, float, bool] | None:
    """The earlier sentence this one nearly repeats, with their likeness, if any: one holds every
    word of the other, in the same order, and a few more (a clause added or dropped). Sentences that differ in a word
    each ("Kubeflow Trainer leverages RBAC …", "Kubeflow Pipelines leverages RBAC …") are parallel
    statements about two things, not a repeat."""
    shared = Counter(chain.from_iterable(postings[t] for t in triples if t in postings))
    words = set(sentence.words)
    best: tuple[_Sentence, float, bool] | None = None
    likely = sorted([(count, position) for position, count in shared.items() if count >= NEAR_TRIPLES])
    for _, position in likely[-3:]:
        other = near[position]
        found = _likeness(sentence.words, words, other.words, reworded)
        if found is None and reworded:
            # A shorter sentence saying again a clause of a long one: reworded too.
            clauses = (clause for clause in _clauses(other.text) if len(clause) >= len(sentence.words))
            found = next(
                (
                    (likeness, True)
                    for clause in clauses
                    if (likeness := _clause_likeness(sentence.words, words, clause))
                ),
                None,
            )
        if found is not None and (best is None or found[0] > best[1]):
            best = (other, *found)
    return best


def _likeness(
    words: tuple[str, ...], word_set: set[str], other: tuple[str, ...], reworded: bool
) -> tuple[float, bool] | None:
    """How alike a sentence (its words, and their set) and another sentence or clause are, when one
    says the other again: every word of the shorter in the longer, in order; or, for a long one, all
    but one word, changed after its subject ("… in a searchable format was not fully verified …"
    and "… in a searchable public location was not fully verified …"; only when ``reworded``), and
    whether a word was changed. None when neither."""
    other_set = set(other)
    small, large = sorted((word_set, other_set), key=len)
    if len(small) < NEAR_LENGTH * len(large):
        return None
    shorter, longer = sorted((words, other), key=len)
    if small <= large and _in_order(shorter, longer):
        return len(small) / len(large), False
    changed = small - large
    if not reworded or len(changed) != 1 or len(shorter) < CHANGED_MIN_WORDS:
        return None
    kept = tuple(word for word in shorter if word not in changed)
    if len(kept) != len(shorter) - 1 or shorter.index(next(iter(changed))) < SUBJECT_WORDS:
        return None  # a word changed in the subject: parallel statements of two things
    return (len(small & large) / len(large), True) if _in_order(kept, longer) else None


def _clause_likeness(words: tuple[str, ...], word_set: set[str], clause: tuple[str, ...]) -> float | None:
    """How alike a sentence and a clause at least as long are, when the sentence says it again."""
    found = _likeness(words, word_set, clause, True)
    return found[0] if found is not None else None


def _clauses(text: str) -> list[tuple[str, ...]]:
    """The words of each clause of a long sentence, after its first comma or semicolon, of at least
    ``NEAR_MIN_WORDS`` words: what a shorter sentence may say again of it ("…, though comprehensive
    archiving of … was not fully verified during this review.")."""
    parts = cached_pattern(r"[,;]\s+").split(text)
    if len(parts) < 2:
        return []
    found = [normalized_words(part) for part in parts[1:]]
    return [words for words in found if len(words) >= NEAR_MIN_WORDS]


def _in_order(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether the shorter sentence's words come in the longer one in the same order ("Users
    communicate with the team …" is not "Team members communicate with users …")."""
    remaining = iter(longer)
    return all(word in remaining for word in shorter)
