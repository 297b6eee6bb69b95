"""A General Technical Review written free-form: the Day headings and the template's section names
kept, every question replaced by the author's own labels, lists and prose. Each section is read
for each question by its topic (unanswered-question, through matching.question_gaps and the
gtr-questions topic vocabulary): one finding per section naming the questions nothing there answers."""

from __future__ import annotations

from applint.engine import lint_source
from applint.findings import Finding
from applint.matching.question_gaps import on_topic
from applint.readers.sources import Source
from applint.templates.companions import companion_templates
from applint.templates.topics import GTR_QUESTIONS, vocabulary

HEADER = """# General Technical Review - Kestrel / {level}

- **Project:** Kestrel
- **Project Version:** v1.2.0
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-05-02
- **Template Version:** v1.0
- **Description:** A batch scheduler for Kubernetes.

## Day 0 - Planning Phase
"""

SCOPE = """
### Scope

**Roadmap Process:**
- Maintainers agree the [roadmap](https://github.com/kestrel/community/blob/v1.2.0/ROADMAP.md) each quarter; contributors who land roadmap work move up the ladder.

**Target Personas:**
1. Platform engineers running shared clusters
2. Data scientists submitting batch jobs

**Primary Use Cases:**
- Gang scheduling of training jobs; queueing notebooks as an additional use case

**Unsupported Use Cases:**
- Long-running services are out of scope

**Target Organizations:**
- Universities and banks with shared GPU clusters

**End User Research:**
- A survey of 40 adopters in 2025, published on the blog.
"""

USABILITY = """
### Usability

**Interaction Model:** users submit a Queue custom resource or use the kestrel CLI.

**User Experience:** a read-only web console shows each queue.

**Production Integration:** integrates with Argo Workflows and exports Prometheus metrics.
"""

DESIGN = """
### Design

**Design Principles:**
1. Kubernetes-native APIs first
2. Secure by default

**Architecture Requirements:** one controller for development; three replicas in production.

**Service Dependencies:** the Kubernetes API server only.

**Identity Management:** RBAC for every controller.

**Data Residency:** all job data stays in the cluster; nothing leaves the user's jurisdiction.

**Regulatory Posture:** FIPS 140-3 builds are published for regulated users.

**High Availability:** leader election across three replicas.

**Resource Requirements:** 200m CPU and 256Mi memory per controller.

**Storage Requirements:** stateless; queue state lives in custom resources.

**API Design:**
- REST-style CRDs under `kestrel.dev/v1`; conventions follow the Kubernetes API guidelines.
- Sensible defaults, with extra configuration through Helm values.
- No calls to cloud providers.
- Compatible with the Kubernetes API server from 1.28.
- Versions move from v1beta1 to v1; breaking changes need a new version.

**Release Process:** semantic versioning with monthly minor releases and patch releases as needed.
"""

INSTALLATION = """
### Installation

**Install:** `helm install kestrel kestrel/kestrel`.

**Validation:** `kestrel doctor` verifies the webhook and the queue controller.
"""

SECURITY = """
### Security

**Self-assessment:** see [the assessment](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md).

**Cloud Native Security Principles:** every component runs as non-root with a read-only root file system.

**Loosening defaults:** operators can relax the admission policy through `values.yaml`; see the hardening guide.

**Security Hygiene:** OpenSSF Scorecard runs on every pull request; features no longer maintained are removed after one release.

**Privileges:** the controller needs only list and watch on its own resources.

**Certificates:** webhook certificates are issued and rotated by cert-manager.

**Supply Chain:** images are signed with cosign and ship an SBOM.
"""


def free_form(
    level: str = "Sandbox",
    scope: str = SCOPE,
    usability: str = USABILITY,
    design: str = DESIGN,
    installation: str = INSTALLATION,
    security: str = SECURITY,
    after: str = "",
) -> str:
    return HEADER.format(level=level) + scope + usability + design + installation + security + after


def unanswered(text: str, issue_body: bool = False) -> list[Finding]:
    """The findings naming questions a free-form section answers nowhere."""
    report = lint_source(Source("gtr.md", text.encode("utf-8"), "markdown", issue_body))
    return [f for f in report.findings if f.rule == "unanswered-question" and "keeps none of" in f.message]


