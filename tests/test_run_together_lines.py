"""Lines an author wrote as separate items that Markdown joins into one paragraph: runs of
"Key: value" lines (unrendered-list), a longer one-line introduction before its unmarked list
(unrendered-list), links one a line where a line break sets only the first apart (unrendered-list),
and a labelled line that lost its list marker between labelled items (malformed-markdown). Each
case asserts rule, severity and line, and the places that must stay quiet: prose wrapped at a
width, a byline of two lines, the application's project facts, lines ending in a break, an issue
body, an item's own detail after its colon."""

from __future__ import annotations

import pytest

from applint.engine import lint_source, lint_text
from applint.readers.sources import Source
from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.test_markdown_slips import GRAD, GTR

Found = list[tuple[str, str, int | None]]


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line of ``text`` that starts with ``needle``."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(needle))


def found(text: str, rule: str, path: str = "case.md") -> Found:
    return [(f.rule, f.severity.label, f.line) for f in lint_text(text, path).findings if f.rule == rule]


def messages(text: str, rule: str) -> list[str]:
    return [f.message for f in lint_text(text, "case.md").findings if f.rule == rule]


THREAT_MODEL = (
    "\n## Lightweight threat model\n\n"
    "Project: Kestrel (https://github.com/kestrel/kestrel)\n"
    "Intended usage: Batch job scheduling for research clusters.\n"
    "Project data classification: Sensitive\n"
    "Highest risk impact: Cluster breach, job breach\n"
    "Owner(s) and/or maintainer(s):\n"
    "- Ana Ruiz, @aruiz\n"
    "\n## Secure development practices\n\n"
    "Signing Work - DCO Process: Contributors sign off their commits with their name and email.\n"
    "Testing and Formatting: make lint and make docs check the code and the documentation.\n"
    "Testing Procedures: make test runs the unit tests, make e2e the end-to-end tests.\n"
)


def test_key_value_lines_are_one_finding_for_the_document() -> None:
    text = SELF_ASSESSMENT_HEAD + THREAT_MODEL
    assert found(text, "unrendered-list") == [
        ("unrendered-list", "warning", line_of(text, "Project: Kestrel"))
    ]
    (message,) = messages(text, "unrendered-list")
    first = line_of(text, "Project: Kestrel")
    assert f"the 5 lines {first}-{first + 4}" in message
    assert '"Project:", "Intended usage:", "Project data classification:", …' in message
    assert f"(also at line {line_of(text, 'Signing Work')})" in message
    assert "start each line with '- '" in message


def test_quoted_facts_run_together() -> None:
    text = (
        "# General Technical Review - Kestrel / Sandbox\n\n"
        "> **Project:** Kestrel\n"
        "> **Project Version:** v0.3.2\n"
        "> **Website:** https://kestrel.dev\n"
        "> **Date Updated:** 2026-03-17\n"
        "\n## Day 0 - Planning Phase\n\n### Scope\n\nKestrel schedules batch jobs.\n"
    )
    assert found(text, "unrendered-list") == [("unrendered-list", "warning", 3)]


@pytest.mark.parametrize(
    "written",
    [
        # a byline: two lines
        "Date: 13th Feb, 2025\nAuthor: Niladri Halder (@niladrih)\n",
        # the same facts as a list, or one a paragraph, or each ending in a line break
        "- Project: Kestrel\n- Intended usage: Batch jobs.\n- Data classification: Sensitive\n",
        "Project: Kestrel\n\nIntended usage: Batch jobs.\n\nData classification: Sensitive\n",
        "Project: Kestrel  \nIntended usage: Batch jobs.\\\nData classification: Sensitive\n",
        # prose wrapped at a width whose lines happen to hold a colon
        "We reviewed three things in the last release: the\n"
        "scheduler, the API server and the CLI. Finally, we noted: the\n"
        "maintainers meet at 10:30 UTC on Tuesdays to triage reports.\n",
        # a sentence with a comma before its colon, then lines of prose
        "In short, the project has three parts: a scheduler\nScheduler: places jobs\nand an API.\n",
    ],
)
def test_key_value_lines_that_render_as_meant_stay_quiet(written: str) -> None:
    text = SELF_ASSESSMENT_HEAD + "\n## Overview notes\n\n" + written
    assert found(text, "unrendered-list") == []


