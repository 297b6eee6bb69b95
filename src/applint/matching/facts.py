"""Facts an application states more than once: the date of an event, the issue or pull request of
an artefact, a count of maintainers, adopters or contributors, a person's e-mail address, the
project's current release, a chart's address, each with the phrase that names what it is of.

This module finds the blocks that may hold a fact and has each reader read them (an event's date:
``event_dates``; a review's issue or pull request: ``review_links``; a count: ``count_facts``). A
fact is read only where the text says clearly what it is of, so that two values for one key are a
contradiction and not two things:

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

from applint.matching.count_facts import COUNTED, count_facts, one_count_each
from applint.matching.event_dates import date_facts, names_an_event, tag_named
from applint.matching.fact_records import Fact
from applint.matching.review_links import application_numbers, link_facts
from applint.model import Block, BlockKind, Document
from applint.text.joined import JoinedTexts
from applint.text.splitting import split_statements

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING)

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


def find_facts(document: Document, joined: JoinedTexts) -> list[Fact]:
    """Every fact the document states, in document order (``joined``: the blocks' texts joined)."""
    blocks = document.blocks
    # Which blocks may hold a fact, found by searching the whole text once per stem (each matches
    # either case): a DOCX lint has no time for Python work on every block.
    tags = joined.holding("TAG")
    events = joined.holding("andbox", "ncubat", "CNCF") | tags
    counted = joined.counting(*COUNTED)
    # Releases are counted only as the project's own: its name, when the title gives it.
    owner = ""
    if joined.counting("eleases"):
        from applint.matching.project_name import project_name  # imported only then

        owner = project_name(document)
    facts: list[Fact] = []
    for index in sorted(events | counted):
        block = blocks[index]
        if block.kind not in _SKIPPED:
            dated = index in events and names_an_event(block.text)
            facts.extend(_block_facts(block, dated, index in counted, owner))
    applications = application_numbers(blocks, joined.holding("pplication"))
    mailing: set[int] = set()
    for index, block in enumerate(blocks):
        if block.links and block.kind not in _SKIPPED:
            facts.extend(link_facts(block, applications))
            if any(url[:7].lower() == "mailto:" for url in block.links):
                mailing.add(index)
    facts.extend(_further_facts(document, joined, mailing))
    facts.sort(key=lambda fact: fact.block.line)  # stable: a block's own facts keep their order
    return tag_named(facts, [blocks[index] for index in tags])


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
            facts.extend(date_facts(row.replace(" | ", ": "), block))
    for sentence in split_statements(text, cells=True):
        if dated:
            facts.extend(date_facts(sentence, block))
        if counted:
            counts.extend(count_facts(sentence, block, owner))
    return facts + one_count_each(counts)
