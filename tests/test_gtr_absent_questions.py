"""GTR template questions a written section leaves out, keeps only inside an HTML comment, or sets
under another section (unanswered-question, through matching.question_gaps)."""

from __future__ import annotations

from applint.engine import lint_source
from applint.findings import Finding
from applint.readers.sources import Source

SCOPE = """### Scope

* Describe the roadmap process, how scope is determined for mid to long term features, as well as how the roadmap maps back to current contributions and maintainer ladder?

  Maintainers agree the roadmap each quarter in a public issue; contributors who land roadmap work move up the ladder.

* Describe the target persona or user(s) for the project?

  Platform teams running Kestrel on their clusters.

* Explain the primary use case for the project. What additional use cases are supported by the project?

  Scheduling batch jobs; also queueing for notebooks.

* Explain which use cases have been identified as unsupported by the project.

  Long-running services.

* Describe the intended types of organizations who would benefit from adopting this project. (i.e. financial services, any software manufacturer, organizations providing platform engineering services)?

  Research labs and banks with shared GPU clusters.

* Please describe any completed end user research and link to any reports.

  None published yet.
"""

USABILITY = """### Usability

* How should the target personas interact with your project?

  Through the kestrel CLI and the Queue custom resource.

* Describe the user experience (UX) and user interface (UI) of the project.

  A CLI and a read-only web dashboard.

* Describe how this project integrates with other projects in a production environment.

  It exports Prometheus metrics and works with Argo Workflows.
"""

INSTALLATION = """### Installation

* Describe how the project is installed and initialized, e.g. a minimal install with a few lines of code or does it require more complex integration and configuration?

  `helm install kestrel kestrel/kestrel` and nothing else.

* How does an adopter test and validate the installation?

  `kestrel doctor` checks the webhook and the queue controller.
"""

SECURITY_HIDDEN = """### Security

<!--
  * Please provide a link to the project’s cloud native [security self assessment](https://tag-security.cncf.io/community/assessments/).
  * Please review the [Cloud Native Security Tenets](https://github.com/cncf/contribute-site/blob/main/docs/community/tags/security-and-compliance/publications/secure-defaults-cloud-native-8.md) from TAG Security.
    * How are you satisfying the tenets of cloud native security projects?
    * How do you recommend users alter security defaults in order to "loosen" the security of the project? Please link to any documentation the project has written concerning these use cases.
  * Security Hygiene
    * Please describe the frameworks, practices and procedures the project uses to maintain the basic health and security of the project.
    * Describe how the project has evaluated which features will be a security risk to users if they are not maintained by the project?
  * Cloud Native Threat Modeling
    * Explain the least minimal privileges required by the project and reasons for additional privileges.
    * Describe how the project is handling certificate rotation and mitigates any issues with certificates.
    * Describe how the project is following and implementing [secure software supply chain best practices](https://project.linuxfoundation.org/hubfs/CNCF\\_SSCP\\_v1.pdf)
-->
- [Self assessment](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md)
- Tenets: the controller runs as non-root and every default is the secure one.
"""


def gtr(
    scope: str = SCOPE, usability: str = USABILITY, installation: str = INSTALLATION, security: str = ""
) -> str:
    return f"""# General Technical Review - Kestrel / Sandbox

- **Project:** Kestrel
- **Project Version:** v1.2.0
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-05-02
- **Template Version:** v1.0
- **Description:** A batch scheduler for Kubernetes.

## Day 0 - Planning Phase

{scope}
{usability}
{installation}
{security}"""


def absent(text: str, issue_body: bool = False) -> list[Finding]:
    """The findings of this module's behaviours: missing, hidden, moved and narrowed questions."""
    report = lint_source(Source("gtr.md", text.encode("utf-8"), "markdown", issue_body))
    return [
        f
        for f in report.findings
        if f.rule == "unanswered-question"
        and (
            "template's questions:" in f.message
            or "HTML comment" in f.message
            or "the question '" in f.message
            or "asks much less" in f.message
        )
    ]


def places(findings: list[Finding]) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in findings]


def test_a_section_of_template_questions_with_one_left_out_is_one_finding_at_its_heading() -> None:
    scope = SCOPE.replace(
        "* Explain which use cases have been identified as unsupported by the project.\n\n  Long-running services.\n\n",
        "",
    )
    found = absent(gtr(scope=scope))
    assert places(found) == [("unanswered-question", "warning", 12)]
    assert found[0].message == (
        "'Scope' lacks 1 of the GTR template's questions: 'Explain which use cases have been identified as "
        "unsupported…'; a GTR for Sandbox answers the Day 0 questions: add each question with its answer "
        "(or N/A with a brief reason)"
    )
    # The complete document: quiet everywhere (Scope, Usability, Installation).
    assert absent(gtr()) == []


