"""unknown-template on a free-form proposal: what "its text speaks of" is read from sentences about
a topic (its subject, a label, a linked record, the project keeping it), never a word in passing;
work the proposal says is unfinished or planned is named as not done yet; each at its word's line."""

from __future__ import annotations

from applint.engine import lint_text
from applint.findings import Finding
from applint.results.report import FileReport


def unknown_template(report: FileReport) -> Finding:
    (finding,) = (f for f in report.findings if f.rule == "unknown-template")
    return finding


def places(finding: Finding, key: str) -> dict[str, int]:
    return {item["topic"]: item["line"] for item in finding.details[key]}


# Written as 2020-2023 proposals were: a feature list, adopters' own words, statistics as labels.
PROPOSAL = """# Kelpie proposal for CNCF Graduation

Kelpie is a cloud native kelp farm. Its key features:

* Secure communication between farms
* Pluggable storage drivers

## Adopters

Acme uses Kelpie to build its healthcare data architecture across three regions.
On behalf of the maintainers team, we thank every adopter.

## Community

* Community Slack: [#kelpie](https://cloud-native.slack.com/messages/kelpie), 900+ members
* Contributors: 240 from 31 companies

We hold a weekly community meeting open to everyone, and the project was presented at the
[CNCF TOC meeting on 6/5/2021](https://docs.google.com/presentation/d/1abc/edit).

Our roadmap is reviewed every quarter by the maintainers and
published in [ROADMAP.md](https://github.com/kelpie-io/kelpie/blob/main/ROADMAP.md).

## Security

The third-party security audit by Globex Labs is in progress.
We plan to publish an architecture overview before KubeCon.
"""


def test_only_sentences_about_a_topic_count_and_each_is_cited_at_its_word_s_line() -> None:
    finding = unknown_template(lint_text(PROPOSAL))
    assert finding.severity.label == "warning" and finding.line == 1
    covered = places(finding, "covered")
    # Labels, a sentence the project keeps it in, its subject over a wrapped line.
    assert covered["communication channels"] == 15
    assert covered["contributors"] == 16
    assert covered["community meetings"] == 18
    assert covered["the roadmap"] == 21
    assert covered["adopters"] == 8  # the heading
    message = finding.message
    assert (
        "Its text speaks of Contributors and Community — contributors (line 16), communication channels "
        "(line 15) and community meetings (line 18); Engineering Principles — the roadmap (line 21)."
        in message
    )
    # A feature bullet, an adopter's architecture, a signature, the TOC's meeting: no coverage.
    lacking = {item["topic"] for item in finding.details["lacking"]}
    assert {"maintainers", "the code of conduct", "releases"} <= lacking
    assert "the architecture" not in covered and "maintainers" not in covered


def test_work_the_proposal_says_is_in_progress_or_planned_is_named_as_not_done_yet() -> None:
    finding = unknown_template(lint_text(PROPOSAL))
    unfinished = {item["topic"]: (item["line"], item["says"]) for item in finding.details["unfinished"]}
    assert unfinished == {
        "a third-party security audit": (26, "is in progress"),
        "the architecture": (27, "plan to"),
    }
    assert (
        "It says these are not done yet: Engineering Principles — the architecture ('plan to', line 27); "
        "Security — a third-party security audit ('is in progress', line 26)." in finding.message
    )
    lacking = {item["topic"] for item in finding.details["lacking"]}
    assert "a third-party security audit" not in lacking and "the architecture" not in lacking
    assert "a third-party security audit" not in places(finding, "covered")


def test_a_heading_whose_section_opens_saying_it_is_not_done_is_not_coverage() -> None:
    text = (
        "**Kelpie Graduation Proposal**\n\n"
        "### Have completed an independent and third party security audit\n\n"
        "The audit has been started by OSTIF and is in progress.\n\n"
        "### Roadmap\n\nWe will plan the 2.0 release in the open: see [ROADMAP.md](https://github.com/kelpie-io/kelpie/blob/main/ROADMAP.md).\n"
    )
    finding = unknown_template(lint_text(text))
    unfinished = {item["topic"]: (item["line"], item["says"]) for item in finding.details["unfinished"]}
    assert unfinished == {"a third-party security audit": (3, "is in progress")}
    # The heading's own status label says so too.
    labelled = text.replace("### Have completed", "### In Progress: Have completed").replace(
        "The audit has been started by OSTIF and is in progress.", "OSTIF runs it."
    )
    finding = unknown_template(lint_text(labelled))
    assert [(item["topic"], item["line"], item["says"]) for item in finding.details["unfinished"]] == [
        ("a third-party security audit", 3, "In Progress")
    ]
    # A roadmap's section speaks of the future by nature: it is covered at its heading.
    assert places(finding, "covered")["the roadmap"] == 7


def test_a_feature_label_naming_a_topic_is_no_coverage_but_a_label_with_a_count_or_link_is() -> None:
    text = (
        "**Kelpie Incubation Proposal**\n\n"
        "Kelpie's features:\n\n"
        "1. Simplified Device Communication: easy communication between devices and the cloud\n"
        "2. Audit logging\n\n"
        "## Statistics\n\n"
        "* Slack channel members: 1,695\n"
    )
    finding = unknown_template(lint_text(text))
    assert places(finding, "covered") == {"communication channels": 10}


