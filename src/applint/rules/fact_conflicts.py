"""The two-values-for-one-fact half of contradictory-assertion: one document giving two dates for
one event (the Sandbox acceptance in the level assertion and in the text, the TAG presentation),
two issue or pull request numbers for one review in one repository, or two counts of maintainers
or adopters (``matching.facts`` reads what each value is of); and a count of adopters claimed
("more than 10 adopters") above the number the Adoption Assertion lists, when that list is the
whole answer (no ADOPTERS file linked: ``matching.adoption``); and a count that disagrees with
the parts in parentheses or the list right after it ("4 levels (2 Owners, 3 Maintainers, 1
Member)", "5 maintainers:" over four names: ``matching.counted_lists``).

Not a rule of its own: contradictory_assertion yields these findings under its id, as warnings (a
reviewer asks which is right; neither box is necessarily wrong).
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.adoption import adopter_claims
from applint.matching.counted_lists import find_count_mismatches
from applint.matching.facts import Fact
from applint.matching.progress import locate
from applint.rules.context import LintContext

ID = "contradictory-assertion"


def check(ctx: LintContext) -> Iterator[Finding]:
    yield from _two_values(ctx)
    yield from _count_mismatches(ctx)
    if not ctx.selection.due_diligence:
        yield from adopters_claimed(ctx)


def _two_values(ctx: LintContext) -> Iterator[Finding]:
    first: dict[tuple[str, ...], tuple[Fact, int]] = {}
    reported: dict[tuple[str, ...], list[Fact]] = {}
    for fact in ctx.facts:
        line, column = locate(ctx.document, fact.block, fact.written, set())
        held = first.get(fact.key)
        if held is None:
            first[fact.key] = (fact, line)
            continue
        stated, stated_line = held
        if fact.agrees(stated) or any(fact.agrees(seen) for seen in reported.get(fact.key, [])):
            continue
        reported.setdefault(fact.key, []).append(fact)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'{fact.subject} is given as "{fact.written}" here but as "{stated.written}" at '
            f"{ctx.where(stated_line)}; correct the one that is wrong so both say the same",
            line,
            column,
            first_line=stated_line,
            fact=fact.subject,
        )


def _count_mismatches(ctx: LintContext) -> Iterator[Finding]:
    """A count that disagrees with the parts or the list it introduces (``matching.counted_lists``)."""
    for mismatch in find_count_mismatches(ctx.document, ctx.joined_text):
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
    if adoption is None or adoption.adopters_file or adoption.anchored or adoption.listed == 0:
        return  # the full list is elsewhere, or there is none to compare (adopters' own finding)
    for claim in adopter_claims(ctx.document, ctx.joined_text, ctx.template.kind):
        if claim.least <= adoption.listed:
            continue
        line, column = locate(ctx.document, claim.block, claim.written, set())
        where = ctx.where(adoption.heading.line) if adoption.heading is not None else "the Adoption Assertion"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'the application claims "{claim.written}" but the Adoption Assertion ({where}) lists '
            f"{adoption.listed}; list them all there (or link the ADOPTERS file), or correct the count",
            line,
            column,
            listed=adoption.listed,
        )
        return  # one claim is enough to ask about
