"""GTR questions answered only in part: written cut short inside a sentence with an answer that
leaves out the part cut, or answered in one piece with the sub-questions left out."""

from __future__ import annotations

from applint.engine import lint_text


def findings(text: str) -> list[tuple[str, str, int | None]]:
    """The answered-in-part findings (this outline leaves Day 0 and Day 1 sections out on purpose)."""
    report = lint_text(text, "gtr.md")
    return [
        (f.rule, f.severity.label, f.line)
        for f in report.findings
        if "cut short" in f.message or "questions the GTR template asks under it" in f.message
    ]


def gtr(rollout: str, design: str = "") -> str:
    return f"""# General Technical Review - Kestrel / Incubation

- **Project:** Kestrel
- **Website:** https://kestrel.dev

## Day 0 - Planning Phase

### Scope

**Describe the roadmap process, how scope is determined for mid to long term features, as well as how the roadmap maps back to current contributions and maintainer ladder?**

The roadmap is a GitHub project board reviewed monthly by the maintainers.

### Design

{design}

### Installation

**Describe how the project is installed and initialized**

A Helm chart installs the controller.

## Day 1 - Installation and Deployment Phase

### Project Enablement and Rollback

**How can this project be enabled or disabled in a live cluster?**

- Install or uninstall the Helm release; neither needs downtime of the control plane or nodes.

### Rollout, Upgrade and Rollback Planning

{rollout}
"""


CUT = "**Explain how upgrades and rollbacks were tested.**\n\n"


def test_a_question_cut_inside_its_sentence_with_an_answer_silent_on_the_cut_part() -> None:
    text = gtr(CUT + "Each release runs the end-to-end suite on three Kubernetes versions.\n")
    assert findings(text) == [("unanswered-question", "warning", 34)]
    message = next(f.message for f in lint_text(text, "gtr.md").findings if "cut short" in f.message)
    assert message == (
        "this question is cut short: the GTR template also asks 'and how the upgrade->downgrade->upgrade "
        "path was tested', and the answer below does not say: restore the whole question and answer that part too"
    )


def test_an_answer_that_speaks_to_the_cut_part_or_says_it_does_not_apply_stays_quiet() -> None:
    covered = CUT + "- CI upgrades from the last two minor releases, downgrades back, and upgrades again.\n"
    assert findings(gtr(covered)) == []
    assert findings(gtr(CUT + "Not applicable: Kestrel keeps no state between releases.\n")) == []


def test_a_dropped_example_is_the_authors_editing() -> None:
    # L20 drops ", e.g. a minimal install …" (and L28's follow-up is answered: "downtime"): quiet.
    assert (
        findings(gtr("**Describe how the project handles rollback procedures.**\n\nhelm rollback.\n")) == []
    )


def test_a_dropped_follow_up_sentence_with_an_answer_silent_on_it() -> None:
    # L28 without "Please describe any downtime required of the control plane or nodes." and an
    # answer that says nothing of downtime: answered only in part, like a cut inside a sentence.
    silent = gtr("").replace(
        "; neither needs downtime of the control plane or nodes.", ", or set `enabled: false`."
    )
    assert findings(silent) == [("unanswered-question", "warning", 28)]
    message = next(f.message for f in lint_text(silent, "gtr.md").findings if "cut short" in f.message)
    assert message == (
        "this question is cut short: the GTR template also asks 'Please describe any downtime required of "
        "the control plane or nodes', and the answer below does not say: restore the whole question and "
        "answer that part too"
    )


API_DESIGN = """**Please outline the project's API Design:**

- **Kubernetes API:** read-only access to Pods and Deployments
- **Scheduler API:** gRPC, defined in [kestrel.proto](https://github.com/kestrel/kestrel/blob/main/api/kestrel.proto)
"""


def test_a_question_answered_without_its_sub_questions_and_silent_on_most_of_them() -> None:
    text = gtr("", API_DESIGN)
    assert findings(text) == [("unanswered-question", "warning", 16)]
    message = next(f.message for f in lint_text(text, "gtr.md").findings if "asks under it" in f.message)
    assert message == (
        "the answer under this question says nothing of 5 of the 6 questions the GTR template asks under it, "
        "the first: 'Describe the project’s API topology and conventions': write them under it and answer each "
        "(or N/A with a brief reason)"
    )


def test_an_answer_that_covers_the_sub_questions_or_keeps_them_stays_quiet() -> None:
    covering = (
        API_DESIGN
        + "\nThe defaults need no configuration; extra configuration is a Helm value. The topology is one"
        " controller; conventions follow Kubernetes. No new API types or calls to cloud providers. The"
        " v1 API is compatible with API servers from 1.28 and versioned; breaking changes wait for v2.\n"
    )
    assert findings(gtr("", covering)) == []
    kept = (
        "**Please outline the project's API Design:**\n\n- Describe the project defaults\n\n"
        "  Everything is off until a Scheduler object is created.\n"
    )
    assert findings(gtr("", kept)) == []
    assert (
        findings(gtr("", "**Please outline the project's API Design:**\n\nN/A: Kestrel has no API.\n")) == []
    )