def test_questions_of_the_authors_own_in_place_of_the_templates_name_both() -> None:
    scope = """### Scope

**Describe the project's roadmap and how the maintainers plan mid to long term features.**

A public board, reviewed each quarter.

**What problem does this project solve?**

Batch jobs wait too long for GPUs.

**What are the benefits of solving this problem in a cloud native manner?**

Queues are Kubernetes objects.
"""
    found = absent(gtr(scope=scope))
    assert places(found) == [("unanswered-question", "warning", 12)]
    message = found[0].message
    assert message.startswith(
        "'Scope' lacks 5 of the GTR template's questions: 'Describe the target persona or user(s) for the "
        "project?', 'Explain the primary use case for the project. What…', 'Explain which use cases have been "
        "identified as unsupported…' and 2 more; the questions written here instead ('What problem does this "
        "project solve?' (line 18) and 'What are the benefits of solving this problem in…' (line 22)) are not "
        "the template's"
    )
    assert (
        found[0].details["missing"][-1]
        == "Please describe any completed end user research and link to any reports."
    )


def test_paraphrased_labels_and_shortened_question_headings_stay_quiet() -> None:
    labels = """### Scope

**Roadmap Process:** the maintainers agree the roadmap each quarter; contributors move up the ladder by owning roadmap items.

**Target Personas:** platform teams.

**Primary and additional use cases:** batch jobs; notebooks.

**Unsupported Use Cases:** long-running services.

**Organizations who benefit:** research labs, banks.

**End User Research:** none published yet.
"""
    headings = """### Scope

#### Describe the roadmap process

Maintainers scope mid and long term features each quarter; contributors who deliver them move up the ladder.

#### Target Persona(s)

Platform teams.

#### Explain the primary use case for the project

Batch jobs, and notebooks too.

#### Unsupported use cases

Long-running services.

#### Organizations who would benefit

Research labs.

#### End user research

None yet.
"""
    assert absent(gtr(scope=labels)) == []
    assert absent(gtr(scope=headings)) == []


def test_answers_in_prose_without_the_questions_stay_quiet() -> None:
    installation = """### Installation

Kestrel installs with one Helm command and no further configuration; `kestrel doctor` then validates the
installation by checking the webhook and the queue controller.
"""
    assert absent(gtr(installation=installation)) == []


def test_questions_kept_only_in_a_comment_are_one_finding_at_the_comment() -> None:
    found = absent(gtr(security=SECURITY_HIDDEN))
    assert places(found) == [("unanswered-question", "warning", 64)]
    assert found[0].message.startswith(
        "the 8 'Security' questions are only inside an HTML comment (lines 64-76), which the rendered page "
        "does not show, and the text shown does not answer 6 of them: 'How do you recommend users alter "
        "security defaults in order…', 'Please describe the frameworks, practices and procedures…', "
        "'Describe how the project has evaluated which features will…' and 3 more; "
    )
    # The same comment above answers that speak to every question: nothing is left unanswered.
    answered = SECURITY_HIDDEN + (
        "- Loosen: users may alter the defaults with Helm values (documented in the chart).\n"
        "- Hygiene: frameworks and practices are OpenSSF Scorecard and Dependabot; features that would be a"
        " risk if unmaintained were evaluated and removed.\n"
        "- Least privileges: namespace-scoped RBAC only.\n"
        "- Certificates: cert-manager rotates the webhook certificate.\n"
        "- Supply chain: releases are signed and ship an SBOM.\n"
    )
    assert absent(gtr(security=answered)) == []


def test_a_question_under_another_section_is_info_and_a_lost_heading_a_warning() -> None:
    usability = USABILITY.replace(
        "* Describe how this project integrates with other projects in a production environment.\n\n"
        "  It exports Prometheus metrics and works with Argo Workflows.\n",
        "",
    )
    installation = INSTALLATION + (
        "\n* Describe how this project integrates with other projects in a production environment.\n\n"
        "  It exports Prometheus metrics.\n"
    )
    found = absent(gtr(usability=usability, installation=installation))
    assert places(found) == [("unanswered-question", "info", 59)]
    assert found[0].message == (
        "the question 'Describe how this project integrates with other projects in a…' stands under "
        "'Installation', but the template asks it under 'Usability' (line 38): move it there with its answer"
    )
    # The Installation heading lost: its two questions read as Usability's; one finding for both.
    lost = absent(gtr(installation=INSTALLATION.replace("### Installation\n\n", "")))
    assert places(lost) == [("unanswered-question", "warning", 52)]
    assert lost[0].message == (
        "the question 'Describe how the project is installed and initialized, e.g. a minimal…' is one of the "
        "template's 'Installation' questions, but stands under 'Usability' because the 'Installation' heading "
        "is missing: restore the heading above it (also at line 56)"
    )


