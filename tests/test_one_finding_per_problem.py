"""One finding per problem: the same placeholder again in one paragraph or list (in a companion
document, one section; the template's example links in one table), the bare
sub-questions of one GTR question, the same broken link used at several places and a line of bare
references are each one finding, at the first place, naming the others; what is a different
problem (another paragraph, another question group, another link) keeps its own finding. Every
case asserts rule, severity and line of each finding, and the places that stay quiet."""

from __future__ import annotations

import json
from pathlib import Path

from applint.engine import lint_text
from applint.findings import Finding
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

ROOT = FIXTURES.parent
SELF_ASSESSMENT = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
GTR_TEMPLATE = (ROOT / "schemas" / "companions" / "gtr-v1.0-2026-04-25.md").read_text(encoding="utf-8")
INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
EVIDENCE_23 = (
    "Evidence 23: see [our document 23](https://github.com/examplo/community/blob/main/doc23.md), "
    "reviewed by the maintainers in meeting number 23."
)
EVIDENCE_8 = (
    "Evidence 8: see [our document 8](https://github.com/examplo/community/blob/main/doc8.md), "
    "reviewed by the maintainers in meeting number 8."
)
Row = tuple[str, str, int | None]


def rows(findings: list[Finding], rule: str) -> list[Row]:
    return [(f.rule, f.severity.label, f.line) for f in findings if f.rule == rule]


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


# (a) The same placeholder again in one paragraph or list

USE = (
    "This self-assessment is created by the [project] team to perform an internal analysis of the\n"
    "project's security."
)


def test_the_same_placeholder_on_three_lines_of_one_paragraph_is_one_finding_at_the_first() -> None:
    written = (
        "This self-assessment is created by the [project] team to perform an internal analysis of the\n"
        "project's security. It is not intended to provide a security audit of [project], or\n"
        "function as an independent assessment or attestation of [project]'s security health."
    )
    text = apply_edits(SELF_ASSESSMENT, [(USE, written)])
    findings = lint_text(text, "self-assessment.md").findings
    assert rows(findings, "placeholder") == [("placeholder", "error", 41)]
    (finding,) = [f for f in findings if f.rule == "placeholder"]
    assert finding.column == 40
    assert finding.details["also_at"] == [42, 43]
    assert finding.message.endswith(
        "replace it with the project's name (also at lines 42-43 of this paragraph)"
    )


def test_the_placeholder_in_several_paragraphs_of_one_section_is_one_finding_at_the_first() -> None:
    # Reviewers flag "[project]" left through "Self-assessment use" as one leftover section, however
    # many paragraphs keep it (one finding per paragraph before).
    written = (
        "This self-assessment is created by the [project] team.\n"
        "It is not a security audit of [project].\n\n"
        "This document gives [project] users an initial understanding of\n"
        "[project]'s security."
    )
    text = apply_edits(SELF_ASSESSMENT, [(USE, written)])
    findings = lint_text(text, "self-assessment.md").findings
    assert rows(findings, "placeholder") == [("placeholder", "error", 41)]
    (finding,) = [f for f in findings if f.rule == "placeholder"]
    assert finding.details["also_at"] == [42, 44, 45]
    assert finding.message.endswith("(also at lines 42 and 44-45 of this section)")


def test_the_placeholder_in_two_sections_is_two_findings() -> None:
    # Another section keeping it is another leftover: its own finding, the first paragraph's fold
    # saying "of this paragraph" as before.
    written = (
        "This self-assessment is created by the [project] team.\nIt is not a security audit of [project]."
    )
    resolution = "See SECURITY.md: reports go to security@kelpie.dev and are answered within two days."
    text = apply_edits(
        SELF_ASSESSMENT,
        [(USE, written), (resolution, resolution + "\n\nReports about [project] go to the maintainers.")],
    )
    findings = lint_text(text, "self-assessment.md").findings
    assert rows(findings, "placeholder") == [("placeholder", "error", 41), ("placeholder", "error", 48)]
    first, second = [f for f in findings if f.rule == "placeholder"]
    assert first.message.endswith("(also at line 42 of this paragraph)")
    assert "also_at" not in second.details


