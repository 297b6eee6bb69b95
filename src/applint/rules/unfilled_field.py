"""unfilled-field: a value a companion document's template asks for, left empty or as the
template wrote it.

Why: the GTR's header (``**Project:**``, ``**Project Version:**``, ``**Website:**``,
``**Description:**``), the governance review's Status line and the self-assessment's metadata
table (Assessment Stage, Software, Security Provider, Languages, SBOM) are what readers and
indexes look at first. Empty, still the template's description ("A link to the software's
repository."), or still offering every choice ("Exemplary | Satisfactory | Mostly Satisfactory |
Needs Work | In Crisis"), they say the document was not finished.

Severity: warning. One finding per field, at its line (a table row's own line). A field whose
value is the line below it (``**Description:**`` followed by a paragraph) is filled. Template
values that are placeholders (``YYYY-MM-DD``) are the placeholder rule's.

Passes: ``**Status:** Satisfactory``
Fails: ``**Status:** Exemplary | Satisfactory | Mostly Satisfactory | Needs Work | In Crisis``
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext
from applint.rules.rule import COMPANION_FAMILY, Rule, shorten

ID = "unfilled-field"


def check(ctx: CompanionContext) -> Iterator[Finding]:
    placeholders = ctx.template.placeholders
    for found in ctx.reading.fields:
        field = found.field
        if found.filled or (found.value and any(p in found.value for p in placeholders)):
            continue
        if not found.value.strip():
            message = f"'{field.label}' is empty: fill it in"
        elif "|" in field.template_value:
            message = (
                f"'{field.label}' still offers every choice ('{shorten(field.template_value, 70)}'): "
                "keep the one that applies"
            )
        else:
            message = (
                f"'{field.label}' still holds the template's description ('{shorten(field.template_value, 60)}'): "
                "write the project's own value"
            )
        yield ctx.finding(
            ID, Severity.WARNING, message, found.line, section=field.section_id, field=field.label
        )


RULE = Rule(
    ID,
    Severity.WARNING,
    "A field of a companion document is empty or still the template's.",
    check,
    __doc__ or "",
    families=COMPANION_FAMILY,
)
