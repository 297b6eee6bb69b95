"""missing-section: a section of the template is not in the application.

Why: the TOC's due-diligence guide asks that every section have content; an application
without one of the areas (Governance and Maintainers, Security, ...) is closed as not ready.

Severity: error for a required area (the level-2 areas of the template), warning for any
other section (summary, Suggested/Required subsections, Adoption, Adopter blocks).

Passes: every template heading is present, matched by title regardless of case, spacing,
punctuation and trailing words ("Graduation Criteria Summary for KubeVirt").

A section is there when its heading is written at another level ("## Final Assessment" beside the
summary), with the project's name in place of ``$PROJECT`` or the title's words in another order
("Examplo Incubation Evaluation Summary"), or as a paragraph opening in bold ("**Final
Assessment**", "**Suggested:** N/A"). A "Suggested" or "Required" in which the template asks nothing
(its text is "N/A") is never asked for.

In a companion document, a section of the template the author writes a list or an assessment in
(a governance review's "Points of Excellence") missing where its parent and most of its
siblings are there (``matching.companion_sections``: two or more kept, at most a third missing)
is one warning at the sibling it belongs before, naming what the template asks there. So is a
section whose text the author keeps with the project's name put in (a self-assessment's
"Self-assessment use": "This self-assessment is created by the [project] team …"), missing where
its siblings are kept (under the template's grouping heading "Self-assessment outline" or not)
and its text's opening is nowhere in the document. So is a self-assessment outline section left out
alone between sections the document keeps ("Project compliance" between Security functions and
features and Secure development practices), unless a heading or short label of the author's has
its head noun ("## Compliance", "**Standards and Compliance:**"), its fields are there, or one of its
parts opens a block elsewhere ("Responsible Disclosures Process: …").

A governance review written under headings of its own ("## Background", "## Observations", "##
Risks", "## Recommendations": fewer than half of the template's sections kept, most of its own
headings, at least three) is read by topic for each part of the template (``matching.governance_shape``):
a heading or label worded otherwise counts ("Overall assessment", "Status: ready for graduation",
"Blocking issues", "Strengths", "Recommendations"), and so do the words reviewers write for a part
anywhere ("there are no blocking issues", "CODEOWNERS", "elections"; not "non-blocking", nor "the
Project Reviews subproject"). The parts it says nothing of are one finding at its title: a warning
naming first the Status and the Must-Fix Items (what the TOC decides on) and the areas whose
criteria the template marks Required at the level the review is for, then the rest; info when only
the rest are missing. Within the areas it does assess, each criterion the template marks Required at
its level whose own words are nowhere in the review (``matching.governance_criteria``: how to
submit issues or changes, the list of communication channels, the maintainer lifecycle at
Graduation) is named in that same finding, grouped by area, and makes it a warning. The finding
also names the summary's lists written under headings of the reviewer's own ("Recommendations" at
its line for the Areas for Improvement), asking for the template's title so that the TOC reads
them as those lists. A review on the template's headings that left out criteria Required at its
level, bold text and level line, and never says anything of them in its own words (no "issue
templates", "pull requests" or "triaged" for how to submit issues or changes) is one warning at the
first such criterion's area heading, naming them all by area. A review on the
template's headings, or an earlier template's, is left alone.

Entries the template nests under a part (Internal, Inbound and Outbound under Communication
Channels) are asked for once the section names some of them as labels ("**Inbound**:",
"Outbound:"): the ones neither named nor mentioned (nor called "incoming"/"outgoing") are one
warning at the part's heading or label.

In a security self-assessment (a companion document) a section the document has that follows
the template's labelled parts (it names at least one: "### Known Issues over Time" in the
Appendix) but has nothing at all of another (no heading or label, no mention, not all the words
only its label uses, "known" alone not being Known Issues Over Time, none of the words authors
write for it ("triage" for Incident Response, "adopters" for Case Studies), nor two of the entries
the template nests under it; nor a heading or bold label of its own in another section:
``matching.companion_parts``) is one warning at the section's heading, naming the parts it lacks
and what the template asks there; a word of the outline's prompt that any answer uses
("response", "defined", "review") is not the part, so every section's parts are found alike. A
section written in the author's own way (none of its parts named: one list of "Security
Components", an Appendix of links) is read the same way; the parts it says nothing of are that one
warning, unless the section is empty (unfilled-section's), asks for one part only, or says it does
not apply with its reason. Likewise a section that keeps most of
the outline's subsections but not two or more of them ("Overview" with Background, Goals and Non-goals, no
Actors or Actions: an older outline's shape, or parts dropped) is one warning at its heading,
naming those it lacks; a heading or bold label holding the title counts ("#### Actors and
Actions", "### Goal"). One alone is missing only where every other subsection is kept and the
section's text never names it (Background, Actors, Goals and Non-goals, and no word of Actions).

A companion template's group heading right under its title (a GTR's "Day 0 - Planning Phase")
that the document leaves out while two or more of the group's sections stand in its place, at its
level ("## Scope", "## Design" right under the title), is one warning at the first of them. A
document that writes the group as a label, or keeps one section at the group's level and the rest
below it (that one the group's heading, renamed), is left alone. Likewise a short label the template
sets over some of a section's questions ("Cloud Native Threat Modeling") left out while two or more
of its questions follow another label the document keeps ("Security Hygiene"), so that they read as
that label's, is one warning at the first of them.

An empty heading of no template section standing inside the section where the missing one
belongs and sharing its title's own word (the application's "### Adoption Assertion" left empty in a
DD summary without its "Adoption Evaluation") is the same problem: a facet of this finding
(results.grouping), not an empty-section finding of its own.

Fails: "## Security" deleted. A missing subsection is not reported when its parent area is
already reported missing. A TOC due-diligence document (its title says "Due Diligence") is not
asked for the parts only the applicant's issue has: the triage checkbox block, the Application
Level Assertion and the Adoption Assertion. "Additional Information" is optional everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.matching.mapping import GENERIC_TITLES
from applint.matching.stray_headings import displaced
from applint.model import BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, describe_section, shorten
from applint.templates.records import TemplateSection
from applint.text.normalize import normalize_title

if TYPE_CHECKING:
    from applint.matching.governance_criteria import ReviewCriterion
    from applint.matching.governance_shape import UnwrittenReview

ID = "missing-section"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, CompanionContext):
        yield from _missing_parts(ctx)
        return
    if not ctx.follows_template:
        return
    mapped = ctx.mapping.sections
    for section in ctx.template.walk():
        if (
            section.id in mapped
            or section.id in ctx.mapping.stand_ins
            or section.role == "title"
            or section.optional
            or not ctx.expects(section.id)
        ):
            continue
        if _asks_nothing(section):
            continue  # a "Suggested" the template leaves at "N/A": there is nothing to add
        if _adopter_block(section.title) and ctx.mapping.sections.get(section.parent_id or "") is not None:
            continue  # fewer Adopter blocks than the template's three: the adopters rule counts adopters
        if section.parent_id is not None:
            parent = ctx.template.sections_by_id[section.parent_id]
            if parent.role != "title" and parent.id not in mapped:
                continue
        if displaced(ctx.document, ctx.mapping.root, ctx.stray_headings, section.titles):
            continue  # its heading is there, under a stray heading: misplaced-heading reports that
        severity = Severity.ERROR if section.required else Severity.WARNING
        line, where = _anchor(ctx, section)
        yield ctx.finding(
            ID,
            severity,
            f"section '{describe_section(ctx, section.id)}' is missing; add a "
            f"{'#' * section.level} {section.title.replace('$PROJECT', '<project>')} heading {where}",
            line,
            section=section.id,
            title=section.title,
            within=_parent_lines(ctx, section),
        )


def _adopter_block(title: str) -> bool:
    """An Adopter block's section (imported here, so that a companion document's run never loads
    the adopters rule)."""
    from applint.rules.adopters import is_adopter_block

    return is_adopter_block(title)


def _missing_parts(ctx: CompanionContext) -> Iterator[Finding]:
    """A companion section that follows the template's parts but leaves some out."""
    from applint.matching.companion_parts import missing_entries, missing_parts, missing_subsections
    from applint.matching.companion_sections import missing_sections

    name = ctx.template.short_name
    blocks = ctx.document.blocks
    for missing in missing_sections(ctx.document, ctx.reading):
        section, beside = missing.section, blocks[missing.block]
        kept = all(item.role == "boilerplate" for item in section.items)  # its text kept, name put in
        prompted = all(item.role == "guidance" for item in section.items)  # an outline's prompt
        asks = next(
            (
                _prompt_of(item.text)
                for item in section.items
                if kept or prompted or item.role in ("intro", "criterion")
            ),
            "",
        )
        parent = ctx.template.sections_by_id.get(section.parent_id or "")
        within = (
            f"'{parent.title}' has no"
            if parent is not None and ctx.reading.section_found(parent.id) is not None
            else "there is no"
        )
        instead = (
            "with the template's text and the project's name in it"
            if kept
            else "or say in it why there is nothing to write"
            if prompted
            else "or say there is nothing to list"
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"{within} '{section.title}' section, which the {name} template asks for ('{shorten(asks, 60)}'): "
            f"add it {'before' if missing.before else 'after'} '{shorten(beside.text.strip(), 40)}' "
            f"({ctx.where(beside.line)}), {instead}",
            beside.line,
            section=section.id,
        )
    yield from _unwritten_outline(ctx)
    yield from _unwritten_review(ctx)
    yield from _dropped_criteria(ctx)
    yield from _dropped_groups(ctx)
    yield from _dropped_labels(ctx)
    for found, sections in missing_subsections(ctx.document, ctx.reading):
        titles = [section.title for section in sections]
        listed = ", ".join(f"'{title}'" for title in titles[:-1]) + (" or " if len(titles) > 1 else "")
        listed += f"'{titles[-1]}'"
        first = next(item.text for item in sections[0].items if item.role == "guidance")
        why = (
            "the document follows an older outline or dropped them; add them"
            if len(titles) > 1
            else f"add it, or say under '{found.section.title}' why there is nothing to write"
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{found.section.title}' has no {listed} subsection, which the current {name} outline asks "
            f"for ({titles[0]}: '{shorten(first, 50)}'): {why}",
            ctx.line_of(found.block),
            section=found.section.id,
            parts=titles,
        )
    for found, parts in missing_parts(ctx.document, ctx.reading):
        labels = [part.item.text.partition(". ")[0].strip("[]") for part in parts]
        listed = ", ".join(f"'{label}'" for label in labels[:-1]) + (" or " if len(labels) > 1 else "")
        listed += f"'{labels[-1]}'"
        asks = "; ".join(
            f"{label}: '{shorten(_prompt_of(part.item.text), 50)}'"
            for label, part in zip(labels, parts, strict=True)
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{found.section.title}' has no {listed} part, which the {name} template asks for "
            f"({asks}): add {'them' if len(labels) > 1 else 'it'}, or say why there is nothing to write",
            ctx.line_of(found.block),
            section=found.section.id,
            parts=labels,
        )

    for found, entries, at in missing_entries(ctx.document, ctx.reading):
        labels = [entry.item.text.partition(". ")[0] for entry in entries]
        listed = " or ".join(f"'{label}'" for label in labels)
        asks = "; ".join(
            f"{label}: '{shorten(_prompt_of(entry.item.text), 50)}'"
            for label, entry in zip(labels, entries, strict=True)
        )
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"'{entries[0].parent}' in '{found.section.title}' names some of its entries but has no {listed} "
            f"entry, which the {name} template asks for ({asks}): add {'them' if len(labels) > 1 else 'it'}, "
            "or say why there is none",
            ctx.line_of(at),
            section=found.section.id,
            parts=labels,
        )


