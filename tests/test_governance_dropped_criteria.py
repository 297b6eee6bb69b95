"""A governance review on the template's headings that leaves out a criterion the template marks
Required at the review's level, with its bold text and level line, and says nothing of it in its
own words anywhere, is one missing-section warning at the first such criterion's area heading,
naming every one left out, grouped by area. A criterion kept (assessed or not: unassessed-
criterion's), one left out but assessed in the reviewer's words elsewhere, one only Suggested at the
level, and the template's own text kept ("Completed assessments are submitted as PR's") stay as
they are."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import rule_rows

_PATH = "governance-review.md"

REVIEW = """# Kelpie Governance Review

What follows is a governance review and assessment for the Kelpie project. The review was done
because of a change in maturity level for the project. Completed assessments are submitted as PR's
to the TOC repo to be placed in the project's dedicated directory.

## Summary and Assessment

**Status:** Mostly Satisfactory

### Executing the Assessment

Dana Whitfield reviewed Kelpie's governance in October 2025 for its move to Incubation.

### Must-Fix Items

None.

### Points of Excellence

- Elections are held on schedule and the minutes are public.

### Areas for Improvement

- Document the emeritus process.

---

## Review

The project's self-assessment is available at
[cncf/toc#1612](https://github.com/cncf/toc/issues/1612).

### Governance Summary

A steering committee of five, elected every two years, governs Kelpie.

### Governance Evolution

**Governance has continuously been iterated upon by the project as a result of
their experience applying it, with the governance history demonstrating
evolution of maturity alongside the project's maturity evolution.**
<br>
**Incubating:** Suggested | **Graduated:** Suggested

The steering committee replaced the founders' model in 2023.

### Discoverability

**Clear and discoverable project governance documentation.**
<br>
**Incubating:** Suggested | **Graduated:** Required

GOVERNANCE.md is linked from the website's footer.

### Accuracy and Clarity

**Governance is up to date with actual project activities, including any
meetings, elections, leadership, or approval processes.**
<br>
**Incubating:** Suggested | **Graduated:** Required

The last election, in March, followed the written process.

**Governance clearly documents [vendor-neutrality] of project direction.**
<br>
**Incubating:** Suggested | **Graduated:** Required

GOVERNANCE.md states that no company holds more than two steering seats.

### Decisions and Role Assignments

**Document how the project makes decisions on leadership roles, contribution
acceptance, requests to the CNCF, and changes to governance or project goals.**
<br>
**Incubating:** Suggested | **Graduated:** Required

Lazy consensus, with a steering committee vote on disputes.

**Document how role, function-based members, or sub-teams are assigned,
onboarded, and removed for specific teams (example: Security Response
Committee).**
<br>
**Incubating:** Suggested | **Graduated:** Required

The security team is three maintainers named by the steering committee each year.

### Maintainers and Maintainer Lifecycle

**Document a complete maintainer lifecycle process (including roles, onboarding,
offboarding, and emeritus status).**
<br>
**Incubating:** Suggested | **Graduated:** Required

Not written down yet; see Areas for Improvement.

**Document complete list of current maintainers, including names, contact
information, domain of responsibility, and affiliation.**
<br>
**Incubating:** Required | **Graduated:** Required

MAINTAINERS.md has every maintainer with their employer and area.

**A number of active maintainers which is appropriate to the size and scope of
the project.**
<br>
**Incubating:** Required | **Graduated:** Required

Eleven active maintainers for a scheduler of this size.

### Ownership

**Code and Doc ownership in Github and elsewhere matches documented governance
roles.**
<br>
**Incubating:** Required | **Graduated:** Required

CODEOWNERS matches the maintainer list.

### Code of Conduct

**Document adoption and adherence to the CNCF Code of Conduct or the project's
CoC which is based off the CNCF CoC and not in conflict with it.**
<br>
**Incubating:** Required | **Graduated:** Required

Kelpie adopted the CNCF Code of Conduct.

**CNCF Code of Conduct is cross-linked from other governance documents.**
<br>
**Incubating:** Required | **Graduated:** Required

GOVERNANCE.md and CONTRIBUTING.md link it.

### Subprojects

**All subprojects, if any, are listed.**
<br>
**Incubating:** Required | **Graduated:** Required

Kelpie has no subprojects.

### Contributors and Community

**Clearly defined and discoverable process to submit issues or changes.**
<br>
**Incubating:** Required | **Graduated:** Required

Bugs go through GitHub issue templates; changes through pull requests.

**List and document all project communication channels, including subprojects
(mail list/slack/etc.). List any non-public communications channels and what
their special purpose is.**
<br>
**Incubating:** Required | **Graduated:** Required

Slack and the kelpie-dev mailing list are listed in the README.

**Up-to-date public meeting schedulers and/or integration with CNCF calendar.**
<br>
**Incubating:** Required | **Graduated:** Required

The contributor meeting is on the CNCF calendar.

**Documentation of how to contribute, with increasing detail as the project
matures.**
<br>
**Incubating:** Required | **Graduated:** Required

CONTRIBUTING.md covers the build and the review process.

**Demonstrate contributor activity and recruitment.**
<br>
**Incubating:** Required | **Graduated:** Required

Twelve new contributors in 2025, three through LFX Mentorship.

[vendor-neutrality]: https://contribute.cncf.io/maintainers/community/vendor-neutrality/
"""

SUBMIT = """**Clearly defined and discoverable process to submit issues or changes.**
<br>
**Incubating:** Required | **Graduated:** Required

Bugs go through GitHub issue templates; changes through pull requests.

"""

CHANNELS = """**List and document all project communication channels, including subprojects
(mail list/slack/etc.). List any non-public communications channels and what
their special purpose is.**
<br>
**Incubating:** Required | **Graduated:** Required

Slack and the kelpie-dev mailing list are listed in the README.

"""

LIFECYCLE = """**Document a complete maintainer lifecycle process (including roles, onboarding,
offboarding, and emeritus status).**
<br>
**Incubating:** Suggested | **Graduated:** Required

Not written down yet; see Areas for Improvement.

"""


def _line(text: str, heading: str) -> int:
    return text.splitlines().index(heading) + 1


def _message(text: str) -> str:
    (message,) = [f.message for f in lint_text(text, _PATH).findings if f.rule == "missing-section"]
    return message


def test_the_whole_review_is_quiet() -> None:
    assert REVIEW.count(SUBMIT) == REVIEW.count(CHANNELS) == REVIEW.count(LIFECYCLE) == 1
    assert rule_rows(REVIEW, "missing-section", _PATH) == []


def test_a_required_criterion_left_out_with_its_words_is_one_warning_at_its_area() -> None:
    text = REVIEW.replace(SUBMIT, "")
    assert rule_rows(text, "missing-section", _PATH) == [
        ("missing-section", "warning", _line(text, "### Contributors and Community"))
    ]
    assert _message(text) == (
        "this governance review leaves out this criterion, which the template marks Required for "
        "Incubating, and says nothing of it elsewhere: 'Clearly defined and discoverable process to "
        "submit issues or changes' (Contributors and Community); add it under its area with what the "
        "review found (or N/A and why)"
    )


def test_criteria_left_out_in_two_areas_are_one_finding_naming_them_all() -> None:
    text = (
        REVIEW.replace(CHANNELS, "")
        .replace("MAINTAINERS.md has every maintainer with their employer and area.\n\n", "")
        .replace("CODEOWNERS matches the maintainer list.", "CODEOWNERS matches the roles in GOVERNANCE.md.")
        .replace(
            """**Document complete list of current maintainers, including names, contact
information, domain of responsibility, and affiliation.**
<br>
**Incubating:** Required | **Graduated:** Required

""",
            "",
        )
    )
    assert rule_rows(text, "missing-section", _PATH) == [
        ("missing-section", "warning", _line(text, "### Maintainers and Maintainer Lifecycle"))
    ]
    assert _message(text).startswith(
        "this governance review leaves out these criteria, which the template marks Required for "
        "Incubating, and says nothing of them elsewhere: 'Document complete list of current "
        "maintainers, including names…' (Maintainers and Maintainer Lifecycle), and 'List and "
        "document all project communication channels, including…' (Contributors and Community); add "
        "each under its area"
    )


def test_a_criterion_left_out_but_assessed_in_the_reviewers_words_elsewhere_is_quiet() -> None:
    text = REVIEW.replace(SUBMIT, "").replace(
        "- Elections are held on schedule and the minutes are public.",
        "- Elections are held on schedule and the minutes are public.\n"
        "- Every issue is triaged within a week of being filed.",
    )
    assert rule_rows(text, "missing-section", _PATH) == []


def test_the_templates_own_text_is_no_assessment() -> None:
    """ "Completed assessments are submitted as PR's", the template's opening kept, submits no
    issue or change."""
    text = REVIEW.replace(SUBMIT, "")
    assert "Completed assessments are submitted as PR's" in text
    assert "submit issues or changes" in _message(text)


def test_a_criterion_only_suggested_at_the_level_is_asked_for_at_graduation_only() -> None:
    incubation = REVIEW.replace(LIFECYCLE, "").replace(
        "- Document the emeritus process.", "- Publish a roadmap."
    )
    assert rule_rows(incubation, "missing-section", _PATH) == []
    graduation = incubation.replace("# Kelpie Governance Review", "# Kelpie Governance Review for Graduation")
    assert rule_rows(graduation, "missing-section", _PATH) == [
        ("missing-section", "warning", _line(graduation, "### Maintainers and Maintainer Lifecycle"))
    ]
    assert "'Document a complete maintainer lifecycle process (including roles…'" in _message(graduation)
    assert "Required for Graduated" in _message(graduation)
