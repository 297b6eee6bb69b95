"""The boxes-against-text half of contradictory-assertion: a ticked readiness attestation while
Required criteria are not met, a ticked criterion whose own evidence says it is not done, and the
OpenSSF badge level claimed against the level the evidence names, in its words or in the address of
the badge it links (``text.badges``).

Not a rule of its own: contradictory_assertion yields these findings under its id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import Unfinished, is_silver_gold_badge, locate
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import shorten
from applint.templates.records import Criterion
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

ID = "contradictory-assertion"
NAMED = 3  # criteria named in the attestation's message before "and N more"


def check(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.ticks_known:
        return
    yield from _attestation(ctx)
    for criterion in ctx.template.criteria:
        found = ctx.evidence.get(criterion.id)
        if found is None or not found.statement.checked:
            continue
        badge = list(_badge_level(ctx, criterion)) if is_silver_gold_badge(criterion) else []
        if not badge:  # one finding per criterion: "silver: in progress" is the badge finding's reason
            yield from _not_done(ctx, criterion)
        yield from badge


def is_attestation(criterion: Criterion) -> bool:
    """The readiness triage acknowledgement ("I have reviewed the TOC's … readiness triage guide")."""
    return criterion.text.lower().startswith("i have reviewed the toc")


def _attestation(ctx: LintContext) -> Iterator[Finding]:
    attestation = next((c for c in ctx.template.criteria if is_attestation(c)), None)
    found = ctx.evidence.get(attestation.id) if attestation else None
    if attestation is None or found is None or not found.statement.checked:
        return
    unmet: list[str] = []
    for criterion in ctx.template.criteria:
        if not criterion.required or criterion is attestation or criterion.choice:
            continue
        if criterion.completed_by == "toc":
            continue
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None:
            continue
        marks = [mark for mark in ctx.progress.unfinished.get(criterion.id, []) if _says_unmet(mark)]
        if not evidence.statement.checked:
            state = f"unticked, {ctx.where(evidence.statement.line)}"
        elif marks:
            state = f"marked '{shorten(marks[0].phrase, 30)}', {ctx.where(marks[0].block.line)}"
        else:
            continue
        unmet.append(f'"{shorten(criterion.text, 50)}" ({state})')
    if not unmet:
        return
    named = "; ".join(unmet[:NAMED]) + (f"; and {len(unmet) - NAMED} more" if len(unmet) > NAMED else "")
    yield ctx.finding(
        ID,
        Severity.ERROR,
        f"the readiness attestation is ticked (the criteria are met) but {len(unmet)} Required "
        f"criteri{'a are' if len(unmet) != 1 else 'on is'} not: {named}; meet them or untick the attestation "
        "(unmet criteria get the application closed)",
        found.statement,
        section=attestation.section_id,
        criteria=len(unmet),
    )


_UNMET_NOTE = LazyPattern(r"(?i)blocked|pending|\bwip\b")


def _says_unmet(mark: Unfinished) -> bool:
    """A "not yet" statement or a BLOCKED/pending/WIP flag (a TODO says the text is unwritten,
    not that the criterion is unmet)."""
    return mark.kind != "note" or _UNMET_NOTE.search(mark.phrase) is not None


def _not_done(ctx: LintContext, criterion: Criterion) -> Iterator[Finding]:
    """One finding per ticked criterion whose evidence says it is not done (notes are todo-marker's)."""
    marks = ctx.progress.unfinished.get(criterion.id, [])
    if not marks or any(mark.kind == "note" for mark in marks):
        return
    mark = marks[0]
    line, _ = locate(ctx.document, mark.block, mark.phrase, set())
    statement = ctx.evidence[criterion.id].statement
    yield ctx.finding(  # at the box that claims it, like every finding about a criterion
        ID,
        Severity.ERROR,
        _not_done_message(criterion, mark) + (f" ({ctx.where(line)})" if line != statement.line else ""),
        statement,
        section=criterion.section_id,
        criterion=criterion.id,
        phrase_line=line,
        fold=criterion.id,
        facet=f'its evidence says "{mark.phrase}" ({ctx.where(line)})',
    )


def _not_done_message(criterion: Criterion, mark: Unfinished) -> str:
    if mark.kind == "percent":
        return (
            f'"{shorten(criterion.text, 60)}" is ticked but its evidence gives {mark.phrase}: the passing '
            "badge is awarded at 100%; untick it until the badge is earned"
        )
    return (
        f'"{shorten(criterion.text, 60)}" is ticked but its evidence says "{mark.phrase}"; untick it until '
        "it is done, or correct the evidence"
    )


_NAMES_PASSING = LazyPattern(r"\bpassing\b", re.IGNORECASE)
_NAMES_HIGHER = LazyPattern(r"\b(?:silver|gold)\b", re.IGNORECASE)


# Words that make "silver" or "gold" a goal rather than a level held: "working towards silver",
# "gold is our next goal", "silver: in progress".
_AIM = LazyPattern(
    r"\b(?:toward|towards|aim|aiming|aims|plan|plans|planned|planning|next|goal|target|pursu\w*|working|"
    r"progress|not\s+yet|yet\s+to|future|eventually|hope|intend\w*|will|would|should|once)\b",
    re.IGNORECASE,
)


def _without_comments(text: str) -> str:
    return _COMMENT.sub(" ", text) if "<!--" in text else text


_COMMENT = LazyPattern(r"<!--.*?(?:-->|$)", re.DOTALL)


def _claims_higher(evidence: str) -> bool:
    """True when the evidence says the project holds the silver or gold badge: a clause naming the
    level that does not speak of it as a goal."""
    for clause in cached_pattern(r"[.;!?\n]|,\s+(?:but|and|while)\b").split(evidence):
        if _NAMES_HIGHER.search(clause) and not _AIM.search(clause):
            return True
    return False


def _badge_level(ctx: LintContext, criterion: Criterion) -> Iterator[Finding]:
    """ "silver or gold badge" ticked while the evidence names only the passing badge (silver or gold
    named only as a goal, "working towards silver", does not count)."""
    found = ctx.evidence[criterion.id]
    statement = found.statement
    # What the reader sees: a comment ("<!-- TODO: confirm passing/silver/gold -->") claims nothing.
    texts = [
        statement.text[len(statement.strong) :],
        *(_without_comments(block.text) for block in found.blocks if block.kind is not BlockKind.COMMENT),
    ]
    evidence = " ".join(texts)
    if _NAMES_PASSING.search(evidence):
        if not _claims_higher(evidence):
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f'"{shorten(criterion.text, 60)}" is ticked but its evidence names only the passing badge; '
                "untick it, or link the silver or gold badge",
                statement,
                section=criterion.section_id,
                criterion=criterion.id,
                fold=criterion.id,
                facet="its evidence names only the passing badge",
            )
        return  # passing and silver named both: a history ("passing in 2021, silver in 2024")
    from applint.text.badges import badge_level  # (only for a ticked badge criterion not naming passing)

    linked = [(block, url) for block in (statement, *found.blocks) for url in block.links if badge_level(url)]
    if linked and all(badge_level(url) == "passing" for _, url in linked) and _claims_higher(evidence):
        block, url = linked[0]
        line, _ = locate(ctx.document, block, url, set())
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f'"{shorten(criterion.text, 60)}" is ticked and its evidence claims silver or gold, but the badge '
            f"it links ({ctx.where(line)}) is the passing level; link the silver or gold badge, or untick it",
            statement,
            section=criterion.section_id,
            criterion=criterion.id,
            badge_line=line,
            fold=criterion.id,
            facet=f"the badge it links ({ctx.where(line)}) is the passing level",
        )
