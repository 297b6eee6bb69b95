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
in the supply-chain answer) with no link anywhere to the project's badge page: info, one finding at
the first mention naming the others (read as a self-assessment's badge is, below; a badge named
once in passing is not reported).

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

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.matching.evidence import Evidence
from applint.matching.structure import Section
from applint.model import BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule, describe_section, shorten
from applint.templates.boilerplate import is_template_text
from applint.templates.records import Criterion, TemplateSection
from applint.text.documents import kinds_in_text
from applint.text.links import (
    blank_code_and_comments,
    find_broken_links,
    find_links_in_code,
    invisible_problem,
)
from applint.text.patterns import LazyPattern
from applint.text.status import says_not_applicable
from applint.text.wording import and_list

if TYPE_CHECKING:
    from applint.matching.unlinked_documents import LinkKeys

ID = "evidence-without-link"
# "Same file", "see above", "linked in the previous item": the link is given once, just before.
_POINTS_BACK = LazyPattern(
    r"\babove\b|\bsame\s+(?:file|page|document|doc|link|place)\b|\b(?:previous|preceding)\s+(?:item|criterion|answer)\b"
    r"|\b(?:see|in|per)\s+(?:the\s+|our\s+)?(?:GTR|General Technical Review)\b"  # linked at its own criterion
    # "The DTR noted …", "the domain technical review found …": the review linked at its own criterion
    r"|\b(?:the|this)\s+(?:GTR|DTR|(?:general|domain)\s+technical\s+review)\s+(?:noted|found|showed|shows|notes|finds|"
    r"confirmed|confirms|describes|described|covers|covered)\b",
    re.IGNORECASE,
)
# "Linked from GOVERNANCE.md", "cross-linked in the README", "referenced from …", "… all link it".
_LINKED_FROM = LazyPattern(
    r"\b(?:cross-?)?link(?:ed)?\s+(?:from|in)\b|\breferenced\s+(?:from|in)\b|\blinks?\s+(?:to\s+)?it\b",
    re.IGNORECASE,
)
_FILE_NAME = LazyPattern(r"\b[\w.-]+\.(?:md|markdown|txt|pdf|yaml|yml)\b")
LINKS_LOST_SECTIONS = 3
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, CompanionContext):
        yield from _companion_files(ctx)
        return
    if not ctx.follows_template and not ctx.selection.due_diligence:
        # a proposal of its own shape: no criterion's evidence to read, but the files it names
        yield from _proposal_files(ctx)
        return
    previous_links: dict[str, frozenset[str]] | None = None  # worked out on first need
    previous_kinds: dict[str, frozenset[str]] = {}
    reported: set[str] = set()
    for criterion in ctx.template.criteria:
        if not (criterion.required and criterion.expects_link and ctx.asks_for_evidence(criterion)):
            continue
        evidence = ctx.evidence.get(criterion.id)
        if evidence is None or not evidence.has_content or evidence.links:
            continue
        if criterion.id in ctx.restatements:
            continue  # it only says the criterion again: criterion-without-evidence says so
        if previous_links is None:
            previous_links = _previous_links(ctx)
            previous_kinds = _previous_kinds(ctx)
        # "Linked from GOVERNANCE.md": what those documents hold, which no earlier link shows.
        # (a ticked criterion's claim: an unticked one, or one whose box an export lost, claims nothing)
        links_from = (
            _says_documents_link(evidence, ctx.document.source_lines) if evidence.statement.checked else None
        )
        if _points_back(
            evidence, previous_links.get(criterion.id, frozenset()) if links_from is None else frozenset()
        ):
            continue
        if any(says_not_applicable(text) for text in _texts(evidence)):
            continue  # "N/A", "no subprojects": nothing to link
        linked_earlier = _names_linked_document(ctx, evidence) or _linked_just_above(
            criterion, previous_kinds
        )
        if linked_earlier and links_from is None:
            continue  # "our security policy", linked earlier in the document: one link is enough
        if _reported_elsewhere(ctx, criterion, evidence):
            continue
        if ctx.selection.due_diligence:
            severity = Severity.INFO
            message = (
                f'the evaluation of "{shorten(criterion.text, 60)}" links nothing; link the document the TOC '
                "checked, so that readers of the due diligence can open it"
            )
        elif linked_earlier:
            severity = Severity.WARNING
            message = (
                f'the evidence for "{shorten(criterion.text, 60)}" says other documents link it but links none '
                "of them; link each where it is named (the part that carries the link), so the TOC can check "
                "it, even if the document is linked elsewhere"
            )
        else:
            severity = Severity.WARNING
            message = f'the evidence for "{shorten(criterion.text, 60)}" has no link; link the document it refers to'
        reported.add(criterion.id)
        yield ctx.finding(
            ID,
            severity,
            message,
            links_from if linked_earlier and links_from else evidence.statement,
            section=criterion.section_id,
            criterion=criterion.id,
        )
    yield from _sections_without_links(ctx)
    yield from _unlinked_names(ctx, reported)


