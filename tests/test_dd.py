"""TOC due-diligence (DD) documents: told apart from applications by content, checked against the
DD template revision that explains them, and spoken to in the TOC member's words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_path, lint_text
from applint.findings import Finding, Severity
from applint.matching.dd import due_diligence_signals
from applint.readers.markdown import read_markdown
from applint.templates.catalog import find_template
from applint.templates.records import Template
from tests.conftest import EXAMPLES, FIXTURES, TEMPLATES, examples_of_kind, shared_files, shared_params
from tests.text_edits import apply_edits

DD_TEMPLATES = TEMPLATES.parent / "dd-templates"
CASES = json.loads((FIXTURES / "dd" / "cases.json").read_text(encoding="utf-8"))["cases"]
# Findings that only make sense for an applicant: never given on a DD document.
APPLICANT_ONLY = {
    "unknown-template",
    "outdated-template",
    "version-mismatch",
    "unchecked-criterion",
    "adopters",
}
# What each example is comes from the examples' README (its kind column), never from its name.
DD_EXAMPLES = examples_of_kind("dd")
# A proposal from before the templates is read as an application too (the Flux control case).
APPLICATION_EXAMPLES = examples_of_kind("application", "proposal")


def rows(findings: tuple[Finding, ...]) -> list[list[object]]:
    return [[f.rule, f.severity.label, f.line, f.column] for f in findings]


def _shape(template: Template) -> tuple[object, ...]:
    """What checking a document against a revision depends on: its criteria and section tree."""
    return (
        [(c.id, c.text, c.required, c.completed_by, c.section_id) for c in template.criteria],
        [(s.id, s.title, s.optional) for s in template.walk()],
    )


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["name"])
def test_dd_rule_case(case: dict) -> None:  # type: ignore[type-arg]
    text = apply_edits((FIXTURES / case["base"]).read_text(encoding="utf-8"), case["edits"])
    report = lint_text(text, "case.md")
    assert report.document_kind == "due-diligence" and report.template == "dd-incubation-2026-06-29"
    assert rows(report.findings) == case["expect"], [f.message for f in report.findings]


def test_a_graduation_dd_half_way_through() -> None:
    """A TOC member's draft: summary placeholders left, two criteria deliberately unmet with a
    reason, one ticked and one unticked with nothing written yet, the Final Assessment already
    saying the criteria are satisfied, one adopter interview still the template's."""
    report = lint_path(str(FIXTURES / "dd" / "graduation-draft.md"))
    assert report.document_kind == "due-diligence"
    assert report.template == "dd-graduation-2026-06-29-9d4b351a"
    assert rows(report.findings) == [
        ["placeholder", "error", 11, 106],  # [has/has not] … $NOTABLES
        ["placeholder", "error", 24, 43],  # the Adoption Evaluation still the template's
        # "satisfied the criteria" above unticked ones; the two verdicts (102, 122) are its facet
        ["contradictory-assertion", "error", 28, None],
        # a Suggested criterion not evaluated yet blocks nothing, but while the summary is still
        # the template's its evaluation is still to write: info (80, 238)
        ["criterion-without-evidence", "info", 80, None],
        ["criterion-without-evidence", "error", 90, None],  # ticked, nothing written
        ["criterion-without-evidence", "warning", 170, None],  # unticked, nothing written
        ["placeholder", "error", 191, 73],  # the GTR line left unfilled
        ["criterion-without-evidence", "info", 238, None],
        # "at least 3 independent adopters" ticked over "Two adopters interviewed so far"
        ["contradictory-assertion", "error", 282, None],
        # Adopter 3 - $COMPANY/$INDUSTRY: the block is still the template's, one finding naming
        # its guidance (312) and MONTH YEAR (313)
        ["placeholder", "error", 310, 19],
    ]
    contradiction = next(f for f in report.findings if f.rule == "contradictory-assertion")  # the summary's
    assert [c["line"] for c in contradiction.details["criteria"]] == [102, 122, 170]
    assert contradiction.message.startswith(
        'the Final Assessment says "The TOC has found the project to have satisfied the criteria for…", '
        "but 3 Required criteria are unticked:"
    )
    assert "tick each the TOC found met, or say in the summary why it does not block" in contradiction.message
    (unmet,) = [also for also in contradiction.details["also"] if also["rule"] == "unmet-criteria"]
    assert [(c["line"], c["evaluated"]) for c in unmet["details"]["criteria"]] == [(102, True), (122, True)]
    assert "the TOC evaluates 2 Required criteria as unmet" in unmet["message"]
    unevaluated = [f.message for f in report.findings if f.rule == "criterion-without-evidence"]
    assert all(
        message.startswith(("no evaluation under", "no evaluation under suggested"))
        for message in unevaluated
    )
    assert "though it is ticked as met" in unevaluated[1]  # line 90 (the first, 80, is a Suggested one)
    assert unevaluated[0].startswith('no evaluation under suggested "Governance has continuously been')
    summary = report.findings[0].message
    assert "'[has/has not]' with the TOC's verdict, 'has' or 'has not'" in summary
    assert "'$NOTABLES' with the criteria implementations worth calling out" in summary
    assert report.findings[-1].message.endswith(
        "(also: the template's guidance left in (line 312); 'MONTH YEAR' left in (line 313))"
    )
    assert "the month and year of the interview" in report.findings[-1].details["also"][1]["message"]


