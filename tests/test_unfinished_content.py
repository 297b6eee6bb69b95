"""Content left unfinished the way authors leave it: a to-do written as a list item or after a
sentence (todo-marker), a field's value copied as a pattern with its placeholders (placeholder),
a sentence that stops before what it names (unfinished-sentence). Each test asserts the rule,
severity and line of every finding, and the places that must stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import Row, rule_rows
from tests.test_outline_prompts import HEAD
from tests.test_review_reading import DD, lint

Found = list[Row]


def found(text: str, rule: str) -> Found:
    return rule_rows(text, rule, "case.md")


def line_of(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# --- todo-marker: a note opening a line or set off by a dash ------------------------------------


def test_a_todo_as_a_list_item_or_after_a_sentence_is_a_note() -> None:
    text = HEAD.replace(
        "Kestrel schedules batch jobs on Kubernetes clusters.",
        "Kestrel schedules batch jobs on Kubernetes clusters.\n\n"
        "* **Scoped Permissions:** the agent runs with the least privilege it needs. - TODO remove agent\n"
        "* TODO describe the admission webhook\n"
        "* All TODO items from the 2024 review are closed.\n\n"
        "TODO items are tracked in the project board.",
    )
    assert found(text, "todo-marker") == [
        ("todo-marker", "warning", line_of(text, "* **Scoped Permissions:**")),
        ("todo-marker", "warning", line_of(text, "* TODO describe")),
    ]


# --- placeholder: a field's value copied as a pattern -------------------------------------------


def test_a_metadata_value_with_path_placeholders_or_a_ci_expression_is_a_placeholder() -> None:
    sbom = (
        "| SBOM | `https://github.com/<username>/<repository>/releases/tag/<release-tag>/"
        "kestrel-${{ steps.meta.outputs.tag }}-sbom.spdx` |"
    )
    text = HEAD.replace("| SBOM | https://github.com/kestrel/kestrel/releases |", sbom)
    assert found(text, "placeholder") == [("placeholder", "error", line_of(text, "| SBOM |"))]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "placeholder"]
    assert message.startswith(
        "the 'SBOM' value still holds placeholders '<username>', '<repository>', '<release-tag>', '${{ … }}'"
    )
    # A real link, and angle brackets that stand for no part of a path, stay quiet.
    quiet = HEAD.replace("| Languages | Go |", "| Languages | Go <br> Shell |")
    assert found(HEAD, "placeholder") == [] and found(quiet, "placeholder") == []


# --- unfinished-sentence: a verb left without its object ----------------------------------------


def test_evidence_that_stops_at_includes_is_an_unfinished_sentence() -> None:
    sentence = (
        "[SECURITY_TEAM.md](https://github.com/examplo/community/blob/main/SECURITY_TEAM.md) names the "
        "response team and the triage steps."
    )
    assert lint(DD, (sentence, "The SECURITY.md file includes")) == [
        ("unfinished-sentence", "warning", 240, None)
    ]
    # The same verb with its object is no finding (SECURITY.md is linked earlier in the document).
    assert lint(DD, (sentence, "The SECURITY.md file includes the response team and the triage steps.")) == []


# --- todo-marker: a note about the filing left at the top of a due diligence ---------------------


def test_a_status_line_naming_the_filings_next_step_is_a_note_and_a_plain_status_is_not() -> None:
    title = DD.splitlines()[0]
    note = "**Status:** Complete — ready for public comment PR to [cncf/toc](https://github.com/cncf/toc)."
    assert lint(DD, (title, f"{title}\n\n{note}")) == [("todo-marker", "warning", 3, 3)]
    (message,) = [f.message for f in lint_text(DD.replace(title, f"{title}\n\n{note}", 1)).findings]
    assert message.startswith(
        "a note about the filing's next step ('Status: Complete — ready for public comment PR')"
    )
    assert lint(DD, (title, f"{title}\n\n**Status:** Complete.")) == []