def test_a_day_the_level_does_not_require_is_not_asked_for() -> None:
    day1 = """## Day 1 - Installation and Deployment Phase

### Rollout, Upgrade and Rollback Planning

* Describe how the project handles rollback procedures.

  `helm rollback`.

* Describe any specific metrics that should inform a rollback.

  The queue's error rate.
"""
    assert absent(gtr() + "\n" + day1) == []
    # The same day in an Incubation GTR: the five questions left out are asked for.
    incubation = (gtr() + "\n" + day1).replace("Kestrel / Sandbox", "Kestrel / Incubation")
    found = [f for f in absent(incubation) if "lacks" in f.message]
    assert [(f.line, f.section) for f in found] == [
        (65, "day-1-installation-and-deployment-phase/rollout-upgrade-and-rollback-planning")
    ]
    assert len(found[0].details["missing"]) == 5


def test_a_parent_question_answered_right_under_it_answers_its_first_sub_question_left_out() -> None:
    security = """### Security

* Please provide a link to the project’s cloud native security self assessment.

  [Self-assessment](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md)

* Security Hygiene

  - OpenSSF Scorecard on every pull request.
  - Dependabot and CodeQL.

* Describe how the project has evaluated which features will be a security risk to users if they are not maintained by the project?

  Unmaintained plugins are removed after one release.
"""
    found = [f for f in absent(gtr(security=security)) if "'Security' lacks" in f.message]
    # The tenets, loosening and threat-modeling questions are missing; the hygiene practices are not.
    assert places(found) == [("unanswered-question", "warning", 62)]
    assert "frameworks, practices" not in " ".join(found[0].details["missing"])
    assert len(found[0].details["missing"]) == 5


def test_an_issue_body_with_inline_answers_reads_the_same() -> None:
    scope = SCOPE.replace("?\n\n  ", "? ").replace(".\n\n  ", ". ").replace("\n\n*", "\n*")
    scope = scope.replace(
        "* Please describe any completed end user research and link to any reports. None published yet.\n", ""
    )
    found = absent(gtr(scope=scope), issue_body=True)
    assert places(found) == [("unanswered-question", "warning", 12)]
    assert found[0].details["missing"] == [
        "Please describe any completed end user research and link to any reports."
    ]


def test_a_question_of_the_authors_words_asking_much_less_with_an_answer_silent_on_the_rest() -> None:
    roadmap = (
        "* Describe the roadmap process, how scope is determined for mid to long term features, as well as how "
        "the roadmap maps back to current contributions and maintainer ladder?\n\n"
        "  Maintainers agree the roadmap each quarter in a public issue; contributors who land roadmap work "
        "move up the ladder.\n"
    )
    narrowed = SCOPE.replace(
        roadmap, "**Describe the project's roadmap.**\n\nSee the GitHub project board.\n"
    )
    found = absent(gtr(scope=narrowed))
    assert places(found) == [("unanswered-question", "warning", 14)]
    assert found[0].message == (
        "this question asks much less than the GTR template's 'Describe the roadmap process, how scope is "
        "determined for mid to long term features, as well as how the roadmap maps back to current "
        "contributions and maintainer ladder?', and the answer below says nothing of the rest: write the "
        "template's question and answer all of it"
    )
    # The same short question with an answer that speaks of the rest: quiet.
    answered = SCOPE.replace(
        roadmap,
        "**Describe the project's roadmap.**\n\nMid and long term features are scoped in a public board; "
        "contributors who deliver them move up the maintainer ladder.\n",
    )
    assert absent(gtr(scope=answered)) == []


def test_a_follow_up_sentence_or_the_examples_left_out_is_the_authors_editing() -> None:
    installation = INSTALLATION.replace(
        "* Describe how the project is installed and initialized, e.g. a minimal install with a few lines of "
        "code or does it require more complex integration and configuration?",
        "**How is Kestrel installed and initialized?**",
    )
    assert absent(gtr(installation=installation)) == []


