"""evidence-without-link: a Required criterion that asks for a document, with evidence but no link.

Why: "Our maintainer file." tells a reviewer nothing they can open. The criteria that ask for a
document (governance, maintainers list, security policy, roadmap, adopters, releases, ...; the
template schema marks them with ``expects_link``) need a link in their evidence.

Severity: warning. When a section's criteria statements are gone (an export that lost its
checklist) but the section has evidence and not a single link, the section gets one finding
naming how many of its required criteria ask for documents.

Any ticked criterion's evidence (an evaluation, in a due-diligence document) can also say that a
specific document, file or record exists without linking it: a file named ("see the Emeritus
section in MAINTAINERS.md", a repository path such as "(kubescape/kubescape/GOVERNANCE.md)", and in
a DD's evaluation a file named by what it is: "The Contributing file"), a document named as where something is ("documented in the
community governance docs", "Documented in the project governance.", "per the governance", "see
our contributor guide", "listed in the project README", "listed on the CNCF community calendar",
"documented in the community repository"), a record said to be public or done ("the calendar is
public", "a security self-assessment was completed as part of …") or an outcome of the maintainer
lifecycle ("Xiao Zhang added as maintainer", "moved to emeritus", "approved via a PR"). Info, one
finding per criterion at the line of the first such mention, naming them all, when neither that
criterion's evidence (a sub-bullet, the next line, a link in the very sentence: "documented
[here](…)") nor anything earlier in the document links it; an outcome needs a link (or an
issue reference) of its own in the evidence. Quiet for what a sentence denies or plans ("there is
no ROADMAP.md", "we will publish a RELEASES.md"), points to elsewhere ("the roadmap above"),
writes as code (`` `CODE_OF_CONDUCT.md` `` in every repository), lists in parentheses (what a
CODEOWNERS file assigns), per-folder OWNERS and CODEOWNERS files, the README as where another link
is ("linked from the README"), the template's own text, unticked criteria, a criterion already
reported for having no link at all, and outside Markdown (a DOCX writer may drop a link's label).

In a TOC due-diligence document the finding is info, in the TOC member's words: a reader of the
published DD cannot open what was checked. An answer or evaluation that finds the criterion does
not apply ("does not apply", "not applicable", "N/A", "no subprojects") needs no link.

In a GTR, governance review or self-assessment, a project file the answers name ("SECURITY.md
published in repository", "Full threat model available in `kestrel-threat-model.md`", a path such
as `docs/agents/contributing.md`, "the Maintainers file"), and any file given by its path as where
something is ("documented in `docs/api-stability-policy.md`", "report in `docs/security-audit.md`",
"defined in `.github/workflows/codeql.yml`", "enforced by `.github/CODEOWNERS`", "(`docs/a.md`,
`docs/b.md`)"; not a path in an instruction to the reader ("Set `x` in `.github/x.yml`"), a command,
a configuration file outside `.github/`, nor `CODEOWNERS` named as what assigns reviewers) that no
link anywhere in the document is: info, one finding per file at its first mention, with the other
lines naming it; in a GTR, also the roadmap, the release documentation and the self-assessment
named by what they are ("The roadmap is maintained publicly (via GitHub Projects and issues)"),
unless a link stands beside one of its mentions (where it is kept: "… as a [GitHub Project
board](…)"). Quiet when any link of the document is the file (by its file name or the kind of
document it is: a link to the security policy page is SECURITY.md), and outside Markdown; and for a
file the text says is still to come: made by the words right before it ("add a SECURITY.md",
"Create the GOVERNANCE.md file"), postponed right after it ("a threat model file is planned",
"SECURITY.md (currently absent)", "GOVERNANCE.md: to be written", "**SECURITY.md:** Add a
vulnerability reporting policy"), or named in a list of open items (under an "Open Items",
"TODO", "Next steps" or "Future work" heading, or after "The following items require input …
before this GTR is considered complete:"). The OpenSSF Best Practices badge a GTR or governance
review cites on two lines or more ("The project holds a passing OpenSSF Best Practices badge", again
in the supply-chain answer), or claims once as held ("The project has achieved an OpenSSF Best
Practices passing badge"), with no link anywhere to the project's badge page: info, one finding at
the first mention naming the others (read as a self-assessment's badge is, below; a badge named
once in passing, or once as a goal or plan: "working toward the passing badge", "we plan to apply",
"on the roadmap", is not reported).

The checks and services a GTR, governance review or self-assessment cites as the project's practice
("CodeQL scans every pull request", "Renovate keeps dependencies current", "SBOM generated via Syft",
"images are signed with cosign": the ``evidence-services`` vocabulary) that no link, address or path
in code anywhere in it is: info, one finding for the document (one problem: the tooling it cites
cannot be checked), at the place first naming one, naming each and the later lines; a security
audit cited as done with no report linked is a finding of its own. Quiet for a plan, a possibility, a recommendation, a choice ("such
as Dependabot or Renovate"), a denial ("there is no Dependabot configuration"), a question, what
the project's software does with a service ("supports scanners like Trivy", "verifies signatures
using cosign"), a command, the template's text and open items; and where a link stands beside a
mention (in its sentence, its list item or the item under it), the workflows folder is linked, or a
sentence says where it shows ("badged in the README"). Known issues, risks or vulnerabilities said to
be tracked in GitHub issues ("Known risks are tracked in GitHub issues") when nothing in the
document links an issue tracker: info, once, at the first such sentence.

An application written in a shape of its own (an old free-form proposal, or a draft written against
the retired graduation criteria: read without per-criterion checks, see unknown-template) has no
criteria whose evidence could hold a link, so it is read as a companion document is: each project
file it names ("see GOVERNANCE.md", "our MAINTAINERS.md file", "SECURITY.md", a path given as
where something is: "documented in `docs/api-stability-policy.md`") that nothing in it links, info, once per file at its first mention naming the later lines, in the applicant's words
("… nothing in the application links it; link the file … so that the TOC can open it"). The
retired criteria's own wishes ("This preferably is laid out in a GOVERNANCE.md file", "(e.g.,
ADOPTERS.md or logos on the project website)") and files the author aims to add ("We aim to curate
a list in an ADOPTERS.md file in the future") are no claims.

A security self-assessment is also read for what its reader needs an address for and that nothing
anywhere in it is: a channel named where the outline asks for channels (under Communication
Channels or its Internal / Inbound / Outbound labels, and in Security issue resolution: "through
the Cortex Slack channel and an email list", "the CoreDNS blog", "via the security mailing list");
the OpenSSF Best Practices badge claimed ("holds a passing level badge", "working towards meeting
the CII Best Practices criteria"), a warning; its security policy cited ("Our policy states that
anyone who finds a vulnerability …", "Disclosure Policy:"), a warning; the security advisories
named as where to look ("please refer to the Linkerd Security Advisories") and the maintainers'
contact details ("Use maintainers' contact info"). One finding per thing, at its first mention,
naming the later lines; the channels first named in one place (one Communication Channels part
with its Internal / Inbound / Outbound labels, one paragraph or list) are one finding naming each
("Slack and the blog are named as channels …"), separate places separate findings. What a sentence
asks ("Whether the project intends to pursue the OpenSSF badge", "Is there a Slack channel?"; as
for every kind of document, see ``text/questions.py``), what an "Open questions / not yet assessed"
section lists, and a badge in a section that says the project has not pursued one are no claims. Quiet once anything in the document is it (a Slack link, an e-mail address
or ``mailto:`` for a mailing list, the project's page on bestpractices.dev, a SECURITY.md link or
a Security links row naming the policy, the advisories page, the MAINTAINERS file); for a channel
the block names by itself ("the #kestrel channel on the Kubernetes Slack", `kestrel-dev`) or
points from (a link, "slack.kestrel.io"); for a badge denied ("does not have a badge") or claimed
beside a link; for channels named elsewhere ("we use Slack for discussion" in the Overview); and
in the template's own text.

Passes: "Our [maintainer file](https://github.com/…/MAINTAINERS.md) lists 7 maintainers.";
evidence that points back to a link just given ("Same file.", "Silver, see the badge above") or
to the technical review linked at its own criterion ("The DTR noted …", "see the GTR") or
names a file the criterion just before links ("The last section of ROADMAP.md describes …");
evidence that names a project document linked anywhere before it ("our security policy" after a
link to SECURITY.md, "the roadmap" after a ROADMAP.md link: one link per document is enough), unless
it says what those documents hold ("Linked from GOVERNANCE.md and community-membership.md",
"referenced from …", "… all link it": a warning at that line, since the reviewer checks the claim
at the documents' own links, given where it is made); a lifecycle outcome naming who was added or
moved to emeritus, under or right below a link to the maintainer list (its emeritus section);
the adopters-in-use criterion, answered by the adopters the application names; evidence that only
restates its criterion, naming no document (criterion-without-evidence reports it, one finding for
the criterion).
Evidence whose link is there but broken, or written inside backticks (broken-link), or whose sentence stops where the link
should be (unfinished-sentence), or that ends by introducing a list that never comes
(dangling-intro), or that holds a note to the author (todo-marker), is reported by that rule
instead.

Fails: "Our maintainer file."; "Addition demonstrated: Xiao Zhang added as maintainer." (info);
"Bi-weekly meetings are listed on the CNCF community calendar." (info).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule
from applint.text.wording import and_list

ID = "evidence-without-link"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    """A companion document's and a proposal's named files, channels and badge (here); an
    application's or DD document's criteria (``criteria``, imported for them alone)."""
    if isinstance(ctx, CompanionContext):
        yield from _companion_files(ctx)
        return
    if not ctx.follows_template:
        # a proposal of its own shape: no criterion's evidence to read, but the files it names; a
        # DD document in an older format: its criteria are not checked (the summary says so)
        if not ctx.selection.due_diligence:
            yield from _proposal_files(ctx)
        return
    from applint.rules.evidence_without_link.criteria import criterion_findings

    yield from criterion_findings(ctx)


def _companion_files(ctx: CompanionContext) -> Iterator[Finding]:
    """Files a GTR, governance review or self-assessment names that none of its links is."""
    if ctx.document.format != "markdown":
        return  # a DOCX writer may drop a link's label: what it names may be linked after all
    from applint.matching.named_files import files_named_unlinked  # Markdown only

    if ctx.template.kind == SELF_ASSESSMENT:
        yield from _addresses_named(ctx)
    else:
        yield from _badge_named(ctx)

    yield from _services_named(ctx)
    yield from _tracked_issues(ctx)
    places = _GTR_PLACES if ctx.template.kind == GTR else frozenset()
    found = files_named_unlinked(ctx.document, ctx.links, places)
    yield from _files_unlinked(ctx, found, f"the {ctx.template.short_name}", "reviewers")


def _services_named(ctx: CompanionContext) -> Iterator[Finding]:
    """The checks and services the document cites as the project's practice ("CodeQL runs on every
    pull request", "SBOM generated via Syft") that nothing in it links: one finding for the document,
    at the place first naming one, naming each and the later lines (one problem: the tooling cited
    is nowhere to be checked); an audit done with no report linked is a finding of its own."""
    from applint.matching.named_services import AUDIT, services_named_unlinked

    name = ctx.template.short_name
    services: list[str] = []
    lines: list[int] = []
    for named, line, later in services_named_unlinked(ctx.document, ctx.reading, ctx.links):
        if named == [AUDIT]:
            yield ctx.finding(
                ID,
                Severity.INFO,
                f"a security audit is cited as done{_also(later)} but nothing in the {name} links its report; "
                "link the audit report so that reviewers can read what it found",
                line,
                unlinked=named,
            )
            continue
        services.extend(service for service in named if service not in services)
        lines.extend((line, *later))
    if not services:
        return
    first, *later = sorted(set(lines))
    them, verb, each = ("them", "are", "each") if len(services) > 1 else ("it", "is", "it")
    yield ctx.finding(
        ID,
        Severity.INFO,
        f"{and_list(services)} {verb} cited as the project's practice{_also(later)} but nothing in the {name} "
        f"links {them}; link the workflow or configuration that runs {each} (or its results page) so that "
        "reviewers can check it",
        first,
        unlinked=services,
    )


def _also(later: Sequence[int]) -> str:
    """The later places of one finding, as " (also lines 12 and 30)", or nothing."""
    if not later:
        return ""
    return f" (also line{'s' if len(later) > 1 else ''} {and_list([str(n) for n in later])})"


def _tracked_issues(ctx: CompanionContext) -> Iterator[Finding]:
    """Known issues or risks said to be tracked in GitHub issues, with no issue tracker linked."""
    from applint.matching.tracked_issues import issues_named_unlinked

    line = issues_named_unlinked(ctx.document, ctx.reading, ctx.links)
    if line is not None:
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"the known issues are said to be tracked in GitHub issues but nothing in the {ctx.template.short_name} "
            "links them; link the issues (a label or search that lists them) so that reviewers can read them",
            line,
        )


def _proposal_files(ctx: LintContext) -> Iterator[Finding]:
    """Files an application written in a shape of its own (a proposal, a draft against the retired
    graduation criteria) names that none of its links is: read over the whole document, as for a
    companion document, since it has no criteria whose evidence could hold them."""
    if ctx.document.format != "markdown":
        return  # a DOCX writer may drop a link's label: what it names may be linked after all
    from applint.matching.named_files import files_named_unlinked  # Markdown only

    found = files_named_unlinked(ctx.document, ctx.links)
    yield from _files_unlinked(ctx, found, "the application", "the TOC")


def _files_unlinked(
    ctx: LintContext | CompanionContext, found: list[tuple[str, list[int], bool]], name: str, readers: str
) -> Iterator[Finding]:
    """One finding per line first naming unlinked files, naming the later lines; ``name``: the
    document in its reader's words ("the GTR", "the application"); ``readers``: who opens the files."""
    by_line: dict[int, list[tuple[str, list[int]]]] = {}
    documents: set[str] = set()  # named by what they are ("the roadmap"), not as a file
    for file, lines, is_file in found:
        if not is_file:
            documents.add(file)
        by_line.setdefault(lines[0], []).append((file, lines))
    for line, files in by_line.items():
        later = sorted({number for _, lines in files for number in lines[1:]})
        also = (
            f" (also line{'s' if len(later) > 1 else ''} {and_list([str(n) for n in later])})"
            if later
            else ""
        )
        named = and_list([f"'{file}'" for file, _ in files])
        # a file by its name ("MAINTAINERS.md"), or a document by what it is ("the roadmap")
        files_only = not any(file in documents for file, _ in files)
        if len(files) > 1:
            verb, it, each = "are", "them", "each file" if files_only else "each"
        else:
            verb, it, each = "is", "it", "the file" if files_only else "it"
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"{named} {verb} named{also} but nothing in {name} links {it}; link {each} (at a release "
            f"tag or commit) so that {readers} can open {it}",
            line,
            files=[file for file, _ in files],
        )