def _unlinked_names(ctx: LintContext, reported: set[str]) -> Iterator[Finding]:
    """Each ticked criterion whose evidence names a document or record (a file, "the community
    governance docs", the calendar, a maintainer added) that neither it nor anything earlier links:
    one finding per criterion, at the line of the first such mention, naming them all (a criterion
    already reported for having no link at all is not reported again)."""
    if ctx.document.format != "markdown":
        return  # (a DOCX writer may drop or rewrite a link's label: what a line names is not known)
    # imported here: a companion document's check (the files it names) and a DOCX's need none of this
    from applint.matching.unlinked_documents import link_keys, records_in_evidence, unlinked_records
    from applint.text.named_records import OUTCOME

    links: LinkKeys | None = None  # worked out on first need
    for criterion in ctx.template.criteria:
        evidence = ctx.evidence.get(criterion.id)
        if (
            evidence is None
            or criterion.id in reported
            or not evidence.has_content
            or evidence.statement.checked is False
            or not ctx.asks_for_evidence(criterion)
            or criterion.id in ctx.restatements
        ):
            continue
        named = records_in_evidence(evidence, ctx.template.kind, evaluation=ctx.selection.due_diligence)
        if not named:
            continue  # (most evidence names nothing: the checks below run for the rest only)
        if any(says_not_applicable(text) for text in _texts(evidence)):
            continue  # "N/A", "no subprojects": nothing to link
        if _reported_elsewhere(ctx, criterion, evidence):
            continue
        if links is None:
            links = link_keys(ctx.links)
        # where the maintainer list may be linked for an outcome ("moved to emeritus"): just above
        above = _line_above(ctx, evidence) if any(record.kind == OUTCOME for _, _, record in named) else None
        found = unlinked_records(evidence, named, links, ctx.document.source_lines, above)
        if found is None:
            continue
        line, names = found
        documents = [name for name in names if not name.startswith('"')]
        outcomes = [name for name in names if name.startswith('"')]
        parts = [f"names {and_list(documents)} without a link"] if documents else []
        if outcomes:
            parts.append(
                f"says {and_list(outcomes)} without linking the pull request, issue or vote that records it"
            )
        said = f'"{shorten(criterion.text, 50)}" {" and ".join(parts)}'
        if ctx.selection.due_diligence:
            message = (
                f"the evaluation of {said}; link what the TOC checked where it is named, so that readers of the "
                "due diligence can open it"
            )
        else:
            them, each = ("them", "each") if len(names) > 1 else ("it", "it")
            message = (
                f"the evidence for {said}, and nothing earlier in the application links {them}; "
                f"link {each} where it is named"
            )
        yield ctx.finding(
            ID,
            Severity.INFO,
            message,
            line,
            section=criterion.section_id,
            criterion=criterion.id,
            unlinked=names,
        )


def _line_above(ctx: LintContext, evidence: Evidence) -> int | None:
    """The first line of the criterion stated just above this evidence's, if any."""
    line = evidence.statement.line
    return max(
        (other.statement.line for other in ctx.evidence.values() if other.statement.line < line), default=None
    )


