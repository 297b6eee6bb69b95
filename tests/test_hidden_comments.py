"""HTML comments a companion document's author left beside written answers: the template's guidance
kept as hidden prompts (template-guidance, info, one finding per document) and drafts of the
author's own commented out (hidden-evidence, info, one finding per document)."""

from __future__ import annotations

from pathlib import Path

from applint.engine import lint_path, lint_text
from tests.companion_texts import GTR_OPENING, GTR_TITLE, SECURITY_LINKS_HEAD
from tests.rule_rows import Row, rule_rows


def rows(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule, "self-assessment.md")


def messages(text: str, rule: str) -> dict[int | None, str]:
    return {f.line: f.message for f in lint_text(text, "self-assessment.md").findings if f.rule == rule}


# Kestrel's self-assessment, written, with the template's guidance kept in comments the ways authors
# keep it: one comment per line of the template's paragraph (L22-24), the "<!---" opener and the
# text re-wrapped (L30-32), an outline bullet with its label (L43-44); a section whose only text
# is the hidden prompt (L36-39: unfilled-section's); a spell-checker directive (L1); a note between
# maintainers beside an answer (L48); a comment of the author's linking the project's policy (L55).
GUIDANCE = (
    "<!-- cSpell:ignore Kestrel kestrelctl -->\n"
    + SECURITY_LINKS_HEAD
    + """
## Overview

<!-- One or two sentences describing the project -- something memorable and accurate -->
<!-- that distinguishes your project to quickly orient readers who may be assessing -->
<!-- multiple projects. -->

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

### Actors

<!---These are the individual parts of your system that interact to
provide the desired functionality.  Actors only need to be separate, if they
are isolated in some way.--->

The controller watches Job objects; the agent runs on each node.

### Actions

<!-- These are the steps that a project performs in order to provide some service
or functionality.  These steps are performed by different actors in the system. -->

## Secure development practices

<!--* Development Pipeline.  A description of the testing and assessment processes that
  the software undergoes as it is developed and built. -->

Every pull request needs two approvals and passes the unit and fuzz tests.

<!-- Reviewer comment: the fuzz tests were added in 2.1, worth a sentence on coverage. -->

## Security issue resolution

### Responsible Disclosures Process

Reports go to security@kestrel.dev.
<!-- Our policy: https://github.com/kestrel/kestrel/blob/main/SECURITY.md -->
"""
)


def test_the_templates_guidance_kept_in_comments_beside_answers_is_one_info_finding() -> None:
    assert rows(GUIDANCE, "template-guidance") == [("template-guidance", "info", 22)]
    said = messages(GUIDANCE, "template-guidance")[22]
    assert "('One or two sentences describing the project --…', lines 22-24)" in said
    assert "inside an HTML comment" in said and "delete the comment" in said
    # The other two runs of guidance, each at its first line; the Actions prompt (L38) is not one.
    assert said.endswith("(also at lines 30 and 43)")


def test_a_hidden_prompt_alone_under_its_heading_is_an_unfilled_section_not_a_leftover() -> None:
    assert ("unfilled-section", "warning", 36) in rows(GUIDANCE, "unfilled-section")
    lines = {line for _, _, line in rows(GUIDANCE, "template-guidance")}
    # Nor the directive (L1), the maintainers' note (L48), the author's linked policy (L55).
    assert not lines & {1, 36, 38, 48, 55}
    assert rows(GUIDANCE, "hidden-evidence") == [("hidden-evidence", "warning", 55)]


def test_a_gtr_keeping_its_templates_own_comments_and_questions_above_answers_stays_quiet() -> None:
    text = (
        GTR_TITLE
        + """<!--
The General Technical Review questions can be completed by a project team in lieu of a presentation to a Technical Advisory Group (TAG) as well as to satisfy several of the Engineering Principle requirements.
-->
"""
        + GTR_OPENING
        + """The roadmap is discussed in the monthly community meeting and kept in ROADMAP.md.

### Security

<!--
  * How are you satisfying the tenets of cloud native security projects?
-->

Kestrel runs with least privilege and signs its releases.

<!--Note that each question describes a use case covered by the referenced policy document.-->
"""
    )
    assert lint_text(text, "gtr.md").document_kind == "general-technical-review"
    assert rule_rows(text, "template-guidance", "gtr.md") == []
    assert rule_rows(text, "hidden-evidence", "gtr.md") == []


