"""Rendering slips a reader sees on GitHub whatever the document: an image or link written with a
reference label nothing defines (a Google Docs export), an empty row inside a filled table, and
characters that do not show pasted into the prose. Every case asserts each finding (rule,
severity, line, column) and the places that must stay quiet, in applications, DD documents and
companions."""

from __future__ import annotations

import pytest

from applint.engine import lint_source, lint_text
from applint.findings import Finding
from applint.readers.sources import Source
from tests.test_markdown_render import GTR, ours
from tests.test_markdown_slips import EVIDENCE_10, GRAD, after_evidence


def _of(rule: str, text: str, path: str = "gtr.md") -> list[Finding]:
    return [finding for finding in lint_text(text, path).findings if finding.rule == rule]


GTR_DIAGRAM = GTR + (
    "Kelpie reconciles clusters from a hub.\n\n"  # line 7
    "### Architecture\n\n"
    "The hub and its agents:\n\n"  # line 11
    "![][image1]\n\n"  # line 13
    "Each agent reports to the hub (see ![the agent loop][image2] and the [design doc][design]).\n"  # line 15
)


def test_images_with_undefined_labels_are_one_error_naming_each_with_its_lines() -> None:
    text = GTR_DIAGRAM + "\nThe data flow again:\n\n![][image1]\n"  # the first image again, line 19
    assert ours(text, "gtr.md") == [("broken-link", "error", 13, 1)]
    (finding,) = _of("broken-link", text)
    assert "'![][image1]', '![the agent loop][image2]' and '[design doc][design]'" in finding.message
    assert "also at lines 15 and 19" in finding.message
    assert "add the definitions" in finding.message


def test_one_undefined_image_names_its_label_and_the_fix() -> None:
    text = GTR + "The hub and its agents:\n\n![][image1]\n"
    (finding,) = _of("broken-link", text)
    assert (finding.rule, finding.severity.label, finding.line, finding.column) == (
        "broken-link",
        "error",
        9,
        1,
    )
    assert "'![][image1]' uses the label 'image1', which no '[image1]: address' line" in finding.message
    assert "'![alt text](address)'" in finding.message


@pytest.mark.parametrize(
    "definitions",
    [
        # at the end, as an export writes them, in another case and spacing
        "\n[IMAGE1]: https://example.org/hub.png\n[Image2]: <data:image/png;base64,iVBORw0KGgo=>\n[Design]: https://example.org/design\n",
        # before their uses, inside a list of references
        "\n- notes\n\n[image1]: ./hub.png\n[image2]: ./loop.png 'The agent loop'\n[design]: ./DESIGN.md\n",
    ],
)
def test_references_defined_anywhere_in_any_case_stay_quiet(definitions: str) -> None:
    assert ours(GTR_DIAGRAM + definitions, "gtr.md") == []


@pytest.mark.parametrize(
    "written",
    [
        "The example is `![][image1]` in the export's source.",  # in code
        "```\n![][image1]\n```",  # in a fenced block
        "The loop reads matrix[i][j] for each cell.",  # an index, glued to a word
        "As the survey found [1][2], most adopters run it in production.",  # citation numbers
        "The release notes cite the audit[^1][^2].",  # footnote marks
        "- [x][Docs] are written for each release.",  # a task box before a bracketed word
        "The label \\[text\\]\\[ref\\] is escaped.",  # escaped brackets
    ],
)
def test_brackets_github_shows_as_text_on_purpose_stay_quiet(written: str) -> None:
    assert after_evidence(written) == []


def test_an_undefined_link_label_in_an_application_is_an_error_at_it() -> None:
    written = "The charter is in the [community repository][community], reviewed each year."
    assert after_evidence(written) == [("broken-link", "error", 95, 23)]


def test_empty_rows_of_an_applications_table_are_one_warning_per_table() -> None:
    written = (
        "| Adopter | Industry |\n| --- | --- |\n| Examplo Bank | Finance |\n|  |  |\n"
        "| Examplo Air | Travel |\n| | |\n\n"
        "| Release | Date |\n| --- | --- |\n| 1.0 | 2024-05-01 |\n| | |"
    )
    assert after_evidence(written) == [
        ("malformed-markdown", "warning", 98, None),
        ("malformed-markdown", "warning", 105, None),
    ]
    text = GRAD.replace(EVIDENCE_10, EVIDENCE_10 + "\n\n" + written)
    (first, _) = _of("malformed-markdown", text, "case.md")
    assert "this table has an empty row (also line 100)" in first.message