def test_bold_titles_ticked_criteria_and_asciidoc_titles_stand_as_the_proposal_s_headings() -> None:
    text = (
        "**Kelpie Graduation Proposal**\n\n"
        "**Have completed an independent and third party security audit**\n\n"
        "A third-party security audit funded by the CNCF was performed in 2023.\n\n"
        "- [x] Have achieved and maintained a Core Infrastructure Initiative Best Practices Badge.\n\n"
        "== Production Users\nAcme, Globex and Initech; others are not yet published, but can be interviewed.\n"
    )
    finding = unknown_template(lint_text(text))
    covered = {item["topic"]: (item["line"], item["heading"]) for item in finding.details["covered"]}
    assert covered["a third-party security audit"] == (
        3,
        "Have completed an independent and third party security audit",
    )
    assert covered["the OpenSSF Best Practices badge"][0] == 7
    # The AsciiDoc title heads its paragraph; "others are not yet published" is not the list's state.
    assert covered["adopters"] == (9, "Production Users")
    assert finding.details["unfinished"] == []


def test_a_heading_naming_a_topic_by_its_own_word_alone_covers_it_where_running_text_does_not() -> None:
    text = (
        "# Kelpie Incubation Proposal\n\n"
        "Kelpie is a cloud native kelp farm.\n\n"
        "### Neutrality\n\n"
        "Kelpie's maintainers come from Acme, Globex and Initech.\n\n"
        "## Design\n\n"
        "The scheduler keeps its neutrality towards every cloud it runs on.\n"
    )
    finding = unknown_template(lint_text(text))
    covered = {item["topic"]: (item["line"], item["heading"]) for item in finding.details["covered"]}
    assert covered == {"vendor neutrality": (5, "Neutrality")}
    # The word in running text is no name: without the heading it is lacking.
    finding = unknown_template(lint_text(text.replace("### Neutrality", "### Maintainer companies")))
    assert "vendor neutrality" in {item["topic"] for item in finding.details["lacking"]}


# Channels, meetings and project facts set out as a table of labels and values.
TABLED = """# Kelpie Incubation Proposal

Kelpie is a cloud native kelp farm.

## Community

| Channel | Where |
| --- | --- |
| Slack | #kelpie on the CNCF Slack |
| Mailing list | [kelpie-dev](https://groups.google.com/g/kelpie-dev) |
| Community meeting | biweekly on Tuesdays |
"""


def test_a_table_row_labelled_with_a_topic_is_a_label_with_a_value_and_counts_at_its_row() -> None:
    finding = unknown_template(lint_text(TABLED))
    assert finding.rule == "unknown-template" and finding.severity.label == "warning" and finding.line == 1
    covered = places(finding, "covered")
    assert covered == {"communication channels": 9, "community meetings": 11}
    assert (
        "Contributors and Community — communication channels (line 9) and community meetings (line 11)"
        in (finding.message)
    )
    # Running text labelled the same way counts alike; a feature's label with no fact does not.
    text = (
        "# Kelpie Incubation Proposal\n\nKelpie is a cloud native kelp farm.\n\n"
        "* Community meeting: biweekly on Tuesdays\n"
        "* Simplified communication: easy to set up between farms\n"
    )
    assert places(unknown_template(lint_text(text)), "covered") == {"community meetings": 5}


def test_a_table_of_adopters_or_of_features_naming_a_topic_s_word_stays_quiet() -> None:
    text = (
        "# Kelpie Incubation Proposal\n\n"
        "Kelpie is a cloud native kelp farm.\n\n"
        "## Who uses it\n\n"
        "| Company | Use |\n"
        "| --- | --- |\n"
        "| Slack | Runs Kelpie on 300 clusters, see https://slack.engineering/kelpie |\n"
        "| Acme | Weekly batch jobs |\n\n"
        "## Features\n\n"
        "| Feature | Description |\n"
        "| --- | --- |\n"
        "| Secure communication | mTLS between every service, #1 in benchmarks |\n\n"
        "| Secure communication | mTLS between every service |\n"
        "| --- | --- |\n"
        "| Mailing list digests | sent to your team |\n"
    )
    finding = unknown_template(lint_text(text))
    covered = places(finding, "covered")
    assert "communication channels" not in covered and "community meetings" not in covered
    assert {"communication channels", "community meetings"} <= {
        item["topic"] for item in finding.details["lacking"]
    }


def test_a_sentence_linking_the_project_s_page_for_a_topic_covers_it_by_the_page_s_name() -> None:
    text = (
        "# Kelpie Incubation Proposal\n\n"
        "Kelpie is a cloud native kelp farm.\n\n"
        "Kelpie works with Prometheus, Flux and Argo CD (see [the list](https://kelpie.io/docs/integrations/)).\n"
    )
    assert places(unknown_template(lint_text(text)), "covered") == {"integrations with other projects": 5}
    bare = text.replace("[the list](https://kelpie.io/docs/integrations/)", "https://kelpie.io/integrations")
    assert places(unknown_template(lint_text(bare)), "covered") == {"integrations with other projects": 5}
    # A page named otherwise, or a host alone, names no topic.
    for address in ("https://kelpie.io/docs/", "https://integrations.kelpie.io"):
        other = text.replace("https://kelpie.io/docs/integrations/", address)
        assert places(unknown_template(lint_text(other)), "covered") == {}
        assert "integrations with other projects" in {
            item["topic"] for item in unknown_template(lint_text(other)).details["lacking"]
        }


