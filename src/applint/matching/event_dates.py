"""The dates of the events an application states (``facts``): the Sandbox and Incubation
acceptances, joining the CNCF and a TAG presentation, each date belonging to the event named
nearest before it in its sentence (or, when the sentence opens with the date, the first one after
it); a date after any other event named in between ("onboarding was completed on …") is that
event's, and a sentence that plans, or names the event more than once, gives none. A TAG
presentation whose TAG is not named is the one the document says it presented to, when it names
one.
"""

import re
from collections.abc import Iterator

from applint.matching.fact_records import DATE, Fact
from applint.model import Block
from applint.text.dates import find_dates
from applint.text.patterns import LazyPattern

_LEVEL_VERB = r"(?:accepted|admitted|joined|entered|moved|promoted|became|voted|evolved|advanced|progressed)"
_SANDBOX = LazyPattern(
    rf"\b{_LEVEL_VERB}\b(?:\s+[\w'’-]+){{0,4}}?\s+sandbox\b"
    r"|\bsandbox\b(?:\s+project)?(?:,?\s+(?:(?:and\s+)?(?:was|were)\s+)?(?:accepted|admitted)\b"
    r"|\s+(?:vote|acceptance|admission)\b(?:\s+(?:passed|date|was))?|\s+since\b)",
    re.IGNORECASE,
)
_INCUBATION = LazyPattern(
    rf"\b{_LEVEL_VERB}\b(?:\s+[\w'’-]+){{0,4}}?\s+incubat\w*"
    r"|\bincubat\w*\b(?:\s+project)?(?:,?\s+(?:(?:and\s+)?(?:was|were)\s+)?(?:accepted|admitted)\b"
    r"|\s+(?:vote|acceptance|admission)\b(?:\s+(?:passed|date|was))?|\s+since\b)"
    r"|\b(?:move|promotion|transition)\s+(?:in)?to\s+(?:the\s+)?(?:CNCF\s+)?incubat\w*",
    re.IGNORECASE,
)
# Joining the CNCF without a level named right after ("Sealer joined the CNCF on April 26, 2022"); "joined
# the CNCF as a Sandbox project" is the Sandbox acceptance.
_JOINED_CNCF = LazyPattern(
    r"\b(?:joined|entered|(?:was\s+)?accepted\s+(?:in)?to|(?:was\s+)?admitted\s+(?:in)?to)\s+(?:the\s+)?"
    r"(?-i:CNCF)\b(?!\s+(?:as\s+(?:an?\s+)?)?(?:sandbox|incubat))"
    # the foundation itself, not one of its programmes ("joined the CNCF BugBash")
    r"(?=\s*(?:$|[.,;:()\[\]]|(?:in|on|as|at|during|back|and|with|under|when|from|via|through|around|about|"
    r"just|a|an|the|\d+)\b))",
    re.IGNORECASE,
)
_TAG_NAME = r"(?-i:TAG)(?:[\s-]+(?P<{}>(?-i:[A-Z])[\w]*))?"
_TAG_PRESENTATION = LazyPattern(
    rf"\bpresent(?:ed|ation)\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:to|at|before|with|for)\s+(?:the\s+)?(?:CNCF\s+)?{_TAG_NAME.format('to_tag')}"
    rf"|\b{_TAG_NAME.format('tag')}(?:\s+[\w'’-]+){{0,3}}?\s+presentation\b",
    re.IGNORECASE,
)
# Events other than the ones read: a date after one of them is that event's.
_OTHER_EVENT = LazyPattern(
    r"\b(?:onboard\w*|appl(?:y|ied|ying|ication)|submit\w*|propos\w*|releas\w*|launch\w*|found\w*|"
    r"creat\w*|start\w*|donat\w*|open[- ]sourced|review\w*|audit\w*|graduat\w*|kubecon|verified|updated|"
    r"completed|merged|published|filed|opened|annual|sandbox|incubat\w*)\b",
    re.IGNORECASE,
)
_NOT_ONE_EVENT = LazyPattern(
    r"\b(?:will|plan\w*|schedul\w*|expect\w*|tentative\w*|aim\w*|target\w*|again|also|second|another|first|"
    r"follow[- ]up|re-?present\w*|previous\w*|earlier|later|not|never|until|if|once)\b",
    re.IGNORECASE,
)


def names_an_event(text: str) -> bool:
    """Whether a block may name an event this module reads (a maturity level, a TAG presentation,
    joining the CNCF)."""
    return (
        "andbox" in text
        or "ncubat" in text
        or ("TAG" in text and "resent" in text)
        or ("CNCF" in text and _JOINED_CNCF.search(text) is not None)
    )


def tag_named(facts: list[Fact], tagged: list[Block]) -> list[Fact]:
    """A TAG presentation whose TAG is not named is the one the document says it presented to (in
    any sentence of the blocks naming a TAG, a second presentation's too), when it names one."""
    if not any(fact.key == ("date", "tag", "") for fact in facts):
        return facts
    named = {
        (match.group("to_tag") or match.group("tag") or "").lower()
        for block in tagged
        if "present" in block.text.lower()
        for match in _TAG_PRESENTATION.finditer(block.text)
    } - {""}
    if len(named) != 1:
        return facts
    tag = named.pop()
    return [
        Fact(("date", "tag", tag), fact.subject, fact.value, fact.written, fact.block, fact.compare)
        if fact.key == ("date", "tag", "")
        else fact
        for fact in facts
    ]


def date_facts(sentence: str, block: Block) -> Iterator[Fact]:
    dates = find_dates(sentence)
    if not dates or _NOT_ONE_EVENT.search(sentence):
        return
    cues: list[tuple[int, int, tuple[str, ...], str]] = []
    # Each cue's pattern is tried only when its word is there (the patterns are slow to fail).
    if "andbox" in sentence:
        for match in _SANDBOX.finditer(sentence):
            cues.append((match.start(), match.end(), ("date", "sandbox"), "the Sandbox acceptance date"))
    if "ncubat" in sentence:
        for match in _INCUBATION.finditer(sentence):
            cues.append(
                (match.start(), match.end(), ("date", "incubation"), "the Incubation acceptance date")
            )
    if "CNCF" in sentence:
        for match in _JOINED_CNCF.finditer(sentence):
            cues.append(
                (match.start(), match.end(), ("date", "cncf"), "the date the project joined the CNCF")
            )
    if "TAG" in sentence:
        for match in _TAG_PRESENTATION.finditer(sentence):
            tag = (match.group("to_tag") or match.group("tag") or "").lower()
            cues.append((match.start(), match.end(), ("date", "tag", tag), "the TAG presentation date"))
    if not cues:
        return
    for match in _OTHER_EVENT.finditer(sentence):
        cues.append((match.start(), match.end(), (), ""))
    cues.sort()
    for start, end, written, date in dates:
        before = [cue for cue in cues if cue[1] <= start]
        if before:
            cue = max(before, key=lambda c: (c[1], bool(c[2])))  # an event's own cue over its level word
        elif not sentence[:start].strip(" ,(*_[") or len(sentence[:start].split()) <= 2:
            after = [cue for cue in cues if cue[0] >= end]
            if not after:
                continue
            cue = after[0]
        else:
            continue
        if cue[2]:
            yield Fact(cue[2], cue[3], (date.year, date.month, date.day), written, block, compare=DATE)
