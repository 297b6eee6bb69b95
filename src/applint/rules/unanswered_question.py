"""unanswered-question: a General Technical Review question of a day the level must answer, with
no answer.

Why: the GTR questions are cumulative by level: a GTR for Sandbox answers Day 0, for Incubation
Day 0 and Day 1, for Graduation Day 0, 1 and 2 (the level is read from the title, ``General
Technical Review - Kelpie / Incubation``; with no level named, Day 0). A question the project
cannot address is answered "N/A" with a brief reason; one left bare reads as not done.

Severity: warning. One finding per question left with nothing under it (a run of questions
followed by one answer shares it; an answer nested under the last of them is that one's), at
the question, except that the bare sub-questions in a row of one question ("Please outline the
project's API Design:" over six left unanswered) are one finding, at the first, naming the
others' lines; one per section of a required day that holds no answer at all (its questions
deleted, nothing written), at its heading; one per required day naming its sections that are
missing, at the day's heading; one for a required day that is missing entirely, at the title;
one per section whose questions stand with neither its heading nor its day's above them (the
headings lost in editing, so the answers read as part of what precedes them), at its first
question found, naming the section's questions the document lacks. Questions of days the level does not require are never reported.

A question of a required day whose whole answer is a note to the author ("**TODO (Maintainers):**
describe …", "TODO (owner): …", "**TBD:**", a list of TODO items, or "TBD" after the question in its
own item) is not answered yet: error, one finding per question (questions sharing the answer named
together), at its first note, naming the lines of a list of them; todo-marker leaves those notes to
it. An answer beside which a note stands, and prose that only mentions TODO ("All TODO items from
Incubation were addressed", a linked TODO list, `TODO()`, a quoted issue title), answer the question.

A question written cut short, inside a sentence ("Explain how upgrades and rollbacks were
tested." for "… and how the upgrade->downgrade->upgrade path was tested.", "Describe the project's
resource requirements." without ", including CPU, Network and Memory") or before a follow-up
sentence that asks more ("How can this project be enabled or disabled in a live cluster?" without
"Please describe any downtime required of the control plane or nodes."), whose answer says nothing
of the part left out, is answered only in part: one finding at it, on a day the level requires,
quoting what the template also asks. A shortened question set in bold with its answer after it in
the same item ("- **Explain how upgrades and rollbacks were tested.** Each release …") is read so too. However close the shortened wording comes to the whole
question, what it leaves out is read. A dropped example (", e.g. a minimal install …"), a part
adding one word of its own ("as well as any dashboard requirements") and an answer that speaks
to the part left out or says the question does not apply are no finding. A question the template details in sub-questions ("Please
outline the project's API Design:" over "Describe the project defaults", …), answered with the
sub-questions left out, is answered only in part when its answer says nothing of at least two of
them and half: one finding at it, naming the first.

Questions a written section leaves out (``matching.question_gaps``), on a day the level requires:
a section written as questions (two or more of the template's kept there, or of the author's own:
"**What problem does this project solve?**") lacking some of the template's, and whose text does
not speak of them, is one finding at its heading naming them (and the author's own questions
standing in their place); in a section that keeps half or more of its questions, one left out is
missing even when another answer mentions its subject. Quiet on paraphrased labels and shortened
question headings ("**Certificate rotation:**", "#### Target Persona(s)", "#### Describe the
roadmap process"), on sections answered in prose without questions, on a question the template
asks twice answered once (the SLOs), on the first sub-question left out under a parent answered
right below it ("Security Hygiene" over a list of practices), and on days the level does not
require. A section whose questions are kept only inside an HTML comment, with the text shown
silent on some of them, is one finding at the comment. A question standing under another section
than its own: info, moving it (another section of the template, or another day); a warning where
its own section's heading is missing from its day (the questions read as the section above's),
one finding for the questions of one section in a row. A question in the author's words that
stands for a template question but holds a third or less of what its first sentence asks (of
four key words or more; "Describe the project's roadmap." for "… how scope is determined for mid to
long term features, … maintainer ladder?"), with an answer silent on the rest, is one finding at
it (its follow-up sentences and examples left out are the author's editing).

Two of the template's questions written as one ("Describe the SLOs … for this project. & What are
the SLIs … ?") share one answer: one finding at them, on any day, naming both.

An answer that is only "N/A" (or "Not applicable", "Not relevant", its slip "No relevant", and
"None" to a question that asks for no "any …"), under the question or in its own paragraph
("**Describe any compliance requirements …**" with "N/A" on the next line), where the template
asks to mark a question that does not apply "N/A and provide a brief explanation", quotes that
sentence: warning, at the answer, one finding for the document (the others named as "also"
lines). A reason in the same sentence or the next ("N/A: the project stores no data") answers it. The question asking for
a link to the project's security self-assessment, answered with a link or an audit that names no
assessment (the external audit's report), is unanswered: warning, at the question. An answer
that only points back ("See the previous response.", "Same as above.") to an answer that says
nothing of most of the words this question asks about beyond the question before it ("invite",
"rotate") is info, at the answer; not when that answer says the project has none of it ("doesn't
provide SLOs": "As above" then says the same).

A question that asks for a link (``matching.asked_evidence``: "Please provide a link to the
project's cloud native security self assessment.", "… and link to any reports.", "Please link to
any documentation the project has written concerning these use cases."), on a day the level
requires, answered with text that links nothing (no link, no bare or written-out address): one
finding at the answer quoting what the template asks; a warning where the link is the whole
question, info where it is asked beside a description. Quiet where the link is one way of
answering or conditional ("Outline or link to …", "if any"), and on answers that say the question
does not apply, that there is nothing to link or it is not done yet ("No formal end user research
reports have been published yet."), that point to a link given elsewhere ("linked above"), or that
name the project file (evidence-without-link's, where nothing in the document links it). A
question asking for figures (resource requirements or usage, recommended limits, load testing
results, "how many", "what percentage") answered with no number (digits or words) and no link,
and not saying nothing was measured: info, at the answer ("Kestrel is lightweight; CPU and memory
scale with the number of nodes watched.").

A governance review that still puts questions to the project in its own text, naming it or saying
"you" ("can Cilium explain the reason for this rule?"; not the template's guiding questions, nor
the review's findings phrased as questions: "who do they contact?") is info: one finding
for the document, at the first, the others named as "also" lines.

In a TOC due-diligence document in the older question format (cncf/toc's
``process/dd-review-template.md``, shipped in ``schemas/older-dd/``; such a document follows no DD
template): the template's questions kept with nothing written under them ("## Project", "## Users",
"## Context" left as the list of questions). Warning, one finding per run of such questions (one
answer after a run serves it), at its first question.

Passes: ``* Describe the project's release processes …`` followed by ``  * Releases are cut …``
Fails: ``* Describe the project's release processes …`` followed by the next question.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from applint.findings import Finding, Severity
from applint.matching.dd_questions import unanswered_runs
from applint.matching.partial_answers import answered_in_part, speaks_to, unaddressed
from applint.matching.progress import locate
from applint.rules.context import CompanionContext, LintContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten
from applint.text.wording import and_list

if TYPE_CHECKING:
    from applint.matching.companions import ItemFound
    from applint.matching.note_answers import NoteAnswer
    from applint.model import Block

ID = "unanswered-question"


def check(ctx: CompanionContext | LintContext) -> Iterator[Finding]:
    if isinstance(ctx, LintContext):
        yield from _older_dd_questions(ctx)
        return
    yield from _answered_with_notes(ctx)
    yield from _cut_short(ctx)
    yield from _without_sub_questions(ctx)
    yield from _merged(ctx)
    yield from _non_answers(ctx)
    yield from _unlinked(ctx)
    yield from _without_figures(ctx)
    reading = ctx.reading
    template = ctx.template
    groups = reading.required_groups()
    if not groups:
        return
    level = reading.level.capitalize() if reading.level else None
    names = [_day(template.sections_by_id[group].title) for group in groups]
    days = and_list(names)
    why = (
        f"a GTR for {level} answers the {days} questions"
        if level
        else f"the title names no level, so at least the {days} questions must be answered"
    )
    # Imported here: an application's or DD document's run, which loads this rule, never needs it.
    from applint.rules import absent_questions

    yield from absent_questions.check(ctx, ID, why)
    title_line = ctx.line_of(reading.title_block) if reading.title_block is not None else 1
    for group in groups:
        day = template.sections_by_id[group]
        standing, empty = reading.unanswered_questions(group)
        day_found = reading.section_found(group)
        sections_found = [s for s in empty if reading.section_found(s.id) is not None]
        if (
            day_found is None
            and not standing
            and len(empty)
            == sum(1 for s in template.sections if s.items and template.group_of(s.id).id == group)
            and not sections_found
        ):
            count = len(template.questions_of(group))
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"'{day.title}' is missing ({count} questions); {why}: add the section and answer them",
                title_line,
                section=group,
                day=day.title,
                unanswered=count,
            )
            continue
        for section, first, lacking in reading.headless_sections(group):
            asked = (
                f"; its question '{shorten(lacking[0].text, 70)}' is missing too"
                if len(lacking) == 1
                else f"; {len(lacking)} of its questions are missing too, the first: "
                f"'{shorten(lacking[0].text, 70)}'"
                if lacking
                else ""
            )
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"the headings '{day.title.replace(chr(92), '')}' and '{section.title}' are missing above "
                f"these questions, so they read as part of what comes before{asked}; {why}: restore the "
                "headings (and each question above its answer)",
                ctx.line_of(first.block),
                section=section.id,
                day=day.title,
                unanswered=len(lacking),
            )
        folds = _sub_question_runs(reading.items, standing)
        for found in standing:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"{_day(day.title)} question not answered: '{shorten(found.item.text, 80)}'; {why}: "
                "write the answer under it (or N/A with a brief reason)",
                ctx.line_of(found.block),
                section=found.item.section_id,
                day=day.title,
                question=found.item.text,
                **folds.get(id(found), {}),
            )
        missing = []
        for section in empty:
            questions = sum(1 for item in section.items if item.role == "question")
            found_section = reading.section_found(section.id)
            if found_section is None:
                missing.append((section, questions))
                continue
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"nothing is written under '{section.title}' ({_day(day.title)}, {questions} "
                f"question{'s' if questions != 1 else ''}); {why}: answer them here",
                ctx.line_of(found_section.block),
                section=section.id,
                day=day.title,
                unanswered=questions,
            )
        if missing:
            count = sum(questions for _, questions in missing)
            titles = ", ".join(f"'{section.title}'" for section, _ in missing)
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"{_day(day.title)} lacks {titles} ({count} question{'s' if count != 1 else ''}); "
                f"{why}: add {'them' if len(missing) > 1 else 'it'} and answer the questions",
                ctx.line_of(day_found.block) if day_found else title_line,
                section=group,
                day=day.title,
                unanswered=count,
            )


def _sub_question_runs(
    items: Sequence[ItemFound], standing: Sequence[ItemFound]
) -> dict[int, dict[str, Any]]:
    """The fold key of each unanswered sub-question that follows another of the same question
    ("Please outline the project's API Design:" over six sub-questions left bare): one problem,
    reported at the first of the run. A question standing alone, or one answered between two,
    keeps its own finding."""
    bare = {id(found) for found in standing}
    folds: dict[int, dict[str, Any]] = {}
    start: ItemFound | None = None
    previous: ItemFound | None = None
    for found in items:
        if id(found) not in bare or not found.item.within:
            start = previous = None
            continue
        if previous is None or previous.item.within != found.item.within:
            start = found
        previous = found
        assert start is not None
        folds[id(found)] = {
            "fold": f"{start.block}:{found.item.within}",
            "fold_note": f"also unanswered under '{shorten(found.item.within.rstrip(': '), 60)}': {{where}}",
        }
    return folds


def _merged(ctx: CompanionContext) -> Iterator[Finding]:
    """Two of the template's questions written as one, sharing one answer."""
    for block, first, second in ctx.reading.merged:
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"two of the template's questions are merged into one ('{shorten(first.text, 50)}' and "
            f"'{shorten(second.text, 50)}'), so one answer stands for both: write them as two questions, "
            "each with its own answer",
            ctx.line_of(block),
            section=first.section_id,
            questions=[first.text, second.text],
        )