def test_a_parent_answered_in_one_piece_lacks_the_sub_questions_its_answer_is_silent_on() -> None:
    security = """### Security

* Please provide a link to the project’s cloud native security self assessment.

  [Self-assessment](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md)

* Security Hygiene

  - The frameworks and practices we follow: OpenSSF Scorecard on every pull request.
  - Dependabot and CodeQL keep the basic health of the code.
"""
    found = [f for f in absent(gtr(security=security)) if "'Security' lacks" in f.message]
    assert places(found) == [("unanswered-question", "warning", 62)]
    missing = found[0].details["missing"]
    assert (
        "Describe how the project has evaluated which features will be a security risk to users if they are not maintained by the project?"
        in missing
    )
    assert not any("frameworks, practices" in text for text in missing)


SECURITY_JOINED = """### Security

**Please provide a link to the project’s cloud native [security self assessment](https://tag-security.cncf.io/community/assessments/).**
[Self assessment](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md)

**Please review the [Cloud Native Security Tenets](https://github.com/cncf/tag-security/blob/main/community/resources/security-whitepaper/secure-defaults-cloud-native-8.md) from TAG Security. How are you satisfying the tenets of cloud native security projects?**
The controller runs as non-root and every default is the secure one.

**How do you recommend users alter security defaults in order to "loosen" the security of the project? Please link to any documentation the project has written concerning these use cases.**
Only by setting `insecure: true` in the chart's values, which the docs warn against.

**Security Hygiene**

**Please describe the frameworks, practices and procedures the project uses to maintain the basic health and security of the project.**
OpenSSF Scorecard on every pull request, Dependabot and CodeQL.

**Describe how the project has evaluated which features will be a security risk to users if they are not maintained by the project?**
Unmaintained plugins are removed after one release.

**Cloud Native Threat Modeling**

**Explain the least minimal privileges required by the project and reasons for additional privileges.**
Read access to Pods and Queues; write access to its own CRDs only.

**Describe how the project is handling certificate rotation and mitigates any issues with certificates.**
cert-manager rotates the webhook certificate.

**Describe how the project is following and implementing [secure software supply chain best practices](https://project.linuxfoundation.org/hubfs/CNCF\\_SSCP\\_v1.pdf)**
Signed images and SLSA provenance on every release.
"""


def test_a_sub_question_written_in_one_paragraph_with_its_parent_question_is_asked() -> None:
    # The tenets prompt and its first sub-question share one bold paragraph, answered below it.
    found = [f for f in absent(gtr(security=SECURITY_JOINED)) if "'Security' lacks" in f.message]
    assert found == []
    # Without the sub-question's sentence, the section lacks it: one finding at the heading.
    cut = SECURITY_JOINED.replace(" How are you satisfying the tenets of cloud native security projects?", "")
    found = [f for f in absent(gtr(security=cut)) if "'Security' lacks" in f.message]
    assert places(found) == [("unanswered-question", "warning", 62)]
    assert found[0].details["missing"] == [
        "How are you satisfying the tenets of cloud native security projects?"
    ]


def bare_questions(text: str) -> list[Finding]:
    """The questions reported as standing with no answer."""
    report = lint_source(Source("gtr.md", text.encode("utf-8"), "markdown"))
    return [
        f for f in report.findings if f.rule == "unanswered-question" and "question not answered" in f.message
    ]


def test_a_question_followed_directly_by_the_next_one_written_in_its_parents_paragraph_is_unanswered() -> (
    None
):
    # The self-assessment question left bare, the tenets prompt and its sub-question in one
    # paragraph answered on the line below it (answers joined to their questions, no blank line).
    bare = SECURITY_JOINED.replace(
        "[Self assessment](https://github.com/kestrel/community/blob/v1.2.0/security/self-assessment.md)\n",
        "",
    )
    text = gtr(security=bare)
    found = bare_questions(text)
    line = text.splitlines().index(bare.splitlines()[2]) + 1
    assert places(found) == [("unanswered-question", "warning", line)]
    assert "security self assessment" in found[0].message
    # Answered, it is quiet; so is the tenets sub-question answered inside its parent's paragraph.
    assert bare_questions(gtr(security=SECURITY_JOINED)) == []
    # The sub-question's paragraph with no words after it leaves the sub-question bare too.
    unanswered = SECURITY_JOINED.replace(
        "The controller runs as non-root and every default is the secure one.\n", ""
    )
    text = gtr(security=unanswered)
    found = bare_questions(text)
    tenets = next(number for number, row in enumerate(text.splitlines(), 1) if "Security Tenets" in row)
    assert places(found) == [("unanswered-question", "warning", tenets)]
    assert [f.details["question"] for f in found] == [
        "How are you satisfying the tenets of cloud native security projects?"
    ]
