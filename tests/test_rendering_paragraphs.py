"""Paragraphs and lists that render other than written: two paragraphs typed on consecutive lines
(shown as one), a sentence cut in two by a blank line (shown as two paragraphs, the first stopping
mid-sentence), an ordered list whose numbers GitHub shows other than written ("1." "2." "1."), and
a paragraph pasted with its indentation and a link (shown as code). Every case asserts each
finding (rule, severity, line) and the places that must stay quiet, in companions and
applications, and in an issue body where a line end breaks."""

from __future__ import annotations

import pytest

from applint.engine import lint_source, lint_text
from applint.findings import Finding
from applint.readers.sources import Source
from tests.test_markdown_render import ours
from tests.test_markdown_slips import after_evidence

SSA = "# Kelpie Security Self-assessment\n\n## Overview\n\n"  # the author's text starts on line 5
FIRST = (
    "Kubernetes runs stateless workloads declaratively across many nodes and regions of a fleet, from one "
    "description of each. Stateful workloads still need storage that survives restarts, reschedules and migrations.\n"
)
SECOND = (
    "Kelpie extends that declarative approach to the storage of every node it manages for its users and their "
    "teams. It implements the storage interface and provisions volumes from the local disks of each node.\n"
)


def _mm(text: str, path: str = "self-assessment.md") -> list[Finding]:
    return [finding for finding in lint_text(text, path).findings if finding.rule == "malformed-markdown"]


def test_two_paragraphs_on_consecutive_lines_render_as_one_and_fold_through_the_document() -> None:
    text = SSA + FIRST + SECOND + "\n## Background\n\n" + SECOND + FIRST  # lines 5-6 and 10-11
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]
    (finding,) = _mm(text)
    assert "the one on line 6 have no blank line between them" in finding.message
    assert "'…restarts, reschedules and migrations. Kelpie extends that…'" in finding.message
    assert finding.message.endswith("put a blank line between them (also at line 10)")


def test_three_paragraphs_typed_one_under_the_other_are_one_finding_naming_the_run() -> None:
    third = (
        "Kelpie also watches every volume it provisions and repairs replicas that fall behind, without "
        "waiting for an administrator or a page. It reports each repair it makes to the cluster's events, "
        "where the operators see it.\n"
    )
    text = SSA + FIRST + SECOND + third + "\n## Background\n\n" + SECOND + FIRST  # lines 5-7, 11-12
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]
    (finding,) = _mm(text)
    assert finding.message.startswith("the 3 paragraphs on lines 5-7 have no blank line between them")
    assert "'…restarts, reschedules and migrations. Kelpie extends that…'" in finding.message
    assert finding.message.endswith("put a blank line between each (also at line 11)")


def test_a_missing_full_stop_between_the_two_paragraphs_is_found_too() -> None:
    text = SSA + FIRST.replace("migrations.", "migrations") + SECOND
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]


def test_paragraphs_run_together_in_an_application_are_found() -> None:
    assert ("malformed-markdown", "warning", 95, None) in after_evidence(FIRST + SECOND)


@pytest.mark.parametrize(
    "written",
    [
        # prose hard-wrapped at a width: each line is part of one paragraph
        "Kubernetes runs stateless workloads declaratively across many nodes. Stateful\n"
        "workloads still need storage that survives restarts. Kelpie extends that approach\n"
        "to the storage of every node. It provisions volumes from the local disks.\n",
        # a sentence or two a line, as semantic line breaks write them (shorter than a paragraph)
        "Kelpie is compliant with SLSA level 3. It generates SBOMs and provenance attestations for every module, "
        "container image and chart.\n"
        "All artifacts are signed with Cosign and the signatures are published beside the attestations. "
        "This lets users verify them.\n",
        # one long sentence a line
        "Kubernetes runs stateless workloads declaratively across many nodes and regions of a fleet, and "
        "stateful workloads still need storage that survives restarts, reschedules and migrations of them "
        "between the zones of a cluster.\n"
        "Kelpie extends that declarative approach to the storage of every node it manages for its users, "
        "implementing the storage interface and provisioning volumes from the local disks of every node "
        "in the cluster.\n",
        # a hard line break, a backslash, an HTML break
        FIRST.rstrip("\n") + "  \n" + SECOND,
        FIRST.rstrip("\n") + "\\\n" + SECOND,
        FIRST.rstrip("\n") + "<br>\n" + SECOND,
        # the next line goes on the sentence (lower case) or opens with a link
        FIRST.replace("migrations.", "migrations, which") + SECOND.replace("Kelpie", "kelpie", 1),
        FIRST + "[Kelpie](https://kelpie.io) extends that declarative approach to the storage of every node. "
        "It implements the storage interface and provisions volumes from the local disks of each node.\n",
        # quoted, or set apart
        "> " + FIRST + "> " + SECOND,
        FIRST + "\n" + SECOND,
    ],
)
def test_wrapped_prose_breaks_and_paragraphs_set_apart_stay_quiet(written: str) -> None:
    assert ours(SSA + written, "self-assessment.md") == []


