"""hidden-evidence: evidence or an evaluation written inside an HTML comment, where nobody reading
the document on GitHub sees it.

Why: GitHub shows no HTML comment. An applicant's evidence written as ``<!-- Our security policy:
https://… -->`` or ``<!-- Volcano has presented at multiple KubeCon events … -->`` (often typed
into the template's ``<!-- (Project assertion goes here) -->``) leaves the criterion looking
unanswered; a TOC member's verdict written as ``<!-- TOC Evaluation: … SATISFIED. -->`` or
``<!-- BLOCKING: … -->`` leaves the due diligence without its evaluation.

Severity: warning, one finding per comment, at its first line, naming the criterion it stands
under.

Finds, in a Markdown application or due-diligence document: an HTML comment in the evidence or
evaluation of a criterion that links one of the project's documents (governance, maintainers,
security policy, adopters, …), speaks for the project with a link ("our", "we"), states something
about the project (its subject the project's name, "the project", "we" or "our", with a verb:
"Volcano has presented at …"), or gives a verdict on the criterion ("TOC Evaluation: …", "Met.",
"Not yet satisfied …", "BLOCKING: …", "… SATISFIED."); in a due-diligence document a comment
giving a verdict anywhere (the Final Assessment's "<!-- Satisfied for Incubation -->").

Passes: the template's own comments (template-instructions' and criterion-without-evidence's
business), a comment that is a note to the author (``<!-- TODO … -->``, "link the design doc once
merged": todo-marker reports it), tool directives (``<!-- markdownlint-disable -->``,
``<!-- prettier-ignore -->``, ``<!-- Begin adopters -->``), a note on where the document comes
from (``<!-- Template: https://… -->``), a note about the document rather than the project
("<!-- This section was reviewed on the community call. -->"), links to the TOC's own templates
and guides, DOCX and text exports (their comments are visible text).
Fails: ``<!-- Our security policy: https://github.com/examplo/examplo/blob/main/SECURITY.md -->``,
``<!-- TOC Evaluation: GOVERNANCE.md is comprehensive. SATISFIED. -->``.

In a GTR, governance review or self-assessment: a comment of the author's (or reviewer's) linking
what the text rests on, at its line; not the template's own comments (its published ones, its
outline kept as a hidden prompt, its course link), notes (todo-marker's), or a section commented
out whole (unfilled-section's, at its heading). And, as info, drafts of the author's own commented
out beside written answers: Markdown that would show as a list or a heading once out of the comment
(``<!--* Global query view of metrics.`` and the rest of a list, ``<!--###### Mimir`` and a
comparison left unfinished, one bullet of a mitigation list); info because the document reads whole
without them, but each is text the author either meant to publish or forgot to delete. One finding
per document, at the first, the others named as "also" lines. Not notes and questions to a
co-author (prose, no list), directives, or the template's own text of a revision applint does not
ship (it links the template's course: template-guidance's).
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import is_template_comment, locate
from applint.model import Block, BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten

ID = "hidden-evidence"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if ctx.document.format != "markdown":
        return
    if isinstance(ctx, CompanionContext):
        yield from _check_companion(ctx)
        return
    due_diligence = ctx.selection.due_diligence
    for block in ctx.document.blocks:
        if block.kind is BlockKind.CODE or (block.kind is not BlockKind.COMMENT and not block.comments):
            continue
        comments = (block.text,) if block.kind is BlockKind.COMMENT else block.comments
        noted = {note.source for note in ctx.progress.notes(block)}
        owner = ctx.progress.owner(block)
        seen: set[tuple[int, int]] = set()
        for comment in comments:
            if comment in noted or is_template_comment(comment, ctx.template):
                continue
            hidden = _hidden(ctx, comment, owner is not None, due_diligence)
            if not hidden:
                continue
            yield ctx.finding(
                ID,
                Severity.WARNING,
                _message(comment, hidden, owner.text if owner is not None else "", due_diligence),
                _line(ctx, block, comment, seen),
                link=hidden if hidden.startswith(("http", ".", "/")) else "",
            )


def _check_companion(ctx: CompanionContext) -> Iterator[Finding]:
    """A GTR, governance review or self-assessment: a comment of the author's linking what the
    answer rests on (not the template's own, a note, or a section commented out whole, which
    unfilled-section reports at its heading)."""
    from applint.matching.hidden_template import is_template_comment as is_companion_template_comment
    from applint.matching.hidden_template import template_links
    from applint.text.hidden_evidence import hidden_evidence

    whole = {comment for bare in ctx.reading.bare_headings for comment in bare.comments}
    for number, block in enumerate(ctx.document.blocks):
        if block.kind is BlockKind.CODE or (block.kind is not BlockKind.COMMENT and not block.comments):
            continue
        if number in whole:
            continue
        comments = (block.text,) if block.kind is BlockKind.COMMENT else block.comments
        noted = {note.source for note in ctx.notes(block)}
        seen: set[tuple[int, int]] = set()
        for comment in comments:
            if comment in noted or is_companion_template_comment(comment, ctx.template):
                continue
            link = hidden_evidence(comment)
            if not link or link.rstrip(".,;:/") in template_links(ctx.template.kind):
                continue  # the template's own guidance, from a revision not shipped, links its course
            shown = f"'<!-- {shorten(comment.strip(), 50)} -->'"
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"text written for this document is inside an HTML comment ({shown}, linking {shorten(link, 60)}): readers of the "
                f"{ctx.template.short_name} will not see it on GitHub; move it out of the comment (or delete the "
                "comment if it is no longer meant)",
                _line(ctx, block, comment, seen),
                link=link,
            )
    yield from _drafts(ctx)


def _drafts(ctx: CompanionContext) -> Iterator[Finding]:
    """Drafts of the author's own commented out beside the shown text (a list, a subsection): one
    habit however often it recurs, reported at the first and folded."""
    blocks = ctx.document.blocks
    for run in ctx.hidden_comments.drafts:
        first = blocks[run.first]
        if ctx.notes(first):
            continue  # a note to the author: todo-marker's
        lines = run.where(blocks)
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"a draft ('{shorten(first.text.lstrip('-*# '), 50)}', {lines}) is commented out: GitHub does not "
            f"show it, so it is not part of the {ctx.template.short_name}: take it out of the comment if it "
            "belongs there, or delete it",
            first.line,
            fold="hidden-draft",
            fold_note="also at {where}",
        )


def _hidden(ctx: LintContext, comment: str, under_criterion: bool, due_diligence: bool) -> str:
    """What the comment hides (a link, or its opening words), or "" when it hides nothing."""
    # Imported on the first comment of the author's: most documents have none.
    from applint.text.hidden_evidence import hidden_evidence, hidden_statement, hidden_verdict

    verdict = hidden_verdict(comment) if under_criterion or due_diligence else ""
    if verdict:
        return verdict
    if not under_criterion and due_diligence:
        return ""
    link = hidden_evidence(comment)
    if link:
        return link
    return hidden_statement(comment, ctx.project_name) if under_criterion else ""


def _line(ctx: LintContext | CompanionContext, block: Block, comment: str, seen: set[tuple[int, int]]) -> int:
    if block.kind is BlockKind.COMMENT:
        return block.line  # the comment's first line, where "<!--" opens it
    line, _ = locate(ctx.document, block, " ".join(comment.split()[:3]), seen)
    return line


def _message(comment: str, hidden: str, criterion: str, due_diligence: bool) -> str:
    shown = f"'<!-- {shorten(comment.strip(), 50)} -->'"
    if due_diligence:
        where = f"under '{shorten(criterion, 60)}' " if criterion else ""
        return (
            f"the evaluation {where}is inside an HTML comment ({shown}), so it will not show on GitHub: "
            "move it out of the comment"
        )
    where = f"of '{shorten(criterion, 60)}' " if criterion else ""
    what = f"linking {shorten(hidden, 60)}" if hidden.startswith(("http", ".", "/")) else shown
    if what != shown:
        what = f"{shown}, {what}"
    return (
        f"the evidence {where}is inside an HTML comment ({what}): the TOC will not see it on GitHub; "
        "move it out of the comment (or delete the comment if it is no longer meant)"
    )


RULE = Rule(
    ID,
    Severity.WARNING,
    "Evidence is hidden inside an HTML comment.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
