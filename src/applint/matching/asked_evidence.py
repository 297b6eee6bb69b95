"""What a companion template question asks to be given beyond a description, and whether the
answer written under it gives it: a link ("Please provide a link to the project's cloud native
security self assessment.", "… and link to any reports.", "Please link to any documentation the
project has written concerning these use cases.") or figures ("Describe the project's resource
requirements, including CPU, Network and Memory.", "… the load testing that has been performed on
the project and the results.", "how many …", "what percentage …").

What a question asks for is read from its own sentences: a clause that asks to link ("provide a
link to", "link to", "links to") asks for one, unless the link is one way of answering among others
("Outline or link to the project's architecture requirements?") or conditional ("if any", "where
available"). An answer gives a link when one of its blocks holds one (a Markdown link, a bare
address GitHub links, a relative file link) or an address written out ("https://…", "www.…").

An answer that does not owe a link: one saying the question does not apply, or that what it would
link does not exist or is not done yet ("No formal end user research has been published yet.",
"The self-assessment is in progress."), or one pointing to a link given elsewhere in the document
("see above", "as linked in Day 0", "linked under Security"), or one naming the project file it
would link ("SECURITY_SELF_ASSESSMENT.md"), which ``named_files`` reads for the whole document.

A question asks for figures when it asks for resource requirements or usage, recommended limits,
results of load testing or benchmarks, "how many" or "what percentage". An answer gives figures when
it holds a number (digits, or a number word: "twelve", "hundreds") or a link (to where they are
measured); one that owes no link (above) owes no figure either ("No formal load testing has been
done.", "The project does not publish recommended limits.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from applint.model import Block
from applint.text.named_records import file_names
from applint.text.normalize import content_words, normalize
from applint.text.numbers import NUMBER_WORDS
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_after_marks
from applint.text.status import find_not_done, says_not_applicable

# A clause asking to link: "provide a link to", "link to", "provide links to".
_ASKS_LINK = LazyPattern(
    r"\b(?:(?:provide|include|give|add)\s+(?:a\s+|the\s+)?links?\b|links?\s+to\b)", re.IGNORECASE
)
# The link is one way of answering ("Outline or link to …") or only if there is one ("if any").
_OPTIONAL = LazyPattern(
    r"\bor\s+(?:provide\s+(?:a\s+)?)?links?\b|\bif\s+(?:any|applicable|available|one\s+exists|there\s+(?:is|are))\b"
    r"|\bwhere\s+(?:available|applicable|possible)\b|\bmay\b|\bcan\b|\boptionally\b",
    re.IGNORECASE,
)
# What asks for figures: requirements or usage of resources, limits, results measured, counts.
_ASKS_FIGURES = LazyPattern(
    r"\bresource\s+(?:requirements|usage|consumption)\b|\brecommended\s+limits\b|\bload\s+testing\b.*\bresults\b"
    r"|\bbenchmarks?\b|\bhow\s+many\b|\bwhat\s+(?:percentage|proportion|share)\b",
    re.IGNORECASE,
)
_HOW = LazyPattern(r"\bhow\b", re.IGNORECASE)
# A figure: digits, or a number written as a word ("twelve nodes", "hundreds of users").
_FIGURE = LazyPattern(
    rf"\d|\b(?:{'|'.join(NUMBER_WORDS[1:])}|dozens?|hundreds?|thousands?|millions?)\b", re.IGNORECASE
)
# An address written out in the answer's text.
_ADDRESS = LazyPattern(r"://|\bwww\.\w", re.IGNORECASE)
# An answer pointing to a link given elsewhere in the document: "see above", "as linked in Day 0",
# "(linked earlier)", "see the Security section", "referenced below".
_ELSEWHERE = LazyPattern(
    r"\b(?:see|refer\s+to|as)\s+(?:the\s+)?(?:above|below|previous|earlier|prior)\b"
    r"|\b(?:linked|referenced|listed|cited|given|provided|mentioned)\s+(?:\w+\s+){0,2}?"
    r"(?:above|below|earlier|previously|before|in\s+(?:the\s+)?(?:day\s*\d|section|answer|response)|under)\b"
    r"|\bsee\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:section|answer|response)\b",
    re.IGNORECASE,
)
# Words early in an answer that say there is nothing to link ("No formal research …", "There are
# no reports yet", "We have not written …").
_NOTHING = frozenset(
    {
        "no",
        "not",
        "none",
        "never",
        "nothing",
        "doesn",
        "don",
        "hasn",
        "haven",
        "isn",
        "aren",
        "t",
        "cannot",
        "yet",
    }
)

# A sentence saying what is asked for is still to come ("We are working on a report to be published in
# the future", "The results will be shared once the study closes"): nothing to link yet.
_TO_COME = LazyPattern(
    r"\b(?:(?:is|are|am)\s+(?:still\s+|currently\s+)?working\s+on|to\s+be\s+(?:published|released|shared|written)"
    r"|in\s+the\s+future|will\s+(?:be\s+)?(?:publish|share|release|post)\w*|coming\s+soon)\b",
    re.IGNORECASE,
)

# Words of a link's ask that say nothing of what is to be linked.
_ASKING = frozenset({"please", "provide", "link", "links", "project", "any", "include", "give", "add"})
# Letters of a word compared (report/reports, document/documentation).
_STEM = 5


def link_asked(question: str) -> str:
    """The clause of a question asking for a link, as written from its asking words ("link to any
    reports", "Please provide a link to the project's cloud native security self assessment"), or ""
    when it asks for none, or only as one way of answering or if there is one."""
    for sentence in split_after_marks(question.strip()):
        match = _ASKS_LINK.search(sentence)
        if match is None or _OPTIONAL.search(sentence):
            continue
        start = match.start()
        if sentence[:start].strip().lower() in ("please", ""):
            start = 0
        return sentence[start:].strip().rstrip(".?")
    return ""


def asks_only_link(question: str) -> bool:
    """True when the question's first ask is the link itself ("Please provide a link to …"),
    not a link asked beside a description ("Please describe … and link to any reports.")."""
    asked = link_asked(question)
    return bool(asked) and normalize(question).startswith(normalize(asked))


def links_something(answer: Sequence[Block]) -> bool:
    """True when an answer's blocks hold a link or an address written out (an answer in the
    question's own paragraph is read with the question, whose template links count too: such an
    answer with any link is taken to give one)."""
    return any(block.links or _ADDRESS.search(block.text) for block in answer)


def names_a_file(answer: Sequence[str]) -> bool:
    """True when an answer names a project file ("SECURITY_SELF_ASSESSMENT.md", "docs/insecure.md"):
    a link to it elsewhere in the document serves, and a file named that nothing links is the
    document-wide reading's (``named_files``, told once at its line)."""
    return any(file_names(text) for text in answer)