def test_the_output_says_what_the_file_is(runner: CliRunner) -> None:
    dd = str(FIXTURES / "dd" / "incubation-complete.md")
    application = str(FIXTURES / "apps" / "incubation-v1.6-complete.md")
    text = runner.invoke(cli, ["check", dd]).stdout
    assert text.startswith("due-diligence document, checked against dd-incubation-2026-06-29: no problems;")
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", dd, application]).stdout)
    assert [(f["document_kind"], f["template"]) for f in data["files"]] == [
        ("due-diligence", "dd-incubation-2026-06-29"),
        ("application", "incubation-v1.6-2026-06-29"),
    ]
    both = runner.invoke(cli, ["check", dd, application]).stdout.splitlines()
    assert both[0].startswith(
        f"{dd}: due-diligence document, checked against dd-incubation-2026-06-29; required"
    )
    assert both[1].startswith(f"{application}: required")
    assert both[2].startswith("checked 2 files (1 due-diligence document) against dd-incubation-2026-06-29, ")
    markdown = runner.invoke(cli, ["check", "--format", "summary", dd]).stdout
    assert "Due-diligence document · Template: `dd-incubation-2026-06-29`" in markdown


def test_a_skipped_file_has_no_document_kind(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Meeting notes\n\nNothing to see.\n")
    (file,) = json.loads(runner.invoke(cli, ["check", "--format", "json", str(notes)]).stdout)["files"]
    assert file["application"] is False and file["document_kind"] is None


@pytest.mark.parametrize(
    ("text", "signals"),
    [
        ("# Examplo Incubation Due Diligence\n", ("title",)),
        (
            "## Incubation Evaluation Summary for Examplo\n\n### Criteria Evaluation\n",
            ("evaluation summary",),
        ),
        (
            "# Notes\n\n### Criteria Evaluation\n\ntext\n\n### Final Assessment\n\nmore\n",
            ("evaluation summary",),
        ),
        (
            "# Notes\n\n- [x] **A.**\n\n<!-- (TOC Evaluation goes here) -->\n\n- [x] **B.**\n\n"
            "<!-- (TOC Evaluation goes here) -->\n",
            ("TOC evaluation comments",),
        ),
        # An application: its "Due Diligence Review" criterion and boilerplate say nothing.
        (
            "# Examplo Incubation Application\nv1.6\n\n- [x] **Due Diligence Review.**\n\nCompletion of this "
            "due diligence document, resolution of concerns raised, and presented for public comment "
            "satisfies the Due Diligence Review criteria.\n",
            (),
        ),
        ("# Examplo Graduation Application (for the TOC's due diligence)\n", ()),  # names an application
        # The TOC's reviews of a stage before the DD templates, titled by the stage reviewed.
        (
            "# Examplo Incubating Stage Review\n\nExamplo is currently a sandbox project.\n",
            ("stage review title",),
        ),
        ("# Examplo Graduation Review\n\n## Graduation Criteria\n", ("stage review title",)),
        # The project's own proposal for the review, a governance review, a review as a section: none.
        ("# Examplo Incubating Stage Review Proposal\n\nWe propose Examplo for incubation.\n", ()),
        ("# Governance Review for Examplo Graduation\n", ()),
        ("# Examplo Graduation Application\nv1.6\n\n## Incubation review notes\n", ()),
        ("# Notes\n\n<!-- (TOC Evaluation goes here) -->\n", ()),  # one stray comment is not enough
        ("# Notes\n\n### Final Assessment\n", ()),
    ],
)
def test_what_makes_a_dd_document(text: str, signals: tuple[str, ...]) -> None:
    assert due_diligence_signals(read_markdown(text, "x.md")) == signals


@pytest.mark.parametrize("path", sorted((FIXTURES / "apps").glob("*.md")), ids=lambda p: p.name)
def test_the_application_fixtures_are_applications(path: Path) -> None:
    report = lint_path(str(path))
    assert report.document_kind == "application" and not find_template(report.template or "").due_diligence


@pytest.mark.parametrize("path", shared_params(shared_files(DD_TEMPLATES, "dd-*.md")), ids=lambda p: p.name)
def test_each_dd_template_text_is_a_dd_document_of_its_own_revision(path: Path) -> None:
    """Checked against its own revision, or one whose criteria and sections are exactly its own
    (texts that differ only in a note or a sub-bullet's case: the newest of them wins)."""
    level, date, commit = re.match(r"dd-(\w+)-(\d{4}-\d{2}-\d{2})-([0-9a-f]{8})", path.name).groups()  # type: ignore[union-attr]
    own = (
        find_template(f"dd-{level}-{date}")
        if _unique_date(level, date)
        else find_template(f"dd-{level}-{date}-{commit}")
    )
    report = lint_path(str(path))
    assert report.document_kind == "due-diligence"
    chosen = find_template(report.template or "")
    assert chosen.kind == f"dd-{level}" and _shape(chosen) == _shape(own)
    assert not {f.rule for f in report.findings} & APPLICANT_ONLY
    assert not [f for f in report.findings if f.rule in ("missing-section", "missing-criterion")]
    # Every Required criterion of the untouched template is "no evaluation under …" (the TOC's own
    # boxes aside), never an unmet verdict: nothing is evaluated yet.
    assert "unmet-criteria" not in {f.rule for f in report.findings}


def _unique_date(level: str, date: str) -> bool:
    return len(list(DD_TEMPLATES.glob(f"dd-{level}-{date}-*.md"))) == 1


@pytest.mark.parametrize(
    "path", shared_params(shared_files(TEMPLATES, "*-v1.*.md") + APPLICATION_EXAMPLES), ids=lambda p: p.name
)
def test_an_application_is_never_taken_for_a_dd_document(path: Path) -> None:
    report = lint_path(str(path))
    assert report.document_kind == "application"
    assert report.template is not None and not report.template.startswith("dd-")


@pytest.mark.parametrize("path", shared_params(DD_EXAMPLES), ids=lambda p: p.name)
def test_every_real_dd_document_is_one_and_gets_no_applicant_advice(path: Path) -> None:
    report = lint_path(str(path))
    assert report.document_kind == "due-diligence" and (report.template or "").startswith("dd-")
    # One exception, in the TOC's words and never above info: a DD in the older free-form format
    # (before the DD template) is told once that its criteria were not checked.
    unknown = [f for f in report.findings if f.rule == "unknown-template"]
    assert all(
        f.severity is Severity.INFO and "does not follow the TOC's DD template" in f.message for f in unknown
    )
    assert not {f.rule for f in report.findings} & (APPLICANT_ONLY - {"unknown-template"})


def test_an_older_free_form_dd_asks_for_nothing_and_its_summary_says_why(
    shared: Path, runner: CliRunner
) -> None:
    # Was one info finding ("a finished evaluation needs no change"): a finding that asks the TOC
    # member to do nothing (issue #21). The summary line now carries what it said.
    path = str(EXAMPLES / "opencost-incubation-tocdd-older-format.md")
    report = lint_path(path)
    assert report.document_kind == "due-diligence" and rows(report.findings) == []
    assert report.detection["follows_template"] is False
    result = runner.invoke(cli, ["check", path])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith(
        "due-diligence document in an older format than the TOC's DD template (criteria not checked)"
    )


# The older question format (cncf/toc process/dd-review-template.md): the title names due
# diligence but no level; the questions are numbered, answered inline or below, some left bare.
OLDER_QUESTION_DD = """# Kelpie Due Diligence

## Statement of CNCF Alignment to TOC Principles
1. Project is self-governing

Yes

2. Is there a documented Code of Conduct that adheres to the CNCF guidelines?
Yes. The governance docs point to: https://github.com/cncf/foundation/blob/main/code-of-conduct.md

### Incubating Stage Graduation (Exit Requirements)
1. Document that it is being used successfully in production by at least three independent direct adopters.

See the [adopters](https://kelpie.io/adopters) page, and the [OSS list]() of projects using it.

## Technical
* An architectural, design and feature overview should be available. (add link)

See the [Primer](https://github.com/kelpie-io/spec/blob/main/primer.md).
"""


def test_an_older_question_format_dd_is_read_as_a_dd_and_its_links_checked() -> None:
    report = lint_text(OLDER_QUESTION_DD, "kelpie-dd.md")
    assert report.document_kind == "due-diligence" and (report.template or "").startswith("dd-")
    assert report.detection["follows_template"] is False
    # No criterion is checked, but what needs no template is: the empty link at line 14 ("[OSS list]()").
    assert rows(report.findings) == [["broken-link", "error", 14, 62]]
    # Without "Due Diligence" in its title the same text is no DD document: skipped.
    skipped = lint_text(OLDER_QUESTION_DD.replace("# Kelpie Due Diligence", "# Kelpie notes"), "notes.md")
    assert skipped.document_kind is None and skipped.findings == ()


# A TOC stage review of 2019 (cncf/toc reviews/), before any DD template: the project judged in
# the third person against the stage's criteria, each criterion pasted and its evidence nested.
STAGE_REVIEW = """# Kelpie Incubating Stage Review

Kelpie is currently a sandbox stage project. Please refer to Kelpie's [sandbox stage proposal](https://github.com/cncf/toc/blob/main/proposals/kelpie.adoc) for details on the sandbox requirements.

Since it entered the sandbox in March 2019, Kelpie has shipped six releases and its [governance](https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md) was adopted by the maintainers.

## Incubating Stage Criteria

* Have a healthy number of committers. A committer is defined as someone with the commit bit; i.e., someone who can accept contributions to some or all of the project.

  * Maintainers are listed in [OWNERS.md](https://github.com/kelpie-io/community/blob/main/OWNERS.md).

* Demonstrate a substantial ongoing flow of commits and merged contributions.

  * Releases: [https://github.com/kelpie-io/kelpie/releases](https://github.com/kelpie-io/kelpie/releases)

* Have committers from at least two organizations.
"""


def test_a_tocs_stage_review_is_an_older_dd_and_its_nested_evidence_answers_each_criterion() -> None:
    report = lint_text(STAGE_REVIEW, "kelpie-review.md")
    assert report.document_kind == "due-diligence" and (report.template or "") == "dd-incubation-2025-07-10"
    assert report.detection["follows_template"] is False
    # No application facts asked, no re-filing: the two criteria with evidence nested under them
    # are answered; the last, with nothing under it, is the one question left (line 17).
    assert rows(report.findings) == [["unanswered-question", "warning", 17, None]]
    assert "a question of the older DD template is left unanswered (line 17)" in report.findings[0].message
    # The same text as the project's own proposal stays one: asked for the template's facts.
    proposal = lint_text(STAGE_REVIEW.replace("Stage Review", "Stage Review Proposal", 1), "kelpie.md")
    assert proposal.document_kind == "application"
    assert "missing-field" in {f.rule for f in proposal.findings}


def test_an_older_format_dd_is_not_told_its_criteria_s_evaluations_link_nothing() -> None:
    # Its criteria are not checked (the summary line says so), so no evaluation of the DD
    # template's criteria is read into its prose: a security section listing work done unlinked.
    security = (
        "\n## Security\n\nKelpie's code has been reviewed by Acme's product security team.\n\n"
        "* Static analysis with [gosec](https://github.com/securego/gosec)\n"
        "* Software composition analysis with Snyk\n* Vulnerability assessment via multiple scanners\n"
        "* Completed threat model\n\nA third-party security audit is being scheduled with the CNCF.\n"
    )
    report = lint_text(
        STAGE_REVIEW.replace("* Have committers from at least two organizations.\n", security), "k.md"
    )
    assert report.document_kind == "due-diligence" and report.detection["follows_template"] is False
    assert rows(report.findings) == []


def test_lima_and_metal3_finished_dds(shared: Path) -> None:
    lima = lint_path(str(EXAMPLES / "lima-incubation-tocdd.md"))
    # Its one problem: "[CNCF Slack](#lima)" points to no heading of the document.
    assert lima.template == "dd-incubation-2025-04-07" and rows(lima.findings) == [
        ["broken-link", "error", 178, 15]
    ]
    metal3 = lint_path(str(EXAMPLES / "metal3-incubation-tocdd.md"))
    # "N/A" under "All subprojects, if any, are listed." is the TOC's evaluation; the evaluation
    # of the contributor ladder (line 142) pasted under the decision-making criterion at 92 is one
    # thing to fix, told at 92, the copy that does not fit its criterion; the other is "Document
    # complete list of current maintainers, including … affiliation." ticked (112) while its
    # evaluation says the list "does not currently list affiliation" (114), which the summary does
    # not name.
    assert rows(metal3.findings) == [
        ["duplicate-content", "warning", 92, None],
        ["contradictory-assertion", "error", 112, None],
    ]
    (copy,) = [f for f in metal3.findings if f.rule == "duplicate-content"]
    assert "line 142" in copy.message and "rather than deleting either copy" in copy.message
    (ticked,) = [f for f in metal3.findings if f.rule == "contradictory-assertion"]
    assert "does not currently list affiliation" in ticked.message and ticked.details["phrase_line"] == 114


def test_tekton_satisfied_with_a_criterion_the_summary_names_as_a_condition(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "tekton-incubation-tocdd.md"))
    # "CNCF Code of Conduct is cross-linked …" (137) is unticked, but the Criteria Evaluation lists
    # "Adoption of the CNCF Code of Conduct" among the actions required upon onboarding (13-15): the
    # summary accounts for it, so "satisfied the criteria" (32) contradicts nothing, and the ticked
    # adoption criterion (133, "will need to adopt the CNCF Code of Conduct") is the same condition.
    assert rows(report.findings) == [
        ["broken-link", "error", 93, 20],  # "[mailing list](tekton-governance@googlegroups.com)": no mailto:
        ["placeholder", "error", 211, 74],
        ["placeholder", "error", 224, 74],
    ]


