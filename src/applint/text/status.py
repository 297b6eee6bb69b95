"""Phrases in which evidence says the thing it evidences is not done ("not yet", "is pending",
"in progress", "is planned for Q3", "blocked on …").

Only statements of state count: "Releases are planned every six weeks" describes a process and
stays quiet, "A third-party audit is planned for Q3" does not.
"""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

# Compiled by re on first use (only text under a ticked criterion is ever searched).
_NOT_DONE = (
    r"(?i)\bnot yet\b|\b(?:has|have) yet to\b"
    r"|\b(?:is|are|still|currently|remains?)\s+(?:still\s+|currently\s+)?pending\b"
    r"|\bpending\s*(?=$|[.;)])"
    r"|\b(?:is|are|still|currently|remains?)\s+(?:still\s+|currently\s+)?(?:in[ -]progress|underway|under way|in the works)\b"
    r"|\bin progress\s*(?=$|[.;:,)(—–])"
    r"|\b(?:is|are|am)\s+(?:still\s+|currently\s+)?in\s+the\s+process\s+of\b"
    r"|\b(?:is|are)\s+(?:still\s+|currently\s+|only\s+)?planned(?=\s*(?:$|[.;,)]|\s+(?:for|to start|once|after|but|later)\b))"
    r"|\b(?:is|are)\s+(?:still\s+|currently\s+)?being\s+(?:written|drafted|prepared|finali[sz]ed|set up|completed|"
    r"conducted|performed|arranged|organi[sz]ed|scheduled)\b"
    r"|\b(?:still|currently)\s+blocked\b|\bblocked on\b"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:started|begun|completed|conducted|performed|done|published|scheduled)\b"
    # The project has had no review of its own: "We have not had a third-party audit yet", "No
    # security audit has been performed", "Examplo does not have a self-assessment".
    r"|\b(?:has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:had|undergone|received|gone\s+through)\s+(?:(?:a|an|any)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:audit|assessment|review)s?\b"
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:audit|assessment|review)s?\s+(?:has|have)\s+(?:yet\s+)?been\s+"
    r"(?:performed|conducted|completed|done|carried\s+out)\b"
    r"|\b(?:does|do)(?:\s+not|n['’]t)\s+(?:yet\s+)?have\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:audit|assessment)s?\b"
    r"|\b(?:is|are)\s+scheduled\s+for\s+(?:Q[1-4]|H[12]|\d{4}|next|later|early|mid|late|the\s+(?:end|start|beginning|first|second)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|(?-i:(?<![\w-])BLOCKED(?![\w-]))"  # the flag, explained ("BLOCKED — waiting for the vendor")
)


# Words one of which a lower-cased text stating unfinished work holds, unless it says "no … been"
# (``_may_say_not_done``).
_SINGLE_STEMS = (
    "not yet", "yet to", "pending", "progress", "planned", "being ", "blocked", "underway", "under way",
    "in the works", "process of", "has not", "have not", "scheduled for", "not have",
    "n't have", "n’t have", "t had", "t undergone",  # "doesn't have", "haven't had", "hasn't undergone"
)  # fmt: skip
# Words one of which every text stating unfinished work holds (the single stems, and " been " for
# "no audit has been performed"): a wider test than ``_may_say_not_done``, for searching many
# texts at once.
NOT_DONE_STEMS = (*_SINGLE_STEMS, " been ")


def _may_say_not_done(lower: str) -> bool:
    """What the lower-cased text must hold for any phrase to match, so that the big pattern is
    compiled and run only then. Substring tests one by one: one scan of an alternation of these
    literals costs more (they open on common letters)."""
    return any(map(lower.__contains__, _SINGLE_STEMS)) or ("no " in lower and " been " in lower)


# What a TOC member's evaluation says of a criterion not met, beyond unfinished work: a part "is
# missing", the criterion "partially met", what "the project still needs to" do, "does not yet have".
# Read in a due-diligence evaluation only: an application's "each PR still needs to pass two reviews"
# describes a process.
_UNMET = (
    r"(?i)\b(?:is|are)\s+(?:still\s+|currently\s+)?missing\b"
    # (not "… is partially met by the website too": one more place meeting it, besides the rest)
    r"|\b(?:only\s+)?partial(?:ly)?\s+(?:met|satisfied|fulfill?ed|addressed|complete[ds]?)\b"
    r"(?![^.;]*\b(?:too|as\s+well)\b)"
    r"|\b(?:still|yet)\s+(?:needs?|has|have)\s+to\b"
    r"|\b(?:does|do)(?:\s+not|n['’]t)\s+yet\s+have\b"
    r"|\bnot\s+yet\s+(?:met|satisfied|fulfill?ed)\b"
)
_UNMET_STEMS = ("missing", "partial", "still ", "yet ")


