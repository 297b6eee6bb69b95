"""outdated-template: the application follows an older template revision than the latest.

Why: the TOC reviews against the current template; criteria added since (for example the
Governance Review and joint security assessment items of 2026) will be asked for.

Severity: info when only the revision within the same label is older; warning when the label
itself is older (v1.5 while v1.6 exists). The message names the revision the application follows
(by its date and id, and whether its criteria or its version line told it) and the current one
the TOC reviews against, and lists what the latest revision adds,
removes and rewords, the list a maintainer needs to update the document, leaving out what the
document already states in the latest wording; ``applint template-diff OLD NEW`` prints it in full.

A draft that mixes revisions is reported by ``mixed-revisions``.

A companion document (GTR, governance review) is read against the revision of its template that
explains it best, so one written without a section a later revision added reads as one of the
revision before it. When the revision current at the document's own date ("Date Updated:
2026-01-19", a front matter ``date``) is newer and adds sections or questions the document lacks,
one warning names them and where they go; a document stating no date is told, at info, what the
newest revision adds that it lacks. A document written from the revision current at its date, or
lacking nothing a newer one adds, is told nothing. A security self-assessment written from an
earlier outline (the TOC accepts them) is told at info whatever its date, once: the current
outline's sections and metadata rows it lacks ("the 'Assessment Stage' row of 'Metadata'; the
'Actors' and 'Actions' sections of 'Overview'"), at the first, the other places folded in as
"also at" lines.

A TOC due-diligence document is a point-in-time record of the criteria it was evaluated against:
there is nothing to upgrade, and one stating no date is told nothing. One that states its date (a
front matter ``date``, a "Date:" or "Last updated:" line above its first section) is told, at info
and once at that date, the criteria the DD template current at that date adds to the revision it
follows and it does not have (the General Technical Review, the Governance Review, the joint
security assessment added in 2025 and 2026): a TOC member finishing a DD copied from an older
template adds and assesses them, or says the project is assessed under its application's criteria.

Passes: the latest revision of its kind; a due-diligence document stating no date, or dated before
any revision newer than the one it follows.
Fails: a document matching graduation-v1.6-2025-01-07; a GTR dated 2026-01-19 without the Day 2
Compliance section (added 2025-09-30).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule, shorten
from applint.templates.catalog import latest_of

if TYPE_CHECKING:
    from applint.matching.companion_revision import NewerPart, NewerRevision
    from applint.templates.diff import Change

ID = "outdated-template"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, CompanionContext):
        yield from _companion(ctx)
        return
    template = ctx.template
    if ctx.selection.due_diligence and ctx.follows_template and not ctx.selection.forced:
        yield from _due_diligence(ctx)
        return
    if ctx.selection.forced or not ctx.follows_template or ctx.selection.due_diligence:
        return
    latest = latest_of(template.kind)
    if template.latest or latest.id == template.id:
        return
    from applint.templates.diff import diff_templates  # only documents on an older revision

    changes = diff_templates(template, latest)
    # What the latest revision adds or rewords and the document already states in its words is no news.
    stated = [c for c in changes if c.kind in ("added", "reworded") and c.text in ctx.selection.contained]
    changes = [c for c in changes if c not in stated]
    severity = Severity.WARNING if template.label != latest.label else Severity.INFO
    at = ctx.selection.version.line if ctx.selection.version else 1
    already = (
        f"; the document already states {len(stated)} of its new criteria in its words ("
        + ", ".join(f'"{shorten(c.text, 50)}"' for c in stated[:3])
        + (" …)" if len(stated) > 3 else ")")
        if stated
        else ""
    )
    found_by = "its criteria" if ctx.selection.by_content else "its version line"
    yield ctx.finding(
        ID,
        severity,
        f"this application follows the {template.kind} template of {template.revision_date} "
        f"({template.id}, found by {found_by}); the TOC now reviews against the one of "
        f"{latest.revision_date} ({latest.id}): moving to it {_changes(changes)}{already} "
        f"('applint upgrade --to {latest.id}' moves it; 'applint template-diff {template.id} {latest.id}' "
        "lists each change)",
        at,
        found=template.id,
        latest=latest.id,
        changes=[change.as_dict() for change in changes],
        already_stated=[change.as_dict() for change in stated],
    )


def _due_diligence(ctx: LintContext) -> Iterator[Finding]:
    """A DD document dated after the TOC added criteria to the DD template it follows: what the
    revision current at its date adds, once, at the date."""
    from applint.matching.dd_revision import newer_dd_revision

    template = ctx.template
    newer = newer_dd_revision(ctx.document, template, ctx.selection.contained)
    if newer is None:
        return
    added = [f"'{shorten(change.text, 70)}'" for change in newer.added]
    count = len(added)
    named = ", ".join(added[:-1]) + (" and " if count > 1 else "") + added[-1]
    yield ctx.finding(
        ID,
        Severity.INFO,
        f"this due diligence follows the TOC's DD template of {template.revision_date} ({template.id}), but "
        f"the one current at its date ({newer.date.written}) is that of {newer.template.revision_date} "
        f"({newer.template.id}), which adds {count} criteri{'on' if count == 1 else 'a'} it does not have: "
        f"{named}; add {'it' if count == 1 else 'them'} with your assessment, or say in the summary that the "
        "project is assessed against the criteria of its application's date "
        f"('applint template-diff {template.id} {newer.template.id}' lists each change)",
        newer.date.line,
        found=template.id,
        current=newer.template.id,
        changes=[change.as_dict() for change in newer.added],
    )


def _changes(changes: list[Change]) -> str:
    """The template diff's summary as what moving does to the application: 'adds the criterion
    "X"; removes the criteria "Y", "Z"; rewords 2 criteria'."""
    from applint.templates.diff import summarize

    summary = summarize(changes)
    for kind, verb in (("added", "adds "), ("removed", "removes ")):
        count = sum(1 for change in changes if change.kind == kind)
        summary = summary.replace(verb, f"{verb}the criteri{'on' if count == 1 else 'a'} ", 1)
    return summary


