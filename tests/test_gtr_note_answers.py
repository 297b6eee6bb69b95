"""A GTR question whose whole answer is a note to the author ("**TODO (Maintainers):** describe …",
"**TBD:**", a list of TODO items) is not answered yet (unanswered-question, error, at the note):
one finding per question, not one per TODO line, and no todo-marker finding for those notes. A
note beside an answer stays todo-marker's; prose, a linked to-do list, a code identifier and a
quoted issue title that mention TODO answer the question."""

from __future__ import annotations

from applint.engine import lint_text

RULES = ("unanswered-question", "todo-marker")


def gtr(scope: str, level: str = "Incubation", day2: str = "") -> str:
    return f"""# General Technical Review - Kelpie / {level}

- **Project:** Kelpie
- **Website:** https://kelpie.io

## Day 0 - Planning Phase

### Scope

{scope}
### Usability

Kelpie has a CLI and a Helm chart; its users are platform engineers.

### Design

The design follows the operator pattern.

### Installation

Helm install, then `kelpie check`.

### Security

The self-assessment is at docs/security/self-assessment.md.

## Day 1 - Installation and Deployment Phase

### Project Installation and Configuration

A Helm chart with documented values.

### Project Enablement and Rollback

Scale the controller to zero.

### Rollout, Upgrade and Rollback Planning

CI upgrades from the previous two minor releases.
{day2}"""


def found(text: str) -> list[tuple[str, str, int | None, int | None]]:
    report = lint_text(text, "gtr.md")
    return [
        (f.rule, f.severity.label, f.line, f.column)
        for f in report.findings
        if f.rule in RULES and "lacks" not in f.message and "missing" not in f.message
    ]


def messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text, "gtr.md").findings if "not answered yet" in f.message]


ROADMAP = (
    "* Describe the roadmap process, how scope is determined for mid to long term features, as well as how "
    "the roadmap maps back to current contributions and maintainer ladder?\n\n"
)
PERSONA = "* Describe the target persona or user(s) for the project?\n\n"
USE_CASE = "* Explain the primary use case for the project. What additional use cases are supported by the project?\n\n"


def test_a_bold_addressed_note_as_the_whole_answer_is_a_question_not_answered_yet() -> None:
    text = gtr(ROADMAP + "**TODO (Maintainers):** describe the roadmap process and link the board.\n\n")
    assert found(text) == [("unanswered-question", "error", 12, 3)]
    assert messages(text) == [
        "Day 0 question not answered yet: the answer to 'Describe the roadmap process, how scope is "
        "determined for mid to long…' is only a note to the author ('TODO (Maintainers)'); write the answer "
        "(or N/A with a brief reason) and delete the note"
    ]


def test_each_label_form_of_a_note_is_read_as_the_whole_answer() -> None:
    scope = (
        ROADMAP
        + "**TODO(maintainers)**: fill in the roadmap process.\n\n"
        + PERSONA
        + "TODO (owner): write the personas.\n\n"
        + USE_CASE
        + "**TBD:**\n\n"
    )
    assert found(gtr(scope)) == [
        ("unanswered-question", "error", 12, 3),
        ("unanswered-question", "error", 16, 1),
        ("unanswered-question", "error", 20, 3),
    ]


def test_a_list_of_todo_items_standing_as_the_answer_is_one_finding_for_the_question() -> None:
    text = gtr(PERSONA + "- TODO: list the personas from the adopter interviews\n- TODO: link the survey\n\n")
    assert found(text) == [("unanswered-question", "error", 12, 3)]
    (message,) = messages(text)
    assert "is only notes to the author (lines 12-13, the first: 'TODO')" in message
    assert message.endswith("and delete the notes")


def test_a_note_written_after_the_question_in_its_own_item() -> None:
    text = gtr("* Describe the target persona or user(s) for the project? TBD\n\n")
    assert found(text) == [("unanswered-question", "error", 10, 59)]


def test_a_note_beside_an_answer_stays_a_note() -> None:
    text = gtr(PERSONA + "Platform engineers running batch jobs.\n\n- TODO: link the adopter survey\n\n")
    assert found(text) == [("todo-marker", "warning", 14, 3)]


def test_todo_as_prose_a_linked_list_code_or_a_quoted_title_answers_the_question() -> None:
    scope = (
        ROADMAP
        + "- [TODO list](https://github.com/kelpie/kelpie/blob/v1.2.0/TODO.md): our roadmap, reviewed each quarter.\n\n"
        + PERSONA
        + "`TODO()` markers are tracked by golangci-lint; our personas are platform engineers.\n\n"
        + USE_CASE
        + '"TODO: support multi-cluster queues" ([#123](https://github.com/kelpie/kelpie/issues/123)) tracks '
        "the additional use case.\n\n"
        + "* Explain which use cases have been identified as unsupported by the project.\n\n"
        + "All TODO items from Incubation were addressed; streaming jobs are unsupported.\n\n"
    )
    assert found(gtr(scope)) == []


def test_a_note_answering_a_day_the_level_does_not_require_stays_a_note() -> None:
    day2 = (
        "\n## Day 2 - Day-to-Day Operations Phase\n\n### Troubleshooting\n\n"
        "* Describe the known failure modes.\n\n**TODO (SIG Ops):** list them.\n"
    )
    text = gtr(PERSONA + "Platform engineers.\n\n", day2=day2)
    assert found(text) == [("todo-marker", "warning", 51, 3)]
    graduation = gtr(PERSONA + "Platform engineers.\n\n", level="Graduation", day2=day2)
    assert [row for row in found(graduation) if row[0] == "todo-marker" or row[1] == "error"] == [
        ("unanswered-question", "error", 51, 3)
    ]
