"""Sentences a document says again on purpose in another place, which duplicate-content's sentence
pass leaves alone: a quotation quoted again ("Cure53 noted in their report: “It is worth pointing
out …”" and the report's summary), a claim restated in a part of the Appendix (the outline asks for
the badge again under "CII Best Practices"), a sentence the sections of sibling components each say
of their own component ("#### Topic Operator … It can be enabled via the Kafka CR.", "#### User
Operator … It can be enabled via the Kafka CR."), and a self-assessment's sentence restated as the
lead-in of a paragraph in another part that goes on with at least as much text of its own (a goal's
mitigation restated where its feature is described, then explained further).

A passage copied, a sentence copied from another paragraph of the same part, one repeated in the
middle of a paragraph or with little added, an answer to a GTR's question reused under another
question: still reported.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from applint.matching.repeated_sentences import LABEL_WORDS, RepeatedSentence
from applint.model import Block, BlockKind
from applint.rules.context import CompanionContext
from applint.rules.duplicate_content.places import Places, heading_before
from applint.text.normalize import content_words, normalize, normalized_words
from applint.text.similarity import containment

# A sentence before the restated one still belongs to the lead-in when this share of its meaningful
# words comes from the original's block ("RBAC … within Harbor's DB" again as "… Harbor's Database").
LEAD_IN_SHARE = 0.8
_OPENING_QUOTES = "\u201c\u2018"
_CLOSING_QUOTES = "\u201d\u2019"
_LABEL_ENDS = (":", "-", "\u2013", "\u2014")
_APPENDIX = "appendix"
_ANSWERED_ROLES = frozenset({"question", "criterion"})


class Restatements:
    """Where a repeated sentence is the document's own restatement, read once per document and only
    when a sentence is repeated."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.blocks = places.blocks

    def by_design(self, repeat: RepeatedSentence, alone: bool) -> bool:
        """Whether a repeated sentence is said again on purpose; ``alone`` when no other sentence of
        its block, or of the blocks beside it, repeats the original's block or those beside it."""
        return (
            _quoted(self.blocks[repeat.original_block].text, repeat.original)
            or _quoted(self.blocks[repeat.block].text, repeat.sentence)
            or self._in_appendix_part(repeat.block, repeat.original_block)
            or self._sibling_descriptions(repeat.block, repeat.original_block)
            or (alone and self._lead_in(repeat))
        )

    @cached_property
    def _appendix(self) -> tuple[int, int, int] | None:
        """The Appendix's heading, the end of its span, and its level, if the document has one."""
        blocks = self.blocks
        for index, block in enumerate(blocks):
            if block.kind is BlockKind.HEADING and normalize(block.text).startswith(_APPENDIX):
                end = index + 1
                while end < len(blocks) and not (
                    blocks[end].kind is BlockKind.HEADING and blocks[end].level <= block.level
                ):
                    end += 1
                return index, end, block.level
        return None

    def _in_appendix_part(self, block: int, original: int) -> bool:
        """Whether a sentence from outside the Appendix is said again under one of the Appendix's
        parts ("## Appendix … ### CII Best Practices: Harbor has achieved the silver badge …"): the
        outline asks for the project's record there again. Text standing directly under the
        Appendix's own heading is not in such a part."""
        appendix = self._appendix
        if appendix is None:
            return False
        start, end, _ = appendix
        if not start < block < end or start < original < end:
            return False
        return heading_before(self.blocks, block) > start

    def _sibling_descriptions(self, block: int, original: int) -> bool:
        """Whether the two blocks stand under two sibling headings that each open by naming their
        own subject ("#### Topic Operator / The Topic Operator is …", "#### User Operator / The
        User Operator is …"): entries of one series, where a sentence both say is said of two
        things."""
        blocks = self.blocks
        own, other = heading_before(blocks, block), heading_before(blocks, original)
        if own == other or own < 0 or other < 0 or blocks[own].level != blocks[other].level:
            return False
        level = blocks[own].level
        low, high = sorted((own, other))
        if any(blocks[i].kind is BlockKind.HEADING and blocks[i].level < level for i in range(low + 1, high)):
            return False
        return _names_its_subject(blocks, own) and _names_its_subject(blocks, other)

    @cached_property
    def _parts(self) -> tuple[int, ...]:
        """The block indexes of the document's top-level headings (its parts), in order: the
        shallowest level used, or the next one when a single title stands at the shallowest."""
        headings = [(index, b.level) for index, b in enumerate(self.blocks) if b.kind is BlockKind.HEADING]
        levels = sorted({level for _, level in headings})
        if not levels:
            return ()
        top = levels[0]
        if len(levels) > 1 and sum(1 for _, level in headings if level == top) == 1:
            top = levels[1]
        return tuple(index for index, level in headings if level <= top)

    def _part(self, index: int) -> int:
        """The position of the part a block stands in (-1 before the first part)."""
        return bisect.bisect_right(self._parts, index) - 1

    @cached_property
    def _answers(self) -> frozenset[int]:
        """The blocks answering one of a companion template's questions or criteria."""
        ctx = self.places.ctx
        if not isinstance(ctx, CompanionContext):
            return frozenset()
        return frozenset(
            block
            for found in ctx.reading.items
            if found.item.role in _ANSWERED_ROLES
            for block in found.answer
        )

    def _lead_in(self, repeat: RepeatedSentence) -> bool:
        """Whether a sentence of a self-assessment's part is restated to lead in a paragraph of
        another part that goes on with at least as much text of its own: the restatement gives the
        new paragraph its context ("IdP integration tells us reliably who the account is …" from a
        goal's mitigation, then how authorization works). Not in an application, nor in answers to
        a template's questions or criteria (the same lead-in under two questions is an answer
        reused)."""
        if not isinstance(self.places.ctx, CompanionContext):
            return False
        block, original = repeat.block, repeat.original_block
        if block in self._answers or original in self._answers:
            return False
        if self._part(block) == self._part(original):
            return False
        text = self.blocks[block].text
        at = text.find(repeat.sentence)
        if at < 0:
            return False
        source = content_words(self.blocks[original].text)
        before = _unlabelled(text[:at])
        if before and containment(content_words(before), source) < LEAD_IN_SHARE:
            return False
        after = text[at + len(repeat.sentence) :]
        own = len(normalized_words(after))
        return (
            own >= len(normalized_words(repeat.sentence))
            and containment(content_words(after), source) < LEAD_IN_SHARE
        )


