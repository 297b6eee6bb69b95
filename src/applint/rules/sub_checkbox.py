"""sub-checkbox: a criterion's sub-box that disagrees with its criterion or with the evidence.

Why: some criteria list what they require as sub-boxes (the graduation release process: release
expectations, tagging, branch and tag strategies, support, artifacts; the Third Party Security
Review: "moderate and low findings are planned/tracked for resolution"). A ticked criterion with
an unticked sub-box claims the whole while admitting a part is missing; a ticked sub-box with
nothing written for it claims what the text does not show. Reviewers ask about both.

A ticked sub-box whose own words, or the text nested under it, say the part is not done ("the
support policy is still being drafted", "planned for Q3") claims what the text denies; under a
ticked criterion contradictory-assertion already reports that at the criterion, so here only under
an unticked one. The phrase is read in its sentence as contradictory-assertion reads it.

Severity: warning for an unticked sub-box under a ticked criterion (as an unticked Required
criterion is a warning); error for a ticked sub-box with nothing to support it (as a ticked
criterion without evidence is an error) or whose text says it is not done. At the sub-box.

A sub-box is a checkbox below a criterion's statement, nested under it or (written at the same
level) holding a sub-item of the template's. It is supported by its own words beyond the
template's (or a link), by text nested under it, or by evidence the criterion has besides its
sub-boxes. When the criterion has no evidence at all, criterion-without-evidence reports it once
at the criterion, and the sub-boxes are not reported again.

In a TOC due-diligence document the boxes are the TOC's verdicts, and the advice is the TOC
member's: tick a sub-box the TOC found met, or untick the criterion and say in its evaluation
what is missing (never "meet it").

Passes: every sub-box ticked, followed by "Our RELEASES.md defines each of these: https://…".
Fails: ``- [ ] Branch and platform support and length of support`` under a ticked release
criterion.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion
from applint.text.markers import strip_markers
from applint.text.normalize import content_words, normalize
from applint.text.status import find_not_done

ID = "sub-checkbox"
OWN_WORDS = 2
_NOT_CONTENT = (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.FRONT_MATTER, BlockKind.HEADING)


def check(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.ticks_known:
        return
    for criterion in ctx.template.criteria:
        found = ctx.evidence.get(criterion.id)
        region = ctx.sub_boxes.get(criterion.id)
        if found is None or region is None:
            continue
        statement = found.statement
        subs, children, general = region.boxes, region.children, region.general
        if ctx.selection.due_diligence and statement.checked is False and region.all_ticked:
            yield _parent_unticked(ctx, criterion, statement, len(subs))
            continue
        supported_by_evidence = _inline(statement) or any(_is_content(ctx, b) for b in general)
        for position, sub in enumerate(subs):
            if sub.checked and not statement.checked:
                said = _says_not_done(ctx, [sub, *children[position]])
                if said is not None:
                    phrase, line = said
                    yield ctx.finding(
                        ID,
                        Severity.ERROR,
                        f'sub-item "{shorten(sub.text, 50)}" is ticked but '
                        f"{'its text' if line == sub.line else f'the text under it ({ctx.where(line)})'} "
                        f'says "{phrase}"; untick it until it is done, or correct the text',
                        sub,
                        section=criterion.section_id,
                        criterion=criterion.id,
                        phrase_line=line,
                    )
                    continue
            if statement.checked and not sub.checked:
                # In a DD document the boxes are the TOC's verdicts: an unticked one is not concluded.
                advice = (
                    "tick it if the TOC found it met, or untick the criterion and say in its evaluation "
                    "what is missing"
                    if ctx.selection.due_diligence
                    else "meet it and tick it, or untick the criterion"
                )
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f'sub-item "{shorten(sub.text, 50)}" of ticked criterion "{shorten(criterion.text, 50)}" '
                    f"is not ticked; {advice}",
                    sub,
                    section=criterion.section_id,
                    criterion=criterion.id,
                )
            elif sub.checked and found.has_content and not supported_by_evidence:
                if _own_words(sub, criterion) or any(_is_content(ctx, b) for b in children[position]):
                    continue
                write = (
                    "write what the TOC checked and found for it (with a link)"
                    if ctx.selection.due_diligence
                    else "write how the project meets it (what, where, a link)"
                )
                yield ctx.finding(
                    ID,
                    Severity.ERROR,
                    f'sub-item "{shorten(sub.text, 60)}" is ticked but nothing shows it; {write} or untick it',
                    sub,
                    section=criterion.section_id,
                    criterion=criterion.id,
                )


def _parent_unticked(ctx: LintContext, criterion: Criterion, statement: Block, count: int) -> Finding:
    """A criterion left unticked while every one of its sub-boxes is ticked: the parent box is what
    is missing, or the text does not say which part is not met."""
    who = "the TOC found" if ctx.selection.due_diligence else "the project meets"
    return ctx.finding(
        ID,
        Severity.WARNING,
        f'"{shorten(criterion.text, 50)}" is unticked although all {count} of its sub-items are ticked; '
        f"tick the criterion if {who} it met, or untick the sub-item that is not met and say why",
        statement,
        section=criterion.section_id,
        criterion=criterion.id,
    )


def _says_not_done(ctx: LintContext, blocks: list[Block]) -> tuple[str, int] | None:
    """The first phrase in a sub-box or the text nested under it saying the work is not done, and
    its line (the template's own words say nothing)."""
    for block in blocks:
        if block.kind in _NOT_CONTENT or is_template_text(block.text, ctx.template.kind):
            continue
        found = find_not_done(block.text)
        if found:
            phrase = found[0][1]
            return phrase, locate(ctx.document, block, phrase, set())[0]
    return None


def _own_words(sub: Block, criterion: Criterion) -> bool:
    """Whether a sub-box says more than the template's sub-item (or links something)."""
    if sub.links:
        return True
    words = content_words(sub.text)
    template = (
        set().union(*(content_words(item) for item in criterion.sub_items)) if criterion.sub_items else set()
    )
    return len(words - template) >= OWN_WORDS


def _inline(statement: Block) -> bool:
    rest = statement.text[len(statement.strong) :] if statement.strong else ""
    return len(normalize(strip_markers(rest)).split()) >= OWN_WORDS


def _is_content(ctx: LintContext, block: Block) -> bool:
    if block.kind in _NOT_CONTENT or not block.text or is_template_text(block.text, ctx.template.kind):
        return False
    return bool(block.links) or len(normalize(strip_markers(block.text)).split()) >= OWN_WORDS


RULE = Rule(
    ID,
    Severity.WARNING,
    "A criterion's sub-box disagrees with the criterion or the evidence.",
    check,
    __doc__ or "",
)
