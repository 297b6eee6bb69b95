"""criterion-without-evidence: a criterion with nothing of its own under it but white space,
template comments, placeholders or TODOs, or whose evidence only says the criterion again.

Why: the TOC reads the evidence, not the checkbox. A ticked box with nothing below claims what
the text does not show, and reviewers close such applications.

Severity: error for a ticked criterion; warning for an unticked Required one (reported together
with its missing tick by unchecked-criterion, as one finding). Unticked Suggested criteria (an
unanswered one is unanswered-suggested's, info), the assertions (the level assertion, the
readiness attestation) and boxes the TOC ticks itself need no evidence.

Evidence is the criterion's own: the text of its item beyond the statement (a link, the words
after a bold statement, a reworded statement that names where), its nested sub-items, and what
follows up to the next criterion or template section. A criterion followed directly by the next
one has none: it does not share what is written below the next. When a section answers its
criteria once ("This section is covered by our Governance Review [link]", above the first
criterion or below the last), the section gets one warning naming the criteria that have nothing
of their own, at the section's heading.

Evidence that only says the criterion again is no evidence either: under a ticked criterion that
asks for evidence (in an export that dropped the boxes, a Required one), an answer with nothing a reviewer can check (no link, no file, path or code
span, no number, date or schedule, no name of the project's own, no quoted title, no place or
pointer to where the document shows it) that stays close to the criterion's words, paraphrase
included ("Examplo has a clearly defined process for reporting security issues" under "Clearly
defined and discoverable process to report security issues"), gets a warning at the answer's first
line: judgement is involved. One finding per criterion: evidence-without-link leaves such an
answer to this rule, and an answer that names a document without linking it ("described in the
contributor guide on our website") is evidence-without-link's, not this rule's. Not for an answer
that the criterion does not apply, an unticked criterion, an assertion or a box the TOC ticks, nor
in a due-diligence document (the TOC member's evaluation is judgement, not a claim).

In a TOC due-diligence document the evaluation is what must be under each criterion: "no
evaluation under …", an error when the box is ticked, a warning for an unticked Required
criterion, info for an unticked Suggested one while the document is being written (its Evaluation
Summary still holds the template's placeholders: in a finished one an unticked Suggested box with
nothing under it is the TOC's verdict). "N/A" (or "does
not apply") under a criterion is an evaluation. The TOC's verification of adopters needs none of
its own when the Adoption portion records the interviews; with only the template's "Refer to the
Adoption portion of this document." under it and every Adopter block still the template's (or
none), it is reported too.

Passes: ``- [x] **Clear and discoverable project governance documentation.**`` followed by
"Our [governance](https://…/GOVERNANCE.md) is linked from the README."; ``- [x] Our maintainers
are listed in [MAINTAINERS.md](https://…).``
Fails: the same statement followed only by ``<!-- (Project assertion goes here) -->``, or by
``TODO``, or directly by the next criterion (error); ``- [x] **Document the project's release
process.**`` followed by "The project documents its release process and follows it for every
release." (warning; "… documented in RELEASE.md" or "… 14 releases since 2023" passes).
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.evidence import Evidence
from applint.rules.context import LintContext
from applint.rules.rule import Rule, describe_section, shorten
from applint.templates.records import Criterion

ID = "criterion-without-evidence"


def check(ctx: LintContext) -> Iterator[Finding]:
    covered: dict[str, list[tuple[Criterion, Evidence]]] = {}
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if (
            evidence is None
            or evidence.has_content
            or evidence.unfilled
            or not ctx.asks_for_evidence(criterion)
        ):
            continue  # (an unfilled template sub-bullet is the placeholder finding at its line)
        statement = evidence.statement
        due_diligence = ctx.selection.due_diligence
        if (
            not statement.checked
            and not criterion.required
            and not (due_diligence and _summary_unwritten(ctx))
        ):
            # An unticked Suggested criterion claims nothing (nor blocks the level); in a DD still
            # being written (its summary the template's) its evaluation is still to write.
            continue
        if evidence.covered_by is not None:
            covered.setdefault(_covering_section(ctx, criterion, evidence), []).append((criterion, evidence))
            continue
        # Where the answer should be: a note to the author there is a facet of this finding.
        answer = [statement.line, evidence.end_line]
        if due_diligence:
            from applint.rules import dd_verdicts  # only DD documents need it

            if not dd_verdicts.not_applicable(evidence):  # "N/A" is the TOC's evaluation
                yield dd_verdicts.unevaluated(ctx, ID, criterion, statement, answer)
            continue
        if statement.checked:
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f'"{shorten(criterion.text, 60)}" is ticked but nothing below it shows it; '
                "write the evidence (what, where, a link) or untick it",
                statement,
                section=criterion.section_id,
                criterion=criterion.id,
                answer_lines=answer,
            )
        else:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f'no evidence under "{shorten(criterion.text, 60)}"; write what the project has, with a link',
                statement,
                section=criterion.section_id,
                criterion=criterion.id,
                answer_lines=answer,
            )
    for section_id, items in covered.items():
        yield _section_finding(ctx, section_id, items)
    if ctx.selection.due_diligence:
        from applint.rules import dd_verdicts  # only DD documents need it

        unverified = dd_verdicts.unverified_adopters(ctx, ID)
        if unverified is not None:
            yield unverified
    yield from _restatements(ctx)


def _summary_unwritten(ctx: LintContext) -> bool:
    from applint.rules import dd_verdicts  # only DD documents need it

    return dd_verdicts.summary_unwritten(ctx)


def _restatements(ctx: LintContext) -> Iterator[Finding]:
    """Ticked criteria whose evidence only says the criterion again: at the evidence's first line."""
    if not ctx.restatements:
        return
    for criterion in ctx.template.criteria:
        beyond = ctx.restatements.get(criterion.id)
        if beyond is None or ctx.progress.unfinished.get(criterion.id):
            continue  # (a note or "not yet" in it: todo-marker or contradictory-assertion says so)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'the evidence under "{shorten(criterion.text, 60)}" repeats the criterion without showing '
            "where: link the document or name where the TOC can see it",
            beyond.line,
            section=criterion.section_id,
            criterion=criterion.id,
            restates=True,
        )


