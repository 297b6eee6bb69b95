"""The Adoption Assertion as written: how many organizations it lists, whether it points to the full
list elsewhere (an ADOPTERS file, the Adopter blocks below), and the counts of adopters the
application claims anywhere ("more than 10 adopters", "adopted by 12 organizations").

The adopters rule reads the list to ask for three adopters; contradictory-assertion reads the
claims against it. A claim is a number right before "adopters" (or "organizations", "companies",
"end users" in a sentence about adoption), with its bound: "more than 10", "over 10", "10+" and "at
least 10" say at least that many; a bare "12" says exactly. A claim that names a part ("5 production
adopters", "3 of our adopters", "such as", "including") or links where its adopters are listed
counts something other than the list, and a goal ("we aim for 20 adopters") claims nothing: neither
is read.

An adopter described without its name ("a Fortune 500 retailer", "a large European bank", "Company
A", "Reference customer 2 (US federal agency)", "a leading telecom operator (name withheld)") is no
named adopter: the TOC interviews adopters and cannot verify one it cannot name. The count of names
leaves such a description out and counts it apart (``anonymous``), so that a list of descriptions
alone is told as such.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re
from typing import Final

from applint.matching.mapping import Mapping
from applint.matching.structure import Section
from applint.model import Block, BlockKind, Document, Record
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Template
from applint.text.joined import JoinedTexts
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

# An ADOPTERS (or USERS) file, or a project's adopters page, by its address.
ADOPTERS_FILE = LazyPattern(
    r"adopters(?:\.md)?(?:$|[#?])|/adopters/?$|(?:^|/)users(?:\.md)?/?(?:$|[#?])", re.IGNORECASE
)
_LIST_SEPARATOR = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+")
_PARENTHESES = LazyPattern(r"\([^()]*\)")
ANONYMOUS = LazyPattern(
    r"needs to remain anonymous, stating the industry vertical is sufficient", re.IGNORECASE
)
# Words saying an adopter's name is kept back.
_WITHHELD = LazyPattern(
    r"\b(?:anonymi[sz]ed|anonymous(?:ly)?|name\s+withheld|withheld|undisclosed|unnamed|"
    r"cannot\s+be\s+named|(?:under|covered\s+by)\s+(?:an?\s+)?nda)\b",
    re.IGNORECASE,
)
# The nouns an anonymous description ends on ("a large European bank", "an APAC e-commerce company").
_ORGANISATION_NOUNS = (
    r"(?:bank|retailer|operator|telco|carrier|company|corporation|provider|agency|institution|enterprise|firm|"
    r"insurer|manufacturer|organi[sz]ation|customer|client|start-?up|vendor|university|hospital|"
    r"government|fintech|unicorn|conglomerate|automaker|airline|broadcaster|publisher|exchange|"
    r"distributor|reseller|integrator|ministry|department|utility)s?"
)
_DESCRIBED = LazyPattern(
    r"(?:an?|one|another)\s+(?:[\w&/.-]+\s+){0,5}?" + _ORGANISATION_NOUNS + r"\b", re.IGNORECASE
)
_ENDS_DESCRIBED = LazyPattern(
    r"\b(?:at|by|in|with|from|for|including|include)\s+(?:an?|one|another)\s+(?:[\w&/.-]+\s+){0,5}?"
    + _ORGANISATION_NOUNS
    + r"$",
    re.IGNORECASE,
)
# A stand-in for a name: "Company A", "Customer 3", "Reference customer 2", "Organisation #1".
_STAND_IN = LazyPattern(
    r"(?i:(?:reference\s+|anonymous\s+)?(?:company|customer|client|organi[sz]ation|end[- ]user|"
    r"user|bank|partner|vendor|enterprise))\s+(?:[A-Z]|#?\d{1,2})(?![\w.])"
)
# Where the name of a list item or table cell ends: what follows says what the adopter does.
_NAME_END = LazyPattern(r"\s+[-\u2013\u2014]\s+|:\s|\s*\(|,\s|\.\s|\s+(?:uses|runs|is|has|adopted)\b")
_LISTED_KINDS = (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.TABLE)
# The nouns a claim counts, without their first letter (found capitalised or not).
_CLAIMED = ("dopters", "rganizations", "rganisations", "ompanies")
_CLAIM = LazyPattern(
    r"(?P<bound>\b(?:more\s+than|over|at\s+least)\s+)?(?<![\w.,$#-])(?P<n>" + NUMBER_PATTERN + r")"
    r"(?P<plus>\+)?\s+(?P<noun>adopters|adopting\s+organi[sz]ations|organi[sz]ations|companies|end[- ]users)\b",
    re.IGNORECASE,
)
_ABOUT_ADOPTION = LazyPattern(
    r"\badopt|\bproduction\b|\bin\s+use\b|\bus(?:e|es|ing)\s+\w+\s+in\b", re.IGNORECASE
)
# A claim about a part of the adopters, one that says where they are listed in full, or a goal.
_A_PART = LazyPattern(
    r"\b(?:such\s+as|including|includes|include|among|e\.g\.|for\s+example|some\s+of|selected|notable|of\s+(?:our|the|them|which)|"
    r"interview\w*|public\w*|listed\s+in|see\b|from\s+\d|aim\w*|plan\w*|goal|target\w*|will|expect\w*|hope\w*)",
    re.IGNORECASE,
)


class Claim(Record):
    """A count of adopters the application claims: at least ``least`` (exactly, unless ``bound``)."""

    __slots__ = ("block", "bound", "least", "written")

    def __init__(self, block: Block, least: int, bound: bool, written: str) -> None:
        self.block: Final = block
        self.least: Final = least
        self.bound: Final = bound
        self.written: Final = written


class Adoption(Record):
    """The Adoption Assertion section as written."""

    __slots__ = ("adopters_file", "anchored", "anonymous", "heading", "listed", "section_id")

    def __init__(
        self,
        section_id: str,
        heading: Block | None,
        listed: int,
        adopters_file: bool,
        anchored: bool,
        anonymous: int = 0,
    ) -> None:
        self.section_id: Final = section_id
        self.heading: Final = heading
        self.listed: Final = listed  # organizations the section lists
        self.adopters_file: Final = adopters_file  # it links an ADOPTERS file: the full list is there
        self.anchored: Final = anchored  # it links a '#…' anchor (the Adopter blocks further down)
        self.anonymous: Final = anonymous  # adopters it describes without a name ("a large European bank")

    @property
    def described(self) -> int:
        """Every adopter the section lists, named or described without a name."""
        return self.listed + self.anonymous


def read_adoption(document: Document, template: Template, mapping: Mapping) -> Adoption | None:
    """The Adoption Assertion of an application whose template has one, when the document has it."""
    found_id = assertion_section_id(template)
    found: Section | None = mapping.sections.get(found_id) if found_id else None
    if found_id is None or found is None:
        return None
    blocks = document.blocks[found.start + 1 : found.end]
    kind = template.kind
    names = [
        block
        for block in blocks
        if block.kind in _LISTED_KINDS
        and block.text
        and not is_template_text(block.text, kind)
        and not ANONYMOUS.search(block.text)
        and (block.kind is not BlockKind.PARAGRAPH or len(block.text.split()) <= 8)
    ]
    listed = anonymous = 0
    for block in names:
        named, unnamed = listed_names(block)
        listed += named
        anonymous += unnamed
    for block in blocks:
        if (
            block.kind is BlockKind.PARAGRAPH
            and len(block.text.split()) > 8
            and not is_template_text(block.text, kind)
        ):
            named, unnamed = sentence_names(block.text)
            listed += named
            anonymous += unnamed
    links = [link for block in blocks for link in block.links]
    return Adoption(
        found_id,
        found.heading,
        listed,
        any(ADOPTERS_FILE.search(link) for link in links),
        any(link.startswith("#") for link in links),
        anonymous,
    )


def assertion_section_id(template: Template) -> str | None:
    """The id of the template's Adoption Assertion section (None: this template asks for none)."""
    return next((s.id for s in template.walk() if s.id.endswith("adoption-assertion")), None)


