"""What a criterion's evidence says beyond the criterion's own words, and the evidence that only
says the criterion again.

"- [x] **Document the project's release process.** The project documents its release process
and follows it for every release." claims the criterion in other words and shows nothing a
reviewer can open or look up. Evidence is read as a restatement when nothing in it is checkable
(text.checkable: an address, a file or path, a code span, a number or date, a proper name, a
quoted title, a handle, an issue or channel reference; a link; a table or code block; a project
document the criterion does not itself name) and it stays close to the criterion: most of what it
says is the criterion's meaning (stems, so "documents"/"documented" and "process to report"/
"reporting process" are one), or it is a sentence or two that adds no more than a few words.

Capitalised words that name nothing of the project's own are not proper names here: the words of
the kind's templates ("CNCF", "GitHub", "Code of Conduct") and of the document's title (the
project's name: "Higress has a clearly defined process …" restates).
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import functools
import re
from collections.abc import Mapping, Set
from typing import Final

from applint.matching.evidence import MIN_INLINE_EXTRA_WORDS, Evidence
from applint.matching.rewording import meaning, statement_text
from applint.model import Block, BlockKind, Document, Record, Unit
from applint.templates.boilerplate import is_template_text, template_links, template_vocabulary
from applint.templates.records import Criterion, Template
from applint.text.documents import kinds_in_text
from applint.text.markers import strip_markers
from applint.text.normalize import content_words, normalize
from applint.text.patterns import LazyPattern
from applint.text.similarity import containment
from applint.text.status import says_not_applicable

# Evidence repeating at least this share of the criterion's meaning restates it, however it is worded.
RESTATED_SHARE = 0.34
# Evidence that repeats less of it still restates it when it adds no more than this many words of
# its own (a short claim: "Contribution documentation is maintained.").
FEW_OWN_WORDS = 4
# Longer evidence is a description of its own, whatever it lacks (evidence-without-link asks for
# the link where the criterion wants a document).
MAX_WORDS = 45
# An answer that there is nothing to show ("listed: none", "None exist").
_NOTHING = LazyPattern(r"\bnone\b", re.IGNORECASE)
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.HTML)
_NOT_ANSWER = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER)


class Beyond(Record):
    """What one criterion's evidence says beyond the criterion's own words."""

    __slots__ = ("line", "own_words", "restated", "text")

    def __init__(self, text: str, own_words: frozenset[str], restated: float, line: int) -> None:
        self.text: Final = (
            text  # the evidence's own words (the statement's tail or its reworded item, then its blocks)
        )
        self.own_words: Final = own_words  # stems neither the criterion nor its template sub-items hold
        self.restated: Final = restated  # the share of the criterion's meaning the evidence repeats
        self.line: Final = line  # where the evidence starts (a line, or a DOCX paragraph)

    @property
    def close_to_criterion(self) -> bool:
        """Says mostly the criterion again, in few words: a claim, not a description of its own."""
        if not self.text or self.restated == 0.0:
            return False  # (sharing nothing with the criterion, it is an answer of another kind)
        return self.restated >= RESTATED_SHARE or len(self.own_words) <= FEW_OWN_WORDS


def beyond_criterion(
    evidence: Evidence, criterion: Criterion, document: Document, kind: str
) -> Beyond | None:
    """Read one criterion's evidence against the criterion's own words; None when it shows
    something (a link, a table, a number, a file, …). Most evidence does: that is asked first,
    block by block, and ends the reading."""
    statement = evidence.statement
    if evidence.links and any(link not in template_links() for link in evidence.links):
        return None
    # Imported here: most evidence links something and is never read further (an application
    # whose every answer links imports no text.checkable).
    from applint.text.checkable import place_mark

    said = _words(criterion.text)
    parts: list[str] = []
    line = 0
    for block in evidence.blocks:
        if block.kind in _NOT_ANSWER or not block.text.strip():
            continue
        if block.kind not in _PROSE or place_mark(block.text, said) is not None:
            return None  # a table or code block the author pasted, or a place to look
        if is_template_text(block.text, kind):
            continue
        line = line or block.line
        parts.append(block.text)
    answer = _statement_answer(statement, criterion, kind)
    if answer:
        if place_mark(answer, said) is not None:
            return None
        parts.insert(0, answer)
        line = _tail_line(document, statement, answer) if statement.strong else statement.line
    text = " ".join(strip_markers(part).strip() for part in parts).strip()
    if len(text.split()) > MAX_WORDS:
        return None  # a description of its own, whatever it lacks
    own = meaning(text)
    wanted = meaning(criterion.text)
    template_words = wanted.union(*(meaning(sub) for sub in criterion.sub_items))
    return Beyond(text, own - template_words, containment(wanted, own), line or statement.line)


def _statement_answer(statement: Block, criterion: Criterion, kind: str) -> str:
    """What the criterion's own item says as its answer: the words after a bold statement, or a
    reworded statement with words of its own ("The release process is documented …"); nothing
    for the criterion's own words."""
    stated = statement_text(statement)
    if statement.strong and stated == statement.strong:
        tail = statement.text[len(statement.strong) :]
        return tail if tail.strip(" .:-—–") else ""
    if is_template_text(stated, kind):
        return ""
    extra = content_words(stated) - content_words(criterion.text)
    return stated if len(extra) >= MIN_INLINE_EXTRA_WORDS else ""


