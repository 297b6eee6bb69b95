"""The companion templates' own text left in a project's document: the template's title above the
project's, its introduction, its example links, the governance review's Must-Fix milestone phrase."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING
from tests.rule_rows import Row, rule_rows


def findings(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule)


GTR_BODY = (
    GTR_OPENING
    + """  The roadmap is a GitHub project board reviewed monthly by the maintainers.

### Usability

- How should the target personas interact with your project?

  Through the kestrel CLI and the Helm chart.

## Day 1 - Installation and Deployment Phase

### Project Installation and Configuration

- Describe what project installation and configuration look like.

  A Helm chart installs the controller.
"""
)


def test_the_gtr_templates_title_left_above_the_projects_own() -> None:
    text = (
        "# General Technical Review questions\n\nv1.0\n\n# General Technical Review - Kestrel / Sandbox\n"
        + GTR_BODY
    )
    assert findings(text, "template-guidance") == [("template-guidance", "warning", 1)]
    message = next(f.message for f in lint_text(text).findings if f.rule == "template-guidance")
    assert "own title ('General Technical Review questions')" in message


def test_one_title_stays_quiet_even_when_it_is_the_templates_words() -> None:
    assert findings("# General Technical Review - Kestrel / Sandbox\n" + GTR_BODY, "template-guidance") == []
    # The template's outline heading promoted to H1 under a generic title is no second title.
    text = (
        "# Self-assessment\n\n# Self-assessment outline\n\n## Metadata\n\n| | |\n| -- | -- |\n"
        "| Software | https://github.com/kestrel/kestrel |\n\n## Security links\n\nSee SECURITY.md.\n\n"
        "## Overview\n\nKestrel schedules jobs.\n\n## Self-assessment use\n\nKestrel uses it.\n\n"
        "## Security functions and features\n\nRBAC.\n"
    )
    # The one finding is the generic title's naming no project (info), not a second title.
    assert findings(text, "template-guidance") == [("template-guidance", "info", 1)]
    assert "does not name the project" in next(
        f.message for f in lint_text(text).findings if f.rule == "template-guidance"
    )


SELF_ASSESSMENT = """# Kestrel security self-assessment

<!-- TODO Delete the following two paragraphs when complete. -->
{intro}

For a detailed guide with step-by-step discussion and examples, check out the
free Express Learning course provided by Linux Foundation Training &
Certification:
[Security Assessments for Open Source Projects](https://training.linuxfoundation.org/express-learning/security-self-assessments-for-open-source-projects-lfel1005/).

## Metadata

| | |
| -- | -- |
| Software | https://github.com/kestrel/kestrel |
| Languages | Go |

### Security links

| Doc | URL |
| -- | -- |
| Security file | [SECURITY.md](https://github.com/kestrel/kestrel/blob/main/SECURITY.md) |
| Security file | <https://my.security.file> |
| Default and optional configs | https://example.org/config |

## Overview

Kestrel schedules batch jobs on Kubernetes.

## Security functions and features

Kestrel's controller runs with a namespaced service account.
"""

TEMPLATE_INTRO = """The Self-assessment is the initial document for projects to begin thinking
about the security of the project, determining gaps in their security, and
preparing any security documentation for their users. This document is ideal
for projects currently in the CNCF **sandbox** as well as projects that are
looking to receive a joint assessment and currently in CNCF **incubation**."""


def test_the_self_assessment_templates_introduction_left_in() -> None:
    text = SELF_ASSESSMENT.format(intro=TEMPLATE_INTRO)
    # One introduction, one finding: at its first paragraph, naming the training course's too.
    assert findings(text, "template-guidance") == [
        ("template-guidance", "warning", 4),  # "The Self-assessment is the initial document …"
    ]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "template-guidance"]
    assert "('The Self-assessment is the initial document" in message
    assert "also 'For a detailed guide with step-by-step…' (line 10)) is still here: delete them" in message


def test_an_introduction_the_project_made_its_own_stays_quiet() -> None:
    own = TEMPLATE_INTRO.replace("for projects to begin", "for the Kestrel project to begin")
    assert findings(SELF_ASSESSMENT.format(intro=own), "template-guidance") == [
        ("template-guidance", "warning", 10),  # the training course is still the template's
    ]


def test_the_security_links_example_rows_are_placeholders_at_their_lines() -> None:
    text = SELF_ASSESSMENT.format(intro="Kestrel's first self-assessment.")
    found = findings(text, "placeholder")
    # Quiet: the project's own security file row (line 22). The template's two example rows are one
    # leftover table: one finding at the first, naming the other (one per row before).
    assert found == [("placeholder", "error", 23)]
    (finding,) = [f for f in lint_text(text).findings if f.rule == "placeholder"]
    assert "'https://my.security.file'" in finding.message and "security file" in finding.message
    assert (
        finding.details["also_at"] == [24]
        and "'https://example.org/config' left in (line 24)" in finding.message
    )


GOVERNANCE_REVIEW = """# Kestrel Governance Review

## Summary and Assessment

**Status:** Satisfactory

### Executing the Assessment

Two TOC members reviewed the governance documents over two weeks in March.

### Must-Fix Items

**The following issues have been identified that need to be resolved before {milestone}:**

None.

### Points of Excellence

The following aspects of governance are exemplary, and should be considered by other projects:

- A documented maintainer ladder.

[project milestone or other requirement]: https://github.com/cncf/toc/tree/main/process#how-to-apply-to-move-levels
"""


def test_the_must_fix_milestone_phrase_left_in_a_governance_review() -> None:
    text = GOVERNANCE_REVIEW.format(milestone="[project milestone or other requirement]")
    # Quiet: the link reference definition the template carries (line 23).
    assert findings(text, "placeholder") == [("placeholder", "error", 13)]
    wrapped = GOVERNANCE_REVIEW.format(milestone="\n[project milestone or other requirement]")
    assert findings(wrapped, "placeholder") == [("placeholder", "error", 14)]


def test_a_named_milestone_stays_quiet() -> None:
    assert findings(GOVERNANCE_REVIEW.format(milestone="Graduation"), "placeholder") == []
