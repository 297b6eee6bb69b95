"""Where a document restates by design, so that duplicate-content's passes do not report it: a
summary restating what follows, the answers to two overlapping criteria of a companion template,
the blocks of a series of numbered sibling headings, the parallel entries of one list, the one-line
description of the project (or of one of its parts) given in its overview and opening another
section again.
"""

from __future__ import annotations

from functools import cached_property

from applint.matching.repeated_sentences import LABEL_WORDS, leading_label
from applint.model import Block, BlockKind
from applint.rules.context import CompanionContext, DocumentContext, LintContext
from applint.rules.duplicate_content.criteria import evidence_for
from applint.templates.boilerplate import template_prose as application_prose
from applint.templates.records import Criterion
from applint.text.normalize import normalize, normalized_words
from applint.text.precompiled import compile_pattern
from applint.text.splitting import split_sentences

CRITERION_MIN_WORDS = 5  # the shortest criterion recognised between two blocks of one answer
DESCRIPTION_MAX_WORDS = 40  # the longest one-line description restated by design
# The titles of the sections where a document describes its project ("Overview", "Background",
# "About Karmada", "What is Kelpie?"): a self-assessment's Overview and its parts, a proposal's
# opening section, a self-assessment's "Security functions and features" (each feature's line, which
# a threat's mitigation names again).
_OVERVIEW_TITLES = frozenset({"overview", "background", "introduction", "description", "project overview"})
_DESCRIPTION_LABELS = frozenset(
    {"description", "project description", "summary", "project summary", "overview"}
)
_OVERVIEW_OPENINGS = ("about ", "what is ", "project description", "security functions", "security features")
_LABEL_ENDS = (":", "-", "\u2013", "\u2014")


