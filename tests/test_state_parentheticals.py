"""An upper-case flag in parentheses right after a name in running text ("keycloak-operator - operator
for kubernetes (WIP)") gives the state of the thing named, not of the document: todo-marker leaves
it alone. The same flag in a heading, opening a section's text ("[WIP] …", "WIP: …") or after a
word naming the document itself ("this section (WIP)") is still a note to the author.

Each test edits a fixture the way authors write (a list of repositories, a sentence, an HTML table
exported from Google Docs) and asserts every todo-marker finding (rule, severity, line, column)
and that the status lines stay quiet.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
APPLICATION = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
ACTORS = "The scheduler and the agents run in separate namespaces with their own service accounts."
REPOSITORIES = (
    ACTORS
    + "\n\nRepositories:\n\n"
    + "- https://github.com/kelpie/kelpie - main repository\n"
    + "- https://github.com/kelpie/kelpie-operator - operator for Kubernetes (WIP)\n"
    + "- https://github.com/kelpie/charts - Helm chart (beta) and the **kelpie-dashboard** (WIP)\n"
    + "\nThe agents report to the scheduler through its gRPC API and shows them in its web console (WIP).\n"
)
HTML_ROWS = (
    ACTORS
    + "\n\n<table>\n  <tr>\n   <td>Software Repositories\n   </td>\n"
    + '   <td><a href="https://github.com/kelpie/kelpie-operator">kelpie-operator</a> - operator for kubernetes (WIP)\n'
    + "   </td>\n  </tr>\n</table>\n"
)


def todo_rows(text: str, name: str = "self-assessment.md") -> list[tuple[str, str, int, int | None]]:
    return [
        (f.rule, f.severity.label, f.line, f.column)
        for f in lint_text(text, name).findings
        if f.rule == "todo-marker"
    ]


def quiet_between(text: str, first: int, last: int, name: str = "self-assessment.md") -> bool:
    return not any(f.line is not None and first <= f.line <= last for f in lint_text(text, name).findings)


def test_a_flag_after_a_named_component_is_its_state() -> None:
    text = apply_edits(SSA, [(ACTORS, REPOSITORIES)])
    assert lint_text(text, "self-assessment.md").document_kind == "security-self-assessment"
    assert todo_rows(text) == []
    assert quiet_between(text, 33, 39)


def test_a_flag_in_an_html_table_cell_is_the_state_of_the_repository_it_lists() -> None:
    text = apply_edits(SSA, [(ACTORS, HTML_ROWS)])
    assert todo_rows(text) == []
    assert quiet_between(text, 33, 41)


def test_a_flag_in_a_heading_or_opening_the_text_is_still_a_note() -> None:
    text = apply_edits(
        SSA,
        [
            ("### Goals", "### Goals (WIP)"),
            (ACTORS, REPOSITORIES + "\n[WIP] the threat model is being rewritten by the maintainers.\n"),
            (
                "## Security issue resolution\n",
                "## Security issue resolution\n\nWIP: describe the incident response.\n\n"
                "This section (WIP) follows the template.\n",
            ),
        ],
    )
    assert todo_rows(text) == [
        ("todo-marker", "warning", 41, 2),
        ("todo-marker", "warning", 44, 12),
        ("todo-marker", "warning", 57, 1),
        ("todo-marker", "warning", 59, 15),
    ]
    assert quiet_between(text, 33, 39)


def test_an_application_keeps_a_named_component_s_state_and_reports_a_note() -> None:
    evidence = "reviewed by the maintainers in meeting number 20."
    later = "reviewed by the maintainers in meeting number 21."
    text = apply_edits(
        APPLICATION,
        [
            (evidence, evidence + " The examplo-operator repository holds the Kubernetes operator (WIP)."),
            (later, later + " (WIP) the cross-links are being added."),
        ],
    )
    assert todo_rows(text, "application.md") == [("todo-marker", "warning", 137, 145)]
    assert quiet_between(text, 131, 135, "application.md")
