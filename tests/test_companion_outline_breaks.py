"""Headings that leave a companion template's outline (heading-level): the template's own heading
over the outline kept as a second H1, another document pasted in under an H1 of its own, and a
section's part raised to the section's level; with the rule id, severity and line of each finding
and the documents that must stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_FACTS, GTR_TITLE
from tests.rule_rows import Row, rule_rows

_PATH = "self-assessment.md"

# A self-assessment from the template's first lines down, as drafts copy it: the guide's title and
# introduction, "# Self-assessment outline", then the outline's sections one level up.
_DRAFT = """# Self-assessment
The Self-assessment is the initial document for projects to begin thinking about the
security of the project, determining gaps in their security, and preparing any security
documentation for their users.

{outline}

{toc} Table of contents

* [Metadata](#metadata)
* [Overview](#overview)

{part} Metadata

| | |
| -- | -- |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |

{part} Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

{sub} Background

Research teams share clusters; Kestrel queues their jobs fairly.

{part} Security issue resolution

{sub} Responsible Disclosures Process

Reports go to security@kestrel.dev and are answered within three days.

{raised} Incident Response

The maintainers confirm a report, fix it in private and publish an advisory.

{part} Appendix

{sub} Known Issues Over Time

No vulnerability has been reported since the project started.
{tail}"""


def _draft(
    outline: str = "# Self-assessment outline",
    toc: str = "##",
    part: str = "##",
    sub: str = "###",
    raised: str = "###",
    tail: str = "",
) -> str:
    return _DRAFT.format(outline=outline, toc=toc, part=part, sub=sub, raised=raised, tail=tail)


def _rows(text: str) -> list[Row]:
    return rule_rows(text, "heading-level", _PATH)


def _messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text, path=_PATH).findings if f.rule == "heading-level"]


def test_the_templates_outline_heading_left_as_a_second_h1() -> None:
    text = _draft()
    assert _rows(text) == [("heading-level", "warning", 6)]
    (message,) = _messages(text)
    assert (
        "'Self-assessment outline' is the self-assessment template's own heading over its outline" in message
    )
    assert "second H1 below the title 'Self-assessment' (line 1)" in message and "delete it" in message


def test_the_outline_heading_below_the_title_or_as_the_only_title_stays_quiet() -> None:
    # Kept below the title at H2 with the sections under it (as finished assessments do): one title.
    nested = _draft(outline="## Self-assessment outline", toc="###", part="###", sub="####", raised="####")
    assert _rows(nested) == []
    # The outline heading is the document's only H1: it is the title.
    only = _draft().replace("# Self-assessment\n", "Kestrel's draft.\n", 1)
    assert _rows(only) == []
    # The project's own title and no outline heading.
    own = _draft(outline="").replace("# Self-assessment\n", "# Kestrel Self-assessment\n", 1)
    assert _rows(own) == []


_THREAT_MODEL = """
# Kestrel Threat Modeling

## Table of Contents

1. [Introduction](#introduction)
2. [Threat Analysis](#threat-analysis)

## Introduction

This threat model covers the scheduler and its webhook.

## Threat Analysis

### Unauthorized Access

An attacker with a stolen token submits jobs.

## Conclusion

The webhook's checks address the threats found.
"""


def test_another_document_pasted_in_under_an_h1_of_its_own_is_one_finding() -> None:
    text = _draft(outline="", tail=_THREAT_MODEL).replace(
        "# Self-assessment\n", "# Kestrel Self-assessment\n", 1
    )
    start = text.splitlines().index("# Kestrel Threat Modeling") + 1
    end = len(text.splitlines())
    # One finding at the pasted H1: its own "Table of Contents" (a second one) and its sections are
    # not reported one by one.
    assert _rows(text) == [("heading-level", "warning", start)]
    (message,) = _messages(text)
    assert f"'Kestrel Threat Modeling' (lines {start}-{end}) is another document pasted in" in message
    assert (
        "5 headings of its own (a second table of contents among them)" in message
        and "move it to a file of its own and link it" in message
    )


def test_an_h1_of_the_authors_own_that_is_not_a_pasted_document_stays_quiet() -> None:
    own = _draft(outline="").replace("# Self-assessment\n", "# Kestrel Self-assessment\n", 1)
    # One H1 with a few subheadings after the Appendix: a part written high, not a document.
    single = (
        own + "\n# Roadmap\n\n## Next release\n\nSigned images.\n\n## Later\n\nSBOMs.\n\n## Never\n\nNo.\n"
    )
    assert _rows(single) == []
    # An appendix of the author's own under an H1, with its parts: an addition, not another document.
    appendix = own + "\n# Annex A: Benchmarks\n\n## Method\n\nTen runs.\n\n## Results\n\nStable.\n"
    assert _rows(appendix) == []
    # Every part an H1 (the document's own style): a threat model H1 among them is one more part.
    flat = _draft(outline="", toc="#", part="#", sub="##", raised="##", tail=_THREAT_MODEL).replace(
        "# Self-assessment\n", "# Kestrel Self-assessment\n", 1
    )
    assert _rows(flat) == []
    # The H1 stands before the outline's sections: the template's sections go on after it.
    before = own.replace(
        "## Metadata", "# Kestrel Threat Modeling\n\n## Scope\n\nAll.\n\n## Method\n\nSTRIDE.\n\n## Metadata"
    )
    assert _rows(before) == []


def test_a_part_of_a_section_raised_to_the_sections_level() -> None:
    text = _draft(outline="", raised="##").replace("# Self-assessment\n", "# Kestrel Self-assessment\n", 1)
    line = text.splitlines().index("## Incident Response") + 1
    assert _rows(text) == [("heading-level", "warning", line)]
    (message,) = _messages(text)
    assert (
        "'Incident Response' is one of the self-assessment template's parts of 'Security issue resolution'"
        in message
    )
    assert "set with ##, the level of 'Security issue resolution' itself" in message
    assert "while its other parts are ### under it" in message and "write it with ###" in message


def test_parts_at_their_sections_level_in_a_flat_section_stay_quiet() -> None:
    # No part of the section is a subheading: the author writes the section flat, parts beside it.
    flat = _draft(outline="", sub="##", raised="##").replace(
        "# Self-assessment\n", "# Kestrel Self-assessment\n", 1
    )
    assert _rows(flat) == []
    # A heading of the author's own at the section's level ends it: a later part name is not raised.
    ended = _draft(outline="", raised="##").replace("# Self-assessment\n", "# Kestrel Self-assessment\n", 1)
    ended = ended.replace("## Incident Response", "## Roadmap\n\nSigned images.\n\n## Incident Response")
    assert _rows(ended) == []


_GTR = (
    GTR_TITLE
    + GTR_FACTS
    + """{day}
{part} Scope

The roadmap is planned each quarter in the community meeting and tracked in GitHub milestones.

{part} Usability

Users interact through the kestrel CLI and the Helm chart; the dashboard is read-only.

{part} Design

Kestrel follows the controller pattern: every job is a custom resource reconciled by one operator.
"""
)


def _gtr_rows(text: str) -> list[Row]:
    return rule_rows(text, "missing-section", "general-technical-review.md")


def test_a_gtr_day_heading_dropped_with_its_sections_in_its_place() -> None:
    text = _GTR.format(day="", part="##")
    line = text.splitlines().index("## Scope") + 1
    assert _gtr_rows(text) == [("missing-section", "warning", line)]
    (message,) = [
        f.message
        for f in lint_text(text, path="general-technical-review.md").findings
        if f.rule == "missing-section"
    ]
    assert (
        "'Day 0 - Planning Phase' heading is missing: 'Scope', 'Usability' and 'Design' stand in its place"
        in message
    )
    assert "add '## Day 0 - Planning Phase' above 'Scope'" in message


def test_a_gtr_day_kept_as_a_heading_a_label_or_renamed_stays_quiet() -> None:
    assert _gtr_rows(_GTR.format(day="\n## Day 0 - Planning Phase\n", part="###")) == []
    assert _gtr_rows(_GTR.format(day="\n**Day 0 - Planning Phase**\n", part="##")) == []
    # The first section at the day's level and the others under it: that heading is the day's.
    renamed = _GTR.format(day="", part="###").replace("### Scope", "## Scope", 1)
    assert _gtr_rows(renamed) == []


_ACTIONS = """# Kestrel Self-assessment

## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams.

### Actions

#### Workflows

##### Batch Job Example

A user submits a job; the webhook checks its signature and the scheduler queues it.

##### {second}

A user mounts a bucket; the operator asks the storage service for a scoped token.

### Goals
{goals}
Kestrel runs every job with the least privileges its namespace allows.

### Non-goals

Kestrel does not isolate jobs from a compromised node.
"""


def test_a_copied_heading_left_unchanged_over_other_text() -> None:
    text = _ACTIONS.format(second="Batch Job Example", goals="")
    assert _rows(text) == [("heading-level", "warning", 15)]
    (message,) = _messages(text)
    assert "'Batch Job Example' repeats the heading at line 11 (both under 'Workflows')" in message
    assert "give each its own title" in message


def test_headings_repeated_elsewhere_or_over_the_same_text_stay_quiet() -> None:
    assert _rows(_ACTIONS.format(second="Object Storage Example", goals="")) == []
    # The same words under different parents ("Security" in Day 0 and in Day 2) are two parts.
    days = (
        "# Kestrel Self-assessment\n\n## Overview\n\n### Background\n\n#### Security\n\nSigned images.\n\n"
        "### Goals\n\n#### Security\n\nLeast privilege.\n"
    )
    assert _rows(days) == []
    # Written three times: a label the author repeats by design ("Answer" under each question).
    answers = _ACTIONS.format(second="Batch Job Example", goals="").replace(
        "##### Batch Job Example", "##### Answer"
    )
    answers = answers.replace("### Goals", "##### Answer\n\nThe scheduler retries failed jobs.\n\n### Goals")
    assert _rows(answers) == []
    # A heading pasted again with its text: one copy of a passage (duplicate-content's), not a title slip.
    copied = _ACTIONS.format(second="Batch Job Example", goals="").replace(
        "A user mounts a bucket; the operator asks the storage service for a scoped token.",
        "A user submits a job; the webhook checks its signature and the scheduler queues it.",
    )
    assert _rows(copied) == []


def test_a_heading_with_no_words_at_its_own_line() -> None:
    text = _ACTIONS.format(second="Object Storage Example", goals="\n####")
    line = text.splitlines().index("####") + 1
    assert _rows(text) == [("heading-level", "warning", line)]
    (message,) = _messages(text)
    assert "a #### heading with no words" in message and "write its title, or delete the marks" in message


def test_a_heading_with_no_words_and_nothing_under_it_is_reported_once() -> None:
    text = _ACTIONS.format(second="Object Storage Example", goals="").replace(
        "### Non-goals", "###\n\n### Non-goals"
    )
    line = text.splitlines().index("###") + 1
    assert _rows(text) == []
    assert rule_rows(text, "unfilled-section", _PATH) == [("unfilled-section", "warning", line)]


_PRINCIPLES = (
    GTR_TITLE
    + GTR_FACTS
    + """
## Day 0 - Planning Phase

### Design

#### Design principles & best practices

##### Design Principles

Every job is a custom resource reconciled by one operator.

{second} **Best Practices**

Releases are signed and every change is reviewed by two maintainers.
"""
)


def test_the_second_part_of_a_heading_set_beside_it() -> None:
    text = _PRINCIPLES.format(second="####")
    line = text.splitlines().index("#### **Best Practices**") + 1
    rows = rule_rows(text, "heading-level", "general-technical-review.md")
    assert rows == [("heading-level", "warning", line)]
    (message,) = [
        f.message
        for f in lint_text(text, path="general-technical-review.md").findings
        if f.rule == "heading-level"
    ]
    assert "'Best Practices' is the second part of 'Design principles & best practices' (line 14)" in message
    assert (
        "whose first part 'Design Principles' is a ##### under it" in message
        and "write it with #####" in message
    )


def test_the_second_part_under_its_heading_or_a_heading_naming_one_thing_stays_quiet() -> None:
    assert rule_rows(_PRINCIPLES.format(second="#####"), "heading-level", "general-technical-review.md") == []
    one = _PRINCIPLES.format(second="####").replace("Design principles & best practices", "Design principles")
    assert rule_rows(one, "heading-level", "general-technical-review.md") == []


_SCOPE = (
    GTR_TITLE
    + GTR_FACTS
    + """
## Day 0 - Planning Phase

### Scope

#### Roadmap process

The roadmap is planned each quarter in the community meeting and tracked in GitHub milestones.

#### Target personas

Platform engineers who run shared clusters for research teams.

{raised} Unsupported use cases

Kestrel does not schedule interactive workloads.

{raised} Intended types of organizations

Universities and research labs.

### Usability

Users interact through the kestrel CLI and the Helm chart; the dashboard is read-only.
"""
)


def _scope_rows(text: str) -> list[Row]:
    return rule_rows(text, "heading-level", "general-technical-review.md")


def test_gtr_questions_in_the_authors_words_raised_out_of_their_section_are_one_finding() -> None:
    text = _SCOPE.format(raised="###")
    line = text.splitlines().index("### Unsupported use cases") + 1
    assert _scope_rows(text) == [("heading-level", "warning", line)]
    (message,) = [
        f.message
        for f in lint_text(text, path="general-technical-review.md").findings
        if f.rule == "heading-level"
    ]
    assert message.startswith(
        "'Unsupported use cases' and 'Intended types of organizations' name questions the GTR template "
        "asks under 'Scope', but are set with ###, the level of 'Scope' itself, while its other questions "
        "are #### under it"
    )
    assert message.endswith("write them with ####")


def test_gtr_question_headings_under_their_section_or_a_flat_section_stay_quiet() -> None:
    assert _scope_rows(_SCOPE.format(raised="####")) == []
    # Every question of the section beside it (none a subheading): the author's flat style.
    flat = _SCOPE.format(raised="###").replace("#### Roadmap process", "### Roadmap process")
    flat = flat.replace("#### Target personas", "### Target personas")
    assert _scope_rows(flat) == []


_SECURITY = (
    GTR_TITLE
    + GTR_FACTS
    + """
## Day 0 - Planning Phase

### Security

{hygiene}
**Please describe the frameworks, practices and procedures the project uses to maintain the basic health and security of the project.**
Every change is reviewed by two maintainers and scanned by CodeQL.
{modeling}
**Explain the least minimal privileges required by the project and reasons for additional privileges.**
The operator needs to watch jobs in its own namespace only.

**Describe how the project is handling certificate rotation and mitigates any issues with certificates.**
cert-manager rotates the webhook's certificate every 60 days.
"""
)


def _label_rows(text: str) -> list[Row]:
    return rule_rows(text, "missing-section", "general-technical-review.md")


def test_a_gtr_label_over_questions_dropped_after_another_label() -> None:
    text = _SECURITY.format(hygiene="**Security Hygiene**\n", modeling="")
    line = text.splitlines().index(
        "**Explain the least minimal privileges required by the project and reasons for additional privileges.**"
    )
    assert _label_rows(text) == [("missing-section", "warning", line + 1)]
    (message,) = [
        f.message
        for f in lint_text(text, path="general-technical-review.md").findings
        if f.rule == "missing-section"
    ]
    assert message.startswith(
        "the GTR template's 'Cloud Native Threat Modeling' label over 'Explain the least minimal privileges"
    )
    assert "and 1 more question after it is missing: they follow 'Security Hygiene' (line 14)" in message


def test_a_gtr_label_kept_or_no_label_kept_at_all_stays_quiet() -> None:
    kept = _SECURITY.format(hygiene="**Security Hygiene**\n", modeling="\n**Cloud Native Threat Modeling**\n")
    assert _label_rows(kept) == []
    # No label kept anywhere: the author lists the questions without the template's labels.
    assert _label_rows(_SECURITY.format(hygiene="", modeling="")) == []


def test_the_slips_inside_a_pasted_document_are_folded_into_its_finding() -> None:
    threat_model = _THREAT_MODEL.replace(
        "## Conclusion", "### Unauthorized Access\n\nA leaked kubeconfig.\n\n####\nMore.\n\n## Conclusion"
    )
    text = _draft(outline="", tail=threat_model).replace(
        "# Self-assessment\n", "# Kestrel Self-assessment\n", 1
    )
    start = text.splitlines().index("# Kestrel Threat Modeling") + 1
    # its repeated "Unauthorized Access" and its empty "####" are that document's: one finding at its H1
    assert _rows(text) == [("heading-level", "warning", start)]


_DAY_0 = _GTR.format(day="\n## Day 0 - Planning Phase\n", part="###")
_SECURITY_PART = (
    "\n{heading}\n\nReleases are signed with cosign and the signing key is kept in a hardware module.\n"
)


def _level_rows(text: str) -> list[Row]:
    return rule_rows(text, "heading-level", "general-technical-review.md")


def test_a_gtr_subsection_promoted_to_its_days_level_with_the_days_prefix() -> None:
    for heading in ("## Day 0 - Security", "## Day 0: Security"):
        text = _DAY_0 + _SECURITY_PART.format(heading=heading)
        line = text.splitlines().index(heading) + 1
        assert _level_rows(text) == [("heading-level", "warning", line)]
        (message,) = [
            f.message
            for f in lint_text(text, path="general-technical-review.md").findings
            if f.rule == "heading-level"
        ]
        assert "the level of 'Day 0 - Planning Phase'" in message and "write it '### Security'" in message


def test_a_gtr_subsection_under_its_day_or_after_the_next_day_stays_quiet() -> None:
    assert _level_rows(_DAY_0 + _SECURITY_PART.format(heading="### Security")) == []
    # named as the subsection alone, the reading takes it for that subsection, set flat
    assert _level_rows(_DAY_0 + _SECURITY_PART.format(heading="## Security")) == []
    # after the next day's heading, a heading of the author's own there
    later = (
        _DAY_0
        + "\n## Day 1 - Installation and Deployment Phase\n"
        + _SECURITY_PART.format(heading="## Security")
    )
    assert _level_rows(later) == []