def _companion(ctx: CompanionContext) -> Iterator[Finding]:
    """What the revision the companion document should follow adds that it lacks, once."""
    from applint.matching.companion_revision import newer_revision

    newer = newer_revision(ctx.reading)
    if newer is None:
        return
    template, name = ctx.template, ctx.template.short_name
    lacking = [part for part in newer.parts if not part.renamed_from]
    named = _named(newer, lacking)
    more = f" and {len(named) - 3} more" if len(named) > 3 else ""
    named = named[:3]
    first = lacking[0]
    heading = ctx.document.blocks[first.block]
    where = "before" if first.whole else ("in" if first.fields else "under")
    place = f"{where} '{shorten(heading.text.strip(), 40)}' ({ctx.where(_at(ctx, first))})"
    if len(lacking) > 1:
        place = f"the first {place}"
    retitled = "".join(
        f"; it titles your '{part.renamed_from}' '{part.section.title}'"
        for part in newer.parts
        if part.renamed_from
    )
    accepted = template.kind in ACCEPTED_OLDER
    if newer.dated:
        why = (
            f"this {name} follows the {name} template of {template.revision_date}, but the revision "
            f"current at its date ({newer.date}) is that of {newer.template.revision_date}, which adds "
        )
    else:
        why = (
            f"this {name} follows the {name} template of {template.revision_date}; the current one "
            f"({newer.template.revision_date}) adds "
        )
    severity = Severity.WARNING if newer.dated and not accepted else Severity.INFO
    one = len(lacking) == 1 and len(first.fields) <= 1
    details: dict[str, Any] = {
        "found": template.id,
        "latest": newer.template.id,
        "parts": [_title(p) for p in newer.parts],
    }
    if accepted:  # each part's place, folded into the one finding
        details.update(everywhere_fold(f"{ID}:{newer.template.id}"))
    message = (
        f"{why}{'; '.join(named)}{more}, missing here: add {'it' if one else 'them'} "
        f"({place}), or say why {'it does' if one else 'they do'} not apply{retitled}"
    )
    yield ctx.finding(ID, severity, message, _at(ctx, first), **details)
    if accepted:  # the other places: a missing section's at the heading of the one holding it
        for part in newer.parts:
            if part is first:
                continue
            at = ctx.line_of(part.parent) if part.whole and part.parent is not None else _at(ctx, part)
            yield ctx.finding(ID, severity, message, at, **details)