def _unwritten_outline(ctx: CompanionContext) -> Iterator[Finding]:
    """A self-assessment under headings of its own that says nothing of some outline sections: one
    finding at its title naming them all."""
    from applint.matching.outline_topics import unwritten_sections
    from applint.text.wording import and_list

    sections = unwritten_sections(ctx.document, ctx.reading)
    if not sections:
        return
    titles = [section.title for section in sections]
    named = and_list([f"'{title}'" for title in titles])
    asks = "; ".join(
        f"{section.title}: '{shorten(_prompt_of(section.items[0].text), 50)}'"
        for section in sections[:3]
        if section.items
    )
    first = next(block for block in ctx.document.blocks if block.kind is BlockKind.HEADING)
    several = len(titles) > 1
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"this {ctx.template.short_name} is written under headings of its own and says nothing of the "
        f"outline's {named} section{'s' if several else ''} "
        f"({asks}): add {'them' if several else 'it'}, under the outline's heading{'s' if several else ''}, "
        "or say there why there is nothing to write",
        first.line,
        section=sections[0].id,
        parts=titles,
    )


def _unwritten_review(ctx: CompanionContext) -> Iterator[Finding]:
    """A governance review under headings of its own that says nothing of some of the template's
    parts: one finding at its title naming them, a warning when the TOC's Status or Must-Fix Items
    or an area required at the review's level is among them."""
    from applint.matching.governance_shape import unwritten_review
    from applint.text.wording import and_list

    unwritten = unwritten_review(ctx.document, ctx.reading)
    if unwritten is None:
        return
    decided = [part for part in unwritten.parts if part.decided]
    areas = [part for part in unwritten.required if not part.decided]
    said: list[str] = []
    if decided:
        said.append(
            "the TOC finds in it " + " and ".join(f"no {_review_part(p.title, unwritten)}" for p in decided)
        )
    if areas:
        said.append(
            f"{'nor any' if decided else 'the TOC finds in it no'} assessment of "
            f"{and_list([repr(part.title) for part in areas])}, whose criteria the template marks Required "
            f"for {unwritten.level}"
        )
    if unwritten.criteria:
        criteria = unwritten.criteria
        said.append(
            f"{'in the areas it does assess, it' if said else 'it'} never assesses "
            f"{'these criteria' if len(criteria) > 1 else 'this criterion'}, which the template marks Required "
            f"for {unwritten.level}: " + _criteria_by_area(unwritten.criteria)
        )
    if unwritten.others:
        named = and_list([_review_part(part.title, unwritten) for part in unwritten.others])
        said.append(f"{'it also' if said else 'it'} says nothing of {named}")
    first = next(block for block in ctx.document.blocks if block.kind is BlockKind.HEADING)
    several = len(unwritten.parts) + len(unwritten.criteria) > 1
    retitle = (
        and_list(
            [
                f"'{renamed.heading}' ({ctx.where(renamed.line)}) '{renamed.title}'"
                for renamed in unwritten.renamed
            ]
        )
        if unwritten.renamed
        else ""
    )
    yield ctx.finding(
        ID,
        Severity.WARNING if unwritten.required or unwritten.criteria else Severity.INFO,
        f"this {ctx.template.short_name} is written under headings of its own, and {'; '.join(said)}: "
        f"add {'each' if several else 'it'} under the template's heading for it (a list may say 'none'), or say "
        f"there why {'it does' if not several else 'they do'} not apply"
        + (
            f"; retitle {retitle}, the template's name{'s' if len(unwritten.renamed) > 1 else ''} for "
            f"{'those lists' if len(unwritten.renamed) > 1 else 'that list'}, so that the TOC reads "
            f"{'them' if len(unwritten.renamed) > 1 else 'it'} as such"
            if retitle
            else ""
        ),
        first.line,
        section=(unwritten.parts[0].section_id if unwritten.parts else unwritten.criteria[0].section_id),
        parts=[part.title for part in unwritten.parts],
        required=[part.title for part in unwritten.required],
        criteria=[criterion.text for criterion in unwritten.criteria],
    )