def names_in_sentence(text: str) -> int:
    """How many organizations a sentence names ("Northwind Freight, Halvorsen Bank and Qubit Retail
    run it in production"): ``sentence_names``' named ones."""
    return sentence_names(text)[0]


def sentence_names(text: str) -> tuple[int, int]:
    """How many organizations a sentence lists by name, and how many it describes without one: the
    comma- or "and"-separated parts that open with a capitalised name, or that describe an adopter
    ("a Fortune 500 retailer", "Company A"); none unless there are at least two (a sentence that
    merely starts with a capital lists nothing)."""
    withheld = [bool(_WITHHELD.search(inside)) for inside in _PARENTHESES.findall(text)]
    parts = [part.strip() for part in _LIST_SEPARATOR.split(_PARENTHESES.sub(" ", text.split(";", 1)[0]))]
    anonymous = sum(1 for part in parts if _describes(part))
    named = sum(1 for part in parts if part[:1].isupper() and not _describes(part))
    if named + anonymous < 2:
        return 0, 0
    # "Acme (name withheld)": the parenthesis says the name before it is none.
    moved = min(sum(withheld), named)
    return named - moved, anonymous + moved


def listed_names(block: Block) -> tuple[int, int]:
    """How many organizations a list item, short paragraph or table names, one a line (a table's
    row, its first cell, under a header), and how many of its lines describe an adopter without a
    name."""
    lines = block.text.split("\n")
    if block.kind is BlockKind.TABLE:
        lines = [
            row.split(" | ", 1)[0] + (" (anonymous)" if _WITHHELD.search(row) else "") for row in lines[1:]
        ]
    anonymous = sum(1 for line in lines if is_anonymous(line))
    return len(lines) - anonymous, anonymous


