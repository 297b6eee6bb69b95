"""parse-error: the file could not be read or decoded.

Why: a file the linter cannot read cannot be checked; the run goes on with the other files and
this file's result is exit code 2.

Severity: error. Reported by the engine, not by a check over the model: a file that fails to
read never reaches the rules.

Fails: a missing path, a directory where a file was expected, bytes that are not UTF-8 text,
a file over the size limit, a damaged DOCX.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule

ID = "parse-error"


def check(ctx: LintContext) -> Iterator[Finding]:
    return iter(())


RULE = Rule(
    ID,
    Severity.ERROR,
    "The file could not be read or decoded.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