def test_the_same_placeholder_in_the_items_of_one_list_is_one_finding() -> None:
    written = (
        "What this document gives:\n\n"
        "- an initial understanding of [project]'s security\n"
        "  - where to find [project]'s security documentation\n"
        "- the general security practices of [project]"
    )
    text = apply_edits(SELF_ASSESSMENT, [(USE, written)])
    findings = lint_text(text, "self-assessment.md").findings
    assert rows(findings, "placeholder") == [("placeholder", "error", 43)]
    (finding,) = [f for f in findings if f.rule == "placeholder"]
    assert "(also at lines 44-45 of this list)" in finding.message


def test_the_templates_example_rows_left_in_one_table_are_one_finding_naming_each() -> None:
    # Two of the template's example addresses left in the security links table: reviewers flag the
    # example rows as one leftover (one finding per row before); the finding names the other.
    own = "| Security file | https://github.com/kelpie/kelpie/blob/main/SECURITY.md |"
    rows_left = (
        own
        + "\n| Threat model | <https://my.security.file> |\n| Default and optional configs | <https://example.org/config> |"
    )
    text = apply_edits(SELF_ASSESSMENT, [(own, rows_left)])
    findings = lint_text(text, "self-assessment.md").findings
    assert rows(findings, "placeholder") == [
        ("placeholder", "error", 18),
        ("placeholder", "error", 43),  # "Self-assessment use", a section of its own
    ]
    table, use = [f for f in findings if f.rule == "placeholder"]
    assert table.details["also_at"] == [19]
    assert table.message.endswith("(also: 'https://example.org/config' left in (line 19))")
    assert "also_at" not in use.details


def test_field_lines_and_table_rows_holding_the_same_placeholder_stay_one_finding_each() -> None:
    # Two facts left as the template wrote them are two values to fill in, as two adopters' rows are.
    text = apply_edits(
        INC,
        [
            ("Project Repo(s): https://github.com/examplo/examplo", "Project Repo(s): $URL"),
            ("Project Site:  https://examplo.io", "Project Site:  $URL"),
        ],
    )
    findings = lint_text(text, "case.md").findings
    assert rows(findings, "placeholder") == [("placeholder", "error", 8), ("placeholder", "error", 9)]
    own = "| Security file | https://github.com/kelpie/kelpie/blob/main/SECURITY.md |"
    table = own + "\n| Threat model | <https://my.security.file> |\n| Audit | <https://my.security.file> |"
    findings = lint_text(apply_edits(SELF_ASSESSMENT, [(own, table)]), "self-assessment.md").findings
    assert rows(findings, "placeholder") == [
        ("placeholder", "error", 18),
        ("placeholder", "error", 19),
        ("placeholder", "error", 43),
    ]
    assert all("also_at" not in f.details for f in findings)


# (b) The bare sub-questions of one GTR question


def gtr(design_answers: dict[str, str], security: str | None = None) -> str:
    """A Sandbox GTR whose Day 0 is written, with the template's Design questions kept and those named
    in ``design_answers`` answered under them (the rest left bare)."""
    start, end = GTR_TEMPLATE.index("### Design"), GTR_TEMPLATE.index("### Installation")
    lines = []
    for line in GTR_TEMPLATE[start:end].split("\n"):
        lines.append(line.rstrip())
        question = line.strip().removeprefix("* ")
        if question in design_answers:
            lines.append(" " * (line.index("*") + 2) + design_answers[question])
    design = "\n".join(lines)
    return (
        "# General Technical Review - Kestrel / Sandbox\n\n"
        "- **Project:** Kestrel\n- **Project Version:** 2.3\n- **Website:** https://kestrel.dev\n"
        "- **Date Updated:** 2026-03-01\n- **Template Version:** v1.0\n"
        "- **Description:** Kestrel schedules batch jobs on Kubernetes.\n\n"
        "## Day 0 - Planning Phase\n\n### Scope\n\nOur users are platform teams; the roadmap is reviewed monthly.\n\n"
        "### Usability\n\nThrough the kestrel CLI and the Helm chart.\n\n"
        + design
        + "\n### Installation\n\nHelm install, then `kestrel check`.\n\n### Security\n\n"
        + (
            security
            or "Our self-assessment: https://github.com/kestrel/kestrel/blob/main/SELF-ASSESSMENT.md.\n"
        )
    )


