"""GTR answers that leave out what their question explicitly asks to be given: a link ("Please
provide a link to …", "… and link to any reports.", "Please link to any documentation …") or
figures (resource requirements, load testing results)."""

from __future__ import annotations

from applint.engine import lint_text
from applint.matching.asked_evidence import figures_asked, link_asked

RESEARCH = "**Please describe any completed end user research and link to any reports.**"
LOOSEN = (
    '**How do you recommend users alter security defaults in order to "loosen" the security of the project? '
    "Please link to any documentation the project has written concerning these use cases.**"
)
SELF_ASSESSMENT = "**Please provide a link to the project’s cloud native security self assessment.**"
RESOURCES = "**Describe the project’s resource requirements, including CPU, Network and Memory.**"


def gtr(research: str, resources: str, assessment: str, loosen: str) -> str:
    return f"""# General Technical Review - Kestrel / Sandbox

- **Project:** Kestrel
- **Project Version:** v0.9.2
- **Website:** https://kestrel.dev

## Day 0 - Planning Phase

### Scope

{RESEARCH}

{research}

### Design

{RESOURCES}

{resources}

### Security

{SELF_ASSESSMENT}

{assessment}

{LOOSEN}

{loosen}
"""


LINKED_RESEARCH = (
    "We ran a user survey at KubeCon EU 2025 with 41 respondents; the "
    "[summary](https://github.com/kestrel/community/blob/v1.2.0/research/2025-survey.md) is public."
)
FIGURES = "The controller requests 100m CPU and 128Mi memory; each agent uses about 50Mi."
LINKED_ASSESSMENT = (
    "[Kestrel self-assessment](https://github.com/kestrel/kestrel/blob/v0.9.2/SECURITY_SELF_ASSESSMENT.md)"
)
LINKED_LOOSEN = "Set `agent.tls.insecure: true` for lab clusters; see [Insecure mode](https://kestrel.dev/v0.9/docs/insecure/)."


def findings(text: str) -> list[tuple[str, str, int | None]]:
    report = lint_text(text, "gtr.md")
    return [
        (f.rule, f.severity.label, f.line)
        for f in report.findings
        if "links nothing" in f.message or "gives no number" in f.message
    ]


def messages(text: str) -> list[str]:
    report = lint_text(text, "gtr.md")
    return [
        f.message for f in report.findings if "links nothing" in f.message or "gives no number" in f.message
    ]


def test_answers_that_give_what_their_questions_ask_for_stay_quiet() -> None:
    assert findings(gtr(LINKED_RESEARCH, FIGURES, LINKED_ASSESSMENT, LINKED_LOOSEN)) == []


def test_a_described_loosening_with_no_link_to_its_documentation() -> None:
    loosen = (
        "Operators who need to scrape the agents without TLS can set `agent.tls.insecure: true`, and "
        "clusters without admission webhooks can turn off policy enforcement in the Helm values."
    )
    text = gtr(LINKED_RESEARCH, FIGURES, LINKED_ASSESSMENT, loosen)
    assert findings(text) == [("unanswered-question", "info", 29)]
    assert messages(text) == [
        "the GTR template asks 'Please link to any documentation the project has written concerning these "
        "use cases', and the answer below links nothing: link what it asks for (at a release tag or commit), "
        "or say there is none"
    ]


def test_the_self_assessment_named_but_not_linked_is_a_warning() -> None:
    text = gtr(
        LINKED_RESEARCH, FIGURES, "Kestrel's self-assessment was completed in March 2025.", LINKED_LOOSEN
    )
    assert findings(text) == [("unanswered-question", "warning", 25)]
    assert messages(text)[0].endswith(
        "links nothing: link it (at a release tag or commit), or say there is none"
    )


def test_research_described_without_its_reports_linked() -> None:
    research = "The maintainers interviewed six platform teams in 2024 about their upgrade workflows."
    assert findings(gtr(research, FIGURES, LINKED_ASSESSMENT, LINKED_LOOSEN)) == [
        ("unanswered-question", "info", 13)
    ]