def _dropped_criteria(ctx: CompanionContext) -> Iterator[Finding]:
    """A governance review on the template's headings that left out criteria required at its
    level, with their words: one finding at the first one's area, naming them all."""
    from applint.matching.governance_criteria import dropped_criteria

    dropped = dropped_criteria(ctx.document, ctx.reading)
    if dropped is None:
        return
    several = len(dropped.criteria) > 1
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"this {ctx.template.short_name} leaves out {'these criteria' if several else 'this criterion'}, which the "
        f"template marks Required for {dropped.level}, and says nothing of {'them' if several else 'it'} "
        f"elsewhere: {_criteria_by_area(dropped.criteria)}; add {'each' if several else 'it'} under its area with "
        "what the review found (or N/A and why)",
        ctx.line_of(dropped.block),
        section=dropped.criteria[0].section_id,
        criteria=[criterion.text for criterion in dropped.criteria],
    )


def _criteria_by_area(criteria: tuple[ReviewCriterion, ...]) -> str:
    """The criteria, quoted, with their area's title after those of each area."""
    from applint.text.wording import and_list

    areas: dict[str, list[str]] = {}
    for criterion in criteria:
        areas.setdefault(criterion.area, []).append(f"'{shorten(criterion.text, 70)}'")
    return ", and ".join(f"{and_list(quoted)} ({area})" for area, quoted in areas.items())