DESIGN = [
    "Explain the design principles and best practices the project is following.",
    "Outline or link to the project’s architecture requirements? Describe how they differ for Proof of "
    "Concept, Development, Test and Production environments, as applicable.",
    "Define any specific service dependencies the project relies on in the cluster.",
    "Describe how the project implements Identity and Access Management.",
    "Describe how the project has addressed sovereignty.",
    "Describe any compliance requirements addressed by the project.",
    "Describe the project’s High Availability requirements.",
    "Describe the project’s resource requirements, including CPU, Network and Memory.",
    "Describe the project’s storage requirements, including its use of ephemeral and/or persistent storage.",
    "Describe the project’s release processes, including major, minor and patch releases.",
]
# (an answer naming no file: a path cited unlinked, "see docs/design.md", is evidence-without-link's)
ANSWERED = {question: "Kestrel: see the design document, section 3." for question in DESIGN}


def test_the_bare_sub_questions_of_one_question_are_one_finding_at_the_first() -> None:
    text = gtr(ANSWERED)
    findings = lint_text(text, "gtr.md").findings
    first = line_of(text, "* Describe the project’s API topology")
    assert rows(findings, "unanswered-question") == [("unanswered-question", "warning", first)]
    (finding,) = findings
    assert finding.details["also_at"] == list(range(first + 1, first + 6))
    assert (
        f"(also unanswered under 'Please outline the project’s API Design': lines {first + 1}-{first + 5})"
        in (finding.message)
    )
    assert finding.message.startswith("Day 0 question not answered: 'Describe the project’s API topology")


def test_an_answered_sub_question_splits_the_run_and_a_top_level_question_keeps_its_own() -> None:
    defaults = "Describe the project defaults"
    release = DESIGN[-1]
    answers = {q: a for q, a in ANSWERED.items() if q != release}
    answers[defaults] = "Every controller is off until its CRD is installed."
    text = gtr(answers)
    topology = line_of(text, "* Describe the project’s API topology")
    additional = line_of(text, "* Outline any additional configurations")
    release_line = line_of(text, "* Describe the project’s release processes")
    assert rows(lint_text(text, "gtr.md").findings, "unanswered-question") == [
        ("unanswered-question", "warning", topology),  # alone: the next sub-question is answered
        ("unanswered-question", "warning", additional),  # with the three bare ones after it
        ("unanswered-question", "warning", release_line),  # a question of its own, not a sub-question
    ]
    findings = lint_text(text, "gtr.md").findings
    assert "also_at" not in findings[0].details and "also_at" not in findings[2].details
    assert findings[1].details["also_at"] == [additional + 1, additional + 2, additional + 3]