def test_answers_with_nothing_to_link_or_pointing_to_a_link_elsewhere_stay_quiet() -> None:
    # There is nothing to link: said at the start, or in a sentence naming the reports asked for.
    nothing = (
        "Feedback comes from Slack and GitHub issues.\n\n"
        "No formal end user research reports have been published yet."
    )
    not_done = "A TAG Security self-assessment is in progress."
    no_docs = "We do not recommend loosening the defaults; none of them can be turned off."
    assert findings(gtr(nothing, FIGURES, not_done, no_docs)) == []
    # A bare address, a link given above, and an N/A with its reason.
    bare = "https://github.com/kestrel/kestrel/blob/v0.9.2/SECURITY_SELF_ASSESSMENT.md"
    above = "Insecure mode is documented in the installation guide linked above."
    research = "N/A: Kestrel has not run end user research; adopters' feedback comes through GitHub issues."
    assert findings(gtr(research, FIGURES, bare, above)) == []
    # What is asked for is still to come: in the opening sentence, or in one naming it.
    to_come = "We are working on a report to be published in the future."
    later = "We interviewed adopters at KubeCon.\n\nThe report on those interviews will be published in June."
    assert findings(gtr(to_come, FIGURES, not_done, no_docs)) == []
    assert findings(gtr(later, FIGURES, not_done, no_docs)) == []


def test_resource_requirements_answered_with_no_figure() -> None:
    claim = "Kestrel is lightweight; CPU and memory scale with the number of nodes watched."
    text = gtr(LINKED_RESEARCH, claim, LINKED_ASSESSMENT, LINKED_LOOSEN)
    assert findings(text) == [("unanswered-question", "info", 19)]
    assert messages(text) == [
        "the GTR template asks for figures ('resource requirements, including CPU, Network and Memory'), and the "
        "answer below gives no number: state what was measured or is recommended (or link where it is), or say "
        "it has not been measured"
    ]


def test_resource_requirements_in_words_links_or_none_measured_stay_quiet() -> None:
    in_words = "A few hundred millicores of CPU and two hundred megabytes of memory on the largest clusters."
    linked = "See the [sizing guide](https://kestrel.dev/v0.9/docs/sizing/) for measured CPU and memory."
    unmeasured = "We have not measured them yet; the agents have run on small clusters only."
    for answer in (in_words, linked, unmeasured):
        assert findings(gtr(LINKED_RESEARCH, answer, LINKED_ASSESSMENT, LINKED_LOOSEN)) == []


def test_what_a_question_asks_for() -> None:
    # A link offered as one way of answering, or only if there is one, is not asked for.
    assert (
        link_asked("Outline or link to the project’s architecture requirements? Describe how they differ.")
        == ""
    )
    assert link_asked("Describe the release process and link to the release notes, if any.") == ""
    assert link_asked(RESEARCH.strip("*")) == "link to any reports"
    # Figures asked for, and a question asking how they are found, which asks for none.
    assert (
        figures_asked("Describe the load testing that has been performed on the project and the results.")
        == "load testing that has been performed on the project and the results"
    )
    assert (
        figures_asked("How many maintainers review each release?")
        == "How many maintainers review each release"
    )
    assert (
        figures_asked(
            "Describe how the project surfaces project resource requirements for adopters to monitor cloud and "
            "infrastructure costs, e.g. FinOps"
        )
        == ""
    )


def test_an_answer_naming_the_file_is_told_once_by_evidence_without_link() -> None:
    named = "The self-assessment is in SECURITY_SELF_ASSESSMENT.md at the root of the repository."
    report = lint_text(gtr(LINKED_RESEARCH, FIGURES, named, LINKED_LOOSEN), "gtr.md")
    at_answer = [(f.rule, f.severity.label) for f in report.findings if f.line == 25]
    assert at_answer == [("evidence-without-link", "info")]