def checkable(
    beyond: Beyond, evidence: Evidence, criterion: Criterion, document: Document, ordinary: Set[str]
) -> str | None:
    """The first thing in the evidence a reviewer can check, if any (``ordinary``: see
    ``ordinary_words``): a code span, a project document the criterion does not itself name, or
    what text.checkable finds."""
    if _has_code_span(document, evidence.statement.line, evidence.end_line):
        return "code span"
    named = kinds_in_text(beyond.text) - kinds_in_text(criterion.text)
    if named:
        return min(named)
    from applint.text.checkable import word_mark  # (read only for evidence without a link: above)

    return word_mark(beyond.text, ordinary, _words(criterion.text))


def answers_otherwise(text: str) -> bool:
    """The criterion does not apply ("N/A", "none"), or the answer introduces what never comes
    ("Examples:": dangling-intro's)."""
    return says_not_applicable(text) or _NOTHING.search(text) is not None or text.endswith(":")


def ordinary_words(document: Document, template: Template) -> frozenset[str]:
    """Words that are no name to look up, even capitalised: the templates' and the title's."""
    title = next((block for block in document.blocks if block.kind is BlockKind.HEADING), None)
    own = normalize(title.text).split() if title is not None else []
    return template_vocabulary(template.kind) | frozenset(own)


def restatements(
    document: Document, template: Template, evidence: Mapping[str, Evidence], criteria: list[Criterion]
) -> dict[str, Beyond]:
    """Criterion id -> its evidence, for each of ``criteria`` whose evidence only restates it
    (cheapest questions first: most evidence has a link, or says more than the criterion)."""
    ordinary: frozenset[str] | None = None
    found: dict[str, Beyond] = {}
    for criterion in criteria:
        own = evidence.get(criterion.id)
        if own is None or not own.has_content:
            continue  # nothing written: criterion-without-evidence's first case
        beyond = beyond_criterion(own, criterion, document, template.kind)
        if beyond is None or not beyond.close_to_criterion or answers_otherwise(beyond.text):
            continue
        if ordinary is None:
            ordinary = ordinary_words(document, template)
        if checkable(beyond, own, criterion, document, ordinary) is None:
            found[criterion.id] = beyond
    return found


def _tail_line(document: Document, statement: Block, tail: str) -> int:
    """The line on which the answer after a bold statement starts (the item's next line, when the
    author wrapped it there)."""
    words = tail.split()
    closing = statement.strong.split()[-1] if statement.strong.split() else ""
    if document.unit is not Unit.LINE or statement.end_line == statement.line or not words or not closing:
        return statement.line
    lines = document.source_lines[statement.line - 1 : statement.end_line]
    start = next((offset for offset, text in enumerate(lines) if closing in text), 0)
    for offset in range(start, len(lines)):
        text = lines[offset]
        if offset == start:
            text = text[text.index(closing) + len(closing) :] if closing in text else text
        if words[0] in text:
            return statement.line + offset
    return statement.line


@functools.lru_cache(maxsize=512)
def _words(text: str) -> frozenset[str]:
    """A criterion's own words, lower case (its places, schedules and counts are not the answer's)."""
    return frozenset(normalize(text).split())


def _has_code_span(document: Document, first: int, last: int) -> bool:
    """A code span in the evidence's source lines (``main``, `kubectl kelpie`): a name to look up."""
    return any("`" in line for line in document.source_lines[first - 1 : last])
