"""A GTR's structure as the project left it: the day's and section's headings lost above their
questions; the level read from the project's title when the template's is kept above it."""

from __future__ import annotations

from applint.engine import lint_text

FIELDS = """- **Project:** Kestrel
- **Project Version:** 2.3
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-03-01
- **Template Version:** v1.0
- **Description:** Kestrel schedules batch jobs on Kubernetes.
"""

USABILITY = """### Usability

- How should the target personas interact with your project?

  Through the kestrel CLI and the Helm chart.

- Describe the user experience (UX) and user interface (UI) of the project.

  A CLI and a read-only dashboard.
"""


def findings(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text).findings
        if f.rule == "unanswered-question"
    ]


def test_lost_day_and_scope_headings_are_one_finding_at_the_first_scope_question() -> None:
    text = (
        "# General Technical Review - Kestrel / Sandbox\n\n"
        + FIELDS
        + "  The roadmap is a project board the maintainers review monthly.\n\n"
        "- Describe the target persona or user(s) for the project?\n\n"
        "  Platform teams running batch work.\n\n"
        "- Explain the primary use case for the project. What additional use cases are supported by the project?\n\n"
        "  Batch scheduling with gang semantics.\n\n" + USABILITY
    )
    assert findings(text) == [
        ("unanswered-question", "warning", 1),  # Day 0's Design, Installation, Security never written
        ("unanswered-question", "warning", 11),  # the first Scope question found, headings lost above it
    ]
    message = [f.message for f in lint_text(text).findings if f.rule == "unanswered-question"][1]
    assert "'Day 0 - Planning Phase' and 'Scope' are missing" in message
    assert "'Describe the roadmap process" in message  # the first question the document lacks
    assert "a GTR for Sandbox" in message


def test_scope_under_its_headings_stays_quiet() -> None:
    text = (
        "# General Technical Review - Kestrel / Sandbox\n\n"
        + FIELDS
        + "\n## Day 0 - Planning Phase\n\n### Scope\n\n"
        "- Describe the target persona or user(s) for the project?\n\n"
        "  Platform teams running batch work.\n\n" + USABILITY
    )
    assert all("are missing above" not in f.message for f in lint_text(text).findings)


def test_the_template_title_above_does_not_hide_the_level_the_projects_title_names() -> None:
    text = (
        "# General Technical Review questions\n\n# General Technical Review - Kestrel / Incubation\n\n"
        + FIELDS
    )
    messages = [f.message for f in lint_text(text).findings if f.rule == "unanswered-question"]
    assert messages and all("Incubation" in m for m in messages)
