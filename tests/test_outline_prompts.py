"""The self-assessment outline's labelled bullets ("* Case Studies. Provide context for reviewers …")
kept as prompts: answered ones (on their line, nested under them, in the paragraphs after them,
through the sub-prompts they group) stay quiet; one left with nothing after it is an unanswered
part of the outline, reported once at its own line (unfilled-section)."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.companion_texts import METADATA_ROWS
from tests.rule_rows import Row, rule_rows


def findings(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule)


HEAD = (
    """# Kestrel Self-assessment

## Metadata

"""
    + METADATA_ROWS
    + """| SBOM | https://github.com/kestrel/kestrel/releases |

## Overview

Kestrel schedules batch jobs on Kubernetes clusters.

## Self-assessment use

Kestrel's maintainers wrote this self-assessment to look at the project's security.

## Security functions and features

Critical: the controller verifies signed job specs. Security relevant: its namespaced service account.

## Secure development practices

* Development Pipeline.  A description of the testing and assessment processes that
  the software undergoes as it is developed and built.
  * Every pull request needs two maintainer approvals and passes CodeQL.
* Communication Channels. Reference where you document how to reach your team or
  describe in corresponding section.
  * Internal. How do team members communicate with each other?
    * The #kestrel-dev Slack channel.
  * Inbound. How do users or prospective users communicate with the team?
    * GitHub issues and the kestrel-users list.
  * Outbound. How do you communicate with your users?
    * The kestrel-announce list.
* Ecosystem. Kestrel runs beside Volcano and Kueue in cloud native batch platforms.
"""
)

APPENDIX = """
## Appendix

* Known Issues Over Time. List or summarize statistics of past vulnerabilities
  with links. If none have been reported, provide data, if any, about your track