def test_sub_questions_of_different_questions_are_different_findings() -> None:
    start, end = GTR_TEMPLATE.index("### Security"), GTR_TEMPLATE.index("## Day 1")
    security = GTR_TEMPLATE[start:end].split("\n", 2)[2]  # the questions, without the heading
    security = security.replace(
        "from TAG Security.  \n",
        "from TAG Security.  \n",
    )
    answered_first = security.replace(
        "security self assessment](https://tag-security.cncf.io/community/assessments/).  \n",
        "security self assessment](https://tag-security.cncf.io/community/assessments/).  \n"
        "    https://github.com/kestrel/kestrel/blob/main/SELF-ASSESSMENT.md\n",
    )
    text = gtr({**ANSWERED, **dict.fromkeys(DESIGN_API, "Yes, see the API reference.")}, answered_first)
    tenets = line_of(text, "* How are you satisfying the tenets")
    hygiene = line_of(text, "* Please describe the frameworks")
    threats = line_of(text, "* Explain the least minimal privileges")
    assert rows(lint_text(text, "gtr.md").findings, "unanswered-question") == [
        ("unanswered-question", "warning", tenets),
        ("unanswered-question", "warning", hygiene),
        ("unanswered-question", "warning", threats),
    ]
    messages = [f.message for f in lint_text(text, "gtr.md").findings]
    assert f"(also unanswered under 'Security Hygiene': line {hygiene + 1})" in messages[1]
    assert (
        f"(also unanswered under 'Cloud Native Threat Modeling': lines {threats + 1}-{threats + 2})"
        in messages[2]
    )


DESIGN_API = [
    "Describe the project’s API topology and conventions",
    "Describe the project defaults",
    "Outline any additional configurations from default to make reasonable use of the project",
    "Describe any new or changed API types and calls \\- including to cloud providers \\- that will result "
    "from this project being enabled and used",
    "Describe compatibility of any new or changed APIs with API servers, including the Kubernetes API server",
    "Describe versioning of any new or changed APIs, including how breaking changes are handled",
]


def test_a_gtr_with_every_question_answered_stays_quiet() -> None:
    text = gtr({**ANSWERED, **dict.fromkeys(DESIGN_API, "Yes, see the API reference.")})
    assert lint_text(text, "gtr.md").findings == ()


# (c) The same broken link at several places


def test_the_same_missing_anchor_linked_from_three_places_is_one_finding_at_the_first() -> None:
    link = "See the [adopter verification](#toc-verification-of-adopters)."
    text = apply_edits(
        INC,
        [
            (EVIDENCE_8, EVIDENCE_8 + " " + link),
            (
                EVIDENCE_23,
                EVIDENCE_23 + " " + link + "\nAlso the [governance notes](#governance-notes). " + link,
            ),
        ],
    )
    findings = lint_text(text, "case.md").findings
    first, second = line_of(text, "Evidence 8:"), line_of(text, "Evidence 23:")
    governance = second + 1
    assert rows(findings, "broken-link") == [
        ("broken-link", "error", first),
        ("broken-link", "error", governance),
    ]
    anchor, other = [f for f in findings if f.rule == "broken-link"]
    assert anchor.details["also_at"] == [second, governance]
    assert anchor.message.endswith(f"(also at lines {second}-{governance})")
    assert "'#governance-notes'" in other.message and "also_at" not in other.details


def test_one_broken_link_stays_one_finding_without_a_clause() -> None:
    link = "See the [adopter verification](#toc-verification-of-adopters)."
    text = apply_edits(INC, [(EVIDENCE_8, EVIDENCE_8 + " " + link)])
    (finding,) = lint_text(text, "case.md").findings
    assert (finding.rule, finding.severity.label, finding.line) == (
        "broken-link",
        "error",
        line_of(text, "Evidence 8:"),
    )
    assert "also" not in finding.message and "also_at" not in finding.details


