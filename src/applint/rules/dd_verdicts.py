"""What several rules say about a TOC due-diligence (DD) document, in its author's words.

In a DD document the TOC member ticks a criterion the project meets and leaves unticked one it
does not: an unticked box is the TOC's verdict, not an applicant's oversight. What is worth
telling the author is an evaluation not yet written, the criteria evaluated as unmet (once, as a
list), and a summary that says the criteria are satisfied while Required ones are unticked.
This module holds those judgements; the rules that report them import it (it is no rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from applint.findings import Finding, Severity
from applint.matching.dd import met_claims
from applint.matching.dd_adoption import (
    adopter_organizations,
    adoption_heading,
    independent_adopters_criterion,
    required_adopters,
    stated_count,
)
from applint.matching.dd_application import application_links, toc_item_number
from applint.matching.dd_summary import summary_names
from applint.matching.evidence import Evidence
from applint.matching.progress import locate
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import shorten
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion
from applint.text.denials import criterion_keys, find_denial
from applint.text.markers import has_placeholder
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_after_marks
from applint.text.status import find_unmet, says_not_applicable
from applint.text.verdicts import GENERIC_CRITERION_WORDS, denied_subject, names_a_gap, stated_verdict


def not_applicable(evidence: Evidence) -> bool:
    """True when the TOC's evaluation says the criterion does not apply (an evaluation, even when
    it is only the template's own "N/A"; "No subprojects currently exist" under "All subprojects,
    if any, are listed"), in the words evidence-without-link reads the same way."""
    return any(says_not_applicable(block.text) for block in evidence.blocks)


class Verdict(NamedTuple):
    """A Required criterion the document leaves unticked, whether the TOC wrote an evaluation, and
    whether that evaluation reads as the criterion met (it names no gap at all)."""

    criterion: Criterion
    statement: Block
    evaluated: bool
    reads_as_met: bool = False


def unticked_required(ctx: LintContext) -> list[Verdict]:
    """Required criteria present and unticked, in document order; not those whose sub-boxes
    are all ticked (sub-checkbox asks for the parent box), not the boxes the TOC ticks as
    steps of its own process in an application (Due Diligence Review; in a DD document, written by
    the TOC, "TOC verification of adopters" left unticked is a verdict like any other), not those
    the evaluation finds do not apply, and none in a format without checkboxes."""
    if not ctx.ticks_known:
        return []
    verdicts = []
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None or not criterion.required or criterion.choice:
            continue
        if ctx.ticked_by_toc(criterion) and not (
            ctx.selection.due_diligence and criterion.completed_by == "toc"
        ):
            continue
        sub_boxes = ctx.sub_boxes.get(criterion.id)
        if sub_boxes is not None and sub_boxes.all_ticked:
            continue  # every part ticked: the parent box is missing (sub-checkbox says so), not a verdict
        if evidence.statement.checked is False and not not_applicable(evidence):  # N/A is met
            verdicts.append(
                Verdict(criterion, evidence.statement, evidence.has_content, _reads_as_met(evidence))
            )
    return sorted(verdicts, key=lambda verdict: verdict.statement.line)


def _reads_as_met(evidence: Evidence) -> bool:
    """Whether the evaluation (what the reader sees of it) names no gap: nothing missing, wanted or
    still to come, in at least one sentence of the TOC's own (a template line still holding its
    placeholders, "… completed on DD-MMM-YYYY", and a bare link are no verdict)."""
    if not evidence.has_content:
        return False
    seen = [
        block.text
        for block in evidence.blocks
        if block.kind is not BlockKind.COMMENT and not has_placeholder(block.text)
    ]
    written = any(len(_URL.sub(" ", text).split()) >= _VERDICT_WORDS for text in seen)
    return written and not any(names_a_gap(text) for text in seen)


_URL = LazyPattern(r"<?https?://\S+")
_VERDICT_WORDS = 4


def summary_unwritten(ctx: LintContext) -> bool:
    """Whether the DD's Evaluation Summary still holds the template's placeholders: the document is
    being written."""
    for section_id, found in ctx.mapping.sections.items():
        if "evaluation-summary" in section_id.split(".")[0]:
            blocks = ctx.document.blocks[found.start : found.end]
            return any(has_placeholder(block.text) for block in blocks)
    return False


