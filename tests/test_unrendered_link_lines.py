"""unrendered-list on links written one a line with no markers (which render run together, their
texts reading as one), every such group of a document found alike and reported once with "also
at" lines; and a list written without markers that a prose sentence follows, whose items end where
that sentence starts. Each case asserts rule, severity, line and the places that stay quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_source, lint_text
from applint.readers.sources import Source
from tests.test_markdown_slips import GTR

GROUPS = (
    "- Describe how the project is installed and initialized.\n"
    "\n"
    "  Installing the Kelpie server is as simple as downloading and running a single binary, which most adopters do:\n"
    "  [Installing a Kelpie Server](https://docs.kelpie.example.org/running/installation)\n"
    "  [Running and deploying a Kelpie Server](https://docs.kelpie.example.org/running)\n"
    "\n"
    "- Outline the project's architecture requirements.\n"
    "\n"
    "  Development is easily done against a local single-server setup.\n"
    "\n"
    "  [Installing a Kelpie Server](https://docs.kelpie.example.org/running/installation)\n"
    "  [Kelpie deployment architectures](https://docs.kelpie.example.org/running/architectures)\n"
    "  [Environmental considerations](https://docs.kelpie.example.org/running/environment)\n"
    "\n"
    "- Describe how the project captures audit logging.\n"
    "\n"
    "  The monitoring endpoints can be used to measure these:\n"
    "  [Monitoring](https://docs.kelpie.example.org/admin/monitoring)\n"
    "  [Message Path Tracing](https://docs.kelpie.example.org/admin/tracing)\n"
    "  The monitoring endpoints can also be used to determine the health of the service.\n"
)


def unrendered(text: str, path: str = "gtr.md") -> list[tuple[str, str, int | None]]:
    return [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text, path).findings
        if f.rule == "unrendered-list"
    ]


def test_every_group_of_link_lines_is_one_finding_at_the_first() -> None:
    text = GTR + GROUPS
    assert unrendered(text) == [("unrendered-list", "warning", 9)]
    (finding,) = [f for f in lint_text(text, "gtr.md").findings if f.rule == "unrendered-list"]
    assert "2 links on lines 10-11" in finding.message
    assert "also at lines 17 and 23" in finding.message  # the prose line after 23's links is no link


@pytest.mark.parametrize(
    "written",
    [
        # a series inside a sentence, commas between the links
        "Companies like\n[Netflix](https://netflix.example.org/grpc),\n[Reddit](https://reddit.example.org/grpc),\nand Google use it.\n",
        # badges on one line each: meant to sit side by side
        "[![Build](https://ci.example.org/badge.svg)](https://ci.example.org)\n"
        "[![Coverage](https://cov.example.org/badge.svg)](https://cov.example.org)\n",
        # bare addresses as a list, or with a line break after each but the last
        "- https://github.com/kelpie-io/kelpie/commits/main/OWNERS.md\n- https://github.com/kelpie-io/operator/commits/main/OWNERS.md\n",
        "https://github.com/kelpie-io/kelpie/commits/main/OWNERS.md\\\nhttps://github.com/kelpie-io/operator/commits/main/OWNERS.md\n",
        # one bare address in a sentence's line, the next line prose
        "The maintainers are listed in\nhttps://github.com/kelpie-io/kelpie/blob/main/OWNERS.md and each repository's own file.\n",
        # hard line breaks: each renders on its own line
        "[Serving](https://github.com/orgs/kelpie/projects/53)\\\n[Client](https://github.com/orgs/kelpie/projects/37)\n",
        # the same links as a list
        "- [Serving](https://github.com/orgs/kelpie/projects/53)\n- [Client](https://github.com/orgs/kelpie/projects/37)\n",
        # one link a paragraph
        "[Serving](https://github.com/orgs/kelpie/projects/53)\n\n[Client](https://github.com/orgs/kelpie/projects/37)\n",
    ],
)
def test_links_that_render_as_meant_stay_quiet(written: str) -> None:
    assert unrendered(GTR + written) == []


@pytest.mark.parametrize(
    ("written", "line", "lines"),
    [
        # bare addresses one a line, as an evidence paragraph gives them
        (
            "The history of these files shows maintainers added and removed over time:\n"
            "\n"
            "https://github.com/kelpie-io/kelpie/commits/main/OWNERS.md\n"
            "https://github.com/kelpie-io/kelpie-runtime/commits/main/OWNERS.md\n"
            "https://github.com/kelpie-contrib/provider-sql/commits/master/OWNERS.md\n",
            9,
            "3 addresses on lines 9-11",
        ),
        # under an introducing sentence: reported at that sentence
        (
            "Prior to joining the CNCF, the project took part in Google Summer of Code directly:\n"
            "https://github.com/kelpie-io/community/blob/main/gsoc-2022.md\n"
            "https://github.com/kelpie-io/community/blob/main/gsoc-2023.md\n",
            7,
            "2 addresses on lines 8-9",
        ),
    ],
)
def test_bare_addresses_one_a_line_run_on_one_after_another(written: str, line: int, lines: str) -> None:
    (finding,) = [f for f in lint_text(GTR + written, "gtr.md").findings if f.rule == "unrendered-list"]
    assert (finding.rule, finding.severity.label, finding.line) == ("unrendered-list", "warning", line)
    assert lines in finding.message and "one after another" in finding.message


def test_an_issue_body_shows_each_link_line_on_its_own() -> None:
    text = GTR + GROUPS
    as_issue = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True)).findings
    assert [f for f in as_issue if f.rule == "unrendered-list"] == []


def test_a_list_without_markers_ends_where_the_prose_after_it_starts() -> None:
    text = GTR + (
        "The TOC requires maintainers from more than one company for two reasons:\n"
        "Demonstrating that the project is open to contributors regardless of employer, and\n"
        "Reducing risks that a single employer's change of status could lead to the project becoming "
        "unmaintained, which is the current critical issue.\n"
        "Given this, Kelpie needs a plan to recruit committers outside of Examplo Corp.\n"
    )
    (finding,) = [f for f in lint_text(text, "governance-review.md").findings if f.rule == "unrendered-list"]
    assert (finding.rule, finding.severity.label, finding.line) == ("unrendered-list", "warning", 7)
    assert "2 items without list markers (lines 8-9)" in finding.message


def test_lists_without_markers_through_a_document_are_one_finding() -> None:
    text = GTR + (
        "Internal:\n"
        "Slack: https://cloud-native.slack.com/archives/C0KELPIE\n"
        "GitHub Issues: https://github.com/kelpie-io/kelpie/issues\n"
        "\n"
        "Outbound:\n"
        "Twitter: https://twitter.example.org/kelpie\n"
        "Blog: https://kelpie.example.org/blog\n"
    )
    assert unrendered(text) == [("unrendered-list", "warning", 7)]


LABELLED = (
    "The maintainers of each repository are listed in the OWNERS.md file of that repository. For example:\n"
    "\n"
    "core Kelpie: https://github.com/kelpie-io/kelpie/blob/main/OWNERS.md\n"
    "kelpie-runtime: https://github.com/kelpie-io/kelpie-runtime/blob/main/OWNERS.md\n"
    "provider-sql: https://github.com/kelpie-contrib/provider-sql/blob/master/OWNERS.md\n"
    "Extension projects must keep these lists up to date, as part of the defined lifecycle expectations.\n"
    "\n"
    "All repositories take issues and changes through the standard GitHub workflows.\n"
    "\n"
    "Social media discussions are documented here: https://github.com/kelpie-io/community/blob/main/SOCIAL.md\n"
    "Working group meetings are also documented in the community repo: https://github.com/kelpie-io/community#meetings\n"
    "Slack guidelines with channel info are listed here: [SLACK.md](https://github.com/kelpie-io/community/blob/main/SLACK.md)\n"
)


def test_lines_each_ending_in_a_link_after_a_label_or_a_sentence_run_together() -> None:
    text = GTR + LABELLED
    assert unrendered(text) == [("unrendered-list", "warning", 9)]
    (finding,) = [f for f in lint_text(text, "gtr.md").findings if f.rule == "unrendered-list"]
    # the sentence after the labelled lines is prose, not one of them
    assert "the 3 lines 9-11 each end in a link" in finding.message
    assert "each line's text running on from the link before it" in finding.message
    assert "also at line 16" in finding.message


@pytest.mark.parametrize(
    "written",
    [
        # hard line breaks: two spaces, a backslash
        "core Kelpie: https://github.com/kelpie-io/kelpie/blob/main/OWNERS.md  \n"
        "kelpie-runtime: https://github.com/kelpie-io/kelpie-runtime/blob/main/OWNERS.md\n",
        "core Kelpie: https://github.com/kelpie-io/kelpie/blob/main/OWNERS.md\\\n"
        "kelpie-runtime: https://github.com/kelpie-io/kelpie-runtime/blob/main/OWNERS.md\n",
        # a real list
        "- core Kelpie: https://github.com/kelpie-io/kelpie/blob/main/OWNERS.md\n"
        "- kelpie-runtime: https://github.com/kelpie-io/kelpie-runtime/blob/main/OWNERS.md\n",
        # one link a paragraph
        "Social media discussions are documented here: https://github.com/kelpie-io/community/blob/main/SOCIAL.md\n"
        "\n"
        "Slack guidelines are listed here: https://github.com/kelpie-io/community/blob/main/SLACK.md\n",
        # each line a sentence ending after its link
        "Social media discussions are documented in https://github.com/kelpie-io/community/blob/main/SOCIAL.md.\n"
        "Slack guidelines are listed in https://github.com/kelpie-io/community/blob/main/SLACK.md.\n",
        # prose wrapped after a link that no label leads to
        "The release process is described in [the release guide](https://kelpie.example.org/release)\n"
        "and each release is announced on [the blog](https://kelpie.example.org/blog)\n",
        # link reference definitions, which do not render
        "The project has a [growing contributor community].\n\n"
        "[growing contributor community]: https://insights.example.org/kelpie/contributors\n"
        "[incubation application]: https://github.com/cncf/toc/issues/1537\n",
    ],
)
def test_lines_ending_in_links_that_render_as_meant_stay_quiet(written: str) -> None:
    assert unrendered(GTR + written) == []


def test_labelled_link_lines_under_an_introducing_line_are_that_list() -> None:
    text = GTR + (
        "Our communication channels:\n"
        "Slack: #kelpie and #kelpie-dev on CNCF Slack\n"
        "Mailing list: https://lists.cncf.io/g/kelpie\n"
        "Forum: https://github.com/kelpie-io/kelpie/discussions\n"
        "Private: security@kelpie.example.org for vulnerability reports only\n"
    )
    (finding,) = [f for f in lint_text(text, "gtr.md").findings if f.rule == "unrendered-list"]
    assert (finding.rule, finding.severity.label, finding.line) == ("unrendered-list", "warning", 7)
    assert finding.message.startswith(
        '"Our communication channels:" is followed by 4 items without list markers'
    )
