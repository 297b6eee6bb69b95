"""The companion template's whole opening (its title, version line, introduction, how-to and tips)
kept above the project's own document: one template-guidance finding naming the range, not one per
kept heading; one or two kept parts, or an opening the author wrote into, keep their own findings."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_FACTS, GTR_OPENING, GTR_TITLE, SELF_ASSESSMENT_HEAD
from tests.rule_rows import rule_rows

RULE = "template-guidance"

# What a project writes below the template's opening: its own title, facts and first answers.
KESTREL_GTR = (
    GTR_TITLE
    + GTR_OPENING
    + """  The roadmap is a GitHub project board the maintainers review every month.

### Usability

- How should the target personas interact with your project?

  Through the kestrel CLI and the Helm chart.
"""
)

# The template file copied whole and the answers written below its rule, as projects do.
KEPT_OPENING = """# General Technical Review questions
v1.0
## Introduction

The General Technical Review questions can be completed by a project in lieu of a presentation to a Technical Advisory Group (TAG) as well as to satisfy the Engineering Principle requirements of a Sandbox application or Due Diligence for moving levels.

The questions are designed to prompt **_design thinking_** for projects that would like to one day be a graduated project.

<!--
Project maintainers are expected to answer to the best of their ability.
-->

### How to use this template

Make a copy of the template below and answer questions related to your project level to the best of your ability.
_**Not every question will be addressable or relevant to every project.**_
If this is the case for your project, please mark it as not-applicable (N/A) and provide a brief explanation.

#### Tips

* Treat the GTR questionnaire as a living document and keep a copy of it in your project's own repo. The GTR questions are helpful to both contributors and users and will make updating it in the future less work when you want to apply to move levels.
* If you are unsure or have a question about any section below, **please ask**. Chances are you're not the only one with a question and the template should be updated with additional guidance.

---

"""


def test_the_whole_kept_opening_is_one_finding_naming_its_range() -> None:
    text = KEPT_OPENING + KESTREL_GTR
    assert text.splitlines()[25] == GTR_TITLE.strip()  # the project's title is line 26
    assert rule_rows(text, RULE) == [(RULE, "warning", 1)]
    finding = next(f for f in lint_text(text).findings if f.rule == RULE)
    assert finding.message.startswith(
        "lines 1-25 are the GTR template's own opening (its title, 'Introduction', 'How to use this template' "
        "and 'Tips', with their text)"
    )
    assert finding.message.endswith("delete them, down to your document's title at line 26")
    assert [part["line"] for part in finding.details["parts"]] == [1, 3, 13, 19]


def test_an_opening_kept_below_the_projects_title_runs_down_to_the_first_day() -> None:
    # The project's title and facts on top, the template's opening pasted under them, then Day 0.
    answers = KESTREL_GTR.replace(GTR_TITLE + GTR_OPENING.split("## Day 0")[0], "\n")
    text = GTR_TITLE + GTR_FACTS + "\n" + KEPT_OPENING.replace("---\n", "") + answers
    assert text.splitlines()[34] == "## Day 0 - Planning Phase"
    assert rule_rows(text, RULE) == [(RULE, "warning", 10)]
    message = next(f.message for f in lint_text(text).findings if f.rule == RULE)
    assert message.startswith("lines 10-34 are the GTR template's own opening")
    assert message.endswith("not your document: delete them, down to 'Day 0 - Planning Phase' at line 35")


def test_one_or_two_kept_parts_keep_their_own_findings() -> None:
    # The title and the version line only: the second title, told as today.
    text = "# General Technical Review questions\nv1.0\n\n" + KESTREL_GTR
    assert rule_rows(text, RULE) == [(RULE, "warning", 1)]
    assert "own title ('General Technical Review questions')" in next(
        f.message for f in lint_text(text).findings if f.rule == RULE
    )
    # The title and the tips: two parts, two findings at their lines.
    text = (
        "# General Technical Review questions\n\n#### Tips\n\n"
        "* Treat the GTR questionnaire as a living document and keep a copy of it in your project's own repo. "
        "The GTR questions are helpful to both contributors and users and will make updating it in the future "
        "less work when you want to apply to move levels.\n\n" + KESTREL_GTR
    )
    assert rule_rows(text, RULE) == [(RULE, "warning", 1), (RULE, "warning", 3)]


def test_an_opening_the_author_wrote_into_is_told_part_by_part() -> None:
    # The author's own note between the template's parts: no single run of the template's text.
    text = KEPT_OPENING.replace(
        "### How to use this template",
        "We filled this in for the Sandbox application in March; the answers are below.\n\n"
        "### How to use this template",
    )
    rows = rule_rows(text + KESTREL_GTR, RULE)
    assert rows == [(RULE, "warning", 1), (RULE, "warning", 3), (RULE, "warning", 15), (RULE, "warning", 21)]


def test_a_template_sentence_quoted_in_an_answer_stays_quiet() -> None:
    text = KESTREL_GTR.replace(
        "  The roadmap is a GitHub project board the maintainers review every month.",
        "  The roadmap is a GitHub project board the maintainers review every month. As the template puts "
        'it, "treat the GTR questionnaire as a living document": ours lives in docs/gtr.md.',
    )
    assert rule_rows(text, RULE) == []


# The self-assessment template's opening: its title, its introduction, its heading over the outline.
SELF_ASSESSMENT_OPENING = """# Self-assessment

The Self-assessment is the initial document for projects to begin thinking about the
security of the project, determining gaps in their security, and preparing any security
documentation for their users. This document is ideal for projects currently in the
CNCF **sandbox** as well as projects that are looking to receive a joint assessment and
currently in CNCF **incubation**.

For a detailed guide with step-by-step discussion and examples, check out the free
Express Learning course provided by Linux Foundation Training & Certification:
[Security Assessments for Open Source Projects](https://training.linuxfoundation.org/express-learning/security-self-assessments-for-open-source-projects-lfel1005/).

## Self-assessment outline

"""


def test_the_self_assessment_templates_kept_opening_is_one_finding() -> None:
    text = SELF_ASSESSMENT_OPENING + SELF_ASSESSMENT_HEAD
    assert text.splitlines()[14] == "# Kestrel Self-assessment"
    # Not three (instructions, a title naming no project, the outline heading): one deletion.
    assert rule_rows(text, RULE) == [(RULE, "warning", 1)]
    message = next(f.message for f in lint_text(text).findings if f.rule == RULE)
    assert message == (
        "lines 1-14 are the self-assessment template's own opening (its title, its introduction and "
        "'Self-assessment outline', with their text), not your document: delete them, down to your "
        "document's title at line 15"
    )


def test_the_self_assessments_title_with_its_introduction_only_keeps_todays_findings() -> None:
    # Two parts (the title, its introduction) above the project's title: each told at its line.
    text = SELF_ASSESSMENT_OPENING.replace("## Self-assessment outline\n\n", "") + SELF_ASSESSMENT_HEAD
    assert rule_rows(text, RULE) == [(RULE, "warning", 1), (RULE, "warning", 1)]
