"""Reworded criteria: checkbox items an author wrote in their own words, paired with the criteria
of their section that no statement matched.

Authors restate criteria as facts ("How to file issues and propose changes is described in
CONTRIBUTING.md." for "Clearly defined and discoverable process to submit issues or changes."),
abbreviate (GTR, CoC, OpenSSF) or prefix them ("**BLOCKED —** …"). Exact matching leaves such
an item unmatched and its criterion "missing". Within one template section, the items left over
and the criteria left over are paired by meaning and by order: an order-keeping alignment that
maximises word overlap (stems, abbreviations expanded), where each pair also earns a bonus for
keeping the template's order. When as many items as criteria are left, order alone may pair them;
otherwise a pair needs some shared meaning. In a section that still states some of its criteria, a
plain sentence (no checkbox, no bold, no link, one sentence) restating one of the others is paired
with it when they share at least half their meaning. The alternatives of a choice group (the level
assertion) are told apart by the maturity levels a box names (``matching.level_assertion``), not by
word overlap. Stems make plurals, word forms and a few
synonyms one ("defined" and "documented", "kept current" and "up-to-date"). Only what is left after
pairing is missing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from applint.matching.checklist import stands_as_box
from applint.matching.structure import Section
from applint.model import Block, BlockKind, Document
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion, Template
from applint.text.normalize import content_words
from applint.text.patterns import LazyPattern
from applint.text.precompiled import compile_pattern

# Words authors abbreviate, by their normalised spelling.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "gtr": ("general", "technical", "review"),
    "coc": ("code", "conduct"),
    "openssf": ("open", "source", "security", "foundation", "best", "practices"),
    "ossf": ("open", "source", "security", "foundation"),
    "cii": ("best", "practices", "badge"),
    "2fa": ("two", "factor", "authentication"),
    "mfa": ("factor", "authentication"),
    "acl": ("access", "control"),
    "acls": ("access", "control"),
    "docs": ("documentation",),
    "repo": ("repository",),
    "repos": ("repository",),
    "maintainers.md": ("maintainers", "list"),
    "governance.md": ("governance",),
    "contributing.md": ("contribute", "process", "submit"),
    "security.md": ("security", "report", "process"),
    "roadmap.md": ("roadmap",),
    "adopters.md": ("adopters",),
    "code_of_conduct.md": ("code", "conduct"),
}
# A pair of an item and a criterion sharing less than this (Dice of stems) needs equal counts;
# even then it must share something.
MIN_MEANING = 0.12
MIN_MEANING_IN_ORDER = 0.05
# A plain sentence (no checkbox, no bold) restates a criterion only when it shares this much of
# its meaning, has at most this many words, and is one sentence.
PLAIN_MEANING = 0.5
PLAIN_MAX_WORDS = 25
_PLAIN_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_SENTENCE_END = compile_pattern(r"[.!?;](?:\s|$)")
# The score of a box paired with the alternative of a choice group it states (by the levels it names).
CHOICE_SCORE = 0.5
# What keeping the template's order is worth, per pair, in the alignment.
ORDER_BONUS = 0.15
# A status an author puts before a statement: "(Done)", "BLOCKED —", "WIP:".
STATUS_PREFIX = LazyPattern(
    r"^\W*(?:done|blocked|wip|pending|in progress|n/?a|todo|tbd|yes|no|met|not met|partially met)\b\W*",
    re.IGNORECASE,
)
_STATUS_MAX = 20  # a status prefix is short; a longer bold part is the statement itself
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ables",
    "able",
    "ings",
    "ing",
    "ated",
    "ates",
    "ate",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "s",
    "ly",
)
# The suffixes by their last letter, each group in _SUFFIXES' order: a word is tried only against
# the suffixes it can end with (the first that fits is the same one).
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(suffix for suffix in _SUFFIXES if suffix[-1] == last) for last in {s[-1] for s in _SUFFIXES}
}
# Stems authors use for one another when restating a criterion ("is clearly defined" for "is
# documented"), by the stem they stand for.
SYNONYMS: dict[str, str] = {
    "defin": "document",
    "describ": "document",
    "written": "document",
    "explain": "document",
    "publish": "document",
    "current": "date",  # "kept current" for "up-to-date"
    "find": "discover",
    "findabl": "discover",
}


@functools.lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    for suffix in _SUFFIXES_BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break  # "process", "status", "analysis" are not plurals
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]  # "requirements" -> "require" -> "requir", as "required"
    return SYNONYMS.get(word, word)


@functools.lru_cache(maxsize=2048)
def meaning(text: str) -> frozenset[str]:
    """The stems of a text's meaningful words, abbreviations spelled out, synonyms made one."""
    words: set[str] = set()
    for word in content_words(text):
        words.update(ABBREVIATIONS.get(word, (word,)))
    return frozenset(map(_stem, words))


