"""A GTR's structure as the project left it: the day's and section's headings lost above their
questions; the level read from the project's title when the template's is kept above it."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_FACTS

FIELDS = GTR_FACTS

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
        ("unanswered-question", "warning", 19),  # Usability keeps 2 of its 3 questions: the third is missing
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


DAY1_HEAD = (
    "# General Technical Review - Kestrel / Incubation\n\n"
    + FIELDS
    + """
## Day 1 \\- Installation and Deployment Phase

### Project Installation and Configuration

  * Describe what project installation and configuration look like.

    Kestrel installs with its Helm chart; the values are documented in the chart's README.

### Project Enablement and Rollback

  * How can this project be enabled or disabled in a live cluster? Please describe any downtime required of the control plane or nodes.

  Installing or removing the chart needs no downtime of the control plane or nodes.

  * Describe how enabling the project changes any default behavior of the cluster or running workloads.
"""
)

DAY1_TAIL = """
  * Describe how the project tests enablement and disablement.

  The end-to-end suite installs and uninstalls the chart on every pull request.

  * How does the project clean up any resources created, including CRDs?

  `helm uninstall` removes the controllers; the CRDs are removed with `kubectl delete crd -l app=kestrel`.
"""


def test_an_answer_written_under_headings_of_its_own_answers_the_question() -> None:
    # The answer pasted in with its own H3 headings, at the level of the template's sections.
    text = (
        DAY1_HEAD
        + """
  ### Zero Default Behavior Changes.
  - Kestrel does not modify existing Pods or APIs; it only adds the `BatchJob` CRD.
  ### Explicit Use of Kestrel.
  - Only Pods that name the kestrel scheduler are scheduled by it.
"""
        + DAY1_TAIL
    )
    assert findings(text) == [
        ("unanswered-question", "warning", 1),  # Day 0 never written
        ("unanswered-question", "warning", 10),  # Day 1's Rollout section never written
    ]


def test_a_question_left_bare_before_a_heading_of_the_authors_is_still_unanswered() -> None:
    # The heading opens a part of the author's own after the section's last question: nothing of
    # the section follows it, so it is no answer.
    bare = (
        DAY1_HEAD
        + "\n  Enabling it changes nothing of the defaults: it only adds the `BatchJob` CRD.\n"
        + DAY1_TAIL.split("  `helm uninstall`")[0]
        + "\n### Benchmarks\n\nKestrel schedules 10,000 jobs a minute on a 100-node cluster.\n"
    )
    assert findings(bare) == [
        ("unanswered-question", "warning", 1),  # Day 0 never written
        ("unanswered-question", "warning", 10),  # Day 1's Rollout section never written
        ("unanswered-question", "warning", 32),  # clean-up: the heading below it opens a part of its own
    ]
    # A heading right after a bare question and then the next question: the heading answers nothing.
    headed = DAY1_HEAD + "\n### Default behaviour\n" + DAY1_TAIL
    assert findings(headed) == [
        ("unanswered-question", "warning", 1),
        ("unanswered-question", "warning", 10),
        ("unanswered-question", "warning", 24),  # default behaviour: nothing written under it
    ]