def test_in_an_issue_body_each_line_shows_on_its_own_and_stays_quiet() -> None:
    text = SSA + FIRST + SECOND
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "malformed-markdown"] == []


SPLIT = (
    "The audit found three high and one medium issue. Its conclusion reads (A total budget spent\n\n"  # line 5
    "on the project amounted to eighteen person-days split across seven researchers).\n"  # line 7
)


def test_a_sentence_cut_by_a_blank_line_is_found_at_the_paragraph_it_leaves_unfinished() -> None:
    assert ours(SSA + SPLIT, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]
    (finding,) = _mm(SSA + SPLIT)
    assert "'…reads (A total budget spent' is cut off by a blank line" in finding.message
    assert "paragraph on line 7 ('on the project amounted to…')" in finding.message
    assert finding.message.endswith("delete the blank line")


def test_a_sentence_stopping_on_a_word_that_needs_the_next_goes_on_in_a_link() -> None:
    text = (
        SSA
        + "Kelpie is modular. The way its plugins are loaded has already been described in\n\n"  # line 5
        + "[Operational Aspects section](https://kelpie.io/docs/operations) of this document.\n\n"
        + "## Design\n\nEach plugin runs in its own process. A crash of one leaves the others running\n\n"  # line 11
        + "and the agent restarts it.\n"
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]
    (finding,) = _mm(text)
    assert finding.message.endswith("delete the blank line (also at line 11)")


def test_in_an_application_a_stop_on_an_open_word_is_unfinished_sentences_alone() -> None:
    found = after_evidence("The budget was described in\n\n[the audit report](https://kelpie.io/audit).")
    assert [f for f in found if f[0] == "malformed-markdown"] == []
    assert ("unfinished-sentence", "warning", 95, None) in found


@pytest.mark.parametrize(
    "written",
    [
        "The project keeps its storage on the nodes. Its agent is named\n\ncontainerd is the runtime it uses.\n",
        "**Storage on the nodes of every cluster**\n\non every node the agent keeps a volume.\n",
        "Built on\n\nof the shelf parts.\n",
        "The project keeps its storage on the nodes.\n\non every node the agent keeps a volume.\n",
        "The project keeps its storage on the nodes of:\n\nevery cluster it manages.\n",
        "- The project keeps its storage on the nodes and\n\nin every cluster it manages.\n",
        "The project keeps its storage on the nodes and its agents in\n\n## Clusters\n\nof its users.\n",
    ],
)
def test_labels_finished_sentences_names_and_headings_between_stay_quiet(written: str) -> None:
    assert ours(SSA + written, "self-assessment.md") == []


STEPS = (
    "The scanner works so:\n\n"
    "1. Harbor starts a scan job for the artifact.\n"  # line 7
    "2. Harbor creates a robot account for the scanner.\n"
    "1. The robot account can pull the artifact only.\n"  # line 9: GitHub shows 3
    "    1. Only administrators add scanners.\n"
    "    2. The account lives as long as the job.\n"
    "1. The scanner reports back to Harbor core.\n"
)


def test_a_list_whose_numbers_restart_inside_it_is_found_at_the_first_item_shown_otherwise() -> None:
    text = SSA + STEPS + "\n## Adopters\n\n1. Hyland\n3. OVH\n4. Netease\n"  # line 17: 3 shows as 2
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 9, None)]
    (finding,) = _mm(text)
    assert "this list item is written '1.' but GitHub numbers it 3" in finding.message
    assert finding.message.endswith("(also at line 17)")


def test_a_misnumbered_list_in_an_application_is_found() -> None:
    assert ("malformed-markdown", "warning", 97, None) in after_evidence("1. One.\n2. Two.\n1. Three.")


