"""Markdown that renders other than its author meant, as the TOC reads it on GitHub: links broken
apart by backticks or nested in their own address, a link glued to the word before it, a
checkbox the renderer does not know, an italic opened and never closed. Every case asserts each
finding (rule, severity, line, column) and that the rest of the document stays quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_source, lint_text
from applint.readers.sources import Source
from tests.test_markdown_slips import EVIDENCE_10, GRAD, GTR, Found, after_evidence, lint

RULES = ("broken-link", "malformed-markdown")


def ours(text: str, path: str) -> Found:
    found = [(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, path).findings]
    return [f for f in found if f[0] in RULES]


@pytest.mark.parametrize(
    "written",
    [
        # a code span opened in the text and closed after the address: the span takes "](…)"
        "The review is on [the GTR on `cncf/toc` `main](https://github.com/cncf/toc/blob/main/projects/examplo/gtr.md)` since May.",
        "The review is on [the GTR on `cncf/toc](https://github.com/cncf/toc/blob/main/projects/examplo/gtr.md)` since May.",
    ],
)
def test_a_link_split_by_a_code_span_is_one_error_at_its_bracket(written: str) -> None:
    assert after_evidence(written) == [("broken-link", "error", 95, written.index("[") + 1)]


def test_two_split_links_on_one_line_are_one_finding() -> None:
    written = (
        "**Canonical list:** [examplo/.project `ADOPTERS.md](https://github.com/examplo/.project/blob/main/ADOPTERS.md)` "
        "(sourced from [website `adopters.json](https://github.com/examplo/website/blob/main/adopters.json)`)."
    )
    found = lint(GRAD, (EVIDENCE_10, EVIDENCE_10 + "\n\n" + written))
    assert found == [("broken-link", "error", 95, written.index("[") + 1)]
    report = lint_text(GRAD.replace(EVIDENCE_10, EVIDENCE_10 + "\n\n" + written), "case.md")
    assert "(and 1 more on this line)" in report.findings[0].message


def test_an_address_written_as_a_link_is_an_error_at_the_inner_link() -> None:
    written = (
        "Adopters are listed in [ADOPTERS.md]([https://github.com/examplo/examplo/blob/main/ADOPTERS.md]"
        "(https://github.com/examplo/examplo/blob/main/ADOPTERS.md)), with 40 organisations."
    )
    assert after_evidence(written) == [("broken-link", "error", 95, written.index("([") + 2)]


def test_a_link_glued_to_the_word_before_it_is_a_warning_at_its_bracket() -> None:
    written = "Scans can export the[ VEX document](https://kubescape.io/docs/vex/) for each image."
    assert after_evidence(written) == [("malformed-markdown", "warning", 95, written.index("[") + 1)]


def test_an_italic_opened_and_never_closed_is_a_warning_at_its_marker() -> None:
    written = (
        "_Emily Fox conducted the due diligence of Examplo, which applied for incubation.\n"
        "The project meets the expectations of an early incubating project."
    )
    assert after_evidence(written) == [("malformed-markdown", "warning", 95, 1)]


@pytest.mark.parametrize(
    ("written", "line", "marker"),
    [
        # an italic opened inside a sentence and never closed: the "*" shows, nothing is in italics
        (
            "The maintainers agreed to *publish the roadmap every quarter and to review it at each "
            "community meeting.",
            95,
            "*publish",
        ),
        # a quotation meant in italics, its closing "_" forgotten
        ('_"The easiest way to build and run serverless workloads on Kubernetes."', 95, '_"The'),
        # a Google Docs export's italic closed after a space, which cannot close it
        (
            "_Eg. _[Compromised Authorization Code](https://examplo.io/docs/admin#codes) is handled.",
            95,
            "_Eg",
        ),
        # in a link's text
        (
            "Extensions are [listed here](https://examplo.io/extensions). [*Currently this needs Java "
            "knowledge, though a webhook model is planned]",
            95,
            "*Currently",
        ),
        # a lone "*" left at a line's end, in a paragraph wrapped over two lines
        ("The audit was completed by the maintainers *\nin March 2024, with every finding fixed.", 95, " *"),
    ],
)
def test_a_single_marker_shown_as_written_is_a_warning_at_the_marker(
    written: str, line: int, marker: str
) -> None:
    source = written.split("\n")[line - 95]
    column = source.index(marker) + 1 + (1 if marker.startswith(" ") else 0)
    assert after_evidence(written) == [("malformed-markdown", "warning", line, column)]
    report = lint_text(GRAD.replace(EVIDENCE_10, EVIDENCE_10 + "\n\n" + written), "case.md")
    (finding,) = [f for f in report.findings if f.rule == "malformed-markdown"]
    assert "nothing closes" in finding.message or "stands alone" in finding.message


@pytest.mark.parametrize(
    "written",
    [
        # footnote marks: a word marked "*" and its note below opening with one
        "Adopters include Examplo Corp* and Acme Ltd.\n\n*Joined as an adopter in 2024, after the survey.",
        "The adopters we interviewed are listed below *\nwith their sectors.\n\n*Interviews held in May 2024.",
        # globs, wildcards, arithmetic, names and metric suffixes
        "The chart matches *.yaml files and runs on *nix systems with 2 * 3 replicas.",
        "Counters must end in _total and histograms in _bucket, as the exposition format says.",
        "_config.yml and _id are names; *Note*: the _italic guidance_ was replaced.",
        # markers in code, escaped, and italics that close
        "Run `kelpie --match *important` to list them, or write \\*Note to show the star.",
        "We use *whole words* in italics, and _quoted guidance_ too.",
    ],
)
def test_single_markers_meant_as_written_stay_quiet(written: str) -> None:
    assert after_evidence(written) == []


@pytest.mark.parametrize(
    "written",
    [
        "See [`SECURITY.md`](https://github.com/examplo/examplo/blob/main/SECURITY.md) and [the `main` branch](https://github.com/examplo/examplo/tree/main).",
        "Write `a](b)` to break a link; [docs](https://examplo.io) and `x](https://examplo.io)`.",
        "Our [[here]](https://examplo.io/contributing) page, then [ADOPTERS](https://examplo.io/adopters) (see [list]).",
        "A link after a word: see [ the roadmap](https://examplo.io/roadmap) for dates.",
        "请参阅[文档](https://examplo.io/docs)。",
        "_config.yml and _id are names; *Note*: the _italic guidance_ was replaced.",
        "_Italic guidance that is closed_ before the end.",
        "```\nThe review is on [the GTR on `cncf/toc](https://github.com/cncf/toc)`\n```",
    ],
)
def test_links_code_and_emphasis_that_render_as_meant_stay_quiet(written: str) -> None:
    assert after_evidence(written) == []


def test_a_checkbox_written_wrong_is_a_warning_in_a_companion_and_a_dd() -> None:
    text = GTR + (
        "- [X]] Document agreement that the project will adopt the CNCF Code of Conduct.\n"
        "- [x] Ticked as written.\n"
        "- [ ] Open as written.\n"
        "- [[ ] Opened twice.\n"
        "- [ x] A space before the tick.\n"
    )
    assert ours(text, "gtr.md") == [
        ("malformed-markdown", "warning", 7, 3),
        ("malformed-markdown", "warning", 10, 3),
        ("malformed-markdown", "warning", 11, 3),
    ]


def test_split_links_in_a_companion_list_item() -> None:
    text = GTR + (
        "- Reviewed in the [Flatcar joint assessment on `cncf/toc](https://github.com/cncf/toc/blob/main/a.md)`.\n"
        "- Also [the `cncf/toc` repository](https://github.com/cncf/toc).\n"
    )
    assert ours(text, "gtr.md") == [("broken-link", "error", 7, 19)]


# --- lines meant as a list, rendered as one paragraph ---------------------------------------------

SELF_ASSESSMENT = "# Kelpie Security Self-Assessment\n\n## Metadata\n\n"


def unrendered(text: str, path: str = "gtr.md") -> Found:
    found = [(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, path).findings]
    return [f for f in found if f[0] == "unrendered-list"]


def test_channels_under_a_bullet_label_in_a_companion_render_as_one_paragraph() -> None:
    text = GTR + (
        "* Communication Channels.\n\n"
        "  * Internal:\n"
        "    Slack: https://cloud-native.slack.com/archives/C0KELPIE\n"
        "    GitHub Issues: https://github.com/kelpie-io/kelpie/issues\n"
        "    Email: https://github.com/kelpie-io/kelpie/blob/main/MAINTAINERS.md\n"
    )
    assert unrendered(text) == [("unrendered-list", "warning", 9, None)]


def test_items_in_a_paragraph_of_their_own_after_a_short_label() -> None:
    text = (
        GTR
        + "Addl:\n\nAdvanced AI Ops\nEasily integrate data from point tools, on the edge or in the cloud\nSIEM\n"
    )
    assert unrendered(text) == [("unrendered-list", "warning", 9, None)]


@pytest.mark.parametrize(
    "written",
    [
        # each line broken on purpose (two trailing spaces): each renders on its own
        "There are two minor suggestions:  \n1\\) Link the community repository.  \n2\\) Drop the copy of GOVERNANCE.md.\n",
        # a bullet's label, then its own sentences
        "* Responsible Disclosures Process:\n  Vulnerabilities are reported via GitHub advisories.\n"
        "  Those without a GitHub account may write to the maintainers.\n",
        # prose wrapped at a width, a line of it ending in a colon
        "Each Kelpie controller watches its own resources in the cluster. For example, the Trainer:\n"
        "watches TrainJob and ClusterTrainingRuntime, and the Spark part SparkApplications.\n"
        "Controllers hold the fewest privileges that orchestrating those resources needs.\n",
        # a label, then a wrapped sentence
        "Addl:\n\nThe operator also supports\nKubernetes clusters run by\nOpenShift\n",
        # a label, then one sentence a line
        "Addl:\n\nWe also run the operator at the edge.\nWe ship a SIEM exporter.\nWe publish AI Ops dashboards.\n",
        # the same items with markers
        "Addl:\n\n- Advanced AI Ops\n- SIEM\n- Edge deployments\n",
    ],
)
def test_lines_that_render_as_written_stay_quiet(written: str) -> None:
    assert unrendered(GTR + written) == []


def test_an_issue_body_shows_each_line_on_its_own() -> None:
    items = "\n\nWe agreed these next steps:\nPublish the audit report\nMove the meeting to the CNCF calendar"
    text = GRAD.replace(EVIDENCE_10, EVIDENCE_10 + items)
    as_file = lint_source(Source("case.md", text.encode("utf-8"), "markdown")).findings
    as_issue = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True)).findings
    assert [(f.rule, f.line) for f in as_file if f.rule == "unrendered-list"] == [("unrendered-list", 95)]
    assert [f for f in as_issue if f.rule == "unrendered-list"] == []


# --- a sentence cut across two bullets; a stray line repeating its heading -----------------------


def test_a_sentence_cut_across_two_bullets_is_a_warning_at_the_first() -> None:
    text = GTR + (
        "- Licensing: Kelpie is released under the Apache 2.0 license.\n"
        "- GitHub Repository: The source code and development discussions are hosted on\n"
        "- GitHub, making it accessible to the open-source community.\n"
        "- Built on\n"  # too short to be more than a label
        "- Kubernetes operators, written in Go.\n"
        "- [ ] Publish the roadmap and the work of\n"  # a task box: the template's own item
        "- [ ] Rotate the release managers.\n"
        "- Signed releases: see the policy in [the repository](https://kelpie.example.org/policy)\n"
        "- Reproducible builds for each of\n"  # the list's last item: nothing after it goes on
        "\n"
        "Text after the list.\n"
    )
    assert ours(text, "gtr.md") == [("malformed-markdown", "warning", 8, None)]


def test_a_sentence_leading_into_its_own_list_stays_quiet() -> None:
    text = GTR + (
        "1. Pre-installation\n"
        "   It is recommended to\n"
        "  * Set up an NTP daemon for accurate timestamps.\n"
        "  * Set up the AWS-hosted NTP server for AWS users.\n"
        "\n"
        "- Our release artifacts are signed with\n"
        "  - cosign, keyless, through GitHub Actions.\n"
    )
    # No cut sentence. The "  * Set up" items, two spaces in under "1." whose text starts at column 4,
    # render as a list of their own beside the number (CommonMark's "10) foo / - bar" example):
    # that is a slip of nesting, found once at the first of them.
    found = [f for f in lint_text(text, "gtr.md").findings if f.rule in RULES]
    assert [(f.rule, f.severity.label, f.line, f.column) for f in found] == [
        ("malformed-markdown", "warning", 9, None)
    ]
    assert "indented under the item above it" in found[0].message


def test_a_stray_line_repeating_the_heading_above_it() -> None:
    text = SELF_ASSESSMENT + (
        "### Communication Channels\n\n"
        "  Kelpie Communication Channels\n\n"
        "#### Internal Communication\n\n"
        "Internal Communication happens on Slack.\n\n"
        "#### Inbound\n\n"
        "Inbound: the kelpie-users list.\n\n"
        "#### Outbound\n\n"
        "[Outbound communication](https://kelpie.example.org/blog)\n"
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 7, None)]


def test_a_code_block_in_a_list_item_with_lines_left_of_the_item_text() -> None:
    text = GTR + (
        "- Implements Kubernetes-native elasticity:\n"
        "  - **Horizontal Scaling**: replicas follow the cache hit ratio\n"
        "    ```yaml\n"
        "   apiVersion: autoscaling/v2\n"
        "   kind: HorizontalPodAutoscaler\n"
        "    ```\n"
        "\n"
        "- Declarative data APIs:\n"
        "  ```yaml\n"
        "  apiVersion: data.fluid.io/v1alpha1\n"
        "    kind: Dataload\n"  # deeper than the item's text: inside the block
        "  ```\n"
        "\n"
        "```yaml\n"
        "kind: Dataset\n"  # a fence at the margin: in no item
        "```\n"
    )
    assert ours(text, "gtr.md") == [("malformed-markdown", "warning", 9, None)]


def test_a_bold_label_run_into_its_text_unlike_the_documents_others() -> None:
    labels = (
        "**Dependency management**\n\n"
        "Kelpie has a dependency policy.\n\n"
        "**Vulnerability scanning**\n\n"
        "Images are scanned in ArtifactHub.\n\n"
        "**SLSA 3 compliance**\n"
        "Kelpie is SLSA 3 compliant.\n\n"
        "**Note:**\n"  # a label ending in ':' reads well run in
        "Releases are signed.\n"
    )
    assert ours(GTR + labels, "gtr.md") == [("malformed-markdown", "warning", 15, None)]


def test_bold_labels_the_document_always_runs_into_their_text_stay_quiet() -> None:
    labels = (
        "**Authentication**\n"
        "Users log in through the cluster's OIDC provider.\n\n"
        "**Authorization**\n"
        "Roles are Kubernetes RBAC roles.\n\n"
        "**Auditing**\n"
        "Every change is logged.\n\n"
        "**Signing**\n\n"
        "Releases are signed with cosign.\n"
    )
    assert ours(GTR + labels, "gtr.md") == []


def test_an_answer_glued_to_its_bold_question_in_a_list_unlike_the_others() -> None:
    questions = (
        "- **Describe compatibility of any new or changed APIs with API servers**\n\n"
        "  * **N/A.** Kelpie does not interact with the Kubernetes API server.\n\n"
        "- **Describe how the project handles changes in the API**\n\n"
        "  Changes go through a design proposal.\n\n"
        "- **Describe versioning of any new or changed APIs, including how breaking changes are handled**\n"
        "  This has two distinct parts: the framework's versioning, and the adopters'.\n\n"
        "- **Notes:**\n"  # a label ending in ':' reads well run in
        "  Versions follow semver.\n\n"
        "**Release cadence**\n"  # a paragraph: the document's paragraphs hold no labels of their own
        "Kelpie releases every six weeks.\n"
    )
    assert ours(GTR + questions, "gtr.md") == [("malformed-markdown", "warning", 15, None)]


def test_sub_items_indented_short_of_their_items_text_are_one_warning() -> None:
    text = SELF_ASSESSMENT + (
        "1. User Interaction with Kelpie: Job Submission\n"
        "  - Users submit batch jobs through the API server.\n"
        "  - Jobs are validated by the admission webhook.\n"
        "2. Kelpie Scheduler Operations\n"
        "  - The scheduler decides where each job runs.\n"
        "\n"
        "- Signed releases\n"
        "  - cosign, keyless\n"  # two spaces under "- ": nested as meant
        "   - the policy is in SECURITY.md\n"  # one space further: a ragged margin, not a level
        "1. Step one\n"
        "   - three spaces under '1.': nested as meant\n"
    )
    found = [f for f in lint_text(text, "self-assessment.md").findings if f.rule in RULES]
    assert [(f.rule, f.severity.label, f.line, f.column) for f in found] == [
        ("malformed-markdown", "warning", 6, None)
    ]
    assert "(also at line 9)" in found[0].message


def test_list_items_indented_into_a_code_block_after_a_paragraph() -> None:
    text = SELF_ASSESSMENT + (
        "The process for end-to-end encryption is as follows:\n"
        "\n"
        "    1. The client generates an asymmetric keypair.\n"
        "\n"
        "    2. The control plane sends the request to the cluster.\n"
        "\n"
        "A configuration example:\n"
        "\n"
        "    - name: kelpie\n"
        "      image: kelpie:1.0\n"  # YAML: a line that is no list item, so the code was meant
        "\n"
        "- A list item with code indented in it:\n"
        "\n"
        "      - literal: yes\n"
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 7, None)]


def test_a_bold_question_in_an_issue_body_shows_its_answer_on_a_line_of_its_own() -> None:
    questions = (
        "- **Describe compatibility of any new or changed APIs with API servers**\n\n"
        "  Kelpie does not interact with the Kubernetes API server.\n\n"
        "- **Describe how the project handles changes in the API**\n\n"
        "  Changes go through a design proposal.\n\n"
        "- **Describe versioning of any new or changed APIs**\n"
        "  This has two distinct parts: the framework's versioning, and the adopters'.\n"
    )
    text = GTR + questions
    as_issue = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True)).findings
    as_file = lint_source(Source("gtr.md", text.encode("utf-8"), "markdown")).findings
    assert [(f.rule, f.severity.label, f.line) for f in as_file if f.rule == "malformed-markdown"] == [
        ("malformed-markdown", "warning", 15)
    ]
    assert [f for f in as_issue if f.rule == "malformed-markdown"] == []
