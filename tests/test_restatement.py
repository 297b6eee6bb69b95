"""Issue 21: a ticked criterion whose evidence only restates the criterion (criterion-without-
evidence, warning, at the evidence's first line), and the evidence that restates and then adds
something a reviewer can check, which stays quiet.

Each case edits the clean incubation application the way authors write (paraphrase, an inline
answer, a line wrapped under the item, an issue body typed with line breaks) and asserts every
finding of the document (rule, severity, line), so a detection that fires too often fails as
surely as one that misses.
"""

from __future__ import annotations

import pytest

from applint.engine import lint_document, lint_source, lint_text
from applint.readers.docx import read_docx
from applint.readers.sources import Source
from applint.text.checkable import first_checkable
from tests.conftest import FIXTURES
from tests.docx_writers import LIBREOFFICE, write
from tests.test_review_reading import evidence
from tests.text_edits import apply_edits

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None]]
RESTATES = ("criterion-without-evidence", "warning")

# Lines of the clean incubation application (fixtures/apps/incubation-v1.6-complete.md).
SUBPROJECTS = 114  # "If the project has subprojects: …" (Suggested)
ISSUES = 156  # "Clearly defined and discoverable process to submit issues or changes." (Required)
RELEASES = 188  # "History of regular, quality releases." (Suggested)
RELEASE_PROCESS = 212  # "Document the project's release process." (Required)
SECURITY = 228  # "Clearly defined and discoverable process to report security issues." (Required)


def edited(base: str, *edits: tuple[str, str]) -> str:
    return apply_edits(base, edits)


def lint(base: str, *edits: tuple[str, str]) -> Found:
    return [(f.rule, f.severity.label, f.line) for f in lint_text(edited(base, *edits), "case.md").findings]


def test_the_clean_documents_stay_clean() -> None:
    assert lint(INC) == []
    assert lint(DD) == []


# --- what must be found ------------------------------------------------------------------------------


def test_a_paragraph_that_says_the_criterion_again() -> None:
    restated = "The project documents its release process and follows it for every release."
    assert lint(INC, (evidence(36), restated)) == [(*RESTATES, RELEASE_PROCESS + 2)]


def test_a_paraphrase_with_the_projects_name_and_other_word_forms() -> None:
    # "process to report" / "process for reporting", "clearly defined" kept, "Examplo" the title's name
    restated = "Examplo has a clearly defined process for reporting security issues."
    assert lint(INC, (evidence(38), restated)) == [(*RESTATES, SECURITY + 2)]
    reworded = "Filing issues and proposing changes is clearly described and easy to find."
    assert lint(INC, (evidence(24), reworded)) == [(*RESTATES, ISSUES + 2)]


def test_an_inline_answer_after_the_bold_statement() -> None:
    statement = "- [x] **Document the project's release process.**"
    found = lint(
        INC,
        (f"{statement}\n\n{evidence(36)}", f"{statement} Our release process is documented and followed."),
    )
    assert found == [(*RESTATES, RELEASE_PROCESS)]


def test_an_answer_wrapped_onto_the_items_next_line_is_reported_there() -> None:
    statement = "- [x] **Document the project's release process.**"
    found = lint(
        INC,
        (f"{statement}\n\n{evidence(36)}", f"{statement}\n  The release process is documented and followed."),
    )
    assert found == [(*RESTATES, RELEASE_PROCESS + 1)]


def test_a_reworded_statement_that_is_its_own_evidence() -> None:
    """The item states the criterion as a fact and nothing else (a draft that rewrote every box)."""
    statement = (
        f"- [x] **Clearly defined and discoverable process to report security issues.**\n\n{evidence(38)}"
    )
    reworded = "- [x] Maintainers keep the process to report security vulnerabilities clearly defined and discoverable."
    assert lint(INC, (statement, reworded)) == [(*RESTATES, SECURITY)]
    # With hardly a word of its own it is no evidence at all: the error, and only that one finding.
    bare = "- [x] The process to report security issues is clearly defined."
    assert lint(INC, (statement, bare)) == [("criterion-without-evidence", "error", SECURITY)]


def test_a_ticked_suggested_criterion_restated() -> None:
    restated = "Subproject leadership, contribution and maturity status are documented, with the add and remove process."
    assert lint(INC, (evidence(16), restated)) == [(*RESTATES, SUBPROJECTS + 2)]


def test_an_issue_body_typed_with_line_breaks() -> None:
    """In an issue body each line shows on its own; the answer is still one paragraph."""
    restated = "Examplo documents its release process.\nThe maintainers follow it for every release."
    text = edited(INC, (evidence(36), restated))
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [(f.rule, f.severity.label, f.line) for f in report.findings] == [(*RESTATES, RELEASE_PROCESS + 2)]