def statement_text(block: Block) -> str:
    """What a block states, without a status prefix ("**BLOCKED —** Document …" → "Document …")."""
    if (
        block.strong
        and len(block.strong) <= _STATUS_MAX
        and STATUS_PREFIX.sub("", block.strong).strip(" —–-:*") == ""
    ):
        return STATUS_PREFIX.sub("", block.text, count=1)
    return block.strong or block.text


def similarity(item: Block, criterion: Criterion) -> float:
    left, right = meaning(item.text), meaning(criterion.text)
    if not left or not right:
        return 0.0
    return 2.0 * len(left & right) / (len(left) + len(right))


def pair_reworded(
    template: Template,
    document: Document,
    sections: dict[str, Section],
    matched: dict[str, int],
) -> dict[str, tuple[int, float]]:
    """Criterion id -> (block index, similarity) for each reworded item paired with a criterion."""
    taken = set(matched.values())
    pairs: dict[str, tuple[int, float]] = {}
    for template_section in template.walk():
        found = sections.get(template_section.id)
        if found is None or not template_section.criteria:
            continue
        alternatives = [c for c in template_section.criteria if c.id not in matched and c.choice]
        if alternatives:
            for criterion, index in _pair_alternatives(
                document, found, taken, sections, template, alternatives
            ):
                pairs[criterion.id] = (index, CHOICE_SCORE)
                taken.add(index)
        criteria = [c for c in template_section.criteria if c.id not in matched and not c.choice]
        if not criteria:
            continue
        if any(c.id in matched for c in template_section.criteria):
            # The section kept its checklist: a plain sentence restating one of the others is that
            # criterion (in an export that lost them all, such sentences are the evidence). Paired
            # first, as only a close restatement pairs, so a box of the author's own is not taken
            # for a criterion a sentence restates.
            plain = _plain_statements(document, found, taken, sections, template.kind)
            for criterion, index, score in _pair_plain(plain, criteria, document):
                pairs[criterion.id] = (index, score)
                taken.add(index)
            criteria = [c for c in criteria if c.id not in pairs]
        items = _leftover_items(document, found, taken, sections, template.kind)
        for criterion, index, score in _align(items, criteria, document):
            pairs[criterion.id] = (index, score)
            taken.add(index)
    return pairs


def _pair_alternatives(
    document: Document,
    section: Section,
    taken: set[int],
    sections: dict[str, Section],
    template: Template,
    alternatives: Sequence[Criterion],
) -> list[tuple[Criterion, int]]:
    """Each unmatched alternative of a choice group with the first box of its section left over
    that states it (by the levels it names), each box used once."""
    from applint.matching.level_assertion import alternative_stated  # a choice group left unmatched only

    result: list[tuple[Criterion, int]] = []
    for index in _leftover_items(document, section, taken, sections, template.kind):
        block = document.blocks[index]
        stated = alternative_stated(statement_text(block), alternatives) if block.is_checkbox else None
        if stated is not None and all(stated is not paired for paired, _ in result):
            result.append((stated, index))
    return result


