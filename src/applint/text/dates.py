"""Calendar dates as authors write them, read to the precision written.

"20230115" (the template's YYYYMMDD), "2023-01-15", "2023/01/15", "15-JAN-2023", "15 January
2023", "January 15, 2023", "January 2023", "in 2023": each is a ``Date`` of year, month and day,
with 0 for a part not written. Two dates disagree only on a part both give: "January 2023" and
"2023-01-15" agree. Numeric day-first or month-first forms ("01/02/2023") say neither for sure and
are not read.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re
from collections.abc import Iterator
from typing import Final

from applint.model import Record
from applint.text.patterns import LazyPattern

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DATE = LazyPattern(
    r"(?<![\w/.-])(?:"
    r"(?P<compact>20\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])"
    r"|(?P<iso>20\d\d)[-/](?P<im>0?[1-9]|1[0-2])[-/](?P<id>0?[1-9]|[12]\d|3[01])"
    rf"|(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?[- ](?P<dm>{_MONTH})[-, ]+(?P<dy>20\d\d)"
    rf"|(?P<mm>{_MONTH})\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<my>20\d\d)"
    rf"|(?P<om>{_MONTH}),?\s+(?P<oy>20\d\d)"
    r"|(?<=\bin\s)(?P<year>20\d\d)|(?<=\bsince\s)(?P<syear>20\d\d)"
    r")(?![\w/-])",
    re.IGNORECASE,
)


class Date(Record):
    """A date to the precision written: month and day 0 when not given."""

    __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int = 0, day: int = 0) -> None:
        self.year: Final = year
        self.month: Final = month
        self.day: Final = day

    def __iter__(self) -> Iterator[int]:
        """Year, month and day, as the triple a date is read as (``tuple(date)``)."""
        return iter((self.year, self.month, self.day))

    def agrees(self, other: "Date") -> bool:
        """True unless the two differ on a part both give."""
        return all(a == b or not a or not b for a, b in zip(self, other, strict=True))


def _month(word: str) -> int:
    return _MONTHS.index(word[:3].lower()) + 1


def find_dates(text: str) -> list[tuple[int, int, str, Date]]:
    """(start, end, as written, date) of each date in ``text``."""
    if "20" not in text:
        return []  # every form read has a year of this century (and the pattern is slow to fail)
    found = []
    for match in _DATE.finditer(text):
        date = _read(match)
        if date is not None:
            found.append((match.start(), match.end(), match.group(0), date))
    return found


def _read(match: re.Match[str]) -> Date | None:
    parts = match.groupdict()
    if parts["compact"]:
        return Date(int(parts["compact"]), int(parts["cm"]), int(parts["cd"]))
    if parts["iso"]:
        return Date(int(parts["iso"]), int(parts["im"]), int(parts["id"]))
    if parts["dy"]:
        day = int(parts["dd"])
        return Date(int(parts["dy"]), _month(parts["dm"]), day) if 1 <= day <= 31 else None
    if parts["my"]:
        day = int(parts["md"])
        return Date(int(parts["my"]), _month(parts["mm"]), day) if 1 <= day <= 31 else None
    if parts["oy"]:
        return Date(int(parts["oy"]), _month(parts["om"]))
    year = parts["year"] or parts["syear"]
    return Date(int(year)) if year else None


def as_of(sentence: str) -> tuple[str, ...] | None:
    """The date a sentence gives a figure "as of" ("As of November 2024, it lists 9 maintainers"),
    as a key part, so that a figure as of one date is compared only with one as of the same date:
    () when the sentence says no "as of", None when it says one but not one date."""
    if "as of" not in sentence.lower():
        return ()
    dates = list(find_dates(sentence))
    if len(dates) != 1:
        return None
    date = dates[0][3]
    return (f"{date.year}-{date.month}-{date.day}",)


# A month written without a year: "Jan. 16th", "16 January", "January 16", "March" ("may" only with
# a day: the word is mostly the verb).
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEARLESS = LazyPattern(
    rf"(?<![\w/.-])(?:(?:{_DAY}\s+(?:of\s+)?)?(?P<month>{_MONTH})(?:\s+{_DAY}(?![\w/:-]|\.\d))?)"
    rf"|(?<![\w/.-]){_DAY}[- ](?P<dm>{_MONTH})",
    re.IGNORECASE,
)
# A year in any form ("2026", "'26", "FY26"), or a day of the template's numeric forms.
_ANY_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)|['’]\d\d\b|\bFY\d\d\b", re.IGNORECASE)
# Words that make a date recur rather than name a day ("every March", "each January 1st").
_RECURRING = LazyPattern(
    r"\b(?:every|each|annual(?:ly)?|yearly|per|recurring|until|through)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)


def find_yearless_dates(text: str) -> list[tuple[int, str]]:
    """(0-based offset, as written) of each date in ``text`` that names a month (and perhaps a
    day) but no year, when nothing in ``text`` gives one: "Jan. 16th", "16 January", "March". Quiet
    for a recurring date ("every March") and a bare "may"."""
    if _ANY_YEAR.search(text):
        return []
    found = []
    for match in _YEARLESS.finditer(text):
        written = match.group(0).strip().rstrip(".")
        month = match.group("month") or match.group("dm")
        if month.rstrip(".").lower() == "may" and written.lower().rstrip(".") == "may":
            continue
        if (len(month.rstrip(".")) == 3 or month.lower().startswith("sept.")) and written == month.rstrip(
            "."
        ):
            continue  # an abbreviation alone ("Mar") is seldom a date: "Jan" is a name too
        if _RECURRING.search(text[: match.start()]):
            continue
        found.append((match.start(), written))
    return found