def _review_part(title: str, unwritten: UnwrittenReview) -> str:
    """A governance review template's part in a reader's words."""
    if title == "Status":
        choices = [choice.strip() for choice in unwritten.status_values.split("|") if choice.strip()]
        named = (
            ", ".join(choices[:-1]) + (" or " if len(choices) > 1 else "") + (choices[-1] if choices else "")
        )
        return f"Status line ({named or 'its value'})"
    if title == "Must-Fix Items":
        return "Must-Fix Items list (what must be resolved before the move, or 'none')"
    if title == "Review":
        return "the link to the project's self-assessment (the template's 'Review' section)"
    return repr(title)


def _dropped_groups(ctx: CompanionContext) -> Iterator[Finding]:
    """A group heading of the template (a GTR's "Day 0 - Planning Phase") left out while its
    sections stand in its place: one finding at the first of them."""
    from applint.matching.dropped_headings import dropped_groups
    from applint.text.wording import and_list

    blocks = ctx.document.blocks
    for dropped in dropped_groups(ctx.document, ctx.reading):
        title = dropped.section.title.replace("\\", "")
        first = blocks[dropped.kept[0].block]
        kept = and_list([f"'{found.section.title}'" for found in dropped.kept])
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the {ctx.template.short_name} template's '{title}' heading is missing: {kept} stand in its "
            f"place, at its level, so they read as parts of their own rather than of '{title}'; add "
            f"'{'#' * first.level} {title}' above '{shorten(first.text.strip(), 40)}' and set them one level "
            "below it",
            first.line,
            section=dropped.section.id,
        )


