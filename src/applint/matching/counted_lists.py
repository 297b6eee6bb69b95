"""Counts that disagree with what they introduce: a number of things followed by the things
themselves, as parts in parentheses or as the list or table right after.

- parts in parentheses: "6 active contributors across 4 levels (2 Owners, 3 Maintainers, 1
  Member)" gives three levels, not four; "12 of 14 findings (3 Critical, 6 Moderate, 2 Low)" parts
  that add up to neither 12 nor 14; "4 active members (3 active; 2 vacant seats)". The parts agree
  when they add up to a count given (either of "12 of 14") or when there are as many of them.
- a list or table right after a block ending "… 5 maintainers:" (or "… (5 members):",
  "Maintainers (5):"), a sentence saying they follow ("Our five maintainers are listed below."), or a
  heading counting them ("### Maintainers (5)"), which should hold five items (top-level list items,
  or table rows under the header).

Quiet where the text says the parts are a selection ("e.g.", "including", "such as", "among",
"some", "top"), where a bound is written ("at least", "over", "10+", "~"), where a part is not a
plain count, for a list shorter than its count whose items each name several (commas), where the
count is of something the entries have rather than of the entries ("Our maintainers come from 3
organisations:" over a list of people), and where the list is not the very next block.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re
from typing import Final

from applint.model import Block, BlockKind, Document, Record
from applint.text.joined import JoinedTexts
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING, BlockKind.TABLE)
# Where a count may open parts in parentheses: "(" and a count (cheap to search the whole text for).
_OPENS_PARTS = LazyPattern(r"\(\s*(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b)")
_NUMBER = r"(?<![\w.,$#~+-])(?P<n>" + NUMBER_PATTERN + r")"
_UNITS = ("level", "tier", "step", "stage", "role", "phase")
_UNIT_STEMS = tuple(f"-{unit}" for unit in _UNITS)
# Nouns that count kinds of things: their parts in parentheses are the kinds, one each.
_KINDS = frozenset(f"{unit}s" for unit in _UNITS) | {
    "types",
    "kinds",
    "categories",
    "classes",
    "groups",
    "areas",
}
_WITH_PARTS = LazyPattern(
    r"(?:(?P<of>"
    + NUMBER_PATTERN
    + r")\s+of\s+)?"
    + _NUMBER
    + r"(?:\s+(?:[A-Za-z][\w-]*\s+){0,4}?(?P<noun>[A-Za-z][\w-]*s)\b|-(?P<unit>level|tier|step|stage|role|phase)\b"
    r"(?:\s+[\w-]+){0,2}?)\s*\((?P<parts>[^()]+)\)",
    re.IGNORECASE,
)
_INTRODUCES = LazyPattern(
    _NUMBER + r"(?:\s+[\w-]+){0,3}?\s+(?P<noun>[A-Za-z][\w-]*s)\s*(?:\([^()]*\))?\s*:$"
    r"|\((?P<m>" + NUMBER_PATTERN + r")\s+(?P<noun2>[A-Za-z][\w-]*s)\)\s*:$",
    re.IGNORECASE,
)
# A sentence saying the things counted follow: "Our seven maintainers are listed below.", "The
# project's 3 adopters are shown in the table below".
_LISTED_BELOW = LazyPattern(
    _NUMBER + r"(?:\s+[\w-]+){0,3}?\s+(?P<noun>[A-Za-z][\w-]*s)(?:\s+(?:are|is)\s+(?:all\s+)?"
    r"(?:listed|shown|named|given|set\s+out|as\s+follows)(?:\s+(?:below|here|in\s+the\s+(?:table|list)\s+below))?"
    r"|,?\s+(?:listed|shown|named|given|set\s+out)\s+(?:below|in\s+the\s+(?:table|list)\s+below))\s*[.:]?$",
    re.IGNORECASE,
)
# A heading counting what its section lists: "Maintainers (7)", "### Current adopters (3)".
_COUNTING_HEADING = LazyPattern(
    r"^(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z][\w-]*s)\s*\((?P<n>" + NUMBER_PATTERN + r")\)\s*:?$",
    re.IGNORECASE,
)
# "Maintainers (7):" as a paragraph.
_NOUN_THEN_COUNT = LazyPattern(
    r"(?:^|\s)(?P<noun>[A-Za-z][\w-]*s)\s*\((?P<n>" + NUMBER_PATTERN + r")\)\s*:$",
    re.IGNORECASE,
)
# A count after one of these counts what the entries have, not the entries ("come from 3
# organisations:", "across 4 companies:").
_OF_THE_ENTRIES = LazyPattern(r"\b(?:from|across|by|representing|spanning|within)\s+$", re.IGNORECASE)
_PART_SEPARATOR = LazyPattern(r"\s*(?:[,;]\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|\s*(?:→|->|>)\s*)")
# A part that is a statement, not a share of the count ("5 external, 2 were non-TAP authors").
_PART_VERB = LazyPattern(r"\b(?:were|was|are|is|have|has|had|been|being|will)\b", re.IGNORECASE)
# Nouns of measure: "the last 90 days:" introduces figures, not days.
_MEASURES = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "percent", "times", "lines", "bytes"}
)
_ANY_NUMBER = LazyPattern(_NUMBER, re.IGNORECASE)
_PART = LazyPattern(r"(?P<n>" + NUMBER_PATTERN + r")\s+[A-Za-z]", re.IGNORECASE)
SELECTION = LazyPattern(
    r"\b(?:e\.g\.|eg|i\.e\.|including|includes|such\s+as|among|some|top|for\s+example|at\s+least|over|"
    r"more\s+than|less\s+than|fewer\s+than|up\s+to|about|around|approximately|roughly|nearly|almost|"
    r"selected|notable|etc)\b|[~+≈]|\.\.\.|…",
    re.IGNORECASE,
)


class CountMismatch(Record):
    """A count and what it introduces, which disagree."""

    __slots__ = ("block", "found", "written")

    def __init__(self, block: Block, written: str, found: str) -> None:
        self.block: Final = block
        self.written: Final = written  # the count as written ("4 levels", "12 of 14 findings")
        self.found: Final = found  # what was found instead, in the reader's words


def find_count_mismatches(document: Document, joined: JoinedTexts) -> list[CountMismatch]:
    """Every count that disagrees with the parts or the list it introduces, in document order."""
    blocks = document.blocks
    found: list[CountMismatch] = []
    for index in sorted(joined.matching(_OPENS_PARTS.compiled) | joined.holding(*_UNIT_STEMS)):
        block = blocks[index]
        if block.kind not in _SKIPPED:
            found.extend(_parts_mismatches(block))
    for index in sorted(joined.holding(":\n", " below", " listed", " shown", ")\n")):
        block = blocks[index]
        if block.kind is BlockKind.HEADING or block.kind not in _SKIPPED:
            mismatch = _list_mismatch(document, index)
            if mismatch is not None:
                found.append(mismatch)
    found.sort(key=lambda mismatch: mismatch.block.line)
    return found


def _parts_mismatches(block: Block) -> list[CountMismatch]:
    found: list[CountMismatch] = []
    for match in _WITH_PARTS.finditer(block.text):
        parts_text = match.group("parts")
        if (
            SELECTION.search(parts_text)
            or _PART_VERB.search(parts_text)
            or SELECTION.search(block.text[max(0, match.start() - 20) : match.start()])
        ):
            continue
        parts = [part for part in _PART_SEPARATOR.split(parts_text.strip()) if part]
        if match.group("unit"):
            counts = None  # "4-level ladder (A → B → C)": the parts are the levels themselves
        else:
            counts = [_PART.match(part) for part in parts]
            if any(count is None for count in counts):
                continue
        if len(parts) < 2:
            continue
        totals = {read_number(match.group("n")), read_number(match.group("of") or "")} - {None}
        if len(parts) in totals:
            continue
        if counts is not None and (match.group("noun") or "").lower() not in _KINDS:
            values = [read_number(count.group("n")) for count in counts if count is not None]
            if any(value is None for value in values) or sum(v for v in values if v is not None) in totals:
                continue
            found_text = f"the parts in parentheses ({parts_text.strip()}) add up to {sum(v for v in values if v is not None)}"
        else:
            found_text = f"the parentheses name {len(parts)} ({parts_text.strip()})"
        written = match.group(0)[: match.start("parts") - match.start() - 1].rstrip(" (")
        found.append(CountMismatch(block, written, found_text))
    return found


def _list_mismatch(document: Document, index: int) -> CountMismatch | None:
    block = document.blocks[index]
    match = _count_introducing(block)
    if match is None:
        return None
    sentence = match.string
    written_number = match.group("n") or match.group("m")
    stated = read_number(written_number)
    noun = match.group("noun") or match.group("noun2")
    if (
        stated is None
        or stated < 2
        or noun.lower() in _MEASURES
        or _OF_THE_ENTRIES.search(sentence[: match.start("n" if match.group("n") else "m")])
    ):
        return None
    items = _items_after(document, index)
    # Any count in the sentence may be the one the list holds ("3 maintainers from 2 organizations:").
    counts = {read_number(number.group("n")) for number in _ANY_NUMBER.finditer(sentence)}
    if items is None or items[0] in counts or items[0] == 0:
        return None
    count, several, first, last = items
    if count < stated and several:
        return None  # an item may name several ("Red Hat: alice, bob")
    what = "table" if several is None else "list"
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    written = (
        f"{noun} ({written_number})"
        if match.re is _COUNTING_HEADING.compiled or match.re is _NOUN_THEN_COUNT.compiled
        else f"{written_number} {noun}"
    )
    return CountMismatch(
        block,
        written,
        f"the {what} after it has {count} {'rows' if what == 'table' else 'items'} ({lines})",
    )


def _count_introducing(block: Block) -> re.Match[str] | None:
    """The count in a block that introduces the list or table after it: the last sentence of a
    paragraph ending "… 5 maintainers:" or saying they are listed below, or a heading
    "Maintainers (5)"; None when the sentence marks a selection or a bound."""
    text = block.text.rstrip()
    if block.kind is BlockKind.HEADING:
        return _COUNTING_HEADING.search(text)
    sentence = cached_pattern(r"(?<=[.!?])\s+(?=\S)|\n").split(text)[-1]
    if SELECTION.search(sentence) or cached_pattern(r"\bof\s+(?:our|the|its|their)\b").search(sentence):
        return None
    if text.endswith(":"):
        return (
            _INTRODUCES.search(sentence)
            or _NOUN_THEN_COUNT.search(sentence)
            or _LISTED_BELOW.search(sentence)
        )
    return _LISTED_BELOW.search(sentence)


def _items_after(document: Document, index: int) -> tuple[int, bool | None, int, int] | None:
    """How many items the list (or rows the table) right after block ``index`` has, whether any
    list item names several things (None for a table), and its first and last line."""
    later = document.next_content(index)
    if later is None:
        return None
    first = document.blocks[later]
    if first.kind is BlockKind.TABLE:
        return table_rows(first), None, first.line, first.end_line
    listed = list_items(document, later)
    if listed is None:
        return None
    items, last = listed
    return len(items), any(names_several(item) for item in items), first.line, last


def table_rows(table: Block) -> int:
    """How many rows a table block has below its header row."""
    return len([row for row in table.text.split("\n") if row.strip()]) - 1


def list_items(document: Document, index: int) -> tuple[list[Block], int] | None:
    """The items at the first level of the list starting at block ``index`` (its sub-items and the
    comments between passed over, up to a checkbox or anything else), with its last line; None when
    the block is no list item or a checkbox."""
    first = document.blocks[index]
    if first.kind is not BlockKind.LIST_ITEM or first.is_checkbox:
        return None
    items: list[Block] = []
    last = first.end_line
    for block in document.blocks[index:]:
        if block.kind is BlockKind.COMMENT:
            continue
        if block.kind is not BlockKind.LIST_ITEM or block.level < first.level or block.is_checkbox:
            break
        last = block.end_line
        if block.level == first.level:
            items.append(block)
    return items, last


def names_several(item: Block) -> bool:
    """Whether a list item names several things ("Alice, Bob", "Red Hat and Google")."""
    return "," in item.text or " and " in item.text