ACTORS = (
    "\n## Actors\n\n"
    "**1. Kestrel Core:**\n"
    "Role: Serves as the scheduling engine, placing each job on a node.\n"
    "Significance: Defines how every job of the cluster is run.\n\n"
    "**2. Job Runtimes:**\n"
    "Role: Run the jobs the core places.\n"
    "Significance: Turn each job's specification into running processes.\n"
)


def test_two_key_lines_under_a_bold_title_run_into_it_and_fold_through_the_document() -> None:
    text = SELF_ASSESSMENT_HEAD + ACTORS
    first = line_of(text, "Role: Serves")
    assert found(text, "unrendered-list") == [("unrendered-list", "warning", first)]
    (message,) = messages(text, "unrendered-list")
    assert f'the 2 lines {first}-{first + 1} ("Role:", "Significance:")' in message
    assert f"(also at line {line_of(text, 'Role: Run')})" in message


@pytest.mark.parametrize(
    "written",
    [
        # two key lines without a title are a byline
        "Role: Serves as the scheduling engine.\nSignificance: Defines how every job is run.\n",
        # the title apart, or a line break after each line
        "**1. Kestrel Core:**\n\nRole: Serves as the scheduling engine.\nSignificance: Defines how jobs run.\n",
        "**1. Kestrel Core:**\nRole: Serves as the scheduling engine.  \nSignificance: Defines how jobs run.\n",
        # a bold title over one key line and prose
        "**1. Kestrel Core:**\nRole: Serves as the scheduling engine.\nIt places each job on a node.\n",
    ],
)
def test_a_title_over_key_lines_that_render_as_meant_stays_quiet(written: str) -> None:
    text = SELF_ASSESSMENT_HEAD + "\n## Actors\n\n" + written
    assert found(text, "unrendered-list") == []


def test_an_issue_body_shows_each_key_line_on_its_own() -> None:
    text = SELF_ASSESSMENT_HEAD + THREAT_MODEL
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "unrendered-list"] == []


def test_the_application_project_facts_stay_quiet() -> None:
    assert "Project Repo(s):" in GRAD and "Project Site:" in GRAD
    assert found(GRAD, "unrendered-list", "application.md") == []


FEATURES = (
    "The features that distinguish Kestrel from other batch schedulers are:\n"
    "\n"
    "A multi-tenant queue model (queues defined by team and priority)\n"
    "Gang scheduling for jobs that need all their pods at once\n"
    "No dependency on an external database; one controller is enough\n"
    "Preemption across queues by priority\n"
)


def test_a_sentence_introducing_four_unmarked_lines() -> None:
    text = GTR + FEATURES
    assert found(text, "unrendered-list") == [("unrendered-list", "warning", 9)]
    (message,) = messages(text, "unrendered-list")
    assert "the 4 lines after" in message and "(lines 9-12)" in message


@pytest.mark.parametrize(
    "written",
    [
        # three lines only after a long introduction
        FEATURES.rsplit("\n", 2)[0] + "\n",
        # badges in a row, each on its line: they show side by side
        "Kestrel can be integrated with and monitored through the following technologies:\n\n"
        "[![otel](https://img.shields.io/badge/otel-1-blue)](https://opentelemetry.io)\n"
        "[![grafana](https://img.shields.io/badge/grafana-1-blue)](https://grafana.com)\n"
        "[![prometheus](https://img.shields.io/badge/prometheus-1-blue)](https://prometheus.io)\n"
        "[![jaeger](https://img.shields.io/badge/jaeger-1-blue)](https://jaegertracing.io)\n",
        # a wrapped paragraph after the introduction
        "The features that distinguish Kestrel from other batch schedulers are the following ones:\n\n"
        "Kestrel places jobs in queues defined by team and priority, and runs\n"
        "gang scheduling for the jobs that need all their pods at once, with\n"
        "no dependency on an external database, as one controller is enough for\n"
        "Kubernetes clusters of any size.\n",
    ],
)
def test_long_introductions_that_render_as_meant_stay_quiet(written: str) -> None:
    assert found(GTR + written, "unrendered-list") == []


