"""Companion documents (GTR, governance review, security self-assessment): their schemas, how they
are recognised, what each of their rules finds (rule, severity, line) and where they stay quiet."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import document_kind, lint_path, lint_text
from applint.matching.companion_walk import read_companion
from applint.matching.kinds import companion_kind, companion_template
from applint.readers.markdown import read_markdown
from applint.rules import RULES
from applint.templates.catalog import read_shipped_json, schemas_dir
from applint.templates.companions import companion_revisions, companion_templates, latest_companion
from tests.conftest import FIXTURES, SHARED, examples_of_kind

COMPANIONS = FIXTURES / "companions"
COMPANION_TEMPLATES = SHARED / "reference" / "companion-templates"
TOC_REPOSITORY = SHARED.parent / ".mirror" / "cncf+toc" / "repo"  # earlier companion template texts
# The self-assessment outline's earlier texts.
TAG_SECURITY_REPOSITORY = SHARED.parent / ".mirror" / "cncf+tag-security" / "repo"
COMPANION_RULES = {
    "placeholder",
    "unanswered-question",
    "unassessed-criterion",
    "unfilled-section",
    "unfilled-field",
    "missing-field",
    "heading-level",
    "template-guidance",
    # A self-assessment's section that follows the template's labelled parts but leaves one out.
    "missing-section",
    # A GTR read as an older revision than the one current at its date, lacking what that adds.
    "outdated-template",
    # Notes to the author, and text hidden in comments, are left in companion documents as in
    # applications.
    "todo-marker",
    "hidden-evidence",
    # Markdown and links are read alike in every kind of document (issue 21).
    "broken-link",
    "unresolved-link",
    "dead-link",
    "malformed-markdown",
    "unrendered-list",  # a self-assessment's channels written as lines run together as in an application
    # A project document named by its file and linked nowhere in the document.
    "evidence-without-link",
    # An issue or pull request cited by "#560" or "issue 560": a companion document is a file in a
    # repository, where GitHub links neither.
    "bare-reference",
    # Links into a fork or another project where the project's own document is meant, and links
    # whose text names something else than their target, read alike in every kind (issue 21).
    "link-outside-project",
    "misnamed-link",
    # A GTR's links to the project's documentation on main, where the template asks for a commit.
    "unversioned-link",
    # An answer, a sentence or a list item's label written twice, and a word doubled.
    "duplicate-content",
    # What the document's own text says two ways (two dates for one event, a count against its
    # list, "19:00 PM").
    "contradictory-assertion",
    # Two parallel links side by side given one address ("[C++ example]", "[Go example]").
    "reused-link",
}


def findings(path: Path) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in lint_path(str(path)).findings]


def test_every_shipped_companion_schema_is_valid_and_loads() -> None:
    meta = read_shipped_json("companion.schema.json")
    files = sorted((schemas_dir() / "companions").glob("*.json"))
    # Three GTR revisions, two governance review revisions, five self-assessment outline revisions.
    assert len(files) == 10
    for path in files:
        jsonschema.Draft202012Validator(meta).validate(json.loads(path.read_text(encoding="utf-8")))
    assert {t.kind for t in companion_templates()} == {
        "general-technical-review",
        "governance-review",
        "security-self-assessment",
    }
    gtr = latest_companion("general-technical-review")
    assert gtr.id == "gtr-v1.0-2026-04-25" and gtr.latest
    assert [t.latest for t in companion_revisions("general-technical-review")] == [False, False, True]
    # Day 0's questions (group labels such as "Security Hygiene" are not questions), Day 1's, Day 2's
    # (its attribution question, whose three sub-questions follow a template comment, is a group label).
    assert [len(gtr.questions_of(day)) for day in gtr.levels["graduation"]] == [35, 12, 30]
    assert gtr.levels["incubation"] == gtr.levels["graduation"][:2]


def test_shipped_companion_schemas_are_what_the_tool_builds(tmp_path: Path) -> None:
    if (
        not COMPANION_TEMPLATES.is_dir()
        or not TOC_REPOSITORY.is_dir()
        or not TAG_SECURITY_REPOSITORY.is_dir()
    ):
        pytest.skip(
            "../shared/reference/companion-templates or the cncf/toc or cncf/tag-security mirror "
            "(earlier revisions) is absent"
        )
    from tools.companion_schemas import write_companions

    write_companions(COMPANION_TEMPLATES, tmp_path, TOC_REPOSITORY, TAG_SECURITY_REPOSITORY)
    shipped = schemas_dir() / "companions"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in shipped.iterdir())
    for built in tmp_path.iterdir():
        assert built.read_bytes() == (shipped / built.name).read_bytes(), built.name


def test_the_gtr_draft_for_incubation() -> None:
    assert findings(COMPANIONS / "gtr-incubation-draft.md") == [
        ("unfilled-field", "warning", 5),  # Website: empty
        ("placeholder", "error", 6),  # Date Updated: YYYY-MM-DD
        ("evidence-without-link", "info", 17),  # "The roadmap lives in ROADMAP.md", linked nowhere
        ("unanswered-question", "warning", 18),  # Day 0: the target persona, nothing under it
        ("evidence-without-link", "info", 41),  # "The self-assessment is at docs/security/…", linked nowhere
        ("unanswered-question", "warning", 47),  # Day 1: installation, nothing under it
        ("unanswered-question", "warning", 49),  # Day 1: Enablement and Rollback, an empty section
    ]
    # Quiet: the Description answered on the line below (8), a question answered inline with N/A
    # (21), two questions answered by one paragraph after them (22-25), sections whose questions
    # the author replaced by answers (Usability … Rollout), and Day 2, which Incubation does not
    # require (56).


def test_the_gtr_level_decides_which_days_must_be_answered() -> None:
    text = (COMPANIONS / "gtr-incubation-draft.md").read_text(encoding="utf-8")
    graduation = lint_text(text.replace("/ Incubation", "/ Graduation"), "gtr.md")
    day2 = [
        (f.line, f.details.get("unanswered"))
        for f in graduation.findings
        if f.rule == "unanswered-question" and f.details["day"].startswith("Day 2")
    ]
    # Day 2's five missing sections in one finding at its heading (22 questions: the attribution
    # question is its three sub-questions), and its one question left bare.
    assert day2 == [(55, 22), (59, None)]
    assert (
        "Day 2 lacks 'Observability Requirements', 'Dependencies', 'Troubleshooting', 'Compliance'"
        in next(f.message for f in graduation.findings if f.line == 55)
    )
    sandbox = lint_text(text.replace("/ Incubation", "/ Sandbox"), "gtr.md")
    assert [f.line for f in sandbox.findings if f.rule == "unanswered-question"] == [18]
    message = next(
        f.message for f in lint_path(str(COMPANIONS / "gtr-incubation-draft.md")).findings if f.line == 18
    )
    assert "a GTR for Incubation answers the Day 0 and Day 1 questions" in message


def test_a_gtr_missing_a_required_day_gets_one_finding_at_the_title() -> None:
    text = "# General Technical Review - Kelpie / Incubation\n\n## Day 0 - Planning Phase\n\n### Scope\n\nAll answered.\n"
    report = lint_text(text, "gtr.md")
    day1 = [
        (f.rule, f.line, f.details["unanswered"])
        for f in report.findings
        if f.details.get("day", "").startswith("Day 1")
    ]
    assert day1 == [("unanswered-question", 1, 12)]


def test_the_governance_review_draft() -> None:
    assert findings(COMPANIONS / "governance-review-draft.md") == [
        ("unfilled-field", "warning", 7),  # Status still offers every choice
        ("unfilled-section", "warning", 9),  # Executing the Assessment: nothing under it
        ("placeholder", "error", 14),  # the Must-Fix lead-in's milestone phrase, as the template wrote it
        ("evidence-without-link", "info", 16),  # "The maintainers file lists no affiliations", linked nowhere
        ("unfilled-section", "warning", 20),  # Points of Excellence: the lead-in, no list
        ("placeholder", "error", 34),  # $LINK
        ("evidence-without-link", "info", 42),  # "GOVERNANCE.md is linked from the README": not from here
        ("unassessed-criterion", "warning", 58),  # the maintainers list criterion, nothing after it
        ("evidence-without-link", "info", 68),  # the CoC "links it from CONTRIBUTING.md", linked nowhere
    ]
    # Quiet: the Must-Fix list (one item), Areas for Improvement ("None at this time."), two
    # criteria assessed together after the second (44-54), the older template's listed criteria
    # assessed below the list (Code of Conduct).


def test_the_self_assessment_draft() -> None:
    assert findings(COMPANIONS / "self-assessment-draft.md") == [
        ("unfilled-field", "warning", 7),  # Assessment Stage: the template's description
        ("unfilled-field", "warning", 10),  # Languages: the template's description
        ("unfilled-field", "warning", 11),  # SBOM: empty
        ("template-guidance", "warning", 25),  # Actors: the outline text above the author's
        ("unfilled-section", "warning", 33),  # Goals: only the outline text
        ("placeholder", "error", 41),  # [project]
        # Security issue resolution: where reports go, no Incident Response.
        ("missing-section", "warning", 44),
    ]
    # Quiet: Software and Security Provider filled, the author's own security links table,
    # Overview written, its disclosure process (SECURITY.md, the security address) in the
    # author's words, Self-assessment use kept (it may stay).


@pytest.mark.parametrize(
    ("name", "kind", "rules"),
    [
        (
            "general-technical-review-v1.0-2026-04-25-55c2ec8b.md",
            "general-technical-review",
            {"template-guidance", "placeholder", "unfilled-field", "unanswered-question"},
        ),
        (
            "governance-review-2026-04-16-dffcced3.md",
            "governance-review",
            # template-guidance: its title, "Governance Review Template", names no project.
            {
                "placeholder",
                "unfilled-field",
                "unfilled-section",
                "unassessed-criterion",
                "template-guidance",
            },
        ),
        (
            "security-self-assessment-2024-06-21-50d5f61d.md",
            "security-self-assessment",
            {"template-guidance", "unfilled-field", "unfilled-section", "placeholder"},
        ),
    ],
)
def test_each_published_template_is_its_kind_with_everything_left_to_do(
    name: str, kind: str, rules: set[str]
) -> None:
    path = COMPANION_TEMPLATES / name
    if not path.is_file():
        pytest.skip("../shared/reference/companion-templates is not present beside the repository")
    report = lint_path(str(path))
    assert report.document_kind == kind and report.application is False
    assert {f.rule for f in report.findings} == rules
    if kind == "governance-review":  # every one of its 23 criteria is unassessed
        assert sum(f.rule == "unassessed-criterion" for f in report.findings) == 23


def test_finished_real_companion_documents_get_no_findings() -> None:
    paths = examples_of_kind("gtr", "governance review", "security self-assessment")
    if not paths:
        pytest.skip("../shared/examples is not present beside the repository")
    # Copacetic's GTR names its governance documents by file ("(`CONTRIBUTOR_LADDER.md`,
    # `MAINTAINERS.md`)") and links neither anywhere: the one thing a reviewer would ask of it. It
    # also answers "Describe any compliance requirements addressed by the project" with a bare
    # "N/A" (line 115), where the GTR template asks for N/A "and a brief explanation"; and its
    # resource requirements with no figure ("scale linearly with image layer count", line 123). Its Day 2
    # answers cite Dependabot, Snyk and CodeQL as its tooling (lines 214-215, again 238-239) and link
    # no workflow, configuration or results page of any: one info, at the first.
    # cert-manager's self-assessment keeps the template's outline text in six HTML comments under
    # the headings it answers (lines 47, 87, 142, 159, 193, 201): hidden, so one info finding, at the first.
    # Its Security Issue Resolution (line 240) has a Responsible Disclosures Process and its
    # Vulnerability Response Process, but nothing of Incident Response (how a confirmed issue is
    # triaged, notified and patched): the one part the outline asks for that it leaves out.
    expected = {
        "copacetic-general-technical-review.md": [
            ("evidence-without-link", "info", 17),
            ("unanswered-question", "warning", 115),
            ("unanswered-question", "info", 123),
            ("evidence-without-link", "info", 214),
        ],
        "cert-manager-security-self-assessment.md": [
            ("template-guidance", "info", 47),
            ("missing-section", "warning", 240),
        ],
    }
    for path in paths:
        report = lint_path(str(path))
        assert report.document_kind is not None and report.template is not None, path.name
        found = [(f.rule, f.severity.label, f.line) for f in report.findings]
        assert found == expected.get(path.name, []), (path.name, report.findings)


def test_recognition_by_title_by_headings_and_not_look_alikes() -> None:
    def kind(text: str) -> str | None:
        return companion_kind(read_markdown(text, "x.md"))

    assert kind("# General Technical Review - Kelpie / Sandbox\n") == "general-technical-review"
    assert kind("# Kelpie GTR\n") == "general-technical-review"
    assert kind("# Dapr - Governance Review for Graduation\n") == "governance-review"
    assert kind("# CNCF Flux Self Assessment\n") == "security-self-assessment"
    # By headings, with a title that names nothing.
    assert kind("# Kelpie\n\n## Must-Fix Items\n\n## Points of Excellence\n\n## Areas for Improvement\n") == (
        "governance-review"
    )
    assert kind("# Kelpie\n\n## Must-Fix Items\n\n## Areas for Improvement\n") is None  # two are not enough
    # TAG Security's joint assessments share the self-assessment's headings; they are not one.
    joint = "# Joint-assessment Outline\n\n## Security functions and features\n\n## Secure development practices\n\n## Security issue resolution\n"
    assert kind(joint) is None
    assert kind("# Kelpie annual review 2025\n\n## Security\n\nGovernance review planned.\n") is None
    # An application that mentions its GTR is an application.
    assert (
        document_kind(read_markdown("# Kelpie Incubation Application\nv1.6\n\n## GTR\n", "a.md"))
        == "application"
    )


def test_companion_documents_get_only_the_rules_for_them() -> None:
    families = {rule.id for rule in RULES if "companion" in rule.families}
    assert families - {"parse-error", "unused-suppression", "suppression-without-reason"} == COMPANION_RULES
    # A GTR with what application rules would report (an unticked box) gets none of them; its TODO
    # is todo-marker's, which reads every kind, and its bare #12 bare-reference's (a GTR is a file).
    text = "# General Technical Review - Kelpie / Sandbox\n\n## Day 0 - Planning Phase\n\n### Scope\n\n- [ ] TODO see #12\n"
    report = lint_text(text, "gtr.md")
    assert report.findings and {f.rule for f in report.findings} <= COMPANION_RULES
    assert "unchecked-criterion" not in {f.rule for f in report.findings}


def test_suppressions_work_in_companion_documents() -> None:
    text = (COMPANIONS / "self-assessment-draft.md").read_text(encoding="utf-8")
    text = text.replace(
        "| SBOM | |", "<!-- applint-disable-next-line unfilled-field -- no SBOM yet -->\n| SBOM | |"
    )
    report = lint_text(text, "sa.md")
    assert ("unfilled-field", 12) not in [(f.rule, f.line) for f in report.findings]


def test_reading_counts_unanswered_questions_per_day() -> None:
    document = read_markdown((COMPANIONS / "gtr-incubation-draft.md").read_text(encoding="utf-8"), "g.md")
    template = companion_template(document)
    assert template is not None and template.kind == "general-technical-review"
    reading = read_companion(document, template)
    assert reading.level == "incubation"
    day0, day1 = reading.required_groups()
    # Day 0: one question left bare. Day 1: one bare question, and Enablement's four.
    assert (reading.unanswered_count(day0), reading.unanswered_count(day1)) == (1, 5)
    assert reading.left_as_template()


def test_folder_walk_checks_each_kind_as_itself_and_counts_the_rest(
    runner: CliRunner, tmp_path: Path
) -> None:
    for fixture in COMPANIONS.glob("*.md"):
        (tmp_path / fixture.name).write_bytes(fixture.read_bytes())
    (tmp_path / "README.md").write_text("# Kelpie docs\n\nSee the files here.\n", encoding="utf-8")
    (tmp_path / "2025-annual-review.md").write_text(
        "# Kelpie annual review 2025\n\n## Security\n\nTODO: add the audit.\n", encoding="utf-8"
    )
    result = runner.invoke(cli, ["check", "--jobs", "1", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines()[-2] == (
        "checked 3 documents (1 GTR, 1 governance review, 1 self-assessment) against "
        "governance-review-2026-04-16, gtr-v1.0-2026-04-25, security-self-assessment-2024-06-21, "
        "2 other files skipped (not an application, due-diligence document, GTR, governance review "
        "or self-assessment): 4 errors, 14 warnings, 5 info"  # the governance draft's milestone phrase;
        # info: files the GTR and governance drafts name and link nowhere
    )
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", str(tmp_path)]).stdout)
    kinds = {Path(f["path"]).name: (f["document_kind"], f["template"] is not None) for f in data["files"]}
    assert kinds == {
        "2025-annual-review.md": (None, False),
        "README.md": (None, False),
        "governance-review-draft.md": ("governance-review", True),
        "gtr-incubation-draft.md": ("general-technical-review", True),
        "self-assessment-draft.md": ("security-self-assessment", True),
    }


def test_one_companion_alone_is_named_in_the_summary(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(COMPANIONS / "governance-review-draft.md")])
    assert result.stdout.splitlines()[-2] == (
        "governance review, checked against governance-review-2026-04-16: 2 errors, 4 warnings, 3 info"
    )


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        # Only what the author still writes: the header fields, and Day 0 + Day 1's questions (the
        # bare sub-questions of one question are one finding: API Design's six, the Security
        # Tenets' two, Security Hygiene's two, Threat Modeling's three; 47 findings before).
        ("general-technical-review", {"unfilled-field": 4, "unanswered-question": 38, "placeholder": 1}),
        # The Status choice, the empty sections and lists, the criteria, $LINK and the milestone.
        (
            "governance-review",
            {"unfilled-field": 1, "unfilled-section": 5, "unassessed-criterion": 23, "placeholder": 2},
        ),
        # The metadata table and every outline section; "Self-assessment use" may stay as it is.
        # A section holding only labelled parts (Critical and Security Relevant; Compliance; the
        # Appendix's four) is one finding per section, at its first part naming the others (one
        # per part before, 17 findings in all). The Security
        # links table's two example addresses ('https://my.security.file', …) are placeholders: a
        # reader of the filed document would click them; one finding naming both, the template's
        # example rows left in one table (one per row before).
        ("security-self-assessment", {"unfilled-field": 5, "unfilled-section": 13, "placeholder": 1}),
    ],
)
def test_init_starts_each_companion_document(
    runner: CliRunner, tmp_path: Path, kind: str, expected: dict[str, int]
) -> None:
    path = tmp_path / f"{kind}.md"
    result = runner.invoke(
        cli, ["init", "--kind", kind, "--project", "Kelpie", "--level", "incubation", "-o", str(path)]
    )
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] in (
        "# General Technical Review - Kelpie / Incubation",
        "# Kelpie Governance Review",
        "# Kelpie Self-assessment",
    )
    # The template's instructions to the author are not written; the project's name is filled in.
    assert "How to use this template" not in text and "[project]" not in text and "$PROJECT" not in text
    report = lint_path(str(path))
    assert report.document_kind == kind
    counts: dict[str, int] = {}
    for finding in report.findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
    assert counts == expected
    again = runner.invoke(cli, ["init", "--kind", kind, "--project", "Kelpie", "-o", str(path)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_templates_lists_the_companion_templates(runner: CliRunner) -> None:
    from applint.cli import COMPANION_KINDS
    from applint.templates.companions import companion_kinds

    assert set(COMPANION_KINDS) == set(companion_kinds())
    lines = runner.invoke(cli, ["templates"]).stdout.splitlines()
    assert any(line.startswith("gtr-v1.0-2026-04-25 ") and "77 questions" in line for line in lines)
    assert any(line.startswith("governance-review-2026-04-16 ") and "23 criteria" in line for line in lines)
    rows = json.loads(runner.invoke(cli, ["templates", "--format", "json"]).stdout)
    kinds = {row["document_kind"] for row in rows}
    assert {"application", "due-diligence", *COMPANION_KINDS} == kinds


def _package(folder: Path, links: str) -> Path:
    """A docs/cncf/ folder: the complete incubation application, its GTR line linking ``links``,
    and the three companion drafts beside it."""
    folder.mkdir(parents=True)
    (folder.parent / ".git").mkdir()  # the checkout's root
    for fixture in COMPANIONS.glob("*.md"):
        (folder / fixture.name).write_bytes(fixture.read_bytes())
    text = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
    line = "  - _If applicable_ a General Technical Review was completed/updated on 05-MAR-2025, and can be discovered at https://github.com/examplo/community/pull/12.\n"
    assert line in text
    text = text.replace(line, f"  - Our GTR: {links}\n", 1)
    application = folder / "incubation-application.md"
    application.write_text(text, encoding="utf-8")
    return application


def test_an_application_says_how_complete_its_linked_companions_are(
    runner: CliRunner, tmp_path: Path
) -> None:
    links = "[GTR](gtr-incubation-draft.md), [governance review](./governance-review-draft.md#summary-and-assessment), [self-assessment](self-assessment-draft.md)"
    application = _package(tmp_path / "docs" / "cncf", links)
    report = lint_path(str(application))
    line = next(n for n, text in enumerate(application.read_text().splitlines(), 1) if "Our GTR" in text)
    incomplete = [
        (f.rule, f.severity.label, f.line, f.details["kind"])
        for f in report.findings
        if f.rule == "incomplete-companion"
    ]
    assert incomplete == [
        ("incomplete-companion", "warning", line, "general-technical-review"),
        ("incomplete-companion", "warning", line, "governance-review"),
        ("incomplete-companion", "warning", line, "security-self-assessment"),
    ]
    gtr = next(f.message for f in report.findings if f.details.get("kind") == "general-technical-review")
    folder = str(tmp_path / "docs" / "cncf")
    assert gtr == (
        f"the GTR linked here ({folder}/gtr-incubation-draft.md) is not finished: 1 Day 0 question unanswered, "
        "5 Day 1 questions unanswered and 'Website' not filled in; complete it before filing (its own "
        f"findings are listed under {folder}/gtr-incubation-draft.md)"
    )
    # The run checks the linked documents too, right after the application, each once.
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", str(application)]).stdout)
    assert [(Path(f["path"]).name, f["document_kind"], len(f["findings"])) for f in data["files"]] == [
        ("incubation-application.md", "application", 3),
        ("gtr-incubation-draft.md", "general-technical-review", 7),  # with ROADMAP.md and the
        # self-assessment's path linked nowhere
        ("governance-review-draft.md", "governance-review", 9),  # with the Must-Fix milestone phrase and
        # the maintainers file, GOVERNANCE.md and CONTRIBUTING.md it names and links nowhere
        ("self-assessment-draft.md", "security-self-assessment", 7),
    ]
    both = json.loads(runner.invoke(cli, ["check", "--format", "json", str(tmp_path / "docs")]).stdout)
    assert sorted(Path(f["path"]).name for f in both["files"]) == [
        "governance-review-draft.md",
        "gtr-incubation-draft.md",
        "incubation-application.md",
        "self-assessment-draft.md",
    ]


def test_finished_or_unreachable_companions_give_no_finding(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_bytes((COMPANIONS / "gtr-incubation-draft.md").read_bytes())
    links = (
        "[finished](finished-gtr.md), [outside the checkout](../../../elsewhere.md), [gone](missing.md), "
        "[a web page](https://example.org/gtr.md), [the README](README.md)"
    )
    application = _package(tmp_path / "repo" / "docs", links)
    (application.parent / "README.md").write_text("# Docs\n\nNothing here.\n", encoding="utf-8")
    sections = "".join(
        f"### {title}\n\nAnswered.\n\n"
        for title in ("Scope", "Usability", "Design", "Installation", "Security")
    )
    finished = f"# General Technical Review - Kelpie / Sandbox\n\n## Day 0 - Planning Phase\n\n{sections}"
    (application.parent / "finished-gtr.md").write_text(finished, encoding="utf-8")
    report = lint_path(str(application))
    assert [f for f in report.findings if f.rule == "incomplete-companion"] == []
    assert [Path(p).name for p in report.companions] == ["finished-gtr.md"]


def test_triage_counts_a_linked_unfinished_companion_as_not_done(runner: CliRunner, tmp_path: Path) -> None:
    links = "[GTR](gtr-incubation-draft.md), [self-assessment](self-assessment-draft.md)"
    application = _package(tmp_path / "docs" / "cncf", links)
    data = json.loads(runner.invoke(cli, ["triage", "--format", "json", str(application)]).stdout)
    items = {item["id"]: item for item in data["items"]}
    line = next(n for n, text in enumerate(application.read_text().splitlines(), 1) if "Our GTR" in text)
    gtr = items["process.gtr"]
    assert (gtr["status"], gtr["line"]) == ("missing", line)
    assert (
        gtr["why"].startswith(f"the GTR linked at line {line} (")
        and "5 Day 1 questions unanswered" in gtr["why"]
    )
    assert items["security.self-assessment"]["status"] == "missing"
    # The governance review is not linked by a path here: its item is judged by its link as before.
    assert "not finished" not in items["process.governance-review"]["why"]
    # Finished companions leave the items as their links make them.
    (application.parent / "gtr-incubation-draft.md").write_text(
        "# General Technical Review - Kelpie / Sandbox\n\n## Day 0 - Planning Phase\n\n"
        + "".join(
            f"### {t}\n\nAnswered.\n\n" for t in ("Scope", "Usability", "Design", "Installation", "Security")
        ),
        encoding="utf-8",
    )
    again = json.loads(runner.invoke(cli, ["triage", "--format", "json", str(application)]).stdout)
    assert {item["id"]: item for item in again["items"]}["process.gtr"]["status"] != "missing"


def test_the_kind_names_in_sentences_are_the_schemas_names() -> None:
    from applint.matching.kinds import KIND_NAMES

    assert {t.kind: f"a {t.name}" for t in companion_templates()} == KIND_NAMES


def test_a_docx_gtr_is_read_and_located_by_paragraph(tmp_path: Path) -> None:
    from tests.docx_builder import DocxBuilder

    builder = DocxBuilder()
    builder.heading("General Technical Review - Kelpie / Incubation", 1)
    builder.paragraph("Project: Kelpie").paragraph("Website:")
    builder.heading("Day 0 - Planning Phase", 2).heading("Scope", 3)
    builder.paragraph("Describe the target persona or user(s) for the project?").paragraph(
        "Platform engineers."
    )
    builder.paragraph(
        "Explain the primary use case for the project. What additional use cases are supported by the project?"
    )
    for title in ("Usability", "Design", "Installation", "Security"):
        builder.heading(title, 3).paragraph("Answered.")
    builder.heading("Day 1 - Installation and Deployment Phase", 2)
    builder.heading("Project Installation and Configuration", 3).paragraph("Helm.")
    builder.heading("Project Enablement and Rollback", 3)
    builder.heading("Rollout, Upgrade and Rollback Planning", 3).paragraph("Tested in CI.")
    report = lint_path(str(builder.save(tmp_path / "gtr.docx")))
    assert report.document_kind == "general-technical-review"
    assert [(f.rule, f.paragraph, f.line) for f in report.findings] == [
        ("unfilled-field", 3, None),  # Website:
        ("unanswered-question", 5, None),  # Scope keeps 2 of its 6 questions: the other 4 are missing
        ("unanswered-question", 8, None),  # the primary use case, nothing after it
        ("unanswered-question", 20, None),  # Enablement and Rollback: nothing under it
    ]


def _answered_gtr(days: dict[str, tuple[str, ...]], date: str = "") -> str:
    text = "# General Technical Review - Kelpie / Graduation\n\n"
    if date:
        text += f"- **Date Updated:** {date}\n\n"
    for day, sections in days.items():
        text += f"## {day}\n\n" + "".join(f"### {title}\n\nAnswered.\n\n" for title in sections)
    return text


def test_the_revision_that_explains_a_gtr_best_is_chosen() -> None:
    day0 = ("Scope", "Usability", "Design", "Installation", "Security")
    day1 = (
        "Project Installation and Configuration",
        "Project Enablement and Rollback",
        "Rollout, Upgrade and Rollback Planning",
    )
    day2 = (
        "Scalability/Reliability",
        "Observability Requirements",
        "Dependencies",
        "Troubleshooting",
        "Security",
    )
    days = {"Day 0 - Planning Phase": day0, "Day 1 - Installation and Deployment Phase": day1}
    # A finished Graduation GTR from before the Compliance questions (dated before they were
    # added): its own revision, no finding.
    finished = {**days, "Day 2 - Day-to-Day Operations Phase": day2}
    before = lint_text(_answered_gtr(finished, "2025-02-03"), "gtr.md")
    assert (before.template, before.findings) == ("gtr-v1.0-2024-09-27", ())
    # The same GTR stating no date may be a new one written from an old copy: told once, at info,
    # what the newest revision adds (outdated-template).
    undated = lint_text(_answered_gtr(finished), "gtr.md")
    assert undated.template == "gtr-v1.0-2024-09-27"
    assert [(f.rule, f.severity.label) for f in undated.findings] == [("outdated-template", "info")]
    # With Compliance: the newest revision that has it.
    after = lint_text(
        _answered_gtr({**days, "Day 2 - Day-to-Day Operations Phase": (*day2, "Compliance")}), "gtr.md"
    )
    assert (after.template, after.findings) == ("gtr-v1.0-2026-04-25", ())
    # A draft that has not reached Day 2 says nothing about its revision: the newest, whose Day 2
    # has 30 questions, Compliance's 4 included (its attribution question is its three
    # sub-questions; the 2024 text's has 26).
    draft = lint_text(_answered_gtr(days), "gtr.md")
    assert draft.template == "gtr-v1.0-2026-04-25"
    assert "(30 questions)" in next(
        f.message for f in draft.findings if f.details.get("day", "").startswith("Day 2")
    )


def test_a_linked_companion_the_configuration_excludes_is_not_checked(
    runner: CliRunner, tmp_path: Path
) -> None:
    links = "[GTR](gtr-incubation-draft.md), [self-assessment](self-assessment-draft.md)"
    application = _package(tmp_path / "docs" / "cncf", links)
    config = tmp_path / ".applint.toml"
    config.write_text('exclude = ["docs/cncf/self-assessment-draft.md"]\n', encoding="utf-8")
    result = runner.invoke(cli, ["check", "--format", "json", "--config", str(config), str(application)])
    names = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert names == ["incubation-application.md", "gtr-incubation-draft.md"]


def test_the_outline_text_left_in_one_section_is_one_finding_naming_its_other_paragraphs() -> None:
    # The Actors outline's two paragraphs kept above the author's answer: one deletion, one finding.
    draft = (COMPANIONS / "self-assessment-draft.md").read_text(encoding="utf-8")
    isolated = (
        "between the database and front-end is not relevant.\n\n"
        "The means by which actors are isolated should also be described, as this is often\n"
        "what prevents an attacker from moving laterally after a compromise.\n"
    )
    text = draft.replace("between the database and front-end is not relevant.\n", isolated)
    report = lint_text(text, "self-assessment.md")
    outline = [
        (f.rule, f.severity.label, f.line, f.message)
        for f in report.findings
        if f.rule == "template-guidance" and "outline text" in f.message
    ]
    assert outline == [
        (
            "template-guidance",
            "warning",
            25,
            "the template's outline text ('These are the individual parts of your system that interact…') "
            "is still in 'Actors' beside your own: delete it (also at line 31)",
        )
    ]
    # Goals holds only the outline text: unfilled-section's, at its heading, not template-guidance's.
    assert [(f.rule, f.line) for f in report.findings if f.rule == "unfilled-section"] == [
        ("unfilled-section", 36)
    ]
