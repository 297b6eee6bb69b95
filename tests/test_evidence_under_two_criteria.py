"""duplicate-content on a paragraph of evidence that stands under two criteria of a due-diligence
document: quiet when the second copy is adapted to its own criterion; otherwise one warning that
keeps both criteria evaluated (never "delete the other"), told at the copy whose words belong to the
other criterion when that is clear. And missing-section taking in the empty heading of another name
that stands where the missing section belongs (one problem, one finding)."""

from __future__ import annotations

from applint.engine import lint_text
from applint.findings import Finding
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
DECISIONS = (
    "Decisions are by lazy consensus of maintainers, with escalation to the steering committee "
    "([decision making](https://github.com/examplo/community/blob/main/GOVERNANCE.md#decision-making))."
)
LADDER = (
    "The [contributor ladder](https://github.com/examplo/community/blob/main/CONTRIBUTOR_LADDER.md) has "
    "member, reviewer, approver and maintainer roles."
)
ACTIVE = (
    "Eleven maintainers from four companies; the [devstats dashboard](https://examplo.devstats.cncf.io) "
    "shows all of them active in the last six months."
)
RECRUITMENT = (
    "45 contributors from 17 companies in the last year ([devstats](https://examplo.devstats.cncf.io)); "
    "good-first-issue labels and a mentoring slot at KubeCon EU 2025."
)
# Evidence written the way TOC members write it, then said again under another criterion.
COMPANIES = (
    "Across the entire Examplo project, there are [17 different companies]"
    "(https://examplo.devstats.cncf.io/d/5/companies-table?var-metric=committers) that have committers "
    "(individuals with write permissions) on at least one repository"
)
LADDER_AND_POLICY = (
    "The project has documentation regarding its [contributor ladder]"
    "(https://github.com/examplo/community/blob/main/CONTRIBUTOR_LADDER.md), as well as how "
    "[changes to the policy](https://github.com/examplo/community/blob/main/MAINTAINERS.md#changing-the-policy) "
    "can be done - requiring two thirds of existing maintainers to approve."
)


def duplicates(text: str) -> list[Finding]:
    return [f for f in lint_text(text, "examplo-dd.md").findings if f.rule == "duplicate-content"]


def test_evidence_adapted_to_its_second_criterion_is_quiet() -> None:
    text = apply_edits(
        DD,
        [
            (ACTIVE, COMPANIES + "."),  # line 128, under "A number of active maintainers …"
            (RECRUITMENT, COMPANIES + ", which demonstrates contributor activity across companies."),  # 180
        ],
    )
    assert duplicates(text) == []


def test_an_exact_copy_under_a_criterion_it_does_not_fit_is_told_there() -> None:
    # The contributor ladder's evaluation pasted under the decision-making criterion (line 102) too.
    text = apply_edits(DD, [(DECISIONS, LADDER_AND_POLICY), (LADDER, LADDER_AND_POLICY)])
    (finding,) = duplicates(text)
    assert (finding.rule, finding.severity.label, finding.line) == ("duplicate-content", "warning", 102)
    assert "repeats word for word line 154" in finding.message
    assert (
        "'Contributor ladder with multiple roles for contributors.' and fits that criterion"
        in finding.message
    )
    assert "delete the other" not in finding.message and "rather than deleting either copy" in finding.message


def test_the_copy_that_does_not_fit_is_told_when_it_comes_second() -> None:
    # The ladder's evaluation written under the ladder first, then pasted under "Demonstrate contributor
    # activity and recruitment" (line 180), whose words it does not use.
    text = apply_edits(DD, [(LADDER, LADDER_AND_POLICY), (RECRUITMENT, LADDER_AND_POLICY)])
    (finding,) = duplicates(text)
    assert (finding.rule, finding.severity.label, finding.line) == ("duplicate-content", "warning", 180)
    assert "repeats word for word line 154" in finding.message