def test_link_lines_after_a_line_break_run_together() -> None:
    text = (
        GTR + "Further reading:\n\n"
        "[Components](https://kestrel.dev/docs/components)  \n"
        "[Interactive Tutorials](https://killercoda.com/kestrel/)\n"
        "[Kestrel Monitoring](https://blog.example.org/kestrel-monitoring)\n"
    )
    assert found(text, "unrendered-list") == [("unrendered-list", "warning", 10)]
    (message,) = messages(text, "unrendered-list")
    assert "the 2 links on lines 10-11" in message


def test_link_lines_each_ending_in_a_break_stay_quiet() -> None:
    text = (
        GTR + "Further reading:\n\n"
        "[Components](https://kestrel.dev/docs/components)  \n"
        "[Interactive Tutorials](https://killercoda.com/kestrel/)\\\n"
        "[Kestrel Monitoring](https://blog.example.org/kestrel-monitoring)\n"
    )
    assert found(text, "unrendered-list") == []


PRACTICES = (
    "\n## Security functions and features\n\n"
    "* Best Programming Practices: The team relies on reviews and end-to-end tests.\n"
    "Data Handling and Privacy: Kestrel does not log the jobs' data.\n"
    "* Use of Cryptography Tools: Kestrel relies on the Go standard library.\n"
    "\n## Secure development practices\n\n"
    "* Commit Signing: Contributors sign their commits as part of the DCO process.\n"
    "Testing and Assessment: The code undergoes unit and end-to-end tests.\n"
    "* Code Review: Two maintainers approve each change.\n"
)


def test_a_labelled_line_without_its_marker_runs_into_the_item_above() -> None:
    text = SELF_ASSESSMENT_HEAD + PRACTICES
    first = line_of(text, "Data Handling")
    assert found(text, "malformed-markdown") == [("malformed-markdown", "warning", first)]
    (message,) = messages(text, "malformed-markdown")
    assert "'Data Handling and Privacy: Kestrel does…'" in message
    assert "renders as the end of the item above ('Best Programming Practices…')" in message
    assert f"(also at line {line_of(text, 'Testing and Assessment')})" in message


@pytest.mark.parametrize(
    "written",
    [
        # the item ends in a colon: the line is its detail
        "* APAC-friendly Meeting: Second Thursday of each month:\nTime: 9-10 a.m. CET / 1-2 p.m. Bengaluru\n\n* Americas Meeting: Fourth Thursday\n",
        # the item's own prose goes on above the line: it may be the item's detail
        "* BuildKit Engine: BuildKit builds the patched image.\n"
        "We recommend running it rootless.\n"
        "Isolation specifics: ephemeral containers for each step.\n"
        "* Scanner: Kestrel reads the scanner's report.\n",
        # an item with no label: the line is the item's next sentence
        "* Kestrel ships the blocks to the object storage.\nNote: it needs the bucket's credentials.\n",
        # the line above ends in a line break: it shows on its own line
        "* Best Practices: The team relies on reviews.  \nData Handling: Kestrel does not log data.\n",
        # a sentence going on from the item (lower case, or the item stops on an open word)
        "* Monitoring: Kestrel aids in\nRoot cause analysis: finding the slow step.\n",
        # the same lines as items
        "* Best Practices: The team relies on reviews.\n* Data Handling: Kestrel does not log data.\n",
    ],
)
def test_lines_that_belong_to_their_item_stay_quiet(written: str) -> None:
    text = SELF_ASSESSMENT_HEAD + "\n## Security functions and features\n\n" + written
    assert found(text, "malformed-markdown") == []