def test_a_post_s_title_in_a_link_s_address_names_no_topic_and_a_report_s_name_is_its_narrower_topic() -> (
    None
):
    text = (
        "**Kelpie Graduation Proposal**\n\n"
        "Kelpie is a cloud native kelp farm.\n\n"
        "- Kelpie added serverless support ([blog](https://blog.kelpie.io/enabling-authenticated-communication-for-serverless-workloads))\n"
        "- Kelpie training open sourced: https://github.com/kelpie-io/kelpie-security-workshop\n\n"
        "In 2024 Globex Labs reviewed the code; the results are in [the report](https://github.com/kelpie-io/kelpie/blob/main/security/SECURITY_AUDIT.pdf).\n"
    )
    finding = unknown_template(lint_text(text))
    assert finding.rule == "unknown-template" and finding.severity.label == "warning" and finding.line == 1
    assert places(finding, "covered") == {"a third-party security audit": 8}
    lacking = {item["topic"] for item in finding.details["lacking"]}
    assert {"communication channels", "reporting security issues"} <= lacking


def test_a_future_plans_or_whats_next_heading_covers_the_roadmap() -> None:
    for heading in ("## Future plans", "## Future Plan", "## What's next?"):
        text = (
            "# Kelpie Incubation Proposal\n\n"
            "Kelpie is a cloud native kelp farm.\n\n"
            f"{heading}\n\n"
            "This year we want to improve stability and grow the contributor base:\n\n"
            "- Build the end-to-end test infrastructure.\n"
            "- Improve the installation and upgrade experience.\n"
        )
        finding = unknown_template(lint_text(text))
        assert places(finding, "covered")["the roadmap"] == 5, heading
        assert "the roadmap" not in {item["topic"] for item in finding.details["lacking"]}


def test_the_project_integrating_with_projects_it_names_covers_integrations() -> None:
    text = (
        "# Kelpie Incubation Proposal\n\n"
        "## Statement on Alignment with the CNCF Mission\n\n"
        "Kelpie brings kelp farming to the cloud native ecosystem.\n"
        "Kelpie is a CSI driver and has deeply integrated with Kubernetes, Prometheus and Velero.\n"
    )
    assert places(unknown_template(lint_text(text)), "covered") == {"integrations with other projects": 6}
    we = text.replace("Kelpie is a CSI driver and has deeply integrated with", "We have integrated with")
    assert places(unknown_template(lint_text(we)), "covered") == {"integrations with other projects": 6}
    # another subject's integration, or one with nothing named, is no claim of the project's
    for other in (
        "Kelpie is a CSI driver, which users have integrated with Kubernetes and Velero.",
        "Kelpie is a CSI driver and is easy to integrate with existing storage.",
    ):
        quiet = text.replace(
            "Kelpie is a CSI driver and has deeply integrated with Kubernetes, Prometheus and Velero.", other
        )
        assert places(unknown_template(lint_text(quiet)), "covered") == {}, other


def test_a_security_file_linked_in_passing_under_another_heading_covers_no_security_reporting() -> None:
    text = (
        "# Kelpie Incubation Proposal\n\n"
        "Kelpie is a cloud native kelp farm.\n\n"
        "### Governance\n\n"
        "We codified our [contributing guidelines](https://github.com/kelpie-io/kelpie/blob/main/CONTRIBUTING.md), "
        "and [security processes](https://github.com/kelpie-io/kelpie/blob/main/SECURITY.md).\n"
    )
    finding = unknown_template(lint_text(text))
    assert "reporting security issues" not in places(finding, "covered")
    assert "reporting security issues" in {item["topic"] for item in finding.details["lacking"]}
    # under a heading naming no topic, the link is the sentence's record; under "Security", the heading
    documents = text.replace("### Governance", "### Project documents")
    assert places(unknown_template(lint_text(documents)), "covered")["reporting security issues"] == 7
    security = text.replace("### Governance", "### Security")
    assert places(unknown_template(lint_text(security)), "covered")["reporting security issues"] == 5


def test_the_message_says_what_to_do_first_then_what_is_missing_then_what_is_covered() -> None:
    message = unknown_template(lint_text(PROPOSAL)).message
    advice = message.index("Re-file it on the Graduation template (https://github.com/cncf/toc/")
    missing = message.index("Nothing in it covers")
    unfinished = message.index("It says these are not done yet:")
    headings = message.index("Its own headings cover")
    text = message.index("Its text speaks of")
    assert message.index("so no criterion was checked.") < advice < missing < unfinished < headings < text
    assert "writing what is missing and moving each part under the template's section for it" in message
    assert message.endswith("Engineering Principles — the roadmap (line 21).")