def places(findings: list[Finding]) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in findings]


def line_of(text: str, heading: str) -> int:
    return text.splitlines().index(heading) + 1


def test_every_question_answered_in_the_authors_own_words_stays_quiet() -> None:
    assert unanswered(free_form()) == []


def test_questions_answered_nowhere_are_one_finding_per_section() -> None:
    design = DESIGN.replace(
        "**Data Residency:** all job data stays in the cluster; nothing leaves the user's jurisdiction.\n\n",
        "",
    ).replace("**Regulatory Posture:** FIPS 140-3 builds are published for regulated users.\n\n", "")
    security = SECURITY.replace(
        "**Certificates:** webhook certificates are issued and rotated by cert-manager.\n\n", ""
    ).replace("**Supply Chain:** images are signed with cosign and ship an SBOM.\n", "")
    scope = SCOPE.replace(
        "**End User Research:**\n- A survey of 40 adopters in 2025, published on the blog.\n", ""
    )
    text = free_form(scope=scope, design=design, security=security)
    findings = unanswered(text)
    assert places(findings) == [
        ("unanswered-question", "warning", line_of(text, "### Scope")),
        ("unanswered-question", "warning", line_of(text, "### Design")),
        ("unanswered-question", "warning", line_of(text, "### Security")),
    ]
    scope_gap, design_gap, security_gap = findings
    assert scope_gap.details["missing"] == [
        "Please describe any completed end user research and link to any reports."
    ]
    assert design_gap.details["missing"] == [
        "Describe how the project has addressed sovereignty.",
        "Describe any compliance requirements addressed by the project.",
    ]
    assert [question[:45] for question in security_gap.details["missing"]] == [
        "Describe how the project is handling certific",
        "Describe how the project is following and imp",
    ]
    message = design_gap.message
    assert message.startswith(
        "'Design' keeps none of the GTR template's questions, and nothing written there answers 2"
    )
    assert "'Describe how the project has addressed sovereignty.'" in message
    assert "a GTR for Sandbox answers the Day 0 questions" in message
    assert message.endswith("add each question with its answer (or N/A with a brief reason)")


def test_a_section_holding_only_a_link_lacks_the_rest() -> None:
    """A Security section of one sentence linking the self-assessment answers that question (by the
    link's address, whatever its text) and none of the others."""
    security = "\n### Security\n\nSee separate [document](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md).\n"
    text = free_form(security=security)
    findings = unanswered(text)
    assert places(findings) == [("unanswered-question", "warning", line_of(text, "### Security"))]
    missing = findings[0].details["missing"]
    assert len(missing) == 7
    assert not any("self assessment" in question for question in missing)


def test_inline_answers_and_issue_body_line_breaks_are_read() -> None:
    """Labels with the answer on the same line, and an issue body's hard line breaks."""
    design = (
        "\n### Design\n\n"
        "**Principles:** Kubernetes-native APIs first.\r\n"
        "**Architecture:** one controller in development, three replicas in production.\r\n"
        "**Dependencies:** only the API server, on which the controller relies.\r\n"
        "**Access:** RBAC for every controller.\r\n"
        "**Sovereignty:** all data stays in the cluster.\r\n"
        "**High Availability:** leader election.\r\n"
        "**Resources:** 200m CPU and 256Mi memory.\r\n"
        "**Storage:** stateless.\r\n"
        "**API:** CRDs under kestrel.dev/v1 with sensible defaults and extra configuration through Helm values; "
        "no calls to cloud providers; compatible with the Kubernetes API server from 1.28; breaking changes need a new version.\r\n"
        "**Releases:** monthly minor and patch releases.\r\n"
    )
    text = free_form(design=design)
    findings = unanswered(text, issue_body=True)
    assert places(findings) == [("unanswered-question", "warning", line_of(text, "### Design"))]
    assert findings[0].details["missing"] == [
        "Describe any compliance requirements addressed by the project."
    ]


