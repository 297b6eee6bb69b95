"""template-guidance: the companion template's instructions or outline text left in beside the
author's own.

Why: the GTR template opens with instructions to the project ("How to use this template",
"Tips"), and the security self-assessment outline describes what each section holds ("These
are the individual parts of your system …"). Once the section is written, that text is noise a
reviewer must read past; it was meant to be replaced.

Severity: warning. One finding per paragraph (or table row) of outline text in a section that
also holds the author's text (a section holding only outline text is unfilled-section's; an
outline bullet kept as the prompt the author answers under is no finding, unless it still carries
the template's made-up example, "(e.g. flibble-announce@ mailing list)": one finding at it), and one per section
of the template's instructions kept, at its heading. The template's own H1 title kept above the
project's ("# General Technical Review questions" over "# General Technical Review - Kestrel /
Sandbox") is one finding at it; the template's introduction kept word for word under no heading
of the template (the self-assessment's "The Self-assessment is the initial document …" and its
training-course paragraph) one finding at its first paragraph, naming the others; an introduction the project made its own is no
finding. An outline bullet that is a question ("Internal. How do team members communicate with each
other?") kept as the lead-in of the author's answer, or one whose words instruct the author
("Communication Channels. Reference where you document how to reach your team …"), is info: one finding per section, at the first,
the others named as "also" lines (a prompt still carrying the made-up example is that finding
alone). A sentence of the outline cut off inside and run on into the author's answer ("Development
Pipeline. A description of the testing and assessment processes that" + "All code is maintained
in GitHub …") is a warning at it. A paragraph or list item that is the made-up example itself written as the answer ("Flibble only
allows parties with an authorization key to change data it stores." under a kept "Goals" heading)
is a warning at it. An outline row holding one of the template's placeholders (the security links' example
rows) is placeholder's, at its line.

The template's whole opening kept above the project's title (its title, version line, introduction,
"How to use this template", "Tips", the self-assessment's "## Self-assessment outline", with their
text and comments: at least three of the template's parts, with nothing of the author's between
them; matching.companion_preamble) is one deletion: one warning at its first line naming the range
down to the project's title, the parts in its details, and none of the findings above for the parts
inside it. One or two kept parts, or an opening the author wrote into, are told part by part.

The title is held to the template's title pattern: a title naming no project ("# Self-assessment",
"# Governance Review Template": nothing in it but the kind's name) is one info finding; a GTR's
title naming no level ("# General Technical Review - gRPC", when nothing above the first day names
one either) one warning, since the level says which days' questions are asked. The self-assessment
template's heading over its outline ("## Self-assessment outline") kept in the document is one info
finding at it.

The template's guidance kept inside HTML comments beside the author's answers (``<!-- One or two
sentences describing the project … -->`` above the project's overview, an outline bullet
``<!--* Compliance. List any security standards …-->`` above the section's text) is info: GitHub
does not show it, so no reader is misled, but it is the template's text left for whoever edits the
document next. One finding per document, at the first comment, the others named as "also" lines
(comments on adjacent lines are one; a comment linking the course the template links is the
template's text of a revision not shipped). Not the comments the published template itself holds (the
GTR's introduction, "Short project description": kept in place, the template as published), the
GTR's questions kept as hidden prompts above their answers, or a comment that is all its heading
holds (unfilled-section's, or a day the level need not answer).

Passes: ``### Actors`` followed by the project's own description.
Fails: the same, with "These are the individual parts of your system …" still above it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.companion_preamble import Preamble, kept_preamble
from applint.matching.spliced_text import spliced_sentences
from applint.model import BlockKind
from applint.rules.context import CompanionContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten
from applint.templates.companions import Item
from applint.text.normalize import normalize

ID = "template-guidance"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    reading = ctx.reading
    preamble = kept_preamble(ctx.document, reading)
    yield from _title(ctx, preamble)
    name = ctx.template.short_name
    if preamble is not None:
        yield _preamble(ctx, preamble)
    if reading.template_title is not None and not (preamble and preamble.holds(reading.template_title)):
        title = ctx.document.blocks[reading.template_title].text
        where = (
            "below"
            if reading.title_block is not None and reading.title_block < reading.template_title
            else "above"
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the {name} template's own title ('{shorten(title, 60)}') is still {where} your document's "
            "title: delete it, so the document has one title",
            ctx.line_of(reading.template_title),
        )
    loose = [block for block in reading.loose_guidance if not (preamble and preamble.holds(block))]
    if loose:  # one introduction, however many of its paragraphs are kept
        first, *others = loose
        also = "".join(
            f"; also '{shorten(ctx.document.blocks[block].text, 45)}' ({ctx.where(ctx.line_of(block))})"
            for block in others
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the {name} template's introduction ('{shorten(ctx.document.blocks[first].text, 60)}'{also}) "
            f"is still here: delete {'them' if others else 'it'} before submitting",
            ctx.line_of(first),
        )
    for found in reading.sections:
        section = found.section
        if section.instructions:
            if found.guidance and not (preamble and preamble.holds(found.block)):
                kept = "; ".join(
                    f"'{shorten(text, 45)}' ({ctx.where(ctx.line_of(block))})"
                    for block, text, _ in found.guidance[:3]
                )
                more = f" and {len(found.guidance) - 3} more" if len(found.guidance) > 3 else ""
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f"the {name} template's instructions under '{section.title}' are still here ({kept}{more}): "
                    "delete them before submitting",
                    ctx.line_of(found.block),
                    section=section.id,
                )
            continue
        if not found.content:
            continue  # only outline text: unfilled-section
        lead_ins: list[tuple[int, str]] = []
        for block, text, prompt in found.guidance:
            if prompt:  # an outline bullet the author answers under: only its made-up example is left-over
                example = _template_example(ctx, text) if block not in found.unanswered_prompts else ""
                if not example and block not in found.unanswered_prompts:
                    kept = _template_lead_in(ctx, text)
                    if kept:
                        lead_ins.append((block, kept))
                if example:
                    yield ctx.finding(
                        ID,
                        Severity.WARNING,
                        f"the template's made-up example ('{shorten(example, 50)}') is still in the prompt "
                        f"above your answer in '{section.title}': delete it (or the whole prompt)",
                        ctx.line_of(block),
                        section=section.id,
                    )
                continue
            if any(placeholder in text for placeholder in ctx.template.placeholders):
                continue  # an example row ("https://my.security.file"): placeholder's, at its line
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"the template's outline text ('{shorten(text, 60)}') is still in '{section.title}' "
                "beside your own: delete it",
                ctx.line_of(block),
                section=section.id,
                # The outline's paragraphs of one section (its text and its example) are one
                # deletion: one finding at the first, naming the others.
                fold=f"outline:{section.id}",
                fold_note="also at {where}",
            )
        yield from _lead_ins(ctx, section.id, section.title, lead_ins)
    yield from _spliced(ctx)
    yield from _hidden_guidance(ctx, preamble)
    yield from _example_answers(ctx)


def _preamble(ctx: CompanionContext, preamble: Preamble) -> Finding:
    """The template's whole opening kept above the author's document: one deletion, one finding
    at its first line, naming the range and the template's parts in it."""
    blocks = ctx.document.blocks
    first, end = ctx.line_of(preamble.first), ctx.line_of(preamble.end)
    last = max(first, end - 1)
    unit = ctx.document.unit.value
    named = [
        "its title" if label == "title" else "its introduction" if label == "introduction" else f"'{label}'"
        for _, label in preamble.parts
    ]
    what = ", ".join(named[:-1]) + " and " + named[-1]
    down_to = (
        f"your document's title at {ctx.where(end)}"
        if preamble.titled
        else f"'{shorten(blocks[preamble.end].text.strip(), 40)}' at {ctx.where(end)}"
    )
    return ctx.finding(
        ID,
        Severity.WARNING,
        f"{unit}s {first}-{last} are the {ctx.template.short_name} template's own opening ({what}, with their "
        f"text), not your document: delete them, down to {down_to}",
        first,
        parts=[{"line": ctx.line_of(block), "part": label} for block, label in preamble.parts],
        end=end,
    )


