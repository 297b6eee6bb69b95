"""dangling-intro: a sentence that introduces a list, table or items that never come.

Why: "Some examples of SIG ownership:" followed by the next criterion means the examples were
lost (often in an export, or a paste that stopped short); the reviewer sees a promise and no
content.

Severity: warning.

Finds: a paragraph ending in ":" (or promising "the following …") whose next block is a
heading, a criterion, nothing, or a paragraph that starts a new statement (one sentence of
eight words or more, or one ending in a full stop). These count as the items: a list, a table,
code, a block quotation (``> …``), an image, a paragraph indented below the intro, short
item-like lines (a name, an e-mail address, a link, "label: value"), paragraphs
that open with a short label ("The Placement API: …"), a paragraph of several sentences (the
explanation announced), and a placeholder (reported by its own rule; "Case study: <add link>" too). The template's own
sentences are not intros. In a due-diligence document the Evaluation Summary's slots ("The
following criteria implementations are noteworthy to call out:", "… considered blocking but since
resolved:", "… non-blocking in the TOC's assessment …:") are filled by whatever paragraph the TOC
member writes under them, one sentence or several; only a heading, a criterion or the end of the
document after such a slot is reported.

In a document not written from the template (a free-form proposal), a heading under the intro's
own section is what it introduces: "Dapr meets the graduation stage requirements in the following
ways:" over "### Have committers from at least two organizations".

Passes: "Project points of contacts:" followed by "Andrew Burden, aburden@redhat.com".
Passes: "The project's mission statement:" followed by "> Examplo gives every cluster …".
Fails: "Some examples of SIG ownership:" followed by "The KubeVirt project abides by the CNCF
code of conduct."
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.templates.boilerplate import is_template_text
from applint.text.markers import ANGLE_PLACEHOLDER, strip_markers
from applint.text.normalize import normalize
from applint.text.precompiled import cached_pattern, compile_pattern

ID = "dangling-intro"
# Compiled on first use by re (most paragraphs never get past the pre-tests that guard them).
_PROMISE = r"(?i)(:|\bthe following(\s+\w+){0,2}\s*[.:]?|\bas follows\s*[.:]?)\s*$"
_ITEMS = (BlockKind.LIST_ITEM, BlockKind.TABLE, BlockKind.CODE, BlockKind.HTML)
_CONTACT = r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|#\d+"
_LABEL = r"^[^.:]{1,60}:\s+\S"
STATEMENT_WORDS = 8
LABEL_WORDS = 6
_SENTENCE_END = compile_pattern(r"[.!?](?:\s|$)")
# The DD template's summary sentences that each lead into a slot the TOC member fills ($NOTABLES,
# $BLOCKERS, $RECOMMENDATIONS), in the template's words after normalising.
DD_SLOT_LEADS = (
    "noteworthy to call out",
    "considered blocking but since resolved",
    "non blocking in the toc s assessment",
)


# A paragraph with at most this many words per link is a run of links ("[Istio](…) [Helm](…) …").
LINK_RUN_WORDS = 4


def check(ctx: LintContext) -> Iterator[Finding]:
    blocks = ctx.document.blocks
    statements = set(ctx.mapping.criteria.values())
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH or index in statements or not _promises(block.text):
            continue
        if is_template_text(block.text, ctx.template.kind):
            continue
        if _stand_in_after(ctx.document.source_lines, block):
            continue  # "Case study: <add link>": a stand-in where the items go, the placeholder rule's
        following_index = ctx.document.next_content(index)
        following = blocks[following_index] if following_index is not None else None
        # In a due-diligence summary a TOC member lists action items as checkboxes: items, not criteria.
        is_criterion = (
            following_index in statements
            # A free-form proposal's list item that reads like a criterion is still an item.
            and (ctx.follows_template or following is None or following.kind is not BlockKind.LIST_ITEM)
        ) or (following is not None and following.is_checkbox and not ctx.selection.due_diligence)
        from applint.matching.setting import set_apart  # a paragraph that promises what follows only

        shown_apart = following is not None and set_apart(ctx.document, following, block)
        slot = ctx.selection.due_diligence and _leads_into_slot(block.text)
        if not ctx.follows_template and _opens_subsection(blocks, index, following):
            continue  # a free-form proposal's "… in the following ways:" over its own subsections
        problem = _missing_items(following, is_criterion, shown_apart or slot)
        if problem:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f'"{shorten(block.text, 60)}" introduces a list, but {problem}; add the items or rephrase',
                block,
                next_line=following.line if following else None,
            )


def _stand_in_after(source_lines: Sequence[str], block: Block) -> bool:
    """Whether the intro's last line holds a stand-in in angle brackets ("<add link>"), which the
    Markdown reader drops from the text as an HTML tag."""
    last = source_lines[min(block.end_line, len(source_lines)) - 1]
    return "<" in last and cached_pattern(ANGLE_PLACEHOLDER).search(last) is not None


def _promises(text: str) -> bool:
    """Whether the text ends by announcing what follows (the pattern runs only on text that ends
    with a colon or mentions "follow", which every form it matches does)."""
    return (text.rstrip().endswith(":") or "follow" in text.lower()) and cached_pattern(_PROMISE).search(
        text
    ) is not None


def _opens_subsection(blocks: Sequence[Block], index: int, following: Block | None) -> bool:
    """Whether the next block is a heading under the intro's own section (deeper than the heading
    over the intro): the subsections are what it introduces ("Dapr meets the graduation stage
    requirements in the following ways:" over "### Have committers from at least two
    organizations")."""
    if following is None or following.kind is not BlockKind.HEADING:
        return False
    over = next((block for block in reversed(blocks[:index]) if block.kind is BlockKind.HEADING), None)
    return over is not None and following.level > over.level


def _leads_into_slot(text: str) -> bool:
    """Whether the intro is one of the DD summary's sentences leading into a slot to fill."""
    lowered = normalize(text)
    return any(lead in lowered for lead in DD_SLOT_LEADS)


def _missing_items(following: Block | None, is_statement: bool, shown_apart: bool) -> str:
    """Why the items are missing, or "" when the next block supplies them (``shown_apart``: the
    next block is quoted, an image or indented below the intro, which is how what is introduced is
    set)."""
    if following is None:
        return "the document ends there"
    if following.kind is BlockKind.HEADING:
        return f"the next thing is the heading '{shorten(following.text, 40)}'"
    if is_statement:
        return "the next thing is a criterion"
    if following.kind in _ITEMS:
        return ""
    if (
        following.kind is BlockKind.PARAGRAPH
        and not _item_like(following.text)
        and not _quote_or_links(following)
        and not shown_apart
    ):
        return "the next paragraph starts a new statement"
    return ""


def _quote_or_links(block: Block) -> bool:
    """A quotation ("_\"The goal of … is …\"_") or a run of links, one per line: what a colon
    announces, without list markers (unrendered-list says when those are missing)."""
    if block.text.lstrip("_*")[:1] in ('"', "“", "'", "‘"):
        return True
    return len(block.links) >= 2 and len(block.text.split()) <= LINK_RUN_WORDS * len(block.links)


def _item_like(text: str) -> bool:
    """True for text that is (or holds) the promised items rather than a new statement."""
    words = text.split()
    if len(normalize(strip_markers(text)).split()) < 2:
        return True  # a placeholder where the items go: the placeholder rule reports it
    label = cached_pattern(_LABEL).match(text)
    if label and len(text[: text.index(":")].split()) <= LABEL_WORDS:
        return True  # "core Crossplane: https://…", "[The Placement API](…): The OCM …"
    if cached_pattern(_CONTACT).search(text) and len(words) <= 15:
        return True
    if len(_SENTENCE_END.findall(text.strip() + " ")) >= 2:
        return True  # several sentences: the explanation the intro announced
    return len(words) < STATEMENT_WORDS and not text.rstrip().endswith(".")


RULE = Rule(ID, Severity.WARNING, "A sentence introduces items that never come.", check, __doc__ or "")
