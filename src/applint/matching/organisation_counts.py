"""How many organisations the project's maintainers (or contributors, committers) come from, as the
document states it: "12 maintainers from 5 companies", "There are 13 current maintainers from 7
different employers", "We now have maintainers from four different organisations", "maintainers
span across three companies". Two such counts of one group that disagree cannot both be true.

Read only where the count is of the whole group now, so that two values are a contradiction and
not two things:

- the group as named, with its qualifier ("core maintainers" is not "maintainers"; "active",
  "current" and "regular" are no qualifier);
- not a bound or a range ("from over 10 companies", "20+ companies", "from 3 to 5 companies"), a
  subset ("from 2 other companies"), a history or a plan ("grew", "was", "had", "will", "goal"), a
  period ("in the last 12 months", "this year", "since 2023"), or a rule ("must come from at least
  2 companies");
- a count "as of" a date, or in a sentence naming a date ("In 2024, …"), is that date's: compared
  only with one of the same date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.matching.fact_records import Fact
from applint.model import Block, BlockKind, Document
from applint.text.dates import as_of, find_dates
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_statements

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING)

_COUNT = LazyPattern(
    r"\b(?P<noun>maintainers|contributors|committers)\b(?P<between>[^.;:!?()\[\]\d]{0,30}?)\s+"
    r"(?:from|across|representing|spanning|span(?:ning)?\s+across|at)\s+"
    rf"(?P<n>{NUMBER_PATTERN})\s+(?:different\s+|distinct\s+|separate\s+|independent\s+|unique\s+)?"
    r"(?P<what>companies|organi[sz]ations|employers|vendors|orgs)\b",
    re.IGNORECASE,
)
# Words that may stand right before the group's noun without naming another group.
_PLAIN_BEFORE = frozenset(
    {
        "active",
        "current",
        "regular",
        "has",
        "have",
        "had",
        "are",
        "is",
        "with",
        "by",
        "our",
        "its",
        "the",
        "their",
        "of",
        "and",
        "now",
        "currently",
        "today",
        "project",
        "project's",
        "total",
        "all",
        "these",
    }
)
_NOT_NOW = LazyPattern(
    r"\b(?:grew|grow\w*|increas\w*|went|gone|was|were|had|previous\w*|former\w*|emeritus|originally|initially|"
    r"will|would|plan\w*|goal|target\w*|aim\w*|hope\w*|expect\w*|want\w*|must|should|requir\w*|need\w*|"
    r"at\s+least|minimum|since|until|last|past|this\s+year|this\s+quarter|months?|weeks?|year['’]s|"
    r"other|additional|another|more|new|added|joined)\b",
    re.IGNORECASE,
)
_TWO_GROUPS = LazyPattern(r"\b(?:and|or|plus|of\s+whom|including|approvers|reviewers)\b", re.IGNORECASE)


def organisation_counts(document: Document, indexes: set[int]) -> list[Fact]:
    """The counts of organisations the blocks at ``indexes`` give, in document order."""
    facts: list[Fact] = []
    for index in sorted(indexes):
        block = document.blocks[index]
        if block.kind in _SKIPPED or block.checked is not None:
            continue
        counts = [
            fact
            for sentence in split_statements(block.text, cells=True)
            for fact in _sentence_counts(sentence, block)
        ]
        facts.extend(_one_value_each(counts))
    return facts


def _one_value_each(counts: list[Fact]) -> list[Fact]:
    """A block's counts, less those of a group it counts twice differently: it counts two things (a
    table's "Sandbox" and "Current" columns, two projects' committers)."""
    values: dict[tuple[str, ...], set[tuple[int | str, ...]]] = {}
    for fact in counts:
        values.setdefault(fact.key, set()).add(fact.value)
    return [fact for fact in counts if len(values[fact.key]) == 1]


def _sentence_counts(sentence: str, block: Block) -> Iterator[Fact]:
    if _NOT_NOW.search(sentence):
        return
    scope = as_of(sentence)
    if scope is None:
        return  # "as of" what, the sentence does not say for sure
    if not scope:  # a count in a sentence naming a time is that time's ("In 2024, …")
        scope = tuple(f"{date.year}-{date.month}-{date.day}" for _, _, _, date in find_dates(sentence))
    for match in _COUNT.finditer(sentence):
        group = _group(sentence[: match.start()], match.group("noun").lower())
        number = read_number(match.group("n"))
        if group is None or number is None or _names_two(match.group("between")):
            continue
        what = match.group("what").lower()
        yield Fact(
            ("organisations", group, *scope),
            f"the number of {what} the {group} come from",
            (number,),
            match.group("n"),
            block,
        )


def _group(before: str, noun: str) -> str | None:
    """The group counted, with its qualifier ("core maintainers"); None when a word before it is
    no plain qualifier nor a count ("Kubernetes maintainers from …" is kept as that group)."""
    words = before.split()
    if not words:
        return noun
    last = words[-1].strip("*_(").lower()
    if last in _PLAIN_BEFORE or read_number(last.rstrip("+")) is not None:
        return noun
    if last.isalpha():
        return f"{last} {noun}"
    return None


def _names_two(between: str) -> bool:
    """Whether the words between the group and its organisations name another group or a part of it
    ("maintainers and 8 approvers from 7 organisations" counts both together)."""
    return _TWO_GROUPS.search(between) is not None