def _at(ctx: CompanionContext, part: NewerPart) -> int:
    """Where a part goes: the table holding the section's other fields, else its block."""
    block = ctx.document.block_at(part.line) if part.line else None
    return ctx.line_of(part.block if block is None else block)


# The kinds the TOC accepts written from an earlier revision of their template (many finished
# self-assessments follow the outline before 2024): what the current one adds is told at info.
ACCEPTED_OLDER = frozenset({"security-self-assessment"})


def _title(part: NewerPart) -> str:
    return ", ".join(field.label for field in part.fields) if part.fields else part.section.title


def _named(newer: NewerRevision, parts: list[NewerPart]) -> list[str]:
    """The parts in a reader's words, sections of one parent that ask no questions named together
    ("the 'Actors' and 'Actions' sections of 'Overview'")."""
    named: list[str] = []
    siblings: list[NewerPart] = []
    for part in (*parts, None):
        alike = part is not None and part.whole and not part.questions and not newer.template.levels
        if siblings and not (
            alike and part is not None and part.section.parent_id == siblings[0].section.parent_id
        ):
            named.append(_sections(newer, siblings))
            siblings = []
        if part is not None and alike:
            siblings.append(part)
        elif part is not None:
            named.append(_part(newer, part))
    return named


def _sections(newer: NewerRevision, parts: list[NewerPart]) -> str:
    if len(parts) == 1:
        return _part(newer, parts[0])
    titles = " and ".join(f"'{part.section.title}'" for part in parts)
    parent = newer.template.sections_by_id.get(parts[0].section.parent_id or "")
    group = newer.template.group_of(parts[0].section.id)
    under = f" of '{parent.title}'" if parent and parent.id != group.id else ""
    return f"the {titles} sections{under}"


def _part(newer: NewerRevision, part: NewerPart) -> str:
    """A part the newer revision adds, in a reader's words: "the Day 2 'Compliance' section (4
    questions, from 'What steps …')", "'Describe …' in 'Security'", "the 'Actors' section of
    'Overview'", "the 'Assessment Stage' row of 'Metadata'"."""
    if part.fields:
        labels = " and ".join(f"'{field.label}'" for field in part.fields)
        return f"the {labels} row{'s' if len(part.fields) > 1 else ''} of '{part.section.title}'"
    if part.whole:
        group = newer.template.group_of(part.section.id)
        parent = newer.template.sections_by_id.get(part.section.parent_id or "")
        within = ""
        if newer.template.levels and group.id != part.section.id:
            within = f"{group.title.split(' - ')[0].strip()} "
        count = len(part.questions)
        asks = (
            f" ({count} question{'s' if count != 1 else ''}, from '{shorten(part.questions[0].text, 60)}')"
            if count
            else ""
        )
        under = (
            f" of '{parent.title}'" if not newer.template.levels and parent and parent.id != group.id else ""
        )
        return f"the {within}'{part.section.title}' section{under}{asks}"
    extra = f" and {len(part.questions) - 1} more" if len(part.questions) > 1 else ""
    return f"'{shorten(part.questions[0].text, 60)}'{extra} in '{part.section.title}'"


RULE = Rule(
    ID,
    Severity.INFO,
    "The application (or companion document) follows an older template revision.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
