"""A governance review written under headings of its own ("Background", "Observations", "Risks",
"Recommendations") is read by topic for each part of the template: the parts it says nothing of
anywhere are one missing-section finding at its title, a warning when the TOC's Status or Must-Fix
Items, or an area the template requires at the review's level, is among them. Headings the
reviewer words differently ("Overall assessment", "Blocking issues", "Strengths") count as the
parts; a review on the template's headings, or an earlier template's, stays as it is."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import rule_rows

_PATH = "governance-review.md"

OWN_SHAPE = """# Kelpie Governance Review

Reviewer: Dana Whitfield (TOC), with help from the Project Reviews subproject.
Review period: October 2025, for Kelpie's move to Incubation
([cncf/toc#1612](https://github.com/cncf/toc/issues/1612)).

## Background

Kelpie is a batch scheduler for Kubernetes. It is governed by a steering committee of five
people elected by the maintainers every two years, described in
[GOVERNANCE.md](https://github.com/kelpie-dev/community/blob/main/GOVERNANCE.md).

## Observations

- The governance documents live in the community repository and are linked from the website's
  footer.
- The steering committee meets monthly; minutes are public and the last election was in March.
- [MAINTAINERS.md](https://github.com/kelpie-dev/kelpie/blob/main/MAINTAINERS.md) lists eleven
  maintainers with their employers and GitHub handles.
- The project adopted the CNCF Code of Conduct, and the contributing guide links it.

## Risks

- Nine of the eleven maintainers work for Acme. If Acme reduced its investment, few people
  could review or release.

## Recommendations

- Write down how inactive maintainers are moved to emeritus.
- Add the contributor meeting to the CNCF calendar.
"""


# What a reviewer writes of the community's Required criteria: the channels, how to submit issues
# and changes, contributor activity and recruitment.
_COMMUNITY = """## Community

The community channels (Slack and a mailing list) are listed in the README. Bugs are reported
through GitHub issues with templates, and the contributing guide explains pull requests. Twelve
new contributors joined in 2025, three through LFX Mentorship.

"""


def _message(text: str) -> str:
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "missing-section"]
    return finding.message


def test_the_parts_it_says_nothing_of_are_one_warning_at_its_title() -> None:
    assert rule_rows(OWN_SHAPE, "missing-section", _PATH) == [("missing-section", "warning", 1)]
    message = _message(OWN_SHAPE)
    assert message.startswith(
        "this governance review is written under headings of its own, and the TOC finds in it no Status "
        "line (Exemplary, Satisfactory, Mostly Satisfactory, Needs Work or In Crisis) and no Must-Fix "
        "Items list (what must be resolved before the move, or 'none'); nor any assessment of "
        "'Ownership' and 'Subprojects', whose criteria the template marks Required for Incubating; in "
        "the areas it does assess, it never assesses these criteria, which the template marks Required "
        "for Incubating: 'Clearly defined and discoverable process to submit issues or changes', 'List "
        "and document all project communication channels, including…' and 'Demonstrate contributor "
        "activity and recruitment' (Contributors and Community); it also says nothing of 'Points of "
        "Excellence', 'Governance Evolution' and 'Decisions and Role Assignments'"
    )
    # written in its own words: the reviewer line, the background, the observations, the
    # recommendations and the application's issue link are the template's parts (the
    # recommendations are only told the template's name for them, after the parts missing)
    missing, _, retitle = message.partition("; retitle ")
    for written in ("Executing", "Governance Summary", "Areas for Improvement", "self-assessment"):
        assert written not in missing
    assert retitle.startswith("'Recommendations' (line 27) 'Areas for Improvement'")


def test_paraphrased_headings_are_the_template_parts() -> None:
    """ "Overall assessment" over "Status: ready for incubation", "Blocking issues" saying there
    are none and "Strengths" stand for the Status, the Must-Fix Items and the Points of
    Excellence; ownership and subprojects named in the text are assessed."""
    text = (
        OWN_SHAPE.replace(
            "## Background",
            "## Overall assessment\n\nStatus: ready for incubation.\n\n## Blocking issues\n\n"
            "There are none.\n\n## Strengths\n\n- Elections run like clockwork.\n\n## Background",
        )
        .replace(
            "- Write down how",
            "- CODEOWNERS matches the maintainer list; Kelpie has no subprojects.\n"
            "- Note how the governance has evolved since Sandbox.\n"
            "- Document how decisions are made.\n- Write down how",
        )
        .replace("## Risks", _COMMUNITY + "## Risks")
    )
    assert rule_rows(text, "missing-section", _PATH) == []


def test_a_status_in_the_text_and_a_blocker_named_count() -> None:
    """The reviewer's verdict on the governance in a sentence ("governance is satisfactory") is a
    Status, and a lead-in naming the blocker ("One blocker remains:") opens the Must-Fix Items; the
    areas still missing remain."""
    text = OWN_SHAPE.replace(
        "## Risks\n",
        "## Risks\n\nKelpie's governance is satisfactory for its level.\n\nOne blocker remains:\n",
    )
    assert rule_rows(text, "missing-section", _PATH) == [("missing-section", "warning", 1)]
    message = _message(text)
    assert "Status line" not in message and "Must-Fix" not in message
    assert "the TOC finds in it no assessment of 'Ownership' and 'Subprojects'" in message


def test_a_conclusion_choosing_no_status_is_no_status() -> None:
    """A "Conclusion" heading tells the TOC no status unless its text gives one."""
    text = OWN_SHAPE + "\n## Conclusion\n\nThe maintainers were responsive throughout.\n"
    assert "no Status line" in _message(text)
    verdict = OWN_SHAPE + "\n## Conclusion\n\nKelpie is ready for incubation.\n"
    assert "no Status line" not in _message(verdict)


def test_a_blocker_told_in_passing_under_risks_is_no_must_fix_list() -> None:
    """A blocker named inside a sentence under an ad-hoc "Risks" heading, and "satisfactory" said
    of one document, are neither the list of what must be resolved nor the review's Status."""
    text = OWN_SHAPE.replace(
        "could review or release.",
        "could review or release. This is a blocker for graduation; the contributing guide is\n"
        "  satisfactory.",
    )
    message = _message(text)
    assert "no Status line" in message
    assert "no Must-Fix Items list" in message


def test_non_blocking_is_no_must_fix_list_and_the_tocs_subproject_no_project_subproject() -> None:
    """ "Non-blocking recommendations" are the Areas for Improvement, not the blockers; "the Project
    Reviews subproject" is the TOC's, not one of the project's subprojects."""
    text = OWN_SHAPE.replace("## Recommendations", "## Non-blocking recommendations")
    message = _message(text)
    assert "no Must-Fix Items list" in message
    assert "'Subprojects'" in message
    missing, _, retitle = message.partition("; retitle ")
    assert "'Areas for Improvement'" not in missing
    assert retitle.startswith("'Non-blocking recommendations' (line 27) 'Areas for Improvement'")


def test_what_graduation_requires_is_read_at_graduation() -> None:
    """At Graduated the template requires Decisions and Role Assignments too; Governance Evolution
    stays Suggested at both levels."""
    text = OWN_SHAPE.replace("move to Incubation", "move to Graduation")
    message = _message(text)
    assert (
        "nor any assessment of 'Decisions and Role Assignments', 'Ownership' and 'Subprojects', whose "
        "criteria the template marks Required for Graduated" in message
    )
    assert "also says nothing of 'Points of Excellence' and 'Governance Evolution'" in message


def test_only_the_templates_other_parts_missing_is_info() -> None:
    text = OWN_SHAPE.replace(
        "## Risks\n",
        "## Risks\n\nStatus: Satisfactory. No blocking issues. CODEOWNERS matches the maintainer "
        "list, and there are no subprojects.\n\n" + _COMMUNITY,
    )
    assert rule_rows(text, "missing-section", _PATH) == [("missing-section", "info", 1)]
    assert _message(text).startswith(
        "this governance review is written under headings of its own, and it says nothing of "
        "'Points of Excellence', 'Governance Evolution' and 'Decisions and Role Assignments'"
    )


def test_no_link_to_the_self_assessment_or_application_is_named() -> None:
    """The application's issue, linked or written as a bare address, is the link the template
    asks for; without it the finding names it."""
    text = OWN_SHAPE.replace("\n([cncf/toc#1612](https://github.com/cncf/toc/issues/1612)).", ".")
    assert "the link to the project's self-assessment" not in _message(OWN_SHAPE)
    bare = text.replace("move to Incubation.", "move to Incubation: https://github.com/cncf/toc/issues/1612")
    assert "the link to the project's self-assessment" not in _message(bare)
    assert (
        "it also says nothing of 'Points of Excellence', the link to the project's self-assessment (the "
        "template's 'Review' section), 'Governance Evolution' and 'Decisions and Role Assignments'"
        in _message(text)
    )


REWORDED = """# Kelpie Governance Review

## Overview

Verdict: Mostly Satisfactory. Kelpie's incubation application
([cncf/toc#1612](https://github.com/cncf/toc/issues/1612)) was reviewed by Dana Whitfield in
October 2025.

### Blockers

1. Add maintainers from a second company.

### What works well

- Elections are held on schedule and the minutes are public.

### Suggestions

- Document the emeritus process.

## Details

### The project

A steering committee of five, elected every two years, governs Kelpie.

### History

The governance has evolved with the project: the steering committee replaced the founders' BDFL
model in 2023.

### Finding the docs

GOVERNANCE.md is linked from the website's footer.

### Roles

Decisions are made by lazy consensus; the steering committee votes on disputes.

### People

Eleven maintainers, nine of them from Acme.

### GitHub

CODEOWNERS matches the maintainer list.

### Conduct

The CNCF Code of Conduct is adopted and cross-linked from CONTRIBUTING.md.

### Parts

Kelpie has no subprojects.

### Community

Contributors meet weekly on the CNCF calendar; Slack and a mailing list are public. Issues and
pull requests are triaged at that meeting. Twelve new contributors joined in 2025, three of them
through LFX Mentorship.
"""


def test_a_review_in_its_own_headings_that_writes_every_part_is_quiet() -> None:
    """Every part is there under another name: no finding, though no heading is the template's."""
    assert rule_rows(REWORDED, "missing-section", _PATH) == []


TEMPLATE_SHAPE = """# Kelpie Governance Review

## Summary and Assessment

**Status:** Mostly Satisfactory

Kelpie's governance fits an incubating project; one item blocks graduation.

### Executing the Assessment

Dana Whitfield reviewed Kelpie's governance in October 2025.

### Must-Fix Items

1. Add maintainers from a second company.

### Points of Excellence

- Elections are held on schedule.

### Areas for Improvement

- Document the emeritus process.

## Review

### Governance Summary

A steering committee of five, elected every two years.

### Maintainers and Maintainer Lifecycle

Eleven maintainers, nine from Acme.
"""

EARLIER_TEMPLATE = """# Kelpie Governance Review

## Summary and Assessment

Status: Satisfactory

### Executing the Assessment

Reviewed in October 2023.

### Critical Items

None.

### Areas for Improvement

- Document the emeritus process.

## Review

### Governance Description

A steering committee of five.

### Documentation Content

The governance documents are complete.

### Operation

Meetings and elections happen.

### Maintainer List(s)

Eleven maintainers.
"""


def test_a_review_on_the_templates_headings_or_an_earlier_ones_is_left_alone() -> None:
    assert rule_rows(TEMPLATE_SHAPE, "missing-section", _PATH) == []
    assert rule_rows(EARLIER_TEMPLATE, "missing-section", _PATH) == []


def test_a_stub_with_few_headings_of_its_own_is_left_alone() -> None:
    text = "# Kelpie Governance Review\n\n## Notes\n\nTo be written.\n\n## Links\n\n- GOVERNANCE.md\n"
    assert rule_rows(text, "missing-section", _PATH) == []


def test_every_run_of_the_vocabulary_can_match() -> None:
    """A run holding a small word ("governed by") or a word normalising to another never matches:
    the reading drops the small words before it looks."""
    from applint.matching.topic_words import content_run
    from applint.templates.topics import GOVERNANCE_REVIEW_CRITERIA, GOVERNANCE_REVIEW_PARTS, vocabulary
    from applint.text.normalize import normalize

    # Every topic's runs: the parts' (anywhere and as a name), the link's, the TOC's own bodies',
    # and the criteria's.
    runs = [
        run
        for name in (GOVERNANCE_REVIEW_PARTS, GOVERNANCE_REVIEW_CRITERIA)
        for topic in vocabulary(name).topics
        for run in (*topic.as_label, *topic.runs)
    ]
    unmatchable = [
        run
        for run in runs
        if content_run(normalize(" ".join(word.rstrip("-") for word in run)))
        != [word.rstrip("-") for word in run]
    ]
    assert unmatchable == []


def test_each_criterion_topic_opens_a_criterion_the_template_requires() -> None:
    """A topic of the criteria vocabulary whose name opens no criterion of the newest template that
    some level requires would never be read."""
    from applint.matching.governance_criteria import criteria_required
    from applint.templates.companions import latest_companion
    from applint.templates.topics import GOVERNANCE_REVIEW_CRITERIA, vocabulary
    from applint.text.normalize import normalize

    template = latest_companion("governance-review")
    required = {
        normalize(criterion.text)
        for level in ("Incubating", "Graduated")
        for criterion, _ in criteria_required(template, level)
    }
    orphans = [
        topic.name
        for topic in vocabulary(GOVERNANCE_REVIEW_CRITERIA).topics
        if not any(text.startswith(topic.name) for text in required)
    ]
    assert orphans == []


# A review in its own shape that assesses every area the template requires at Incubation, and
# within Contributors and Community says nothing of the channels: the maintainers' availability
# "on Slack" is a duty of theirs, not a listing of the project's channels.
EVERY_AREA = REWORDED.replace(
    "Contributors meet weekly on the CNCF calendar; Slack and a mailing list are public. Issues and\n"
    "pull requests",
    "Contributors meet weekly on the CNCF calendar. Issues and\npull requests",
).replace(
    "Eleven maintainers, nine of them from Acme.",
    "Eleven maintainers, nine of them from Acme, are listed in MAINTAINERS.md; each is expected to be\n"
    "reachable on Slack.",
)


def test_a_required_criterion_never_assessed_within_a_written_area_is_named() -> None:
    assert rule_rows(EVERY_AREA, "missing-section", _PATH) == [("missing-section", "warning", 1)]
    assert _message(EVERY_AREA) == (
        "this governance review is written under headings of its own, and it never assesses this "
        "criterion, which the template marks Required for Incubating: 'List and document all project "
        "communication channels, including…' (Contributors and Community): add it under the template's "
        "heading for it (a list may say 'none'), or say there why it does not apply; retitle 'Blockers' "
        "(line 9) 'Must-Fix Items', 'What works well' (line 13) 'Points of Excellence' and 'Suggestions' "
        "(line 17) 'Areas for Improvement', the template's names for those lists, so that the TOC reads "
        "them as such"
    )


def test_a_channel_named_as_a_label_or_a_channel_list_assesses_the_channels() -> None:
    labelled = EVERY_AREA.replace(
        "Contributors meet weekly", "Slack: #kelpie on the CNCF workspace.\n\nContributors meet weekly"
    )
    assert rule_rows(labelled, "missing-section", _PATH) == []
    listed = EVERY_AREA.replace(
        "Contributors meet weekly",
        "All communication channels are listed in the README. Contributors meet weekly",
    )
    assert rule_rows(listed, "missing-section", _PATH) == []


def test_the_criteria_graduation_requires_are_read_at_graduation() -> None:
    """At Graduated the maintainer lifecycle is Required: a review naming its maintainers and their
    employers but never how one becomes or stops being one is told so; at Incubation it is Suggested."""
    graduation = EVERY_AREA.replace(
        "# Kelpie Governance Review", "# Kelpie Governance Review for Graduation"
    ).replace("- Document the emeritus process.", "- Publish the roadmap.")
    message = _message(graduation)
    assert "'Document a complete maintainer lifecycle process (including roles…' (Maintainers and " in message
    assert "Required for Graduated" in message
    assert "maintainer lifecycle" not in _message(EVERY_AREA)


def test_a_summary_list_under_a_heading_of_the_reviewers_own_is_told_its_template_name() -> None:
    """ "Recommendations" stands for the Areas for Improvement: the finding names the template's
    title for it, once, at the heading's line; a heading holding the template's title ("Areas for
    Improvement (non-blocking)") is the list by its name, and "Risks" names no list."""
    text = OWN_SHAPE
    line = text.splitlines().index("## Recommendations") + 1
    assert _message(text).endswith(
        f"; retitle 'Recommendations' (line {line}) 'Areas for Improvement', the template's name for that "
        "list, so that the TOC reads it as such"
    )
    titled = text.replace("## Recommendations", "## Areas for Improvement (non-blocking)")
    assert "retitle" not in _message(titled)


def test_the_templates_link_placeholder_left_in_a_review_of_its_own_shape_is_told() -> None:
    """ "available at $LINK" kept from the template, or a link with no address where the audited
    self-assessment belongs, is told at its line, in a review in its own shape as in one on the
    template's headings."""
    kept = OWN_SHAPE.replace(
        "## Background", "The project's self-assessment is available at $LINK.\n\n## Background"
    )
    line = kept.splitlines().index("The project's self-assessment is available at $LINK.") + 1
    assert rule_rows(kept, "placeholder", _PATH) == [("placeholder", "error", line)]
    (message,) = [f.message for f in lint_text(kept, _PATH).findings if f.rule == "placeholder"]
    assert message == (
        "template placeholder '$LINK' left in; replace it with the link to the project's self-assessment "
        "(its application)"
    )
    empty = kept.replace("$LINK", "[link]()")
    assert rule_rows(empty, "broken-link", _PATH) == [("broken-link", "error", line)]
    assert rule_rows(empty, "placeholder", _PATH) == []