def _hidden_guidance(ctx: CompanionContext, preamble: Preamble | None) -> Iterator[Finding]:
    """The template's guidance kept in HTML comments beside the author's text: one problem however
    many comments keep it, reported at the first and folded (a comment inside the template's kept
    opening goes with it)."""
    blocks = ctx.document.blocks
    for run in ctx.hidden_comments.guidance:
        if preamble is not None and preamble.holds(run.first):
            continue
        first = blocks[run.first]
        lines = run.where(blocks)
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the {ctx.template.short_name} template's guidance ('{shorten(_opening(run.items, first.text), 50)}', "
            f"{lines}) is still here inside an HTML comment: GitHub does not show it, but it is the "
            "template's text, not the project's: delete the comment",
            first.line,
            section=run.items[0].section_id if run.items else None,
            fold="hidden-guidance",
            fold_note="also at {where}",
        )


def _spliced(ctx: CompanionContext) -> Iterator[Finding]:
    """Template sentences cut off inside and run into the author's answer, one finding each."""
    reported = {block for found in ctx.reading.sections for block, _, _ in found.guidance}
    for spliced in spliced_sentences(ctx.document, ctx.template):
        if spliced.block in reported:
            continue
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the template's sentence ('…{' '.join(spliced.kept.split()[-6:])}') is cut off and runs into your answer: "
            "delete the template's words (keep its label if you like) so the answer reads on its own",
            ctx.line_of(spliced.block),
            section=spliced.section_id,
        )


def _lead_ins(
    ctx: CompanionContext, section: str, title: str, lead_ins: list[tuple[int, str]]
) -> Iterator[Finding]:
    """The template's questions and instructions kept as the lead-ins of the answers in one
    section: one problem, reported at the first, the others folded into it."""
    for block, kept in lead_ins:
        label, _, words = kept.partition(". ")
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the template's {'question' if kept.endswith('?') else 'instruction'} ('{shorten(words, 60)}') is "
            f"still the lead-in of your answer in '{title}': keep the label ('{label}') and delete the rest",
            ctx.line_of(block),
            section=section,
            fold=f"lead-in:{section}",
            fold_note="also at {where}",
        )


