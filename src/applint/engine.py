"""The linting pipeline for one input: read, choose a template, map, run the rules, score."""

from __future__ import annotations

from collections.abc import Mapping as MappingOf
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from applint.findings import Finding, Severity
from applint.matching.dd import has_due_diligence_title
from applint.matching.detection import AskedLevel, Selection, is_titled_application, select_template
from applint.matching.mapping import Mapping, map_document
from applint.model import EMPTY_MAPPING, Document, Unit
from applint.readers.sources import InputError, Source, decode_text, read_source
from applint.results.completeness import score
from applint.results.fingerprints import fingerprint
from applint.results.grouping import group_findings
from applint.results.report import FileReport
from applint.results.suppressions import apply_suppressions
from applint.rules import checks_for
from applint.rules.context import CompanionContext, LintContext
from applint.templates.catalog import find_template
from applint.templates.records import Template

if TYPE_CHECKING:
    # A companion document's reading: its modules are imported only when one is read (read_as).
    from applint.matching.companions import CompanionReading

# A document follows a template when this share of its criteria, or of its required areas, is found.
FOLLOWS_CRITERIA_SHARE = 0.25
FOLLOWS_AREAS_SHARE = 0.5


class LintOptions:
    """What a run may change: the template, rule severities, disabled rules, rule options; whether
    each report keeps its document (for a page that shows the text beside the findings); and
    whether links are checked online."""

    __slots__ = (
        "check_links",
        "disabled",
        "keep_document",
        "rule_options",
        "severities",
        "template",
        "verbose",
    )

    def __init__(
        self,
        template: str | None = None,
        severities: MappingOf[str, Severity] = EMPTY_MAPPING,
        disabled: frozenset[str] = frozenset(),
        rule_options: MappingOf[str, MappingOf[str, Any]] = EMPTY_MAPPING,
        verbose: bool = False,
        keep_document: bool = False,
        check_links: bool = False,
    ) -> None:
        self.template: Final = template
        self.keep_document: Final = keep_document
        self.severities: Final = severities
        self.disabled: Final = disabled
        self.rule_options: Final = rule_options
        self.verbose: Final = verbose
        self.check_links: Final = check_links

    def forced_template(self) -> Template | None:
        return find_template(self.template) if self.template else None


def read_document(source: Source) -> Document:
    """The model of one input, by its format."""
    if source.format == "docx":
        from applint.readers.docx import read_docx

        return read_docx(source.data, source.path)
    text = decode_text(source.data)
    if source.format == "text":
        from applint.readers.text import read_text

        return read_text(text, source.path)
    from applint.readers.markdown import read_markdown

    return read_markdown(text, source.path, issue_body=source.issue_body)