def _companion_files(ctx: CompanionContext) -> Iterator[Finding]:
    """Files a GTR, governance review or self-assessment names that none of its links is."""
    if ctx.document.format != "markdown":
        return  # a DOCX writer may drop a link's label: what it names may be linked after all
    from applint.matching.named_files import files_named_unlinked  # Markdown only

    if ctx.template.kind == SELF_ASSESSMENT:
        yield from _addresses_named(ctx)
    else:
        yield from _badge_named(ctx)

    places = _GTR_PLACES if ctx.template.kind == GTR else frozenset()
    found = files_named_unlinked(ctx.document, ctx.links, places)
    yield from _files_unlinked(ctx, found, f"the {ctx.template.short_name}", "reviewers")


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
    more, and nothing in it links (read as a self-assessment's is): one finding at its first mention,
    naming the others."""
    from applint.matching.named_addresses import addresses_named_unlinked
    from applint.matching.named_addresses.things import BADGE

    for thing, lines in addresses_named_unlinked(ctx.document, ctx.reading, ctx.links):
        if thing != BADGE or len(lines) < _BADGE_CITED:
            continue  # (named once in passing, in answers about something else, it is no evidence cited)
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


def _reported_elsewhere(ctx: LintContext, criterion: Criterion, evidence: Evidence) -> bool:
    """True when another rule reports what keeps the evidence from its link: a link there but
    broken (broken-link), a note that it is unfinished (todo-marker), a sentence that stops where
    its link should be (unfinished-sentence) or a list introduced that never comes (dangling-intro)."""
    from applint.text.sentences import open_ending  # (an application's or DD's check only)

    if _holds_broken_link(ctx, evidence.statement.line, evidence.end_line):
        return True
    if any(invisible_problem(link) for link in evidence.links):
        return True  # an address holding an invisible character: broken-link reports it
    if any(mark.kind == "note" for mark in ctx.progress.unfinished.get(criterion.id, ())):
        return True
    if any(block.kind in _PROSE and open_ending(block.text) for block in evidence.blocks):
        return True
    last = evidence.blocks[-1] if evidence.blocks else None
    return last is not None and last.kind in _PROSE and last.text.rstrip().endswith(":")


_POINTS_BACK_WORDS = ("above", "same", "previous", "preceding", "gtr", "dtr", "technical review")


def _points_back(evidence: Evidence, linked_before: frozenset[str]) -> bool:
    """True when the evidence says its document was linked just before ("see the badge above"),
    or names a file the criterion just before it links ("The last section of ROADMAP.md …")."""
    texts = [evidence.statement.text, *(block.text for block in evidence.blocks)]
    lower = " ".join(texts).lower()
    if any(word in lower for word in _POINTS_BACK_WORDS) and any(_POINTS_BACK.search(text) for text in texts):
        return True
    if not linked_before or not any(name in lower for name in linked_before):
        return False  # cheap: the previous criterion's files must at least appear in the text
    return any(name.lower() in linked_before for text in texts for name in _FILE_NAME.findall(text))


def _linked_just_above(criterion: Criterion, previous_kinds: dict[str, frozenset[str]]) -> bool:
    """True when every document the criterion asks about ("Governance is up to date …": the
    governance) is the one the criterion just above asks for and links ("Clear and discoverable
    project governance documentation", answered with "[here](https://…)"): one link serves both.
    A link anywhere earlier does not count here: "Able to find it easily." under the governance
    criterion still needs its link, though the summary linked GOVERNANCE.md."""
    linked = previous_kinds.get(criterion.id)
    if not linked:
        return False  # nothing linked just above (an export without links: every criterion)
    asked = _kinds_asked(criterion.text)
    return bool(asked) and asked <= linked


@functools.lru_cache(maxsize=1024)
def _kinds_asked(criterion_text: str) -> frozenset[str]:
    """The kinds of project document a template criterion asks about (a fixed set of texts per
    process: worked out once each)."""
    return kinds_in_text(criterion_text)


def _previous_kinds(ctx: LintContext) -> dict[str, frozenset[str]]:
    """Criterion id -> the kinds of project document the criterion right above it (in the same
    template section) links in its answer: by its links' addresses and labels, and, for a link
    that names nothing ("[here](https://github.com/kelpie-io/community)"), the documents that
    criterion asks for. A link naming another file ("[our notes](…/notes.md)") is that file."""
    ordered = sorted(ctx.evidence.values(), key=lambda evidence: evidence.statement.line)
    criteria = ctx.template.criteria_by_id
    kinds: dict[str, frozenset[str]] = {}
    for previous, current in itertools.pairwise(ordered):
        above, below = criteria[previous.criterion_id], criteria[current.criterion_id]
        if not previous.links or above.section_id != below.section_id:
            continue
        links = [
            link for link in ctx.links.links if previous.statement.line <= link.line <= previous.end_line
        ]
        linked = frozenset().union(*(link.kinds for link in links))
        if any(link.unnamed for link in links):
            linked |= _kinds_asked(above.text)
        kinds[current.criterion_id] = linked
    return kinds


def _names_linked_document(ctx: LintContext, evidence: Evidence) -> bool:
    """True when every project document the evidence names (roadmap, SECURITY.md, GTR, …) is linked
    somewhere before it: one link per document is enough ("Linked from GOVERNANCE.md and
    CONTRIBUTING.md" still needs a link when CONTRIBUTING.md was never linked)."""
    linked = ctx.links.linked_before(evidence.statement.line)
    if not linked:
        return False
    texts = _texts(evidence)
    if not evidence.statement.strong:
        texts = texts[1:]  # no bold statement to cut off: the item holds the criterion's own words
    named = frozenset().union(*(kinds_in_text(text) for text in texts))
    return bool(named) and named <= linked


def _says_documents_link(evidence: Evidence, source_lines: Sequence[str]) -> int | None:
    """The line where the evidence says documents link something ("Linked from GOVERNANCE.md and
    CONTRIBUTING.md", "referenced in the README", "GOVERNANCE.md and the website footer all link
    it"), if it does: a claim about what those documents hold, which a link to them given earlier
    (to their top, or for another criterion) does not show."""
    statement = evidence.statement
    blocks = [(statement, statement.text[len(statement.strong) :]), *((b, b.text) for b in evidence.blocks)]
    for block, text in blocks:
        lower = text.lower()
        if ("link" in lower or "referenced" in lower) and _LINKED_FROM.search(text):
            # the line of the block that says it (an issue body's paragraph spans several)
            last = min(block.end_line, len(source_lines))
            return next(
                (n for n in range(block.line, last + 1) if _LINKED_FROM.search(source_lines[n - 1])),
                block.line,
            )
    return None


def _texts(evidence: Evidence) -> list[str]:
    """The evidence's own words: the criterion item after its bold statement, then each block."""
    statement = evidence.statement
    return [statement.text[len(statement.strong) :], *(block.text for block in evidence.blocks)]


def _previous_links(ctx: LintContext) -> dict[str, frozenset[str]]:
    """Criterion id -> the file names (``roadmap.md``) linked by the criterion whose statement comes
    right before it in the document."""
    ordered = sorted(ctx.evidence.values(), key=lambda evidence: evidence.statement.line)
    return {
        current.criterion_id: frozenset(
            link.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower() for link in previous.links
        )
        for previous, current in itertools.pairwise(ordered)
    }


def _holds_broken_link(ctx: LintContext, first: int, last: int) -> bool:
    lines = ctx.document.source_lines[first - 1 : last]
    return any(find_broken_links(blank_code_and_comments(line)) or find_links_in_code(line) for line in lines)


def _sections_without_links(ctx: LintContext) -> Iterator[Finding]:
    """Sections whose linked-document criteria are all absent but which hold unlinked evidence: one
    finding each, or one for the document when that is so in three sections or more (an export that
    dropped every link)."""
    unlinked: list[tuple[TemplateSection, Section, list[str]]] = []
    for section in ctx.template.walk():
        wanted = [c.id for c in section.criteria if c.required and c.expects_link]
        if not wanted or any(c.id in ctx.mapping.criteria for c in section.criteria):
            continue
        found = ctx.mapping.sections.get(section.id)
        if found is None:
            continue
        blocks = [
            block
            for block in ctx.document.blocks[found.start + 1 : found.end]
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and block.text
            and not is_template_text(block.text, ctx.template.kind)
        ]
        if blocks and not any(block.links for block in blocks):
            unlinked.append((section, found, wanted))
    if len(unlinked) >= LINKS_LOST_SECTIONS:
        names = "; ".join(f"'{describe_section(ctx, s.id)}' ({ctx.where(f.line)})" for s, f, _ in unlinked)
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the evidence in {len(unlinked)} sections has no links at all ({names}), though their required "
            "criteria ask for documents; add the links (an export may have dropped them)",
            unlinked[0][1].heading,
            sections=[s.id for s, _, _ in unlinked],
            criteria=[c for _, _, wanted in unlinked for c in wanted],
        )
        return
    for section, found, wanted in unlinked:
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f"the evidence in '{describe_section(ctx, section.id)}' has no links, though {len(wanted)} of its "
            f"required criteria ask{'s' if len(wanted) == 1 else ''} for a document; add the links "
            "(an export may have dropped them)",
            found.heading,
            section=section.id,
            criteria=wanted,
        )


RULE = Rule(
    ID,
    Severity.WARNING,
    "Evidence that should point to a document has no link.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