def _dropped_labels(ctx: CompanionContext) -> Iterator[Finding]:
    """A label the template sets over some of a section's questions ("Cloud Native Threat
    Modeling") left out while its questions follow another label's: one finding at the first."""
    from applint.matching.dropped_headings import dropped_labels

    blocks = ctx.document.blocks
    for dropped in dropped_labels(ctx.reading):
        label, after = dropped.label.text, blocks[dropped.after.block]
        first = dropped.questions[0]
        others = len(dropped.questions) - 1
        more = f" and {others} more question{'s' if others > 1 else ''} after it" if others else ""
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the {ctx.template.short_name} template's '{label}' label over '{shorten(first.item.text, 50)}'{more} "
            f"is missing: they follow '{shorten(dropped.after.item.text, 40)}' ({ctx.where(after.line)}) and read "
            f"as its questions; add '{label}' above '{shorten(first.item.text, 30)}', written as "
            f"'{shorten(dropped.after.item.text, 40)}' is",
            blocks[first.block].line,
            section=dropped.label.section_id,
        )


def _prompt_of(text: str) -> str:
    """An outline bullet's prompt without its labels ("Provide context …" of "Case Studies. Provide
    context …")."""
    from applint.matching.companion_parts import labels_of

    for label in labels_of(text):
        text = text[len(label) :].lstrip(". ")
    return text


def _asks_nothing(section: TemplateSection) -> bool:
    """True for a Suggested or Required subsection in which the template asks nothing (no criteria,
    no sub-sections: the template's text there is "N/A" or empty)."""
    return normalize_title(section.title) in GENERIC_TITLES and not section.criteria and not section.sections


def _anchor(ctx: LintContext, missing: TemplateSection) -> tuple[int, str]:
    """Where the section belongs: before its next sibling when that is there (a missing
    "Suggested" goes before its "Required"), else after the mapped section before it, or before
    the next one."""
    siblings = _siblings(ctx, missing)
    for sibling in siblings[siblings.index(missing) + 1 :]:
        found = ctx.mapping.sections.get(sibling.id)
        if found is not None:
            return found.line, f"before '{found.title}' ({ctx.where(found.line)})"
    order = list(ctx.template.walk())
    position = order.index(missing)
    for section in reversed(order[:position]):
        found = ctx.mapping.sections.get(section.id)
        if found is not None and section.id == missing.parent_id and section.role != "title":
            return (
                found.line,
                f"at the end of '{describe_section(ctx, section.id)}' ({ctx.where(found.line)})",
            )
        if found is not None and section.role != "title":
            end_block = ctx.document.blocks[found.end - 1] if found.end > 0 else None
            line = end_block.end_line if end_block is not None else found.line
            return line, f"after '{describe_section(ctx, section.id)}' ({ctx.where(found.line)})"
    for section in order[position + 1 :]:
        found = ctx.mapping.sections.get(section.id)
        if found is not None:
            return found.line, f"before '{found.title}'"
    return 1, "in the application"


def _parent_lines(ctx: LintContext, section: TemplateSection) -> list[int] | None:
    """The lines of the document section the missing one belongs in (its parent, as written), where
    a heading of another name standing for it would be (results.grouping reads it)."""
    found = ctx.mapping.sections.get(section.parent_id or "")
    if found is None or found.heading is None:
        return None
    blocks = ctx.document.blocks
    return [found.line, blocks[found.end - 1].end_line if found.end > found.start else found.line]


def _siblings(ctx: LintContext, section: TemplateSection) -> tuple[TemplateSection, ...]:
    if section.parent_id is None:
        return ctx.template.sections
    return ctx.template.sections_by_id[section.parent_id].sections


RULE = Rule(
    ID,
    Severity.ERROR,
    "A template section is missing from the application (or a part from a self-assessment's section).",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
