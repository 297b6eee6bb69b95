"""Drafting text an author left in a finished document: a date written with letters for what was
not known yet, an answer that only promises one ("To be documented"), a note to check something
before the public pull request, a chat channel in brackets with no address; and (the other way)
the DD summary's slots filled with a single sentence, which are not intros left without items."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING, METADATA_ROWS
from tests.conftest import FIXTURES
from tests.rule_rows import Row, rule_rows
from tests.text_edits import apply_edits


def findings(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule, "doc.md")


SELF_ASSESSMENT = (
    """# Kestrel Security Self-Assessment

**Last Updated:** {date}

## Metadata

"""
    + METADATA_ROWS
    + """| SBOM | Released with each tag |

## Overview

Kestrel schedules batch jobs on Kubernetes. The next security review is planned for Q3 2026.

### Background

Kestrel runs as a controller in the cluster; it was first released in 2021.

## Self-assessment use

This self-assessment is created by the Kestrel team to perform an internal analysis of the
project's security.
"""
)


def test_a_date_left_with_letters_is_a_placeholder_at_its_line() -> None:
    for date in ("2025-XX-XX", "2025-MM-DD", "XX/XX/2025"):
        text = SELF_ASSESSMENT.format(date=date)
        assert findings(text, "placeholder") == [("placeholder", "error", 3)], date
        message = next(f.message for f in lint_text(text, "doc.md").findings if f.rule == "placeholder")
        assert message.startswith(f"unfilled date '{date}' left in") and "the date itself" in message


def test_a_date_in_digits_a_year_or_a_quarter_stays_quiet() -> None:
    for date in ("2025-03-05", "March 2025", "2025", "Q3 2025 (after the 1.4 release)"):
        assert findings(SELF_ASSESSMENT.format(date=date), "placeholder") == [], date


GTR = (
    "# General Technical Review - Kestrel / Incubation\n"
    + GTR_OPENING
    + """  The roadmap is a GitHub project board reviewed monthly by the maintainers. New APIs are to be
  documented before they are released.

### Security

- How are you ensuring the security of the project's default configuration?

  Defaults deny every request the policy does not allow.
  - Policy engine: OPA, loaded at start
  - Example policies: {answer}
  - Audit log: written to stdout
"""
)


def test_an_answer_that_only_promises_one_is_a_note_to_the_author() -> None:
    for answer in ("To be documented", "To be determined.", "**To be documented**"):
        assert findings(GTR.format(answer=answer), "todo-marker") == [("todo-marker", "warning", 25)], answer


def test_to_be_documented_inside_a_sentence_stays_quiet() -> None:
    answer = "the policies are to be documented in the user guide, see the [draft](https://kestrel.dev/p)"
    assert findings(GTR.format(answer=answer), "todo-marker") == []
    assert (
        findings(
            GTR.format(answer="[policies/](https://github.com/kestrel/kestrel/tree/main/policies)"),
            "todo-marker",
        )
        == []
    )


DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
NOTABLES = (
    "- The steering committee caps any one company at half of its seats, and the 2025 election followed the written process.\n"
    "- Maintainers come from four companies and all of them were active in the last six months.\n"
)


def test_a_dd_summary_slot_filled_with_one_sentence_is_not_a_dangling_intro() -> None:
    text = apply_edits(DD, [(NOTABLES, "The project was very responsive to requests for changes.\n")])
    assert findings(text, "dangling-intro") == []


def test_a_dd_summary_slot_followed_by_a_heading_is_still_reported() -> None:
    blockers = (
        "The following actions were provided to the project that were considered blocking but since resolved:\n\n"
        "- [Remove vendor branding from the documentation site](https://github.com/examplo/community/pull/91)\n"
        "- [Record maintainer affiliations in MAINTAINERS.md](https://github.com/examplo/community/pull/95)\n\n"
        "The following recommendations were provided to the project that are non-blocking in the TOC's "
        "assessment but should be completed by the project to ensure continued viability of the project:\n\n"
        "- Plan the joint security assessment with TAG Security and Compliance.\n"
        "- Publish upgrade testing results with each minor release.\n"
    )
    text = apply_edits(
        DD,
        [
            (
                blockers,
                "The following actions were provided to the project that were considered blocking but since resolved:\n",
            )
        ],
    )
    assert findings(text, "dangling-intro") == [("dangling-intro", "warning", 18)]


def test_a_dd_note_to_check_something_before_the_public_pull_request() -> None:
    line = "Jane Doe (@janedoe) and Raj Patel (@rajp) conducted the due diligence of Examplo who applied for Incubation."
    text = apply_edits(
        DD, [(line, line + " Adopter count verified; re-check the badge before the public PR.")]
    )
    assert findings(text, "todo-marker") == [("todo-marker", "warning", 11)]
    # The same check said as what the project does stays quiet.
    text = apply_edits(DD, [(line, line + " The maintainers check every release before publishing it.")])
    assert findings(text, "todo-marker") == []


CHANNELS = """# Kestrel Security Self-Assessment