def test_an_issue_body_breaks_before_a_labelled_line() -> None:
    text = SELF_ASSESSMENT_HEAD + PRACTICES
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "malformed-markdown"] == []


THREATS = (
    "\n## Threat modeling with STRIDE\n\n"
    "##### Threat-01-S - Spoofing of the Kestrel admin\n"
    "* Description: The admin's identity can be spoofed with stolen credentials.\n"
    "* Mitigations:\n"
    "Authenticate the admin before processing requests.\n"
    "Discard and log as a security event if authentication fails.\n"
    "\n"
    "##### Threat-02-S - Spoofing of the Kestrel API server\n"
    "* Description: A user could impersonate the API server.\n"
    "* Mitigations:\n"
    "Authenticate the API server and the clusters before processing requests.\n"
    "Discard and log as a security event if authentication fails.\n"
    "Tampering\n"
    "\n"
    "##### Threat-03-T - Tampering of Kestrel components\n"
    "* Description: Components can be tampered with during the build.\n"
    "* Mitigations:\n"
    "Verify checksums and signatures during the build\n"
    "Alert and log on modification of components\n"
)


def test_a_label_over_sentences_is_a_list_where_the_same_label_is_one_elsewhere() -> None:
    text = SELF_ASSESSMENT_HEAD + THREATS
    first = line_of(text, "* Mitigations:")
    assert found(text, "unrendered-list") == [("unrendered-list", "warning", first)]
    (message,) = messages(text, "unrendered-list")
    assert (
        f'"Mitigations:" is followed by 2 items without list markers (lines {first + 1}-{first + 2})'
        in message
    )
    second, third = [number for number, line in enumerate(text.splitlines(), 1) if line == "* Mitigations:"][
        1:
    ]
    assert f"(also at lines {second} and {third})" in message


def test_a_label_over_sentences_alone_stays_quiet() -> None:
    # each bullet's label over its own sentences, no list of that label found anywhere
    text = SELF_ASSESSMENT_HEAD + THREATS.rsplit("##### Threat-03-T", 1)[0].replace("Tampering\n", "")
    assert found(text, "unrendered-list") == []


def test_a_group_title_run_into_the_last_sentence_before_a_heading() -> None:
    text = SELF_ASSESSMENT_HEAD + THREATS
    assert found(text, "malformed-markdown") == [
        ("malformed-markdown", "warning", line_of(text, "Tampering"))
    ]
    (message,) = messages(text, "malformed-markdown")
    assert "'Tampering' directly follows a list item" in message and "put a blank line before it" in message


@pytest.mark.parametrize(
    "ending",
    [
        # the item's sentence goes on in the short line (no full stop above it)
        "Discard and log as a security event if authentication\nFails Quietly\n",
        # a lower-case word: the end of the item's sentence
        "Discard and log as a security event.\nthen retry\n",
        # a line break above the title: it shows on its own line
        "Discard and log as a security event.  \nTampering\n",
        # a blank line between: it is a paragraph of its own
        "Discard and log as a security event.\n\nTampering\n",
    ],
)
def test_short_lines_after_an_item_that_render_as_meant_stay_quiet(ending: str) -> None:
    text = (
        SELF_ASSESSMENT_HEAD + "\n## Threat modeling with STRIDE\n\n"
        "* Mitigations: Authenticate the admin.\n" + ending + "\n##### Threat-03-T - Tampering\n\nNone.\n"
    )
    assert found(text, "malformed-markdown") == []


def test_short_lines_right_under_a_heading() -> None:
    text = (
        GTR
        + "Kestrel considered these threats.\n\n#### STRIDE categories considered\n"
        + ("Denial of Service\nSpoofing\nElevation of Privilege\nTampering\n")
    )
    assert found(text, "unrendered-list") == [("unrendered-list", "warning", 10)]
    (message,) = messages(text, "unrendered-list")
    assert 'the 4 lines after "STRIDE categories considered" (lines 10-13)' in message