def _non_answers(ctx: CompanionContext) -> Iterator[Finding]:
    """Answers that answer nothing: a bare "N/A" where the template asks for a reason (one
    problem however often the document does it, folded), and the self-assessment link question
    answered with another document."""
    # Imported here: an application's or DD document's run, which loads this rule, never needs it.
    from applint.matching.non_answers import (
        asks_for_self_assessment,
        is_bare_not_applicable,
        names_other_document,
        names_self_assessment,
        reason_asked,
        refers_back,
        unspoken,
    )

    blocks = ctx.document.blocks
    if ctx.template.kind == "governance-review":
        yield from _open_questions(ctx)
    asked = reason_asked(ctx.template)
    previous: tuple[str, list[Block]] = ("", [])
    for found in ctx.reading.items:
        if not found.answer:
            if asked and found.answered:
                yield from _bare_inline(ctx, found, asked)
            continue
        answer = [blocks[number] for number in found.answer]
        pointed, previous = previous, (found.item.text, answer)
        if refers_back(answer):
            missed = unspoken(found.item.text, *pointed)
            if missed:
                yield ctx.finding(
                    ID,
                    Severity.INFO,
                    f"the answer only points back ('{shorten(answer[0].text, 30)}'), and the answer above says "
                    f"nothing of {_listed(missed)}, which this question asks about: answer it here in a "
                    "sentence or two",
                    answer[0],
                    section=found.item.section_id,
                    question=found.item.text,
                )
            continue
        if asked and is_bare_not_applicable(answer, found.item.text):
            yield _bare_finding(ctx, found, answer[0].text, answer[0].line, asked)
        elif (
            asks_for_self_assessment(found.item)
            and not names_self_assessment(answer)
            and names_other_document(answer)
        ):
            yield ctx.finding(
                ID,
                Severity.WARNING,
                "the answer to the self-assessment question links no security self-assessment (an audit or "
                "other document is not one): link the project's self-assessment, or say it is not written yet",
                ctx.line_of(found.block),
                section=found.item.section_id,
                question=found.item.text,
            )