@pytest.mark.parametrize(
    "written",
    [
        "1. One.\n1. Two.\n1. Three.\n",  # the renderer counts
        "1. One.\n2. Two.\n3. Three.\n",
        "3. Three.\n4. Four.\n",  # a list starting at 3 shows 3
        "1. One.\n   1. Sub one.\n   2. Sub two.\n2. Two.\n   1. Sub one again.\n",  # nested lists start anew
        "1. One.\n2. Two.\n\nThe rest follows.\n\n1. Another list.\n2. Its second.\n",  # a paragraph ends the list
        "1. One.\n2. Two.\n\n   Still item two.\n\n3. Three.\n",  # a paragraph inside the item
        "1. One.\n2. Two.\n\n## Next\n\n1. Again.\n",
        "1) One.\n2) Two.\n1. A new list.\n",  # another delimiter is another list
        "1. One.\n2. Two.\n- A bullet.\n1. A new list.\n",
        "- 2020: founded.\n- 2021: sandbox.\n",
    ],
)
def test_numbers_that_render_as_written_stay_quiet(written: str) -> None:
    assert ours(SSA + written, "self-assessment.md") == []


def test_a_paragraph_indented_with_a_link_in_it_renders_as_code() -> None:
    text = (
        SSA
        + "Kelpie is a registry.\n\n"
        + "    Vulnerabilities are found only by static analysis of each image, performed by a scanner. "
        "Zero-day issues take time to reach the [vulnerability databases](https://github.com/quay/clair/blob/"
        "master/Documentation/drivers-and-data-sources.md#data-sources) and the scanner.\n"  # line 7
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 7, None)]


UNSTOPPED = (
    "Kelpie fits the ecosystem as a storage layer, primarily for clusters based on Kubernetes\n"  # line 5
    "Some of the ways it integrates are listed below.\n"
)


def test_a_sentence_with_no_full_stop_before_a_new_one_on_the_next_line_runs_into_it() -> None:
    text = (
        SSA
        + UNSTOPPED
        + "\n## Process\n\nEvery change is reviewed by two maintainers\nThe process is documented.\n"
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]
    (finding,) = _mm(text)
    assert "'…clusters based on Kubernetes' has no full stop" in finding.message
    assert "('Kubernetes Some of')" in finding.message
    assert finding.message.endswith("(also at line 10)")


@pytest.mark.parametrize(
    "written",
    [
        "Kelpie verifies its releases with a framework called\nThe Update Framework, which signs them.\n",
        "Kelpie fits the ecosystem as a storage layer for clusters maintained by\nThe maintainers of each one.\n",
        "Kelpie follows the CNCF code of conduct. https://github.com/kelpie/kelpie/blob/main/CODE_OF_CONDUCT.md\n"
        "This is linked from the footer of the website.\n",
        "Security reviewers: Maya Humston, Ethan Vazquez, Zhikang Xu\nThis document assesses Kelpie.\n",
        "Kelpie fits the ecosystem as a storage layer based on Kubernetes  \nSome of the ways it integrates follow.\n",
        "Kelpie fits the ecosystem as a storage layer based on Kubernetes\nKelpie integrates with CSI.\n",
        "Kelpie fits the ecosystem as a storage layer based on Kubernetes.\nSome of the ways it integrates follow.\n",
    ],
)
def test_names_addresses_labels_and_stopped_sentences_stay_quiet(written: str) -> None:
    assert ours(SSA + written, "self-assessment.md") == []