class Places:
    """Where a document restates by design: a summary restating what follows (a DD document's
    Evaluation Summary, a governance review's Summary and Assessment), the answers to two of a
    companion template's criteria (a governance review's criteria overlap), the blocks of a series
    of numbered sibling headings (``Adopter 1 - …``, ``Adopter 2 - …``: they share their form)."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.blocks = ctx.document.blocks
        self.ctx = ctx

    @cached_property
    def evidence_for(self) -> dict[int, Criterion]:
        """The criterion each block of an application or DD document is evidence for."""
        return evidence_for(self.ctx)

    def criteria(self, block: int, original: int) -> tuple[Criterion, Criterion] | None:
        """The two criteria two blocks are evidence for, when they are two different ones."""
        here, there = self.evidence_for.get(block), self.evidence_for.get(original)
        if here is None or there is None or here.id == there.id:
            return None
        return here, there

    @cached_property
    def summary(self) -> tuple[int, int] | None:
        return _summary_span(self.ctx)

    @cached_property
    def answers(self) -> dict[int, int]:
        """The criterion each block of a companion document answers, by block index."""
        if not isinstance(self.ctx, CompanionContext):
            return {}
        from applint.matching.companion_spans import criterion_answers  # a companion's check only

        return criterion_answers(self.ctx.reading)

    def restate(self, block: int, original: int) -> bool:
        """Whether text at ``block`` may rightly say again what ``original`` says."""
        summary = self.summary
        if summary is not None and (summary[0] <= block < summary[1]) != (
            summary[0] <= original < summary[1]
        ):
            return True
        criteria = self.answers.get(block), self.answers.get(original)
        if None in criteria:
            return False
        return criteria[0] != criteria[1] or self._criterion_between(original, block)

    def _criterion_between(self, original: int, block: int) -> bool:
        """Whether a paragraph between two blocks of one answer opens with a criterion of the
        template the reading did not take for one (written with its level requirements on the
        same line: "CNCF Code of Conduct is cross-linked … **Incubating:** Required"): the two
        blocks answer two criteria after all."""
        prose = template_prose(self.ctx)
        for index in range(min(original, block) + 1, max(original, block)):
            between = self.blocks[index]
            if between.kind is not BlockKind.PARAGRAPH:
                continue
            opening = split_sentences(between.text)[0]
            words = normalized_words(opening)
            if len(words) >= CRITERION_MIN_WORDS and " ".join(words) in prose:
                return True
        return False

    def describes_again(self, block: int, original: int, sentence: str, original_sentence: str) -> bool:
        """Whether ``block`` opens with the one-sentence description that opens ``original`` in the
        document's overview ("Keycloak is an OpenSource Identity and Access Management Solution …"
        under Background, again opening Intended Use; "Query Frontend: Provides API endpoints …"
        among the Actors, again among the Actions): a tagline restated where another section
        starts, which "keep it in one place" would leave a fragment. The caller has found no other
        sentence of either block repeated (a passage pasted twice is a copy)."""
        if not self.in_overview(original):
            return False
        if heading_before(self.blocks, block) == heading_before(self.blocks, original):
            return False
        if len(normalized_words(sentence)) > DESCRIPTION_MAX_WORDS:
            return False
        return _opens(self.blocks[block], sentence) and _opens(self.blocks[original], original_sentence)

    @cached_property
    def _overviews(self) -> tuple[tuple[int, int], ...]:
        """The block spans (heading, end) of the sections describing the project, read once."""
        blocks = self.blocks
        spans: list[tuple[int, int]] = []
        for index, block in enumerate(blocks):
            if block.kind is not BlockKind.HEADING:
                continue
            title = normalize(block.text)
            if title in _OVERVIEW_TITLES or title.startswith(_OVERVIEW_OPENINGS):
                end = index + 1
                while end < len(blocks) and not (
                    blocks[end].kind is BlockKind.HEADING and blocks[end].level <= block.level
                ):
                    end += 1
                spans.append((index, end))
        return tuple(spans)

    def in_overview(self, index: int) -> bool:
        """Whether a block stands in a section describing the project, or in one of its parts."""
        return any(start < index < end for start, end in self._overviews)

    def describes_project(self, index: int) -> bool:
        """Whether a block is the project's description: in a section describing the project, or an
        entry labelled so among the opening facts ("- **Description:** kagent is a Kubernetes native
        framework …")."""
        return self.in_overview(index) or entry_label(self.blocks[index]) in _DESCRIPTION_LABELS

    def in_series(self, block: int, original: int) -> bool:
        """Whether the two blocks stand under two numbered sibling headings of one series."""
        own, other = heading_before(self.blocks, block), heading_before(self.blocks, original)
        return own != other and own >= 0 and other >= 0 and in_series(self.blocks, other, own)


def _opens(block: Block, sentence: str) -> bool:
    """Whether a sentence opens a block's text, after at most the label of an entry ("Query
    Frontend: Provides API endpoints …", "**Transport Layer Security (TLS):** TLS is used …")."""
    at = block.text.find(sentence[:40])
    if at < 0:
        return False
    before = block.text[:at].strip()
    return (
        not before
        or (before.endswith(_LABEL_ENDS) and len(before.split()) <= LABEL_WORDS + 1)
        or before == block.strong.strip()
    )


def heading_before(blocks: tuple[Block, ...], index: int) -> int:
    """The index of the nearest heading at or before a block (-1 before the first)."""
    while index >= 0 and blocks[index].kind is not BlockKind.HEADING:
        index -= 1
    return index


_NUMBERED_TITLE = compile_pattern(r"^(?P<stem>\D*?)\s*\d")


def in_series(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two headings are numbered siblings of one series ("Adopter 1 - …", "Adopter 3 - …"):
    the same level, the same words before their numbers, and no higher heading between them."""
    a, b = blocks[first], blocks[second]
    stem_a, stem_b = _NUMBERED_TITLE.match(normalize(a.text)), _NUMBERED_TITLE.match(normalize(b.text))
    if a.level != b.level or stem_a is None or stem_b is None or not stem_a.group("stem"):
        return False
    if stem_a.group("stem") != stem_b.group("stem"):
        return False
    low, high = sorted((first, second))
    return not any(
        blocks[i].kind is BlockKind.HEADING and blocks[i].level < a.level for i in range(low + 1, high)
    )


def parallel(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether a near-copy is a parallel entry rather than a copy: an item of the same list as its
    original (a list's entries share their form), or an entry opening with a label of its own
    ("**Analysis** runs in …" and "**Restore** runs in …", "Jib - Similar to CNB …" and "Ko -
    Similar to CNB …", "`object.yaml`: Replication of 3 …" after "`filesystem.yaml`: …")."""
    if same_list(blocks, first, second):
        return True
    label, original_label = entry_label(blocks[second]), entry_label(blocks[first])
    return bool(label) and bool(original_label) and label != original_label


def same_list(blocks: tuple[Block, ...], first: int, second: int) -> bool:
    """Whether two blocks are items of one list (nothing but list items from one to the other)."""
    return first != second and all(blocks[i].kind is BlockKind.LIST_ITEM for i in range(first, second + 1))


def entry_label(block: Block) -> str:
    """The label an entry opens with: its bold text, or up to six words before a colon or a dash."""
    label = block.strong or leading_label(block.text)
    return " ".join(word.removesuffix("s") for word in normalized_words(label))  # "Committer", "Committers"


def _summary_span(ctx: DocumentContext) -> tuple[int, int] | None:
    """The block indexes of the document's summary (a due-diligence document's Evaluation Summary,
    a companion document's "Summary and Assessment"), if it has one: it restates what follows."""
    if isinstance(ctx, CompanionContext):
        from applint.matching.companion_spans import summary_span  # a companion's check only

        return summary_span(ctx.document, ctx.reading)
    if not isinstance(ctx, LintContext) or not ctx.selection.due_diligence:
        return None
    for section in ctx.template.walk():
        if "evaluation-summary" in section.id and "." not in section.id:
            found = ctx.mapping.sections.get(section.id)
            if found is not None:
                return found.start, found.end
    return None


def template_prose(ctx: DocumentContext) -> str:
    """The template's text of the document's kind, normalised and joined (computed once per kind)."""
    if isinstance(ctx, CompanionContext):
        from applint.templates.companions import companion_prose  # a companion's check only

        return companion_prose(ctx.template.kind)
    if isinstance(ctx, LintContext):
        return application_prose(ctx.template.kind)
    return ""