@pytest.mark.parametrize(
    "written",
    [
        "|  |  |\n| --- | --- |\n| Examplo Bank | Finance |",  # an empty header: GitHub shows no blank row
        "| Adopter | Industry |\n| --- | --- |\n| Examplo Bank | |\n| | Travel |",  # empty cells, not rows
    ],
)
def test_an_empty_header_and_empty_cells_stay_quiet(written: str) -> None:
    assert after_evidence(written) == []


def test_zero_width_characters_in_prose_are_one_warning_for_the_document() -> None:
    text = GTR + (
        "Kelpie is used in production by Examplo Bank, proving its effectiveness in real-world applications\u200b\u200b.\n\n"
        "- It handles complex networking requirements\u200b.\n"  # line 9
        "- Its agents keep\u2060running when the hub is down.\n\n"  # line 10, a word joiner
        "The maintainers review\ufeff every change.\n"  # line 12, a byte order mark inside the text
    )
    assert ours(text, "gtr.md") == [("malformed-markdown", "warning", 7, 99)]
    (finding,) = _of("malformed-markdown", text)
    assert finding.message.startswith(
        "this line holds a zero-width space (U+200B), a character that does not show"
    )
    assert finding.message.endswith("delete it (also at lines 9-10 and 12)")


@pytest.mark.parametrize(
    "written",
    [
        "The team \U0001f469\u200d\U0001f4bb maintains it.",  # an emoji sequence
        "Documented in Persian as \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 for local users.",  # a script's joiner
        "```\nkubectl get pods\u200b\n```",  # in code
        "<!-- note\u200b to self -->",  # in a comment
    ],
)
def test_invisible_characters_that_belong_there_or_are_not_prose_stay_quiet(written: str) -> None:
    assert ours(GTR + written + "\n", "gtr.md") == []


def test_an_invisible_character_in_a_links_address_is_broken_links_alone() -> None:
    text = (
        GTR
        + "See [the review](https://github.com/cncf/toc/blob/main/projects/kelpie/gtr.md\u200b) for details.\n"
    )
    assert ours(text, "gtr.md") == [("broken-link", "error", 7, 17)]


SSA_KNOWN_ISSUES = (
    "# Kelpie Security Self-assessment\n\n## Security issue resolution\n\n### Known Issues Over Time\n\n"
)


def test_an_advisory_title_run_into_its_description_is_a_warning_at_the_title() -> None:
    text = SSA_KNOWN_ISSUES + (
        "[**CVE-2024-1234**](https://nvd.nist.gov/vuln/detail/CVE-2024-1234) (CVSS v3.1 7.2 High) Path injection via the type field\n"
        "A path name flaw allowed running binaries elsewhere on the node. Fixed in 0.8.1.\n\n"  # line 8
        "- GHSA-abcd-1234-wxyz Token leak in debug logs\n"  # line 10, a list item's lazy line
        "Debug logging printed the bearer token. Fixed in 1.2.0.\n"
    )
    assert [f for f in ours(text, "self-assessment.md") if f[0] == "malformed-markdown"] == [
        ("malformed-markdown", "warning", 7, None)
    ]
    (finding,) = _of("malformed-markdown", text, "self-assessment.md")
    assert "runs into the text on line 8" in finding.message
    assert finding.message.endswith("(also at line 10)")


@pytest.mark.parametrize(
    "written",
    [
        # a bold title, a title ending in a full stop, a hard line break, a blank line between
        "* [**CVE-2024-1234**](https://nvd.nist.gov/vuln/detail/CVE-2024-1234) **Path injection via type**\nA path name flaw.",
        "CVE-2024-1234: path injection via the type field.\nA path name flaw allowed running binaries.",
        "CVE-2024-1234 path injection via the type field  \nA path name flaw allowed running binaries.",
        "CVE-2024-1234 path injection via the type field\n\nA path name flaw allowed running binaries.",
        # a wrapped sentence that names an advisory, and a description going on in lower case
        "CVE-2024-1234 was fixed in 1.2 after the maintainers\nreviewed the plugin-finding logic.",
    ],
)
def test_advisory_titles_that_stand_apart_or_sentences_that_wrap_stay_quiet(written: str) -> None:
    text = SSA_KNOWN_ISSUES + written + "\n"
    assert [f for f in ours(text, "self-assessment.md") if f[0] == "malformed-markdown"] == []


