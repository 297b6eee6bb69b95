"""Whether a sentence asks rather than states: "Whether the project intends to pursue the OpenSSF
badge", "Does the project publish a SECURITY.md?", "Is there a Slack channel?". What a question
names is no claim that it exists, so nothing asks for its link.

A sentence (or list item) is a question when it ends in "?" or opens with a question word (whether,
does, is, has, should, …). "If" and "Should" open a question only without a clause after a comma:
"If you find a vulnerability, write to the mailing list" states where to write.
"""

from __future__ import annotations

from collections.abc import Iterator

# Verbs that open a question when a subject follows ("Does the project …", "Is there …"); a
# list item's fragment ("Is announced on the blog", "Will be posted to the list") states.
_OPENERS = frozenset(
    ["does", "do", "did", "is", "are", "was", "has", "have", "can", "could", "would", "will"]
)
_SUBJECTS = frozenset(
    ["there", "the", "a", "an", "any", "this", "that", "it", "we", "they", "you", "our", "its", "their"]
)
# Words that open a question only when no main clause follows ("If X, Y" states Y).
_CONDITIONAL_OPENERS = frozenset(["if", "should"])
# The words of a label before a colon that a question may follow.
_LABEL_WORDS = 5
# What may stand before a list item's or a sentence's first word.
_LEAD = " \t-*+>_`\"'(•0123456789.)"


def asks(sentence: str) -> bool:
    """Whether a sentence (any case; one sentence, a list item's text) is a question."""
    text = sentence.strip()
    if text.endswith("?") or text.rstrip(" *_)\"'").endswith("?"):
        return True
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head.split()) <= _LABEL_WORDS:
        text = rest  # "**OpenSSF Best Practices:** Whether the project intends to pursue …"
    words = text.lstrip(_LEAD).split(None, 2)
    if not words:
        return False
    first = words[0].lower().rstrip(",:")
    if first == "whether":
        return True
    if first in _OPENERS:
        return len(words) > 1 and words[1].lower() in _SUBJECTS
    return first in _CONDITIONAL_OPENERS and "," not in text


def asked_at(text: str, start: int, stop: int) -> bool:
    """Whether the words at ``start:stop`` of a text stand in a question: the sentence around them
    (from the last sentence end before them to the first after) asks. A "?" after the words and
    before the sentence's end makes the words part of a question ("Does it have a SECURITY.md? Yes,
    …" asks of the file; the answer after the "?" is a sentence of its own)."""
    opening = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "; ", "\n")) + 1
    ends = [found for found in (text.find(mark, stop) for mark in (". ", "? ", "! ", "\n")) if found >= 0]
    end = min(ends) + 1 if ends else len(text)
    return asks(text[opening:end])


def statements(sentence: str) -> Iterator[tuple[int, str]]:
    """The parts of a sentence that state, each with its offset: the sentence cut after each "? "
    (a splitter keeps "Does it hold a badge? Not yet." as one sentence), without the parts that ask."""
    start = 0
    while start < len(sentence):
        mark = sentence.find("? ", start)
        end = len(sentence) if mark < 0 else mark + 1
        part = sentence[start:end]
        if not asks(part):
            yield start, part
        start = end
