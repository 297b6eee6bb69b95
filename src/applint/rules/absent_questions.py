"""The GTR template's questions a written section leaves out, keeps only in an HTML comment, or
sets under another section (``matching.question_gaps``).

Not a rule of its own: unanswered_question yields these findings under its id.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.rules.rule import shorten
from applint.text.wording import and_list

if TYPE_CHECKING:
    from applint.matching.question_gaps import MovedQuestion
    from applint.rules.context import CompanionContext
    from applint.templates.companions import Item

# Questions a finding names before "and N more".
NAMED = 3


def check(ctx: CompanionContext, rule_id: str, why: str) -> Iterator[Finding]:
    """One finding per written section lacking template questions, per section whose questions
    only a comment holds, and per run of questions standing under another section."""
    gaps = ctx.question_gaps
    template = ctx.template
    blocks = ctx.document.blocks
    for gap in gaps.sections:
        section = gap.section.section
        count = len(gap.missing)
        instead = ""
        if gap.invented:
            own = [
                f"'{shorten(blocks[number].text, 50)}' (line {ctx.line_of(number)})"
                for number in gap.invented
            ]
            instead = f"; the questions written here instead ({and_list(own)}) are not the template's"
        if gap.free_form:
            # Written in the author's own labels or prose: nothing there answers these.
            lacks = (
                f"'{section.title}' keeps none of the {template.short_name} template's questions, and "
                f"nothing written there answers {count} of them"
            )
        else:
            lacks = f"'{section.title}' lacks {count} of the {template.short_name} template's questions"
        yield ctx.finding(
            rule_id,
            Severity.WARNING,
            f"{lacks}: {_named(gap.missing)}{instead}; {why}: add each question with its answer "
            "(or N/A with a brief reason)",
            ctx.line_of(gap.section.block),
            section=section.id,
            missing=[item.text for item in gap.missing],
        )
    for hidden in gaps.hidden:
        comment = blocks[hidden.comment]
        lines = (
            f"lines {comment.line}-{comment.end_line}"
            if comment.end_line > comment.line
            else f"line {comment.line}"
        )
        held = len(hidden.questions)
        unanswered = len(hidden.unanswered)
        answers = "answers none of them" if unanswered == held else f"does not answer {unanswered} of them"
        yield ctx.finding(
            rule_id,
            Severity.WARNING,
            f"the {held} '{hidden.section.section.title}' questions are only inside an HTML comment ({lines}), "
            f"which the rendered page does not show, and the text shown {answers}: "
            f"{_named(hidden.unanswered)}; {why}: "
            "write the questions out of the comment, each above its answer (or N/A with a brief reason)",
            comment,
            section=hidden.section.section.id,
            missing=[item.text for item in hidden.unanswered],
        )
    yield from _moved(ctx, rule_id, gaps.moved)
    for shortened in gaps.shortened:
        yield ctx.finding(
            rule_id,
            Severity.WARNING,
            f"this question asks much less than the {template.short_name} template's "
            f"'{shorten(shortened.item.text, 200)}', and the answer below says nothing of the rest: "
            "write the template's question and answer all of it",
            ctx.line_of(shortened.block),
            section=shortened.item.section_id,
            question=shortened.item.text,
        )


def _moved(ctx: CompanionContext, rule_id: str, moved: Sequence[MovedQuestion]) -> Iterator[Finding]:
    """Questions under another section than their own: a warning where their own section's
    heading is missing from their day, else info (moved to another section or day)."""
    template = ctx.template
    reading = ctx.reading
    for question in moved:
        own = template.sections_by_id[question.item.section_id]
        under = template.sections_by_id[question.under]
        own_day = template.group_of(own.id)
        same_day = own_day.id == template.group_of(under.id).id
        found = reading.section_found(own.id)
        quoted = f"'{shorten(question.item.text, 70)}'"
        if found is not None:
            where = f"'{own.title}' (line {ctx.line_of(found.block)})"
            message = (
                f"the question {quoted} stands under '{under.title}', but the template asks it under {where}: "
                "move it there with its answer"
            )
            severity = Severity.INFO
        elif same_day:
            message = (
                f"the question {quoted} is one of the template's '{own.title}' questions, but stands under "
                f"'{under.title}' because the '{own.title}' heading is missing: restore the heading above it"
            )
            severity = Severity.WARNING
        else:
            day = own_day.title.split(" - ")[0].replace("\\", "").strip()
            message = (
                f"the question {quoted} is one of the template's {day} '{own.title}' questions, not one of "
                f"'{under.title}': put it under '{own.title}' in {day}, or leave it out"
            )
            severity = Severity.INFO
        yield ctx.finding(
            rule_id,
            severity,
            message,
            ctx.line_of(question.block),
            section=own.id,
            question=question.item.text,
            fold=f"moved:{own.id}:{under.id}",
            fold_note="also at {where}",
        )


def _named(items: Sequence[Item]) -> str:
    """The first questions quoted, and how many more."""
    quoted = [f"'{shorten(item.text, 60)}'" for item in items[:NAMED]]
    more = len(items) - NAMED
    return f"{', '.join(quoted)} and {more} more" if more > 0 else and_list(quoted)