def test_crossplane_in_progress(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "crossplane-graduation-unversioned-tocdd.md"))
    found = rows(report.findings)
    assert ["placeholder", "error", 13, 1] in found  # $NOTABLES
    (contradiction,) = [f for f in report.findings if f.rule == "contradictory-assertion"]
    assert contradiction.line == 62 and len(contradiction.details["criteria"]) == 18
    unevaluated = [
        (f.severity.label, f.line) for f in report.findings if f.rule == "criterion-without-evidence"
    ]
    assert ("error", 347) in unevaluated  # ticked, nothing written
    # Ticked over the template's own evaluation ("The project provided the TOC with a list of
    # adopters …", two lines below the TOC comment): the TOC member kept it as theirs (issue 21).
    assert ("error", 351) not in unevaluated
    # The 18 unticked ones: 15 with nothing under them, 3 whose GTR sub-bullet is still the
    # template's (265, 270, 281: the placeholder finding is at the next line).
    warnings = [line for severity, line in unevaluated if severity == "warning"]
    assert warnings == [237, 241, 245, 249, 253, 273, 277, 286, 297, 313, 317, 321, 325, 329, 335]
    assert {266, 271, 282} <= {f.line for f in report.findings if f.rule == "placeholder"}
    assert "unmet-criteria" not in {f.rule for f in report.findings}  # nothing unticked has an evaluation


