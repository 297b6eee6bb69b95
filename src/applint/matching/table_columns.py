"""The fields a list criterion asks for ("Document complete list of current maintainers, including
names, contact information, domain of responsibility, and affiliation.") that the table answering
it has no column for, and that its other evidence does not name either.

A criterion asks for fields when it asks for a list "including" three or more of them. A column
gives a field when its header has one of the field's words or a word authors use for it ("Email"
for contact information, "Area" for domain of responsibility, "Company" for affiliation); a
sentence of the evidence outside the table that names the field ("Full list with contact info:
MAINTAINERS.md") says where it is, so the field is not missing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from applint.matching.rewording import meaning
from applint.model import Block, BlockKind
from applint.templates.records import Criterion
from applint.text.patterns import LazyPattern

# What a list criterion asks for: "list of …, including A, B, C, and D".
_ASKED = LazyPattern(r"\blist\b.*?\bincluding\s+([^.()]+)", re.IGNORECASE)
_DELIMITER_ROW = LazyPattern(r"\|\s*:?-{3,}")
_SEPARATOR = LazyPattern(r",\s*(?:and\s+|or\s+)?|\s+and\s+")
MIN_FIELDS = 3
MIN_STEM = 4  # a field word shorter than this is too short to stand for a FIELD_WORDS key
# Header words authors use for a field, by a stem of the field's own words.
FIELD_WORDS: dict[str, frozenset[str]] = {
    "contact": frozenset({"email", "mail", "contact", "slack", "address"}),
    "responsibility": frozenset(
        {
            "area",
            "focus",
            "responsibility",
            "domain",
            "scope",
            "component",
            "subproject",
            "ownership",
            "expertise",
        }
    ),
    "affiliation": frozenset({"affiliation", "company", "employer", "organization", "organisation", "org"}),
    "nam": frozenset({"name", "maintainer", "github", "handle", "person", "member", "who"}),
}


class MissingColumns:
    """A table answering a list criterion without columns for some of the fields it asks for."""

    __slots__ = ("criterion", "fields", "table")

    def __init__(self, criterion: Criterion, table: Block, fields: tuple[str, ...]) -> None:
        self.criterion: Final = criterion
        self.table: Final = table
        self.fields: Final = fields


@functools.lru_cache(maxsize=512)
def fields_asked(text: str) -> tuple[str, ...]:
    """The fields a criterion's list asks for, as it writes them (none unless MIN_FIELDS or more)."""
    match = _ASKED.search(text)
    if match is None:
        return ()
    fields = tuple(field.strip() for field in _SEPARATOR.split(match.group(1)) if field.strip())
    return fields if len(fields) >= MIN_FIELDS else ()


def missing_columns(criterion: Criterion, answer: Iterable[Block]) -> MissingColumns | None:
    """The fields the first table of a criterion's answer has no column for and the rest of the
    answer does not name, or None."""
    fields = fields_asked(criterion.text)
    if not fields:
        return None
    blocks = list(answer)
    headers = [(block, _header(block)) for block in blocks]
    table, header_text = next(((block, text) for block, text in headers if text), (None, ""))
    if table is None:
        return None
    header = meaning(header_text)
    elsewhere = meaning(" ".join(block.text for block, text in headers if not text))
    missing = tuple(
        field for field in fields if not (_accepted(field) & header) and not (_accepted(field) & elsewhere)
    )
    return MissingColumns(criterion, table, missing) if missing else None


def _header(block: Block) -> str:
    """The header row of a table, as words ("" for a block that is no table). A table indented
    under a list item may reach the model as a paragraph of its rows: its header is what comes
    before the delimiter row ("|---|")."""
    if block.kind is BlockKind.TABLE:
        return block.text.split("\n", 1)[0].replace("|", " ")
    if block.kind is BlockKind.PARAGRAPH and block.text.startswith("|"):
        delimiter = _DELIMITER_ROW.search(block.text)
        if delimiter is not None:
            return block.text[: delimiter.start()].replace("|", " ")
    return ""


@functools.cache
def _accepted(field: str) -> frozenset[str]:
    """The stems of the header words that give a field: its own and those authors use for it."""
    own = meaning(field)
    words = set(own)
    for stem in own:
        for key, synonyms in FIELD_WORDS.items():
            if len(stem) >= MIN_STEM and (stem.startswith(key) or key.startswith(stem)):
                words |= {stem for synonym in synonyms for stem in meaning(synonym)}
    return frozenset(words - {"information", "inform"})