def test_links_whose_messages_shorten_alike_but_whose_addresses_differ_stay_apart() -> None:
    # Both anchors shorten to the same 40 characters in the message; they are two links to correct.
    first = "See [the 2025 interviews](#toc-verification-of-adopters-and-their-interviews-2025)."
    second = "See [the 2026 interviews](#toc-verification-of-adopters-and-their-interviews-2026)."
    text = apply_edits(
        INC, [(EVIDENCE_8, EVIDENCE_8 + " " + first), (EVIDENCE_23, EVIDENCE_23 + " " + second)]
    )
    findings = lint_text(text, "case.md").findings
    assert rows(findings, "broken-link") == [
        ("broken-link", "error", line_of(text, "Evidence 8:")),
        ("broken-link", "error", line_of(text, "Evidence 23:")),
    ]
    assert findings[0].message == findings[1].message  # the same words, two addresses
    assert all("also_at" not in f.details for f in findings)
    # The same code span broken across the same link twice is one problem; another address is not.
    split = "Artifact on [cncf/toc `main](https://github.com/cncf/toc/blob/main/projects/examplo/gtr.md)`."
    other = split.replace("gtr.md", "self-assessment.md")
    text = apply_edits(INC, [(EVIDENCE_8, EVIDENCE_8 + "\n" + split), (EVIDENCE_23, split + "\n" + other)])
    findings = lint_text(text, "case.md").findings
    lines = text.split("\n")
    at, again = [n for n, line in enumerate(lines, 1) if line == split]
    elsewhere = lines.index(other) + 1
    assert rows(findings, "broken-link") == [
        ("broken-link", "error", at),
        ("broken-link", "error", elsewhere),
    ]
    assert findings[0].details["also_at"] == [again] and "also_at" not in findings[1].details


# (d) A line of bare references


def test_a_list_of_bare_references_on_one_line_is_one_finding_naming_each() -> None:
    written = EVIDENCE_23 + " Fixed in PRs #288, #290."
    text = apply_edits(INC, [(EVIDENCE_23, written)])
    findings = lint_text(text, "case.md").findings
    line = line_of(text, "Evidence 23:")
    assert rows(findings, "bare-reference") == [("bare-reference", "info", line)]
    (finding,) = findings
    assert finding.message.startswith("'#288', '#290' link only inside a GitHub issue or pull request")
    assert finding.message.endswith("write the full URLs")
    assert finding.column == written.index("#288") + 1


def test_the_same_reference_again_in_one_list_is_one_finding_and_another_paragraph_keeps_its_own() -> None:
    written = (
        '- Remediation merged in [PR 5](https://github.com/examplo/.github/pull/5) ("Fixes #285").\n'
        "- Requested completion scope in #285.\n\n"
        "The follow-up is #285 too."
    )
    text = apply_edits(INC, [(EVIDENCE_23, written)])
    findings = lint_text(text, "case.md").findings
    first = line_of(text, "- Remediation merged")
    assert rows(findings, "bare-reference") == [
        ("bare-reference", "info", first),
        ("bare-reference", "info", first + 3),
    ]
    assert "(also at line 152 of this list)".replace("152", str(first + 1)) in findings[0].message


# Every output carries the folded finding


def test_json_sarif_and_github_output_carry_the_folded_finding() -> None:
    from applint.formatters import formatter
    from applint.results.report import Report

    written = (
        "This self-assessment is created by the [project] team to perform an internal analysis of the\n"
        "project's security. It is not a security audit of [project]."
    )
    report = lint_text(apply_edits(SELF_ASSESSMENT, [(USE, written)]), "self-assessment.md")
    whole = Report((report,))

    def render(report: Report, name: str) -> str:
        return formatter(name)(report, False)

    payload = json.loads(render(whole, "json"))
    (placeholder,) = [f for f in payload["files"][0]["findings"] if f["rule"] == "placeholder"]
    assert placeholder["line"] == 41 and placeholder["details"]["also_at"] == [42]
    sarif = json.loads(render(whole, "sarif"))
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "placeholder"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 41
    assert [loc["physicalLocation"]["region"]["startLine"] for loc in result["relatedLocations"]] == [42]
    github = render(whole, "github")
    (annotation,) = [line for line in github.splitlines() if "placeholder" in line]
    assert "line=41," in annotation and "also at line 42 of this paragraph" in annotation


# `fix` still replaces every place a folded finding names


