"""Notes to the author set as inline code (`todo insert links`): a code span whose whole text
reads as a note is reported by todo-marker, at the span, with what it asks for; a code span that
is code (`TODO()`, `// TODO: fix`, `todo.txt`, a flag) stays quiet, in prose and in fenced code.

Each test edits a document the way authors write and asserts every todo-marker finding (rule,
severity, line, column), so the places that must stay quiet are asserted too.
"""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from applint.text.code_notes import asked_content, is_code_note
from tests.conftest import FIXTURES
from tests.test_review_reading import GRAD, evidence
from tests.text_edits import apply_edits

SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
OVERVIEW = "Kelpie schedules batch jobs across Kubernetes clusters."  # line 21 of SSA
ACTORS = "The scheduler and the agents run in separate namespaces with their own service accounts."  # line 31

Found = list[tuple[str, str, int | None, int | None]]


def todo_markers(base: str, *edits: tuple[str, str]) -> Found:
    text = apply_edits(base, edits)
    return [
        (f.rule, f.severity.label, f.line, f.column)
        for f in lint_text(text, "case.md").findings
        if f.rule == "todo-marker"
    ]


def messages(base: str, *edits: tuple[str, str]) -> list[str]:
    text = apply_edits(base, edits)
    return [f.message for f in lint_text(text, "case.md").findings if f.rule == "todo-marker"]


def test_the_base_documents_hold_no_note() -> None:
    assert todo_markers(SSA) == []
    assert todo_markers(GRAD) == []


@pytest.mark.parametrize(
    ("written", "column"),
    [
        (f"{OVERVIEW} `todo insert architecture diagram`", 58),  # after a sentence
        ("`todo add architecture image`", 2),  # a paragraph of its own, as a placeholder
        (f"{OVERVIEW} For logging, please visit the appropriate `TODO insert link`", 100),
        ("1. [Breakdown of Access and Tokens]()`todo insert links`", 39),  # glued to a link
        ("`TBD: add the audit report link`", 2),
        ("`insert image here`", 2),  # no marker word: an instruction asking for content
        ("- `fill in the threat model`", 4),  # a list item
        ("`Link here`", 2),
    ],
)
def test_a_code_span_that_reads_as_a_note_is_one(written: str, column: int) -> None:
    assert todo_markers(SSA, (OVERVIEW, written)) == [("todo-marker", "warning", 21, column)]


def test_the_message_names_what_the_note_asks_for() -> None:
    assert messages(SSA, (OVERVIEW, "`todo insert architecture diagram`")) == [
        "note to the author `todo insert architecture diagram` left in (set as code, it still "
        "shows in the document); replace it with the architecture diagram it asks for"
    ]


def test_each_note_on_its_own_line_is_one_finding_and_lines_of_an_issue_body_too() -> None:
    written = f"{OVERVIEW}\n`todo insert links`\n\n`todo add architecture image`"
    assert todo_markers(SSA, (OVERVIEW, written)) == [
        ("todo-marker", "warning", 22, 2),
        ("todo-marker", "warning", 24, 2),
    ]


@pytest.mark.parametrize(
    "code",
    [
        "`TODO()`",
        "`// TODO: fix`",
        "`todo.txt`",
        "`kubectl get jobs --todo`",
        "`--todo`",
        "`add_header`",
        "`addUser`",
        "`todo`",  # one word: a name, not a note
        "`Add Member`",  # a button of the product, not content the document lacks
        "`add registry`",
        "`insert into jobs values (1)`",
        "`TODO: see https://example.com/x`",
    ],
)
def test_code_spans_that_are_code_stay_quiet(code: str) -> None:
    assert todo_markers(SSA, (ACTORS, f"{ACTORS} Operators run {code} to check it.")) == []


def test_a_note_in_a_fenced_code_block_stays_quiet() -> None:
    fenced = f"{ACTORS}\n\n```\n// TODO insert links\ntodo insert architecture diagram\n```"
    assert todo_markers(SSA, (ACTORS, fenced)) == []


def test_a_bare_marker_set_as_code_is_read_with_its_prose_as_before() -> None:
    # "| SBOM | `TBD` |": a lone marker word is read by the prose finder, as it always was
    assert todo_markers(SSA, ("| SBOM | |", "| SBOM | `TBD` |")) == [("todo-marker", "warning", 11, 11)]


def test_a_code_note_under_a_ticked_criterion_names_the_criterion() -> None:
    found = todo_markers(GRAD, (evidence(1), f"{evidence(1)} `todo insert the TAG presentation link`"))
    assert found == [("todo-marker", "warning", 39, 141)]
    assert (
        "Engage with domain-specific TAG"
        in messages(GRAD, (evidence(1), f"{evidence(1)} `todo insert the TAG presentation link`"))[0]
    )


def test_code_in_an_application_stays_quiet() -> None:
    written = f"{evidence(1)} Run `applint check --todo app.md` or `TODO()` in the `todo.txt` file."
    assert todo_markers(GRAD, (evidence(1), written)) == []


@pytest.mark.parametrize(
    ("span", "asked"),
    [
        ("todo insert links", "links"),
        ("TODO: add architecture image", "architecture image"),
        ("insert image here", "image"),
        ("TBD", ""),
    ],
)
def test_what_a_note_asks_for(span: str, asked: str) -> None:
    assert asked_content(span) == asked


def test_prose_set_as_code_is_no_note() -> None:
    assert not is_code_note(
        "all TODO items from incubation have been addressed in full by the maintainers now"
    )
    assert not is_code_note("Add")
    assert is_code_note("FIXME: write the threat model")
