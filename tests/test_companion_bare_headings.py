"""Headings of a companion document that show nothing when rendered: nothing under them, or only
HTML comments (the template's outline kept as hidden prompts, a section commented out)."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import SECURITY_LINKS_HEAD
from tests.rule_rows import Row, rule_rows


def findings(text: str, rule: str = "unfilled-section") -> list[Row]:
    return rule_rows(text, rule)


def messages(text: str, rule: str = "unfilled-section") -> dict[int | None, str]:
    return {f.line: f.message for f in lint_text(text).findings if f.rule == rule}


HEAD = SECURITY_LINKS_HEAD

HIDDEN_PROMPTS = (
    HEAD
    + """
## Overview

<!---One or two sentences describing the project -- something memorable and accurate
that distinguishes your project to quickly orient readers who may be assessing
multiple projects.--->

### Background

Kestrel schedules batch jobs on Kubernetes clusters.

### Actors

<!-- These are the individual parts of your system that interact to provide the
desired functionality. -->

#### Controller

Watches Job objects and places them on nodes.

### Git Infrastructure

### Plugins

Plugins run in their own process.

### Actions

<!---These are the steps that a project performs in order
to provide some service or functionality.  These steps are performed by
different actors in the system.-->

### Goals

Only parties holding a key may change the schedule.

## Self-assessment use

<!-- This self-assessment is created by the [project] team to perform an internal analysis of the
project's security.  It is not intended to provide a security audit of [project]. -->

## Security issue resolution

### Responsible Disclosures Process

