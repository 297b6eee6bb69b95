"""The adopters a TOC due-diligence (DD) document records: the organizations its Adopter blocks
name, and the count of organizations its evaluation of "at least 3 independent adopters" gives.

An Adopter block is a heading "Adopter 1 - Globex/Energy" (any dash, or a colon); the template's
``$COMPANY/$INDUSTRY`` names none. Blocks naming the same organization ("Adopter 1 — Bloomberg /
Finance (GPU team)", "Adopter 2 — Bloomberg / Finance (streaming)") are one organization; each
anonymous one ("Anonymous/Telecommunications", "A bank/Finance") counts as its own.

A count in words is a number right before "organizations" (or "organisations", "companies",
"adopters", "end users") in the evaluation, after "across", "from", "at", "in", "with", "by" or
opening a line or clause: "7 interviewees across 2 organizations", "Two companies were
interviewed". A count after "of" ("2 of the 5 adopters") or inside a longer phrase ("the 30+
adopters listed") is not taken.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from applint.matching.mapping import Mapping
from applint.model import Block, BlockKind, Document
from applint.templates.records import Criterion, Template
from applint.text.markers import has_placeholder
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

_ADOPTER_HEADING = LazyPattern(r"^\s*adopter\s+\d+\s*[-–—:]\s*(?P<name>.+)$", re.IGNORECASE)
_NAME_END = LazyPattern(r"\s*(?:/|\(|\s[-–—|]\s)")
_ANONYMOUS = LazyPattern(r"^(?:anonymous|undisclosed|unnamed|confidential|an?\s)", re.IGNORECASE)
_LEAST = LazyPattern(r"\bat\s+least\s+(?P<n>" + NUMBER_PATTERN + r")\b", re.IGNORECASE)
_COUNT = LazyPattern(
    r"(?:^|\b(?:across|from|at|in|with|by)\s+|[:;(]\s*)(?P<n>" + NUMBER_PATTERN + r")\s+"
    r"(?:independent\s+|distinct\s+|different\s+|separate\s+|adopting\s+)?"
    r"(?P<noun>organi[sz]ations|companies|adopters|end[- ]users)\b",
    re.IGNORECASE | re.MULTILINE,
)


class StatedCount(NamedTuple):
    """A count of adopting organizations an evaluation gives in words."""

    block: Block
    value: int
    written: str  # "2 organizations"


def adopter_organizations(document: Document) -> list[tuple[Block, str]]:
    """Each organization the Adopter blocks name, once, with the first block naming it."""
    found: dict[str, tuple[Block, str]] = {}
    for block in document.blocks:
        if block.kind is not BlockKind.HEADING or "dopter" not in block.text:
            continue
        match = _ADOPTER_HEADING.match(block.text)
        if match is None or has_placeholder(block.text):
            continue
        name = _NAME_END.split(match.group("name").strip(" *_"), maxsplit=1)[0].strip(" *_")
        if not name:
            continue
        key = (
            f"#{block.line}"
            if _ANONYMOUS.match(name)
            else " ".join(cached_pattern(r"\w+").findall(name.lower()))
        )
        found.setdefault(key, (block, name))
    return list(found.values())


def independent_adopters_criterion(template: Template) -> Criterion | None:
    """The criterion asking for a number of independent adopters ("at least 3 independent …")."""
    return next(
        (
            c
            for c in template.criteria
            if "ndependent" in c.text and "dopter" in c.text and _LEAST.search(c.text)
        ),
        None,
    )


def required_adopters(criterion: Criterion) -> int | None:
    """The number of adopters the criterion asks for ("at least 3")."""
    match = _LEAST.search(criterion.text)
    return read_number(match.group("n")) if match else None


def stated_count(blocks: list[Block]) -> StatedCount | None:
    """The first count of adopting organizations the blocks give in words."""
    for block in blocks:
        if block.kind is BlockKind.COMMENT:
            continue
        lower = block.text.lower()
        if (
            "organi" not in lower
            and "compan" not in lower
            and "adopters" not in lower
            and "users" not in lower
        ):
            continue
        match = _COUNT.search(block.text)
        if match is not None:
            number = read_number(match.group("n"))
            if number is not None:
                return StatedCount(block, number, f"{match.group('n')} {match.group('noun')}")
    return None


def adoption_heading(document: Document, mapping: Mapping) -> Block | None:
    """The heading of the Adoption portion, when the document has one."""
    for section_id, found in mapping.sections.items():
        if section_id.endswith(".adoption") and found.heading is not None:
            return found.heading
    return None
