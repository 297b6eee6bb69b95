"""missing-field on a free-form proposal: the project facts the application templates open with
(Project Repo(s), Project Site, Sub-Projects, Communication, Project points of contacts), named
once at the proposal's title when it gives them nowhere, in the template's labels or its own words."""

from __future__ import annotations

from applint.engine import lint_text
from applint.findings import Finding
from applint.results.report import FileReport


def findings(report: FileReport) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in report.findings]


def missing_field(report: FileReport) -> Finding:
    (finding,) = (f for f in report.findings if f.rule == "missing-field")
    return finding


# A 2021-style proposal: a bold title, the request, and sections linking files in the repository.
BARE = """**Kelpie Incubation Proposal**

Kelpie joined the CNCF Sandbox in 2021. This doc proposes promoting Kelpie to a CNCF Incubating project.

## Governance

Kelpie's governance is in [GOVERNANCE.md](https://github.com/kelpie-io/kelpie/blob/main/GOVERNANCE.md),
and its maintainers are listed in [MAINTAINERS.md](https://github.com/kelpie-io/kelpie/blob/main/MAINTAINERS.md).

## Adopters

Acme, Globex and Initech run Kelpie in production ([ADOPTERS.md](https://github.com/kelpie-io/kelpie/blob/main/ADOPTERS.md)).

## Security

Report vulnerabilities to [security@kelpie.io](mailto:security@kelpie.io).
"""


def test_a_proposal_giving_none_of_the_facts_gets_one_warning_at_its_title_naming_each() -> None:
    report = lint_text(BARE)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    finding = missing_field(report)
    assert finding.details["fields"] == [
        "Project Repo(s)",
        "Project Site",
        "Communication",
        "Project points of contacts",
        "Sub-Projects",
    ]
    # Links to files in the repository are not its address; the security team's address is no
    # point of contact; a proposal naming no sub-project is asked for them (or 'none') too.
    assert finding.message == (
        "this proposal does not give Project Repo(s) (the address of each repository), Project Site "
        "(the website's address), Communication (the Slack channel or mailing list), Project points of "
        "contacts (names and e-mail addresses) and Sub-Projects (the list of sub-projects, or 'none'): "
        "the Incubation application template asks for them under its title, and the TOC needs them to "
        "review the application; add them there as the template writes them ('Project Repo(s): …')"
    )


def test_the_facts_given_in_the_proposal_s_own_labels_and_links_keep_it_quiet() -> None:
    text = """# Kelpie proposal for CNCF Incubation

## About Kelpie

Kelpie is a cloud native kelp farm.

### Essentials

- Website: [kelpie.io](https://kelpie.io)
- Source Control: [Kelpie on GitHub](https://github.com/kelpie-io)
- Slack: [#kelpie](https://cloud-native.slack.com/messages/kelpie)
- Code of Conduct: [Kelpie Code of Conduct](https://github.com/kelpie-io/kelpie/blob/main/CODE_OF_CONDUCT.md)

## Maintainers

* Ada Example (ada@globex.example), Globex
* Grace Example (grace@initech.example), Initech

Kelpie has no sub-projects.
"""
    report = lint_text(text)
    assert findings(report) == [("unknown-template", "warning", 1)]


def test_links_to_the_site_and_the_chat_in_running_text_give_them_and_only_the_rest_is_named() -> None:
    text = """**Kelpie Graduation Proposal**

[Kelpie](https://kelpie.io/) is a cloud native kelp farm. Since joining the CNCF as an incubating project,
it has grown to 900 contributors across the repositories of the [Kelpie GitHub org](https://github.com/kelpie-io)
and 16,000 users registered for the [Kelpie community Slack](https://kelpie.herokuapp.com/).

## Adopters

Acme, Globex and Initech run Kelpie in production.
"""
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    finding = missing_field(report)
    assert finding.details["fields"] == ["Project points of contacts", "Sub-Projects"]
    assert finding.message.startswith(
        "this proposal does not give Project points of contacts (names and e-mail addresses) and "
        "Sub-Projects (the list of sub-projects, or 'none'): the Graduation application template asks "
        "for them under its title"
    )


def test_a_site_under_a_short_name_given_by_the_project_s_linked_name_or_a_website_link() -> None:
    # The site's host is no spelling of the name (kp8.io): the project's name linked to its root in
    # the opening gives it, and so does a "Website" link in a list of links.
    text = """# Kelpie Graduation Proposal

[Kelpie](https://kp8.io/) joined the CNCF as a sandbox project in 2019 and became an incubating
project in 2021. Its repositories are in the [kelpie-io](https://github.com/kelpie-io) organisation.

## Adopters

Acme, Globex and Initech run Kelpie in production.
"""
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    assert missing_field(report).details["fields"] == [
        "Communication",
        "Project points of contacts",
        "Sub-Projects",
    ]
    listed = text.replace("[Kelpie](https://kp8.io/) joined", "Kelpie joined").replace(
        "## Adopters", "## Links\n\n* [Website](https://kp8.io)\n* [Blog](https://kp8.io/blog)\n\n## Adopters"
    )
    assert missing_field(lint_text(listed)).details["fields"] == [
        "Communication",
        "Project points of contacts",
        "Sub-Projects",
    ]
    # A page of the site the text calls the project's website gives its address too.
    deep = text.replace(
        "## Adopters\n\nAcme",
        "## Adopters\n\nThe full list is on [our website](https://kp8.io/adopters/): Acme",
    )
    assert missing_field(
        lint_text(deep.replace("[Kelpie](https://kp8.io/) joined", "Kelpie joined"))
    ).details["fields"] == ["Communication", "Project points of contacts", "Sub-Projects"]
    # The name linked to a page deeper in the site, to a code host, or another project's site named
    # in the opening: no site given.
    for opening in (
        "[Kelpie](https://kp8.io/docs/intro) joined",
        "[Kelpie](https://gitlab.com/) joined",
        "Kelpie, built on [Kubernetes](https://kubernetes.io/), joined",
        "Kelpie ([CNCF website](https://www.cncf.io/)) joined",
        "Kelpie, first built at Acme (see [Acme's website](https://acme.example/)), joined",
    ):
        report = lint_text(text.replace("[Kelpie](https://kp8.io/) joined", opening))
        assert missing_field(report).details["fields"][0] == "Project Site", opening