def test_a_question_with_sub_questions_left_bare_on_a_required_day() -> None:
    text = gtr(
        "",
        "**Please outline the project's API Design:**\n\n**Describe the project's release processes, including major, minor and patch releases.**\n\nMonthly minors.\n",
    )
    bare = [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text, "gtr.md").findings
        if "and the 6 questions" in f.message
    ]
    assert bare == [("unanswered-question", "warning", 16)]
    # Answered under it: no such finding.
    answered = text.replace("Design:**\n\n", "Design:**\n\nOne CRD, Scheduler, versioned v1.\n\n")
    assert [
        f.line for f in lint_text(answered, "gtr.md").findings if "and the 6 questions" in f.message
    ] == []


HYGIENE = """### Security

#### Security Hygiene

##### Development practices

- Every change is a reviewed pull request; OpenSSF Scorecard runs on each one.

##### Unmaintained features

- A feature without an owner is deprecated after one release and removed after two.

"""


def test_a_question_heading_answered_under_headings_of_the_authors_own_is_answered() -> None:
    # "#### Security Hygiene" answered under deeper headings of the author's: answered.
    text = gtr("").replace("## Day 1", HYGIENE + "## Day 1")
    hygiene = [f for f in lint_text(text, "gtr.md").findings if "'Security Hygiene'" in f.message]
    assert hygiene == []
    # Headings of the author's at the question's own level end it: the question is left bare.
    sibling = HYGIENE.replace("##### Development", "#### Development").replace(
        "##### Unmaintained", "#### Unmaintained"
    )
    text = gtr("").replace("## Day 1", sibling + "## Day 1")
    bare = [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text, "gtr.md").findings
        if "question not answered: 'Security Hygiene'" in f.message
    ]
    assert bare == [("unanswered-question", "warning", 26)]
    # Deeper headings with nothing under them answer nothing.
    empty = "### Security\n\n#### Security Hygiene\n\n##### Development practices\n\n##### Unmaintained features\n\n"
    text = gtr("").replace("## Day 1", empty + "## Day 1")
    assert [
        f.line
        for f in lint_text(text, "gtr.md").findings
        if "question not answered: 'Security Hygiene'" in f.message
    ] == [26]


def test_a_question_close_to_whole_with_its_and_part_dropped() -> None:
    # "… and link to any reports" and "… and reasons for additional privileges" leave out few of the
    # question's words (they read as the question itself), yet what they ask is not answered.
    design = (
        "**Explain the least minimal privileges required by the project.**\n\n"
        "Kestrel needs read access to Pods in the namespaces it schedules.\n\n"
        "### Usability\n\n"
        "**Please describe any completed end user research.**\n\n"
        "Three platform teams tried the scheduler for a month.\n"
    )
    assert findings(gtr("", design)) == [
        ("unanswered-question", "warning", 16),
        ("unanswered-question", "warning", 22),
    ]
    covered = design.replace("for a month.", "for a month; the report is linked from our website.").replace(
        "it schedules.", "it schedules; no additional privileges are needed, for the reasons in the docs."
    )
    assert findings(gtr("", covered)) == []


DAY_2 = """
## Day 2 - Day-to-Day Operations Phase

### Observability Requirements

**Describe the signals the project is using or producing, including logs, metrics, profiles and traces.**

Kestrel exports Prometheus metrics.

**Describe any dashboards the project uses or implements.**

A Grafana dashboard ships with the chart.
"""


def test_a_day_2_question_cut_short_in_a_graduation_gtr_but_not_in_an_incubation_one() -> None:
    # L40 drops "Please include supported formats, recommended configurations and data storage.";
    # L44 drops only "as well as any dashboard requirements" (one word of its own): quiet.
    graduation = gtr("").replace("/ Incubation", "/ Graduation") + DAY_2
    assert [row for row in findings(graduation) if row[2] and row[2] > 36] == [
        ("unanswered-question", "warning", 40)
    ]
    # An Incubation GTR is not asked the Day 2 questions: the same shortened question stays quiet.
    assert findings(gtr("") + DAY_2) == []


LOOSEN = '#### How do you recommend users alter security defaults in order to "loosen" the security of the project?\n\n'


def test_a_dropped_request_for_a_link_is_answered_by_a_link() -> None:
    # The follow-up "Please link to any documentation …" left out: an answer linking the
    # documentation speaks to it; one with no link and none of its words does not.
    linked = (
        LOOSEN
        + "- Allow plain TCP to BuildKit (see [custom address](https://kestrel.dev/docs/v1.2/address)).\n"
    )
    assert findings(gtr("", linked)) == []
    assert findings(gtr("", LOOSEN + "- Allow plain TCP to BuildKit when needed.\n")) == [
        ("unanswered-question", "warning", 16)
    ]


def test_a_bold_question_cut_short_with_its_answer_in_the_same_item() -> None:
    rollout = (
        "- **Explain how upgrades and rollbacks were tested.** Each release runs the end-to-end suite.\n"
        "- **How can a rollout or rollback fail?** A rollout fails when the CRDs are not applied first; "
        "running workloads keep running, with no impact.\n"
    )
    text = gtr(rollout)
    assert findings(text) == [("unanswered-question", "warning", 34)]
    message = next(f.message for f in lint_text(text, "gtr.md").findings if "cut short" in f.message)
    assert "and the answer after it does not say" in message