def lint_document(
    document: Document, options: LintOptions | None = None, claimed: bool = False
) -> FileReport:
    """Run every enabled rule on a parsed document (``claimed``: see read_as)."""
    options = options or LintOptions()
    reading = read_as(document, options.forced_template(), claimed)
    if not isinstance(
        reading, (tuple, str)
    ):  # a CompanionReading: a GTR, governance review or self-assessment
        return _lint_companion(document, reading, options)
    if isinstance(reading, str):
        # A README, meeting notes, an annual review met while walking a folder: skipped.
        return FileReport(
            path=document.path,
            findings=(),
            format=document.format,
            unit=document.unit.value,
            application=False,
        )
    selection, mapping, follows = reading
    context = LintContext(
        document, selection, mapping, follows, options.rule_options, options.verbose, options.check_links
    )
    family = "due-diligence" if selection.due_diligence else "application"
    findings = _run_rules(context, family, document, options)
    detection = {
        "kind": selection.kind,
        "declared_version": selection.version.label if selection.version else None,
        "by_content": selection.by_content,
        "score": selection.score,
        "runner_up": {"template": selection.runner_up[0], "score": selection.runner_up[1]}
        if selection.runner_up
        else None,
        # Why this revision and not the runner-up: the two best candidates, their whole-document
        # scores, and the distinguishing criteria (and section titles) each has that the document
        # states or lacks; "borrowed" lists criteria worded as another revision words them.
        "decision": selection.decision.as_dict() if selection.decision else None,
        "borrowed": [item.as_dict() for item in selection.borrowed],
        # False for a document read without per-criterion checks (a DD in the older free-form
        # format, a proposal from before the templates): the summary line says so.
        "follows_template": follows,
        "criteria_found": len(mapping.criteria),
        "criteria_total": len(selection.template.criteria),
        "criteria": [  # how each criterion found was matched: the template's words, or reworded
            {
                "id": criterion.id,
                "line": document.blocks[mapping.criteria[criterion.id]].line,
                "match": mapping.how_matched(criterion.id),
                "score": round(mapping.scores.get(criterion.id, 0.0), 3),
            }
            for criterion in selection.template.criteria
            if criterion.id in mapping.criteria
        ],
    }
    return FileReport(
        path=document.path,
        findings=tuple(findings),
        template=selection.template.id,
        format=document.format,
        unit=document.unit.value,
        detection=detection,
        completeness=score(context, findings).as_dict() if context.follows_template else None,
        document_kind="due-diligence" if selection.due_diligence else "application",
        document=document if options.keep_document else None,
        companions=tuple(linked.path for linked in context.linked_companions),
    )


def read_as(
    document: Document, forced: Template | None = None, claimed: bool = False
) -> tuple[Selection, Mapping, bool] | CompanionReading | str:
    """How `check` reads the document: its template, mapping and whether it follows the template;
    for a companion document (``kinds.companion_template``), what it answered of its own template;
    or "" for a file it skips.

    A document is an application (or a DD document) when a template is forced, when its title
    names a Graduation or Incubation application, when its content asks for a level the way a
    free-form proposal does (``proposals.proposal_level``), or when it follows the template (a share of its
    criteria, or a version line and half its required areas). A version line alone claims nothing: a CHANGELOG's ``v1.6`` does
    not make it an application. A GTR, governance review or self-assessment is never one.
    ``claimed``: the document's title is outside it and names an application (an issue titled
    "[Incubation] Kelpie"), so it counts as titled. A title naming due diligence counts as
    titled without a level ("# CloudEvents Due Diligence", an older DD that names the level
    only in its text): it is the TOC's evaluation, whatever format it was written in.
    """
    titled = claimed or is_titled_application(document) or has_due_diligence_title(document)
    # The level it asks for as a free-form proposal, read at most once: here, or while its kind is
    # detected.
    asked = AskedLevel(document)
    if forced is None and not titled:
        from applint.matching.companion_walk import read_best
        from applint.matching.kinds import companion_template

        companion = companion_template(document)
        if companion is not None:
            return read_best(document, companion)
        # A proposal of its own shape asks for a level in its opening or answers the level's
        # criteria under headings of its own (matching.proposals): an application all the same.
        titled = asked.found() is not None
    selection = select_template(document, forced, asked)
    mapping = map_document(selection.template, document)
    declared = selection.version is not None
    follows = _follows(selection.template, mapping)
    # The version line counts beside the template's structure (its sections), never alone.
    if not (
        selection.forced or titled or _follows_criteria(selection.template, mapping) or (declared and follows)
    ):
        return ""
    # A document that declares its version claims the template: hold it to every criterion.
    return selection, mapping, declared or follows


def document_kind(document: Document, forced: Template | None = None) -> str | None:
    """What `check` lints the document as: "application", "due-diligence", a companion kind
    ("general-technical-review", "governance-review", "security-self-assessment"; see
    ``kinds.companion_template``), or None for a file it skips. ``fix``, ``upgrade`` and ``triage``
    act only on applications (and DD documents)."""
    reading = read_as(document, forced)
    if not isinstance(reading, (tuple, str)):  # a CompanionReading
        return reading.template.kind
    if isinstance(reading, str):
        return reading or None
    return "due-diligence" if reading[0].due_diligence else "application"