def test_an_advisory_title_in_an_issue_body_breaks_its_line_and_stays_quiet() -> None:
    text = (
        SSA_KNOWN_ISSUES + "CVE-2024-1234 Path injection via the type field\nA path name flaw allowed it.\n"
    )
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "malformed-markdown"] == []


SSA_CHANNELS = (
    "# Kelpie Security Self-assessment\n\n## Communication Channels\n\n#### Outbound Communication\n"
)


def test_a_label_line_run_into_the_bullet_above_the_list_it_names_is_a_warning() -> None:
    text = SSA_CHANNELS + (
        "- Twitter: [@kelpie_io](https://twitter.com/kelpie_io)\n"
        "Mailing lists\n"  # line 7
        "* [security@kelpie.io](mailto:security@kelpie.io): for security concerns.\n"
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 7, None)]
    (finding,) = _of("malformed-markdown", text, "self-assessment.md")
    assert finding.message.startswith(
        "'Mailing lists' directly follows a list item with no blank line between"
    )


@pytest.mark.parametrize(
    "written",
    [
        # the item's own text wrapped onto an unindented line, then a list
        "- Twitter: posts about each release and\nSecurity advisories\n* Slack: #kelpie",
        # a sentence, a line break before the label, a blank line before it, no list after it
        "- Twitter: @kelpie_io\nFollow us for news.\n* Slack: #kelpie",
        "- Twitter: @kelpie_io  \nMailing lists\n* security@kelpie.io",
        "- Twitter: @kelpie_io\n\nMailing lists\n* security@kelpie.io",
        "- Twitter: @kelpie_io\nMailing lists are listed on the website",
    ],
)
def test_wrapped_items_and_labels_that_stand_apart_stay_quiet(written: str) -> None:
    assert ours(SSA_CHANNELS + written + "\n", "self-assessment.md") == []


def test_a_label_line_in_an_issue_body_shows_on_its_own_line_and_stays_quiet() -> None:
    text = SSA_CHANNELS + "- Twitter: @kelpie_io\nMailing lists\n* security@kelpie.io\n"
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "malformed-markdown"] == []


SSA_INCIDENTS = "# Kelpie Security Self-assessment\n\n## Security issue resolution\n\n"


def test_text_pasted_with_its_indentation_renders_as_code_and_is_a_warning() -> None:
    text = (
        SSA_INCIDENTS
        + (
            "##### Kelpie should not log secret data when reconciling (issue #76)\n\n"
            "        Deviation from expected behavior: Kelpie reconciles on changes it makes to agent keyrings and logs them.\n"  # line 7
            "        Expected behaviour: Kelpie should ignore its own keyring secrets during each reconcile.\n\n"
            "The fix shipped in 1.4.\n\n"
            "    The agents now redact every secret value before the message reaches the log.\n"  # line 12
        )
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 7, None)]
    (finding,) = _of("malformed-markdown", text, "self-assessment.md")
    assert finding.message.endswith("remove the indentation (also at line 12)")


@pytest.mark.parametrize(
    "written",
    [
        "To install it:\n\n    helm install kelpie kelpie/kelpie --namespace kelpie-system --create-namespace\n",
        'The log reads:\n\n    level=info msg="reconciled the agent keyring of node one" took=3ms\n',
        "Short lines:\n\n    Run the agent\n    Then the hub\n",  # too few words to be sentences
        "Audited in 2024.[^3]\n\n[^3]:\n\n    The EFI and OEM partitions are trusted while the user partition is not.\n",
        "```\nThe agents now redact every secret value before the message reaches the log.\n```\n",
    ],
)
def test_code_set_as_code_and_a_footnotes_text_stay_quiet(written: str) -> None:
    assert ours(SSA_INCIDENTS + written, "self-assessment.md") == []
