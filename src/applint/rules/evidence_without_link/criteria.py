"""evidence-without-link's reading of an application's or DD document's criteria: each required
criterion asking for a document whose evidence links nothing (unless it points back to a link just
above, names a document linked earlier, says N/A, or another rule reports what keeps it from its
link), each criterion whose evidence names a document or record nothing links, and the sections
whose evidence holds no link at all (one finding for the document when an export dropped them in
three sections or more).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.matching.evidence import Evidence
from applint.matching.structure import Section
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.evidence_without_link import ID
from applint.rules.rule import describe_section, shorten
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion, TemplateSection
from applint.text.documents import kinds_in_text
from applint.text.links import (
    blank_code_and_comments,
    find_broken_links,
    find_links_in_code,
    invisible_problem,
)
from applint.text.patterns import LazyPattern
from applint.text.status import says_not_applicable
from applint.text.wording import and_list

if TYPE_CHECKING:
    from applint.matching.unlinked_documents import LinkKeys

# "Same file", "see above", "linked in the previous item": the link is given once, just before.
_POINTS_BACK = LazyPattern(
    r"\babove\b|\bsame\s+(?:file|page|document|doc|link|place)\b|\b(?:previous|preceding)\s+(?:item|criterion|answer)\b"
    r"|\b(?:see|in|per)\s+(?:the\s+|our\s+)?(?:GTR|General Technical Review)\b"  # linked at its own criterion
    # "The DTR noted …", "the domain technical review found …": the review linked at its own criterion
    r"|\b(?:the|this)\s+(?:GTR|DTR|(?:general|domain)\s+technical\s+review)\s+(?:noted|found|showed|shows|notes|finds|"
    r"confirmed|confirms|describes|described|covers|covered)\b",
    re.IGNORECASE,
)
# "Linked from GOVERNANCE.md", "cross-linked in the README", "referenced from …", "… all link it".
_LINKED_FROM = LazyPattern(
    r"\b(?:cross-?)?link(?:ed)?\s+(?:from|in)\b|\breferenced\s+(?:from|in)\b|\blinks?\s+(?:to\s+)?it\b",
    re.IGNORECASE,
)
_FILE_NAME = LazyPattern(r"\b[\w.-]+\.(?:md|markdown|txt|pdf|yaml|yml)\b")
LINKS_LOST_SECTIONS = 3
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def criterion_findings(ctx: LintContext) -> Iterator[Finding]:
    """The findings of an application or DD document following its template: each criterion's
    evidence without a link, the sections without links, then the documents and records the
    evidence names unlinked."""
    previous_links: dict[str, frozenset[str]] | None = None  # worked out on first need
    previous_kinds: dict[str, frozenset[str]] = {}
    reported: set[str] = set()
    for criterion in ctx.template.criteria:
        if not (criterion.required and criterion.expects_link and ctx.asks_for_evidence(criterion)):
            continue
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None or not evidence.has_content or evidence.links:
            continue
        if criterion.id in ctx.restatements:
            continue  # it only says the criterion again: criterion-without-evidence says so
        if previous_links is None:
            previous_links = _previous_links(ctx)
            previous_kinds = _previous_kinds(ctx)
        # "Linked from GOVERNANCE.md": what those documents hold, which no earlier link shows.
        # (a ticked criterion's claim: an unticked one, or one whose box an export lost, claims nothing)
        links_from = (
            _says_documents_link(evidence, ctx.document.source_lines) if evidence.statement.checked else None
        )
        if _points_back(
            evidence, previous_links.get(criterion.id, frozenset()) if links_from is None else frozenset()
        ):
            continue
        if any(says_not_applicable(text) for text in _texts(evidence)):
            continue  # "N/A", "no subprojects": nothing to link
        linked_earlier = _names_linked_document(ctx, evidence) or _linked_just_above(
            criterion, previous_kinds
        )
        if linked_earlier and links_from is None:
            continue  # "our security policy", linked earlier in the document: one link is enough
        if _reported_elsewhere(ctx, criterion, evidence):
            continue
        if ctx.selection.due_diligence:
            severity = Severity.INFO
            message = (
                f'the evaluation of "{shorten(criterion.text, 60)}" links nothing; link the document the TOC '
                "checked, so that readers of the due diligence can open it"
            )
        elif linked_earlier:
            severity = Severity.WARNING
            message = (
                f'the evidence for "{shorten(criterion.text, 60)}" says other documents link it but links none '
                "of them; link each where it is named (the part that carries the link), so the TOC can check "
                "it, even if the document is linked elsewhere"
            )
        else:
            severity = Severity.WARNING
            message = f'the evidence for "{shorten(criterion.text, 60)}" has no link; link the document it refers to'
        reported.add(criterion.id)
        yield ctx.finding(
            ID,
            severity,
            message,
            links_from if linked_earlier and links_from else evidence.statement,
            section=criterion.section_id,
            criterion=criterion.id,
        )
    yield from _sections_without_links(ctx)
    yield from _unlinked_names(ctx, reported)


def _unlinked_names(ctx: LintContext, reported: set[str]) -> Iterator[Finding]:
    """Each ticked criterion whose evidence names a document or record (a file, "the community
    governance docs", the calendar, a maintainer added) that neither it nor anything earlier links:
    one finding per criterion, at the line of the first such mention, naming them all (a criterion
    already reported for having no link at all is not reported again)."""
    if ctx.document.format != "markdown":
        return  # (a DOCX writer may drop or rewrite a link's label: what a line names is not known)
    # imported here: a companion document's check (the files it names) and a DOCX's need none of this
    from applint.matching.unlinked_documents import link_keys, records_in_evidence, unlinked_records
    from applint.text.named_records import OUTCOME

    links: LinkKeys | None = None  # worked out on first need
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if (
            evidence is None
            or criterion.id in reported
            or not evidence.has_content
            or evidence.statement.checked is False
            or not ctx.asks_for_evidence(criterion)
            or criterion.id in ctx.restatements
        ):
            continue
        named = records_in_evidence(evidence, ctx.template.kind, evaluation=ctx.selection.due_diligence)
        if not named:
            continue  # (most evidence names nothing: the checks below run for the rest only)
        if any(says_not_applicable(text) for text in _texts(evidence)):
            continue  # "N/A", "no subprojects": nothing to link
        if _reported_elsewhere(ctx, criterion, evidence):
            continue
        if links is None:
            links = link_keys(ctx.links)
        # where the maintainer list may be linked for an outcome ("moved to emeritus"): just above
        above = _line_above(ctx, evidence) if any(record.kind == OUTCOME for _, _, record in named) else None
        found = unlinked_records(evidence, named, links, ctx.document.source_lines, above)
        if found is None:
            continue
        line, names = found
        documents = [name for name in names if not name.startswith('"')]
        outcomes = [name for name in names if name.startswith('"')]
        parts = [f"names {and_list(documents)} without a link"] if documents else []
        if outcomes:
            parts.append(
                f"says {and_list(outcomes)} without linking the pull request, issue or vote that records it"
            )
        said = f'"{shorten(criterion.text, 50)}" {" and ".join(parts)}'
        if ctx.selection.due_diligence:
            message = (
                f"the evaluation of {said}; link what the TOC checked where it is named, so that readers of the "
                "due diligence can open it"
            )
        else:
            them, each = ("them", "each") if len(names) > 1 else ("it", "it")
            message = (
                f"the evidence for {said}, and nothing earlier in the application links {them}; "
                f"link {each} where it is named"
            )
        yield ctx.finding(
            ID,
            Severity.INFO,
            message,
            line,
            section=criterion.section_id,
            criterion=criterion.id,
            unlinked=names,
        )


def _line_above(ctx: LintContext, evidence: Evidence) -> int | None:
    """The first line of the criterion stated just above this evidence's, if any."""
    line = evidence.statement.line
    return max(
        (other.statement.line for other in ctx.evidence.values() if other.statement.line < line), default=None
    )


def _reported_elsewhere(ctx: LintContext, criterion: Criterion, evidence: Evidence) -> bool:
    """True when another rule reports what keeps the evidence from its link: a link there but
    broken (broken-link), a note that it is unfinished (todo-marker), a sentence that stops where
    its link should be (unfinished-sentence) or a list introduced that never comes (dangling-intro)."""
    from applint.text.sentences import open_ending  # (an application's or DD's check only)

    if _holds_broken_link(ctx, evidence.statement.line, evidence.end_line):
        return True
    if any(invisible_problem(link) for link in evidence.links):
        return True  # an address holding an invisible character: broken-link reports it
    if any(mark.kind == "note" for mark in ctx.progress.unfinished.get(criterion.id, ())):
        return True
    if any(block.kind in _PROSE and open_ending(block.text) for block in evidence.blocks):
        return True
    last = evidence.blocks[-1] if evidence.blocks else None
    return last is not None and last.kind in _PROSE and last.text.rstrip().endswith(":")


_POINTS_BACK_WORDS = ("above", "same", "previous", "preceding", "gtr", "dtr", "technical review")


def _points_back(evidence: Evidence, linked_before: frozenset[str]) -> bool:
    """True when the evidence says its document was linked just before ("see the badge above"),
    or names a file the criterion just before it links ("The last section of ROADMAP.md …")."""
    texts = [evidence.statement.text, *(block.text for block in evidence.blocks)]
    lower = " ".join(texts).lower()
    if any(word in lower for word in _POINTS_BACK_WORDS) and any(_POINTS_BACK.search(text) for text in texts):
        return True
    if not linked_before or not any(name in lower for name in linked_before):
        return False  # cheap: the previous criterion's files must at least appear in the text
    return any(name.lower() in linked_before for text in texts for name in _FILE_NAME.findall(text))


def _linked_just_above(criterion: Criterion, previous_kinds: dict[str, frozenset[str]]) -> bool:
    """True when every document the criterion asks about ("Governance is up to date …": the
    governance) is the one the criterion just above asks for and links ("Clear and discoverable
    project governance documentation", answered with "[here](https://…)"): one link serves both.
    A link anywhere earlier does not count here: "Able to find it easily." under the governance
    criterion still needs its link, though the summary linked GOVERNANCE.md."""
    linked = previous_kinds.get(criterion.id)
    if not linked:
        return False  # nothing linked just above (an export without links: every criterion)
    asked = _kinds_asked(criterion.text)
    return bool(asked) and asked <= linked


@functools.lru_cache(maxsize=1024)
def _kinds_asked(criterion_text: str) -> frozenset[str]:
    """The kinds of project document a template criterion asks about (a fixed set of texts per
    process: worked out once each)."""
    return kinds_in_text(criterion_text)


def _previous_kinds(ctx: LintContext) -> dict[str, frozenset[str]]:
    """Criterion id -> the kinds of project document the criterion right above it (in the same
    template section) links in its answer: by its links' addresses and labels, and, for a link
    that names nothing ("[here](https://github.com/kelpie-io/community)"), the documents that
    criterion asks for. A link naming another file ("[our notes](…/notes.md)") is that file."""
    ordered = sorted(ctx.evidence.values(), key=lambda evidence: evidence.statement.line)
    criteria = ctx.template.criteria_by_id
    kinds: dict[str, frozenset[str]] = {}
    for previous, current in itertools.pairwise(ordered):
        above, below = criteria[previous.criterion_id], criteria[current.criterion_id]
        if not previous.links or above.section_id != below.section_id:
            continue
        links = [
            link for link in ctx.links.links if previous.statement.line <= link.line <= previous.end_line
        ]
        linked = frozenset().union(*(link.kinds for link in links))
        if any(link.unnamed for link in links):
            linked |= _kinds_asked(above.text)
        kinds[current.criterion_id] = linked
    return kinds


def _names_linked_document(ctx: LintContext, evidence: Evidence) -> bool:
    """True when every project document the evidence names (roadmap, SECURITY.md, GTR, …) is linked
    somewhere before it: one link per document is enough ("Linked from GOVERNANCE.md and
    CONTRIBUTING.md" still needs a link when CONTRIBUTING.md was never linked)."""
    linked = ctx.links.linked_before(evidence.statement.line)
    if not linked:
        return False
    texts = _texts(evidence)
    if not evidence.statement.strong:
        texts = texts[1:]  # no bold statement to cut off: the item holds the criterion's own words
    named = frozenset().union(*(kinds_in_text(text) for text in texts))
    return bool(named) and named <= linked


def _says_documents_link(evidence: Evidence, source_lines: Sequence[str]) -> int | None:
    """The line where the evidence says documents link something ("Linked from GOVERNANCE.md and
    CONTRIBUTING.md", "referenced in the README", "GOVERNANCE.md and the website footer all link
    it"), if it does: a claim about what those documents hold, which a link to them given earlier
    (to their top, or for another criterion) does not show."""
    statement = evidence.statement
    blocks = [(statement, statement.text[len(statement.strong) :]), *((b, b.text) for b in evidence.blocks)]
    for block, text in blocks:
        lower = text.lower()
        if ("link" in lower or "referenced" in lower) and _LINKED_FROM.search(text):
            # the line of the block that says it (an issue body's paragraph spans several)
            last = min(block.end_line, len(source_lines))
            return next(
                (n for n in range(block.line, last + 1) if _LINKED_FROM.search(source_lines[n - 1])),
                block.line,
            )
    return None


def _texts(evidence: Evidence) -> list[str]:
    """The evidence's own words: the criterion item after its bold statement, then each block."""
    statement = evidence.statement
    return [statement.text[len(statement.strong) :], *(block.text for block in evidence.blocks)]


def _previous_links(ctx: LintContext) -> dict[str, frozenset[str]]:
    """Criterion id -> the file names (``roadmap.md``) linked by the criterion whose statement comes
    right before it in the document."""
    ordered = sorted(ctx.evidence.values(), key=lambda evidence: evidence.statement.line)
    return {
        current.criterion_id: frozenset(
            link.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower() for link in previous.links
        )
        for previous, current in itertools.pairwise(ordered)
    }


def _holds_broken_link(ctx: LintContext, first: int, last: int) -> bool:
    lines = ctx.document.source_lines[first - 1 : last]
    return any(find_broken_links(blank_code_and_comments(line)) or find_links_in_code(line) for line in lines)


def _sections_without_links(ctx: LintContext) -> Iterator[Finding]:
    """Sections whose linked-document criteria are all absent but which hold unlinked evidence: one
    finding each, or one for the document when that is so in three sections or more (an export that
    dropped every link)."""
    unlinked: list[tuple[TemplateSection, Section, list[str]]] = []
    for section in ctx.template.walk():
        wanted = [c.id for c in section.criteria if c.required and c.expects_link]
        if not wanted or any(c.id in ctx.mapping.criteria for c in section.criteria):
            continue
        found = ctx.mapping.sections.get(section.id)
        if found is None:
            continue
        blocks = [
            block
            for block in ctx.document.blocks[found.start + 1 : found.end]
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and block.text
            and not is_template_text(block.text, ctx.template.kind)
        ]
        if blocks and not any(block.links for block in blocks):
            unlinked.append((section, found, wanted))
    if len(unlinked) >= LINKS_LOST_SECTIONS:
        names = "; ".join(f"'{describe_section(ctx, s.id)}' ({ctx.where(f.line)})" for s, f, _ in unlinked)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the evidence in {len(unlinked)} sections has no links at all ({names}), though their required "
            "criteria ask for documents; add the links (an export may have dropped them)",
            unlinked[0][1].heading,
            sections=[s.id for s, _, _ in unlinked],
            criteria=[c for _, _, wanted in unlinked for c in wanted],
        )
        return
    for section, found, wanted in unlinked:
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the evidence in '{describe_section(ctx, section.id)}' has no links, though {len(wanted)} of its "
            f"required criteria ask{'s' if len(wanted) == 1 else ''} for a document; add the links "
            "(an export may have dropped them)",
            found.heading,
            section=section.id,
            criteria=wanted,
        )