# Drafts of the author's own commented out beside written answers: a list (L27-29), a list typed
# without the space after "*" (L37-39), a subsection started and left (L47-50), one bullet of a
# list (L57). Left alone: a question to a co-author (L31) and a TODO (L41), both todo-marker's; the
# template's own text of a revision applint does not ship, linking its course (L59-63), is the
# template's guidance.
DRAFTS = (
    SECURITY_LINKS_HEAD
    + """
## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

### Goals

Only parties holding a key may change the schedule.

<!--* Fair sharing of cluster capacity between teams.
* Quotas per namespace.
* Preemption of low-priority jobs. -->

<!-- Ask Dana whether preemption belongs in the goals at all. -->

### Non-goals

Kestrel does not encrypt job payloads at rest.

<!--Other non-goals:
*Multi-cluster scheduling.
*Billing. -->

<!-- TODO: link the design doc once it is merged -->

## Appendix

Kestrel has had no reported vulnerabilities.

<!--### Volcano
Volcano is a batch system built on Kubernetes. Some of its strengths:
* Gang scheduling.
Key differences: -->

### Threat model

* Threat: a forged job spec.
* Mitigation:
  * Specs are validated against the schema.
  <!--* Specs are signed by the submitter -->

<!---*This section of the security self-assessment is used to describe anything built into your project.
* Critical elements are non-configurable design decisions.

Reference: https://training.linuxfoundation.org/express-learning/security-self-assessments-for-open-source-projects-lfel1005/
--->
"""
)


def test_drafts_commented_out_beside_written_answers_are_one_info_finding() -> None:
    assert rows(DRAFTS, "hidden-evidence") == [("hidden-evidence", "info", 27)]
    said = messages(DRAFTS, "hidden-evidence")[27]
    assert "a draft ('Fair sharing of cluster capacity between teams. *…', lines 27-29)" in said
    assert "take it out of the comment if it belongs there, or delete it" in said
    assert said.endswith("(also at lines 37, 47 and 57)")


def test_notes_and_the_templates_own_text_in_comments_are_no_drafts() -> None:
    found = lint_text(DRAFTS, "self-assessment.md").findings
    draft = next(f for f in found if f.rule == "hidden-evidence")
    assert set(draft.details["also_at"]) == {37, 47, 57}  # not 31, 41 or 59
    assert rows(DRAFTS, "todo-marker") == [("todo-marker", "warning", 31), ("todo-marker", "warning", 41)]
    assert rows(DRAFTS, "template-guidance") == [("template-guidance", "info", 59)]
    said = messages(DRAFTS, "template-guidance")[59]
    assert "template's guidance ('This section of the security self-assessment is…', lines 59-63)" in said


def test_a_docx_export_shows_its_comments_as_text_so_none_is_called_hidden(tmp_path: Path) -> None:
    from tests.docx_builder import DocxBuilder

    builder = DocxBuilder()
    builder.heading("Kestrel Self-assessment", 1).heading("Metadata", 2)
    builder.table([["Software", "https://github.com/kestrel/kestrel"], ["Languages", "Go"]])
    builder.heading("Overview", 2)
    builder.paragraph(
        "<!-- One or two sentences describing the project -- something memorable and accurate -->"
    )
    builder.paragraph("Kestrel schedules batch jobs on Kubernetes clusters for research teams.")
    builder.heading("Goals", 3).paragraph("Only parties holding a key may change the schedule.")
    builder.paragraph("<!--* Fair sharing of cluster capacity between teams. -->")
    report = lint_path(str(builder.save(tmp_path / "self-assessment.docx")))
    assert report.document_kind == "security-self-assessment"
    said = [f.message for f in report.findings if f.rule in ("template-guidance", "hidden-evidence")]
    assert not any("inside an HTML comment" in message or "commented out" in message for message in said)


def test_guidance_copied_with_a_plural_made_singular_is_still_the_templates() -> None:
    text = (
        SECURITY_LINKS_HEAD
        + """
## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

### Goals

<!-- The intended goal of the project including the security guarantee the project is meant to
provide (e.g., Flibble only allows parties with an authorization key to change data it stores). -->

Only parties holding a key may change the schedule.
"""
    )
    assert rows(text, "template-guidance") == [("template-guidance", "info", 25)]
