"""unfilled-section: a part of a GTR, governance review or security self-assessment that still
holds only the template's text.

Why: a companion document is submitted with the application; a section that still reads as the
template (the self-assessment's outline text, "Actors: These are the individual parts of your
system …"), a heading the template leaves for the author with nothing under it (a governance
review's "Executing the Assessment"), or a list the template opens and nobody wrote (the
Must-Fix Items, Points of Excellence, Areas for Improvement) shows the document is not done.

Severity: warning. One finding per section, at its heading: a section whose own text is only the
template's outline (nothing of the author's before its next subsection), or a section the
template leaves empty with nothing in it or its subsections; and one per list lead-in with no
list after it, at the lead-in. Sections the author restructured (headings of their own, the
template's text replaced) are the author's.

An outline bullet of the template kept as the prompt of a part ("* Case Studies. Provide context
for reviewers …") with nothing of the author's after it (on its line, nested under it, or in the
paragraphs before the next piece of the template or heading) is an unanswered part, reported at
the bullet; the unanswered parts of one section (an Appendix left as the template's four) are one
finding, at the first, naming the others and folding their lines ("also at"), rather than one at
its heading. A bullet whose opening words the author
changed ("[CII Best Practices](…)" where the template now links OpenSSF's) is still the
template's. A prompt heading the sub-prompts nested under it ("Communication Channels." over
"Internal.") is answered through them.

A heading that shows nothing when rendered is unfilled too, one finding at it: followed by
nothing before the next heading of its level or above ("### Git Infrastructure" right before "###
CI/CD Infrastructure"), or only by HTML comments, which GitHub does not show: the template's
outline kept as a hidden prompt (``### Actions`` then ``<!-- These are the steps that a project
performs … -->``; also under a heading of the author's own named after an outline item, "###
Incident Response" over ``<!-- A description of the defined procedures … -->``), the template's
standard wording commented out ("Self-assessment use"), or a section of the author's own written
inside a comment. The message says what the template asks there. A template section whose own
text the template asks for ("Overview: One or two sentences …") holding only that prompt, hidden,
above its first subsection is unfilled as well. A heading followed by a deeper heading otherwise
groups what follows and is no finding; one followed by headings of the author's set above its level
("## Project compliance" then "# Vulnerability Reporting:" and its text) holds that text, cut off
by their level: heading-level reports those headings, not an empty section. A heading of the
author's own followed by two or more headings of its level, each with text, up to the template's
next section ("## Project Design" then "## High level architecture:" and "## Internal
Architecture") holds its parts at its level: the finding says to make them its subsections, as for
a template section whose listed parts follow at its level; a lone sibling with text, empty
siblings ("### Git Infrastructure" then "### CI/CD Infrastructure") and the template's next section
leave it empty. A labelled part of the outline ("Known Issues Over Time",
"Case Studies") whose prompt is only in a comment of a section the author wrote, and which the
section's shown text never names, is one finding at the comment, naming the parts it holds.

Passes: ``### Actors`` followed by the project's own description of its components; ``###
Actors``, the template's prompt in a comment, then ``#### Controller`` and its description.
Fails: ``### Actors`` followed only by the template's "These are the individual parts …", shown
or inside ``<!-- … -->``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from applint.findings import Finding, Severity
from applint.matching.companion_headings import BareHeading
from applint.matching.hidden_parts import HiddenPart
from applint.rules.context import CompanionContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten
from applint.templates.companions import CompanionSection
from applint.text.normalize import normalize
from applint.text.wording import and_list

ID = "unfilled-section"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    name = ctx.template.short_name
    # a section whose text follows under headings set above its level: heading-level reports them
    reported: set[int] = {bare.block for bare in ctx.bare_headings if bare.outranking}
    for found in ctx.reading.sections:
        section = found.section
        if section.instructions or found.block in reported:
            continue  # the template's instructions left in: template-guidance
        if found.guidance and _prompts_only(found.guidance, found.unanswered_prompts):
            reported.add(found.block)
            yield from _unanswered_prompts(ctx, found.unanswered_prompts, section)
            continue
        if found.content:  # the author wrote in the section: the prompts left unanswered there
            yield from _unanswered_prompts(ctx, found.unanswered_prompts, section)
        elif found.guidance:
            reported.add(found.block)
            first = found.guidance[0][1]
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"'{section.title}' still holds only the template's outline text ('{shorten(first, 60)}'): "
                f"replace it with the project's own",
                ctx.line_of(found.block),
                section=section.id,
            )
        elif section.expects_content and not found.span:
            reported.add(found.block)
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"nothing is written under '{section.title}': the {name} template leaves it for you to fill in",
                ctx.line_of(found.block),
                section=section.id,
            )
    for bare in ctx.bare_headings:
        if bare.block not in reported:
            yield ctx.finding(
                ID,
                Severity.WARNING,
                _bare_message(ctx, bare),
                ctx.line_of(bare.block),
                section=bare.section.section.id if bare.section else None,
            )
    by_comment: dict[int, list[HiddenPart]] = {}
    for part in ctx.hidden_parts:
        by_comment.setdefault(part.comment, []).append(part)
    for comment, parts in by_comment.items():
        lead = parts[0]
        title = ctx.template.sections_by_id[lead.item.section_id].title
        labels = " and ".join(f"'{part.label}'" for part in parts)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{title}' leaves out the {name} template's {labels}: "
            f"{'their prompts are' if len(parts) > 1 else 'its prompt is'} only inside an HTML comment "
            f"('{shorten(_prompt(lead.item.text), 50)}'), which GitHub does not show: answer "
            f"{'them' if len(parts) > 1 else 'it'} in the section (or say there is nothing to report)",
            ctx.line_of(comment),
            section=lead.item.section_id,
        )
    for item, title in ctx.unanswered("intro"):
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the '{title}' list is empty: list the items after '{shorten(item.item.text, 50)}', "
            "or write that there are none",
            ctx.line_of(item.block),
            section=item.item.section_id,
        )


def _prompts_only(guidance: tuple[tuple[int, str, bool], ...], unanswered: tuple[int, ...]) -> bool:
    """True when every piece of a section's outline text is a labelled bullet left unanswered
    (an Appendix of the template's four prompts): each is a part of its own, reported at its line."""
    return len(unanswered) == len(guidance) and all(
        block in unanswered and _label(text) for block, text, _ in guidance
    )


def _unanswered_prompts(
    ctx: CompanionContext, blocks: tuple[int, ...], section: CompanionSection
) -> Iterator[Finding]:
    """The outline bullets of one section kept with no answer after them: one problem, told at the
    first naming the others, which carry its fold key (the grouping stage folds them in, "also at")."""
    if not blocks:
        return
    texts = [ctx.document.blocks[block].text for block in blocks]
    labels = [_label(text) for text in texts]
    first, rest = labels[0], labels[1:]
    part = f"'{first}' in '{section.title}'" if first else f"the template's prompt in '{section.title}'"
    others = ""
    if rest:
        named = [f"'{label}'" for label in rest if label]
        unnamed = len(rest) - len(named)
        if unnamed:
            named.append(f"{unnamed} more of its prompt{'s' if unnamed > 1 else ''}")
        others = f", and so {'are' if len(rest) > 1 else 'is'} {and_list(named)} after it"
    each = "each" if rest else "it"
    fold: dict[str, Any] = {"fold": f"prompts:{section.id}", "fold_note": "also at {where}"} if rest else {}
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"{part} is still only the {ctx.template.short_name} template's prompt "
        f"('{shorten(_prompt(texts[0]), 60)}') with no answer after it{others}: write the project's "
        f"own answer under {each}, or say there is nothing to report",
        ctx.line_of(blocks[0]),
        section=section.id,
        **fold,
    )
    for block, label in zip(blocks[1:], rest, strict=True):  # named above: folded into it
        yield ctx.finding(ID, Severity.WARNING, f"'{label}'", ctx.line_of(block), section=section.id, **fold)


