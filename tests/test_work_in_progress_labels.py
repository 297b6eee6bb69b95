"""A "WIP:" label on an item of a list of the project's features (a feature being built) is the
project's own account, not a note to the author; "WIP: add …" and a bare "WIP" still are notes.

Each test edits the self-assessment fixture the way authors write lists of security features and
asserts every todo-marker finding (rule, severity, line, column) and that the feature lines stay
quiet.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
ACTORS = "The scheduler and the agents run in separate namespaces with their own service accounts."
FEATURES = (
    ACTORS
    + "\n\nSecurity features of the deployment:\n\n"
    + "- Reduced volume mount points\n"
    + "- Component TLS communication\n"
    + "  - Seccomp profile\n"
    + "- WIP: Protecting Kelpie through Kelpie\n"
    + "- WIP: Policy enforcement for the agents' sidecars\n"
)


def todo_rows(text: str) -> list[tuple[str, str, int, int | None]]:
    report = lint_text(text, "self-assessment.md")
    assert report.document_kind == "security-self-assessment"
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule == "todo-marker"]


def feature_lines_quiet(text: str) -> bool:
    return not any(35 <= f.line <= 39 for f in lint_text(text, "self-assessment.md").findings)


def test_features_labelled_wip_are_no_note() -> None:
    text = apply_edits(SSA, [(ACTORS, FEATURES)])
    assert todo_rows(text) == []
    assert feature_lines_quiet(text)


def test_a_wip_asking_for_an_action_or_standing_alone_is_still_a_note() -> None:
    text = apply_edits(
        SSA,
        [(ACTORS, FEATURES + "- WIP: add the network policies here\n- WIP\n- WIP: need to fill this in\n")],
    )
    assert todo_rows(text) == [
        ("todo-marker", "warning", 40, 3),
        ("todo-marker", "warning", 41, 3),
        ("todo-marker", "warning", 42, 3),
    ]
    assert feature_lines_quiet(text)
