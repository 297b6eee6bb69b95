"""missing-field: a companion document keeps its template's table of fields (a security
self-assessment's metadata table) but leaves out rows the template asks for.

Why: the self-assessment's metadata table (Assessment Stage, Software, Security Provider,
Languages, SBOM) is "later used for indexing": TAG Security files each assessment by its stage,
and a reader looks there first for the repository, the languages and the SBOM. A table written
from the template that drops a row (most often Assessment Stage) leaves that out unnoticed,
because a missing row shows nothing.

Severity: warning. One finding per table, at its first line, naming every row it lacks. Only a
table holding most of the template's rows (three or more) is compared, so a free-form header, an
HTML table or a document written before the table existed is left alone. A row named in other
words the template gives ("Software Bill of Materials" for SBOM, "Security Provider?") counts, and
so does a field stated elsewhere in the document ("Assessment Stage: Complete" above the table).

Passes: a metadata table with all five rows.
Fails: ``| Software | … |``, ``| Security Provider | No |``, ``| Languages | Go |``, ``| SBOM | … |``
with no Assessment Stage row.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.companion_fields import missing_rows
from applint.rules.context import CompanionContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten
from applint.text.wording import and_list

ID = "missing-field"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    gap = missing_rows(ctx.document, ctx.template, ctx.reading.fields)
    if gap is None:
        return
    names = [repr(field.label) for field in gap.missing]
    listed = and_list(names)
    section = ctx.template.sections_by_id.get(gap.missing[0].section_id)
    table = f"the {section.title} table" if section is not None else "this table"
    if len(names) == 1:
        field = gap.missing[0]
        asks = f"a row the {ctx.template.short_name} template asks for ('{shorten(field.template_value, 50)}'): add it"
    else:
        asks = f"rows the {ctx.template.short_name} template asks for: add them"
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"{table} has no {listed} {'row' if len(names) == 1 else 'rows'}, {asks}",
        gap.line,
        section=gap.missing[0].section_id,
        fields=[field.label for field in gap.missing],
    )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A companion document's table of fields (the self-assessment's metadata) lacks a row its template asks for.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
