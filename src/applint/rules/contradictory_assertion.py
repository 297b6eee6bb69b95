"""contradictory-assertion: ticked boxes that the application itself contradicts.

Why: the incubation template asks the project to tick one level assertion: "currently Sandbox …
applying to Incubation" or "applying to join the CNCF at the Incubation level". Both ticked
cannot be true; the TOC asks which. The same holds for a box the text below it takes back: the
readiness attestation ("ensured the criteria for my project are met") ticked while Required
criteria are unticked or marked BLOCKED or pending, a criterion ticked while its evidence says
"not yet", "pending", "in progress", "is planned for …", "has not yet been conducted", "is
scheduled for March", "blocked on …" or "BLOCKED — waiting for …" (and, of a review, that there has
been none: "We have not had a third-party audit", "No audit has been performed", "An audit is being
arranged"), "silver or gold badge" ticked
over evidence that names only the passing badge (silver or gold named as a goal, "working towards
silver", is no claim) or that claims silver ("we have achieved the silver badge") while every badge
it links is the passing level (``…/projects/1234/passing``, ``?criteria_level=0``), the passing badge ticked over a percentage under 100%. Each phrase is read
in its sentence: "roadmaps that convey what work is planned", "nothing is pending", "if a fix is
blocked on an embargo", a quoted "in progress" and another round of the work or its follow-up
("A second audit is planned for 2027", "fixes for two low findings are in progress") say nothing
about the criterion. Reviewers close applications whose boxes claim what the text denies.

Severity: error. Both alternatives: at the second one (the template schema marks such groups
with ``choice``). The attestation: at the attestation, naming the unmet Required criteria and
their lines. A criterion's own evidence: at the criterion, quoting the first phrase that says it
is not done and naming its line (one finding per criterion; a note to the author such as
``TODO`` or ``BLOCKED`` there is todo-marker's finding instead). The badge level: at the criterion.
A criterion whose evidence both names only the passing badge and says it is not done is one
finding, the second contradiction named in it ("also: its evidence says …").

Passes: one alternative ticked; "Releases are planned every six weeks" under a ticked
criterion (a process, not a state); the attestation ticked when every Required criterion is.
Fails: both alternatives ticked; ``- [x] **Third Party Security Review.**`` followed by "The
audit is planned for Q3 2026."; the attestation ticked above an unticked Required criterion.

A time of day that contradicts itself ("Tuesday 19:00 PM China Standard Time": a 24-hour hour
with AM or PM): warning, at the time. In companion documents (GTR, governance review,
self-assessment) this rule reports only what their own text says two ways: such a time, two dates
for one event, two counts of maintainers or adopters, two current versions, a person's two e-mail
addresses, a chart's two addresses, a count against its list (a review's links to
its own issue and to its application's are no two values).

Two values for one fact (``fact_conflicts``): the same event given two dates (the Sandbox
acceptance in the level assertion and in the text, the TAG presentation), one review given two
issues or pull requests in one repository (the GTR, the governance review), two counts of the
project's maintainers, adopters, contributors or releases (releases only where the project itself,
by name, "we" or "the project", has them: not "libexamplo has 42 releases"; a count "as of" a date
only against one as of the same date), two counts of the organisations the maintainers (contributors,
committers) come from ("12 maintainers from 5 companies" and "We now have maintainers from four
different companies"; not "from over 10", "from 3 to 5", "2 other companies", "core maintainers"
against "maintainers", a period), one security review said to be open and done (a third-party
audit "in progress" or "scheduled" and "was completed", the self-assessment "planned" and "We
completed our self-assessment"; per firm where the document names two; another round, another
year, its findings' fixes, a fuzzing audit, a condition or a question say nothing of it), one
engineering or security practice said to be in place and not yet (Dependabot "is enabled on all
repositories" and "we are in the process of enabling Dependabot", DCO "enforced on every pull
request" and "encouraged but not required", SBOMs "published with each release" and "planned"; a
practice named by the ``practices`` vocabulary; history, a part of the project, an exemption for
some cases, a recommendation, a question, a quotation, its alerts or an audit of it say nothing of
it), two dates
for the day the project joined the CNCF or for one release of the project ("v1.0 was released on
2024-03-14", "released version 1.0.0 in June 2024"; not a plan, a release candidate, a chart's or
another project's release), the project's current release given as two versions (a GTR's
"Project Version: v0.3.2" and "The project is at v0.1.x (latest: v0.1.24)"; versions agree as far
as both go, and another project's release, "was", "as of", "next" or "supports" give none).
Warning, at the second mention, naming the first's line. As info (both may be real, but the
reader cannot tell which to use): one person (a name written in full, or a GitHub handle) given
two e-mail addresses (or a name two GitHub handles) (a contacts list and a maintainers table; not a shared alias or a mailing
list, nor a row naming two people), and one Helm chart given at two paths of one registry
(``ghcr.io/examplo/charts/examplo`` and ``oci://ghcr.io/examplo/helm/examplo``; not a mirror on
another registry, nor a chart beside the image it deploys). Dates
agree to the precision both give ("January 2023" and "20230115"); a date belongs to the event named
nearest before it, so "joined the Sandbox in 2021, onboarded on 2021-09-01" gives two events, and a
sentence that plans or repeats ("presented again") gives none; a count must be stated as a total
("Examplo has 9 maintainers", not "approval from 2 maintainers" or "3 maintainers from Globex").

In a TOC due-diligence (DD) document: the Final Assessment (or the Criteria Evaluation) saying
"The TOC has found the project to have satisfied the criteria" or recommending the move while
Required criteria are left unticked tells the public two different things: one finding at that
claim, naming the unticked Required criteria (``details.criteria``); the template's own either/or
sentence, or a claim with "has not" or "reapply", is no claim. An action the summary lists as
"considered blocking but since resolved" while the criterion it is about is still unticked ("*
Completion of the self-assessment" over an unticked "Document Security Self-Assessment."): one
finding at the action, where the TOC member must act (the Final Assessment's finding then names
only the unticked criteria no such action is about, and none when there are none). A sentence
saying the boxes are ticked ("All seven Engineering Principles checkboxes are `[x]`") in a DD
whose criteria carry no checkbox: warning, at the sentence. A blocking action listed as resolved
that a later item of the summary still asks for ("fix governance.md link to CODE-OF-CONDUCT.md"
recommended after "Update the link in the Governance.md to … the CNCF Code of Conduct" resolved):
warning, at the action. And a link naming the application
with another cncf/toc number than the document's own link at its top (``the initial
[application](…/issues/1365)`` under ``[Incubation application issue](…/issues/1367)``): one
finding at that link; one labelled as an earlier application ("previous", "prior", "original",
"initial", the Sandbox application), one in a paragraph that links the document's own application
too (the author telling them apart), or the template's ``[Initial PR](…)`` and ``[new issue](…)`` of
a project that re-applied, is none.
And a box its own evaluation answers the other way in words: ticked over "The project does not
meet this criterion" or "Not met: …", unticked over "The project fulfils this criteria" (one
evaluated as not applicable stays unticked): at the criterion, quoting the sentence. A box ticked
over an evaluation naming what is still lacking ("The GOVERNANCE.md file is missing.", "Partially
met: …", "The project still needs to …", "does not yet have"): at the criterion, asking the TOC
member to untick it or record it in the summary as an exception the TOC accepts or a condition of
the move; not where the sentence recommends ("We recommend adding …") or says the gap was since
closed ("was missing, added in #123"), nor under a sub-item's own box. The same for an evaluation
denying what the criterion asks for in the criterion's own words ("The list of maintainers does
not currently list affiliation." under "… and affiliation."; "Team membership is private."; see
text/denials.py), unless the denial is conceded ("While …"), answered in its sentence ("…, but is
available from devstats") or of something another sentence of the evaluation shows met. Quiet for
a criterion the Evaluation Summary names as a condition or a follow-up (matching/dd_summary.py).
And "at least
3 independent adopters" ticked while its evaluation counts fewer organizations ("7 interviewees
across 2 organizations": three teams of one company are one adopter): at the criterion, naming
the Adopter blocks too when they name fewer organizations.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules import fact_conflicts
from applint.rules.context import DocumentContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten

ID = "contradictory-assertion"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    if not isinstance(ctx, LintContext):  # a companion document: only what its own text says twice
        yield from fact_conflicts.check(ctx)
        return
    groups: dict[str, list[tuple[int, str]]] = {}
    for criterion in ctx.template.criteria:
        index = ctx.mapping.criteria.get(criterion.id)
        if criterion.choice and index is not None and ctx.document.blocks[index].checked:
            groups.setdefault(criterion.choice, []).append((index, criterion.text))
    for choice, ticked in groups.items():
        if len(ticked) < 2:
            continue
        ticked.sort()
        first_line = ctx.document.blocks[ticked[0][0]].line
        for index, text in ticked[1:]:
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f'"{shorten(text, 60)}" and the alternative at {ctx.where(first_line)} are both ticked, '
                f"but only one '{choice}' can be true; untick the one that does not apply",
                ctx.document.blocks[index],
                choice=choice,
            )
    from applint.rules import contradictions  # boxes against text: not a companion's

    yield from contradictions.check(ctx)
    yield from fact_conflicts.check(ctx)
    if ctx.selection.due_diligence:
        from applint.rules import dd_state, dd_verdicts  # only DD documents need them

        blockers, named = dd_state.resolved_blocker_contradictions(ctx, ID)
        yield from blockers
        assessment = dd_verdicts.assessment_contradiction(ctx, ID, named)
        if assessment is not None:
            yield assessment
        yield from dd_state.tick_claim_contradictions(ctx, ID)
        yield from dd_state.resolved_but_asked_again(ctx, ID)
        yield from dd_verdicts.application_contradictions(ctx, ID)
        yield from dd_verdicts.verdict_contradictions(ctx, ID)
        adopters = dd_verdicts.adopter_count_contradiction(ctx, ID)
        if adopters is not None:
            yield adopters


RULE = Rule(
    ID,
    Severity.ERROR,
    "Ticked boxes contradict each other or the text.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
