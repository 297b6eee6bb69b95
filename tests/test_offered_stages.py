"""A self-assessment's Assessment Stage holding a state the outline does not offer ("Completed",
"Done", "Reviewed"; the outline offers Incomplete, Complete or Obsolete) is one unfilled-field
info at the stage, naming the values offered and, for a word for a finished document, the one it
expects ("Complete"). The offered values, with a note after them or in another case, a Security
Provider answered in a sentence, and the states saying the document is not done (their own
finding) are not told so."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.rule_rows import rule_rows

_PATH = "self-assessment.md"
STAGE = 7  # "| Assessment Stage | Complete |" in SELF_ASSESSMENT_HEAD


def _staged(value: str) -> str:
    return SELF_ASSESSMENT_HEAD.replace("| Assessment Stage | Complete |", f"| Assessment Stage | {value} |")


def _messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text, _PATH).findings if f.rule == "unfilled-field"]


@pytest.mark.parametrize("value", ["Completed", "Done", "Final", "completed (March 2026)"])
def test_a_word_for_finished_is_told_the_outlines_complete(value: str) -> None:
    text = _staged(value)
    assert text.splitlines()[STAGE - 1] == f"| Assessment Stage | {value} |"
    assert rule_rows(text, "unfilled-field", _PATH) == [("unfilled-field", "info", STAGE)]
    assert _messages(text) == [
        f"'Assessment Stage' says '{value}', which is not one of the values the self-assessment template "
        "offers ('Incomplete', 'Complete' or 'Obsolete'): write 'Complete' if the self-assessment is "
        "finished, so that readers and indexes can tell the document's state"
    ]


def test_a_state_of_its_own_is_told_the_outlines_values() -> None:
    text = _staged("Reviewed by TAG Security")
    assert rule_rows(text, "unfilled-field", _PATH) == [("unfilled-field", "info", STAGE)]
    assert _messages(text) == [
        "'Assessment Stage' says 'Reviewed by TAG Security', which is not one of the values the "
        "self-assessment template offers ('Incomplete', 'Complete' or 'Obsolete'): write the one that "
        "applies, so that readers and indexes can tell the document's state"
    ]


@pytest.mark.parametrize(
    "value", ["Complete", "complete", "Complete (point-in-time, self-conducted)", "Obsolete", "Complete."]
)
def test_the_outlines_values_stay_quiet(value: str) -> None:
    assert rule_rows(_staged(value), "unfilled-field", _PATH) == []


def test_a_security_provider_answered_in_a_sentence_stays_quiet() -> None:
    text = SELF_ASSESSMENT_HEAD.replace(
        "| Security Provider | No |",
        "| Security Provider | Kestrel is not a security provider; it relies on the cluster's RBAC. |",
    )
    assert rule_rows(text, "unfilled-field", _PATH) == []


def test_a_state_saying_not_done_keeps_its_own_finding_only() -> None:
    messages = _messages(_staged("Work in progress"))
    assert len(messages) == 1
    assert messages[0].startswith("'Assessment Stage' still says 'Work in progress'")