def test_fix_fills_every_project_placeholder_of_a_folded_finding(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from applint.cli import cli

    written = EVIDENCE_23 + "\n$PROJECT maintainers review it;\nthe $PROJECT steering group signs it off."
    text = apply_edits(INC, [(EVIDENCE_23, written)])
    line = line_of(text, "$PROJECT maintainers")
    path = tmp_path / "app.md"
    path.write_text(text, encoding="utf-8")
    findings = lint_text(text, "app.md").findings
    assert rows(findings, "placeholder") == [("placeholder", "error", line)]
    assert findings[0].details["also_at"] == [line + 1]
    result = CliRunner().invoke(cli, ["fix", str(path)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{path}:{line}: filled $PROJECT with 'Examplo'",
        f"{path}:{line + 1}: filled $PROJECT with 'Examplo'",
    ]
    fixed = path.read_text(encoding="utf-8")
    assert "$PROJECT" not in fixed and "the Examplo steering group" in fixed
    assert lint_text(fixed, "app.md").findings == ()


# Two contradictions in one ticked criterion's evidence


def test_two_contradictions_of_one_criterion_are_one_finding_naming_the_second() -> None:
    from applint.findings import Severity
    from applint.results.grouping import group_findings

    badge = Finding(
        "contradictory-assertion",
        Severity.ERROR,
        '"Achieving OpenSSF Best Practices silver or gold badge." is ticked but its evidence names only the '
        "passing badge; untick it, or link the silver or gold badge",
        216,
        details={"criterion": "badge", "fold": "badge", "facet": "its evidence names only the passing badge"},
    )
    progress = Finding(
        "contradictory-assertion",
        Severity.ERROR,
        '"Achieving OpenSSF Best Practices silver or gold badge." is ticked but its evidence says "is in '
        'progress"; untick it until it is done, or correct the evidence (line 218)',
        216,
        details={
            "criterion": "badge",
            "fold": "badge",
            "facet": 'its evidence says "is in progress" (line 218)',
        },
    )
    other = progress._replace(line=238, details={**progress.details, "criterion": "audit", "fold": "audit"})
    kept = group_findings([badge, progress, other])
    assert [(f.rule, f.severity.label, f.line) for f in kept] == [
        ("contradictory-assertion", "error", 216),
        ("contradictory-assertion", "error", 238),
    ]
    assert kept[0].message == badge.message + ' (also: its evidence says "is in progress" (line 218))'
    assert kept[0].details["also_at"] == [216] and kept[1] == other


# What one passage is


def test_a_passage_is_a_paragraph_a_list_or_a_criterion_with_its_sub_items() -> None:
    from applint.readers.markdown import read_markdown

    document = read_markdown(
        "Intro line one\nline two\n\n"  # 1-2
        "- first item\n  - nested item\n- second item\n\n"  # 4-6
        "- [x] **Criterion A.**\n  - reviewed on DD-MMM-YYYY\n"  # 8-9
        "- [x] **Criterion B.**\n  - reviewed on DD-MMM-YYYY\n\n"  # 10-11
        "| a | b |\n| - | - |\n| 1 | 2 |\n"  # 13-15
    )
    assert document.passage_of(2) == ("paragraph", 1, 2)
    assert document.passage_of(5) == ("list", 4, 6)
    assert document.passage_of(9) == ("list", 8, 9)  # a criterion and its sub-item, not the next one
    assert document.passage_of(11) == ("list", 10, 11)
    assert document.passage_of(15) == ("table", 13, 15)
    assert document.passage_of(3) == ("line", 3, 3)  # a blank line: no block


def test_the_block_at_a_line_is_the_first_holding_it_in_every_document() -> None:
    """Document.block_at bisects; it must name the block a walk from the first would name, on real
    documents (nested items sharing a line, a table, front matter) and on blocks out of line order."""
    from applint.engine import read_document
    from applint.model import Block, BlockKind, Document
    from applint.readers.sources import read_source
    from tests.conftest import EXAMPLES

    def walked(document: Document, line: int) -> int | None:
        return next((i for i, b in enumerate(document.blocks) if b.line <= line <= b.end_line), None)

    paths = [path for path in sorted(EXAMPLES.glob("*")) if path.suffix in (".md", ".docx", ".txt")]
    paths += sorted((FIXTURES / "apps").glob("*.md"))[:6] + sorted((FIXTURES / "dd").glob("*.md"))[:3]
    assert len(paths) > 10
    for path in paths:
        document = read_document(read_source(str(path)))
        for line in range(0, document.line_count + 2):
            assert document.block_at(line) == walked(document, line), (path.name, line)
    item = Block(BlockKind.LIST_ITEM, 4, 4)  # an item with no text of its own, on its child's line
    child = Block(BlockKind.LIST_ITEM, 4, 6)
    table = Block(BlockKind.TABLE, 5, 5)  # inside the child's lines
    in_order = Document("x.md", "markdown", (item, child, table), ("",) * 6)
    assert [in_order.block_at(line) for line in range(1, 8)] == [None, None, None, 0, 1, 1, None]
    out_of_order = Document("x.md", "markdown", (item, child, Block(BlockKind.PARAGRAPH, 2, 2)), ("",) * 6)
    assert [out_of_order.block_at(line) for line in range(1, 8)] == [None, 2, None, 0, 1, 1, None]


# The same missing file linked again, the same dead page linked again


def test_the_same_missing_file_linked_from_two_places_is_one_unresolved_link_finding(tmp_path: Path) -> None:
    from applint.engine import lint_path
    from tests.test_unresolved_link import checkout, write

    root = checkout(tmp_path)
    path = write(
        root,
        "- [security](docs/SECURITY.md) and [governance](docs/GOVERNANCE.md)\n\n"
        "Our policy is in [SECURITY](docs/SECURITY.md); maintainers in [MAINTAINERS](MAINTAINERS.md).\n",
    )
    findings = [f for f in lint_path(str(path)).findings if f.rule == "unresolved-link"]
    assert [(f.rule, f.severity.label, f.line, f.details["target"]) for f in findings] == [
        ("unresolved-link", "error", 5, "docs/SECURITY.md"),
        ("unresolved-link", "error", 7, "MAINTAINERS.md"),  # another file: its own finding
    ]
    assert findings[0].details["also_at"] == [7] and findings[0].message.endswith("(also at line 7)")
    assert "also_at" not in findings[1].details


def test_links_left_without_an_address_in_one_list_are_one_finding_naming_each() -> None:
    # A table of contents whose links were never given their addresses is one list to finish,
    # as a reviewer flags it; an empty link in another list or paragraph is its own finding.
    resolution = "See SECURITY.md: reports go to security@kelpie.dev and are answered within two days."
    written = (
        resolution + "\n\nThe threat model:\n\n"
        "1. [Breakdown of Access, Tokens, and Creds]()\n"
        "2. [Blast Radius and Recovery]()\n"
        "3. [Compensating Mechanisms](#security-issue-resolution)\n\n"
        "The [incident runbook]() is kept by the maintainers."
    )
    text = apply_edits(SELF_ASSESSMENT, [(resolution, written)])
    findings = lint_text(text, "self-assessment.md").findings
    assert [(f.rule, f.severity.label, f.line, f.column) for f in findings if f.rule == "broken-link"] == [
        ("broken-link", "error", 50, 4),
        ("broken-link", "error", 54, 5),
    ]
    listed, alone = [f for f in findings if f.rule == "broken-link"]
    assert listed.details["also_at"] == [51]
    assert listed.message == (
        "broken link '[Breakdown of Access, Tokens, and Creds]()': the link has no address; fix the link "
        "(also: '[Blast Radius and Recovery]()' has no address either (line 51))"
    )
    assert "also" not in alone.details