def _bare_inline(ctx: CompanionContext, found: ItemFound, asked: str) -> Iterator[Finding]:
    """A bare "N/A" written in the question's own paragraph ("**Describe any compliance …**" with
    "N/A" on the line below it, no blank line between)."""
    from applint.matching.non_answers import bare_inline_answer

    block = ctx.document.blocks[found.block]
    written = bare_inline_answer(block, found.item.text)
    if written:
        yield _bare_finding(ctx, found, written, block.end_line, asked)


def _bare_finding(ctx: CompanionContext, found: ItemFound, written: str, line: int, asked: str) -> Finding:
    """One bare "N/A", folded with the document's others."""
    return ctx.finding(
        ID,
        Severity.WARNING,
        f"'{shorten(written, 20)}' with no reason: the {ctx.template.short_name} template asks to "
        f"'{asked}': say in a sentence why the question does not apply to the project",
        line,
        section=found.item.section_id,
        question=found.item.text,
        fold="bare-not-applicable",
        fold_note="also a bare N/A at {where}",
    )


def _open_questions(ctx: CompanionContext) -> Iterator[Finding]:
    """A governance review's questions to the project left in its text: one problem, folded."""
    from applint.matching.non_answers import open_questions

    for _, line, question in open_questions(ctx.document, ctx.template):
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the review still asks the project a question ('{shorten(question, 70)}'): write what the "
            "project answered (or what the review found), or move the question to the review's issue",
            line,
            fold="open-question",
            fold_note="also at {where}",
        )