Reports go to security@kestrel.dev, see [SECURITY.md](https://github.com/kestrel/kestrel/blob/main/SECURITY.md).

### Incident Response

<!--A description of the defined procedures for triage,
  confirmation, notification of vulnerability or security incident, and
patching/update availability.--->
"""
)


def test_sections_holding_only_a_hidden_prompt_or_nothing_are_unfilled_at_their_headings() -> None:
    assert findings(HIDDEN_PROMPTS) == [
        ("unfilled-section", "warning", 19),  # Overview: only the hidden prompt above Background
        ("unfilled-section", "warning", 38),  # Git Infrastructure: nothing before the next ###
        ("unfilled-section", "warning", 44),  # Actions: the hidden prompt, paraphrased line breaks
        ("unfilled-section", "warning", 54),  # Self-assessment use: the template's wording commented out
        ("unfilled-section", "warning", 65),  # Incident Response: a heading of the author's own
    ]
    said = messages(HIDDEN_PROMPTS)
    assert "'Actions' shows nothing when rendered" in said[44]
    assert "('These are the steps that a project performs in order to…')" in said[44]
    assert "inside an HTML comment, which GitHub does not show" in said[44]
    assert "empty heading: write what belongs there, or remove the heading" in said[38]
    assert "'[project]'" in said[54] and "take it out of the comment" in said[54]
    # The outline item's label is the heading already: the prompt is quoted without it.
    assert "('A description of the defined procedures for triage…')" in said[65]


def test_a_prompt_kept_above_subsections_of_the_authors_own_and_written_sections_stay_quiet() -> None:
    # Actors (L29) keeps its hidden prompt above "#### Controller": answered in a subsection.
    # Background, Controller, Plugins, Goals, the section above the disclosures (a divider) and
    # Responsible Disclosures Process hold text.
    lines = {line for _, _, line in findings(HIDDEN_PROMPTS)}
    assert not lines & {25, 29, 34, 40, 50, 59, 61}


def test_images_links_and_dividers_are_content() -> None:
    text = (
        HEAD
        + """
## Overview

Kestrel schedules batch jobs.

### Threat matrix

#### Identity theft

![](docs/identity-theft.png)

### [Threat model](docs/threat-model.md)

## Secure development practices

### Development Pipeline

Every pull request needs two approvals.
"""
    )
    assert findings(text) == []


def test_parts_written_at_the_sections_own_level_are_told_to_go_one_level_deeper() -> None:
    text = (
        HEAD
        + """
## Security Issue Resolution


## Responsible Disclosures Process

Reports go to security@kestrel.dev.

## Incident Response

The security team triages reports within two days.
"""
    )
    assert findings(text) == [("unfilled-section", "warning", 19)]
    assert messages(text)[19] == (
        "'Security Issue Resolution' shows as an empty heading: its parts follow as headings of the "
        "same level ('Responsible Disclosures Process'): make them its subsections, one level deeper"
    )


def test_a_template_section_left_empty_says_what_the_template_asks_there() -> None:
    text = (
        HEAD
        + "\n## Goals\n\nKeys guard writes.\n\n## Non-goals\n\n## Self-assessment use\n\nKestrel's team wrote it.\n"
    )
    assert findings(text) == [("unfilled-section", "warning", 23)]
    assert "the self-assessment template asks: 'Non-goals that a reasonable reader" in messages(text)[23]


def test_a_section_written_inside_a_comment_is_unfilled() -> None:
    text = HEAD + (
        "\n## Project compliance\n\n<!-- Kestrel is not audited against PCI-DSS or ISO 27001 yet;\n"
        "we plan a SOC 2 report next year. -->\n\n## Secure development practices\n\nTwo approvals per change.\n"
    )
    assert findings(text) == [("unfilled-section", "warning", 19)]
    assert "everything under it is inside an HTML comment" in messages(text)[19]
    assert "remove the heading" not in messages(text)[19]  # a template heading stays


def test_an_assessment_stage_left_incomplete() -> None:
    finished = (
        HEAD.replace("| Complete |", "| Incomplete |") + "\n## Overview\n\nKestrel schedules batch jobs.\n"
    )
    assert findings(finished, "unfilled-field") == [("unfilled-field", "info", 7)]
    assert messages(finished, "unfilled-field")[7] == (
        "'Assessment Stage' still says 'Incomplete' though every section is written: set it to "
        "'Complete' when the project has finished the self-assessment, or say what is left"
    )
    draft = HIDDEN_PROMPTS.replace("| Complete |", "| Work in progress |")
    assert findings(draft, "unfilled-field") == [("unfilled-field", "warning", 7)]
    assert "write the sections still left, then set it to 'Complete'" in messages(draft, "unfilled-field")[7]
    # The finished choice is quiet; a stage the template does not list but that says it is done is
    # no unfinished draft, only told the outline's word for it (test_offered_stages).
    assert findings(HEAD, "unfilled-field") == []
    completed = HEAD.replace("| Complete |", "| Completed (2026-03) |")
    assert findings(completed, "unfilled-field") == [("unfilled-field", "info", 7)]
    assert messages(completed, "unfilled-field")[7].startswith(
        "'Assessment Stage' says 'Completed (2026-03)', which is not one of the values the "
        "self-assessment template offers"
    )


def test_notes_to_the_author_in_companion_documents() -> None:
    text = (
        HEAD.replace("| Go |", "| <!-- TODO --> Go, Rust |")
        + """
## Overview

<!-- TODO Delete the following paragraph when complete. -->
Kestrel schedules batch jobs.

| Feature | Link |
| -- | -- |
| Audit logging (WIP) | https://kestrel.dev/audit |

### Background

- **Reviewers:** TBD
- Our backlog tracks TODO items in a public board.
"""
    )
    assert findings(text, "todo-marker") == [
        ("todo-marker", "warning", 10),  # a TODO comment in a metadata cell
        ("todo-marker", "warning", 21),  # a hidden TODO above written text
        ("todo-marker", "warning", 30),  # TBD as a value
    ]
    assert messages(text, "todo-marker")[30] == (
        "note to the author 'TBD' left in; finish the text it marks and delete the note"
    )
    # The template's own comments are not notes: the outline as a hidden prompt, and the
    # governance review's reviewer notes.
    assert findings(HIDDEN_PROMPTS, "todo-marker") == []
    review = (
        "# Kestrel Governance Review\n\n## Executing the Assessment\n\nAna Lima reviewed Kestrel in March 2026.\n\n"
        "<!-- Check that governance is documented to be vendor-neutral, or at least not vendor-specific, including: -->\n"
    )
    assert findings(review, "todo-marker") == []


def test_placeholders_in_a_comment_that_hides_a_sections_only_content() -> None:
    # "Self-assessment use" (L54) is the template's wording commented out: one placeholder
    # finding at its first "[project]" (L56), however many there are.
    assert findings(HIDDEN_PROMPTS, "placeholder") == [("placeholder", "error", 56)]
    assert messages(HIDDEN_PROMPTS, "placeholder")[56] == (
        "template placeholder '[project]' left in the text of 'Self-assessment use', which is inside an "
        "HTML comment (2 times, lines 56–57): take the text out of the comment and replace it with the "
        "project's name"
    )
    # A comment beside the section's written text hides nothing: no finding.
    written = HIDDEN_PROMPTS.replace(
        "## Security issue resolution",
        "Kestrel's maintainers wrote this assessment.\n\n## Security issue resolution",
    )
    assert findings(written, "placeholder") == []


def test_what_an_application_is_told_of_a_linked_self_assessment_counts_the_bare_headings() -> None:
    from applint.matching.companion_walk import read_best
    from applint.readers.markdown import read_markdown
    from applint.templates.companions import latest_companion

    reading = read_best(
        read_markdown(HIDDEN_PROMPTS, "self-assessment.md"), latest_companion("security-self-assessment")
    )
    assert reading.gaps() == ("5 headings with nothing shown under them",)
    finished = read_markdown(HEAD + "\n## Overview\n\nKestrel schedules batch jobs.\n", "self-assessment.md")
    assert read_best(finished, latest_companion("security-self-assessment")).gaps() == ()


APPENDIX = (
    HEAD
    + """
## Overview

Kestrel schedules batch jobs.

## Appendix

<!---* Known Issues Over Time. List or summarize statistics of past vulnerabilities
  with links. If none have been reported, provide data, if any, about your track
record in catching issues in code review or automated testing.-->

### OpenSSF Best Practices

Kestrel holds the [passing badge](https://www.bestpractices.dev/projects/4242).

<!---* Case Studies. Provide context for reviewers by detailing 2-3 scenarios of
  real-world use cases.
* Related Projects / Vendors. Reflect on times prospective users have asked
  about the differences between your project and projectX.-->
"""
)


def test_outline_parts_left_only_as_hidden_prompts_in_a_written_section() -> None:
    assert findings(APPENDIX) == [("unfilled-section", "warning", 25), ("unfilled-section", "warning", 33)]
    said = messages(APPENDIX)
    assert said[25] == (
        "'Appendix' leaves out the self-assessment template's 'Known Issues Over Time': its prompt is only "
        "inside an HTML comment ('List or summarize statistics of past…'), which GitHub does not show: "
        "answer it in the section (or say there is nothing to report)"
    )
    assert "'Case Studies' and 'Related Projects / Vendors': their prompts are" in said[33]


def test_a_hidden_prompt_whose_part_the_section_answers_stays_quiet() -> None:
    answered = APPENDIX.replace(
        "### OpenSSF Best Practices",
        "### Known issues\n\nTwo advisories since 2024, both fixed within a week.\n\n### OpenSSF Best Practices",
    ).replace(
        "Kestrel holds the",
        "Case studies: Acme runs Kestrel on 400 nodes. Related projects: Volcano. Kestrel holds the",
    )
    assert findings(answered) == []


def test_text_with_a_link_hidden_in_a_comment_of_a_written_section() -> None:
    text = (
        HEAD
        + """
## Overview

Kestrel schedules batch jobs.

<!-- Our threat model: https://github.com/kestrel/kestrel/blob/main/docs/threat-model.md -->

<!---*This section of the security self-assessment is used to describe anything built into your project.
Reference:
https://training.linuxfoundation.org/express-learning/security-self-assessments-for-open-source-projects-lfel1005/
--->

## Project compliance

<!-- Kestrel is audited yearly, see https://kestrel.dev/audit -->
"""
    )
    assert findings(text, "hidden-evidence") == [("hidden-evidence", "warning", 23)]
    assert messages(text, "hidden-evidence")[23] == (
        "text written for this document is inside an HTML comment ('<!-- Our threat model… -->', linking "
        "https://github.com/kestrel/kestrel/blob/main/docs/threat-mod…): readers of the self-assessment "
        "will not see it on GitHub; move it out of the comment (or delete the comment if it is no longer meant)"
    )
    # The template's course link (L25) is the template's; the section commented out whole (L32) is
    # unfilled-section's, at its heading.
    assert findings(text) == [("unfilled-section", "warning", 30)]


def test_a_sections_text_under_headings_set_above_its_level_is_a_heading_level_finding() -> None:
    text = (
        HEAD
        + """
## Project compliance

# Security and Vulnerability Management:

# Vulnerability Reporting:
Reports go to security@kestrel.dev and get an answer within two days.

# Continuous Monitoring:
Dependabot and a nightly scan watch every dependency.

## Secure development practices

Every change is reviewed by two maintainers.
"""
    )
    # the section's text sits under three H1s of the author's: one heading-level finding at the first,
    # no "nothing is written under 'Project compliance'"
    assert findings(text) == []
    assert findings(text, "heading-level") == [("heading-level", "warning", 21)]
    assert messages(text, "heading-level")[21] == (
        "'Security and Vulnerability Management:' and 2 more headings after it are set with #, above "
        "'Project compliance' (##) just before them: 'Project compliance' ends there and shows as an empty "
        "section, and the text under them reads as top-level parts; write them with ### so they sit under "
        "'Project compliance'"
    )


def test_an_empty_section_before_an_h1_of_the_authors_with_nothing_under_it_stays_unfilled() -> None:
    text = HEAD + "\n## Project compliance\n\n# Notes\n\n## Secure development practices\n\nReviewed twice.\n"
    # nothing shows under the H1 either: the section is empty, and no heading holds its text
    assert findings(text) == [("unfilled-section", "warning", 19)]
    assert findings(text, "heading-level") == []


def test_the_authors_title_right_above_the_templates_own_is_the_documents_title() -> None:
    text = (
        HEAD.replace(
            "# Kestrel Security Self-assessment\n",
            "# Kestrel Security Self-assessment\n\n# Self-assessment\n\n# Self-assessment outline\n",
        )
        + "\n## Project compliance\n\n# Vulnerability Reporting:\nReports get an answer within two days.\n"
    )
    # the template's own title (line 3) sits below the document's (line 1), so the H1 further down
    # (25) is a heading set above 'Project compliance', not the document's title; the template's
    # "# Self-assessment outline" (5) is a further H1 below the title, reported on its own
    assert findings(text, "heading-level") == [
        ("heading-level", "warning", 5),
        ("heading-level", "warning", 25),
    ]
    assert findings(text) == []
    assert findings(text, "template-guidance") == [("template-guidance", "warning", 3)]
    assert messages(text, "template-guidance")[3].startswith(
        "the self-assessment template's own title ('Self-assessment') is still below your document's title"
    )


def test_an_h1_of_the_authors_after_the_outline_is_no_title_for_the_templates_own() -> None:
    # The template's title kept as the only title, a threat model pasted in as an H1 at the end.
    text = (
        HEAD.replace(
            "# Kestrel Security Self-assessment\n", "# Self-assessment\n\n# Self-assessment outline\n"
        )
        + "\n## Secure development practices\n\nEvery change is reviewed by two maintainers.\n"
        + "\n# Kestrel Threat Model\n\nSpoofing: the webhook checks the caller's service account.\n"
    )
    # no second title to keep: the title is the template's, and the fix is to name the project in it
    guidance = messages(text, "template-guidance")
    assert findings(text, "template-guidance") == [("template-guidance", "info", 1)]
    assert guidance[1] == (
        "the title 'Self-assessment' does not name the project (the self-assessment template's title is "
        "'[project] Self-assessment'): put the project's name in it"
    )
    # An H1 of the author's right after the template's title, before the outline, is the title.
    titled = text.replace("# Self-assessment outline\n", "# Kestrel Security Self-assessment\n")
    assert findings(titled, "template-guidance") == [("template-guidance", "warning", 1)]
    assert messages(titled, "template-guidance")[1].startswith(
        "the self-assessment template's own title ('Self-assessment') is still above your document's title"
    )
