"""A sentence a self-assessment says again on purpose is the document's form, not a paste, and
duplicate-content leaves it alone: an auditor's report quoted twice, the badge restated in a part
of the Appendix, a sentence the sections of sibling components each say of their own component, a
goal's mitigation restated to lead in a paragraph of another part that goes on with its own text.
A sentence copied with little added, one repeated in the middle of another part's paragraph, a
passage, or a lead-in in sections that do not name their subject is still reported, at the repeat.

Each test asserts duplicate-content's findings (rule, severity, line) and the lines that must stay
quiet.
"""

from __future__ import annotations

from tests.companion_texts import GTR_OPENING, SELF_ASSESSMENT_HEAD
from tests.rule_rows import Row, rule_rows

IDP = "IdP integration tells us reliably who the account is, and Kestrel decides what each account may do."
GOALS = (
    SELF_ASSESSMENT_HEAD
    + f"""
### Goals

*   Protect the queues from being changed by people without access to them
    *   Mitigation: Kestrel has robust RBAC with specific actions per role. {IDP} Teams can map
        their LDAP groups onto Kestrel roles.
*   Protect the job logs from being read by other teams
    *   Mitigation: each team's logs are kept in its own namespace and bucket.

## Project design

### Identity provider integration

Kestrel connects to an LDAP server or an OIDC provider to sign users in.

"""
)
BADGE = "The passing badge is displayed at the top of the kestrel repository README file for every visitor."
REPORT = (
    "It is worth pointing out that even if one part of the scheduler is compromised, the agents are not"
    " directly prone to successful attacks."
)


def rows(text: str) -> list[Row]:
    return rule_rows(text, "duplicate-content", "self-assessment.md")


def line_of(text: str, words: str, after: int = 0) -> int:
    lines = text.splitlines()
    return next(number for number, line in enumerate(lines, 1) if number > after and words in line)


def test_a_goals_mitigation_restated_to_lead_in_its_features_paragraph_stays_quiet() -> None:
    text = GOALS + (
        f"{IDP} This means that identity providers only ever sign users in. Authorization is always"
        " performed by Kestrel itself, and its rules are kept in the Kestrel database.\n"
    )
    assert rows(text) == []


def test_a_lead_in_written_with_its_neighbour_sentence_reworded_stays_quiet() -> None:
    # The sentence before it says the mitigation's first sentence again with one word changed.
    text = GOALS + (
        f"Kestrel has robust RBAC with specific actions for each role. {IDP} This means that"
        " identity providers only ever sign users in, and authorization is always performed by Kestrel"
        " itself, with its rules kept in the Kestrel database.\n"
    )
    assert rows(text) == []


def test_a_restatement_with_little_added_is_still_reported() -> None:
    text = GOALS + f"{IDP} Groups come from LDAP.\n"
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "Groups come from LDAP"))]


def test_a_sentence_repeated_after_the_paragraphs_own_opening_is_still_reported() -> None:
    text = GOALS + (
        f"Users sign in through the identity provider their administrator configured. {IDP} This means"
        " that identity providers only ever sign users in, and Kestrel keeps its rules in its database.\n"
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "Users sign in through"))]


def test_a_lead_in_within_the_same_part_is_still_reported() -> None:
    text = GOALS.replace("## Project design", "### Non-goals") + (
        f"{IDP} This means that identity providers only ever sign users in. Authorization is always"
        " performed by Kestrel itself, and its rules are kept in the Kestrel database.\n"
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "This means that identity"))]


def test_a_report_quoted_twice_stays_quiet() -> None:
    text = SELF_ASSESSMENT_HEAD + (
        "\n## Compensating mechanisms\n\n### Compartmentalization\n\n"
        f"Cure53, our security pentester, also noted this in their report: \u201c{REPORT}\u201d\n\n"
        "## Security testing\n\n"
        "* [+ve] The scheduler code is clean and easy to follow, and yields itself well to auditing."
        f" {REPORT}\n"
    )
    assert rows(text) == []


def test_a_sentence_said_again_outside_quotation_marks_is_still_reported() -> None:
    text = SELF_ASSESSMENT_HEAD + (
        "\n## Compensating mechanisms\n\n### Compartmentalization\n\n"
        f"Our own review found the same. {REPORT}\n\n"
        "## Security testing\n\n"
        f"* The scheduler code is clean and easy to follow. {REPORT}\n"
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "The scheduler code is clean"))]


