"""misplaced-heading: a heading of one template section pasted inside another section (or a
second copy of a section's heading inside that same section).

Why: a heading such as "## Security" pasted into the Governance answers, or "# Criteria
Evaluation" written again under "### Criteria Evaluation", splits the section in two: what follows
it reads, to the reviewer and to applint alike, as belonging to the other section, and the real
section looks short of answers. Usually an editing slip when text was moved between sections.

Severity: warning, at the stray heading, naming the section it belongs to and that section's line.

Finds: a heading whose title is exactly a template section's title (or alias), when that section
is found at another heading of the document and this one was not taken for any section (the
generic "Suggested" and "Required" are not judged: every area has them). Two or more such
headings in the order of their originals are a pasted copy of several sections, duplicate-content's
finding, not this one's.

Passes: each template heading once, where the template has it; headings of the author's own
("#### Security Response Committee" inside an answer); a section heading the document only has
once, wherever it is (missing-section and the mapping judge the order).
Fails: "## Security" at line 80 and "## Security" again at line 140 inside "Ecosystem".
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.structure import Section
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, describe_section

ID = "misplaced-heading"


def check(ctx: LintContext) -> Iterator[Finding]:
    strays = ctx.stray_headings
    if not strays:
        return
    headings = [index for index, block in enumerate(ctx.document.blocks) if block.kind is BlockKind.HEADING]
    before = {later: earlier for earlier, later in itertools.pairwise(headings)}
    by_start = {section.start: section for section in ctx.mapping.root.walk()}
    for index, (section_id, original) in strays.items():
        block = ctx.document.blocks[index]
        name = describe_section(ctx, section_id)
        container = _mapped_container(ctx, by_start.get(index))
        if before.get(index) == original.start or (container is not None and container[1] is original):
            message = (
                f"heading '{block.text}' repeats the heading of '{name}' ({ctx.where(original.line)}) inside "
                "that section; delete the second heading"
            )
        else:
            inside = f" inside '{describe_section(ctx, container[0])}'" if container else ""
            message = (
                f"heading '{block.text}' belongs to '{name}', which is at {ctx.where(original.line)}; this "
                f"copy{inside} makes what follows read as part of it: move that text under "
                f"{ctx.where(original.line)}, or rename or delete this heading"
            )
        yield ctx.finding(ID, Severity.WARNING, message, block, section=section_id)


def _mapped_container(ctx: LintContext, section: Section | None) -> tuple[str, Section] | None:
    """The innermost template section (id, document section) around a document section."""
    current = section.parent if section is not None else None
    while current is not None:
        section_id = ctx.mapping.section_id_of(current)
        if section_id is not None:
            return section_id, current
        current = current.parent
    return None


RULE = Rule(
    ID, Severity.WARNING, "A section's heading is pasted inside another section.", check, __doc__ or ""
)
