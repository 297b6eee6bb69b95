"""A companion document's title against its template's title pattern, and the template's outline
heading left in (template-guidance), with the rule id, severity and line of each finding and the
titles and headings that must stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import Row, rule_rows

_SSA = """{title}

{outline}

### Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases/download/v1.0.0/sbom.json |

### Overview

Kelpie schedules batch jobs across Kubernetes clusters.

### Security functions and features

* Critical. The admission webhook rejects unsigned job specs.

### Secure development practices

Every change is reviewed by two maintainers.
"""


def _rows(text: str, path: str = "self-assessment.md") -> list[Row]:
    return rule_rows(text, "template-guidance", path)


def _messages(text: str, path: str = "self-assessment.md") -> list[str]:
    return [f.message for f in lint_text(text, path).findings if f.rule == "template-guidance"]


def test_a_self_assessment_titled_with_the_kind_alone() -> None:
    for title in ("# Self-assessment", "# Security Self-Assessment", "# CNCF Self Assessment"):
        text = _SSA.format(title=title, outline="")
        assert _rows(text) == [("template-guidance", "info", 1)], title
        (message,) = _messages(text)
        assert "does not name the project" in message and "'[project] Self-assessment'" in message


def test_titles_naming_the_project_stay_quiet() -> None:
    for title in (
        "# Kelpie Self-assessment",
        "# Self-assessment for Kelpie",
        "# CNCF TAG-Security Kelpie Project Self Assessment",
    ):
        assert _rows(_SSA.format(title=title, outline="")) == [], title


def test_the_outline_heading_kept_below_the_title() -> None:
    text = _SSA.format(title="# Kelpie Self-assessment", outline="## Self-assessment outline")
    assert _rows(text) == [("template-guidance", "info", 3)]
    (message,) = _messages(text)
    assert "'Self-assessment outline' is the self-assessment template's own heading" in message


def test_the_older_outlines_h1_stays_quiet() -> None:
    # Older revisions set "# Self-assessment outline" over H2 parts: that revision's structure.
    text = _SSA.format(title="# Kelpie Self-assessment", outline="# Self-assessment outline").replace(
        "\n### ", "\n## "
    )
    assert _rows(text) == []


def test_a_governance_review_keeping_the_templates_title() -> None:
    text = """# Governance Review Template

What follows is a governance review and assessment for the Kelpie project.

## Summary and Assessment

**Status:** Satisfactory

### Must-Fix Items

**The following issues have been identified that need to be resolved before Incubation:**

* None.

### Points of Excellence

* The maintainer ladder is documented and used.

### Areas for Improvement

* Publish the steering committee's meeting notes.
"""
    assert _rows(text, "governance-review.md") == [("template-guidance", "info", 1)]
    named = text.replace("# Governance Review Template", "# Kelpie Governance Review")
    assert _rows(named, "governance-review.md") == []


_GTR = """# {title}

- **Project:** Kestrel
- **Date Updated:** 2026-03-01
{level}
## Day 0 - Planning Phase

### Scope

* Describe the target persona or user(s) for the project?
  Platform teams running batch jobs.

### Usability

* How should the target personas interact with your project?
  Through the kestrel CLI.
"""


def test_a_gtr_title_without_the_level() -> None:
    text = _GTR.format(title="General Technical Review - Kestrel", level="")
    assert _rows(text, "gtr.md") == [("template-guidance", "warning", 1)]
    (message,) = _messages(text, "gtr.md")
    assert "names no level" in message and "'General Technical Review - [Project Name] / [Level]'" in message


def test_a_gtr_naming_its_level_in_the_title_or_header_stays_quiet() -> None:
    assert (
        _rows(_GTR.format(title="General Technical Review - Kestrel / Incubation", level=""), "gtr.md") == []
    )
    assert (
        _rows(_GTR.format(title="General Technical Review - Kestrel / Incubating", level=""), "gtr.md") == []
    )
    header = _GTR.format(title="General Technical Review - Kestrel", level="- **Level:** Sandbox\n")
    assert _rows(header, "gtr.md") == []
