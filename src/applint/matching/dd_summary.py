"""What a due-diligence (DD) document's Evaluation Summary says of single criteria: the actions it
lists as "considered blocking but since resolved", each with the criterion it is about or the later
item of the summary that still asks for it, and the sentences that say the criteria's checkboxes
are ticked.

The template's summary reads "The following actions were provided to the project that were
considered blocking but since resolved... $BLOCKERS."; TOC members write it as a sentence ending
"… blocking but have since been resolved:" followed by a list, one action an item ("Completion of
the self-assessment", "Document the project's release process"). An item is about the criterion
it shares the most distinctive words with ("self assessment" for "Document Security
Self-Assessment."; "release" for "Document the project's release process."): words every
criterion uses ("document", "project", "process", "update") tell nothing apart; an item must
name at least half of a criterion's distinctive words, and one sharing as many with two criteria
is about neither.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from applint.matching.mapping import Mapping
from applint.matching.structure import Section
from applint.model import Block, BlockKind, Document
from applint.templates.records import Criterion
from applint.text.denials import stems, stems_in_order
from applint.text.normalize import STOP_WORDS, content_words, normalized_words
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_after_marks
from applint.text.verdicts import GENERIC_CRITERION_WORDS

# "considered blocking but since resolved", "blocking … have since been resolved", "blockers (all
# resolved)"; not "blocking items … must be resolved before a vote" (still open). The template's
# own sentence holds "$BLOCKERS" and is no list.
_RESOLVED_INTRO = LazyPattern(
    r"\bblock\w*\b[^.:]{0,60}?\b(?<!not\s)(?:since|been|were|was|now|all)\s+(?:been\s+)?resolved\b",
    re.IGNORECASE,
)
# The share of a criterion's distinctive words an action must name to be about it (and of an
# action's that a later item must name to ask for it again, with at least three of them).
_SHARE = 0.5
_SHARED_WORDS = 3
# "All seven Engineering Principles checkboxes are `[x]`", "every box is ticked", "the checkboxes
# are all checked".
_TICK_CLAIM = LazyPattern(
    r"\b(?:check\s*-?boxe?s?|boxe?s?)\b[^.;]{0,30}?\b(?:are|is|were|was|been)\b[^.;]{0,12}?"
    r"(?:\[x\]|\bticked\b|\bchecked\b|\bmarked\b)",
    re.IGNORECASE,
)


class Blocker(NamedTuple):
    """An action the summary lists as blocking but resolved, and the criterion it is about."""

    block: Block
    criterion: Criterion


def resolved_actions(document: Document, mapping: Mapping) -> tuple[list[Block], list[Block]]:
    """The items of the Evaluation Summary's list of blocking actions since resolved, and the list
    items after that list in the summary (its recommendations, its per-area notes)."""
    summary = _summary(mapping)
    if summary is None:
        return [], []
    resolved: list[Block] = []
    later: list[Block] = []
    listing = False
    for block in document.blocks[summary.start + 1 : summary.end]:
        if block.kind is BlockKind.PARAGRAPH or block.kind is BlockKind.HEADING:
            listing = (
                "esolved" in block.text and "$" not in block.text and bool(_RESOLVED_INTRO.search(block.text))
            )
            continue
        if block.kind is not BlockKind.LIST_ITEM or block.level > 0 or block.is_checkbox:
            continue
        if listing:
            resolved.append(block)
        elif resolved:
            later.append(block)
    return resolved, later


def resolved_blockers(document: Document, mapping: Mapping, candidates: list[Criterion]) -> list[Blocker]:
    """The items of the summary's list of blocking actions since resolved that are about one of
    ``candidates`` (the criteria worth holding them against), in document order."""
    if not candidates:
        return []
    resolved, _ = resolved_actions(document, mapping)
    words = {
        criterion.id: content_words(criterion.text) - GENERIC_CRITERION_WORDS for criterion in candidates
    }
    found: list[Blocker] = []
    for block in resolved:
        criterion = _about(content_words(block.text) - GENERIC_CRITERION_WORDS, candidates, words)
        if criterion is not None:
            found.append(Blocker(block, criterion))
    return found


def summary_names(document: Document, mapping: Mapping, criterion: Criterion) -> Block | None:
    """The first block of the Evaluation Summary that names ``criterion`` as something still to
    do, a condition or an accepted exception ("the following actions will be required upon
    onboarding: - [ ] Adoption of the CNCF Code of Conduct" names both Code of Conduct criteria): a
    list item, or a sentence of a paragraph, sharing at least two of the criterion's distinctive
    words (by their stems: "maintainers" names "maintainer"), and at least half of its own, or two
    side by side as the criterion has them ("security response"); "Plan the joint security
    assessment" does not name "Document Security Self-Assessment". The
    sentences claiming the criteria met, the actions since resolved, blockers still open and the
    Adoption Evaluation name none."""
    summary = _summary(mapping)
    if summary is None:
        return None
    words = stems(content_words(criterion.text) - GENERIC_CRITERION_WORDS)
    pairs = _stem_pairs(criterion.text)
    resolved, _ = resolved_actions(document, mapping)
    closed = {id(block) for block in resolved}
    adoption = False  # in the Adoption Evaluation, which speaks of the adopters, not of criteria
    blocking = False  # under a lead-in listing blockers still open ("must be resolved before a vote:")
    for block in document.blocks[summary.start + 1 : summary.end]:
        if block.kind is BlockKind.HEADING:
            adoption = "adopt" in block.text.lower()
        if block.kind is BlockKind.PARAGRAPH or block.kind is BlockKind.HEADING:
            blocking = bool(_STILL_BLOCKING.search(block.text))
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or id(block) in closed or adoption:
            continue
        if block.kind is BlockKind.LIST_ITEM and blocking:
            continue  # a blocker still open is no condition the TOC accepts
        for sentence in split_after_marks(block.text):
            if _STILL_BLOCKING.search(sentence):
                continue
            own = stems(content_words(_LINK_TARGET.sub(" ", sentence)) - GENERIC_CRITERION_WORDS)
            shared = own & words
            if len(shared) >= _NAMING_WORDS and (
                len(shared) >= _SHARE * len(own)
                or pairs & _stem_pairs(sentence)  # "security response team" names "security response roles"
            ):
                return block
    return None


def _stem_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Each two distinctive words standing side by side (stop words between them ignored), by their
    stems: the noun phrases a text names ("security response", "code conduct")."""
    kept = [
        word
        for word in normalized_words(_LINK_TARGET.sub(" ", text))
        if word not in STOP_WORDS and word not in GENERIC_CRITERION_WORDS
    ]
    return frozenset(zip(stems_in_order(kept), stems_in_order(kept[1:]), strict=False))


_LINK_TARGET = LazyPattern(r"\]\([^)]*\)|<?https?://\S+")
# The distinctive words a summary sentence must share with a criterion to name it.
_NAMING_WORDS = 2
# A blocker still open ("blocking items … must be resolved before a vote", "blocks the move"), not a
# condition or an exception the TOC accepts; one "since resolved" is neither, nor "non-blocking".
_STILL_BLOCKING = LazyPattern(
    r"(?<!non-)(?<!non\s)\bblock(?:s|ing|ers?)\b(?![^.:]*\b(?:since|been|now|all)\s+(?:been\s+)?resolved\b)"
    r"|\bmust\s+be\s+(?:resolved|addressed|completed|fixed)\s+before\b",
    re.IGNORECASE,
)


def _summary(mapping: Mapping) -> Section | None:
    return next(
        (
            found
            for section_id, found in mapping.sections.items()
            if "evaluation-summary" in section_id.split(".")[0]
        ),
        None,
    )


def still_asked(document: Document, mapping: Mapping) -> list[tuple[Block, Block]]:
    """Each resolved blocking action that a later item of the summary still asks for ("Update the
    link in the Governance.md to directly reference the CNCF Code of Conduct" resolved, then "fix
    governance.md link to CODE-OF-CONDUCT.md vs actual filename" recommended): the later item shares
    at least three of the action's distinctive words, and most of them."""
    resolved, later = resolved_actions(document, mapping)
    pairs: list[tuple[Block, Block]] = []
    for action in resolved:
        words = _words(action.text)
        if len(words) < _SHARED_WORDS:
            continue
        again = next(
            (
                item
                for item in later
                if len(shared := words & _words(item.text)) >= _SHARED_WORDS
                and len(shared) > _SHARE * len(words)
            ),
            None,
        )
        if again is not None:
            pairs.append((action, again))
    return pairs


def _words(text: str) -> frozenset[str]:
    """The distinctive words of an action, "code-of-conduct.md" read as its words."""
    return content_words(text.replace("-", " ").replace(".md", " ")) - GENERIC_CRITERION_WORDS


def _about(
    item: frozenset[str], candidates: list[Criterion], words: dict[str, frozenset[str]]
) -> Criterion | None:
    """The one candidate sharing the most distinctive words with an item, and at least half of its
    own ("Vendor Neutrality: … demonstrate …" is not about "Demonstrate contributor activity and
    recruitment."); None on a tie or none."""
    scored = sorted(
        (
            (len(shared), index)
            for index, criterion in enumerate(candidates)
            if (shared := item & words[criterion.id]) and len(shared) >= _SHARE * len(words[criterion.id])
        ),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return candidates[scored[0][1]]


def tick_claims(document: Document) -> list[tuple[Block, str, str]]:
    """The sentences saying the criteria's checkboxes are ticked: each block, the sentence, and the
    start of the claim as the source writes it (up to any "[x]", which the source may set as code)."""
    claims: list[tuple[Block, str, str]] = []
    for block in document.blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and "box" in block.text:
            found = _TICK_CLAIM.search(block.text)
            if found:
                start = block.text.rfind(". ", 0, found.start()) + 1
                end = block.text.find(". ", found.end())
                sentence = block.text[start : end if end >= 0 else len(block.text)].strip()
                claims.append((block, sentence, found.group(0).split("[")[0].rstrip()))
    return claims
