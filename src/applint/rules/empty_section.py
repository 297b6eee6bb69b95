"""empty-section: a heading with nothing under it.

Why: the TOC asks that every section have content; an empty one is read as unanswered.

Severity: warning.

Passes: a heading followed by text, a list, a table or a sub-heading.
Fails: a heading followed only by white space or HTML comments (such as the template's
``<!-- (Project assertion goes here) -->``) before the next heading of the same or a higher level.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule

ID = "empty-section"
_INVISIBLE = (BlockKind.COMMENT, BlockKind.BREAK)


def check(ctx: LintContext) -> Iterator[Finding]:
    blocks = ctx.document.blocks
    section_ids = {id(section): template_id for template_id, section in ctx.mapping.sections.items()}
    for section in ctx.mapping.root.walk():
        if section.heading is None:
            continue
        content = blocks[section.start + 1 : section.end]
        if all(block.kind in _INVISIBLE for block in content):
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"section '{section.title}' is empty; write the project's answer or remove the heading",
                section.heading,
                section=section_ids.get(id(section)),
            )


RULE = Rule(ID, Severity.WARNING, "A section has no content.", check, __doc__ or "")
