"""A count of the project's maintainers, adopters, committers or reviewers stated in one place against
the list of them given elsewhere in the document: "the project has 7 maintainers" (or "Maintainer
team (7 members)") under one question while the one maintainer list, under another heading or
question, holds eight.

The count is a count fact (``matching.facts``: a total the project has now, not a rule, a bound, a
part or a history) or a team counted in parentheses ("Maintainer team (7 members)"). The list is the
document's one list or table of that set: right under a heading naming only the set ("###
Maintainers", "Current maintainers") or after a lead-in naming it ("The maintainer team includes
contributors from:", "Our adopters:"), with no count of its own (``counted_lists`` reads a count
over the list right below it). Entries grouped by organisation with their people in parentheses
("AWS (alice)", "Independent contributors (bob, carol)") count their people.

Quiet when the document has two such lists of the set (which would it be?), when the lead-in names
part of the set ("new", "former", "emeritus", "from Red Hat"), when an entry may name several
people (commas, "and": entries by repository or area count no one thing), and when the list holds fewer entries than the count but its lead-in marks a selection
("includes", "such as", "e.g."): a list holding more than the count contradicts it either way.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re

from applint.matching.counted_lists import SELECTION, CountMismatch, list_items, names_several, table_rows
from applint.matching.fact_records import Fact
from applint.model import Block, BlockKind, Document
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern

# The sets counted, by the stem their singular and plural share.
_SETS = {
    "maintainers": "maintainer",
    "adopters": "adopter",
    "committers": "committer",
    "reviewers": "reviewer",
}
# "Maintainer team (7 members)", "the maintainers team (7 people)".
_TEAM_COUNT = LazyPattern(
    r"\b(?P<noun>maintainer|committer|reviewer)s?\s+team\s*\((?P<n>" + NUMBER_PATTERN + r")\s+"
    r"(?:members|people|maintainers|committers|reviewers)\)",
    re.IGNORECASE,
)
# A heading that names the set alone: "Maintainers", "Current maintainers", "Maintainer list",
# "List of adopters", "The maintainer team".
_SET_HEADING = LazyPattern(
    r"^(?:(?:the|our|current|active|core|project(?:['’]s)?)\s+)*"
    r"(?:(?P<plural>maintainers|adopters|committers|reviewers)|list\s+of\s+(?P<listed>maintainers|adopters|"
    r"committers|reviewers)|(?P<single>maintainer|adopter|committer|reviewer)s?\s+(?:team|list))\s*:?$",
    re.IGNORECASE,
)
# A lead-in naming the set as what follows: "Our maintainers:", "Current Maintainer(s):", "The
# maintainer team includes contributors from:", "Kestrel's adopters are:".
_SET_LEAD_IN = LazyPattern(
    r"^(?:[\w'’-]+\s+){0,2}?(?:(?P<plural>maintainers|adopters|committers|reviewers)|(?P<single>maintainer|"
    r"adopter|committer|reviewer)(?:\(s\)|\s+team))(?:\s+(?:are|include|includes|comprises?|consists?\s+of|"
    r"(?:is|are)\s+made\s+up\s+of|(?:are|is)\s+as\s+follows|includes?\s+(?:contributors|people|members)\s+from))?"
    r"\s*:$",
    re.IGNORECASE,
)
# A lead-in naming part of the set, or the set's members' other roles, not the set.
_PART_OF_SET = LazyPattern(
    r"\b(?:(?i:some|part|initial|original|founding|example\w*)|new|newly|former|emeritus|past|previous|retired|added|promoted|nominated|additional|other|"
    r"from\s+[A-Z]|at\s+[A-Z]|with|who|whom|that|responsible|lead\w*|except|not|without|security|release|"
    r"approv\w*|review\w*\s+by|by\s+(?:area|component|repository))",
)
_INCLUDE = LazyPattern(r"\binclude\b", re.IGNORECASE)  # "includes" is among counted_lists' selections
_ENTRY_NAMES = LazyPattern(r"\(([^()]+)\)\s*[.;,]?$")
# A GitHub handle as written among others: "@jdoe", "jdoe", "AlexsJones" (not a capitalised word:
# "Berlin", "Independent" are places and affiliations).
_HANDLE = LazyPattern(r"^@?(?:[a-z0-9][\w.-]*|[A-Z][a-z0-9]+[A-Z][\w.-]*)$")
_NAME_SEPARATOR = LazyPattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)")


class _SetList:
    """A list or table of one set, with how many entries it holds and where."""

    __slots__ = ("count", "first", "index", "last", "lead", "several")

    def __init__(self, index: int, lead: str, count: int, several: bool, first: int, last: int) -> None:
        self.index = index  # its first block
        self.lead = lead  # the heading's or lead-in's text
        self.count = count
        self.several = several  # whether an entry may name several people
        self.first = first
        self.last = last


def find_set_mismatches(document: Document, facts: list[Fact]) -> list[CountMismatch]:
    """Each count of a set that disagrees with the document's one list of that set, in document
    order."""
    lists = _set_lists(document)
    if not lists:
        return []
    found: list[CountMismatch] = []
    for block, noun, written, stated in _counts(document, facts):
        listed = lists.get(noun)
        if listed is None or len(listed) != 1:
            continue
        the_list = listed[0]
        if the_list.first <= block.line <= the_list.last or stated == the_list.count:
            continue
        if the_list.several:
            continue  # entries naming several ("kestrel-core: alice, bob") count no one thing
        if stated > the_list.count and (SELECTION.search(the_list.lead) or _INCLUDE.search(the_list.lead)):
            continue  # a selection may leave the others out
        what = "table" if document.blocks[the_list.index].kind is BlockKind.TABLE else "list"
        lines = (
            f"line {the_list.first}"
            if the_list.first == the_list.last
            else f"lines {the_list.first}-{the_list.last}"
        )
        found.append(
            CountMismatch(
                block,
                written,
                f"the {what} of {noun} at {lines} names {the_list.count}",
            )
        )
    found.sort(key=lambda mismatch: mismatch.block.line)
    return found


def _counts(document: Document, facts: list[Fact]) -> list[tuple[Block, str, str, int]]:
    """Each count of a set the document states: (block, set noun, the count as written, value)."""
    counts: list[tuple[Block, str, str, int]] = []
    for fact in facts:
        if fact.key[:1] == ("count",) and len(fact.key) == 2 and fact.key[1] in _SETS:
            value = fact.value[0]
            if isinstance(value, int):
                counts.append((fact.block, fact.key[1], fact.written, value))
    for block in document.blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and "team" in block.text.lower():
            for match in _TEAM_COUNT.finditer(block.text):
                number = read_number(match.group("n"))
                if number is not None:
                    counts.append((block, match.group("noun").lower() + "s", match.group(0), number))
    return counts


def _set_lists(document: Document) -> dict[str, list[_SetList]]:
    """The lists and tables of each set, keyed by its noun ("maintainers")."""
    blocks = document.blocks
    lists: dict[str, list[_SetList]] = {}
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.COMMENT:
            continue
        noun = _names_set(block)
        if noun is None:
            continue
        later = document.next_content(index)
        if later is None:
            continue
        held = _entries(document, later, block.text)
        if held is not None:
            lists.setdefault(noun, []).append(held)
    return lists


def _names_set(block: Block) -> str | None:
    """The set a heading or a lead-in paragraph names as what follows, if any."""
    text = block.text.strip()
    if block.kind is BlockKind.HEADING:
        found = _SET_HEADING.match(text.strip("*_ "))
        if found is None:
            return None
        if found.group("single"):
            return found.group("single").lower() + "s"
        return (found.group("plural") or found.group("listed")).lower()
    if block.kind is not BlockKind.PARAGRAPH or "\n" in text:
        return None
    # the anchored lead-in first: most paragraphs fail it at once, where the part-of-set pattern
    # (opening on "\b", so tried at every place) would read the whole paragraph
    found = _SET_LEAD_IN.match(text)
    if found is None or _PART_OF_SET.search(text):
        return None
    return (found.group("plural") or found.group("single") + "s").lower()


def _entries(document: Document, index: int, lead: str) -> _SetList | None:
    """The list or table starting at block ``index``, as a list of the set the lead names; None
    for anything else (a paragraph, a checklist)."""
    first = document.blocks[index]
    if first.kind is BlockKind.TABLE:
        return _SetList(index, lead, table_rows(first), False, first.line, first.end_line)
    listed = list_items(document, index)
    if listed is None:
        return None
    items, last = listed
    grouped = _grouped_people(items)
    if grouped is not None:
        return _SetList(index, lead, grouped, False, first.line, last)
    several = any(names_several(item) for item in items)
    return _SetList(index, lead, len(items), several, first.line, last)


def _grouped_people(items: list[Block]) -> int | None:
    """How many people a list of entries grouped by organisation names, each entry's people given
    by their handles in parentheses ("AWS (alice)", "Independent contributors (bob, carol)"); None
    when an entry is not written so (a name with its affiliation: "Alice Example (Examplo Inc.)",
    "Jane Doe (Examplo, Berlin)")."""
    people = 0
    for item in items:
        found = _ENTRY_NAMES.search(item.text.strip())
        if found is None:
            return None
        handles = [name for name in _NAME_SEPARATOR.split(found.group(1).strip()) if name]
        if not handles or not all(_HANDLE.match(handle) for handle in handles):
            return None
        people += len(handles)
    return people if len(items) >= 2 else None
