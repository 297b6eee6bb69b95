"""hidden-evidence: evidence written inside an HTML comment, where the TOC never sees it.

Why: GitHub shows no HTML comment, so a link to the project's security policy or governance
that an applicant wrote as ``<!-- Our security policy: https://… -->`` (often by typing into the
template's ``<!-- (Project assertion goes here) -->``) is evidence the TOC reviewer cannot read:
the criterion looks unanswered.

Severity: warning, one finding per comment, at its first line, naming the link it hides.

Finds: in a Markdown application, an HTML comment that links one of the project's documents
(governance, maintainers, security policy, adopters, …) or speaks for the project with a link
("our", "we").

Passes: the template's own comments (template-instructions' and criterion-without-evidence's
business), a comment that is a note to the author (todo-marker reports it), tool directives
(``<!-- markdownlint-disable -->``), a note on where the document comes from (``<!-- Template:
https://… -->``), links to the TOC's own templates and guides, DOCX and text exports (their
comments are visible text), and TOC due-diligence documents.
Fails: ``<!-- Our security policy: https://github.com/examplo/examplo/blob/main/SECURITY.md -->``.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import is_template_comment, locate
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.hidden_evidence import hidden_evidence

ID = "hidden-evidence"


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.document.format != "markdown" or ctx.selection.due_diligence:
        return
    for block in ctx.document.blocks:
        if block.kind is BlockKind.CODE or (block.kind is not BlockKind.COMMENT and not block.comments):
            continue
        comments = (block.text,) if block.kind is BlockKind.COMMENT else block.comments
        noted = {note.source for note in ctx.progress.notes(block)}
        seen: set[tuple[int, int]] = set()
        for comment in comments:
            link = hidden_evidence(comment)
            if not link or comment in noted or is_template_comment(comment, ctx.template):
                continue
            if block.kind is BlockKind.COMMENT:
                line = block.line  # the comment's first line, where "<!--" opens it
            else:
                line, _ = locate(ctx.document, block, " ".join(comment.split()[:3]), seen)
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"evidence inside an HTML comment ('<!-- {shorten(comment.strip(), 50)} -->', linking "
                f"{shorten(link, 60)}): the TOC will not see it on GitHub; move it out of the comment "
                "(or delete the comment if it is no longer meant)",
                line,
                link=link,
            )


RULE = Rule(ID, Severity.WARNING, "Evidence is hidden inside an HTML comment.", check, __doc__ or "")