def _listed(words: Sequence[str]) -> str:
    """Words quoted and joined: "'invite' and 'rotate'"."""
    return and_list([f"'{word}'" for word in words])


def _answered_with_notes(ctx: CompanionContext) -> Iterator[Finding]:
    """Questions of a required day whose whole answer is notes to the author ("**TODO
    (Maintainers):** describe …", a list of TODO items): not answered yet. One finding per answer, at
    its first note (questions sharing one answer named together); the notes are not todo-marker's."""
    by_answer: dict[tuple[int, ...], list[NoteAnswer]] = {}
    for answer in ctx.note_answers:
        by_answer.setdefault(answer.blocks, []).append(answer)
    blocks = ctx.document.blocks
    for numbers, answers in by_answer.items():
        first = answers[0]
        note = first.note.text
        line, column = locate(ctx.document, blocks[numbers[0]], note, set())
        asked = and_list([f"'{shorten(answer.found.item.text, 70)}'" for answer in answers])
        day = _day(ctx.template.group_of(first.found.item.section_id).title)
        if len(numbers) > 1:
            last = blocks[numbers[-1]].end_line
            written = (
                f"only notes to the author ({ctx.document.unit.value}s {line}-{last}, the first: "
                f"'{shorten(note, 40)}')"
            )
        else:
            written = f"only a note to the author ('{shorten(note, 40)}')"
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f"{day} question{'s' if len(answers) > 1 else ''} not answered yet: the answer to {asked} is "
            f"{written}; write the answer (or N/A with a brief reason) and delete the "
            f"note{'s' if len(numbers) > 1 else ''}",
            line,
            column=column,
            section=first.found.item.section_id,
            question=first.found.item.text,
            note=note,
        )


