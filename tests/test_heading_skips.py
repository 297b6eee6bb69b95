"""Headings more than one level below the heading before them (heading-level), in every kind of
document: one finding per kind of skip, folded; quiet where the template itself jumps, after a
checklist criterion, under a heading another pass reports, and in DOCX and plain text."""

from __future__ import annotations

from pathlib import Path

from applint.engine import lint_text
from applint.matching.heading_skips import TemplateOutline, skipped_levels, template_jumps
from applint.readers.markdown import read_markdown
from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.rule_rows import rule_rows

_FIXTURES = Path(__file__).parent.parent / "fixtures"
_SA = "self-assessment.md"


def _no_template() -> TemplateOutline:
    return TemplateOutline({}, frozenset())


# A self-assessment's sections whose parts the author set as "####" right under the "##" section
# (lines counted below from the head's own), and an "Actors:" set as "######" under "### Actions".
_SECTIONS = """
### Background

Research teams share clusters; Kestrel queues their jobs fairly.

### Actions

The scheduler admits a job, then the controller starts its pods.

###### Actors:

The scheduler and the controller.

## Security functions and features

#### Critical Security Components of Kestrel

The admission webhook checks every job's owner.

#### Security Relevant Components

Audit logs record each admission.

## Secure development practices

#### Development Pipeline

Every change is reviewed by two maintainers and signed.

#### Communication Channels

The team meets on the #kestrel Slack channel.
"""


def _line(text: str, heading: str) -> int:
    return text.splitlines().index(heading) + 1


def test_every_part_set_a_level_too_deep_is_one_finding_folded() -> None:
    text = SELF_ASSESSMENT_HEAD + _SECTIONS
    findings = [f for f in lint_text(text, _SA).findings if f.rule == "heading-level"]
    first, actors = _line(text, "#### Critical Security Components of Kestrel"), _line(text, "###### Actors:")
    assert [(f.rule, f.severity.label, f.line) for f in findings] == [
        ("heading-level", "warning", actors),
        ("heading-level", "warning", first),
    ]
    folded = findings[1].message
    assert "set with #### right under 'Security functions and features' (##" in folded
    assert "write it (and the headings beside it) with ###" in folded
    assert f"also at line {_line(text, '#### Development Pipeline')}" in folded
    assert "skipping 2 levels with no #### to ##### between" in findings[0].message


def test_headings_one_level_down_and_headings_going_back_up_stay_quiet() -> None:
    text = SELF_ASSESSMENT_HEAD + _SECTIONS.replace("###### ", "#### ").replace("#### ", "### ")
    assert rule_rows(text, "heading-level", _SA) == []


def test_a_skip_below_a_heading_another_pass_reports_is_left_to_that_finding() -> None:
    # "# Appendix" as a second H1 (the template's Appendix is a "##" below the title) is reported;
    # its "###" parts are right once it is a "##", so they get no finding of their own.
    text = (
        SELF_ASSESSMENT_HEAD
        + "\n## Security issue resolution\n\n### Responsible Disclosures Process\n\nReports go to "
        "security@kestrel.dev.\n\n# Appendix\n\n### Known Issues Over Time\n\nNone reported.\n\n"
        "### Case Studies\n\nA research lab runs Kestrel.\n"
    )
    rows = rule_rows(text, "heading-level", _SA)
    assert rows == [("heading-level", "warning", _line(text, "# Appendix"))]


def test_an_application_author_heading_after_a_criterion_is_not_a_skip() -> None:
    # Engineering Principles has no "### Suggested"/"### Required": its criteria sit right under
    # the "##", and the applicant's "####" in a criterion's evidence sits below the criterion.
    text = (_FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text()
    lines = text.splitlines()
    evidence = next(i for i, line in enumerate(lines) if line.startswith("Evidence 31:"))
    lines[evidence:evidence] = ["#### Release cadence", ""]
    assert rule_rows("\n".join(lines) + "\n", "heading-level", "application.md") == []


def test_an_application_heading_skipping_a_level_before_any_criterion_is_reported() -> None:
    text = (_FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text()
    lines = text.splitlines()
    principles = lines.index("## Engineering Principles")
    lines[principles + 1 : principles + 1] = ["", "#### Our release process", "", "We ship every 12 weeks."]
    rows = rule_rows("\n".join(lines) + "\n", "heading-level", "application.md")
    assert rows == [("heading-level", "warning", principles + 3)]


def test_a_due_diligence_adoption_right_under_ecosystem_follows_its_template() -> None:
    # Some DD revisions go from "## Ecosystem" to "#### Adoption" themselves.
    text = (_FIXTURES / "dd" / "incubation-complete.md").read_text()
    lines = text.splitlines()
    ecosystem, adoption = lines.index("## Ecosystem"), lines.index("#### Adoption")
    kept = [*lines[: ecosystem + 1], "", "The TOC interviewed five adopters.", "", *lines[adoption:]]
    assert rule_rows("\n".join(kept) + "\n", "heading-level", "dd.md") == []


def test_the_template_jump_excuses_only_its_own_section() -> None:
    document = read_markdown("# T\n\n## Ecosystem\n\n#### Adoption\n\n## Other\n\n#### Notes\n", "x.md")
    jumps = template_jumps([(("ecosystem", 2), ("adoption", 4), ("other", 2))])
    assert jumps == frozenset({"adoption"})
    skipped = skipped_levels(document, lambda: TemplateOutline({2: "adoption"}, jumps))
    assert [document.blocks[skip.block].text for skip in skipped] == ["Notes"]


def test_an_issue_body_is_checked_as_markdown() -> None:
    text = SELF_ASSESSMENT_HEAD + _SECTIONS
    assert [row[2] for row in rule_rows(text, "heading-level", "-")] == [
        _line(text, "###### Actors:"),
        _line(text, "#### Critical Security Components of Kestrel"),
    ]


def test_plain_text_and_headings_in_code_stay_quiet() -> None:
    document = read_markdown("# Title\n\n```bash\n#### not a heading\n```\n\n## Part\n", "x.md")
    assert skipped_levels(document, _no_template) == ()
    exported = read_markdown("# Title\n\n#### Deep\n", "x.md")
    assert len(skipped_levels(exported, _no_template)) == 1
    from applint.readers.text import read_text

    assert skipped_levels(read_text("Title\n\nDeep part\n\nSome text here.\n", "x.txt"), _no_template) == ()


def test_a_self_assessment_without_the_outline_heading_keeps_the_templates_levels(tmp_path: Path) -> None:
    # The 2024 template's parts are "###" under "## Self-assessment outline"; a draft (and init)
    # leaves that heading out, so "### Table of contents" follows the "#" title: the template's gap.
    from click.testing import CliRunner

    from applint.cli import cli

    path = tmp_path / "self-assessment.md"
    CliRunner().invoke(
        cli, ["init", "--kind", "security-self-assessment", "--project", "Kelpie", "-o", str(path)]
    )
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[2] == "### Table of contents"
    assert rule_rows(text, "heading-level", _SA) == []
    # An author's own heading two levels under a part is still a skip.
    lines = text.splitlines()
    metadata = lines.index("### Metadata")
    lines[metadata + 1 : metadata + 1] = ["", "##### Our notes", "", "Kept in the repository."]
    assert rule_rows("\n".join(lines) + "\n", "heading-level", _SA) == [
        ("heading-level", "warning", metadata + 3)
    ]