def _template_lead_in(ctx: CompanionContext, text: str) -> str:
    """The template's words a kept prompt opens with when they speak to the author: a question
    ("Internal. How do team members communicate with each other?") or an instruction saying "you"
    ("Communication Channels. Reference where you document how to reach your team or describe in
    corresponding section."); "" for a prompt that only names what goes there ("Critical. A
    listing critical security components …")."""
    kept = normalize(text)
    for item in ctx.template.items:
        if item.role != "guidance" or ". " not in item.text:
            continue
        words = item.text.partition(" (e.g.")[0]
        question, mark, _ = words.partition("?")
        if mark:
            if kept.startswith(normalize(question)):
                return question + mark
        elif _ADDRESSED & set(normalize(words).split()) and kept.startswith(normalize(words)):
            return words
    return ""


def _title(ctx: CompanionContext, preamble: Preamble | None) -> Iterator[Finding]:
    """The title against the template's pattern, and the template's outline heading kept (unless
    it is a part of the template's kept opening)."""
    from applint.matching.companion_title import check_title

    checked = check_title(ctx.document, ctx.reading)
    template, blocks = ctx.template, ctx.document.blocks
    pattern = template.init_title
    if checked.title is not None and not checked.names_project:
        title = blocks[checked.title].text.strip()
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the title '{shorten(title, 50)}' does not name the project (the {template.short_name} "
            f"template's title is '{pattern}'): put the project's name in it",
            ctx.line_of(checked.title),
        )
    elif checked.title is not None and not checked.names_level:
        title = blocks[checked.title].text.strip()
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the title '{shorten(title, 50)}' names no level, and nothing above the first question does "
            f"(the {template.short_name} template's title is '{pattern}'): add the level the project "
            "applies for, which says which days' questions it answers",
            ctx.line_of(checked.title),
        )
    if checked.outline_heading is not None and not (preamble and preamble.holds(checked.outline_heading[0])):
        block, section = checked.outline_heading
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"'{shorten(blocks[block].text.strip(), 40)}' is the {template.short_name} template's own heading "
            f"over its outline, not a part of your document: delete it",
            ctx.line_of(block),
            section=section.id,
        )


def _opening(items: tuple[Item, ...], comment: str) -> str:
    """What a reader recognises a hidden piece of guidance by: the first template item it holds, or
    (the template's text of a revision not shipped) its own opening words."""
    return items[0].text if items else comment.lstrip("-*# ")


# Words with which the template's outline speaks to the author.
_ADDRESSED = frozenset({"you", "your"})


def _template_example(ctx: CompanionContext, text: str) -> str:
    """The template's own example a kept prompt still carries ("e.g. flibble-announce@ mailing
    list"), or ""."""
    if "e.g." not in text:
        return ""
    kept = normalize(text)
    for item in ctx.template.items:
        _, marker, example = item.text.partition("(e.g.")
        if marker and normalize(example)[:30] in kept:
            return "e.g." + example.rstrip(")").rstrip()
    return ""


def _example_answers(ctx: CompanionContext) -> Iterator[Finding]:
    """A paragraph or list item that is the template's made-up example itself, written as the
    answer ("Flibble only allows parties with an authorization key to change data it stores." under
    Goals): one finding at each. Only blocks holding an example's first word are read."""
    examples = _examples(ctx.template.items)
    if not examples:
        return
    firsts = {first for first, _, _ in examples}
    for block in ctx.document.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        text = block.text
        if "e.g." in text or not any(first in text for first in firsts):
            continue  # a prompt carrying its example is the kept prompt's finding
        kept = normalize(text)
        example = next((shown for first, opening, shown in examples if first in text and opening in kept), "")
        if example:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"this is the template's made-up example ('{shorten(example, 50)}'), not the project's "
                "answer: replace it with what the project does",
                block.line,
            )


# The fewest words of a template's example looked for in a block (its opening).
_EXAMPLE_WORDS = 6


@functools.lru_cache(maxsize=8)
def _examples(items: tuple[Item, ...]) -> tuple[tuple[str, str, str], ...]:
    """(first word as written, normalised opening, opening as written) of each made-up example in the template's text
    ("(e.g., Flibble only allows parties …)"), whose first word is a name (capitalised, or a made-up
    address "flibble-announce@")."""
    found = []
    for item in items:
        _, marker, example = item.text.partition("(e.g.")
        words = example.strip(" ,").split()
        if not marker or len(words) < _EXAMPLE_WORDS:
            continue
        shown = " ".join(words[:_EXAMPLE_WORDS])
        found.append((words[0], normalize(shown), shown + " …"))
    return tuple(dict.fromkeys(found))


RULE = Rule(
    ID,
    Severity.WARNING,
    "A companion template's instructions or outline text are left in.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
