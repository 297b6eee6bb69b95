"""missing-field: a companion document keeps its template's table of fields (a security
self-assessment's metadata table) but leaves out rows the template asks for; or a free-form
proposal for a level leaves out the project facts the application templates open with.

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

A proposal written in its own shape (one that gets the unknown-template warning) is held to the
facts the templates ask for under the title: "Project Repo(s): $URL", "Project Site: $URL",
"Communication: $SLACK", "Project points of contacts: $NAME, $EMAIL" (and "Sub-Projects: $LIST",
named only beside another). A TOC member sends a proposal without them back. One warning at the
proposal's title names each fact it gives nowhere; a fact given in the proposal's own words counts
("GitHub: https://github.com/kelpie-io", "Website: …", a row of a facts table, a link to the
project's organisation, a Slack link, a maintainers list with e-mail addresses:
``matching.proposal_facts``); an issue tracker is no channel and a GitHub handle without a name or
e-mail address no point of contact. The finding's ``details.fields`` lists every fact its message
names, Sub-Projects included.

Passes: a metadata table with all five rows; a proposal with "Source Control: [Kelpie on GitHub](…)",
"Website: [kelpie.io](…)", "Slack: [#kelpie](…)" and its maintainers' e-mail addresses.
Fails: ``| Software | … |``, ``| Security Provider | No |``, ``| Languages | Go |``, ``| SBOM | … |``
with no Assessment Stage row; a proposal giving none of its repository, site, channels or contacts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.normalize import normalize
from applint.text.wording import and_list

ID = "missing-field"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, LintContext):
        yield from _proposal_facts(ctx)
        return
    # (imported here: an application never reads a companion's table of fields)
    from applint.matching.companion_fields import missing_rows

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


# What each of the template's project facts asks the applicant for, by the placeholder it holds.
_ASKS: Final = {
    "project repo s": "the address of each repository",
    "project site": "the website's address",
    "communication": "the Slack channel or mailing list",
    "project points of contacts": "names and e-mail addresses",
    "sub projects": "the list of sub-projects, or 'none'",
}


def _proposal_facts(ctx: LintContext) -> Iterator[Finding]:
    """A free-form proposal's missing project facts (see the module's docstring)."""
    if ctx.follows_template or ctx.selection.due_diligence:
        return
    from applint.matching.proposal_facts import missing_facts

    gap = missing_facts(ctx.document, ctx.template)
    if gap is None:
        return
    fields = [*gap.missing, *([gap.sub_projects] if gap.sub_projects is not None else [])]
    named = [f"{field.label} ({_ASKS.get(normalize(field.label), field.template_value)})" for field in fields]
    level = ctx.template.kind.capitalize()
    them = "it" if len(fields) == 1 else "them"
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"this proposal does not give {and_list(named)}: the {level} application template asks for "
        f"{them} under its title, and the TOC needs {them} to review the application; add {them} there "
        f"as the template writes {them} ('{fields[0].label}: …')",
        gap.line,
        fields=[field.label for field in fields],
    )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A companion document's table of fields lacks a row its template asks for, or a free-form "
    "application the project facts its template opens with.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