def test_wasmcloud_template_summary(shared: Path) -> None:
    report = lint_path(str(EXAMPLES / "wasmcloud-incubation-unversioned-tocdd.md"))
    summary = [f for f in report.findings if f.rule == "placeholder" and f.line in (11, 15, 19)]
    assert [f.line for f in summary] == [11, 15, 19]
    assert summary[0].details["placeholders"][:4] == [
        "$TOCMEMBER",
        "$PROJECT",
        "$LEVEL",
        "[has/has not]",
    ]
    assert "[in use/too early]" in summary[1].details["placeholders"]
    # The summary is still the template's: it claims nothing, so nothing contradicts it.
    assert "contradictory-assertion" not in {f.rule for f in report.findings}


def test_knative_missing_criterion_asks_for_the_tocs_evaluation(shared: Path) -> None:
    # Knative leaves out "TAG provides insight/recommendation …", which the DD revisions scoring
    # close to it disagree on (August 2025 dropped it): no finding for that (tests/
    # test_dd_dropped_criteria.py). A criterion they all ask for, deleted, is reported in the
    # TOC member's words.
    text = (EXAMPLES / "knative-graduation-tocdd.md").read_text(encoding="utf-8")
    deleted = (
        "- [x]  **All project metadata and resources are "
        "[vendor-neutral](https://contribute.cncf.io/maintainers/community/vendor-neutrality/).**\n"
    )
    assert deleted in text
    report = lint_text(text.replace(deleted, "", 1), "knative.md")
    (missing,) = [f for f in report.findings if f.rule == "missing-criterion"]
    assert missing.line == 59 and "All project metadata and resources are vendor-neutral" in missing.message
    assert missing.message.endswith("add it with its checkbox and the TOC's evaluation")


