"""shortened-criterion: a criterion copied with part of the template's words or sub-items left out.

Why: the TOC reads each criterion as the template words it. A criterion whose statement lost a
clause ("This requirement may also be satisfied by completing a General Technical Review."), a
list of what it asks for ("including names, contact information, domain of responsibility, and
affiliation" cut to "including names"), or a sub-item of its list (a box of the release process's
list, the part of the Third Party Security Review sub-item after "such as") no longer says what the
project is asked for, and the answer is read against the shorter text.

Severity: warning, once per criterion, at the statement when its words were cut, else at the first
sub-item concerned (a sub-item left out is reported at the kept sub-item before it). The message
names every phrase left out.

Only a statement the author copied is compared (a checkbox or bold statement matched word for
word, whose words nearly all come from the template): a criterion restated in the author's own
words, rephrasing that keeps each requirement's words (abbreviations such as GTR, plurals, word
forms), typo fixes and Markdown are not reported; nor is optional guidance the author left out (the
release process list's closing note "Additional information on topics such as LTS and edge releases
are optional. …", an example in parentheses): it asks nothing; nor is a wording another revision of the
template gives the criterion (mixed-revisions says which), nor a sub-item the author fills in (one
with ``DD-MMM-YYYY`` or ``$LINK``). An application only: a due-diligence document's criteria are
the TOC's to word.

Passes: ``- [x] **Document what the project does, and why it does it - including viable cloud
native use cases. This requirement may also be satisfied by completing a GTR.**``
Fails: ``- [x] **Document what the project does, and why it does it - including viable cloud
native use cases.**`` against a revision that adds the General Technical Review sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.dropped_wording import DroppedWording
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten

ID = "shortened-criterion"


def check(ctx: LintContext) -> Iterator[Finding]:
    for found in ctx.dropped_wording:
        criterion = found.criterion
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'"{shorten(criterion.text, 60)}"{_what_is_left_out(ctx, found)}; copy the '
            f"{'criterion' if found.dropped else 'sub-items'} whole from {ctx.template.id}, so the TOC "
            "reads everything it asks for",
            found.first_block,
            section=criterion.section_id,
            criterion=criterion.id,
            dropped=list(found.dropped),
            shortened_sub_items=[sub.sub_item for sub in found.shortened],
            missing_sub_items=[item.text for item in found.missing],
        )


def _what_is_left_out(ctx: LintContext, found: DroppedWording) -> str:
    """' leaves out the template's "…"' for the statement, then ': its sub-item …' for the rest."""
    parts = []
    for sub in found.shortened:
        parts.append(
            f'its sub-item "{shorten(sub.sub_item, 50)}" ({ctx.where(sub.block.line)}) leaves out '
            f"the template's {_quoted(sub.dropped)}"
        )
    for item in found.missing:
        where = (
            "under the criterion" if item.after is found.statement else f"after {ctx.where(item.after.line)}"
        )
        parts.append(f'it lacks the template\'s sub-item "{shorten(item.text, 90)}" ({where})')
    if found.dropped:
        return " leaves out the template's " + "; ".join([_quoted(found.dropped), *parts])
    return ": " + "; ".join(parts)


def _quoted(phrases: tuple[str, ...]) -> str:
    return " and ".join(f'"{shorten(phrase, 110)}"' for phrase in phrases)


RULE = Rule(
    ID,
    Severity.WARNING,
    "A criterion is copied with part of the template's words or sub-items left out.",
    check,
    __doc__ or "",
    families=frozenset({"application"}),
)