def _run_rules(
    context: LintContext | CompanionContext, family: str, document: Document, options: LintOptions
) -> list[Finding]:
    """The findings of every enabled rule for the document's family, suppressed, grouped, at their
    configured severities and fingerprinted."""
    findings: list[Finding] = []
    for rule in checks_for(family, options.check_links):
        if rule.id not in options.disabled:
            findings.extend(rule.check(context))
    findings.sort(key=Finding.sort_key)
    # Suppressions first (they report on themselves), then the configured severities.
    findings = [f for f in apply_suppressions(findings, document) if f.rule not in options.disabled]
    findings = group_findings(findings)
    findings = [_configured(f, options.severities) for f in findings]
    return fingerprint(findings, document)


def _lint_companion(document: Document, reading: CompanionReading, options: LintOptions) -> FileReport:
    """A companion document through the same stages, with the rules for companion documents."""
    context = CompanionContext(document, reading, options.rule_options, options.verbose, options.check_links)
    findings = _run_rules(context, "companion", document, options)
    template = reading.template
    return FileReport(
        path=document.path,
        findings=tuple(findings),
        template=template.id,
        format=document.format,
        unit=document.unit.value,
        detection={"kind": template.kind, "level": reading.level, "by_content": True},
        application=False,
        document_kind=template.kind,
        document=document if options.keep_document else None,
    )


def _follows(template: Template, mapping: Mapping) -> bool:
    """Whether an undeclared document still follows the template (else per-criterion findings are noise)."""
    if _follows_criteria(template, mapping):
        return True
    areas = [s for s in template.walk() if s.required]
    found_areas = sum(1 for s in areas if s.id in mapping.sections)
    return bool(areas) and found_areas >= FOLLOWS_AREAS_SHARE * len(areas)


def _follows_criteria(template: Template, mapping: Mapping) -> bool:
    """Whether enough of the template's criteria are found in the document."""
    return bool(template.criteria) and len(mapping.criteria) >= FOLLOWS_CRITERIA_SHARE * len(
        template.criteria
    )


def _configured(finding: Finding, severities: MappingOf[str, Severity]) -> Finding:
    """The finding at the severity the configuration gives its rule, if any."""
    severity = severities.get(finding.rule)
    return finding if severity is None else finding._replace(severity=severity)


def input_error_report(path: str, problem: str, unit: Unit = Unit.LINE) -> FileReport:
    """The report for an input that could not be read: one parse-error finding."""
    finding = Finding("parse-error", Severity.ERROR, f"cannot read {path}: {problem}")
    return FileReport(path=path, findings=(finding,), input_error=True, unit=unit.value)


def lint_source(source: Source, options: LintOptions | None = None, claimed: bool = False) -> FileReport:
    """Lint an input already read into memory; one that cannot be decoded gives a parse-error report.
    ``claimed``: its title is outside it and names an application (an issue's title; see read_as)."""
    try:
        document = read_document(source)
    except InputError as error:
        return input_error_report(source.path, str(error))
    return lint_document(document, options, claimed)


def lint_path(path: str, options: LintOptions | None = None, stdin: BinaryIO | None = None) -> FileReport:
    """Lint one file (``-`` reads ``stdin``); a file that cannot be read gives a parse-error report."""
    try:
        source = read_source(path, stdin)
    except InputError as error:
        return input_error_report(path, str(error))
    return lint_source(source, options)


def lint_text(
    text: str, path: str = "-", options: LintOptions | None = None, format: str = "markdown"
) -> FileReport:
    """Lint text already in memory (Markdown by default, or ``format="text"``)."""
    return lint_source(Source(path, text.encode("utf-8"), format), options)