GOVERNANCE_PAIR = (
    "- [ ] **Clear and discoverable project governance documentation.**\n\n"
    "<!-- (TOC Evaluation goes here) --> \n\n"
    "- [ ] **Governance is up to date with actual project activities, including any meetings, "
    "elections, leadership, or approval processes.**\n\n"
    "<!-- (TOC Evaluation goes here) --> \n"
)


@pytest.mark.parametrize(
    ("above", "expected_lines"),
    [
        # cert-manager's DD: the governance link is given once, just above, as "here".
        ("Project Governance can be found [here](https://github.com/kelpie-io/community).", []),
        # Nothing linked above: the two evaluations each ask for the governance document.
        ("Project Governance is easy to find.", [66, 71]),
    ],
)
def test_governance_is_up_to_date_is_answered_by_the_governance_link_just_above(
    shared: Path, above: str, expected_lines: list[int]
) -> None:
    text = (DD_TEMPLATES / "dd-graduation-2024-03-12-4e569243.md").read_text(encoding="utf-8")
    assert GOVERNANCE_PAIR in text
    evaluated = (
        "- [x] **Clear and discoverable project governance documentation.**\n\n"
        f"<!-- (TOC Evaluation goes here) -->\n{above}\n\n"
        "- [x] **Governance is up to date with actual project activities, including any meetings, "
        "elections, leadership, or approval processes.**\n\n"
        "  Since opening the Graduation issue the project has updated its Governance, including the\n"
        "  steering committee's process and meetings.\n"
    )
    report = lint_text(text.replace(GOVERNANCE_PAIR, evaluated, 1), "kelpie-dd.md")
    assert report.template == "dd-graduation-2024-03-12"
    unlinked = [row for row in rows(report.findings) if row[0] == "evidence-without-link"]
    assert unlinked == [["evidence-without-link", "info", line, None] for line in expected_lines]