def unevaluated(
    ctx: LintContext, rule: str, criterion: Criterion, statement: Block, answer_lines: list[int]
) -> Finding:
    """criterion-without-evidence in a DD document: the evaluation under a criterion is missing."""
    name = shorten(criterion.text, 60)
    if statement.checked:
        severity = Severity.ERROR
        message = (
            f'no evaluation under "{name}", though it is ticked as met; write what the TOC checked '
            "and found (with a link), or untick it"
        )
    elif criterion.required:
        severity = Severity.WARNING
        message = (
            f'no evaluation under "{name}"; write what the TOC checked and found, and tick it if it is met'
        )
    else:  # a Suggested one blocks nothing, but the TOC evaluates it too
        severity = Severity.INFO
        message = (
            f'no evaluation under suggested "{name}"; write what the TOC found (or N/A and why), and '
            "tick it if the project does it"
        )
    return ctx.finding(
        rule,
        severity,
        message,
        statement,
        section=criterion.section_id,
        criterion=criterion.id,
        answer_lines=answer_lines,
    )


def named(ctx: LintContext, verdicts: list[Verdict]) -> str:
    """'"Clear and …" (line 12), "…" (line 40), "…" (line 77)': every one, since the TOC member
    must account for each in the summary (shortened more when there are many)."""
    width = 50 if len(verdicts) <= 4 else 40
    return ", ".join(
        f'"{shorten(verdict.criterion.text, width)}" ({ctx.where(verdict.statement.line)})'
        for verdict in verdicts
    )


def details(verdicts: list[Verdict]) -> list[dict[str, object]]:
    return [
        {
            "id": verdict.criterion.id,
            "text": verdict.criterion.text,
            "line": verdict.statement.line,
            "evaluated": verdict.evaluated,
            "reads_as_met": verdict.reads_as_met,
        }
        for verdict in verdicts
    ]


def assessment_contradiction(
    ctx: LintContext, rule: str, reported: set[str] | frozenset[str] = frozenset()
) -> Finding | None:
    """contradictory-assertion in a DD document: the summary says the criteria are satisfied (or
    recommends the move) while Required criteria are unticked (not counting ``reported``, the
    criteria a finding already names). At the Final Assessment's claim, else the Criteria
    Evaluation's."""
    if not ctx.selection.due_diligence or not ctx.follows_template:
        return None
    unticked = [
        verdict
        for verdict in unticked_required(ctx)
        if verdict.criterion.id not in reported
        and summary_names(ctx.document, ctx.mapping, verdict.criterion) is None  # a condition it names
    ]
    if not unticked:
        return None
    claims = met_claims(ctx.document, ctx.template, ctx.mapping)
    if not claims:
        return None
    claim = next((c for c in claims if c.section_id.endswith("final-assessment")), claims[0])
    where = "Final Assessment" if claim.section_id.endswith("final-assessment") else "Criteria Evaluation"
    count = len(unticked)
    return ctx.finding(
        rule,
        Severity.ERROR,
        f'the {where} says "{shorten(claim.text, 70)}", but {count} Required criteri'
        f"{'a are' if count != 1 else 'on is'} unticked: {named(ctx, unticked)}; tick each the TOC "
        "found met, or say in the summary why it does not block",
        claim.block,
        section=claim.section_id,
        criteria=details(unticked),
    )


def application_contradictions(ctx: LintContext, rule: str) -> Iterator[Finding]:
    """contradictory-assertion in a DD document: a link naming the application with another issue
    number than the one the document's top link gives (``the initial [application](…/issues/1365)``
    under ``[Incubation application issue](…/issues/1367)``). At each such link."""
    found = application_links(ctx.links.links)
    if found is None:
        return
    own = toc_item_number(found.own.url)
    for link in found.others:
        yield ctx.finding(
            rule,
            Severity.ERROR,
            f"'{shorten(link.label, 40)}' links cncf/toc #{toc_item_number(link.url)} as the application, but "
            f"the link at {ctx.where(found.own.line)} names #{own}; link the application this due diligence "
            "evaluates, or say that this is an earlier one",
            link.line,
            column=link.column,
            url=link.url,
        )