def _cut_short(ctx: CompanionContext) -> Iterator[Finding]:
    """Questions written cut short inside a sentence whose answer says nothing of the part cut."""
    blocks = ctx.document.blocks
    required = set(ctx.reading.required_groups())
    for found in ctx.reading.items:
        if (
            not found.cut
            or not found.answered
            or ctx.template.group_of(found.item.section_id).id not in required
        ):
            continue  # (a day the level does not require asks nothing: its questions are optional)
        # (an answer in the question's own paragraph is read with it: the words of the question
        # kept are not what the part left out asks)
        written = found.answer or (found.block,)
        answer = [blocks[number].text for number in written]
        linked = any(blocks[number].links for number in written)
        if speaks_to(answer, blocks[found.block].text, found.cut, linked):
            continue
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"this question is cut short: the {ctx.template.short_name} template also asks "
            f"'{shorten(found.cut, 80)}', and the answer {'below' if found.answer else 'after it'} does not "
            "say: restore the whole question and answer that part too",
            ctx.line_of(found.block),
            section=found.item.section_id,
            question=found.item.text,
        )


def _unlinked(ctx: CompanionContext) -> Iterator[Finding]:
    """Questions asking for a link ("… and link to any reports.") whose answer links nothing and
    does not say there is nothing to link or where the link is given."""
    from applint.matching.asked_evidence import (
        asks_only_link,
        link_asked,
        links_something,
        names_a_file,
        owes_no_link,
    )
    from applint.matching.non_answers import asks_for_self_assessment, names_other_document

    blocks = ctx.document.blocks
    required = set(ctx.reading.required_groups())
    for found in ctx.reading.items:
        asked = link_asked(found.item.text) if found.item.role == "question" else ""
        if not asked or not found.answered or ctx.template.group_of(found.item.section_id).id not in required:
            continue
        written = found.answer or (found.block,)
        answer = [blocks[number] for number in written]
        texts = [block.text for block in answer] if found.answer else [_after_question(answer[0])]
        if links_something(answer) or owes_no_link(texts, asked) or names_a_file(texts):
            continue  # (a file named is named_files': linked elsewhere, or told once at its line)
        if found.cut and not speaks_to(texts, blocks[found.block].text, found.cut, False):
            continue  # the question cut short is told so: _cut_short's finding
        if asks_for_self_assessment(found.item) and names_other_document(answer):
            continue  # answered with another document: _non_answers' finding
        only = asks_only_link(found.item.text)
        yield ctx.finding(
            ID,
            Severity.WARNING if only else Severity.INFO,
            f"the {ctx.template.short_name} template asks '{shorten(asked, 100)}', and the answer "
            f"{'below' if found.answer else 'after the question'} links nothing: link "
            f"{'it' if only else 'what it asks for'} (at a release tag or commit), or say there is none",
            ctx.line_of(written[0]),
            section=found.item.section_id,
            question=found.item.text,
        )