def test_an_unstopped_line_in_an_issue_body_shows_on_its_own_and_stays_quiet() -> None:
    report = lint_source(Source("-", (SSA + UNSTOPPED).encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "malformed-markdown"] == []


# Paragraphs typed on one line each, set apart by blank lines, as a document never wrapping its
# prose writes them (each 150 characters or more).
ONE_LINE_PARAGRAPHS = "\n\n".join(
    f"Kelpie's {topic} is described in the project's documentation, which the maintainers review at every "
    f"release and which adopters cite when they explain how they run the {topic} in production."
    for topic in ("storage layer", "scheduler", "operator", "command line", "dashboard")
)


def _unwrapped(pair: str) -> str:
    """A self-assessment of one-line paragraphs with ``pair`` after them, from line 15."""
    return SSA + ONE_LINE_PARAGRAPHS + "\n\n" + pair + "\n"


@pytest.mark.parametrize(
    "pair",
    [
        # the first line has no full stop: "… and details Additional …"
        "Please see our [ADOPTERS](https://github.com/kelpie-io/kelpie/blob/main/ADOPTERS.md) file for the use cases and details\n"
        "Additional adopters who cannot be named publicly are available on request.",
        # a paragraph of several sentences typed on one line, the next paragraph below it
        "The abstractions Kelpie provides let platform teams offer simple storage classes. These enforce the "
        "organisation's practices by default, simplifying provisioning for developers.\n"
        "This shift toward a declarative, Kubernetes-driven model has yielded measurable outcomes in both speed and safety.",
    ],
)
def test_in_a_document_of_one_line_paragraphs_two_lines_typed_together_are_found(pair: str) -> None:
    found = _mm(_unwrapped(pair))
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("malformed-markdown", "warning", 15)]
    assert "the one on line 16 have no blank line between them" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # the same pair in a document that wraps its prose: a line goes on in lower case
        _unwrapped(
            "Please see our [ADOPTERS](https://github.com/kelpie-io/kelpie/blob/main/ADOPTERS.md) file for the use\n"
            "cases and details of each adopter, which the maintainers keep current every quarter.\n\n"
            "The abstractions Kelpie provides let platform teams offer simple storage classes. These enforce it.\n"
            "This shift toward a declarative model has yielded measurable outcomes in both speed and safety."
        ),
        # one sentence a line throughout: the author's style, each paragraph of several lines
        _unwrapped(
            "\n\n".join(
                "The maintainers meet every week on the community call and keep notes of it.\n"
                "Each decision is recorded in the notes and linked from the issue it settles."
                for _ in range(3)
            )
        ),
        # label lines and link lines, a line break, a colon leading on
        _unwrapped(
            "Owner: the Kelpie maintainers, who answer for the security of every release.\n"
            "Contact: security@kelpie.example.org for any report of a vulnerability."
        ),
        _unwrapped(
            "The maintainers review every change to the storage layer before it is merged.\\\n"
            "Every release is signed, and its provenance is published with it."
        ),
        _unwrapped(
            "The maintainers review every change to the storage layer as described in this list:\n"
            "Design reviews are held in the open on the community call every second week."
        ),
    ],
)
def test_one_line_paragraph_documents_quiet_where_the_lines_read_as_written(text: str) -> None:
    assert [f.line for f in _mm(text)] == []


AUDIT_ITEM = (
    "- [x] Have completed an independent and third party security audit.\n"  # line 5
    "\n"
    "  Yes. The project completed the audit and published the report in November.\n"
    "  We have addressed all discovered issues:\n"
    "  - 1 High (assigned a CVE and fixed during the audit)\n"
    "  - 3 Medium, 13 Low, 5 Informational issues.\n"
    "  - The issues are tracked on the project board, all of them closed.\n"  # line 11
    "\n"
)
AFTER = "- [x] Explicitly define a project governance and committer process.\n"


def test_a_paragraph_indented_to_the_last_sub_items_text_renders_inside_it() -> None:
    text = (
        SSA
        + AUDIT_ITEM
        + (
            "    Another important piece of feedback in the audit concerned multi-tenancy, which we redesigned.\n"
            "\n" + AFTER
        )
    )
    found = _mm(text)
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("malformed-markdown", "warning", 13)]
    assert "inside that sub-item" in found[0].message and "(line 5)" in found[0].message


@pytest.mark.parametrize(
    "written",
    [
        # indented as the item's own text: renders as meant
        "  Another important piece of feedback in the audit concerned multi-tenancy, which we redesigned.\n",
        # a short note to the sub-item
        "    All of them closed in May.\n",
    ],
)
def test_paragraphs_after_sub_items_that_render_as_meant_stay_quiet(written: str) -> None:
    assert _mm(SSA + AUDIT_ITEM + written + "\n" + AFTER) == []


def test_sub_items_that_are_boxes_hold_their_own_answers() -> None:
    text = SSA + (
        "- [x] **Document the release process.**\n"
        "\n"
        "  The release process is documented in RELEASES.md.\n"
        "  - [x] Release expectations (scheduled or based on feature implementation)\n"
        "  - [x] Information on branch and tag strategies\n"
        "\n"
        "    Tagging strategy is outlined in the release guide, with one branch per minor release.\n"
        "\n" + AFTER
    )
    assert _mm(text) == []


STEPS_TABLE = "| Setting | Value |\n| --- | --- |\n| replicas | 3 |\n"


