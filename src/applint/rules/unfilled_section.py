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

Passes: ``### Actors`` followed by the project's own description of its components.
Fails: ``### Actors`` followed only by the template's "These are the individual parts …".
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten

ID = "unfilled-section"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    name = ctx.template.short_name
    for found in ctx.reading.sections:
        section = found.section
        if section.instructions:
            continue  # the template's instructions left in: template-guidance
        if found.guidance and not found.content:
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
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"nothing is written under '{section.title}': the {name} template leaves it for you to fill in",
                ctx.line_of(found.block),
                section=section.id,
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


RULE = Rule(
    ID,
    Severity.WARNING,
    "A section of a companion document holds only the template's text.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
