"""adopters: an application without three named adopters.

Why: graduation and incubation both require use by at least three independent adopters ("Used
in appropriate capacity by at least 3 independent + indirect/direct adopters"); the TOC
interviews them. An Adoption Assertion naming fewer (the incubation template's empty ``*`` item
left as is) will be sent back. (Adopter blocks still reading ``$COMPANY/$INDUSTRY`` are reported
by placeholder, once each.)

Severity: warning. Any application whose template has an Adoption Assertion (graduation and
incubation alike); a TOC due-diligence document, or a document of a kind whose template asks for
no adopters, is never told to list them. In an application whose template has no Adopter blocks
(incubation) the graduation template's "If the Adopting organization needs to remain anonymous,
…" guidance (copied with its Adopter blocks) is reported here, once per occurrence, saying that
this level asks for no Adopter blocks; in a graduation application it is the template's own
guidance and template-instructions reports it.

Options: ``min-adopters`` (default 3), the number of organizations the Adoption Assertion
must name.

Passes: an Adoption Assertion listing three or more organizations, and Adopter blocks naming
each adopter.
Passes too: an Adoption Assertion that links the project's ADOPTERS file, or that points to
Adopter blocks further down (a ``#adoption`` link) naming at least three organizations.
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
from applint.text.patterns import LazyPattern

ID = "adopters"
MIN_ADOPTERS = 3
_ADOPTER_HEADING = LazyPattern(r"^\s*adopter\s+\d+\b", re.IGNORECASE)
_ADOPTERS_FILE = LazyPattern(r"adopters(?:\.md)?(?:$|[#?])|/adopters/?$", re.IGNORECASE)
_LIST_SEPARATOR = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+")
_PARENTHESES = LazyPattern(r"\([^()]*\)")
_ANONYMOUS = LazyPattern(
    r"needs to remain anonymous, stating the industry vertical is sufficient", re.IGNORECASE
)


def check(ctx: LintContext) -> Iterator[Finding]:
    # What the template asks decides, not the kind's name: an application template with an
    # Adoption Assertion asks for adopters; a DD template (the TOC interviews them) and any other
    # document kind do not.
    if ctx.template.due_diligence or not ctx.follows_template or not _asks_for_adopters(ctx):
        return
    yield from _assertion(ctx)
    yield from _anonymous_guidance(ctx)


def _assertion_id(ctx: LintContext) -> str | None:
    return next((s.id for s in ctx.template.walk() if s.id.endswith("adoption-assertion")), None)


def _asks_for_adopters(ctx: LintContext) -> bool:
    return _assertion_id(ctx) is not None


def _assertion(ctx: LintContext) -> Iterator[Finding]:
    section_id = _assertion_id(ctx)
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
        and not _ANONYMOUS.search(block.text)
        and (block.kind is not BlockKind.PARAGRAPH or len(block.text.split()) <= 8)
    ]
    count = sum(len(block.text.split("\n")) - (1 if block.kind is BlockKind.TABLE else 0) for block in names)
    count += sum(
        _names_in_sentence(block.text)
        for block in ctx.document.blocks[found.start + 1 : found.end]
        if block.kind is BlockKind.PARAGRAPH
        and len(block.text.split()) > 8
        and not is_template_text(block.text, ctx.template.kind)
    )
    minimum = option(ctx, RULE, "min-adopters")
    if count >= minimum:
        return
    named = _named_adopter_blocks(ctx)
    links = [link for block in ctx.document.blocks[found.start + 1 : found.end] for link in block.links]
    if any(_ADOPTERS_FILE.search(link) for link in links) or (
        len(named) >= minimum and any(link.startswith("#") for link in links)
    ):
        return  # the list is in a linked ADOPTERS file, or in the Adopter blocks it points to
    kind = ctx.template.kind
    if count == 0 and named:
        lines = ", ".join(str(block.line) for block in named)
        message = (
            f"the Adoption Assertion list is empty, though the Adopter blocks "
            f"({ctx.document.unit.value}{'s' if len(named) != 1 else ''} {lines}) name {len(named)} "
            f"organization{'s' if len(named) != 1 else ''}; list the adopters here too, one per line "
            f"({kind} needs at least {minimum})"
        )
    else:
        message = (
            f"the Adoption Assertion names {count} organization{'s' if count != 1 else ''}; {kind} needs "
            f"at least {minimum} independent adopters: list them, one per line"
        )
    yield ctx.finding(ID, Severity.WARNING, message, found.heading, section=section_id, count=count)


def _names_in_sentence(text: str) -> int:
    """How many organizations a sentence lists ("Northwind Freight, Halvorsen Bank and Qubit Retail
    run it in production"): the comma- or "and"-separated parts that open with a capitalised name;
    0 unless there are at least two (a sentence that merely starts with a capital lists nothing)."""
    parts = _LIST_SEPARATOR.split(_PARENTHESES.sub(" ", text.split(";", 1)[0]))
    named = sum(1 for part in parts if part.strip()[:1].isupper())
    return named if named >= 2 else 0


def is_adopter_block(title: str) -> bool:
    """Whether a heading (or template section) title is an Adopter block's ("Adopter 2 - Globex/Energy")."""
    return _ADOPTER_HEADING.match(title) is not None


def _named_adopter_blocks(ctx: LintContext) -> list[Block]:
    """The Adopter headings that name an organization (not the template's $COMPANY/$INDUSTRY)."""
    return [
        block
        for block in ctx.document.blocks
        if block.kind is BlockKind.HEADING
        and is_adopter_block(block.text)
        and not PLACEHOLDER_RE.search(block.text)
    ]


def _anonymous_guidance(ctx: LintContext) -> Iterator[Finding]:
    """The graduation template's anonymity guidance, where the template in use does not carry it
    (so template-instructions, which knows only that template's guidance, cannot report it)."""
    if any(_ANONYMOUS.search(text) for text, _ in ctx.template.guidance):
        return
    for block in ctx.document.blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and _ANONYMOUS.search(block.text):
            yield ctx.finding(
                ID,
                Severity.WARNING,
                "the graduation template's guidance \"If the Adopting organization needs to remain "
                f'anonymous, …" is left in, but the {ctx.template.kind} template asks for no Adopter '
                "blocks; delete it and name the adopters in the Adoption Assertion",
                block,
            )


RULE = Rule(
    ID,
    Severity.WARNING,
    "An application names fewer than three adopters.",
    check,
    __doc__ or "",
    options={"min-adopters": MIN_ADOPTERS},
)