def _addresses_named(ctx: CompanionContext) -> Iterator[Finding]:
    """The channels, badge, security policy and contacts a self-assessment names where its reader
    needs their address, that nothing in it links: one finding each, at its first mention; the
    channels first named in one place (one list of channels, one paragraph) one finding naming each."""
    from applint.matching.named_addresses import addresses_named_unlinked
    from applint.matching.named_addresses.channel_parts import channel_places
    from applint.matching.named_addresses.things import CHANNELS

    found = addresses_named_unlinked(ctx.document, ctx.reading, ctx.links)
    channels = [(thing, lines) for thing, lines in found if thing in CHANNELS]
    if len(channels) > 1:
        places = channel_places(ctx.document, ctx.reading, [lines[0] for _, lines in channels])
        by_place: dict[int, list[tuple[str, list[int]]]] = {}
        for place, channel in zip(places, channels, strict=True):
            by_place.setdefault(place, []).append(channel)
        together = [named for named in by_place.values() if len(named) > 1]
        for named in together:
            yield from _channels_together(ctx, named)
        folded = {thing for named in together for thing, _ in named}
        found = [(thing, lines) for thing, lines in found if thing not in folded]
    for thing, lines in found:
        severity, message = _ADDRESS_MESSAGES[thing]
        for line in lines:  # one problem: the grouping keeps the first, naming the later lines
            yield ctx.finding(
                ID, severity, message, line, unlinked=thing, **everywhere_fold(f"address:{thing}")
            )