def _without_figures(ctx: CompanionContext) -> Iterator[Finding]:
    """Questions asking for figures (resource requirements, load testing results, "how many")
    whose answer holds no number and no link, and does not say there is nothing measured."""
    from applint.matching.asked_evidence import figures_asked, gives_figures, owes_no_link

    blocks = ctx.document.blocks
    required = set(ctx.reading.required_groups())
    noted = {id(answer.found) for answer in ctx.note_answers}
    for found in ctx.reading.items:
        asked = figures_asked(found.item.text) if found.item.role == "question" else ""
        if (
            not asked
            or not found.answer
            or id(found) in noted
            or ctx.template.group_of(found.item.section_id).id not in required
        ):
            continue
        answer = [blocks[number] for number in found.answer]
        if gives_figures(answer) or owes_no_link([block.text for block in answer], asked):
            continue
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the {ctx.template.short_name} template asks for figures ('{shorten(asked, 90)}'), and the "
            "answer below gives no number: state what was measured or is recommended (or link where it is), "
            "or say it has not been measured",
            ctx.line_of(found.answer[0]),
            section=found.item.section_id,
            question=found.item.text,
        )


def _after_question(block: Block) -> str:
    """The answer written after a bold question in its own paragraph or item."""
    text, strong = block.text.strip(), block.strong.strip()
    return text[len(strong) :].strip(" *:") if strong and text.startswith(strong) else text


def _without_sub_questions(ctx: CompanionContext) -> Iterator[Finding]:
    """Questions with sub-questions answered in one piece, the sub-questions left out, whose
    answer says nothing of at least half of them."""
    blocks = ctx.document.blocks
    reading = ctx.reading
    kept = {found.item.within for found in reading.items if found.item.within}
    required = set(reading.required_groups())
    for group in reading.groups:
        if group.item.text in kept:
            continue
        subs = ctx.template.sub_questions(group.item)
        if not group.answer:
            if ctx.template.group_of(group.item.section_id).id in required:
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f"question not answered: '{shorten(group.item.text, 80)}' (and the {len(subs)} questions the "
                    f"{ctx.template.short_name} template asks under it): write them under it and answer each "
                    "(or N/A with a brief reason)",
                    ctx.line_of(group.block),
                    section=group.item.section_id,
                    question=group.item.text,
                    unanswered=len(subs),
                )
            continue
        missed = unaddressed([blocks[number].text for number in group.answer], group.item.text, subs)
        if not answered_in_part(missed, subs):
            continue
        first = shorten(missed[0].text, 70)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the answer under this question says nothing of {len(missed)} of the {len(subs)} questions the "
            f"{ctx.template.short_name} template asks under it, the first: '{first}': write them under it and "
            "answer each (or N/A with a brief reason)",
            ctx.line_of(group.block),
            section=group.item.section_id,
            question=group.item.text,
            unanswered=len(missed),
        )


def _older_dd_questions(ctx: LintContext) -> Iterator[Finding]:
    """The older DD format's questions left without an answer, one finding per run."""
    if not ctx.selection.due_diligence or ctx.follows_template:
        return
    for run in unanswered_runs(ctx.document):
        first, last = run[0], run[-1]
        count = len(run)
        where = ctx.where(first.line) if count == 1 else f"lines {first.line}-{last.line}"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{'a question' if count == 1 else f'{count} questions'} of the older DD template "
            f"{'is' if count == 1 else 'are'} left unanswered ({where}), the first: "
            f"'{shorten(first.text, 70)}'; write the TOC's answer under each (N/A with a reason where "
            "it does not apply), or remove the questions the due diligence does not address",
            first,
            unanswered=count,
            questions=[block.text for block in run],
        )


def _day(title: str) -> str:
    """'Day 1' of 'Day 1 - Installation and Deployment Phase'."""
    return title.split(" - ")[0].replace("\\", "").strip()


RULE = Rule(
    ID,
    Severity.WARNING,
    "A GTR question of a day the level must answer, or an older DD's question, has no answer.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY | {"due-diligence"},
)
