"""incomplete-table: a table answering a list criterion has no column for a field it asks for.

Why: "Document complete list of current maintainers, including names, contact information, domain
of responsibility, and affiliation." asks for four things about each maintainer; a table of names
and GitHub handles answers half of it, and the TOC asks for the rest (contact information to reach
a maintainer, the domain each is responsible for, the affiliation that shows vendor neutrality).

Severity: warning, at the table, naming each field no column gives.

A column gives a field when its header has the field's word or one authors use for it ("Email",
"Area", "Company", "GitHub"); a field the rest of the answer names ("Full list with contact info:
MAINTAINERS.md") is given there. Only criteria that ask for a list "including" three or more
fields, and only an answer with a table, are read. An application only.

Passes: ``| Name | GitHub | Email | Area | Company |`` under the maintainers criterion.
Fails: ``| Maintainer | GitHub ID | Affiliation |`` with no contact information or domain of
responsibility anywhere in the answer.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.table_columns import missing_columns
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten

ID = "incomplete-table"


def check(ctx: LintContext) -> Iterator[Finding]:
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None:
            continue
        found = missing_columns(criterion, evidence.blocks)
        if found is None:
            continue
        fields = " and ".join(", ".join(found.fields).rsplit(", ", 1))
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'the table answering "{shorten(criterion.text, 60)}" has no column for {fields}, which '
            "the criterion asks for; add the column, or say where the list gives it",
            found.table,
            section=criterion.section_id,
            criterion=criterion.id,
            fields=list(found.fields),
        )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A table answering a list criterion has no column for a field it asks for.",
    check,
    __doc__ or "",
    families=frozenset({"application"}),
)
