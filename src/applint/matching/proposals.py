"""Graduation and Incubation applications written as free-form proposals, told by their content.

Before the v1.5 templates (2024) projects filed a "proposal" of their own shape (cncf/toc
proposals/incubation/*.md, projects/*/*-graduation-proposal.md), and some still do. Many carry no
``#`` title naming the application: a bold first line (``**Vitess Graduation Proposal**``), an
AsciiDoc-style ``== Harbor Graduation Proposal``, a plain opening sentence, or a title with the
project's name alone. What tells one apart from a README or a process document:

- its opening (the first few blocks) names the level and the request ("Graduation Proposal",
  "Propose Backstage to Incubation Stage", "Keptn Incubating Proposal"); or
- a heading names the level's criteria the document answers ("Incubation Stage Requirements",
  "CNCF Graduation Criteria", "Graduation criteria requirements"), and the document speaks of
  the move with a TOC sponsor or under headings of the template's topics (adopters, governance,
  roadmap, ...); or
- a "Preferred maturity level" heading answered with the level, beside a TOC sponsor heading.

Companion documents (GTRs, governance reviews, self-assessments) are told before this is asked,
and a TOC due-diligence document by its own title, so neither is read as a proposal here.
"""

from __future__ import annotations

from typing import Final

from applint.model import Block, BlockKind, Document, Unit
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern

LEVELS: Final = {
    "graduation": "graduation",
    "graduate": "graduation",
    "graduating": "graduation",
    "incubation": "incubation",
    "incubating": "incubation",
    "incubator": "incubation",
}
# The title's request: the level beside the word for asking ("proposal", "propose", "apply"), a
# "stage review", or the move itself ("Pixie for Incubation", "Moving Kelpie to Graduation").
_LEVEL_WORDS = r"(graduation|graduate|graduating|incubation|incubating|incubator)"
_ASKING = r"(?:proposal|propose|proposing|application|applying|apply|request)"
_TITLE = LazyPattern(
    rf"\b{_LEVEL_WORDS}\b.{{0,60}}?\b{_ASKING}\b|\b{_ASKING}s?\b.{{0,60}}?\b{_LEVEL_WORDS}\b"
    rf"|\b{_LEVEL_WORDS} stage review\b|\b(?:for|to) (?:the )?{_LEVEL_WORDS}\b"
)
# The request in an opening sentence: "This doc proposes promoting Fluid to a CNCF Incubating
# project", "we believe Vitess is ready for graduation".
_REQUEST = LazyPattern(
    rf"\b(?:propos\w*|ready)\b[^.]{{0,60}}?\b(?:to|for|into)(?: an?| the)?(?: cncf)? {_LEVEL_WORDS}\b"
)
# A heading over the level's criteria: "Incubation Stage Requirements", "CNCF Graduation Criteria".
_CRITERIA_HEADING = LazyPattern(
    r"\b(graduation|incubation|incubating)\b(?: stage| level)? (?:criteria|requirements)\b"
)
# How many blocks from the top the opening may take (a title, a badge line, a first paragraph).
OPENING_BLOCKS: Final = 4
# An opening paragraph longer than this is a sentence about the project, not a title: "accepted as
# an Incubating project; the proposal …" names the level the project has, not the one it asks for.
TITLE_CHARS: Final = 80
# Heading words of the template's topics that a proposal answers under its own headings.
_TOPIC_HEADING_WORDS: Final = (
    "adopter",
    "governance",
    "maintainer",
    "committer",
    "roadmap",
    "security",
    "release",
    "community",
    "contributor",
    "sponsor",
)


# Blocks that are not the opening's words: front matter, comments, rules, HTML (badges, logos), code.
_NOT_OPENING: Final = frozenset(
    {BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.BREAK, BlockKind.HTML, BlockKind.CODE}
)


class ProposalLevel:
    """The level a free-form proposal asks for and the line that says so."""

    __slots__ = ("level", "line")

    def __init__(self, level: str, line: int) -> None:
        self.level = level
        self.line = line


def proposal_level(document: Document) -> ProposalLevel | None:
    """The level of a Graduation or Incubation application told by its content (see the module's
    docstring), or None for any other document."""
    opening = _opening_level(document)
    if opening is not None:
        return opening
    if _titled_otherwise(document):
        return None
    sponsor = False
    topics: set[str] = set()
    criteria: ProposalLevel | None = None
    preferred: int | None = None
    for index, block in enumerate(document.blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        text = normalize(block.text)
        if "sponsor" in text:
            sponsor = True
        topics.update(word for word in _TOPIC_HEADING_WORDS if word in text)
        if criteria is None and block.level <= 3:
            found = _CRITERIA_HEADING.search(text)
            if found is not None:
                criteria = ProposalLevel(LEVELS[found.group(1)], block.line)
        if preferred is None and "maturity level" in text:
            preferred = index
    if criteria is not None and (sponsor or len(topics) >= 2):
        return criteria
    if preferred is not None and sponsor:
        return _answered_level(document, preferred)
    return None


def _opening_level(document: Document) -> ProposalLevel | None:
    """The level the document's first blocks ask for ("**Vitess Graduation Proposal**")."""
    seen = 0
    for block in document.blocks:
        if block.kind in _NOT_OPENING or not block.text.strip():
            continue
        seen += 1
        if seen > OPENING_BLOCKS:
            return None
        found = _asked_level(block.text, block.kind is BlockKind.HEADING)
        if found is None and block.end_line > block.line and document.unit is Unit.LINE:
            # An issue body's title line run into the paragraph under it by a single line break.
            found = _asked_level(document.source_lines[block.line - 1], False)
        if found is not None:
            return ProposalLevel(found, block.line)
    return None


def _asked_level(written: str, heading: bool) -> str | None:
    """The level a title or an opening sentence asks for. A short line without a full stop reads
    as a title ("**Vitess Graduation Proposal**", "== Harbor Graduation Proposal"); "Criteria for
    Incubation have been moved to the Incubation application template." is a sentence."""
    text = normalize(written)
    title = heading or (len(text) <= TITLE_CHARS and not written.rstrip().endswith("."))
    found = (_TITLE if title else _REQUEST).search(text)
    return None if found is None else LEVELS[next(group for group in found.groups() if group)]


def title_block(document: Document) -> Block | None:
    """The proposal's title: its first block of words (a heading, a bold line, an opening sentence)
    past front matter, comments, badges and rules; None for a document of none."""
    return next(
        (block for block in document.blocks if block.kind not in _NOT_OPENING and block.text.strip()),
        None,
    )


def _titled_otherwise(document: Document) -> bool:
    """Whether the first heading names another kind of report: a Sandbox project's annual review
    answers the Incubation criteria too ("# Tremor Sandbox Annual Review", "Incubation
    Requirements"), and a Sandbox proposal fills the same form as a proposal for a level."""
    first = next((block for block in document.blocks if block.kind is BlockKind.HEADING), None)
    if first is None:
        return False
    words = normalize(first.text).split()
    return "annual" in words or ("sandbox" in words and not any(word in LEVELS for word in words))


def _answered_level(document: Document, heading: int) -> ProposalLevel | None:
    """The level named in the block right under a "Preferred maturity level" heading."""
    for block in document.blocks[heading + 1 : heading + 3]:
        if block.kind is BlockKind.HEADING:
            return None
        for word in normalize(block.text).split():
            if word in LEVELS:
                return ProposalLevel(LEVELS[word], block.line)
    return None