# How often a GTR or governance review cites the badge before its missing link is a finding.
_BADGE_CITED = 2


def _badge_named(ctx: CompanionContext) -> Iterator[Finding]:
    """The OpenSSF Best Practices badge a GTR or governance review cites as evidence, on two lines or
    more or once as held ("The project has achieved a … passing badge"), and nothing in it links (read
    as a self-assessment's is): one finding at its first mention, naming the others."""
    from applint.matching.named_addresses import addresses_named_unlinked
    from applint.matching.named_addresses.mentions import claims_held_badge
    from applint.matching.named_addresses.things import BADGE

    for thing, lines in addresses_named_unlinked(ctx.document, ctx.reading, ctx.links):
        if thing != BADGE:
            continue
        if len(lines) < _BADGE_CITED and not claims_held_badge(ctx.document.source_lines[lines[0] - 1]):
            continue  # (named once in passing, not as held: in answers about something else, no evidence cited)
        message = (
            f"the OpenSSF Best Practices badge is cited as evidence but nothing in the {ctx.template.short_name} "
            "links the project's badge page; link it (bestpractices.dev/projects/…) so that reviewers can "
            "check the level"
        )
        for line in lines:  # one problem: the grouping keeps the first, naming the later lines
            yield ctx.finding(
                ID, Severity.INFO, message, line, unlinked=thing, **everywhere_fold(f"address:{thing}")
            )