def find_unmet(text: str) -> list[tuple[int, str]]:
    """(0-based offset, phrase) of each statement in a due-diligence evaluation that the criterion
    is not met: what ``find_not_done`` finds, and "… is missing", "partially met", "the project still
    needs to …", "does not yet have", each read in its sentence as ``find_not_done`` reads its phrases
    (not negated, asked, conditional, quoted, or about another round of the work)."""
    found = find_not_done(text)
    lower = text.lower()
    if any(map(lower.__contains__, _UNMET_STEMS)):
        taken = {start for start, _ in found}
        found += [
            (match.start(), match.group(0).strip())
            for match in cached_pattern(_UNMET).finditer(text)
            if match.start() not in taken and _states_it(text, match.start(), match.end())
        ]
    return sorted(found)


# A percentage below 100 (an OpenSSF badge "at 87%").
_PERCENT = r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s?%"


def find_not_done(text: str) -> list[tuple[int, str]]:
    """(0-based offset, phrase) of each statement in ``text`` that the work is unfinished.

    The phrase is read in its sentence: not when a question word makes it the object of the
    sentence ("roadmaps that convey what work is planned"), when it is negated ("nothing is
    pending", "no longer in progress"), conditional ("if a fix is pending, …") or quoted."""
    if not _may_say_not_done(text.lower()):
        return []
    return [
        (match.start(), match.group(0).strip())
        for match in cached_pattern(_NOT_DONE).finditer(text)
        if _states_it(text, match.start(), match.end())
    ]


# Words before the phrase, in its own clause, that keep it from saying the work is unfinished.
_NOT_A_STATEMENT = LazyPattern(
    r"\b(?:what|which|whatever|how|where|when|whenever|while|if|unless|whether|once|until|nothing|none|no|"
    r"never|neither|nor|no\s+longer|longer|any)\b(?:\s+[\w'’/.-]+){0,4}\s*$",
    re.IGNORECASE,
)
# Words before the phrase, in its own clause, that make it about something other than the work
# evidenced: another round of it ("A second audit is planned", "the next assessment is scheduled for
# Q3", "a follow-up audit is in progress") or the follow-up of its results ("fixes for two low
# findings are in progress").
_ANOTHER_ONE = LazyPattern(
    r"\b(?:second|third(?![\s-]+part(?:y|ies))|next|another|follow[\s-]*up|further|additional|future|upcoming|"
    r"subsequent|annual|yearly|periodic|recurring|re-?audit\w*|re-?assess\w*|findings?|fix(?:es)?|"
    r"remediation\w*|recommendations?)\b",
    re.IGNORECASE,
)
# (A full stop ends a clause where a space follows it: not the one in "GOVERNANCE.md".)
_CLAUSE_BREAK = LazyPattern(r".*(?:[.!?](?=\s|$)|[;:()\[\]—–])|.*,\s+(?:and|but|so)\b", re.DOTALL)
_QUOTES = "\"“”'‘’"


def _states_it(text: str, start: int, end: int) -> bool:
    """True when the phrase at ``text[start:end]`` states that the work is not done."""
    before = text[:start]
    cut = _CLAUSE_BREAK.match(before)
    clause = before[cut.end() :] if cut else before
    if _NOT_A_STATEMENT.search(clause) or _ANOTHER_ONE.search(clause):
        return False
    opening = before.rstrip()[-1:]
    closing = text[end:].lstrip()[:1]
    return not (opening and opening in _QUOTES and closing and closing in _QUOTES)


def find_partial_percent(text: str) -> list[tuple[int, str]]:
    """(0-based offset, "87%") of each percentage below 100 in ``text``."""
    if "%" not in text:
        return []
    return [(match.start(), match.group(0)) for match in cached_pattern(_PERCENT).finditer(text)]


# An answer that the criterion does not apply to this project: "N/A", "not applicable", "this
# requirement does not apply", "The project has no subprojects".
_NOT_APPLICABLE = LazyPattern(
    r"\b(?:does|do)\s+not\s+apply\b|\bnot\s+applicable\b|\bN/A\b"
    r"|\b(?:has|have)\s+no\s+sub-?projects\b|\bno\s+sub-?projects\b|\bdoes\s+not\s+have\s+(?:any\s+)?sub-?projects\b",
    re.IGNORECASE,
)


def says_not_applicable(text: str) -> bool:
    """True when the text answers that the criterion does not apply ("N/A", "no subprojects")."""
    lower = text.lower()
    if (
        "n/a" not in lower
        and "appl" not in lower
        and "subproject" not in lower
        and "sub-project" not in lower
    ):
        return False  # what every form needs: most evidence holds none of these
    return _NOT_APPLICABLE.search(text) is not None