def figures_asked(question: str) -> str:
    """The words of a question asking for figures ("resource requirements, including CPU, Network
    and Memory", "load testing that has been performed on the project and the results"), as written
    from the first asking word to the end of its sentence, or "" when it asks for none (or asks how
    they are found: "Describe how the project surfaces project resource requirements …")."""
    for sentence in split_after_marks(question.strip()):
        match = _ASKS_FIGURES.search(sentence)
        # ("Describe how the project surfaces project resource requirements …" asks how, not what)
        if match is not None and not _HOW.search(sentence[: match.start()]):
            return sentence[match.start() :].strip().rstrip(".?")
    return ""


def gives_figures(answer: Sequence[Block]) -> bool:
    """True when an answer holds a number (digits or a number word) or a link."""
    return any(block.links or _FIGURE.search(block.text) for block in answer)


def owes_no_link(answer: Sequence[str], asked: str) -> bool:
    """True when an answer (its blocks' texts) need not link: it says the question does not apply,
    or points to a link given elsewhere, or says there is nothing to link or it is not done yet: in
    its opening sentence ("No formal end user research has been done.", "We are working on a report to
    be published in the future."), or in any sentence naming what the link is asked for ("No formal end user research reports have been published yet" for
    "link to any reports")."""
    if not answer:
        return True
    text = " ".join(answer)
    if says_not_applicable(text) or _ELSEWHERE.search(text) or find_not_done(text):
        return True
    wanted = {word[:_STEM] for word in content_words(asked) - _ASKING}
    for number, sentence in enumerate(split_after_marks(text.strip())):
        words = normalize(sentence).split()
        says_none = bool(_NOTHING & set(words)) or _TO_COME.search(sentence) is not None
        if says_none and (number == 0 or wanted & {word[:_STEM] for word in words}):
            return True
    return False