def test_a_table_at_the_margin_restarts_a_list_numbered_one_throughout() -> None:
    text = (
        SSA
        + (
            "1. Install the chart with the default values.\n"  # line 5
            "\n" + STEPS_TABLE + "\n"  # the table, lines 7-9
            "1. Configure the storage class for each node.\n"  # line 11
            "1. Run the conformance tests.\n"
            "\n" + STEPS_TABLE + "\n"
            "1. Publish the results.\n"  # line 18
        )
    )
    found = _mm(text)
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("malformed-markdown", "warning", 11)]
    assert "the table on line 7" in found[0].message and "shown as 1 again instead of 2" in found[0].message
    assert found[0].message.endswith("(also at line 18)")


@pytest.mark.parametrize(
    "written",
    [
        # the table indented into the item: the list goes on
        "1. Install the chart.\n\n   | Setting | Value |\n   | --- | --- |\n   | replicas | 3 |\n\n1. Configure it.\n",
        # numbered as written: the second list starts at 2
        "1. Install the chart.\n\n" + STEPS_TABLE + "\n2. Configure it.\n",
        # a paragraph between: two lists of their own
        "1. Install the chart.\n\n" + STEPS_TABLE + "\nThen, on each node:\n\n1. Configure it.\n",
    ],
)
def test_lists_a_table_does_not_cut_stay_quiet(written: str) -> None:
    assert _mm(SSA + written) == []


def _criterion(name: str, evaluation_indent: str) -> str:
    return (
        f"- [x] **{name}**\n"
        "  - The General Technical Review was updated in March and is under review in the TOC repository.\n"
        "\n"
        f"{evaluation_indent}<!-- (TOC Evaluation goes here) -->\n"
        f"{evaluation_indent}The project documents this on its website, and the maintainers keep the page current.\n"
        "\n"
    )


def test_an_evaluation_indented_into_the_sub_item_unlike_the_documents_others_renders_inside_it() -> None:
    text = SSA + (
        _criterion("Document project goals and objectives.", "  ")  # lines 5-10
        + _criterion("Document what the project does, and why it does it.", "  ")  # lines 11-16
        + _criterion("Document an overview of the project architecture.", "    ")  # lines 17-22: 21
        + AFTER
    )
    found = _mm(text)
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("malformed-markdown", "warning", 21)]
    assert "line 18)" in found[0].message and "(line 17)" in found[0].message


def test_evaluations_the_document_always_sets_under_its_sub_items_stay_quiet() -> None:
    text = SSA + "".join(
        _criterion(name, "    ")
        for name in (
            "Document project goals.",
            "Document what the project does.",
            "Document the architecture.",
        )
    )
    assert _mm(text + AFTER) == []


ADOPTERS_TABLE = (
    "| Organization | Product | Usage |\n| --- | --- | --- |\n| Examplo | Kelpie Cloud | Production |\n"
)


@pytest.mark.parametrize("indent", ["   ", "    "])  # after it, a paragraph or a code block
def test_a_table_at_the_margin_inside_a_list_items_text_renders_outside_it(indent: str) -> None:
    text = (
        SSA
        + (
            "  * Who are the project's adopters?\n"  # line 5
            "\n"
            "    The project keeps a public ADOPTERS.md; its main adopters are these:\n"
            "\n" + ADOPTERS_TABLE + "\n"  # the table, lines 9-11
            f"{indent}More adopters are listed in the file, with their stories.\n"
            "\n"
            "  * How do users interact with the project?\n"
        )
    )
    found = _mm(text)
    assert [(f.rule, f.severity.label, f.line) for f in found] == [("malformed-markdown", "warning", 9)]
    assert "line 5)" in found[0].message


@pytest.mark.parametrize(
    "written",
    [
        # indented into the item: renders in it
        "  * Who are the adopters?\n\n    The main adopters are these:\n\n"
        + "".join("    " + row + "\n" for row in ADOPTERS_TABLE.splitlines())
        + "\n  * How do users interact with it?\n",
        # a table after the list, nothing of the list after it
        "  * Who are the adopters?\n\n    The main adopters are these:\n\n"
        + ADOPTERS_TABLE
        + "\n## Usability\n",
        # a table after an item with no text of its own
        "- Adopters\n\n" + ADOPTERS_TABLE + "\n- Users\n",
    ],
)
def test_tables_set_as_meant_around_lists_stay_quiet(written: str) -> None:
    assert _mm(SSA + written) == []
