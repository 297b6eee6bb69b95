"""The record of one fact a document states (a date, an issue number, a count, a version, a
person's e-mail address): what it is of, its value as written and read, and how two values of it
agree."""

# No `from __future__ import annotations` here: the record's string annotations would be compiled
# at every start-up (as in model.py).

from typing import Final

from applint.model import Block, Record

# How two values of one fact are compared.
EXACT: Final = "exact"  # equal, or they are two values (counts, issue numbers, addresses)
DATE: Final = "date"  # to the precision both give: (2023, 1, 0) is (2023, 1, 15)
PREFIX: Final = "prefix"  # as far as both go: v1.2 is v1.2.3, v0.1.x is v0.1.24


class Fact(Record):
    """One value the document gives for one thing, and where. ``exclusive``: whether two values of
    it cannot both be true (a release, a count at one moment), or may both be (a person's two
    e-mail addresses: the reader is to be told which to use). ``entry``: for a value read from one
    row of a table or one item of a list, (the table's or list's first line, the row's or item's
    line), since each row or item is about an entity of its own (one adopter, one maintainer);
    None for a value of running text."""

    __slots__ = ("block", "compare", "entry", "exclusive", "key", "subject", "value", "written")

    def __init__(
        self,
        key: tuple[str, ...],
        subject: str,
        value: tuple[int | str, ...],
        written: str,
        block: Block,
        compare: str = EXACT,
        exclusive: bool = True,
        entry: tuple[int, int] | None = None,
    ) -> None:
        self.key: Final = key  # what the value is of, compared exactly
        self.subject: Final = subject  # the same, in the reader's words ("the Sandbox acceptance date")
        self.value: Final = value
        self.written: Final = written  # the value as written ("20230115", "cncf/toc#1500", "12")
        self.block: Final = block
        self.compare: Final = compare
        self.exclusive: Final = exclusive
        self.entry: Final = entry

    @property
    def is_date(self) -> bool:
        return self.compare == DATE

    def in_another_entry(self, other: "Fact") -> bool:
        """True when the two are read from different rows of one table or items of one list (two
        adopters' contacts in a pasted table): two entities, however alike the keys read for them."""
        return (
            self.entry is not None
            and other.entry is not None
            and self.entry[0] == other.entry[0]
            and self.entry[1] != other.entry[1]
        )

    def agrees(self, other: "Fact") -> bool:
        """True when the two values can be one: dates to the precision both give, versions as far
        as both go, others exactly."""
        if self.compare == DATE:
            return all(a == b or not a or not b for a, b in zip(self.value, other.value, strict=True))
        if self.compare == PREFIX:
            return all(a == b for a, b in zip(self.value, other.value, strict=False))
        return self.value == other.value
