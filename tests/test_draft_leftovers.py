"""Draft and generator leftovers a reviewer sends back: "(Placeholder)" and "Placeholder text" kept
where the answer belongs, "To be extended." and "It should be extended with …" (todo-marker), an
"Initial Draft" stage (unfilled-field), a link with no text, which renders as nothing
(broken-link), and the template's made-up example project written as the answer
(template-guidance). Each test edits a complete self-assessment as authors write and asserts the
rule, severity and line of each finding, and the places that stay quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.rule_rows import rule_rows
from tests.test_outline_sections import TEXT

_PATH = "self-assessment.md"


def _edited(old: str, new: str) -> str:
    assert old in TEXT
    return TEXT.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # a generator's stand-in kept in a metadata cell
        (
            "| SBOM | https://github.com/kestrel/kestrel/releases |",
            "| SBOM | (Placeholder) |",
            11,
        ),
        ("| SBOM | https://github.com/kestrel/kestrel/releases |", "| SBOM | Placeholder |", 11),
        # after the author's own first sentence
        (
            "Kestrel schedules batch jobs on Kubernetes clusters.",
            "Kestrel schedules batch jobs on Kubernetes clusters. Placeholder text.",
            15,
        ),
        # the whole answer a promise, and a draft's note to itself, wrapped inside its paragraph
        ("Kestrel is not documented as meeting any security standard.", "To be extended.", 29),
        (
            "Critical: the controller verifies signed job specs. Security relevant: its namespaced service\naccount.",
            "Critical: the controller verifies signed job specs.\nIt should be extended with the webhook's checks.",
            25,
        ),
    ],
)
def test_draft_notes_are_todo_markers(old: str, new: str, line: int) -> None:
    assert rule_rows(_edited(old, new), "todo-marker", _PATH) == [("todo-marker", "warning", line)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheduler API should be extended to cover quotas in a later release.",
        "Its placeholder values in the Helm chart are replaced at install time.",
        "The webhook shows placeholder names in its dry-run output.",
    ],
)
def test_the_words_in_the_authors_own_sentences_stay_quiet(sentence: str) -> None:
    text = _edited(
        "Kestrel schedules batch jobs on Kubernetes clusters.",
        f"Kestrel schedules batch jobs on Kubernetes clusters. {sentence}",
    )
    assert rule_rows(text, "todo-marker", _PATH) == []


_STAGED = """# Kelpie Security Self-Assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | {stage} |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases |

## Overview

Kelpie schedules batch jobs across Kubernetes clusters.

### Background

Kelpie runs batch jobs for research groups.

### Actors

The controller and the webhook.

### Actions

The webhook checks each job spec's signature.

### Goals

Keep job specs unaltered.

### Non-goals

Kelpie does not sandbox the workloads.
"""


@pytest.mark.parametrize("stage", ["Initial Draft", "First draft", "Draft"])
def test_an_initial_draft_stage_is_unfinished(stage: str) -> None:
    text = _STAGED.format(stage=stage)
    assert rule_rows(text, "unfilled-field", _PATH) == [("unfilled-field", "info", 7)]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "unfilled-field"]
    assert f"still says '{stage}'" in finding.message


def test_a_complete_stage_is_quiet() -> None:
    assert rule_rows(_STAGED.format(stage="Complete"), "unfilled-field", _PATH) == []


@pytest.mark.parametrize("brackets", ["[]", "[ ]"])
def test_a_link_with_no_text_is_broken(brackets: str) -> None:
    # "[ ](…)" shows nothing either
    text = _edited(
        "as SECURITY.md says.",
        f"as {brackets}(https://github.com/kestrel/kestrel/blob/main/SECURITY.md) says.",
    )
    assert rule_rows(text, "broken-link", _PATH) == [("broken-link", "error", 39)]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "broken-link"]
    assert finding.column == 72
    assert "has no text between its brackets" in finding.message


def test_an_address_written_alone_shows_itself_and_is_no_link_without_text() -> None:
    text = _edited(
        "as SECURITY.md says.", "as https://github.com/kestrel/kestrel/blob/main/SECURITY.md says."
    )
    assert rule_rows(text, "broken-link", _PATH) == []


def test_an_empty_link_to_a_bare_word_is_a_tool_s_marker_to_delete() -> None:
    # A generator's marker ('[](templateskip)' after a link) shows nothing and opens a page of
    # that name that does not exist: the advice is to delete it, not to write its text.
    text = _edited(
        "as SECURITY.md says.",
        "as SECURITY.md says, built with [opentemplate](https://github.com/open-nudge/opentemplate) "
        "[](templateskip).",
    )
    assert rule_rows(text, "broken-link", _PATH) == [("broken-link", "error", 39)]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "broken-link"]
    assert "'[](templateskip)' has no text and its target is a bare word" in finding.message
    assert "delete it" in finding.message
    # A file beside the document ('SECURITY.md', 'docs/threat-model') is an address: give it text.
    for target in ("SECURITY.md", "docs/threat-model"):
        other = _edited("as SECURITY.md says.", f"as []({target}) says.")
        messages = [f.message for f in lint_text(other, _PATH).findings if f.rule == "broken-link"]
        assert len(messages) == 1 and "write what it opens" in messages[0], (target, messages)


def test_an_image_without_alt_text_and_a_bare_address_are_not_empty_links() -> None:
    text = _edited(
        "Kestrel schedules batch jobs on Kubernetes clusters.",
        "Kestrel schedules batch jobs on Kubernetes clusters.\n\n![](docs/architecture.png)\n\n"
        "Docs: <https://kestrel.dev/docs>",
    )
    assert rule_rows(text, "broken-link", _PATH) == []


def test_an_empty_link_whose_address_is_broken_too_is_one_finding() -> None:
    text = _edited("as SECURITY.md says.", "as [](#) says.")
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "broken-link"]
    assert (finding.severity.label, finding.line) == ("error", 39)
    assert "only '#'" in finding.message


def test_the_templates_example_written_as_the_answer() -> None:
    text = _edited(
        "Ecosystem: Kestrel runs beside Volcano and Kueue.",
        "Ecosystem: Kestrel runs beside Volcano and Kueue.\n\n"
        "Flibber is integrated with both Flocker and Noodles which covers virtualization for 80% of\n"
        "cloud users.",
    )
    rows = rule_rows(text, "template-guidance", _PATH)
    assert rows == [("template-guidance", "warning", 37)]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "template-guidance"]
    assert "'Flibber is integrated with both Flocker …'" in finding.message


def test_the_complete_self_assessment_is_quiet() -> None:
    found = {f.rule for f in lint_text(TEXT, _PATH).findings}
    assert not found & {"todo-marker", "broken-link", "template-guidance", "unfilled-field"}