# The older question format kept as the template wrote it in places: a section of questions with
# no answer, a question answered inline, one answered below, one answer serving two questions.
OLDER_QUESTIONS_DD = """# Kelpie Due Diligence

## Technical
* What is the release model? Versioning scheme? Evidence of stability or otherwise of past stable released versions?

Releases every six weeks, see [RELEASES.md](https://github.com/kelpie-io/kelpie/blob/main/RELEASES.md).

* Dependencies. What external dependencies exist, do they seem justified?
* What are the most important holes? No HA? No flow control? Inadequate integration points?

Both are covered in the [GTR](https://github.com/cncf/toc/blob/main/projects/kelpie/gtr.md).

## Project
* Do we believe this is a growing, thriving project with committed contributors?
* Is it aligned with CNCF's values and mission?
* Does it have a code of conduct? Yes, the CNCF one.

## Users
* Who uses the project? Get a few in-depth references from 2-4 of them who actually know and understand it.

## Context
* What is the origin and history of the project?

Started in 2021 at Examplo.

* Where does it fit in the market and technical ecosystem?
"""


def test_an_older_question_format_dd_reports_each_run_of_questions_left_unanswered() -> None:
    report = lint_text(OLDER_QUESTIONS_DD, "kelpie-dd.md")
    assert report.document_kind == "due-diligence"
    # Lines 14-15: two questions, then one answered inline (it answers only itself); line 19: the
    # Users question alone; line 26: the last question of the document. Lines 8-9 share an answer.
    assert rows(report.findings) == [
        ["unanswered-question", "warning", 14, None],
        ["unanswered-question", "warning", 19, None],
        ["unanswered-question", "warning", 26, None],
    ]
    assert (
        "2 questions of the older DD template are left unanswered (lines 14-15)" in report.findings[0].message
    )
    assert "'Who uses the project?" in report.findings[1].message