def described_in(text: str) -> int:
    """How many adopters a write-up describes without their names, one at most a part: a part
    opening on one ("A large European bank runs it in four regions") or ending on one ("It runs at
    a leading telecom operator")."""
    parts = _LIST_SEPARATOR.split(_PARENTHESES.sub(" ", text))
    return sum(1 for part in parts if _describes(part) or _DESCRIBED.match(part.strip(" *_`")) is not None)


def _describes(part: str) -> bool:
    """Whether a part of a sentence is, or ends on, an adopter described without its name ("It runs
    in production at a Fortune 500 retailer")."""
    text = part.rstrip(" .!;:")
    return is_anonymous(text) or _ENDS_DESCRIBED.search(text) is not None


def entry_name(item: str) -> str:
    """The name opening an adopter's entry, before what it says of the adopter ("Acme Corp" of "Acme
    Corp – payments platform")."""
    text = item.strip(" *_`|>-\t").rstrip(" .!;:")
    return _NAME_END.split(text, 1)[0].strip(" *_`")


def is_anonymous(item: str) -> bool:
    """Whether an adopter's entry describes it without its name: "a Fortune 500 retailer", "A large
    European bank – payments platform", "Company A", "Reference customer 2 (US federal agency)", "a
    leading telecom operator (name withheld)", "Anonymous / Financial services"."""
    text = item.strip(" *_`|>-\t").rstrip(" .!;:")
    if _WITHHELD.search(text):
        return True
    name = entry_name(text)
    return _STAND_IN.fullmatch(name) is not None or _DESCRIBED.fullmatch(name) is not None


def adopter_claims(document: Document, joined: JoinedTexts, kind: str) -> list[Claim]:
    """Every count of adopters the application claims as a whole, in document order (``joined``:
    the blocks' texts joined, searched once for the blocks speaking of adoption)."""
    claims: list[Claim] = []
    blocks = document.blocks
    for index in sorted(joined.counting(*_CLAIMED)):
        block = blocks[index]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.links:
            continue
        if "dopt" not in block.text and "roduction" not in block.text:
            continue  # a count of organizations, not of adopters
        for sentence in cached_pattern(r"(?<=[.!?;])\s+|\n").split(block.text):
            if (
                _CLAIM.search(sentence) is None
                or _A_PART.search(sentence)
                or is_template_text(sentence, kind)
            ):
                continue
            for match in _CLAIM.finditer(sentence):
                noun = match.group("noun").lower()
                if not noun.startswith("adopt") and not _ABOUT_ADOPTION.search(sentence):
                    continue
                number = read_number(match.group("n"))
                if number is not None:
                    bound = bool(match.group("bound") or match.group("plus"))
                    claims.append(
                        Claim(block, number + (1 if _is_strict(match) else 0), bound, match.group(0))
                    )
    return claims


def _is_strict(match: re.Match[str]) -> bool:
    """ "more than 10", "over 10": at least 11."""
    bound = (match.group("bound") or "").lower().split()
    return bool(bound) and bound[0] in ("more", "over")