def _plain_statements(
    document: Document, section: Section, taken: set[int], sections: dict[str, Section], kind: str
) -> list[int]:
    """Plain paragraphs and list items of a section's own body that read as a statement: one
    short sentence without a link (evidence points somewhere; a restated criterion does not)."""
    inner = [
        s for s in sections.values() if s is not section and section.contains(s) and s.start > section.start
    ]
    end = min([section.end, *(s.start for s in inner)])
    found = []
    for index in range(section.start + 1, end):
        block = document.blocks[index]
        if index in taken or block.is_checkbox or block.links or block.kind not in _PLAIN_KINDS:
            continue
        text = statement_text(block).strip()
        if not text or len(text.split()) > PLAIN_MAX_WORDS or len(_SENTENCE_END.findall(text + " ")) > 1:
            continue
        if not is_template_text(text, kind):
            found.append(index)
    return found


def _pair_plain(
    items: Sequence[int], criteria: Sequence[Criterion], document: Document
) -> list[tuple[Criterion, int, float]]:
    """Each plain statement with the criterion it restates (most similar first, each used once)."""
    scored = sorted(
        (
            (similarity(document.blocks[index], criterion), position, index, criterion)
            for index in items
            for position, criterion in enumerate(criteria)
        ),
        key=lambda entry: (-entry[0], entry[1], entry[2]),
    )
    result: list[tuple[Criterion, int, float]] = []
    used_items: set[int] = set()
    used_criteria: set[str] = set()
    for score, _, index, criterion in scored:
        if score < PLAIN_MEANING:
            break
        if index in used_items or criterion.id in used_criteria:
            continue
        used_items.add(index)
        used_criteria.add(criterion.id)
        result.append((criterion, index, score))
    return result


def _leftover_items(
    document: Document, section: Section, taken: set[int], sections: dict[str, Section], kind: str
) -> list[int]:
    """Top-level checkbox items in a section's own body that state no criterion yet and are not
    the template's own words (a sub-box, or a criterion of another revision, is no rewording)."""
    inner = [
        s for s in sections.values() if s is not section and section.contains(s) and s.start > section.start
    ]
    end = min([section.end, *(s.start for s in inner)])
    boxes = [
        index
        for index in range(section.start + 1, end)
        if stands_as_box(document.blocks[index], document) and document.blocks[index].text.strip()
    ]
    if not boxes:
        return []
    top = min(document.blocks[index].level for index in boxes)
    return [
        index
        for index in boxes
        if document.blocks[index].level == top
        and index not in taken
        and not is_template_text(statement_text(document.blocks[index]), kind)
    ]


def _align(
    items: Sequence[int], criteria: Sequence[Criterion], document: Document
) -> list[tuple[Criterion, int, float]]:
    """The order-keeping pairing of items with criteria that maximises meaning plus order bonus."""
    if not items:
        return []
    # Order alone may pair only checkbox items: list items standing for dropped boxes include
    # evidence bullets, which must share some meaning with the criterion they are paired with.
    order_alone = len(items) == len(criteria) and all(document.blocks[i].is_checkbox for i in items)
    scores = [[similarity(document.blocks[i], c) for c in criteria] for i in items]
    rows, cols = len(items), len(criteria)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            options = [best[r + 1][c], best[r][c + 1]]
            if _may_pair(scores[r][c], order_alone):
                options.append(scores[r][c] + ORDER_BONUS + best[r + 1][c + 1])
            best[r][c] = max(options)
    result = []
    r = c = 0
    while r < rows and c < cols:
        pair_ok = _may_pair(scores[r][c], order_alone)
        if pair_ok and best[r][c] == scores[r][c] + ORDER_BONUS + best[r + 1][c + 1]:
            result.append((criteria[c], items[r], scores[r][c]))
            r, c = r + 1, c + 1
        elif best[r][c] == best[r + 1][c]:
            r += 1
        else:
            c += 1
    return result


def _may_pair(score: float, order_alone: bool) -> bool:
    return score >= (MIN_MEANING_IN_ORDER if order_alone else MIN_MEANING)