def _quoted(text: str, sentence: str) -> bool:
    """Whether a sentence stands inside quotation marks in a block's text (a report quoted), at
    its middle: a quotation may open inside it ("… in their report: “It is worth pointing out …")."""
    at = text.find(sentence[:40])
    if at < 0:
        return False
    before = text[: at + len(sentence) // 2]
    opened = sum(before.count(mark) for mark in _OPENING_QUOTES) > sum(
        before.count(mark) for mark in _CLOSING_QUOTES
    )
    return opened or before.count('"') % 2 == 1


def _names_its_subject(blocks: tuple[Block, ...], heading: int) -> bool:
    """Whether the first paragraph under a heading opens with the heading's title ("#### Cruise
    Control / Cruise Control is an automated …", "#### Kafka Bridge / The Kafka Bridge provides …")."""
    title = normalize(blocks[heading].text)
    following = heading + 1
    if not title or following >= len(blocks) or blocks[following].kind is not BlockKind.PARAGRAPH:
        return False
    opening = normalize(blocks[following].text).removeprefix("the ")
    return opening.startswith(title + " ")


def _unlabelled(text: str) -> str:
    """Text before a sentence in its block, without the label of an entry ("**Mitigation:**")."""
    stripped = text.strip().strip("*_ ")
    if stripped.endswith(_LABEL_ENDS) and len(stripped.split()) <= LABEL_WORDS + 1:
        return ""
    return stripped
