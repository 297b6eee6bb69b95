"""adopters: a graduation application without three named adopters.

Why: graduation requires adoption by at least three independent organizations; the TOC
interviews them. An Adoption Assertion naming fewer will be sent back. (Adopter blocks still
reading ``$COMPANY/$INDUSTRY`` are reported by placeholder, once each.)

Severity: warning. Graduation only; a TOC due-diligence document is not asked for the
Adoption Assertion.

Options: ``min-adopters`` (default 3), the number of organizations the Adoption Assertion
must name.

Passes: an Adoption Assertion listing three or more organizations, and Adopter blocks naming
each adopter.
Fails: an empty Adoption Assertion. When Adopter blocks further down name organizations, the
finding says the list is empty and where those names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, option
from applint.templates.boilerplate import is_template_text
from applint.text.markers import PLACEHOLDER_RE

ID = "adopters"
MIN_ADOPTERS = 3
_ADOPTER_HEADING = re.compile(r"^\s*adopter\s+\d+\b", re.IGNORECASE)


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.template.kind != "graduation" or not ctx.follows_template:
        return
    yield from _assertion(ctx)


def _assertion(ctx: LintContext) -> Iterator[Finding]:
    section_id = next((s.id for s in ctx.template.walk() if s.id.endswith("adoption-assertion")), None)
    if section_id is None or not ctx.expects(section_id):
        return
    found = ctx.mapping.sections.get(section_id)
    if found is None:
        return
    names = [
        block
        for block in ctx.document.blocks[found.start + 1 : found.end]
        if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.TABLE)
        and block.text
        and not is_template_text(block.text, ctx.template.kind)
        and (block.kind is not BlockKind.PARAGRAPH or len(block.text.split()) <= 8)
    ]
    count = sum(len(block.text.split("\n")) - (1 if block.kind is BlockKind.TABLE else 0) for block in names)
    minimum = option(ctx, RULE, "min-adopters")
    if count >= minimum:
        return
    named = _named_adopter_blocks(ctx)
    if count == 0 and named:
        lines = ", ".join(str(block.line) for block in named)
        message = (
            f"the Adoption Assertion list is empty, though the Adopter blocks "
            f"({ctx.document.unit.value}{'s' if len(named) != 1 else ''} {lines}) name {len(named)} "
            f"organization{'s' if len(named) != 1 else ''}; list the adopters here too, one per line "
            f"(graduation needs at least {minimum})"
        )
    else:
        message = (
            f"the Adoption Assertion names {count} organization{'s' if count != 1 else ''}; graduation needs "
            f"at least {minimum} independent adopters: list them, one per line"
        )
    yield ctx.finding(ID, Severity.WARNING, message, found.heading, section=section_id, count=count)


def _named_adopter_blocks(ctx: LintContext) -> list[Block]:
    """The Adopter headings that name an organization (not the template's $COMPANY/$INDUSTRY)."""
    return [
        block
        for block in ctx.document.blocks
        if block.kind is BlockKind.HEADING
        and _ADOPTER_HEADING.match(block.text)
        and not PLACEHOLDER_RE.search(block.text)
    ]


RULE = Rule(
    ID,
    Severity.WARNING,
    "A graduation application names fewer than three adopters.",
    check,
    __doc__ or "",
    options={"min-adopters": MIN_ADOPTERS},
)
