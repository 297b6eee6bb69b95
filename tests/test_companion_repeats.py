"""Repeated text in companion documents (GTR, governance review, self-assessment): a paragraph
copied into a later answer is reported once at the copy; parallel entries of one list, a summary
restating its findings and the template's own questions stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING, SELF_ASSESSMENT_HEAD
from tests.rule_rows import Row, rule_rows

GTR_HEAD = (
    "# General Technical Review - Kestrel / Incubation\n"
    + GTR_OPENING
    + """  The roadmap is a GitHub project board that the maintainers review every month with the community.

### Usability

- How should the target personas interact with your project?

  Installing Kestrel is as simple as adding the Helm repository and installing the chart into a namespace of your choice:
  [Helm chart](https://kestrel.dev/helm), [operator guide](https://kestrel.dev/operator).

  Operators then configure queues through the kestrel CLI, which writes the custom resources for them.

## Day 1 - Installation and Deployment Phase

### Project Installation and Configuration

- Describe what project installation and configuration look like.

{answer}
"""
)


def rows(text: str) -> list[Row]:
    return rule_rows(text, "duplicate-content")


def test_an_answer_copied_from_an_earlier_one_is_one_finding_at_the_copy() -> None:
    answer = (
        "  Installing Kestrel is as simple as adding the Helm repository and installing the chart into a\n"
        "  namespace of your choice:\n"
        "  [Helm chart](https://kestrel.dev/helm), [operator guide](https://kestrel.dev/operator).\n\n"
        "  Operators then configure queues through the kestrel CLI, which writes the custom resources for them.\n"
    )
    assert rows(GTR_HEAD.format(answer=answer)) == [("duplicate-content", "warning", 33)]


def test_an_answer_of_its_own_and_the_templates_questions_stay_quiet() -> None:
    answer = "  A Helm chart installs the controller; the values file sets the queues and their quotas.\n"
    assert rows(GTR_HEAD.format(answer=answer)) == []


SELF_ASSESSMENT = (
    SELF_ASSESSMENT_HEAD
    + """
### Actions

1. **Analysis** runs in a platform-provided image using in-container UID zero
   and GID zero to restore layer metadata into a dedicated volume.
2. **Restore** runs in a platform-provided image using in-container UID zero and
   GID zero to restore layers into a dedicated volume.

Kestrel compares closely to the following technologies:

* Jib - Similar to Kestrel in that it constructs OCI images directly without a
  Dockerfile or Docker. Jib is Java-specific, but uses the same techniques.
* Ko - Similar to Kestrel in that it constructs OCI images directly without a
  Dockerfile or Docker. Ko is Go-specific, but uses the same techniques.

Shared storage comes in pools configured for different scenarios:

* [`filesystem.yaml`](https://kestrel.dev/filesystem.yaml): Replication of 3 for production scenarios. Requires at least three worker nodes.

Object storage comes in pools configured for different scenarios:

* [`object.yaml`](https://kestrel.dev/object.yaml): Replication of 3 for production scenarios.  Requires at least three worker nodes.
"""
)


def test_parallel_entries_of_a_list_and_labelled_entries_stay_quiet() -> None:
    assert rows(SELF_ASSESSMENT) == []


GOVERNANCE_REVIEW = """# Governance Review Kestrel

## Summary and Assessment

### Points of Excellence

The following aspects of governance are exemplary, and should be considered by other projects:

- Kestrel publishes marketing guidelines that give specific guidance on vendor neutrality and the use of the project's name.

## Review

### Accuracy and Clarity

- Kestrel's marketing guidelines give specific guidance on vendor neutrality and the use of the project's name.
"""


def test_a_governance_reviews_summary_restating_its_findings_stays_quiet() -> None:
    assert rows(GOVERNANCE_REVIEW) == []


SECURITY_PRACTICES = (
    SELF_ASSESSMENT_HEAD
    + """
## Secure Development Practices

* **OpenSSF Best Practices**: Kestrel has achieved a [passing OpenSSF Best Practices badge](https://www.bestpractices.dev/projects/1), demonstrating adherence to security best practices.
* **Automated Testing**: The integration test suite runs in CI on every pull request and nightly on the main branch. These tests exercise the kestrel binary built from the change.
* **Security Scanning**: Dependabot scans the dependencies of every release. All medium and higher severity exploitable vulnerabilities are fixed in a timely way after they are confirmed.
* **Dynamic Analysis**: The integration test suite runs in CI on every pull request and nightly on the main branch. Failures block the merge.

## Security Issue Resolution

* **Best Practices Compliance**: Kestrel has achieved a [passing OpenSSF Best Practices badge](https://www.bestpractices.dev/projects/1), demonstrating adherence to security best practices including licensing.

* **Investigation**: The team investigates the report and develops a fix. All medium and higher severity
  exploitable vulnerabilities discovered through static or dynamic analysis are fixed in a timely way after they are confirmed.
* **Recovery**: Kestrel has achieved a [passing OpenSSF Best Practices badge](https://www.bestpractices.dev/projects/1), demonstrating adherence to security best practices.
"""
)


def test_a_sentence_said_again_in_another_entry_is_reported_at_the_repeat() -> None:
    # 21: the test-suite sentence of 19; 25: the badge sentence of 18 with a clause added, and
    # again at 29 (one finding); 27: the vulnerabilities sentence of 20 with a clause added, over
    # the item's two lines. Quiet: each first saying, and the sentences they are not.
    assert rows(SECURITY_PRACTICES) == [
        ("duplicate-content", "warning", 21),
        ("duplicate-content", "warning", 25),
        ("duplicate-content", "warning", 27),
    ]
    found = {
        f.line: f.message for f in lint_text(SECURITY_PRACTICES).findings if f.rule == "duplicate-content"
    }
    assert "this sentence repeats line 19 word for word" in found[21]
    assert "repeats line 18 nearly word for word" in found[25]
    assert "(also at line 29)" in found[25]
    assert "repeats line 20 nearly word for word" in found[27]


PARALLEL_SENTENCES = (
    SELF_ASSESSMENT_HEAD
    + """
### Actions

1. **Detection** runs in a user-provided builder image using the non-zero UID and GID specified in the builder image labels.
2. **Build** runs in a user-provided builder image using the non-zero UID and GID specified in the builder image labels.

* Jib - Similar to Kestrel in that it constructs OCI images directly without a Dockerfile or Docker.
* Ko - Similar to Kestrel in that it constructs OCI images directly without a Dockerfile or Docker.

* [Li Auto](https://example.com/li): Using Kestrel to build a united delivery platform and a cloud native application platform for their internal developer platform.
* [XPeng](https://example.com/xpeng): Using Kestrel to build a cloud native application platform for their internal developer platform.

See [the SLSA level 3 blog post](https://kestrel.dev/slsa) and [Verifying Kestrel](https://kestrel.dev/verify) for more details.

## Communication Channels

Users communicate with the team through the [Kestrel Slack](https://slack.kestrel.dev) or through GitHub issues.

Team members communicate with users through the [Kestrel Slack](https://slack.kestrel.dev) and discuss in GitHub issues or pull requests.

Releases are signed with cosign.

See [the SLSA level 3 blog post](https://kestrel.dev/slsa) and [Verifying Kestrel](https://kestrel.dev/verify) for more details.

Releases are signed with cosign.
"""
)


def test_parallel_sentences_pointers_and_short_sentences_stay_quiet() -> None:
    assert rows(PARALLEL_SENTENCES) == []


def test_a_sentence_written_twice_in_one_entry_is_reported() -> None:
    text = SECURITY_PRACTICES.replace(
        "Dependabot scans the dependencies of every release.",
        "Kestrel routes jobs by queue name and not by host name and port. Kestrel routes jobs by queue name "
        "and not by host name and port.",
    )
    assert ("duplicate-content", "warning", 20) in rows(text)


PRINCIPLES = """
  The design principles of Kestrel:

  1. **Free and open:** Everyone can use the scheduler and its plugins.
  2. **Layered:** Key facets of the stack evolve independently of each other.
  3. **Pluggable:** Queues, quotas and admission are plugin interfaces.
  4. **Streaming:** Job logs stream to the client while the job runs.
  5. **Pluggable:** A scheduler is only part of a batch platform; extension points let adopters
     plug in their own storage.

  Permissions the controller needs:

  - **Read/Write**: `queues`, `jobs` (kestrel.dev API group)
  - **Read/Write**: `pods`, `configmaps` (for the job lifecycle)
  - **Read**: all other resources

  Roadmap:

  - **SHIPPED** - Prometheus metrics endpoint
  - **DEFERRED** - Network policy support
  - **SHIPPED** - Webhook outputs

  Maintainers:

  - **Name:** Ada Lovelace
  - **Affiliation:** Examplo
  - **Name:** Grace Hopper
  - **Affiliation:** Globex
"""


def test_a_label_given_twice_in_one_list_is_reported_at_the_second() -> None:
    # 40: the second "Pluggable". Quiet: permission kinds and states (fewer than three labels, a
    # label on consecutive items) and records (two labels come back).
    text = GTR_HEAD.format(answer=PRINCIPLES)
    assert rows(text) == [("duplicate-content", "warning", 40)]
    (finding,) = [f for f in lint_text(text).findings if f.rule == "duplicate-content"]
    assert 'already has an item labelled "Pluggable" (line 38)' in finding.message


DOUBLED = """
  The kestrel agent uses gRPC keepalives to detect client client liveness across the cluster.
  We believe that that is the right default, as does Michael Michael, who maintains the agent.
  The flag is `--retry retry` in the CLI, documented in [the guide](https://kestrel.dev/go/go).
  Jobs are written in Go. Go is the language of every controller the project ships.
  The the scheduler keeps a queue per tenant.
"""


def test_a_word_written_twice_in_a_row_is_reported_where_it_stands() -> None:
    # 34: "client client"; 38: "The the". Quiet: "that that", a name, a code span, a link's
    # address, a word ending one sentence and opening the next.
    text = GTR_HEAD.format(answer=DOUBLED)
    assert rows(text) == [("duplicate-content", "info", 34), ("duplicate-content", "info", 38)]
    found = [f for f in lint_text(text).findings if f.rule == "duplicate-content"]
    assert found[0].column == 52
    assert '"client client": the word "client" is written twice in a row; delete one' in found[0].message


ENDORSEMENTS = """
Adopters have endorsed Kestrel in its submission:

- "We run Kestrel for our research clusters, and we plan to add more contributions, especially around around the scheduler."
- “Kestrel has served us very well for for three years.”
- Kestrel is used by Examplo Bank for for its nightly risk runs.
"""


def test_a_word_twice_inside_a_quotation_is_left_as_quoted() -> None:
    # An adopter's endorsement in quotation marks is quoted as written ("around around", "for for"
    # inside the quotes): not the author's to edit. The same slip in the author's own item is reported.
    text = GTR_HEAD.format(answer=ENDORSEMENTS)
    line = text.splitlines().index("- Kestrel is used by Examplo Bank for for its nightly risk runs.") + 1
    assert rows(text) == [("duplicate-content", "info", line)]


OPENING_SENTENCE = """# Governance Review Kestrel

## Review

### Governance Location

Governance documentation may be found with [Kestrel's main documentation](https://kestrel.dev/governance/). The following parts of Kestrel governance are well-defined in this documentation:

- Maintainer roles and the election of the steering committee.

### Governance Discovery Completeness

Governance documentation may be found with [Kestrel's main documentation](https://kestrel.dev/governance/), an easy access approach that makes the docs findable for potential contributors.

### Contributor Ladder

The project is maintained by a team of volunteers, who review every change, and the steering committee decides disputes.

### Decision Making

The project is maintained by a team, and decisions follow lazy consensus among the maintainers of each repository.
"""


def test_a_sentence_said_again_with_a_clause_added_is_reported_at_the_repeat() -> None:
    # 13 opens with the whole sentence of 7 and adds a clause. Quiet: 21 opens with a clause of
    # seven words that 17 also opens with (too short to be a sentence said again).
    assert rows(OPENING_SENTENCE) == [("duplicate-content", "warning", 13)]
    found = [f for f in lint_text(OPENING_SENTENCE).findings if f.rule == "duplicate-content"]
    assert "repeats line 7 with a clause added or dropped" in found[0].message


CRITERIA_ON_ONE_LINE = """# Governance Review Kestrel

## Review

### Code of Conduct

**Document adoption and adherence to the CNCF Code of Conduct or the project's
CoC which is based off the CNCF CoC and not in conflict with it.**
**Incubating:** Required | **Graduated:** Required

The primary repo (kestrel/kestrel) and some kestrel-contrib repos
include a CODE_OF_CONDUCT.md which links to the CNCF code of conduct. Some repos
in kestrel-contrib do not have a Code of Conduct.

**CNCF Code of Conduct is cross-linked from other governance.**
**Incubating:** Required | **Graduated:** Required

The primary repo (kestrel/kestrel) and some kestrel-contrib repos
include a CODE_OF_CONDUCT.md which links to the CNCF code of conduct. Some repos
in kestrel-contrib do not have a Code of Conduct.

### Subprojects

**All subprojects, if any, are listed.**
**Incubating:** Required | **Graduated:** Required

The contrib organisation holds the providers. Kestrel's main documentation lists the providers,
and the contrib organisation's README lists them again with their maintainers.

The contrib organisation holds the providers. Kestrel's main documentation lists the providers,
and the contrib organisation's README lists them again with their maintainers.
"""


def test_one_answer_under_two_criteria_written_with_their_levels_stays_quiet() -> None:
    # 18 answers the cross-linking criterion as 11 answers the adoption one: quiet. 30 pastes 27
    # again under one criterion: reported.
    assert rows(CRITERIA_ON_ONE_LINE) == [("duplicate-content", "warning", 30)]


COMPARISONS = (
    SELF_ASSESSMENT_HEAD
    + """
### Related Projects / Vendors

1. **[Volcano](https://volcano.sh)**: Volcano is a batch system built on Kubernetes for high performance workloads.
Difference between Kestrel and Volcano:
* Kestrel: Kestrel places a strong emphasis on fair sharing. It provides Kubernetes-native queue policies with quotas per team and preemption between queues.
* Volcano focuses on gang scheduling for high performance computing and machine learning jobs.

2. **[Kueue](https://kueue.sigs.k8s.io)**: Kueue is a job queueing controller for Kubernetes clusters and their batch jobs.
Difference between Kestrel and Kueue:
* Kestrel: Kestrel places a strong emphasis on fair sharing. It provides Kubernetes-native queue policies with quotas per team and preemption between queues.
* Kueue: Kueue admits jobs to the cluster when quota is available and leaves scheduling to kube-scheduler.

3. **[YuniKorn](https://yunikorn.apache.org)**: YuniKorn is a resource scheduler for batch and long-running workloads on Kubernetes.
Difference between Kestrel and YuniKorn:
* Kestrel: Kestrel places a strong emphasis on fair sharing. It provides Kubernetes-native queue policies with quotas per team and preemption between queues.
* YuniKorn: YuniKorn replaces the default scheduler and orders applications by hierarchical queues.
"""
)


def test_each_entry_of_a_comparison_written_the_same_way_stays_quiet() -> None:
    assert rows(COMPARISONS) == []


STAGES = (
    SELF_ASSESSMENT_HEAD
    + """
### Actions

1. **Detection** runs in a user-provided builder image using the non-zero UID and GID
   specified in the builder image labels.
2. **Analysis** runs in a platform-provided image using in-container UID zero and GID zero to
   restore layer metadata into a dedicated volume. Registry credentials are provided for this
   stage, but no user code is executed in the image at any point.
3. **Build** runs in a user-provided builder image and executes the user's build steps.
4. **Export** runs in a platform-provided image to transfer the new layers to the registry.
   Registry credentials are provided for this stage, but no user code is executed in the image
   at any point.
"""
)


def test_a_sentence_two_steps_of_one_process_share_stays_quiet() -> None:
    # 20 and 24: two steps of one list, each opening with its bold subject, say the same of
    # themselves: quiet.
    assert rows(STAGES) == []


def test_a_block_pasted_several_times_in_a_row_is_one_finding_at_the_first_paste() -> None:
    block = (
        "Kestrel enforces mutual TLS between its scheduler and every worker. It rotates the certificates daily.\n\n"
        "### Coding Standards and Reviews\n\n"
        "Every change is reviewed by two maintainers before it merges. Reviews follow the design principles.\n\n"
    )
    text = GTR_HEAD.format(answer=block * 4)
    # The answer starts on line 33: the block (lines 33-37) is pasted three more times after it.
    assert rows(text) == [("duplicate-content", "warning", 39)]
    (message,) = [f.message for f in lint_text(text, "-").findings if f.rule == "duplicate-content"]
    assert "lines 39-55 repeat 33-37 3 more times" in message and "delete the others" in message
    # Pasted once, it is one copy of one block.
    once = GTR_HEAD.format(answer=block * 2)
    (message,) = [f.message for f in lint_text(once, "-").findings if f.rule == "duplicate-content"]
    assert "lines 39-43 repeat 33-37 (" in message and "delete the other" in message


DESCRIBED = (
    "# General Technical Review - Kestrel / Incubation\n\n"
    "- **Project:** Kestrel\n"
    "- **Description:** Kestrel is a Kubernetes native scheduler that runs batch jobs with fair queueing "
    "across teams and clusters.\n\n"
    "## Day 0 - Planning Phase\n\n"
    "### Design\n\n"
    "- Explain the design principles and best practices the project is following.\n\n"
    "  Kestrel follows these principles:\n\n"
    "  - **Kubernetes Native**: Kestrel is a Kubernetes native scheduler that runs batch jobs with fair "
    "queueing across teams and clusters.\n"
    "  - **Extensible**: queue policies are plugins that operators write in Go and load at start-up.\n"
)


def test_an_answer_repeating_the_projects_description_is_told_to_answer_its_question() -> None:
    # 14 repeats the Description entry (4): it restates the project rather than answer the question
    findings = [f for f in lint_text(DESCRIBED, "gtr.md").findings if f.rule == "duplicate-content"]
    assert [(f.rule, f.severity.label, f.line) for f in findings] == [("duplicate-content", "warning", 14)]
    message = findings[0].message
    assert message.startswith("this answer repeats the project's description at line 4 word for word")
    assert "answer its question here in words of its own" in message
    assert "point to it from the other" not in message
    # the same sentence said twice among the answers keeps the advice to keep it in one place
    elsewhere = DESCRIBED.replace("- **Description:** ", "- **Mission:** ")
    (other,) = [f for f in lint_text(elsewhere, "gtr.md").findings if f.rule == "duplicate-content"]
    assert other.line == 14 and "keep it in one place, and point to it from the other" in other.message


REWORDED = (
    "# General Technical Review - Kestrel / Incubation\n"
    + GTR_OPENING
    + """  Kestrel's roadmap is a public GitHub project board the maintainers review every month.

### Design

- Explain the design principles and best practices the project is following.

  Build pipelines generate SPDX SBOMs and SLSA provenance attestations for every binary, container image and Helm chart.
  Cosign signs all artifacts and signatures are published next to the attestations, enabling automated end-to-end verification of artifact integrity and origin.
  See [Verifying Kestrel](https://kestrel.dev/verify) for more details.

## Day 2 - Day-Two Operations Phase

### Security

- Describe how the project is following and implementing secure software supply chain best practices.

  Kestrel is SLSA Level 3 compliant. The project generates SBOMs and SLSA provenance attestations for every binary, container image and Helm chart.
  All artifacts are signed with Cosign and signatures are published next to the attestations, enabling automated end-to-end verification of artifact integrity and origin.
  See [Verifying Kestrel](https://kestrel.dev/verify) for more details.
"""
)


def test_a_paragraph_written_again_with_a_few_words_changed_is_one_finding_naming_both_places() -> None:
    findings = [f for f in lint_text(REWORDED, "gtr.md").findings if f.rule == "duplicate-content"]
    assert [(f.rule, f.severity.label, f.line) for f in findings] == [("duplicate-content", "warning", 32)]
    assert findings[0].message.startswith(
        "this paragraph (lines 32-34) says again what lines 22-24 say, with a few words changed"
    )
    # two answers on one subject in words of their own share too few of their words
    own = REWORDED.replace(
        "All artifacts are signed with Cosign and signatures are published next to the attestations, "
        "enabling automated end-to-end verification of artifact integrity and origin.",
        "Release tags are protected, and only the release workflow may push images to the registry.",
    )
    assert [f.line for f in lint_text(own, "gtr.md").findings if f.rule == "duplicate-content"] == []


def test_a_paragraph_restating_the_projects_description_with_words_changed_is_told_to_answer_its_part() -> (
    None
):
    text = SELF_ASSESSMENT_HEAD + (
        "\nKestrel is a Kubernetes native batch scheduler. It queues jobs from many teams, shares cluster "
        "capacity fairly between them, preempts low priority work when urgent jobs arrive and reports usage "
        "per team to platform operators through Prometheus metrics and dashboards.\n\n"
        "## Threat modeling\n\n"
        "Kestrel is a Kubernetes native batch scheduler: it queues jobs from many teams, shares the "
        "cluster's capacity fairly among them, preempts low priority work when urgent jobs arrive and reports "
        "usage per team to platform operators with Prometheus metrics and dashboards.\n"
    )
    line = text.split("\n").index("## Threat modeling") + 3
    findings = [f for f in lint_text(text, "self-assessment.md").findings if f.rule == "duplicate-content"]
    assert [(f.rule, f.severity.label, f.line) for f in findings] == [("duplicate-content", "warning", line)]
    assert findings[0].message == (
        f"this paragraph (line {line}) repeats the project's description at line {line - 4} with a few words "
        "changed; answer its question here in words of its own rather than restating the description"
    )
