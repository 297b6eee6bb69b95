"""A Markdown application written out as DOCX the way LibreOffice and Google Docs write it, and
pasted into Word tables (a criterion a row, its evidence in the next cell; tests/docx_writers.py),
is read as its Markdown source: the same template revision, the same
criteria at the paragraphs their statements became, the same ticks where the writer keeps them,
and the same findings, criterion by criterion.

Both writers drop HTML comments, so each source is compared with its comments blanked out (its
lines kept). LibreOffice also drops every task-list checkbox: there the tick of each criterion is
unknown, which the DOCX says once (an info finding at paragraph 1) instead of reporting a single
criterion as unticked; the findings that need a tick (a missing tick, a tick the text takes back,
a sub-box against its criterion) are then absent, and a criterion without evidence is a warning,
not the error it is when ticked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from applint.engine import LintOptions, lint_document
from applint.findings import Finding
from applint.matching.detection import select_template
from applint.matching.mapping import map_document
from applint.model import Document
from applint.readers.docx import read_docx
from applint.readers.markdown import read_markdown
from applint.results.report import FileReport
from tests.conftest import EXAMPLES, FIXTURES, shared_files, shared_params
from tests.docx_writers import GOOGLE_DOCS, LIBREOFFICE, WRITERS, write

SOURCES = sorted(
    [
        *(FIXTURES / "apps").glob("*.md"),
        *(path for path in (FIXTURES / "corpus").glob("*.md") if path.name != "REVIEW.md"),
        *(FIXTURES / "corpus-holdout").glob("*.md"),
    ]
)
# Examples that are applications or DD documents (the others follow no checklist).
SHARED_SOURCES = [
    path
    for path in shared_files(EXAMPLES, "*.md")
    if path.name.startswith(("ocm-", "in-toto-", "lima-", "tekton-", "wasmcloud-", "crossplane-"))
]
# The findings about criteria: what a checklist read from another format must reproduce. (Rules
# about a format's own syntax are not compared: a broken Markdown link or an unrendered
# Markdown list cannot survive a writer, a code span's "$HOME" is plain text in a DOCX.)
CRITERION_RULES = frozenset(
    {
        "missing-section",
        "missing-criterion",
        "criterion-without-evidence",
        "unchecked-criterion",
        "evidence-without-link",
        "sub-checkbox",
        "unmet-criteria",
        "todo-marker",
        "shortened-criterion",
    }
)
# What needs a tick: absent where the writer dropped the boxes. A criterion answered with the
# rest of its section needs one too (only the criteria an applicant claims are counted).
TICK_RULES = frozenset({"unchecked-criterion", "sub-checkbox", "unmet-criteria"})
VERBOSE = LintOptions(verbose=True)


def without_comments(markdown: str) -> str:
    """The source with its HTML comments blanked out, every line kept where it was."""
    return re.sub(r"<!--.*?-->", lambda match: "\n" * match.group(0).count("\n"), markdown, flags=re.DOTALL)


def _criteria(document: Document) -> tuple[str, dict[str, tuple[int, bool | None]]]:
    selection = select_template(document)
    mapping = map_document(selection.template, document)
    found = {
        criterion: (document.blocks[index].line, document.blocks[index].checked)
        for criterion, index in mapping.criteria.items()
    }
    return selection.template.id, found


def _facets(report: FileReport, place: dict[int, int] | None) -> Iterator[tuple[str, str, str, int]]:
    """(rule, severity, criterion or section, place) of every finding and of each facet folded
    into one; ``place`` turns a Markdown line into the paragraph its block became."""

    def where(finding: Finding) -> int:
        position = finding.position
        if place is None or not position:
            return position
        starts = [line for line in place if line <= position]
        return place[max(starts)] if starts else 0

    for finding in report.findings:
        if finding.details.get("unlinked"):
            continue  # a document named without a link: read in Markdown only (a writer may drop a link's label)
        criterion = finding.details.get("criterion")
        subject = str(criterion) if criterion else f"section {finding.section or ''}"
        facets = [(finding.rule, finding.severity.label, subject)]
        facets += [(facet["rule"], facet["severity"], subject) for facet in finding.details.get("also", ())]
        for rule, severity, about in facets:
            if rule in CRITERION_RULES:
                # A note is reported alone or as a facet of its criterion's finding, by the tick.
                yield rule, severity, "" if rule == "todo-marker" else about, where(finding)


def _compare(source: Path, writer: str) -> None:
    markdown = without_comments(source.read_text(encoding="utf-8"))
    data, place = write(markdown, writer)
    md_document = read_markdown(markdown, str(source))
    docx_document = read_docx(data, f"{source.stem}.docx")

    md_report = lint_document(md_document, VERBOSE)
    docx_report = lint_document(docx_document, VERBOSE)
    if not md_report.application:  # a README or meeting notes: skipped in both formats, silently
        assert not docx_report.application and not docx_report.findings, source.name
        return
    md_template, md_found = _criteria(md_document)
    docx_template, docx_found = _criteria(docx_document)
    assert docx_template == md_template, f"{source.name} ({writer}): revision"
    # The same criteria, each at the paragraph its Markdown statement became.
    assert {c: line for c, (line, _) in docx_found.items()} == {
        c: place[line] for c, (line, _) in md_found.items()
    }, f"{source.name} ({writer}): criteria"

    expected = set(_facets(md_report, place))
    got = set(_facets(docx_report, None))
    if writer == GOOGLE_DOCS:
        assert {c: tick for c, (_, tick) in docx_found.items()} == {
            c: tick for c, (_, tick) in md_found.items()
        }, f"{source.name}: ticks"
    elif writer == LIBREOFFICE and md_found:
        # Ticks unknown: said once; nothing that needs a tick; an unticked-or-ticked criterion
        # without evidence is the warning of an unticked one.
        unknown = [f for f in docx_report.findings if f.rule == "unchecked-criterion"]
        if md_report.document_kind != "due-diligence":
            assert [(f.severity.label, f.paragraph) for f in unknown] == [("info", 1)], source.name
            assert "whether each is ticked is not checked" in unknown[0].message
        assert docx_report.completeness is None or docx_report.completeness["required"]["ticked"] is None

        def untick(facets: set[tuple[str, str, str, int]]) -> set[tuple[str, str, str, int]]:
            return {
                (rule, "" if rule == "criterion-without-evidence" else severity, subject, at)
                for rule, severity, subject, at in facets
                if rule not in TICK_RULES
                and not (rule == "criterion-without-evidence" and subject.startswith("section "))
            }

        expected, got = untick(expected), untick(got)
    assert got == expected, (
        f"{source.name} ({writer}): only in Markdown {sorted(expected - got)}; only in DOCX {sorted(got - expected)}"
    )


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_docx_export_reads_as_its_markdown(source: Path, writer: str) -> None:
    _compare(source, writer)


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("source", shared_params(SHARED_SOURCES), ids=lambda path: path.name)
def test_docx_export_of_a_real_document_reads_as_its_markdown(source: Path, writer: str) -> None:
    _compare(source, writer)


def test_shared_examples_are_there_to_compare() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip("../shared/examples is not present beside the repository")
    assert len(SHARED_SOURCES) == 6