def test_the_authors_own_headings_beside_a_section_are_read_with_it() -> None:
    """Headings of the author's own at the section's level ("## Sovereignty" beside "## Design")
    belong to the section until the template's next section."""
    design = DESIGN.replace("### Design", "## Design").replace(
        "**Data Residency:** all job data stays in the cluster; nothing leaves the user's jurisdiction.\n",
        "## Sovereignty\n\nAll job data stays in the cluster.\n",
    )
    text = free_form(
        design=design.replace("**Regulatory Posture:**", "## Compliance requirements implemented\n\n")
    )
    assert unanswered(text) == []


def test_a_sandbox_review_is_asked_day_0_only() -> None:
    """Without Day 1 sections a Sandbox review is complete; an Incubation review written the same
    way is read for its Day 1 sections' questions too."""
    assert unanswered(free_form()) == []
    day_1 = """
## Day 1 - Installation and Deployment Phase

### Project Installation and Configuration

Helm values cover every setting.

### Project Enablement and Rollback

**Enable/disable:** install or uninstall the chart; no control plane downtime.
**Default behaviour:** nothing changes for workloads outside Kestrel queues.
**Testing:** CI installs and uninstalls the chart on every pull request.
"""
    text = free_form(level="Incubation", after=day_1)
    findings = unanswered(text)
    assert places(findings) == [
        ("unanswered-question", "warning", line_of(text, "### Project Enablement and Rollback"))
    ]
    assert findings[0].details["missing"] == [
        "How does the project clean up any resources created, including CRDs?"
    ]
    assert "a GTR for Incubation answers the Day 0 and Day 1 questions" in findings[0].message


def test_a_review_keeping_the_template_questions_is_read_as_before() -> None:
    """A section of prose in a review that keeps the template's questions elsewhere is the author's
    way of answering: not second-guessed."""
    scope = """
### Scope

* Describe the roadmap process, how scope is determined for mid to long term features, as well as how the roadmap maps back to current contributions and maintainer ladder?

  A quarterly public [roadmap](https://github.com/kestrel/community/blob/v1.2.0/ROADMAP.md).

* Describe the target persona or user(s) for the project?

  Platform engineers.
"""
    design = (
        "\n### Design\n\nKestrel is a single controller with leader election, stateless, released monthly.\n"
    )
    assert unanswered(free_form(scope=scope, design=design)) == []


def test_every_topic_names_a_question_of_each_gtr_revision() -> None:
    """Each topic's words stand in every shipped GTR revision's question text (a topic found by no
    question would never be read). Two topics' words stand in a second question too, which reads
    the first topic listed whose words it holds: "How should the target personas interact with your
    project?" and "Describe how the project surfaces project resource requirements ..."."""
    revisions = [t for t in companion_templates() if t.kind == "general-technical-review"]
    assert len(revisions) == 3
    for template in revisions:
        lowered = [
            item.text.lower().replace("-", " ").replace("’", "'")
            for item in template.items
            if item.role == "question"
        ]
        named = {
            topic.name: sum(topic.name in question for question in lowered)
            for topic in vocabulary(GTR_QUESTIONS).topics
        }
        assert min(named.values()) >= 1, (template.id, named)
        assert {name for name, count in named.items() if count > 1} == {
            "target persona",
            "resource requirements",
        }, template.id


def test_topics_are_matched_as_words() -> None:
    assert on_topic(
        "Describe how the project has addressed sovereignty.", ["data", "residency", "guaranteed"]
    )
    assert not on_topic("Describe how the project has addressed sovereignty.", ["air", "gapped", "tests"])
    assert on_topic(
        "Describe how the project is handling certificate rotation", ["cert", "manager", "rotates"]
    )
    assert not on_topic("Describe the project defaults", ["cert", "manager"])


def test_a_review_of_prose_alone_with_no_labels_of_its_own_is_not_second_guessed() -> None:
    """Sections of one paragraph each, no label or heading of the author's own standing in for the
    questions: the author's way of answering, read as before."""
    text = HEADER.format(level="Sandbox") + "".join(
        f"\n### {title}\n\nKestrel covers this in its documentation; every answer is in the design document.\n"
        for title in ("Scope", "Usability", "Design", "Installation", "Security")
    )
    assert unanswered(text) == []
