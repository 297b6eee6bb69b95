"""Whether a text speaks of a topic of a vocabulary (``templates.topics``): the one matcher of
the words authors write for a template's part, question, section or criteria group.

A topic's run is words in a row, matched against a text's normalised words: a word is itself (in a
vocabulary of ``plurals``, itself or its plural: "critical", not "critically"), one ending in "-"
the beginning of words ("vulnerab-": "vulnerability", "vulnerabilities"), "*" any one word ("runs
Kestrel in production"). Readers of running text hand it their words with the small words left
out (``content_run``), so "reporting a vulnerability" and "vulnerabilities can be reported" both
hold one. Some runs count only where the author uses them as the topic's name (``as_label``:
"Critical:", not "the critical actors"), and some text only as written, before normalising takes
it apart (``written``: "security@"). A reader that needs the words themselves, not only whether
they are there, asks where the runs stand (``run_places``: a proposal's sentence about a topic,
``matching.topic_sentences``), or where a topic's runs stand left to right without overlapping
(``topic_spans``: the TOC's own bodies, left out of a governance review's text).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from applint.templates.topics import Run, Topic, vocabulary

# Words that join a run's words without saying anything ("reporting a vulnerability").
_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "any",
        "all",
        "of",
        "to",
        "for",
        "in",
        "on",
        "with",
        "can",
        "be",
        "is",
        "are",
        "should",
        "must",
        "will",
        "by",
    }
)


def content_run(text: str) -> list[str]:
    """A normalised text's words with the small words left out, in order."""
    return [word for word in text.split() if word not in _SMALL]


def topics_named(name: str, names: Iterable[str]) -> tuple[Topic, ...]:
    """The topics of vocabulary ``name`` known by any of ``names`` (a part's labels, a section's
    title), in the order given."""
    by_name = vocabulary(name).by_name
    return tuple(by_name[each] for each in names if each in by_name)


def topic_within(name: str, text: str) -> Topic | None:
    """The first topic of vocabulary ``name`` whose name the text holds (a question's words)."""
    return next((topic for topic in vocabulary(name).topics if topic.name in text), None)


def speaks_of_topic(topic: Topic, words: Sequence[str], lowered: str = "", named: Sequence[str] = ()) -> bool:
    """True when the words hold one of the topic's runs, the text as written (lower case) one of
    its ``written`` texts, or the words the text uses as names (its headings, labels and lead-ins)
    one of its runs that count only as a name."""
    if any(written in lowered for written in topic.written):
        return True
    if _holds_run(topic.as_label, named, topic.plurals):
        return True
    return _holds_run(topic.runs, words, topic.plurals)


def run_places(runs: Sequence[Run], words: Sequence[str], plurals: bool = False) -> list[tuple[int, int]]:
    """(index, length) of each place the words hold one of the runs, in the words' order: where a
    reader needs the words themselves (a sentence's word naming a topic), not only whether they
    speak of it."""
    return sorted(_run_places(runs, words, plurals))


def topic_spans(topic: Topic, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the topic's runs stand in the words, as ``(start, end)`` of each, left to right and
    not overlapping: at each word the first of its runs that begins there ("the Project Reviews
    subproject", to leave it out of a text)."""
    places = []
    at = 0
    while at < len(words):
        length = next(
            (len(run) for run in topic.runs if _holds_run((run,), words[at : at + len(run)], topic.plurals)),
            0,
        )
        if length:
            places.append((at, at + length))
            at += length
        else:
            at += 1
    return places


def _holds_run(runs: Sequence[Run], words: Sequence[str], plurals: bool) -> bool:
    """True when the words hold one of the runs, word after word."""
    return next(_run_places(runs, words, plurals), None) is not None


def _run_places(runs: Sequence[Run], words: Sequence[str], plurals: bool) -> Iterator[tuple[int, int]]:
    """(index, length) of each place the words hold one of the runs, run by run."""
    for run in runs:
        first, rest = run[0], run[1:]
        for at, word in enumerate(words):
            if _begins(word, first, plurals) and all(
                at + step < len(words) and _begins(words[at + step], stem, plurals)
                for step, stem in enumerate(rest, 1)
            ):
                yield at, len(run)


def _begins(word: str, stem: str, plurals: bool) -> bool:
    """True when a word is a run's word (or, with ``plurals``, its plural), or begins with one
    ending in "-"."""
    if stem == "*":
        return True  # any one word ("runs Kestrel in production")
    if stem.endswith("-"):
        return word.startswith(stem[:-1])
    return word == stem or (plurals and word == stem + "s")
