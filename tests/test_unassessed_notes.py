"""A self-assessment whose stage says Complete while it still holds notes that parts of it were not
assessed or verified (unfilled-field, at the stage): the notes as authors write them (a sentence
in a bullet's evidence, an aside in parentheses, a heading of open questions), named once; the
project's own state ("not yet supported"), a link to such a heading, an Incomplete stage and a
finished document stay quiet. A stage the template does not offer ("Draft") is named as such."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.rule_rows import rule_rows

STAGE = 7  # "| Assessment Stage | Complete |" in SELF_ASSESSMENT_HEAD

BODY = """
## Secure development practices

- Development pipeline: every pull request needs two maintainer approvals and passes CodeQL.
  The fuzzing job was dropped in 2024 without a stated reason. Not yet assessed whether
  #3760 plans to bring it back.
- Communication channels: issues on GitHub; no separate mailing list is asserted in this
  assessment (not verified — see [Open questions](#open-questions--not-yet-assessed)).

## Appendix

Kestrel has not pursued the OpenSSF Best Practices badge.

## Open questions / not yet assessed

1. Whether #3760 plans to bring the fuzzing job back.
"""


def test_notes_left_in_a_complete_self_assessment_are_one_finding_at_the_stage() -> None:
    text = SELF_ASSESSMENT_HEAD + BODY
    lines = text.splitlines()
    assert lines[STAGE - 1] == "| Assessment Stage | Complete |"
    first = next(n for n, line in enumerate(lines, 1) if "Not yet assessed whether" in line)
    aside = next(n for n, line in enumerate(lines, 1) if "(not verified" in line)
    heading = lines.index("## Open questions / not yet assessed") + 1
    assert rule_rows(text, "unfilled-field", "self-assessment.md") == [("unfilled-field", "warning", STAGE)]
    (finding,) = [f for f in lint_text(text, "self-assessment.md").findings if f.rule == "unfilled-field"]
    assert finding.message == (
        "'Assessment Stage' says 'Complete', but the document still says parts of it were not assessed "
        f"('Not yet assessed whether' (line {first}); also lines {aside} and {heading}): assess them "
        "and remove the notes, or set it to 'Incomplete' until then"
    )
    assert finding.details["notes"] == [first, aside, heading]


def test_the_projects_own_state_and_a_finished_document_stay_quiet() -> None:
    # "not yet supported" says what the software does; the anchor alone is a link, not a note.
    finished = """
## Secure development practices

- Development pipeline: every pull request needs two maintainer approvals and passes CodeQL.
- mTLS between the agents is not yet supported; it is planned for 2.0.
- See [the open questions](#open-questions--not-yet-assessed) of the previous assessment.
"""
    assert rule_rows(SELF_ASSESSMENT_HEAD + finished, "unfilled-field", "self-assessment.md") == []


def test_an_incomplete_stage_over_the_same_notes_is_only_the_stage_finding() -> None:
    text = (SELF_ASSESSMENT_HEAD + BODY).replace(
        "| Assessment Stage | Complete |", "| Assessment Stage | Incomplete |"
    )
    found = [f for f in lint_text(text, "self-assessment.md").findings if f.rule == "unfilled-field"]
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("unfilled-field", "info", STAGE)]
    assert "says 'Incomplete'" in found[0].message and "not assessed" not in found[0].message


def test_a_stage_the_template_does_not_offer_is_named_as_such() -> None:
    # "Draft" is no value of the outline's stage: the finding says so; "Incomplete" is one, and
    # its finding does not.
    written = SELF_ASSESSMENT_HEAD.replace("| Assessment Stage | Complete |", "| Assessment Stage | Draft |")
    found = [f for f in lint_text(written, "self-assessment.md").findings if f.rule == "unfilled-field"]
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("unfilled-field", "info", STAGE)]
    assert found[0].message.startswith(
        "'Assessment Stage' still says 'Draft' ('Draft' is not one of the template's values: "
        "'Incomplete', 'Complete' or 'Obsolete') though every section is written"
    )
    honest = SELF_ASSESSMENT_HEAD.replace(
        "| Assessment Stage | Complete |", "| Assessment Stage | Incomplete |"
    )
    (message,) = [
        f.message for f in lint_text(honest, "self-assessment.md").findings if f.rule == "unfilled-field"
    ]
    assert "template's values" not in message