def test_the_badge_restated_in_a_part_of_the_appendix_stays_quiet() -> None:
    text = SELF_ASSESSMENT_HEAD + (
        f"\n## Project compliance\n\nKestrel follows the SLSA level 2 requirements for its releases. {BADGE}\n\n"
        "## Appendix\n\n### OpenSSF Best Practices\n\n"
        f"Kestrel has achieved the passing badge and is working towards the silver badge this year. {BADGE}\n"
    )
    assert rows(text) == []


def test_the_badge_said_again_in_another_section_before_the_appendix_is_still_reported() -> None:
    text = SELF_ASSESSMENT_HEAD + (
        f"\n## Project compliance\n\nKestrel follows the SLSA level 2 requirements for its releases. {BADGE}\n\n"
        "## Secure development practices\n\n* **Automated testing**: every pull request runs the unit and"
        " end-to-end tests on three Kubernetes versions.\n"
        f"* **OpenSSF Best Practices**: {BADGE}\n\n"
        "## Appendix\n\n### OpenSSF Best Practices\n\n"
        f"Kestrel has achieved the passing badge and is working towards the silver badge this year. {BADGE}\n"
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "**OpenSSF Best Practices**"))]


COMPONENTS = (
    SELF_ASSESSMENT_HEAD
    + """
## Actors

#### Queue Operator

The Queue Operator is an optional component that manages `Queue` custom resources for each team.
It can be enabled and configured through the Kestrel custom resource of the cluster it runs in.
In standalone mode, it connects to the scheduler with certificates provided by the user.

#### Quota Operator

The Quota Operator is an optional component that manages `Quota` custom resources and their limits.
It can be enabled and configured through the Kestrel custom resource of the cluster it runs in.
It writes each team's limits into the scheduler's configuration.
"""
)


def test_a_sentence_each_sibling_component_says_of_itself_stays_quiet() -> None:
    assert rows(COMPONENTS) == []


def test_the_same_sentence_in_sibling_sections_that_do_not_name_their_subject_is_still_reported() -> None:
    text = COMPONENTS.replace("The Queue Operator is", "This optional component is").replace(
        "The Quota Operator is", "This other optional component is"
    )
    second = line_of(text, "This other optional")
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "It can be enabled", second))]


SIGNED = "Every release image is signed with cosign, and the operator verifies the signature before it runs."
FEATURES = (
    SELF_ASSESSMENT_HEAD
    + f"""
## Security functions and features

* **Signed releases**: {SIGNED}
* **Namespaced queues**: each team's queue lives in the team's own namespace, under its RBAC.

## Threat model

* Threat: a tampered image is pushed to the registry the cluster pulls from
* Mitigations:
  * {SIGNED}
  * The registry only accepts pushes from the release workflow.
"""
)


def test_a_feature_named_again_as_a_threats_mitigation_stays_quiet() -> None:
    assert rows(FEATURES) == []


def test_a_feature_line_copied_together_with_its_neighbour_is_still_reported() -> None:
    namespaced = (
        "each team's queue lives in the team's own namespace, under its RBAC, whatever node it runs on."
    )
    text = FEATURES.replace("under its RBAC.\n", "under its RBAC, whatever node it runs on.\n").replace(
        "  * The registry only accepts pushes from the release workflow.", f"  * {namespaced.capitalize()}"
    )
    first = line_of(text, "Every release image")
    assert rows(text) == [("duplicate-content", "warning", line_of(text, "Every release image", first))]


GTR_ANSWERS = (
    "# General Technical Review - Kestrel / Incubation\n"
    + GTR_OPENING
    + """  The roadmap is a GitHub project board that the maintainers review every month with the community.

### Usability

- How should the target personas interact with your project?

  Operators configure queues through the kestrel CLI, which writes the custom resources for them.

## Day 1 - Installation and Deployment Phase

### Project Installation and Configuration

- Describe what project installation and configuration look like.

  Operators configure queues through the kestrel CLI, which writes the custom resources for them. A Helm
  chart installs the controller first, and its values file sets the default queues, their quotas and the
  namespaces they may use.
"""
)


def test_a_gtr_answers_lead_in_reused_under_another_question_is_still_reported() -> None:
    first = line_of(GTR_ANSWERS, "Operators configure queues")
    assert rows(GTR_ANSWERS) == [
        ("duplicate-content", "warning", line_of(GTR_ANSWERS, "Operators configure queues", first))
    ]
