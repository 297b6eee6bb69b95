"""The questions of the older due-diligence format left unanswered in a DD document written from
it (``templates.older_dd``): "## Project", "## Users", "## Context" kept as the template's list of
questions with nothing written under them.

A question is a list item whose text is one of the older template's questions, word for word (a
question answered on its own line, "2. Is there a Code of Conduct…? Yes, see …", is no longer the
template's text). Its nested items are its choices. It is answered by what the author writes after
it, before the next question or heading (items nested under a question the template gives no
choices, such as a stage criterion, are its answer) (one answer may serve several questions before it); a
question followed by the next question, the next heading, a question answered on its own line
(which answers only itself) or the end of the document is not.
Consecutive unanswered questions make one run.
"""

from __future__ import annotations

from applint.model import Block, BlockKind, Document
from applint.templates.older_dd import questions_with_choices, review_questions
from applint.text.normalize import normalize

_SILENT = (BlockKind.COMMENT, BlockKind.BREAK)


def _answered_inline(text: str, questions: frozenset[str]) -> bool:
    """True for a list item that is one of the questions with its answer written after it."""
    return bool(text) and any(text.startswith(question + " ") for question in questions)


def unanswered_runs(document: Document) -> list[tuple[Block, ...]]:
    """Each run of the older template's questions with no answer after them, in document order."""
    questions = review_questions()
    with_choices = questions_with_choices()
    runs: list[list[Block]] = []
    pending: list[Block] = []  # questions met since the last answer
    depth = -1  # the nesting level of the last question: deeper items are its choices
    for block in document.blocks:
        if block.kind in _SILENT or (block.kind is not BlockKind.HEADING and not block.text.strip()):
            continue
        if (
            block.kind is BlockKind.LIST_ITEM
            and pending
            and block.level > depth
            and normalize(pending[-1].text) in with_choices
        ):
            continue
        text = normalize(block.text) if block.kind is BlockKind.LIST_ITEM else ""
        if text in questions:
            pending.append(block)
            depth = block.level
            continue
        if pending and (block.kind is BlockKind.HEADING or _answered_inline(text, questions)):
            # The section ends with questions nobody answered, or the next question carries its
            # own answer ("Does it have a code of conduct? Yes, …"): it answers only itself.
            runs.append(pending)
        pending, depth = [], -1
    if pending:
        runs.append(pending)
    return [tuple(run) for run in runs]