def verdict_contradictions(ctx: LintContext, rule: str) -> Iterator[Finding]:
    """contradictory-assertion in a DD document: a box whose own evaluation gives the other verdict
    in words (ticked over "The project does not meet this criterion", unticked over "The project
    fulfils this criteria"), or ticked over an evaluation naming what is still lacking ("… is
    missing", "partially met", "the project still needs to …"). At the criterion, quoting the
    sentence and naming its line."""
    if not ctx.ticks_known or not ctx.follows_template:
        return
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None or evidence.statement.checked is None or ctx.ticked_by_toc(criterion):
            continue
        said = next(
            (
                (block, verdict)
                for block in evidence.blocks
                if (verdict := stated_verdict(block.text)) is not None
            ),
            None,
        )
        if (
            said is None and evidence.statement.checked and not not_applicable(evidence)
        ):  # "N/A: no subprojects"
            said = next(
                (
                    (block, (False, sentence))
                    for block in evidence.blocks
                    if block.kind is not BlockKind.COMMENT
                    and (sentence := denied_subject(block.text, criterion.text)) is not None
                ),
                None,
            )
        if said is None:
            if evidence.statement.checked and not ctx.progress.unfinished.get(criterion.id):
                gap = _evaluated_gap(ctx, criterion.id)  # "not done" phrases are contradictions' own
                if gap is not None and summary_names(ctx.document, ctx.mapping, criterion) is None:
                    yield _ticked_over_gap(ctx, rule, criterion, *gap)
            continue
        block, (met, sentence) = said
        ticked = bool(evidence.statement.checked)
        if met == ticked or (met and not_applicable(evidence)):
            continue
        line, _ = locate(ctx.document, block, sentence.lstrip("…")[:40], set())  # the sentence's own line
        quoted = f'"{shorten(sentence, 70)}" ({ctx.where(line)})'
        if ticked:
            message = (
                f'"{shorten(criterion.text, 50)}" is ticked as met, but its evaluation says {quoted}; untick '
                "it, or correct the evaluation"
            )
        else:
            message = (
                f'"{shorten(criterion.text, 50)}" is unticked, but its evaluation says {quoted}; tick it '
                "if the TOC found it met, or correct the evaluation"
            )
        yield ctx.finding(
            rule,
            Severity.ERROR,
            message,
            evidence.statement,
            section=criterion.section_id,
            criterion=criterion.id,
        )


# A sentence naming a gap that is no verdict on the criterion: a recommendation ("we recommend
# adding …") or a gap since closed ("was missing, added in #123", "has since been fixed").
_NO_VERDICT = LazyPattern(
    r"\b(?:recommend\w*|suggest\w*|should|could|would|consider\w*|encourag\w*|advis\w*|since|now|"
    r"(?:was|were|been)\s+(?:added|fixed|resolved|addressed|published|updated|merged|completed)|"
    r"(?:added|fixed|resolved|addressed)\s+(?:in|by|with|via))\b",
    re.IGNORECASE,
)


def _evaluated_gap(ctx: LintContext, criterion_id: str) -> tuple[Block, str, str] | None:
    """The first sentence of a criterion's own evaluation (not a comment; before its first sub-item,
    whose box and evaluation are the sub-item's) saying it is not met ("The MAINTAINERS file is
    missing.", "Partially met: …", "The project still needs to …") or denying what the criterion
    asks for in its own words ("… does not currently list affiliation" under "… and affiliation"):
    (block, sentence, phrase); None when every such sentence recommends or says the gap was since
    closed."""
    keys = criterion_keys(ctx.template.criteria_by_id[criterion_id].text, GENERIC_CRITERION_WORDS)
    own: list[tuple[Block, str]] = []
    for block in ctx.evidence[criterion_id].blocks:
        if block.is_checkbox:
            break  # what follows a sub-item's box evaluates the sub-item (sub-checkbox reads those)
        if block.kind is not BlockKind.COMMENT:
            own.extend((block, sentence) for sentence in split_after_marks(block.text))
    for position, (block, sentence) in enumerate(own):
        if _NO_VERDICT.search(sentence):
            continue
        phrases = find_unmet(sentence)
        if phrases:
            return block, sentence.strip(), phrases[0][1]
        # What the criterion asks for and another sentence of the evaluation shows ("GOVERNANCE.md is
        # clear.") is met there; a denial of it is of another place ("The website does not link the
        # governance.").
        shown = " ".join(other for at, (_, other) in enumerate(own) if at != position)
        denial = find_denial(sentence, keys - criterion_keys(shown, GENERIC_CRITERION_WORDS))
        if denial is not None:  # "The list of maintainers does not currently list affiliation."
            return block, sentence.strip(), denial
    return None


