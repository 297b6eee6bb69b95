"""Where a GTR, governance review or self-assessment says its known issues, risks or vulnerabilities
are tracked in GitHub issues ("Known risks (event message masking) are tracked in GitHub issues.",
"Known Issues Over Time: Issues are tracked in GitHub Issues") and nothing in it links the project's
issues: the record a reviewer is asked to look at, named and not given.

Only that shape: the tracker named as where known problems are recorded, in a block speaking of
them (risks, known issues, vulnerabilities), as a statement (not a question, a plan or a denial),
outside the template's own text. Any link to an issue tracker (an address holding ``/issues``) or
a bare ``#N`` issue reference in the sentence is enough.
"""

from __future__ import annotations

from applint.matching.companions import CompanionReading
from applint.matching.project_links import ProjectLinks
from applint.model import BlockKind, Document
from applint.text.patterns import LazyPattern
from applint.text.questions import statements
from applint.text.splitting import split_sentences

_TRACKED = LazyPattern(
    r"\b(?:tracked|recorded|logged|managed|filed)\s+(?:in|via|through|on|as|using)\s+(?:the\s+)?(?:project['’]s\s+)?"
    r"(?:github|gitlab)\s+issues?\b"
)
# What the block speaks of: the problems a reviewer wants to see listed.
_PROBLEMS = LazyPattern(
    r"\b(?:known\s+(?:issues?|risks?|vulnerabilit(?:y|ies)|limitations?)|risks?|vulnerabilit(?:y|ies))\b"
)
_NOT_STATED = LazyPattern(
    r"\b(?:not|no|never|will|would|could|should|plan(?:s|ned)?|future|intend(?:s|ed)?)\b|#\d"
)
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def issues_named_unlinked(document: Document, reading: CompanionReading, links: ProjectLinks) -> int | None:
    """The first line saying known problems are tracked in GitHub issues, when nothing in the
    document links an issue tracker; None otherwise."""
    if any("/issues" in link.url for link in links.links):
        return None
    template = {block for section in reading.sections for block, _, _ in section.guidance}
    template.update(reading.loose_guidance)
    for index, block in enumerate(document.blocks):
        lower = block.text.lower()
        if block.kind not in _PROSE or "issue" not in lower or index in template:
            continue
        if not _PROBLEMS.search(lower):
            continue
        for sentence in split_sentences(block.text.replace("\n", " ")):
            for _, stated in statements(sentence.lower()):
                if _TRACKED.search(stated) and not _NOT_STATED.search(stated):
                    return _line_of(document, block.line, block.end_line)
    return None


def _line_of(document: Document, first: int, last: int) -> int:
    """The source line of the block naming the issues as tracker."""
    for number in range(first, min(last, len(document.source_lines)) + 1):
        if _TRACKED.search(document.source_lines[number - 1].lower()):
            return number
    return first
