"""The two-values-for-one-fact half of contradictory-assertion: one document giving two dates for
one event (the Sandbox acceptance in the level assertion and in the text, the TAG presentation),
two issue or pull request numbers for one review in one repository, two counts of maintainers,
adopters, contributors, releases or the organisations the maintainers come from, a security audit or
assessment said to be open and done, a practice (Dependabot, the DCO, SBOMs) said to be in place
and not yet (``matching.practice_states``), two dates for joining the CNCF or for one release, two versions
of the project's current release (``matching.facts`` reads what each value is of), and as info, values that may both be real but leave the reader to guess: one
person's two e-mail addresses or GitHub handles, one chart's two addresses in one registry; and a count of adopters claimed
("more than 10 adopters") above the number the Adoption Assertion lists, when that list is the
whole answer (no ADOPTERS file linked: ``matching.adoption``); and a count that disagrees with
the parts in parentheses or the list right after it ("4 levels (2 Owners, 3 Maintainers, 1
Member)", "5 maintainers:" over four names: ``matching.counted_lists``), or with the one list of
that set elsewhere in the document ("Maintainer team (7 members)" under one question, eight
maintainers listed under another: ``matching.counted_sets``).

A time of day that contradicts itself, a 24-hour hour with AM or PM ("Tuesday 19:00 PM China
Standard Time": ``text.clock_times``). In companion documents (GTR, governance review,
self-assessment) too: two dates for one event, two counts of maintainers or adopters, a count
against its list, such a time (not the review issues they link: a review links its own issue and
its application's).

Not a rule of its own: contradictory_assertion yields these findings under its id, as warnings (a
reviewer asks which is right; neither box is necessarily wrong).
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.adoption import adopter_claims
from applint.matching.counted_lists import find_count_mismatches
from applint.matching.counted_sets import find_set_mismatches
from applint.matching.fact_records import Fact
from applint.matching.progress import locate
from applint.model import BlockKind
from applint.rules.context import DocumentContext, LintContext
from applint.text.clock_times import MARKERS, mixed_clock_times

ID = "contradictory-assertion"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    yield from _two_values(ctx)
    yield from _count_mismatches(ctx)
    yield from _mixed_clock_times(ctx)
    if isinstance(ctx, LintContext) and not ctx.selection.due_diligence:
        yield from adopters_claimed(ctx)


def _mixed_clock_times(ctx: DocumentContext) -> Iterator[Finding]:
    """A 24-hour time written with AM or PM ("Tuesday 19:00 PM China Standard Time")."""
    blocks = ctx.document.blocks
    for index in sorted(ctx.joined_text.holding(*MARKERS)):
        block = blocks[index]
        if block.kind in (BlockKind.CODE, BlockKind.COMMENT):
            continue
        for written in mixed_clock_times(block.text):
            line, column = locate(ctx.document, block, written, set())
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f'"{written}" is a 24-hour time with "{_half_of_day(written)}": a reader cannot tell which time '
                "is meant; write it on one clock (19:00, or 7:00 PM)",
                line,
                column,
                time=written,
            )


def _half_of_day(written: str) -> str:
    """The "AM" or "PM" (or "a.m.", "p.m.") a time is written with."""
    return written.rsplit(" ", 1)[-1].lstrip("0123456789:.") or written[-2:]


def _two_values(ctx: DocumentContext) -> Iterator[Finding]:
    """One finding per pair of places that disagree: a sentence giving two values that an earlier
    one gives otherwise ("12 maintainers from 5 companies", later "10 maintainers from 4 companies")
    is one statement to correct, named once with both values."""
    conflicts: dict[tuple[int, int, bool], list[tuple[Fact, Fact, int | None]]] = {}
    for fact, stated, line, column, stated_line in _conflicts(ctx):
        conflicts.setdefault((line, stated_line, fact.exclusive), []).append((fact, stated, column))
    for (line, stated_line, exclusive), found in conflicts.items():
        fact, stated, column = found[0]
        if exclusive:
            severity, advice = Severity.WARNING, "correct the one that is wrong so both say the same"
        else:  # both may be right (a person's two addresses): the reader is to know which to use
            severity, advice = Severity.INFO, "give one in both places, or say which to use"
        also = "".join(
            f', and {other.subject} as "{other.written}" but as "{earlier.written}"'
            for other, earlier, _ in found[1:]
        )
        yield ctx.finding(
            ID,
            severity,
            f'{fact.subject} is given as "{fact.written}" here but as "{stated.written}" at '
            f"{ctx.where(stated_line)}{also}; {advice}",
            line,
            column,
            first_line=stated_line,
            fact=fact.subject,
        )


def _conflicts(ctx: DocumentContext) -> Iterator[tuple[Fact, Fact, int, int | None, int]]:
    """Each fact whose value disagrees with the first given for its key, with the first, its own
    line and column and the first's line."""
    first: dict[tuple[str, ...], tuple[Fact, int]] = {}
    reported: dict[tuple[str, ...], list[Fact]] = {}
    # A companion document is itself a review: the issues it links "for the governance review" are
    # its own and its application's, not two answers for one review.
    facts = ctx.facts if isinstance(ctx, LintContext) else [f for f in ctx.facts if f.key[0] != "link"]
    for fact in facts:
        line, column = locate(ctx.document, fact.block, fact.written, set())
        held = first.get(fact.key)
        if held is None:
            first[fact.key] = (fact, line)
            continue
        stated, stated_line = held
        if (
            fact.in_another_entry(stated)
            or fact.agrees(stated)
            or any(fact.agrees(seen) for seen in reported.get(fact.key, []))
        ):
            continue
        reported.setdefault(fact.key, []).append(fact)
        yield fact, stated, line, column, stated_line


def _count_mismatches(ctx: DocumentContext) -> Iterator[Finding]:
    """A count that disagrees with the parts or the list it introduces (``matching.counted_lists``),
    or with the document's one list of the set it counts (``matching.counted_sets``)."""
    mismatches = find_count_mismatches(ctx.document, ctx.joined_text)
    counted = {id(mismatch.block) for mismatch in mismatches}
    mismatches += [m for m in find_set_mismatches(ctx.document, ctx.facts) if id(m.block) not in counted]
    for mismatch in mismatches:
        line, column = locate(ctx.document, mismatch.block, mismatch.written, set())
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'"{mismatch.written}" is stated here but {mismatch.found}; correct the count or the '
            "list so they agree",
            line,
            column,
            count=mismatch.written,
        )


def adopters_claimed(ctx: LintContext) -> Iterator[Finding]:
    """A count of adopters claimed above what the Adoption Assertion lists as its whole answer."""
    adoption = ctx.adoption
    if adoption is None or adoption.adopters_file or adoption.anchored or adoption.described == 0:
        return  # the full list is elsewhere, or there is none to compare (adopters' own finding)
    for claim in adopter_claims(ctx.document, ctx.joined_text, ctx.template.kind):
        if claim.least <= adoption.described:
            continue
        line, column = locate(ctx.document, claim.block, claim.written, set())
        where = ctx.where(adoption.heading.line) if adoption.heading is not None else "the Adoption Assertion"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'the application claims "{claim.written}" but the Adoption Assertion ({where}) lists '
            f"{adoption.described}; list them all there (or link the ADOPTERS file), or correct the count",
            line,
            column,
            listed=adoption.described,
        )
        return  # one claim is enough to ask about