@pytest.mark.parametrize(
    "written",
    [
        # a bold label, its sentence introducing a link
        "**Security Self-Assessment:**\nKestrel's self-assessment is available at:\n"
        "[docs/self-assessment.md](https://github.com/kestrel/kestrel/blob/main/docs/self-assessment.md)\n",
        # sentences, one a line
        "Kestrel signs its releases.\nIt publishes an SBOM.\nIt keeps a security policy.\n",
        # prose wrapped at a width
        "Kestrel places jobs in queues defined by\nteams, and runs gang scheduling for\njobs that need all their pods\n",
        # badges with their names
        "FOSSA - [![FOSSA](https://app.fossa.com/badge.svg)](https://app.fossa.com)\n"
        "Scorecard - [![Scorecard](https://api.scorecard.dev/badge)](https://scorecard.dev)\n"
        "CLOMonitor - [![CLOMonitor](https://clomonitor.io/badge)](https://clomonitor.io)\n",
        # long lines: a paragraph of its own
        "The scheduler places each job in the queue of the team that submitted it and the priority it has\n"
        "The controller keeps the queues in a custom resource that every cluster of the fleet reads again\n"
        "The command-line tool lists the queues of a team with the jobs that wait in each of them today\n",
    ],
)
def test_lines_under_a_heading_that_render_as_meant_stay_quiet(written: str) -> None:
    assert found(GTR + "#### Security\n" + written, "unrendered-list") == []


TENETS = (
    "- On the TAG Security whitepaper:\n"
    "1. Make security a design requirement\n"
    "Security measures have been part of Kestrel since its first release, and improve every release.\n"
    "2. Applying secure configuration has the best user experience\n"
    "Security by default is preferred: the servers use TLS by default and the agents run unprivileged.\n"
    "3. Selecting insecure configuration is a conscious decision\n"
    "Features that need the privileged agent never turn it on by themselves.\n"
)


def test_titled_items_with_their_text_run_into_them() -> None:
    text = GTR + TENETS
    assert found(text, "malformed-markdown") == [("malformed-markdown", "warning", 8)]
    (message,) = messages(text, "malformed-markdown")
    assert "'1. Make security a design requirement' is a title" in message
    assert "(also at lines 10 and 12)" in message


@pytest.mark.parametrize(
    "written",
    [
        # one item written so: a slip, not the document's way of writing
        TENETS.split("2. Applying")[0],
        # the titles end in a line break
        TENETS.replace("requirement\n", "requirement\\\n").replace("experience\n", "experience  \n"),
        # the titles end in an HTML line break
        TENETS.replace("requirement\n", "requirement <br>\n").replace("experience\n", "experience<br/>\n"),
        # the texts indented under their titles after a blank line
        "1. Make security a design requirement\n\n   Security measures have been part of Kestrel since its first release.\n"
        "2. Applying secure configuration has the best user experience\n\n   Security by default is preferred by the team.\n",
        # an item's sentence wrapped onto an unindented line
        "1. The operator watches the Kubernetes API server\nfor changes to the queues and the jobs in each of them.\n"
        "2. The scheduler places each job of a queue\nin the order of the priority the team gave it today.\n",
        # titles ending in a colon: their text is the detail
        "1. Make security a design requirement:\nSecurity measures have been part of Kestrel since its first release.\n"
        "2. Applying secure configuration:\nSecurity by default is preferred by the team for every release.\n",
    ],
)
def test_items_that_render_as_meant_stay_quiet(written: str) -> None:
    assert found(GTR + written, "malformed-markdown") == []


def test_an_issue_body_breaks_after_each_title() -> None:
    report = lint_source(Source("-", (GTR + TENETS).encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "malformed-markdown"] == []
