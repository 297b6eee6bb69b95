"""template-instructions: template guidance left in the application.

Why: the template's guidance is for the applicant, not the TOC. Left in, it shows which parts
were never written (``<!-- (Project assertion goes here) -->`` with no assertion) and clutters
the parts that were.

Severity: warning, one short finding per occurrence.

Finds: guidance sentences that show when the application is rendered, such as "If the Adopting
organization needs to remain anonymous, stating the industry vertical is sufficient.", and, in
DOCX and plain text, the template's HTML comments (every comment of the template schema, and any
``<!-- (... goes here) -->``) that became visible text there.

In Markdown, a paragraph that is one of the template's hidden prompts written out as text (its
``<!-- -->`` gone: "Provide any additional information you feel is relevant for the TOC …" as the
Additional Information section's only text) shows on the page: one finding at it.

Passes: a template comment in Markdown: it does not render, so beside written evidence it is no
problem, and where it stands instead of evidence criterion-without-evidence (or empty-section)
reports that once. A visible comment in the evidence span of a criterion with no evidence is
part of that criterion's criterion-without-evidence finding.
Fails: "If the Adopting organization needs to remain anonymous…" left in; a DOCX paragraph
reading ``<!-- (Project assertion goes here) -->`` below a written answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.normalize import normalize
from applint.text.precompiled import compile_pattern

ID = "template-instructions"
GENERIC_COMMENT = compile_pattern(
    r"^\(?[^()]*\bgoes here\)?\.?$|^This template provides\b|^Provide any additional information",
    re.IGNORECASE,
)


def check(ctx: LintContext) -> Iterator[Finding]:
    comments = {normalize(text) for text, is_comment in ctx.template.guidance if is_comment}
    sentences = [(normalize(text), text) for text, is_comment in ctx.template.guidance if not is_comment]
    # Comments render in no Markdown viewer; in DOCX and text exports they became visible text.
    visible_comments = ctx.document.format != "markdown"
    unanswered: frozenset[int] | None = _unanswered_lines(ctx) if visible_comments else None
    for block in ctx.document.blocks:
        if block.kind is BlockKind.CODE:
            continue
        texts = [block.text] if block.kind is BlockKind.COMMENT else list(block.comments)
        if not visible_comments or (unanswered is not None and block.line in unanswered):
            texts = []
        for comment in texts:
            if normalize(comment) in comments or GENERIC_COMMENT.search(comment.strip()):
                yield _finding(
                    ctx, block, f"template comment '<!-- {shorten(comment, 50)} -->' left in; delete it"
                )
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING):
            continue
        norm = normalize(block.text)
        if (
            not visible_comments
            and block.kind is BlockKind.PARAGRAPH
            and _hidden_prompt(block.text, norm, comments)
        ):
            # the template's hidden prompt written out as text, its comment markers gone ("Provide any
            # additional information …" as a section's only paragraph): it shows on the page
            if unanswered is None:
                unanswered = _unanswered_lines(ctx)
            if block.line not in unanswered:  # criterion-without-evidence reports what stands there
                yield _finding(
                    ctx,
                    block,
                    f"the template's prompt '{shorten(block.text, 60)}' shows as text (in the template it is "
                    "a hidden comment): write the project's own text in its place, or delete it",
                )
            continue
        for sentence, original in sentences:
            if sentence and sentence in norm:
                yield ctx.finding(
                    ID,
                    Severity.WARNING,
                    f'template guidance "{shorten(original, 60)}" left in; delete it once the text it guides is written',
                    block,
                    facet=f"the template's guidance left in ({ctx.where(block.line)})",
                )
                break


def _hidden_prompt(text: str, norm: str, comments: set[str]) -> bool:
    """True when a paragraph (``norm`` its normalised text) is one of the template's comments
    ("Provide any additional information …", "(Project assertion goes here)"); not the intro the
    template shows ("This template provides the project with a framework …"), which an application
    keeps as the template wrote it."""
    if norm in comments:
        return True
    return "goes here" in text.lower() and bool(GENERIC_COMMENT.search(text.strip()))


def _unanswered_lines(ctx: LintContext) -> frozenset[int]:
    """The lines after the statement of each criterion with no evidence, up to its end line:
    criterion-without-evidence reports what stands there instead."""
    return frozenset(
        line
        for evidence in ctx.evidence.values()
        if not evidence.has_content
        for line in range(evidence.statement.line + 1, evidence.end_line + 1)
    )


def _finding(ctx: LintContext, block: Block, message: str) -> Finding:
    return ctx.finding(ID, Severity.WARNING, message, block)


RULE = Rule(ID, Severity.WARNING, "Template guidance is left in the application.", check, __doc__ or "")
