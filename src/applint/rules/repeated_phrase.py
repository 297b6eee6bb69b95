"""repeated-phrase: a word or phrase written twice in a row inside one sentence.

Why: "The slack channel is linked from from their site" or "the project the project has five
maintainers" is an editing slip the reader trips over; it suggests the text was not read again
before it was filed (or, in a due-diligence document, published).

Severity: warning, at the repeat's line and column, one finding per repeat.

Finds: the same one or two words twice in a row, separated by one or two spaces, written alike ("and
and", "from from", "the project the project"), as written (a copy in another case, "The the", or
closed by punctuation, "it it.", is not looked for).

Passes: words English doubles on purpose ("really really", "that that", "had had"), a name written
twice ("Walla Walla"), a name beside a reference ("Crossplane crossplane/crossplane#6833"), and
anything inside code, HTML comments or front matter.
Fails: "The community meeting is linked from from the README."
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule
from applint.text.links import blank_code_and_comments
from applint.text.repetition import find_repeats

ID = "repeated-phrase"
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML)


def check(ctx: LintContext) -> Iterator[Finding]:
    numbered = [
        (number, blank_code_and_comments(line)) for number, line in ctx.document.lines_outside(_SKIPPED)
    ]
    for index, phrases in sorted(find_repeats([line for _, line in numbered]).items()):
        number = numbered[index][0]
        for offset, phrase in phrases:
            half = phrase[: len(phrase) // 2]
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"'{phrase}' repeats '{half}'; delete one of them",
                number,
                column=offset + 1,
                phrase=phrase,
            )


RULE = Rule(ID, Severity.WARNING, "A word or phrase is written twice in a row.", check, __doc__ or "")