def _covering_section(ctx: LintContext, criterion: Criterion, evidence: Evidence) -> str:
    """The innermost template section whose document section holds the covering block."""
    block = evidence.covered_by
    for section in ctx.template.lineage(criterion.section_id):
        found = ctx.mapping.sections.get(section.id)
        if (
            found is not None
            and block is not None
            and found.heading is not None
            and found.heading.line <= block.line
        ):
            return section.id
    return criterion.section_id


def _section_finding(ctx: LintContext, section_id: str, items: list[tuple[Criterion, Evidence]]) -> Finding:
    block = items[0][1].covered_by
    found = ctx.mapping.sections.get(section_id)
    at = found.heading if found is not None and found.heading is not None else items[0][1].statement
    names = ", ".join(f'"{shorten(criterion.text, 40)}"' for criterion, _ in items[:4])
    more = f" and {len(items) - 4} more" if len(items) > 4 else ""
    where = f" ({ctx.where(block.line)})" if block is not None else ""
    if ctx.selection.due_diligence:
        message = (
            f"'{describe_section(ctx, section_id)}' is evaluated once for the whole section{where}; "
            f"{len(items)} criteria have no evaluation of their own: {names}{more}; "
            "under each, say what the TOC found for it"
        )
    else:
        message = (
            f"'{describe_section(ctx, section_id)}' answers its criteria once for the whole section{where}; "
            f"{len(items)} criteria have no evidence of their own: {names}{more}; "
            "under each, say where that evidence shows it is met"
        )
    return ctx.finding(
        ID,
        Severity.WARNING,
        message,
        at,
        section=section_id,
        criteria=[criterion.id for criterion, _ in items],
        evidence_line=block.line if block is not None else None,
    )


RULE = Rule(
    ID,
    Severity.ERROR,
    "A criterion has no evidence under it, or evidence that only restates it.",
    check,
    __doc__ or "",
)