def _channels_together(ctx: CompanionContext, together: list[tuple[str, list[int]]]) -> Iterator[Finding]:
    """One finding for channels first named in one place ("Slack and the blog are named …"), at the
    first line naming any, the later lines naming them folded into it."""
    things = [thing for thing, _ in together]
    named = and_list([_CHANNEL_NAMES[thing] for thing in things])
    message = (
        f"{named[0].upper()}{named[1:]} are named as channels but nothing in the self-assessment links "
        f"them or gives their address; add {'the link or address' if 'mailing list' in things else 'the link'} "
        f"for each so that readers know where to reach the team"
    )
    key = "address:" + "/".join(things)
    for line in sorted({line for _, lines in together for line in lines}):
        yield ctx.finding(ID, Severity.INFO, message, line, unlinked=things, **everywhere_fold(key))


# What each channel is called in a finding naming several.
_CHANNEL_NAMES = {
    "slack": "Slack",
    "mailing list": "a mailing list",
    "chat": "the chat channel",
    "blog": "the blog",
}
SELF_ASSESSMENT = "security-self-assessment"
GTR = "general-technical-review"
# The project documents a GTR's answers name by what they are ("The roadmap is maintained
# publicly", "as described in the release documentation"), which its reviewers open.
_GTR_PLACES = frozenset({"roadmap", "release process", "self-assessment"})
# What is wrong and what to do, in the self-assessment author's words.
_ADDRESS_MESSAGES: dict[str, tuple[Severity, str]] = {
    "slack": (
        Severity.INFO,
        "the Slack channel is named but nothing in the self-assessment links it or gives its #name; "
        "add the link to your Slack channel so that readers know where to reach the team",
    ),
    "mailing list": (
        Severity.INFO,
        "a mailing list is named but the self-assessment gives no address for it; add the list's "
        "address or the link to its page so that readers can write to it or join it",
    ),
    "chat": (
        Severity.INFO,
        "the chat channel is named but nothing in the self-assessment links it; add the link to "
        "your channel so that readers know where to reach the team",
    ),
    "blog": (
        Severity.INFO,
        "the blog is named as a channel but nothing in the self-assessment links it; link your blog "
        "so that readers know where announcements appear",
    ),
    "badge": (
        Severity.WARNING,
        "the OpenSSF Best Practices badge is claimed but nothing in the self-assessment links the "
        "project's badge page; link the OpenSSF Best Practices badge page (bestpractices.dev/projects/…) "
        "so that reviewers can check the level and what is missing",
    ),
    "security policy": (
        Severity.WARNING,
        "the security policy is cited but nothing in the self-assessment links it; link your "
        "SECURITY.md (or security policy page) where you cite it, so that reporters and reviewers can "
        "read it",
    ),
    "security advisories": (
        Severity.INFO,
        "the security advisories are named as where to look but nothing in the self-assessment links "
        "them; link your advisories page (the repository's Security > Advisories, or the page listing "
        "them) so that reviewers can read the past vulnerabilities",
    ),
    "maintainers": (
        Severity.INFO,
        "the maintainers' contact details are named but nothing in the self-assessment links the "
        "maintainers list; link your MAINTAINERS file (or the page giving their contacts) so that "
        "reporters can reach them",
    ),
}


RULE = Rule(
    ID,
    Severity.WARNING,
    "Evidence that should point to a document has no link.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