def _label(text: str) -> str:
    """The short label an outline bullet opens with ("Case Studies" of "Case Studies. Provide
    context …"), or "" when it opens with a sentence."""
    head, dot, rest = text.partition(". ")
    return head.strip() if dot and rest and len(head.split()) <= 5 else ""


def _bare_message(ctx: CompanionContext, bare: BareHeading) -> str:
    """What is wrong with a heading that shows nothing, and what to write there."""
    title = ctx.document.blocks[bare.block].text
    name = ctx.template.short_name
    hidden = "inside an HTML comment, which GitHub does not show"
    if bare.hidden:
        first = bare.hidden[0]
        if first.role == "boilerplate":
            fill = " (the project's name in place of '[project]')" if "[project]" in first.text else ""
            return (
                f"'{title}' shows nothing when rendered: the {name} template's text for it "
                f"('{shorten(first.text, 60)}') is {hidden}: take it out of the comment{fill}, or write "
                "the project's own"
            )
        return (
            f"'{title}' shows nothing when rendered: its only text is the {name} template's prompt "
            f"('{shorten(_prompt(first.text), 60)}') {hidden}: write the project's answer under the heading"
        )
    of_template = bare.section is not None
    if not title.strip():
        return "a heading with no title shows as an empty line in a larger font: remove it, or give it its title and text"
    part = _own_part_after(ctx, bare)
    if not part and bare.own_part is not None:
        part = ctx.document.blocks[bare.own_part].text
    if part:
        return (
            f"'{title}' shows as an empty heading: its parts follow as headings of the same level "
            f"('{part}'): make them its subsections, one level deeper"
        )
    if bare.comment_only:
        advice = "write it outside the comment" + ("" if of_template else ", or remove the heading")
        return f"'{title}' shows nothing when rendered: everything under it is {hidden}: {advice}"
    if of_template and bare.section is not None:
        asks = next((item.text for item in bare.section.section.items if item.role == "guidance"), "")
        wanted = f" (the {name} template asks: '{shorten(_prompt(asks), 60)}')" if asks else ""
        return f"nothing is written under '{title}', so it shows as an empty heading: write the project's own there{wanted}"
    return (
        f"nothing is written under '{title}', so it shows as an empty heading: write what belongs "
        "there, or remove the heading"
    )


def _own_part_after(ctx: CompanionContext, bare: BareHeading) -> str:
    """The title of the next heading when it is one of the parts the template lists for this
    section, written at the section's own level ("## Security Issue Resolution" then "##
    Responsible Disclosures Process"), else ""."""
    if bare.section is None or bare.following is None or bare.comment_only:
        return ""
    blocks = ctx.document.blocks
    after = blocks[bare.following]
    if after.level != blocks[bare.block].level:
        return ""
    parts = {normalize(item.text.partition(". ")[0]) for item in bare.section.section.items}
    return after.text if normalize(after.text) in parts else ""


def _prompt(text: str) -> str:
    """An outline item's text without the label it opens with ("Incident Response. A description
    …" reads "A description …" under a heading that already says "Incident Response")."""
    head, dot, rest = text.partition(". ")
    return rest if dot and len(head.split()) <= 5 and rest else text


RULE = Rule(
    ID,
    Severity.WARNING,
    "A section of a companion document holds only the template's text.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