def test_an_export_that_dropped_the_boxes_holds_required_criteria_to_their_claim() -> None:
    """LibreOffice drops the task-list boxes: a Required criterion's restatement is still reported
    (at the paragraph its answer became), a Suggested one's is not (it may have been left open)."""
    text = edited(
        INC,
        (evidence(36), "The project documents its release process and follows it for every release."),
        (
            evidence(16),
            "Subproject leadership, contribution and maturity status are documented, with the process.",
        ),
    )
    data, place = write(text, LIBREOFFICE)
    report = lint_document(read_docx(data, "case.docx"))
    restated = [(f.rule, f.severity.label, f.paragraph) for f in report.findings if f.details.get("restates")]
    assert restated == [(*RESTATES, place[RELEASE_PROCESS + 2])]


def test_the_message_names_the_criterion_and_what_to_do() -> None:
    restated = "The project documents its release process and follows it for every release."
    report = lint_text(edited(INC, (evidence(36), restated)), "case.md")
    (finding,) = report.findings
    assert finding.message == (
        'the evidence under "Document the project\'s release process." repeats the criterion without '
        "showing where: link the document or name where the TOC can see it"
    )


# --- what must stay quiet ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "The project documents its release process in RELEASE.md and follows it for every release.",
        "The release process was reviewed at the TAG Runtime meeting on 2025-03-04 and is followed for every release.",
        "Our release process is documented; 14 releases followed it since 2023.",
        "The release process is documented in `docs/releasing.md`.",
        'The release process is documented in the "Cutting a release" guide.',
        "Our release process is documented and followed.\n\nThe latest run: [v1.4.0](https://github.com/examplo/examplo/releases/tag/v1.4.0).",
        "The release process is documented, see the GTR above.",
        "The release process is documented and followed every quarter, with a retrospective after each.",
    ],
)
def test_a_restatement_that_adds_something_checkable_is_quiet(answer: str) -> None:
    assert [found for found in lint(INC, (evidence(36), answer)) if found[0] == RESTATES[0]] == []


def test_numbers_a_reviewer_can_check_are_evidence() -> None:
    assert lint(INC, (evidence(18), "12 maintainers from 4 companies review and merge changes.")) == []


def test_a_named_document_without_a_link_is_evidence_without_links_finding_only() -> None:
    # Names where (the contributor guide on the website): one finding, the link reminder.
    named = "How to submit issues and changes is described in the contributor guide on our website."
    assert lint(INC, (evidence(24), named)) == [("evidence-without-link", "warning", ISSUES)]


def test_not_applicable_with_a_reason_is_an_answer() -> None:
    answer = "Not applicable: Examplo has no subprojects; the operator is part of the main repository."
    assert lint(INC, (evidence(16), answer)) == []


def test_an_unticked_suggested_criterion_claims_nothing() -> None:
    restated = "Examplo has a history of regular, quality releases."
    found = lint(
        INC,
        (
            "- [x] **History of regular, quality releases.**",
            "- [ ] **History of regular, quality releases.**",
        ),
        (evidence(31), restated),
    )
    assert found == []


def test_a_box_the_toc_ticks_needs_no_evidence_of_the_applicants() -> None:
    restated = "The due diligence review is completed by the TOC."
    answer = (
        "Completion of this due diligence document, resolution of concerns raised, and presented for public "
        "comment satisfies the Due Diligence Review criteria."
    )
    assert lint(INC, (answer, restated)) == []


def test_a_due_diligence_evaluation_is_the_toc_members_judgement() -> None:
    evaluation = (
        "[RELEASE.md](https://github.com/examplo/examplo/blob/main/RELEASE.md) describes the cadence, "
        "branching and the release team rotation."
    )
    assert lint(DD, (evaluation, "The project documents its release process.")) == [
        ("evidence-without-link", "info", 214)
    ]


# --- the checkable marks -----------------------------------------------------------------------------

TEMPLATE_WORDS = frozenset({"cncf", "github", "tag", "toc", "code", "conduct", "examplo"})


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("documented in RELEASE.md", "RELEASE.md"),
        ("reviewed at the TAG meeting on 2025-03-04", "2025-03-04"),  # the criterion says "meetings"
        ("12 maintainers from 4 companies", "12"),
        ("Seven maintainers; two-person review", "Seven"),
        ("owned by the CNCF-hosted GitHub organisation", "organisation"),
        ("chat on Discord and in #examplo-dev with @ada", "@ada"),  # kinds asked in turn, cheapest first
        ("chat with us on Discord", "Discord"),
        ("ask @ada", "@ada"),
        ("changes need a two-person sign-off", None),
        ("the maintainers' meeting", None),  # the criterion's own word
        ("served from examplo.dev", "examplo.dev"),
        ("Same file.", "Same file"),
        ("Examplo follows the CNCF Code of Conduct.", None),
        ("The project documents its release process and follows it for every release.", None),
    ],
)
def test_first_checkable(text: str, mark: str | None) -> None:
    assert first_checkable(text, TEMPLATE_WORDS, frozenset({"meetings"})) == mark
