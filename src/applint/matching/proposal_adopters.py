"""The adopters part of a free-form proposal: where it is, how many organizations it names, how
many it describes without a name, and whether the proposal links its ADOPTERS file anywhere.

A proposal off the template has no Adoption Assertion; its adopters are under a heading of its own
("Adopters", "Production users", the criterion "Used successfully in production by at least three
independent end users" written as a heading or a bold title) or in the sentence about them
(``matching.proposal_topics``' place for the adopters topic). The part runs from there to the next
heading at its level or above (from a bold title or a sentence, to the next heading or bold title);
it is told at its answer, the first block under its heading or title (the heading when it has none).
Names are read as ``matching.adoption`` reads the Adoption Assertion: a list item or short
paragraph names one organization a line, a table whose first column holds organizations one a
row, a sentence the organizations it lists, a heading of its own the adopter it titles, a
write-up opening on its adopter the one it describes; an adopter described without its name ("a large
European bank", "Company A") is counted apart. A part whose words never speak of its users
("Production readiness") is no adopters part, nor is one that links the page it says lists the
adopters ("Just under 100 users are documented on our [users & case studies page](…)").
"""

from __future__ import annotations

import re
from typing import Final

from applint.matching.adoption import (
    ADOPTERS_FILE,
    described_in,
    entry_name,
    is_anonymous,
    listed_names,
    sentence_names,
)
from applint.matching.proposal_topics import bold_title, topic_coverage
from applint.model import Block, BlockKind, Document, Record
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern

ADOPTERS_TOPIC: Final = "adopters"
# Words saying a part is about who uses the project, not about production readiness.
_USERS = LazyPattern(
    r"\b(?:adopt\w*|end[- ]users?|users?|customers?|organi[sz]ations?|companies|enterprises)\b", re.IGNORECASE
)
# Headers of a table's first column that hold organizations, one a row.
_ORGANISATION_COLUMNS: Final = frozenset(
    {"organization", "organisation", "organizations", "organisations", "company", "companies", "adopter"}
    | {"adopters", "user", "users", "customer", "customers", "end", "name", "who"}
)


# The most words an organization's name has, opening a list item.
_NAME_WORDS: Final = 6
# Words saying a linked page holds the list of adopters ("our users & case studies page", "the full
# list … can be found here", "publicly listed end-users on its website").
_LIST_PAGE = LazyPattern(
    r"\b(?:list\w*|adopters?|users?|end[- ]users?|customers?|friends|case\s+stud\w+|logos|showcase|"
    r"website|page)\b",
    re.IGNORECASE,
)
# The TOC's own pages (the FAQ defining an adopter), which list no adopter of the project.
_TOC_PAGE = LazyPattern(r"github\.com/cncf/toc\b", re.IGNORECASE)


class AdoptersPart(Record):
    """A free-form proposal's adopters part as written."""

    __slots__ = ("anonymous", "block", "named")

    def __init__(self, block: Block, named: int, anonymous: int) -> None:
        self.block: Final = block  # where its answer opens: the first block under its heading or title
        self.named: Final = named  # organizations it names
        self.anonymous: Final = anonymous  # adopters it describes without a name


def links_adopters_file(document: Document) -> bool:
    """Whether any link of the document is an ADOPTERS (or USERS) file or an adopters page."""
    return any(ADOPTERS_FILE.search(link) for block in document.blocks for link in block.links)


def proposal_adopters(document: Document, level: str) -> AdoptersPart | None:
    """The proposal's adopters part (None when it has none, or it says nothing of its users)."""
    coverage = topic_coverage(document, level)
    place = next((place for place in coverage.covered if place.topic.name == ADOPTERS_TOPIC), None)
    if place is None:
        return None
    start = document.block_at(place.line)
    if start is None:
        return None
    opening = document.blocks[start]
    if opening.kind is BlockKind.HEADING:
        end = document.section_end(start)
    else:
        end = next(
            (
                later
                for later in range(start + 1, len(document.blocks))
                if document.blocks[later].kind is BlockKind.HEADING or bold_title(document.blocks[later])
            ),
            len(document.blocks),
        )
        if not bold_title(opening):
            # A sentence about adopters: it and the list or table it introduces.
            end = next(
                (
                    later
                    for later in range(start + 1, end)
                    if document.blocks[later].kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE)
                ),
                end,
            )
    blocks = document.blocks[start:end]
    if not any(_USERS.search(block.text) for block in blocks):
        return None
    content = blocks[1:] if opening.kind is BlockKind.HEADING or bold_title(opening) else blocks
    if any(_links_a_list(block) for block in content):
        return None  # the part links the page listing its adopters
    named = anonymous = 0
    for block in content:
        found = _names(block)
        named += found[0]
        anonymous += found[1]
    answer = next((block for block in content if block.kind is not BlockKind.COMMENT), opening)
    return AdoptersPart(answer, named, anonymous)


def _links_a_list(block: Block) -> bool:
    """Whether a block of the part links a page it says lists the adopters (not the TOC's FAQ)."""
    return _LIST_PAGE.search(block.text) is not None and any(
        not link.startswith("#") and not _TOC_PAGE.search(link) for link in block.links
    )


def _names(block: Block) -> tuple[int, int]:
    """The organizations a block of the part names, and those it describes without a name."""
    if block.kind is BlockKind.TABLE:
        header = normalize(block.text.split("\n", 1)[0].split(" | ", 1)[0]).split()
        return listed_names(block) if _ORGANISATION_COLUMNS.intersection(header) else (0, 0)
    if block.kind is BlockKind.LIST_ITEM:
        if is_anonymous(block.text):
            return 0, 1
        name = entry_name(block.text)
        if name[:1].isupper() and len(name.split()) <= _NAME_WORDS:
            return 1, 0  # "China Telecom: manages nodes across branch sites"
        return sentence_names(block.text)
    if block.kind is BlockKind.PARAGRAPH:
        found = sentence_names(block.text)
        if found == (0, 0):  # a write-up of one adopter: "A large European bank runs …"
            return 0, min(described_in(block.text), 1)
        return found
    if block.kind is BlockKind.HEADING:  # an adopter's own heading: "### Adopter 2 – a US federal agency"
        title = _ADOPTER_NUMBER.sub("", block.text).strip()
        if is_anonymous(title):
            return 0, 1
        return (1, 0) if title[:1].isupper() else (0, 0)
    return 0, 0


# An adopter's number opening its heading ("Adopter 2 - ", "Case study 3: ").
_ADOPTER_NUMBER = LazyPattern(
    r"^(?:adopter|user|case\s+study|customer)\s+#?\d+\s*[-:\u2013\u2014]?\s*", re.IGNORECASE
)