## Security functions and features

- Communication Channels.
  - Internal: GitHub issues, a private Slack channel and {internal} on CNCF Slack
  - Inbound: [#kestrel on CNCF Slack](https://cloud-native.slack.com/archives/C0000000)
  - Outbound: the [#kestrel-announce](https://cloud-native.slack.com/archives/C0000001) channel
"""


def test_a_chat_channel_in_brackets_with_no_address_is_a_broken_link() -> None:
    text = CHANNELS.format(internal="[#kestrel-dev]")
    assert findings(text, "broken-link") == [("broken-link", "error", 6)]
    finding = next(f for f in lint_text(text, "doc.md").findings if f.rule == "broken-link")
    assert finding.column == 58 and "'[#kestrel-dev]' reads as a link but has no address" in finding.message


def test_a_linked_channel_an_issue_number_or_a_plain_channel_stays_quiet() -> None:
    for internal in (
        "[#kestrel-dev](https://cloud-native.slack.com/archives/C0000002)",
        "#kestrel-dev",
        "the channel of issue [#1234]",
    ):
        assert findings(CHANNELS.format(internal=internal), "broken-link") == [], internal


def test_an_aside_in_brackets_saying_a_document_is_not_there_yet_is_no_link() -> None:
    # "[docs in progress]" says the documents are still being written: there is no address to add.
    for aside in ("[docs in progress]", "[guide coming soon]", "[runbook under construction]"):
        assert findings(CHANNELS.format(internal=aside), "broken-link") == [], aside
    # A document's name in brackets beside it is still a link without an address.
    text = CHANNELS.format(internal="[docs in progress] and the [security policy]")
    assert findings(text, "broken-link") == [("broken-link", "error", 6)]
    finding = next(f for f in lint_text(text, "doc.md").findings if f.rule == "broken-link")
    assert "'[security policy]' reads as a link but has no address" in finding.message


def test_a_note_to_the_author_in_brackets_is_a_todo_not_a_link_with_no_address() -> None:
    # "[TODO: …]" is the author's note (todo-marker says so), not a link whose address was never
    # written: broken-link stays quiet there, and still reports the channel on the same line.
    text = CHANNELS.format(internal="[TODO: name the maintainers' channel] and [#kestrel-dev]")
    assert findings(text, "broken-link") == [("broken-link", "error", 6)]
    finding = next(f for f in lint_text(text, "doc.md").findings if f.rule == "broken-link")
    assert "'[#kestrel-dev]'" in finding.message
    assert findings(text, "todo-marker") == [("todo-marker", "warning", 6)]
    alone = CHANNELS.format(internal="[TBD - the maintainers' channel]")
    assert findings(alone, "broken-link") == []
    assert findings(alone, "todo-marker") == [("todo-marker", "warning", 6)]


def test_tbc_standing_alone_or_opening_a_note_is_a_note_to_the_author() -> None:
    # "TBC" (to be confirmed) as the whole answer, or opening one, as TBD is; not a word inside a
    # name, nor a word in a sentence.
    line = "  - Internal: GitHub issues, a private Slack channel and {internal} on CNCF Slack"
    for internal in ("TBC", "TBC...", "TBC: the maintainers' channel"):
        text = CHANNELS.replace(line, f"  - Internal: {internal}")
        assert findings(text, "todo-marker") == [("todo-marker", "warning", 6)], internal
        assert "'TBC'" in next(
            f.message for f in lint_text(text, "doc.md").findings if f.rule == "todo-marker"
        )
    for quiet in ("#kestrel-tbc-wg", "the TBCx working group's channel"):
        assert findings(CHANNELS.format(internal=quiet), "todo-marker") == [], quiet


def test_tbd_opening_a_line_or_a_table_cell_with_the_reason_after_it_is_a_note_to_the_author() -> None:
    # "TBD after discussion with the maintainers" as a cell's or an item's whole text: the answer is
    # still to be written, whatever the words after it say; not "TBD items are tracked …" (the list's
    # name), nor TBD inside a sentence.
    line = "  - Internal: GitHub issues, a private Slack channel and {internal} on CNCF Slack"
    text = CHANNELS.replace(line, "  - Internal: TBD after discussion with the maintainers")
    assert findings(text, "todo-marker") == [("todo-marker", "warning", 6)]
    cell = SELF_ASSESSMENT.replace(
        "| SBOM | Released with each tag |", "| SBOM | TBD after discussion with project maintainers |"
    )
    assert findings(cell, "todo-marker") == [("todo-marker", "warning", 13)]
    for quiet in (
        "TBD items are tracked in the maintainers' board",
        "the channel whose name is TBD after the vote",
    ):
        assert findings(CHANNELS.replace(line, f"  - Internal: {quiet}"), "todo-marker") == [], quiet


def test_an_answer_that_is_only_question_marks_is_a_note_to_the_author() -> None:
    # "??" on a line of its own stands where the answer should be; a question mark in a sentence,
    # or "??" inside one ("why??"), is the author's own punctuation.
    text = CHANNELS.replace(
        "  - Internal: GitHub issues, a private Slack channel and {internal} on CNCF Slack",
        "  - Internal:\n\n    ??",
    )
    assert findings(text, "todo-marker") == [("todo-marker", "warning", 8)]
    for quiet in ("a channel (which one??)", "a channel, or is it a list?"):
        assert findings(CHANNELS.format(internal=quiet), "todo-marker") == [], quiet


# --- the template's hidden prompt written out as text ------------------------------------------------

INCUBATION = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
ADDITIONAL_TEXT = "Examplo joined the CNCF Sandbox in January 2023 and has shipped twelve releases since."
ADDITIONAL_PROMPT = "Provide any additional information you feel is relevant for the TOC in conducting due diligence on this project."


def _own_evidence(number: int) -> str:
    return (
        f"Evidence {number}: see [our document {number}](https://github.com/examplo/community/blob/main/"
        f"doc{number}.md), reviewed by the maintainers in meeting number {number}."
    )


def test_a_templates_hidden_prompt_written_out_as_a_sections_text_shows_on_the_page() -> None:
    shown = INCUBATION.replace(ADDITIONAL_TEXT, ADDITIONAL_PROMPT)
    assert findings(shown, "template-instructions") == [("template-instructions", "warning", 278)]
    message = next(
        f.message for f in lint_text(shown, "doc.md").findings if f.rule == "template-instructions"
    )
    assert message == (
        "the template's prompt 'Provide any additional information you feel is relevant for…' shows as text "
        "(in the template it is a hidden comment): write the project's own text in its place, or delete it"
    )
    # a criterion answered only with the assertion prompt, its comment markers gone: one finding, at it
    prompt_only = apply_edits(INCUBATION, [(_own_evidence(3), "(Project assertion goes here)")])
    assert [row for row in rule_rows(prompt_only, "template-instructions", "doc.md")] == [
        ("template-instructions", "warning", 53)
    ]
    assert rule_rows(prompt_only, "criterion-without-evidence", "doc.md") == []


def test_the_prompt_kept_hidden_or_words_of_the_author_that_say_goes_here_stay_quiet() -> None:
    # the prompt inside its comment (the optional section left as the template wrote it), and the
    # intro the template itself shows ("This template provides the project …", line 6)
    hidden = INCUBATION.replace(ADDITIONAL_TEXT, f"<!-- {ADDITIONAL_PROMPT} -->")
    assert "This template provides the project with a framework" in INCUBATION.splitlines()[5]
    assert findings(hidden, "template-instructions") == []
    own = apply_edits(
        INCUBATION,
        [
            (
                _own_evidence(3),
                "Kelpie's assertion goes here: the maintainers review every change, see the log.",
            )
        ],
    )
    assert findings(own, "template-instructions") == []