def test_the_older_templates_questions_are_not_asked_of_a_dd_on_the_current_template() -> None:
    # A TOC member's own open questions in a DD written from the DD template are no template's.
    text = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
    extra = "* Who uses the project? Get a few in-depth references from 2-4 of them who actually know and understand it.\n"
    report = lint_text(
        text.replace("## Governance and Maintainers\n", extra + "\n## Governance and Maintainers\n", 1)
    )
    assert report.template == "dd-incubation-2026-06-29"
    assert not [f for f in report.findings if f.rule == "unanswered-question"]


def test_an_unticked_criterion_whose_evaluation_names_no_gap_is_asked_to_be_ticked() -> None:
    """The TOC member wrote what the project has and forgot the box: "unmet" would be the wrong
    advice. One finding still lists every unticked criterion; those naming a gap stay "unmet"."""
    docs = "- [x] **Additional documentation as appropriate for project type"
    coc = (
        "- [x] **CNCF Code of Conduct is cross-linked from other governance documents.**\n\n"
        "[CONTRIBUTING.md](https://github.com/examplo/examplo/blob/main/CONTRIBUTING.md) and GOVERNANCE.md "
        "both link the [Code of Conduct]"
        "(https://github.com/examplo/community/blob/main/CODE_OF_CONDUCT.md)."
    )
    not_yet = (
        "- [ ] **CNCF Code of Conduct is cross-linked from other governance documents.**\n\n"
        "[GOVERNANCE.md](https://github.com/examplo/community/blob/main/GOVERNANCE.md) links the Code of "
        "Conduct; CONTRIBUTING.md does not yet."
    )
    text = apply_edits(
        (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8"),
        [
            (docs, docs.replace("[x]", "[ ]")),
            (coc, not_yet),
            (
                "The project has completed the criteria that show its maturity at Incubation.",
                "The TOC reviewed them.",
            ),
            ("The TOC has found the project to have satisfied", "The TOC"),
        ],
    )
    report = lint_text(text, "case.md")
    assert rows(report.findings) == [["unmet-criteria", "info", 70, None]]
    (finding,) = report.findings
    assert finding.message.startswith(
        "the TOC evaluates 1 Required criterion as unmet (unticked, with an evaluation): "
        '"CNCF Code of Conduct is cross-linked from other…" (line 138)'
    )
    assert finding.message.endswith(
        'Also, 1 Required criterion is unticked though its evaluation names nothing missing: "Additional '
        'documentation as appropriate for…" (line 70); tick each the TOC found met, or say in its evaluation '
        "what is missing"
    )
    assert [c["reads_as_met"] for c in finding.details["criteria"]] == [True, False]