record in catching issues in code review or automated testing.
* [CII Best Practices](https://www.coreinfrastructure.org/programs/best-practices-program/).
  Best Practices. A brief discussion of where the project is at
  with respect to CII best practices and what it would need to
  achieve the badge.
* Case Studies. Provide context for reviewers by detailing 2-3 scenarios of
  real-world use cases.
* Related Projects / Vendors. Reflect on times prospective users have asked
  about the differences between your project and projectX. Reviewers will have
the same question.
"""


def test_an_appendix_of_the_templates_prompts_alone_is_one_finding_naming_each_part() -> None:
    # Reviewers flag an Appendix left as the template's four prompts as one problem: one finding, at
    # the first part, naming the other three and folding their lines; the old CII link in place of
    # the template's OpenSSF one is still the template's prompt. The heading itself is not reported
    # a second time.
    text = HEAD + APPENDIX
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "unfilled-section") == [("unfilled-section", "warning", line + 2)]
    (finding,) = [f for f in lint_text(text).findings if f.rule == "unfilled-section"]
    assert finding.message == (
        "'Known Issues Over Time' in 'Appendix' is still only the self-assessment template's prompt "
        "('List or summarize statistics of past vulnerabilities with…') with no answer after it, and "
        "so are 'CII Best Practices', 'Case Studies' and 'Related Projects / Vendors' after it: write "
        "the project's own answer under each, or say there is nothing to report "
        f"(also at lines {line + 5}, {line + 9} and {line + 11})"
    )
    assert finding.details["also_at"] == [line + 5, line + 9, line + 11]
    # Outline bullets answered through nested items (a group's sub-prompts) stay quiet.
    assert findings(HEAD, "unfilled-section") == []


def test_unanswered_prompts_of_two_sections_are_two_findings() -> None:
    # Critical and Security Relevant left as prompts are one problem; the Appendix's another.
    text = (
        HEAD.replace(
            "Critical: the controller verifies signed job specs. Security relevant: its namespaced service account.\n",
            "* Critical.  A listing critical security components of the project with a brief\n"
            "description of their importance.  It is recommended these be used for threat modeling.\n"
            "These are considered critical design elements that make the product itself secure and\n"
            "are not configurable.  Projects are encouraged to track these as primary impact items\n"
            "for changes to the project.\n"
            "* Security Relevant.  A listing of security relevant components of the project with\n"
            "  brief description.  These are considered important to enhance the overall security of\n"
            "the project, such as deployment configurations, settings, etc.  These should also be\n"
            "included in threat modeling.\n",
        )
        + APPENDIX
    )
    lines = text.splitlines()
    critical = (
        lines.index("* Critical.  A listing critical security components of the project with a brief") + 1
    )
    relevant = (
        lines.index("* Security Relevant.  A listing of security relevant components of the project with") + 1
    )
    known = lines.index("## Appendix") + 3
    assert findings(text, "unfilled-section") == [
        ("unfilled-section", "warning", critical),
        ("unfilled-section", "warning", known),
    ]
    first = next(f for f in lint_text(text).findings if f.rule == "unfilled-section")
    assert "and so is 'Security Relevant' after it" in first.message
    assert first.message.endswith(f"(also at line {relevant})")


def test_prompts_answered_inline_nested_or_after_stay_quiet_and_the_rest_is_reported() -> None:
    appendix = """
## Appendix

* Known Issues Over Time. List or summarize statistics of past vulnerabilities
  with links. Two advisories so far, GHSA-1234 and GHSA-5678, both fixed in 1.4.
* [Open SSF Best Practices](https://www.bestpractices.dev/en).
  Best Practices. A brief discussion of where the project is at
  with respect to CII best practices and what it would need to
  achieve the badge.

  Kestrel holds the passing badge since 2024.

* Case Studies. Provide context for reviewers by detailing 2-3 scenarios of
  real-world use cases.
* Related Projects / Vendors. Reflect on times prospective users have asked
  about the differences between your project and projectX. Reviewers will have
the same question.
  * Volcano schedules batch jobs too; Kestrel only orders queues.
"""
    text = HEAD + appendix
    case_studies = (
        text.splitlines().index("* Case Studies. Provide context for reviewers by detailing 2-3 scenarios of")
        + 1
    )
    assert findings(text, "unfilled-section") == [("unfilled-section", "warning", case_studies)]
    # The prompts that only name what goes there (Development Pipeline, Known Issues Over Time, Best
    # Practices), kept above the project's own answers, are no leftover text either. Those whose
    # words speak to the author, a question or an instruction saying "you" (the Communication
    # Channels group and its Internal/Inbound questions; "Reflect on times prospective users have
    # asked … your project"), are the template's words left in: info, one finding per section.
    channels = (
        text.splitlines().index(
            "* Communication Channels. Reference where you document how to reach your team or"
        )
        + 1
    )
    related = (
        text.splitlines().index("* Related Projects / Vendors. Reflect on times prospective users have asked")
        + 1
    )
    assert findings(text, "template-guidance") == [
        ("template-guidance", "info", channels),
        ("template-guidance", "info", related),
    ]


def test_a_prompt_cut_off_by_the_next_heading_is_unanswered() -> None:
    text = (
        HEAD.replace(
            "* Ecosystem. Kestrel runs beside Volcano and Kueue in cloud native batch platforms.\n", ""
        )
        + """* Ecosystem. How does your software fit into the cloud native ecosystem?  (e.g.
  Flibber is integrated with both Flocker and Noodles which covers
virtualization for 80% of cloud users. So, our small number of "users" actually
represents very wide usage across the ecosystem since every virtual instance uses
Flibber encryption by default.)

## Security issue resolution

Reports go to security@kestrel.dev.
"""
    )
    ecosystem = (
        text.splitlines().index(
            "* Ecosystem. How does your software fit into the cloud native ecosystem?  (e.g."
        )
        + 1
    )
    assert findings(text, "unfilled-section") == [("unfilled-section", "warning", ecosystem)]


# --- missing-section: a labelled part left out of a section that follows the template's parts ---

WRITTEN_APPENDIX = """
## Appendix

### Known Issues over Time

* [GHSA-1234](https://github.com/kestrel/kestrel/security/advisories/GHSA-1234): privilege escalation, fixed in 1.4

### OpenSSF Best Practices

Kestrel holds the [passing badge](https://www.bestpractices.dev/en/projects/1234).
"""


def test_an_appendix_that_follows_the_parts_but_drops_two_is_one_finding_naming_both() -> None:
    text = HEAD + WRITTEN_APPENDIX
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "'Appendix' has no 'Case Studies' or 'Related Projects / Vendors' part, which the "
        "self-assessment template asks for (Case Studies: 'Provide context for reviewers"
    )


@pytest.mark.parametrize(
    "written",
    [
        # Under a heading or bold label of another name that still says what the part is about.
        "### Adopters in production\n\nThree real-world scenarios: batch ML training at Ostrava Telekom, …\n\n"
        "**Similar projects**: Volcano and Kueue differ from Kestrel in that …\n",
        # Named in a sentence.
        "Case studies are on the website; related projects are compared in docs/comparison.md.\n",
    ],
)
def test_parts_written_under_other_names_or_mentioned_stay_quiet(written: str) -> None:
    assert findings(HEAD + WRITTEN_APPENDIX + "\n" + written, "missing-section") == []


def test_a_section_that_drops_the_ecosystem_part_is_reported_at_its_heading() -> None:
    text = HEAD.replace(
        "* Ecosystem. Kestrel runs beside Volcano and Kueue in cloud native batch platforms.\n", ""
    )
    line = text.splitlines().index("## Secure development practices") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert (
        "has no 'Ecosystem' part" in message and "How does your software fit into the cloud native" in message
    )


def test_a_section_written_the_authors_own_way_is_read_for_the_parts_in_its_own_words() -> None:
    # No part of the Appendix named and only past issues written about: the three other parts are
    # one finding at its heading. (Until now a section naming none of its parts was left alone;
    # reviewers flag exactly these sections: the outline asks for its parts whatever the shape.)
    own = "\n## Appendix\n\nKestrel has had two advisories, both fixed within a week.\n"
    text = HEAD + own
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "'Appendix' has no 'Open SSF Best Practices', 'Case Studies' or 'Related Projects / Vendors' part"
    )
    # The same parts said in the author's words (a badge, adopters, alternatives) are there.
    said = own + (
        "Kestrel holds the passing badge; adopters include Ostrava Telekom, and Volcano is the\n"
        "nearest alternative.\n"
    )
    assert findings(HEAD + said, "missing-section") == []


@pytest.mark.parametrize(
    "features",
    [
        # One list of components, neither Critical nor Security Relevant said.
        "**Security Components**\n\n* Signed job specs\n    * The controller verifies each job spec.\n"
        "* Namespaced service account\n",
        # A paragraph of prose.
        "Kestrel's controller runs with a namespaced service account and verifies signed job specs.\n",
    ],
)
def test_security_functions_without_critical_or_security_relevant_components(features: str) -> None:
    text = HEAD.replace(
        "Critical: the controller verifies signed job specs. Security relevant: its namespaced service account.\n",
        features,
    )
    line = text.splitlines().index("## Security functions and features") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "'Security functions and features' has no 'Critical' or 'Security Relevant' part, which the "
        "self-assessment template asks for (Critical: 'A listing critical security components of the…'"
    )


@pytest.mark.parametrize(
    "features",
    [
        # Renamed labels a reviewer reads as the parts.
        "### Critical components\n\n* Signed job specs\n\n### Security-relevant configuration\n\n"
        "* The namespaced service account\n",
        # Said in the running text.
        "The security-critical path is the admission webhook, which cannot be disabled; operators\n"
        "can turn on optional mTLS between the agents.\n",
        "- Non-configurable: signed job specs.\n- Configurable: mTLS between the agents.\n",
        # Not applicable, with the reason.
        "N/A: Kestrel is a specification and ships no running software.\n",
    ],
)
def test_security_functions_parts_renamed_paraphrased_or_not_applicable_stay_quiet(features: str) -> None:
    text = HEAD.replace(
        "Critical: the controller verifies signed job specs. Security relevant: its namespaced service account.\n",
        features,
    )
    assert findings(text, "missing-section") == []


def test_issue_resolution_pointing_at_its_policy_lacks_only_the_incident_response() -> None:
    resolution = "\n## Security issue resolution\n\nSecurity processes are documented in [SECURITY.md](https://github.com/kestrel/kestrel/blob/main/SECURITY.md).\n"
    text = HEAD + resolution
    line = text.splitlines().index("## Security issue resolution") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith("'Security issue resolution' has no 'Incident Response' part")
    # Vulnerability handling written out (reports triaged, fixes released with an advisory) is there.
    handled = resolution + (
        "\nVulnerability handling: reports are triaged by two maintainers within a day, and each fix\n"
        "ships in a patch release with a GitHub advisory.\n"
    )
    assert findings(HEAD + handled, "missing-section") == []
    # An empty section is unfilled, not missing its parts.
    assert findings(HEAD + "\n## Security issue resolution\n", "missing-section") == []


def test_a_prompt_answered_under_but_keeping_the_templates_made_up_example() -> None:
    outbound = "  * Outbound. How do you communicate with your users?"
    for kept in (
        "  * Outbound. How do you communicate with your users? (e.g. flibble-announce@\n    mailing list)",
        "* Outbound. How do you communicate with your users? (e.g. flibble-announce@ mailing list)",
    ):
        text = HEAD.replace(outbound, kept)
        line = text.splitlines().index(kept.splitlines()[0]) + 1
        # The example at its line; the group's instruction and questions kept (line 30) are the
        # info finding of the lead-ins, not this one.
        assert findings(text, "template-guidance") == [
            ("template-guidance", "info", 30),
            ("template-guidance", "warning", line),
        ]
        (message,) = [
            f.message for f in lint_text(text).findings if f.rule == "template-guidance" and f.line == line
        ]
        assert message.startswith("the template's made-up example ('e.g. flibble-announce@ mailing list')")
    # The prompts without the example (Internal, Inbound, Outbound as HEAD has them) give no
    # warning, only the lead-ins' info.
    assert findings(HEAD, "template-guidance") == [("template-guidance", "info", 30)]


def test_an_overview_from_the_older_outline_without_actors_and_actions_is_one_finding() -> None:
    overview = (
        "## Overview\n\nKestrel schedules batch jobs on Kubernetes clusters.\n\n"
        "### Background\n\nBatch schedulers queue jobs.\n\n"
        "### Goal\n\nOnly authorised users submit jobs.\n\n"
        "### Non-goals\n\nKestrel does not sandbox the jobs it runs.\n"
    )
    text = HEAD.replace("## Overview\n\nKestrel schedules batch jobs on Kubernetes clusters.\n", overview)
    line = text.splitlines().index("## Overview") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "'Overview' has no 'Actors' or 'Actions' subsection, which the current self-assessment"
    )
    # Merged under one heading, they are there; an Overview with no subsections at all is the author's own.
    merged = text.replace(
        "### Goal\n", "### Actors and Actions\n\nThe controller and the agent.\n\n### Goal\n"
    )
    assert findings(merged, "missing-section") == []
    assert findings(HEAD, "missing-section") == []


def test_an_assessment_older_than_every_revision_is_not_asked_for_the_later_subsections() -> None:
    # A 2020 assessment: Overview with Background, Goals and Non-goals, then the old outline's own
    # sections ("Intended Use", "Security Analysis"), no "Self-assessment use" and no "Security
    # functions and features". Actors and Actions came later: nothing asked of it.
    old = """# Kestrel Self Assessment

## Metadata

| Software | https://github.com/kestrel/kestrel |
| -- | -- |
| Security Provider | No |

## Overview

Kestrel schedules batch jobs on Kubernetes clusters.

### Background

Batch schedulers queue jobs.

### Goals

Only authorised users submit jobs.

### Non-goals

Kestrel does not sandbox the jobs it runs.

## Intended Use

Platform teams running shared batch clusters.

## Security Analysis

An attacker who steals a submitter's token can queue jobs under that submitter's quota.

## Project compliance

Kestrel does not claim any compliance standard.

## Secure development practices

Every pull request needs two maintainer approvals and passes CodeQL.

## Security issue resolution

Reports go to security@kestrel.dev and are answered within two days.
"""
    # Only the parts its later sections leave out (there since 2021) are asked; the Overview is quiet.
    practices = old.splitlines().index("## Secure development practices") + 1
    resolution = old.splitlines().index("## Security issue resolution") + 1
    assert findings(old, "missing-section") == [
        ("missing-section", "warning", practices),
        ("missing-section", "warning", resolution),
    ]
    # The same document with the current outline's sections around its Overview is asked for them.
    current = old.replace(
        "## Intended Use\n\nPlatform teams running shared batch clusters.\n\n"
        "## Security Analysis\n\nAn attacker who steals a submitter's token can queue jobs under that "
        "submitter's quota.\n",
        "## Self-assessment use\n\nThis self-assessment is created by the Kestrel team to perform an "
        "internal analysis of the project's security.\n\n"
        "## Security functions and features\n\nCritical: the controller verifies signed job specs. "
        "Security relevant: its namespaced service account.\n",
    )
    assert "## Self-assessment use" in current
    overview = current.splitlines().index("## Overview") + 1
    assert ("missing-section", "warning", overview) in findings(current, "missing-section")


def test_a_part_set_outside_its_section_under_a_heading_of_its_own_is_not_missing() -> None:
    # "Related Projects / Vendors" raised to an H2 after the Appendix: not missing, so no "add it".
    raised = "\n## Related Projects/Vendors\n\nVolcano and Kueue also queue batch jobs; Kestrel adds GPU sharing.\n"
    text = HEAD + WRITTEN_APPENDIX + raised
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "'Appendix' has no 'Case Studies' part, which the self-assessment template asks for (Case Studies: "
    )


def test_a_word_of_a_parts_label_alone_is_not_the_part() -> None:
    # "known" of Known Issues Over Time in a sentence about something else: the part is missing.
    appendix = """
## Appendix

### OpenSSF Best Practices

Kestrel holds the [passing badge](https://www.bestpractices.dev/en/projects/1234).

### Case Studies

- **Ostrava Telekom**: batch ML training on 400 GPUs.

### Related Projects

**Volcano** is an earlier batch scheduler; Kestrel is known for its GPU sharing.
"""
    text = HEAD + appendix
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith("'Appendix' has no 'Known Issues Over Time' part")
    # All its label's own words, or a word of its prompt, say the part is written.
    for written in (
        "Two issues are known so far, both fixed within a week.",
        "No vulnerabilities have been reported against Kestrel yet.",
    ):
        assert (
            findings(text.replace("### Case Studies", written + "\n\n### Case Studies"), "missing-section")
            == []
        )


def test_a_part_written_as_its_entries_alone_is_there() -> None:
    # Communication Channels not named, its Internal, Inbound and Outbound entries written.
    entries = HEAD.replace(
        """* Communication Channels. Reference where you document how to reach your team or
  describe in corresponding section.
  * Internal. How do team members communicate with each other?
    * The #kestrel-dev Slack channel.
  * Inbound. How do users or prospective users communicate with the team?
    * GitHub issues and the kestrel-users list.
  * Outbound. How do you communicate with your users?
    * The kestrel-announce list.
""",
        "* Internal discussion: Slack\n\n* Inbound questions: GitHub issues\n\n* Outbound news: the announce list\n",
    )
    assert findings(entries, "missing-section") == []
    # One entry named alone is not the part.
    one = entries.replace("* Inbound questions: GitHub issues\n\n* Outbound news: the announce list\n", "")
    line = one.splitlines().index("## Secure development practices") + 1
    assert findings(one, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(one).findings if f.rule == "missing-section"]
    assert message.startswith("'Secure development practices' has no 'Communication Channels' part")


COMMUNICATION_PART = """* Communication Channels. Reference where you document how to reach your team or
  describe in corresponding section.
  * Internal. How do team members communicate with each other?
    * The #kestrel-dev Slack channel.
  * Inbound. How do users or prospective users communicate with the team?
    * GitHub issues and the kestrel-users list.
  * Outbound. How do you communicate with your users?
    * The kestrel-announce list.
"""


def test_a_part_under_a_heading_ending_in_a_word_of_its_label_is_there() -> None:
    # The author's subheading names the part in its own words: "### Project Communication" for
    # Communication Channels, its channels listed under it without the template's entries.
    own = "### Project Communication\n\nSlack #kestrel-dev, GitHub issues and the kestrel-announce list.\n"
    text = HEAD.replace(COMMUNICATION_PART, "").replace("* Ecosystem.", own + "\n* Ecosystem.")
    assert findings(text, "missing-section") == []
    # A heading that only opens with a word of the label is about something else ("Related Talks"
    # is no Related Projects / Vendors part): the part is still missing, once, at the section.
    appendix = """
## Appendix

### Known Issues Over Time

No vulnerabilities have been reported against Kestrel yet.

### OpenSSF Best Practices

Kestrel holds the [passing badge](https://www.bestpractices.dev/en/projects/1234).

### Case Studies

- **Ostrava Telekom**: batch ML training on 400 GPUs.

### Related Talks

- KubeCon EU 2025: "Batch jobs on shared GPUs".
"""
    text = HEAD + appendix
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith("'Appendix' has no 'Related Projects / Vendors' part")


OVERVIEW_WITHOUT_ACTIONS = """## Overview

Kestrel schedules batch jobs on Kubernetes clusters.

### Background

Batch schedulers queue jobs for research teams.

### Actors

| Actor | Description |
| -- | -- |
| **Controller** | Admits jobs and binds them to nodes |
| **Agent** | Runs on each node and reports GPU use |

### Goals

- Only authorised users submit jobs.

### Non-Goals

- Kestrel does not sandbox the jobs it runs.
"""


def test_an_overview_keeping_every_subsection_but_actions_is_one_finding() -> None:
    text = HEAD.replace(
        "## Overview\n\nKestrel schedules batch jobs on Kubernetes clusters.\n", OVERVIEW_WITHOUT_ACTIONS
    )
    line = text.splitlines().index("## Overview") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message == (
        "'Overview' has no 'Actions' subsection, which the current self-assessment outline asks for "
        "(Actions: 'These are the steps that a project performs in…'): add it, or say under 'Overview' "
        "why there is nothing to write"
    )
    # The actions described in the Overview's text (folded in), or under a bold label, are there.
    folded = text.replace(
        "| **Agent** | Runs on each node and reports GPU use |\n",
        "| **Agent** | Runs on each node and reports GPU use |\n\nThe actions: the controller checks each job's "
        "signature before it binds it.\n",
    )
    assert findings(folded, "missing-section") == []
    labelled = text.replace(
        "### Goals", "**Actions**: the agent reports GPU use to the controller.\n\n### Goals"
    )
    assert findings(labelled, "missing-section") == []
    # With Background left out too, both are one finding at the same heading.
    no_background = text.replace("### Background\n\nBatch schedulers queue jobs for research teams.\n\n", "")
    assert findings(no_background, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(no_background).findings if f.rule == "missing-section"]
    assert message.startswith("'Overview' has no 'Background' or 'Actions' subsection")
    # Background alone left out under the Overview's own paragraph: that paragraph is its background.
    only_background = OVERVIEW_WITHOUT_ACTIONS.replace(
        "### Background\n\nBatch schedulers queue jobs for research teams.\n\n",
        "",
    ).replace("### Goals", "### Actions\n\nThe controller checks each job's signature.\n\n### Goals")
    assert (
        findings(
            HEAD.replace(
                "## Overview\n\nKestrel schedules batch jobs on Kubernetes clusters.\n", only_background
            ),
            "missing-section",
        )
        == []
    )
    # An Overview of one paragraph with no subsections is the author's own: quiet.
    assert findings(HEAD, "missing-section") == []


FULL_TAIL = """
## Project compliance

Kestrel does not document meeting any security standard.

## Security issue resolution

Reports go to security@kestrel.dev; the maintainers answer within two days and ship each fix in a patch release.

## Appendix

* Known Issues Over Time. Two advisories, both fixed within a week.
* OpenSSF Best Practices. Kestrel holds the passing badge.
* Case Studies. Ostrava Telekom trains models on 400 GPUs with Kestrel.
* Related Projects / Vendors. Volcano and Kueue also queue batch jobs.
"""


def test_a_self_assessment_without_its_self_assessment_use_section() -> None:
    use = "## Self-assessment use\n\nKestrel's maintainers wrote this self-assessment to look at the project's security.\n\n"
    full = HEAD + FULL_TAIL
    assert findings(full, "missing-section") == []
    text = full.replace(use, "")
    line = text.splitlines().index("## Security functions and features") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message == (
        "there is no 'Self-assessment use' section, which the self-assessment template asks for ('This "
        f"self-assessment is created by the [project] team to…'): add it before 'Security functions and "
        f"features' (line {line}), with the template's text and the project's name in it"
    )
    # Its text kept under the Overview, or the section under a heading of the author's own, is there.
    kept = full.replace(
        use,
        "This self-assessment is created by the Kestrel team to perform an internal analysis of the\n"
        "project's security.\n\n",
    )
    assert findings(kept, "missing-section") == []
    renamed = full.replace("## Self-assessment use", "## About this document")
    assert findings(renamed, "missing-section") == []
    # An abridged draft keeping only some of the outline's sections is not asked for it.
    assert findings(HEAD.replace(use, ""), "missing-section") == []


def test_an_appendix_of_links_is_told_the_parts_it_has_nothing_of() -> None:
    # The badge named in a line of links; no past issues, case studies or related projects.
    links = """
## Appendix

- Kestrel holds the OpenSSF best practices badge at passing level [Link](https://www.bestpractices.dev/en/projects/1234)
- [Kestrel: batch jobs on shared GPUs](https://youtu.be/kestrel-talk)
"""
    text = HEAD + links
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(
        "'Appendix' has no 'Known Issues Over Time', 'Case Studies' or 'Related Projects / Vendors' part"
    )
    # Each said in the author's words, on lines of their own: past CVEs, users in production,
    # a comparison.
    said = links + (
        "- CVE-2024-1234, fixed in 1.4.2, is the only vulnerability reported so far.\n"
        "- Ostrava Telekom runs Kestrel in production for ML training.\n"
        "- Compared with Volcano, Kestrel shares GPUs between jobs.\n"
    )
    assert findings(HEAD + said, "missing-section") == []


@pytest.mark.parametrize(
    ("written", "lacking"),
    [
        # "critical" as an adjective in passing, pointing elsewhere: neither part is there.
        (
            "See [Actors](#actors) for a more detailed description of the critical actors, actions and threats.\n",
            "'Critical' or 'Security Relevant' part",
        ),
    ],
)
def test_security_functions_naming_critical_only_in_passing_lacks_both_parts(
    written: str, lacking: str
) -> None:
    text = HEAD.replace(
        "Critical: the controller verifies signed job specs. Security relevant: its namespaced service account.\n",
        written,
    )
    line = text.splitlines().index("## Security functions and features") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith(f"'Security functions and features' has no {lacking}")


@pytest.mark.parametrize(
    "written",
    [
        # Critical used as the part: a table's column, a lead-in, an inline noun phrase.
        "| Component | Kind |\n| -- | -- |\n| Job spec signer | Critical |\n| mTLS | Security relevant |\n",
        "The following components are critical:\n\n* The job spec signer\n\n"
        "Security relevant: mTLS between the agents.\n",
        "Kestrel's critical components are the signer and the admission webhook; its security relevant\n"
        "settings are the mTLS options.\n",
    ],
)
def test_security_functions_using_critical_as_the_part_stay_quiet(written: str) -> None:
    text = HEAD.replace(
        "Critical: the controller verifies signed job specs. Security relevant: its namespaced service account.\n",
        written,
    )
    assert findings(text, "missing-section") == []


def test_integration_tests_are_not_the_ecosystem_part() -> None:
    practices = HEAD[HEAD.index("## Secure development practices") :]
    own = (
        "## Secure development practices\n\n"
        "- **Comprehensive Testing:** extensive unit and integration tests validate behaviour.\n"
        "- **Community:** maintainers talk on the #kestrel-dev Slack channel.\n"
    )
    text = HEAD.replace(practices, own)
    line = text.splitlines().index("## Secure development practices") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith("'Secure development practices' has no 'Ecosystem' part")
    # Integrating with other projects is the part, in running text or as a label.
    for said in (
        "- Kestrel integrates with Volcano and Kueue.\n",
        "- **Integrations:** Volcano, Kueue.\n",
    ):
        assert findings(HEAD.replace(practices, own + said), "missing-section") == []


def test_a_risk_in_production_is_not_a_case_study() -> None:
    appendix = (
        "\n## Appendix\n\n### Known issues\n\n1. The control plane is a misconfiguration risk in production.\n\n"
        "### OpenSSF Best Practices\n\nKestrel holds the passing badge. It differs from Volcano in sharing GPUs.\n"
    )
    text = HEAD + appendix
    line = text.splitlines().index("## Appendix") + 1
    assert findings(text, "missing-section") == [("missing-section", "warning", line)]
    (message,) = [f.message for f in lint_text(text).findings if f.rule == "missing-section"]
    assert message.startswith("'Appendix' has no 'Case Studies' part")
    # An adopter running it in production is one.
    adopted = appendix + "Ostrava Telekom has been running Kestrel in production since 2023.\n"
    assert findings(HEAD + adopted, "missing-section") == []
