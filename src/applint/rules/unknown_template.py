"""unknown-template: no version line (or no title) says which template the application follows.

Why: "v1.6" names about a dozen revisions and a document without any label can be checked only
against what its content looks like; the reader should know which revision that was and why.

Severity: info when the content still follows a template (the finding names the revision the
content matched best and how well); warning when it follows none (a 2022-style proposal such
as Flux's): then the per-criterion findings are left out, because they would be a wall of
errors about a document that was never written from the template. Instead the one warning says
what the proposal has of the template for its level: the topics (criteria groups such as
adopters, governance, maintainers, the roadmap, a security audit) its own headings cover and
where, those a sentence of its text is about (its subject, a label, a linked record, not a word
in passing: "healthcare data architecture" is an adopter's, not the project's architecture), those
it says are not done yet ("the audit is in progress", "we plan to publish a roadmap"), and those it
lacks, each under the template's section and at the line of the word naming it
(``matching.proposal_topics``), with the template's link to re-file on. A proposal recognised by
its content rather than its title (``matching.proposals``) gets the same one finding.

A TOC due-diligence document carries no version line (its template has none): it never gets
this finding. One in the older format, written before the DD template (free-form, or the old
question list), asks for no change either: the summary line says its criteria were not checked,
and the rules that need no template (placeholders, links, copies) still read it.

Location: the title line, under which the version line belongs (line 1 when there is no title).

Passes: ``v1.6`` on the line after ``# <Project> Graduation Application``.
Fails: no version line; no title naming Graduation or Incubation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final

from applint.findings import Finding, Severity
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.text.wording import and_list

if TYPE_CHECKING:  # imported by the check itself, only for a document off the template
    from applint.matching.proposal_topics import Coverage, Topic, TopicPlace

ID = "unknown-template"
TEMPLATE_LINK: Final = (
    "https://github.com/cncf/toc/blob/main/.github/ISSUE_TEMPLATE/template-{level}-application.md"
)
# How much of the author's heading a message quotes.
HEADING_CHARS: Final = 40


def check(ctx: LintContext) -> Iterator[Finding]:
    selection = ctx.selection
    if selection.forced or (selection.version is not None and selection.kind is not None):
        return
    template = ctx.template
    found = len(ctx.mapping.criteria)
    total = len(template.criteria)
    if selection.due_diligence:
        return  # a finding here would ask the TOC member for nothing (see the docstring)
    missing = "no version line (such as 'v1.6' under the title)"
    if selection.kind is None:
        missing = "no title naming a Graduation or Incubation application and " + missing
    if ctx.follows_template:
        yield ctx.finding(
            ID,
            Severity.INFO,
            f"{missing}; by content this is {template.id} ({found} of {total} criteria found), "
            f"so it was checked against that revision; add the version line to make it explicit",
            _title_line(ctx),  # where the version line belongs: right under the title
            template=template.id,
        )
        return
    from applint.matching.proposal_topics import topic_coverage

    sections = sum(1 for s in template.walk() if s.id in ctx.mapping.sections)
    level = template.kind
    coverage = topic_coverage(ctx.document, level)
    yield ctx.finding(
        ID,
        Severity.WARNING,
        f"{missing}, and the content does not follow the v1.6 {level.capitalize()} application template "
        f"({found} of {total} criteria, {sections} of {len(ctx.template.sections_by_id)} sections found), "
        f"so no criterion was checked. Re-file it on the {level.capitalize()} template "
        f"({TEMPLATE_LINK.format(level=level)}), writing what is missing and moving each part under the "
        f"template's section for it (or pass --template to check it against one).{_coverage(coverage)}",
        1,
        template=template.id,
        covered=[
            {
                "topic": place.topic.name,
                "section": place.topic.section,
                "line": place.line,
                "heading": place.heading,
            }
            for place in coverage.covered
        ],
        unfinished=[
            {
                "topic": place.topic.name,
                "section": place.topic.section,
                "line": place.line,
                "says": place.unfinished,
            }
            for place in coverage.unfinished
        ],
        lacking=[{"topic": topic.name, "section": topic.section} for topic in coverage.lacking],
    )


def _coverage(coverage: Coverage) -> str:
    """The sentences saying which of the template's topics the document covers nowhere (what to
    write), then which it says are not done yet, which its own headings cover and which its text is
    about (what to move), each under the template's section; each opens with a space."""
    covered = coverage.covered
    parts = [f"Nothing in it covers {_by_section_text(coverage.lacking, lambda topic: topic.name)}."] * bool(
        coverage.lacking
    )
    parts += [
        f"{lead} {_by_section_text(places, say)}."
        for lead, places, say in (
            ("It says these are not done yet:", coverage.unfinished, _not_done),
            ("Its own headings cover", [place for place in covered if place.heading is not None], _place),
            ("Its text speaks of", [place for place in covered if place.heading is None], _place),
        )
        if places
    ]
    return "".join(f" {part}" for part in parts)


def _by_section_text(items: Sequence[Topic] | Sequence[TopicPlace], say: Callable[[Any], str]) -> str:
    """The items said under the template's sections: "Security: a, b; Ecosystem: c"."""
    from applint.matching.proposal_topics import Topic

    grouped: dict[str, list[str]] = {}
    for item in items:
        topic = item if isinstance(item, Topic) else item.topic
        grouped.setdefault(topic.section, []).append(say(item))
    return "; ".join(f"{section} — {and_list(said)}" for section, said in grouped.items())


def _place(place: TopicPlace) -> str:
    if place.heading is None:
        return f"{place.topic.name} (line {place.line})"
    return f"{place.topic.name} ('{shorten(place.heading, HEADING_CHARS)}', line {place.line})"


def _not_done(place: TopicPlace) -> str:
    return f"{place.topic.name} ('{place.unfinished}', line {place.line})"


def _title_line(ctx: LintContext) -> int:
    """The line of the application's title heading (``# Kelpie Graduation Application``), else 1."""
    for section in ctx.template.walk():
        found = ctx.mapping.sections.get(section.id)
        if section.role == "title" and found is not None and found.heading is not None:
            return found.heading.line
    return 1


RULE = Rule(ID, Severity.WARNING, "No version line or title identifies the template.", check, __doc__ or "")