def test_the_template_s_own_labels_count_and_the_finding_sits_at_the_title_under_front_matter() -> None:
    text = """---
title: Kelpie
---

**Kelpie Incubation Proposal**

Project Repo(s): https://github.com/kelpie-io/kelpie
Project points of contacts: Ada Example, ada@globex.example

## Adopters

Acme, Globex and Initech run Kelpie in production.
"""
    report = lint_text(text)
    assert findings(report) == [("unknown-template", "warning", 1), ("missing-field", "warning", 5)]
    assert missing_field(report).details["fields"] == ["Project Site", "Communication", "Sub-Projects"]


def test_an_application_on_the_template_is_not_asked_for_facts_by_this_rule() -> None:
    text = (
        "# Kelpie Incubation Application\nv1.6\n\n"
        "Project Repo(s): https://github.com/kelpie-io/kelpie\n"
        "Project Site: https://kelpie.io\nSub-Projects: none\nCommunication: #kelpie on CNCF Slack\n"
        "Project points of contacts: Ada Example, ada@globex.example\n"
    )
    report = lint_text(text)
    assert report.application
    assert "missing-field" not in {f.rule for f in report.findings}


def test_a_channel_named_on_a_chat_workspace_gives_the_communication_channel() -> None:
    text = """**Kelpie Incubation Proposal**

Kelpie ([kelpie.io](https://kelpie.io)) lives at [github.com/kelpie-io](https://github.com/kelpie-io).

## Community

* A public #kelpie channel, on the CNCF Slack workspace, with almost 1700 users.
* Maintainers: Ada Example <ada@globex.example>, Grace Example <grace@initech.example>

## Adopters

Acme, Globex and Initech run Kelpie in production.
"""
    report = lint_text(text)
    # All that is left is the sub-projects, which are asked for beside another fact only: quiet.
    assert findings(report) == [("unknown-template", "warning", 1)]


def test_one_missing_fact_is_named_in_the_singular_and_the_details_list_what_the_text_names() -> None:
    text = """**Kelpie Incubation Proposal**

Project Repo(s): https://github.com/kelpie-io/kelpie
Project Site: https://kelpie.io
Sub-Projects: none
Project points of contacts: Ada Example, ada@globex.example

## Adopters

Acme, Globex and Initech run Kelpie in production.
"""
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    finding = missing_field(report)
    assert finding.details["fields"] == ["Communication"]
    assert finding.message == (
        "this proposal does not give Communication (the Slack channel or mailing list): the Incubation "
        "application template asks for it under its title, and the TOC needs it to review the "
        "application; add it there as the template writes it ('Communication: …')"
    )


# The repository and site in a facts table; maintainers by handle only; questions sent to issues.
TRACKER_ONLY = """# Kelpie Incubation Proposal

Kelpie is a cloud native kelp farm.

| Website | https://kelpie.io |
| --- | --- |
| License | Apache 2.0 |
| Repository | https://github.com/kelpie-io/kelpie |

## Maintainers

- @ada (Globex)
- @grace (Initech)

**Contact**: reach us via [GitHub issues](https://github.com/kelpie-io/kelpie/issues).

Communication: [GitHub Issues](https://github.com/kelpie-io/kelpie/issues)
"""


def test_an_issue_tracker_is_no_channel_and_handles_or_issues_are_no_point_of_contact() -> None:
    report = lint_text(TRACKER_ONLY)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    finding = missing_field(report)
    assert finding.details["fields"] == ["Communication", "Project points of contacts", "Sub-Projects"]
    assert finding.message.startswith(
        "this proposal does not give Communication (the Slack channel or mailing list), Project points of "
        "contacts (names and e-mail addresses) and Sub-Projects (the list of sub-projects, or 'none'): "
    )
    # The same facts set out in the table, with handles only for the contacts: still asked for.
    tabled = TRACKER_ONLY.replace(
        "| License | Apache 2.0 |",
        "| Communication | [GitHub issues](https://github.com/kelpie-io/kelpie/issues) |\n"
        "| Contacts | @ada, @grace |\n| Sub-projects | none |",
    ).split("## Maintainers")[0]
    report = lint_text(tabled)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    assert missing_field(report).details["fields"] == ["Communication", "Project points of contacts"]


def test_a_facts_table_giving_a_channel_and_named_contacts_keeps_the_proposal_quiet() -> None:
    text = """# Kelpie Incubation Proposal

Kelpie is a cloud native kelp farm.

| Website | https://kelpie.io |
| --- | --- |
| Repository | https://github.com/kelpie-io/kelpie |
| Slack | [#kelpie](https://cloud-native.slack.com/messages/kelpie) |
| Contacts | Ada Example (@ada), Grace Example |
| Sub-projects | none |
"""
    assert findings(lint_text(text)) == [("unknown-template", "warning", 1)]
    # A contact named by e-mail alone counts as well.
    mailed = text.replace("Ada Example (@ada), Grace Example", "maintainers@kelpie.io")
    assert findings(lint_text(mailed)) == [("unknown-template", "warning", 1)]
