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

An adopter counted as independent that is the project's own employer is reported too, at the
adopter's line: the organization holding most of the email addresses the application gives (points
of contact, the maintainer table) or most rows of an affiliation column ("Red Hat OpenShift" when the
maintainers are at redhat.com; ``matching.independence``). Where the application calls its
adopters independent (under the criterion asking for independent adopters, in a list or in a
sentence: "Notable independent adopters include ING Bank, Baidu, and others."), an adopter that is
any maintainer's organization in the maintainer table's affiliation column is reported too.

An adopter described without its name ("a Fortune 500 retailer", "a large European bank", "Company
A", "a leading telecom operator (name withheld)") is not a named adopter: the TOC interviews
adopters and needs to know who they are. Such descriptions count as unnamed; when every adopter
listed is one, the finding says so, once for the list. The graduation template's own option (an
Adopter block naming the industry vertical of an adopter that must stay anonymous) is kept: where
that template's Adopter blocks are written, the Adoption Assertion's descriptions count; so they
do where that guidance is copied into an incubation application, whose own finding (below) asks
for the names.

A free-form proposal (off the template; unknown-template's warning) is read too: its adopters part
(an "Adopters" or "Production users" heading, the criterion "Used successfully in production by at
least three independent end users" as a heading or bold title, or the sentence about its adopters:
``matching.proposal_adopters``) naming fewer than three organizations is reported at that part,
unless the proposal links an ADOPTERS or USERS file or an adopters page anywhere, or the part links
the page it says lists its users. Location: the first block of the part under its heading.

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
from applint.matching.adoption import ANONYMOUS, assertion_section_id
from applint.matching.independence import employer_adopters
from applint.matching.progress import locate
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, option
from applint.text.markers import PLACEHOLDER_RE
from applint.text.patterns import LazyPattern

ID = "adopters"
MIN_ADOPTERS = 3
_ADOPTER_HEADING = LazyPattern(r"^\s*adopter\s+\d+\b", re.IGNORECASE)


def check(ctx: LintContext) -> Iterator[Finding]:
    # What the template asks decides, not the kind's name: an application template with an
    # Adoption Assertion asks for adopters; a DD template (the TOC interviews them) and any other
    # document kind do not.
    if ctx.template.due_diligence or ctx.selection.due_diligence or not _asks_for_adopters(ctx):
        return
    if not ctx.follows_template:
        yield from _proposal(ctx)
        return
    yield from _assertion(ctx)
    yield from _anonymous_guidance(ctx)
    yield from _employer_adopters(ctx)


def _asks_for_adopters(ctx: LintContext) -> bool:
    return assertion_section_id(ctx.template) is not None


def _assertion(ctx: LintContext) -> Iterator[Finding]:
    adoption = ctx.adoption
    if adoption is None or not ctx.expects(adoption.section_id):
        return
    count = adoption.listed
    minimum = option(ctx, RULE, "min-adopters")
    named = _named_adopter_blocks(ctx)
    if (named and _template_allows_anonymity(ctx)) or _anonymity_guidance(ctx):
        # The graduation template's own option (the Adopter blocks name the industry), or its
        # guidance copied where this level asks for no Adopter blocks, which _anonymous_guidance
        # reports, asking for the names: the descriptions count here.
        count = adoption.described
    if count >= minimum:
        return
    if adoption.adopters_file or (len(named) >= minimum and adoption.anchored):
        return  # the list is in a linked ADOPTERS file, or in the Adopter blocks it points to
    kind = ctx.template.kind
    if count == 0 and adoption.anonymous:
        message = all_anonymous(adoption.anonymous)
    elif count == 0 and named:
        lines = ", ".join(str(block.line) for block in named)
        message = (
            f"the Adoption Assertion list is empty, though the Adopter blocks "
            f"({ctx.document.unit.value}{'s' if len(named) != 1 else ''} {lines}) name {len(named)} "
            f"organization{'s' if len(named) != 1 else ''}; list the adopters here too, one per line "
            f"({kind} needs at least {minimum})"
        )
    else:
        message = (
            f"the Adoption Assertion names {count} organization{'s' if count != 1 else ''}"
            f"{_described_too(adoption.anonymous if count == adoption.listed else 0)}; {kind} needs "
            f"at least {minimum} independent adopters: list them, one per line"
        )
    yield ctx.finding(
        ID, Severity.WARNING, message, adoption.heading, section=adoption.section_id, count=count
    )


def all_anonymous(count: int) -> str:
    """The message for adopters all described without a name."""
    every = "the one adopter is" if count == 1 else f"all {count} adopters are"
    return (
        f"{every} described without a name; the TOC interviews adopters and needs to know who they "
        "are — name them, or tell the TOC privately and say so here"
    )


def _described_too(anonymous: int) -> str:
    """What a message adds of the adopters described without a name beside those named."""
    if not anonymous:
        return ""
    return f" (and describes {anonymous} more without a name, which the TOC cannot verify)"


def _anonymity_guidance(ctx: LintContext) -> list[Block]:
    """The graduation template's anonymity guidance as written in a document whose template lacks it."""
    if _template_allows_anonymity(ctx):
        return []
    return [
        block
        for block in ctx.document.blocks
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and ANONYMOUS.search(block.text)
    ]


def _template_allows_anonymity(ctx: LintContext) -> bool:
    """Whether the template in use offers anonymous Adopter blocks (graduation's "If the Adopting
    organization needs to remain anonymous, stating the industry vertical is sufficient")."""
    return any(ANONYMOUS.search(text) for text, _ in ctx.template.guidance)


def _proposal(ctx: LintContext) -> Iterator[Finding]:
    """A free-form proposal whose adopters part names fewer than the minimum organizations."""
    from applint.matching.proposal_adopters import links_adopters_file, proposal_adopters

    if links_adopters_file(ctx.document):
        return
    part = proposal_adopters(ctx.document, ctx.template.kind)
    minimum = option(ctx, RULE, "min-adopters")
    if part is None or part.named >= minimum:
        return
    if part.named == 0 and part.anonymous:
        message = all_anonymous(part.anonymous)
    else:
        message = (
            f"the adopters part names {part.named} organization{'s' if part.named != 1 else ''}"
            f"{_described_too(part.anonymous)}; "
            f"{ctx.template.kind} needs at least {minimum} independent adopters, whom the TOC "
            "interviews: name them, link the ADOPTERS file or page listing them, or say which adopters the TOC "
            "can interview in confidence"
        )
    yield ctx.finding(ID, Severity.WARNING, message, part.block, named=part.named, anonymous=part.anonymous)


def _employer_adopters(ctx: LintContext) -> Iterator[Finding]:
    """An adopter that is the organization most of the project's people work for."""
    for found in employer_adopters(ctx.document, ctx.template, ctx.mapping, ctx.joined_text):
        line, column = locate(ctx.document, found.block, found.name, set())
        whose = "the project's own employer" if found.employer.majority else "a maintainer's employer"
        called = "" if found.employer.majority else ", though the application calls it independent"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'adopter "{found.name}" is {whose} ({found.employer.basis}){called}; the TOC '
            "asks for adopters independent of the maintainers: list independent ones, or move this one "
            "out of the count",
            line,
            column,
            employer=found.employer.name,
        )


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
    for block in _anonymity_guidance(ctx):
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
