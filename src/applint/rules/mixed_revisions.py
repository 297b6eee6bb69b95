"""mixed-revisions: the application states criteria in the wording of two template revisions.

Why: drafts updated by hand keep criteria a later revision reworded or removed next to the ones it
added; the TOC reviews against one revision, and an old wording asks (or answers) an old question.
The document is checked against the newer revision; this says, once, which criteria come from
which revision.

Severity: info, at the first criterion worded as another revision words it.

The message names each such criterion, the newest revision that words it so, and the wording of
the revision checked against (or that it has no such criterion any more). JSON
``details.borrowed`` lists them all, with their lines. A criterion ``applint upgrade`` kept with
its "not in …; kept from …" comment is already explained in place and is not repeated.

A criterion the revision checked against removed is told to be deleted with its answer (never to
be ticked). A section whose criteria come exactly in an older revision's order, where the revision
checked against reordered them (Governance and Maintainers' Suggested criteria before 2025-07-14),
gets one finding of its own at the first criterion out of that order: the part was pasted from an
older text.

Passes: every criterion in the wording of the revision checked against (or reworded by the
author, or with a clause dropped); a TOC due-diligence document.
Fails: the latest criteria with the 2025-08-19 "Engage with the domain specific TAG(s) to increase
awareness through a presentation or completing a General Technical Review." kept.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule, describe_section, shorten

ID = "mixed-revisions"
SHOWN = 4


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.selection.forced or not ctx.follows_template or ctx.selection.due_diligence:
        return
    yield from _borrowed(ctx)
    yield from _reordered(ctx)


def _reordered(ctx: LintContext) -> Iterator[Finding]:
    """Each section whose criteria come in an older revision's order, once, at the first out of it."""
    criteria = ctx.mapping.criteria
    stated = [criteria[criterion.id] for criterion in ctx.template.criteria if criterion.id in criteria]
    if stated == sorted(stated):
        return  # every criterion where the template puts it: no section is out of order
    from applint.matching.reordered_criteria import reordered_sections

    for found in reordered_sections(ctx.document, ctx.template, ctx.mapping.criteria):
        section = f"'{describe_section(ctx, found.section_id)}'"
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the criteria of {section} are listed in the order of {found.revision}; {ctx.template.id}, "
            f'which the application follows, lists "{shorten(found.first, 60)}" first: reorder them as it '
            "does (the part was likely pasted from an older text: check its wording too)",
            found.line,
            section=found.section_id,
            revision=found.revision,
        )


def _borrowed(ctx: LintContext) -> Iterator[Finding]:
    borrowed = ctx.selection.borrowed
    if not borrowed:
        return
    template = ctx.template.id
    parts = []
    for item in borrowed[:SHOWN]:
        if item.replacement:
            advice = f'{template} words it "{shorten(item.replacement, 60)}"'
        elif item.newer:
            advice = f"{template} does not have it yet"
        else:
            advice = f"{template} no longer has it"
        if item.replacement or item.newer:
            parts.append(
                f'"{shorten(item.text, 60)}" ({ctx.where(item.line)}) is worded as in {item.revision}; {advice}'
            )
        else:
            parts.append(
                f'"{shorten(item.text, 60)}" ({ctx.where(item.line)}) is worded as in {item.revision}, '
                f"the last revision that asks it; {template} no longer has it"
            )
    more = f"; and {len(borrowed) - SHOWN} more" if len(borrowed) > SHOWN else ""
    todo = []
    if any(not item.newer and item.replacement for item in borrowed):
        todo.append(f"reword each older one as {template} does")
    if any(not item.newer and not item.replacement for item in borrowed):
        todo.append(
            f"delete each criterion {template} no longer has, with its answer (it is not asked any more)"
        )
    newest = max((item.revision for item in borrowed if item.newer), default=None, key=_date)
    if newest:
        todo.append(f"bring the rest of the application up to {newest} ('applint upgrade --to {newest}')")
    yield ctx.finding(
        ID,
        Severity.INFO,
        f"mixes template revisions: it is checked against {template}, but {'; '.join(parts)}{more}; "
        + "; ".join(todo),
        borrowed[0].line,
        found=template,
        borrowed=[item.as_dict() for item in borrowed],
    )


def _date(revision: str) -> str:
    """A revision id's date part ("graduation-v1.6-2026-05-06" -> "2026-05-06")."""
    return revision.split("-", 2)[2]


RULE = Rule(
    ID, Severity.INFO, "The application words criteria as two template revisions do.", check, __doc__ or ""
)
