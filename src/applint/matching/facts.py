"""Facts an application states more than once: the date of an event, the issue or pull request of
an artefact, a count of maintainers, adopters or contributors, a person's e-mail address, the
project's current release, a chart's address, each with the phrase that names what it is of.

A fact is read only where the text says clearly what it is of, so that two values for one key are
a contradiction and not two things:

- a date belongs to the event named nearest before it in its sentence (or, when the sentence
  opens with the date, the first one after it): "accepted into the CNCF Sandbox on 2021-06-22",
  "Sandbox vote passed on 2026-03-12", "currently Sandbox, accepted on 20230115", "presented to
  TAG Runtime on 05-MAR-2025", "subsequent move to incubating in 2021/08/30". The template's "This occurred on DD-MMM-YYYY" under the TAG criterion
  is not read: it dates the engagement it links (often a TOC pull request), which may come days
  after the presentation. Any other event named in between ("onboarding was completed on …",
  "applied for Incubation on …", "released v1.0 in …") takes the date instead. Joining the CNCF
  with no level named after it ("joined the CNCF on April 26, 2022") is an event of its own. A sentence that
  plans, or names the event more than once ("presented again", "first presented"), gives none.
- an issue or pull request belongs to the one review a block names (the GTR, the governance
  review, the security self-assessment, a TAG review), per repository and kind: the project's own
  PR merging its GTR copy and the TOC's GTR issue are two artefacts. A block linking two of one
  kind in one repository, or speaking of drafts and replacements, gives none, and a number the
  document calls the application's anywhere ("Incubation application: cncf/toc#1775", "Per
  [incubation application #1775](…)") is the application's wherever it is linked ("[#1775](…) and
  GTR: …"), not the review's.
- a person's e-mail address, the project's current release, a chart's address, how many
  organisations the maintainers come from, a release's date and a security review's state are read
  by ``contact_facts``, ``release_facts``, ``chart_facts``, ``organisation_counts``,
  ``release_dates`` and ``review_states`` (each only in a document naming one), and whether a
  practice (Dependabot, the DCO, SBOMs) is in place by ``practice_states``.
- a count is a number written before "maintainers", "adopters", "contributors" or "releases" (one
  qualifier between: "seven active maintainers"; releases only the project's own: "We have shipped 14
  releases") in a sentence stating how many there are now (or "as of" one date, compared only with
  that date's): not a rule ("approval from 2 maintainers"), a bound ("more than 10"), a part
  ("3 maintainers from Red Hat") or a history ("grew from 3 to 12 maintainers").
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re
from collections.abc import Iterator

from applint.matching.fact_records import DATE, Fact
from applint.model import Block, BlockKind, Document
from applint.text.dates import as_of, find_dates
from applint.text.github_items import GitHubItem, parse_github_item
from applint.text.joined import JoinedTexts
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_statements

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING)
_LEVEL_VERB = r"(?:accepted|admitted|joined|entered|moved|promoted|became|voted|evolved|advanced|progressed)"
_SANDBOX = LazyPattern(
    rf"\b{_LEVEL_VERB}\b(?:\s+[\w'’-]+){{0,4}}?\s+sandbox\b"
    r"|\bsandbox\b(?:\s+project)?(?:,?\s+(?:(?:and\s+)?(?:was|were)\s+)?(?:accepted|admitted)\b"
    r"|\s+(?:vote|acceptance|admission)\b(?:\s+(?:passed|date|was))?|\s+since\b)",
    re.IGNORECASE,
)
_INCUBATION = LazyPattern(
    rf"\b{_LEVEL_VERB}\b(?:\s+[\w'’-]+){{0,4}}?\s+incubat\w*"
    r"|\bincubat\w*\b(?:\s+project)?(?:,?\s+(?:(?:and\s+)?(?:was|were)\s+)?(?:accepted|admitted)\b"
    r"|\s+(?:vote|acceptance|admission)\b(?:\s+(?:passed|date|was))?|\s+since\b)"
    r"|\b(?:move|promotion|transition)\s+(?:in)?to\s+(?:the\s+)?(?:CNCF\s+)?incubat\w*",
    re.IGNORECASE,
)
# Joining the CNCF without a level named right after ("Sealer joined the CNCF on April 26, 2022"); "joined
# the CNCF as a Sandbox project" is the Sandbox acceptance.
_JOINED_CNCF = LazyPattern(
    r"\b(?:joined|entered|(?:was\s+)?accepted\s+(?:in)?to|(?:was\s+)?admitted\s+(?:in)?to)\s+(?:the\s+)?"
    r"(?-i:CNCF)\b(?!\s+(?:as\s+(?:an?\s+)?)?(?:sandbox|incubat))"
    # the foundation itself, not one of its programmes ("joined the CNCF BugBash")
    r"(?=\s*(?:$|[.,;:()\[\]]|(?:in|on|as|at|during|back|and|with|under|when|from|via|through|around|about|"
    r"just|a|an|the|\d+)\b))",
    re.IGNORECASE,
)
_TAG_NAME = r"(?-i:TAG)(?:[\s-]+(?P<{}>(?-i:[A-Z])[\w]*))?"
_TAG_PRESENTATION = LazyPattern(
    rf"\bpresent(?:ed|ation)\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:to|at|before|with|for)\s+(?:the\s+)?(?:CNCF\s+)?{_TAG_NAME.format('to_tag')}"
    rf"|\b{_TAG_NAME.format('tag')}(?:\s+[\w'’-]+){{0,3}}?\s+presentation\b",
    re.IGNORECASE,
)
# Events other than the ones read: a date after one of them is that event's.
_OTHER_EVENT = LazyPattern(
    r"\b(?:onboard\w*|appl(?:y|ied|ying|ication)|submit\w*|propos\w*|releas\w*|launch\w*|found\w*|"
    r"creat\w*|start\w*|donat\w*|open[- ]sourced|review\w*|audit\w*|graduat\w*|kubecon|verified|updated|"
    r"completed|merged|published|filed|opened|annual|sandbox|incubat\w*)\b",
    re.IGNORECASE,
)
_NOT_ONE_EVENT = LazyPattern(
    r"\b(?:will|plan\w*|schedul\w*|expect\w*|tentative\w*|aim\w*|target\w*|again|also|second|another|first|"
    r"follow[- ]up|re-?present\w*|previous\w*|earlier|later|not|never|until|if|once)\b",
    re.IGNORECASE,
)

_REVIEWS = (
    ("the General Technical Review", r"\bGTR\b|\b(?:general\s+)?technical\s+review\b"),
    ("the governance review", r"\bgovernance\s+review\b"),
    ("the security self-assessment", r"\bself[- ]assessment\b"),
    ("the TAG review", r"\bTAG\b[\w\s-]{0,25}?\breview\b"),
)
_REVIEW = LazyPattern(
    "|".join(f"(?P<r{i}>{pattern})" for i, (_, pattern) in enumerate(_REVIEWS)), re.IGNORECASE
)
_NOT_THE_ONE = LazyPattern(
    r"\b(?:draft|superseded|supersedes|replac\w*|previous\w*|earlier|old|former|first|updated|revised|closed)\b",
    re.IGNORECASE,
)

# "application #1775", "Incubation application: cncf/toc#1775", "application issue 1775".
_APPLICATION_NUMBER = LazyPattern(
    r"\bapplication(?:\s+(?:issue|PR|pull\s+request))?[:\s]+(?:cncf/toc)?#?(\d+)\b", re.IGNORECASE
)

# The stems of a statement of the project's current release (``release_facts``: "latest", "current
# version", "Project Version:"), each in either case but its first letter.
_RELEASE_STEMS = ("atest", "urrent ", "roject Version", "roject version", " at v")
# Where a release is stated: a paragraph or list item (not a table, a heading or code) with a digit.
_NO_RELEASE = (*_SKIPPED, BlockKind.TABLE)
# The registries a chart is pushed to, as their addresses are written.
_REGISTRY_STEMS = (
    "oci://",
    "ghcr.io/",
    "quay.io/",
    "docker.io/",
    "azurecr.io/",
    "public.ecr.aws/",
    "pkg.dev/",
)
# The stems of a security review's name ("audit", "self-assessment"), either case of the first letter.
_REVIEW_STEMS = ("udit", "ssessment")
# What a block naming a practice of the ``practices`` vocabulary holds, as written (not "two factor"
# alone: the template's own criterion says it, and an application on the template reads no vocabulary).
_PRACTICE_STEMS = (
    "ependabot", "enovate", "DCO", "ertificate of", "CLA", "icense agreement", "icense Agreement", "SBOM",
    "ill of", "osign", "igstore", "elease signing", "igned release", "ranch protection", "rotected branch",
    "2FA", "MFA", "wo-factor", "ulti-factor", "corecard", "uzz", "CodeQL", "rovenance",
)  # fmt: skip
# The organisations a group comes from ("from 5 companies"), either case of the first letter.
_ORGANISATION_STEMS = ("ompanies", "rganizations", "rganisations", "mployers", "endors")
_COUNTED = ("aintainers", "dopters", "ontributors", "eleases")  # "maintainers", "Adopters": in either case
_COUNT = LazyPattern(
    r"(?<![\w.,$#-])(?P<n>" + NUMBER_PATTERN + r")\s+(?P<q>(?:active|current)\s+)?"
    r"(?P<noun>maintainers|adopters|contributors|releases)\b(?P<after>\s+\w+(?:\s+\w+)?)?",
    re.IGNORECASE,
)
_BOUND_BEFORE = LazyPattern(
    r"(?:\b(?:than|least|over|about|around|approximately|nearly|almost|of|only|another|additional|extra|new|"
    r"from|to|these|those|other|two-thirds|majority|min\w*|max\w*|up)\s+|[~+<>≥≤]\s*)$",
    re.IGNORECASE,
)
_PART_AFTER = LazyPattern(
    r"^\s+(?:from|at|of|in|on|for|per|with|who|that|each|must|need\w*|requir\w*|approv\w*|review\w*|"
    r"employed|work\w*|represent\w*|(?:were\s+|have\s+been\s+)?(?:added|joined|retired|promoted|removed|left|"
    r"stepped|became|moved|onboarded|nominated|elected|replaced|invited))\b(?!\s+(?:"
    + NUMBER_PATTERN
    + r")\b)",
    re.IGNORECASE,
)
# What comes before a count that states a total: nothing, or a verb of having ("Examplo has 9
# maintainers", "there are 12 adopters", "maintained by 7 maintainers", "Our seven maintainers").
_HAS_BEFORE = LazyPattern(
    r"\b(?:has|have|there\s+are|consists?\s+of|with|by|team\s+of|total\s+of|our|its|currently|now|today|"
    r"there\s+have\s+been|(?:has|have)\s+(?:shipped|published|made|cut|tagged))\s+$",
    re.IGNORECASE,
)
# The subject and verb before a count of releases: "We have shipped 12 releases".
_RELEASES_OWNER = LazyPattern(
    r"^[\s*_>•-]*(?P<subject>[\w.' -]{1,40}?)\s+(?:has|have|['’]ve)\s+(?:been\s+|shipped\s+|published\s+|made\s+|"
    r"cut\s+|tagged\s+)?$",
    re.IGNORECASE,
)
_NOT_A_COUNT = LazyPattern(
    r"\b(?:chart|sub-?projects?|components?|plugins?|operators?|sdks?|clients?|librar\w+|teams?|repositor\w+|requir\w*|must|should|approv\w*|vote\w*|quorum|majority|least|minimum|each|per|need\w*|lgtm|"
    r"will|plan\w*|goal|target|aim\w*|hope|grow\w*|grew|increas\w*|went|previous\w*|was|were|had|ago|"
    r"since|until|when|if|former|emeritus)\b",
    re.IGNORECASE,
)


def find_facts(document: Document, joined: JoinedTexts) -> list[Fact]:
    """Every fact the document states, in document order (``joined``: the blocks' texts joined)."""
    blocks = document.blocks
    # Which blocks may hold a fact, found by searching the whole text once per stem (each matches
    # either case): a DOCX lint has no time for Python work on every block.
    tags = joined.holding("TAG")
    events = joined.holding("andbox", "ncubat", "CNCF") | tags
    counted = joined.counting(*_COUNTED)
    # Releases are counted only as the project's own: its name, when the title gives it.
    owner = ""
    if joined.counting("eleases"):
        from applint.matching.project_name import project_name  # imported only then

        owner = project_name(document)
    facts: list[Fact] = []
    for index in sorted(events | counted):
        block = blocks[index]
        if block.kind not in _SKIPPED:
            dated = index in events and _names_an_event(block.text)
            facts.extend(_block_facts(block, dated, index in counted, owner))
    applications = _application_numbers(blocks, joined.holding("pplication"))
    mailing: set[int] = set()
    for index, block in enumerate(blocks):
        if block.links and block.kind not in _SKIPPED:
            facts.extend(_link_facts(block, applications))
            if any(url[:7].lower() == "mailto:" for url in block.links):
                mailing.add(index)
    facts.extend(_further_facts(document, joined, mailing))
    facts.sort(key=lambda fact: fact.block.line)  # stable: a block's own facts keep their order
    return _tag_named(facts, [blocks[index] for index in tags])


def _further_facts(document: Document, joined: JoinedTexts, mailing: set[int]) -> list[Fact]:
    """People's e-mail addresses, the project's current release, its charts' addresses, how many
    organisations its maintainers come from and the state of its security reviews, each read (and
    its module imported) only in a document holding an address, naming a latest or current release
    beside a number, naming a chart beside a registry's address, naming maintainers (contributors,
    committers) and companies (organisations, employers), or naming an audit or assessment."""
    facts: list[Fact] = []
    addressed = joined.holding("@")
    if mailing or addressed:
        from applint.matching.contact_facts import contact_facts

        facts.extend(contact_facts(document, addressed, mailing))
    blocks = document.blocks
    releases = {
        index
        for index in joined.holding(*_RELEASE_STEMS)
        if blocks[index].kind not in _NO_RELEASE
        and any(character.isdigit() for character in blocks[index].text)
    }
    if releases:
        from applint.matching.release_facts import release_facts

        facts.extend(release_facts(document, releases))
    registries = {  # a chart named beside a registry's address
        index
        for index in joined.holding("hart")
        if any(stem in blocks[index].text for stem in _REGISTRY_STEMS)
    }
    if registries:
        from applint.matching.chart_facts import chart_facts

        facts.extend(chart_facts(document, registries))
    organisations = joined.holding(*_ORGANISATION_STEMS)
    if organisations:  # (the people searched for only where companies are named)
        organisations &= joined.holding("aintainers", "ontributors", "ommitters")
    if organisations:
        from applint.matching.organisation_counts import organisation_counts

        facts.extend(organisation_counts(document, organisations))
    released = {
        index
        for index in joined.holding("release", "hipped")  # ("released" holds "release")
        if "20" in blocks[index].text and "." in blocks[index].text
    }
    if released:
        from applint.matching.release_dates import release_dates

        facts.extend(release_dates(document, released))
    reviews = joined.holding(*_REVIEW_STEMS)
    if reviews:
        from applint.matching.review_states import review_states

        facts.extend(review_states(document, reviews))
    practices = joined.holding(*_PRACTICE_STEMS)
    if practices:
        from applint.matching.practice_states import practice_states

        facts.extend(practice_states(document, practices))
    return facts


def _block_facts(block: Block, dated: bool, counted: bool, owner: str) -> list[Fact]:
    """The dates and counts one block states (``owner``: the project's name, or "")."""
    text = block.text
    dated = dated and "20" in text  # a date has a year of this century
    if not (dated or counted):
        return []
    facts: list[Fact] = []
    counts: list[Fact] = []
    if dated and block.kind is BlockKind.TABLE:
        dated = False  # a table's row is read whole: its event in one cell, the date in the next
        for row in text.splitlines():
            facts.extend(_date_facts(row.replace(" | ", ": "), block))
    for sentence in split_statements(text, cells=True):
        if dated:
            facts.extend(_date_facts(sentence, block))
        if counted:
            counts.extend(_count_facts(sentence, block, owner))
    return facts + _one_count_each(counts)


def _names_an_event(text: str) -> bool:
    """Whether a block may name an event this module reads (a maturity level, a TAG presentation,
    joining the CNCF)."""
    return (
        "andbox" in text
        or "ncubat" in text
        or ("TAG" in text and "resent" in text)
        or ("CNCF" in text and _JOINED_CNCF.search(text) is not None)
    )


def _tag_named(facts: list[Fact], tagged: list[Block]) -> list[Fact]:
    """A TAG presentation whose TAG is not named is the one the document says it presented to (in
    any sentence of the blocks naming a TAG, a second presentation's too), when it names one."""
    if not any(fact.key == ("date", "tag", "") for fact in facts):
        return facts
    named = {
        (match.group("to_tag") or match.group("tag") or "").lower()
        for block in tagged
        if "present" in block.text.lower()
        for match in _TAG_PRESENTATION.finditer(block.text)
    } - {""}
    if len(named) != 1:
        return facts
    tag = named.pop()
    return [
        Fact(("date", "tag", tag), fact.subject, fact.value, fact.written, fact.block, fact.compare)
        if fact.key == ("date", "tag", "")
        else fact
        for fact in facts
    ]


def _one_count_each(counts: list[Fact]) -> list[Fact]:
    """A block's counts, less those of a noun it counts twice differently: it counts two things
    ("the project has 8 maintainers … the Helm chart has 3 maintainers")."""
    values: dict[tuple[str, ...], set[tuple[int | str, ...]]] = {}
    for fact in counts:
        values.setdefault(fact.key, set()).add(fact.value)
    return [fact for fact in counts if len(values[fact.key]) == 1]


def _date_facts(sentence: str, block: Block) -> Iterator[Fact]:
    dates = find_dates(sentence)
    if not dates or _NOT_ONE_EVENT.search(sentence):
        return
    cues: list[tuple[int, int, tuple[str, ...], str]] = []
    # Each cue's pattern is tried only when its word is there (the patterns are slow to fail).
    if "andbox" in sentence:
        for match in _SANDBOX.finditer(sentence):
            cues.append((match.start(), match.end(), ("date", "sandbox"), "the Sandbox acceptance date"))
    if "ncubat" in sentence:
        for match in _INCUBATION.finditer(sentence):
            cues.append(
                (match.start(), match.end(), ("date", "incubation"), "the Incubation acceptance date")
            )
    if "CNCF" in sentence:
        for match in _JOINED_CNCF.finditer(sentence):
            cues.append(
                (match.start(), match.end(), ("date", "cncf"), "the date the project joined the CNCF")
            )
    if "TAG" in sentence:
        for match in _TAG_PRESENTATION.finditer(sentence):
            tag = (match.group("to_tag") or match.group("tag") or "").lower()
            cues.append((match.start(), match.end(), ("date", "tag", tag), "the TAG presentation date"))
    if not cues:
        return
    for match in _OTHER_EVENT.finditer(sentence):
        cues.append((match.start(), match.end(), (), ""))
    cues.sort()
    for start, end, written, date in dates:
        before = [cue for cue in cues if cue[1] <= start]
        if before:
            cue = max(before, key=lambda c: (c[1], bool(c[2])))  # an event's own cue over its level word
        elif not sentence[:start].strip(" ,(*_[") or len(sentence[:start].split()) <= 2:
            after = [cue for cue in cues if cue[0] >= end]
            if not after:
                continue
            cue = after[0]
        else:
            continue
        if cue[2]:
            yield Fact(cue[2], cue[3], (date.year, date.month, date.day), written, block, compare=DATE)


def _application_numbers(blocks: tuple[Block, ...], holding: set[int]) -> set[int]:
    """The issue numbers the document calls the application's somewhere ("Incubation application:
    cncf/toc#1775", or the one issue linked by a block naming an application and no review: "Link to
    [Incubation application issue](…/issues/1999)"): such a number plays that role wherever it is
    linked again."""
    numbers: set[int] = set()
    for index in holding:
        block = blocks[index]
        if not block.links:
            continue
        numbers.update(int(found.group(1)) for found in _APPLICATION_NUMBER.finditer(block.text))
        items = {found.number for url in block.links if (found := _review_item(url))}
        if len(items) == 1 and not _REVIEW.search(block.text):
            numbers.add(int(items.pop()))
    return numbers


def _link_facts(block: Block, applications: set[int]) -> Iterator[Fact]:
    if not any("/issues/" in url or "/pull/" in url for url in block.links) or _NOT_THE_ONE.search(
        block.text
    ):
        return
    named = {index for match in _REVIEW.finditer(block.text) for index, text in _groups(match) if text}
    if len(named) != 1:
        return
    review = named.pop()
    items: dict[tuple[str, str], list[int]] = {}
    for url in block.links:
        item = _review_item(url)
        if item and int(item.number) not in applications:
            numbers = items.setdefault((item.repository.lower(), item.kind), [])
            if int(item.number) not in numbers:
                numbers.append(int(item.number))
    for (repository, kind), numbers in items.items():
        if len(numbers) == 1:
            what = "pull request" if kind == "pull" else "issue"
            yield Fact(
                ("link", str(review), repository, kind),
                f"the {what} in {repository} for {_REVIEWS[review][0]}",
                (numbers[0],),
                f"{repository}#{numbers[0]}",
                block,
            )


def _review_item(url: str) -> GitHubItem | None:
    """The issue or pull request a link is, written as the reviews' links are (``github.com``, the
    number ending its path segment)."""
    item = parse_github_item(url)
    return item if item and item.is_issue_or_pull and not item.www and item.ends_at_segment else None


def _groups(match: re.Match[str]) -> Iterator[tuple[int, str | None]]:
    for index in range(len(_REVIEWS)):
        yield index, match.group(f"r{index}")


def _count_facts(sentence: str, block: Block, owner: str) -> Iterator[Fact]:
    if _NOT_A_COUNT.search(sentence):
        return
    scope = as_of(sentence)
    if scope is None:
        return
    for match in _COUNT.finditer(sentence):
        before = sentence[: match.start()]
        if _BOUND_BEFORE.search(before) or _PART_AFTER.match(match.group("after") or ""):
            continue
        if before.strip(" *_") and not _HAS_BEFORE.search(before):
            continue  # not stated as what the project has ("Recently two maintainers …")
        number = read_number(match.group("n"))
        if number is None:
            continue
        noun = match.group("noun").lower()
        if noun == "releases" and not _the_projects(before, owner):
            continue  # a component's or a sub-project's releases ("libbuildpack has 42 releases")
        yield Fact(("count", noun, *scope), f"the number of {noun}", (number,), match.group("n"), block)


def _the_projects(before: str, owner: str) -> bool:
    """Whether the words before a count of releases make them the project's: "We have shipped",
    "The project has", "There have been", "<its name> has"."""
    found = _RELEASES_OWNER.match(before)
    if found is None:
        return False
    subject = found.group("subject").lower()
    return subject in ("we", "the project", "it", "there", "our project") or (
        bool(owner) and subject == owner.lower()
    )
