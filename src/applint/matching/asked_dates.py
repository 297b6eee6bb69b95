"""The dates a template asks for, as the document filled them in: where a template sentence holds a
date placeholder ("Met during Project's application on DD-MMM-YYYY.", "This project is currently
Sandbox, accepted on YYYYMMDD, …", "was completed/updated on DD-MMM-YYYY") the words before it lead
to the date in the document's copy of the sentence; and where the template writes ``MONTH YEAR``
alone under each ``##### Adopter N`` heading, the short line there ("Interviewed March").

Only dates written without any year are kept ("Jan. 16th", "16 January", "March": the reader
cannot place them), read by ``text.dates.find_yearless_dates``: a year anywhere in the field (the
paragraph or list item) or the line ("16 January, in 2026") places it, and a recurring date ("every Tuesday", "each March")
names no day. Dates the template does not ask for are not read.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re
from typing import Final

from applint.model import Block, BlockKind, Document, Record
from applint.templates.records import Template
from applint.text.dates import find_yearless_dates
from applint.text.joined import JoinedTexts
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

_DATE_PLACEHOLDERS = ("DD-MMM-YYYY", "YYYYMMDD", "MONTH YEAR")
# The words before a placeholder that find the field again ("application on", "occurred on"): two,
# so that "This occurred on" finds "This was completed and occurred on" reworded.
_LEAD_WORDS = 2
_ADOPTER_HEADING = LazyPattern(r"^adopter\s+\d+\b", re.IGNORECASE)
_SHORT_LINE = 6  # words a MONTH YEAR line holds at most ("Interviewed in March", "Since mid March")
_READ = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_NEAR = 4  # characters between the lead and the date ("on the 16th of January")


class YearlessDate(Record):
    """A date the template asks for, written without a year."""

    __slots__ = ("asked", "block", "written")

    def __init__(self, block: Block, written: str, asked: str) -> None:
        self.block: Final = block
        self.written: Final = written  # the date as written ("Jan. 16th")
        self.asked: Final = asked  # the template's placeholder ("DD-MMM-YYYY")


def find_yearless_asked_dates(
    document: Document, template: Template, lowered: JoinedTexts
) -> list[YearlessDate]:
    """Each date the template asks for that the document writes without a year, in document order.
    ``lowered`` is the document's blocks' texts, lower-cased and joined: one search over it for each
    form of the leads' first words finds the few blocks that may hold a field asking for a date."""
    leads = _leads(template)
    found: list[YearlessDate] = []
    if leads:
        blocks = document.blocks
        first_words = {form for lead, _ in leads for form in lead[0].split("/")}
        for index in sorted(lowered.holding(*sorted(first_words))):
            block = blocks[index]
            if block.kind is not BlockKind.LIST_ITEM:  # the template's own fields are list items
                continue
            lower = lowered.texts[index]
            for lead, asked in leads:
                if lead[-1] in lower and any(form in lower for form in lead[0].split("/")):
                    found.extend(_after_lead(block, lead, asked))
    if "MONTH YEAR" in template.placeholders:
        found.extend(_adopter_dates(document))
    found.sort(key=lambda date: date.block.line)
    return found


def _leads(template: Template) -> list[tuple[tuple[str, ...], str]]:
    """(the words before the placeholder, the placeholder) of each template sentence holding one
    after words of its own (not the ``MONTH YEAR`` line, which stands alone)."""
    leads: dict[tuple[str, ...], str] = {}
    for criterion in template.criteria:
        for text in (criterion.text, *criterion.sub_items):
            for asked in _DATE_PLACEHOLDERS:
                at = text.find(asked)
                if at < 0:
                    continue
                words = cached_pattern(r"[\w'’/]+").findall(text[:at].lower())[-_LEAD_WORDS:]
                if len(words) == _LEAD_WORDS:
                    leads.setdefault(tuple(words), asked)
    return sorted(leads.items())


def _after_lead(block: Block, lead: tuple[str, ...], asked: str) -> list[YearlessDate]:
    pattern = cached_pattern(r"(?i)\b" + r"[\s*_,;:()]+".join(map(_word, lead)) + r"[\s*_,;:]+")
    dates = find_yearless_dates(block.text)  # none when the field gives a year anywhere
    found = []
    for match in pattern.finditer(block.text) if dates else ():
        first = next((written for start, written in dates if 0 <= start - match.end() <= _NEAR), None)
        if first is not None:
            found.append(YearlessDate(block, first, asked))
    return found


def _word(word: str) -> str:
    """A lead word as a pattern: either apostrophe, and each of "completed/updated" on its own."""
    forms = [word, *word.split("/")] if "/" in word else [word]
    escaped = (re.escape(form.replace("’", "'")).replace("'", "['’]") for form in forms)
    return "(?:" + "|".join(escaped) + ")"


def _adopter_dates(document: Document) -> list[YearlessDate]:
    """The short lines under each "Adopter N" heading that give a month without a year."""
    found = []
    blocks = document.blocks
    for index, heading in enumerate(blocks):
        if heading.kind is not BlockKind.HEADING or not _ADOPTER_HEADING.match(heading.text.strip()):
            continue
        for block in blocks[index + 1 : document.section_end(index)]:
            if block.kind not in _READ:
                continue
            for line in block.text.split("\n"):
                if len(line.split()) > _SHORT_LINE:
                    continue
                dates = find_yearless_dates(line)
                if dates:
                    found.append(YearlessDate(block, dates[0][1], "MONTH YEAR"))
    return found