def test_a_copy_changed_only_in_a_number_names_both_criteria_and_keeps_both() -> None:
    # Not adapted to either criterion (only the count differs) and fitting neither clearly.
    text = apply_edits(
        DD,
        [(ACTIVE, COMPANIES + "."), (RECRUITMENT, COMPANIES.replace("17 different", "18 different") + ".")],
    )
    (finding,) = duplicates(text)
    assert (finding.rule, finding.severity.label, finding.line) == ("duplicate-content", "warning", 180)
    assert finding.message.startswith(
        "this paragraph, evidence for 'Demonstrate contributor activity and recruitment.', repeats nearly"
    )
    assert "the evidence for 'A number of active maintainers" in finding.message
    assert "point from one to the other" in finding.message


def test_one_word_in_common_tells_neither_criterion() -> None:
    # "roadmap" is a word of both "Roadmap change process is documented." and "Document and maintain
    # a public roadmap …": neither copy is named the misplaced one.
    roadmap = (
        "Our roadmap lives in the community repository. It is reviewed every quarter by the maintainers."
    )
    text = apply_edits(
        DD,
        [
            (
                "- [x] **Roadmap change process is documented.**\n\n",
                "- [x] **Roadmap change process is documented.**\n\n" + roadmap + "\n\n",
            ),
            (
                "- [x] **Document and maintain a public roadmap or other forward looking planning document or tracking mechanism.**\n\n",
                "- [x] **Document and maintain a public roadmap or other forward looking planning document or tracking mechanism.**\n\n"
                + roadmap
                + "\n\n",
            ),
        ],
    )
    (finding,) = duplicates(text)
    assert (finding.rule, finding.severity.label, finding.line) == ("duplicate-content", "warning", 209)
    assert finding.message.startswith("this paragraph, evidence for 'Document and maintain a public roadmap")
    assert "point from one to the other" in finding.message


def test_a_copy_under_one_criterion_is_still_a_paste() -> None:
    # The same paragraph twice under one criterion: the usual advice.
    text = apply_edits(DD, [(LADDER, LADDER_AND_POLICY + "\n\n" + LADDER_AND_POLICY)])
    (finding,) = duplicates(text)
    assert (finding.rule, finding.severity.label, finding.line) == ("duplicate-content", "warning", 156)
    assert finding.message.endswith("keep one and delete the other")


ADOPTION = (
    "### Adoption Evaluation\n\n"
    "The adopter interviews reflect a project in use for the level which the project applied."
)


def sections(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text, "examplo-dd.md").findings
        if f.rule in ("missing-section", "empty-section")
    ]


def test_an_empty_heading_of_another_name_where_a_missing_section_belongs_is_one_finding() -> None:
    # The DD's Adoption Evaluation left out, the application's "Adoption Assertion" heading left
    # empty in the summary after the Final Assessment.
    start = DD.index("### Adoption Evaluation")
    end = DD.index("### Final Assessment")
    text = DD[:start] + DD[end:]
    text = text.replace(
        "satisfied the criteria for Incubation.\n",
        "satisfied the criteria for Incubation.\n\n### Adoption Assertion\n",
        1,
    )
    assert sections(text) == [("missing-section", "warning", 28)]
    (finding,) = [f for f in lint_text(text, "examplo-dd.md").findings if f.rule == "missing-section"]
    assert "(also: the empty 'Adoption Assertion' heading at line 32 may be meant for it)" in finding.message


def test_an_empty_heading_outside_the_section_the_missing_one_belongs_in_stays_apart() -> None:
    # The same empty "Adoption Assertion" heading, but at the end of Application Process Principles:
    # not where the summary's Adoption Evaluation belongs, so a problem of its own.
    start = DD.index("### Adoption Evaluation")
    end = DD.index("### Final Assessment")
    text = DD[:start] + DD[end:]
    text = text.replace(
        "\n## Governance and Maintainers\n", "\n### Adoption Assertion\n\n## Governance and Maintainers\n", 1
    )
    assert sections(text) == [("missing-section", "warning", 28), ("empty-section", "warning", 70)]