def _ticked_over_gap(
    ctx: LintContext, rule: str, criterion: Criterion, block: Block, sentence: str, phrase: str
) -> Finding:
    line, _ = locate(ctx.document, block, phrase, set())
    evidence = ctx.evidence[criterion.id]
    return ctx.finding(
        rule,
        Severity.ERROR,
        f'"{shorten(criterion.text, 50)}" is ticked as met, but its evaluation says "{_quoted(sentence, phrase)}" '
        f"({ctx.where(line)}); untick it, or record it in the summary as an exception the TOC accepts or a "
        "condition of the move",
        evidence.statement,
        section=criterion.section_id,
        criterion=criterion.id,
        phrase_line=line,
    )


def _quoted(sentence: str, phrase: str, width: int = 70) -> str:
    """The sentence, shortened; from the phrase on ("…does not currently list affiliation.") when
    the phrase would fall in what is cut."""
    start = sentence.find(phrase)
    if len(sentence) <= width or start < 0 or start + len(phrase) <= width - 1:
        return shorten(sentence, width)
    return "…" + shorten(sentence[start:], width - 1)


def adopter_count_contradiction(ctx: LintContext, rule: str) -> Finding | None:
    """contradictory-assertion in a DD document: "at least 3 independent adopters" ticked while its
    evaluation counts fewer organizations in words ("7 interviewees across 2 organizations"). At the
    criterion, naming the count's line and, when they name fewer too, the Adopter blocks."""
    if not ctx.ticks_known or not ctx.follows_template:
        return None
    criterion = independent_adopters_criterion(ctx.template)
    evidence = ctx.evidence.get(criterion.id) if criterion is not None else None
    if criterion is None or evidence is None or not evidence.statement.checked:
        return None
    needed = required_adopters(criterion)
    if needed is None:
        return None
    organizations = adopter_organizations(ctx.document)
    stated = stated_count(list(evidence.blocks))
    heading = adoption_heading(ctx.document, ctx.mapping)
    recorded = ""
    if organizations and heading is not None:
        names = ", ".join(name for _, name in organizations)
        recorded = f"the Adoption portion ({ctx.where(heading.line)}) records {len(organizations)} ({names})"
    if stated is None or stated.value >= needed:
        return None  # (Adopter blocks alone are no count: a DD often writes up fewer than it interviewed)
    line, _ = locate(ctx.document, stated.block, stated.written, set())
    said = f'its evaluation says "{stated.written}" ({ctx.where(line)})'
    if recorded and len(organizations) < needed:
        said += f" and {recorded}"
    return ctx.finding(
        rule,
        Severity.ERROR,
        f'"{shorten(criterion.text, 50)}" is ticked as met, but {said}; the criterion asks for '
        f"{needed} independent adopters (teams of one organization count once): interview and record "
        "more, or untick it and say what is missing",
        evidence.statement,
        section=criterion.section_id,
        criterion=criterion.id,
        organizations=len(organizations),
    )


def unverified_adopters(ctx: LintContext, rule: str) -> Finding | None:
    """criterion-without-evidence in a DD document: "TOC verification of adopters." with no
    evaluation of its own (the template's "Refer to the Adoption portion of this document." is
    none) while no Adopter block names an adopter either: the verification is nowhere. At the
    criterion."""
    if not ctx.selection.due_diligence or not ctx.follows_template:
        return None
    criterion = next((c for c in ctx.template.criteria if "verification of adopters" in c.text.lower()), None)
    evidence = ctx.evidence.get(criterion.id) if criterion is not None else None
    if criterion is None or evidence is None or adopter_organizations(ctx.document):
        return None
    if any(  # what the TOC wrote of its own (the template's fixed sentence is not that)
        block.kind is not BlockKind.COMMENT
        and block.text.strip()
        and not is_template_text(block.text, ctx.template.kind)
        and not has_placeholder(block.text)
        for block in evidence.blocks
    ):
        return None
    ticked = bool(evidence.statement.checked)
    return ctx.finding(
        rule,
        Severity.ERROR if ticked else Severity.WARNING,
        f'no evaluation under "{shorten(criterion.text, 60)}"{", though it is ticked" if ticked else ""}, '
        "and no Adopter block in the Adoption portion names an adopter; record the adopter interviews "
        "there (or say here how the TOC verified the adopters)"
        + (", or untick it" if ticked else ", and tick it once they are verified"),
        evidence.statement,
        section=criterion.section_id,
        criterion=criterion.id,
    )
