"""outdated-note: a template note worded as another revision of the template words it.

Why: the notes under an area's heading say who may augment the section ("Note: this section may be
augmented by the completion of a Governance Review from the Project Reviews subproject."). They
change with the CNCF's structure (TAG Contributor Strategy became the Project Reviews subproject,
TAG Security became TAG Security and Compliance); a note kept from an older text sends the TOC and
the applicant to a group that no longer does that work.

Severity: info, at each note, with the wording of the revision the application follows.

Only a line an older revision writes and the followed revision rewords is reported (a note the
followed revision dropped is left to the rules about template text), and only when the application
states at least half the followed revision's criteria (an export that lost its criteria is
placed by little more than such notes). An application only; a revision chosen by ``--template``
is taken as given.

Passes: the 2025-07-14 incubation text's notes in an application following it.
Fails: "Note: this section may be augmented by a joint-assessment performed by TAG Security." in
an application following the 2025-07-14 text.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.drifted_notes import find_drifted_notes
from applint.rules.context import LintContext
from applint.rules.rule import Rule

ID = "outdated-note"
# The share of the followed revision's criteria the application must state for the revision to be
# known well enough to call a note older than it.
STATED_SHARE = 0.5


def check(ctx: LintContext) -> Iterator[Finding]:
    if ctx.selection.due_diligence or not ctx.follows_template or ctx.selection.forced:
        return
    if len(ctx.mapping.criteria) < STATED_SHARE * len(ctx.template.criteria):
        return  # too few criteria stated to know the revision: the notes may be what tells it
    for note in find_drifted_notes(ctx.document, ctx.template):
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"this note is worded as in {note.revision}; {ctx.template.id}, which the application "
            f'follows, says "{note.replacement}"; use its wording',
            note.block,
            revision=note.revision,
            replacement=note.replacement,
        )


RULE = Rule(
    ID,
    Severity.INFO,
    "A template note is worded as another revision of the template words it.",
    check,
    __doc__ or "",
    families=frozenset({"application"}),
)
