"""A GTR question written cut short inside a sentence, whose answer leaves out the part cut."""

from __future__ import annotations

from applint.engine import lint_text


def findings(text: str) -> list[tuple[str, str, int | None]]:
    """The cut-short findings (this outline leaves Day 0 and Day 1 sections out on purpose)."""
    report = lint_text(text, "gtr.md")
    return [(f.rule, f.severity.label, f.line) for f in report.findings if "cut short" in f.message]


def gtr(rollout: str) -> str:
    return f"""# General Technical Review - Kestrel / Incubation

- **Project:** Kestrel
- **Website:** https://kestrel.dev

## Day 0 - Planning Phase

### Scope

**Describe the roadmap process, how scope is determined for mid to long term features, as well as how the roadmap maps back to current contributions and maintainer ladder?**

The roadmap is a GitHub project board reviewed monthly by the maintainers.

### Installation

**Describe how the project is installed and initialized**

A Helm chart installs the controller.

## Day 1 - Installation and Deployment Phase

### Project Enablement and Rollback

**How can this project be enabled or disabled in a live cluster?**

- Install or uninstall the Helm release.

### Rollout, Upgrade and Rollback Planning

{rollout}
"""


CUT = "**Explain how upgrades and rollbacks were tested.**\n\n"


def test_a_question_cut_inside_its_sentence_with_an_answer_silent_on_the_cut_part() -> None:
    text = gtr(CUT + "Each release runs the end-to-end suite on three Kubernetes versions.\n")
    assert findings(text) == [("unanswered-question", "warning", 30)]
    message = next(f.message for f in lint_text(text, "gtr.md").findings if "cut short" in f.message)
    assert message == (
        "this question is cut short: the GTR template also asks 'and how the upgrade->downgrade->upgrade "
        "path was tested', and the answer below does not say: restore the whole question and answer that part too"
    )


def test_an_answer_that_speaks_to_the_cut_part_or_says_it_does_not_apply_stays_quiet() -> None:
    covered = CUT + "- CI upgrades from the last two minor releases, downgrades back, and upgrades again.\n"
    assert findings(gtr(covered)) == []
    assert findings(gtr(CUT + "Not applicable: Kestrel keeps no state between releases.\n")) == []


def test_a_dropped_follow_up_sentence_or_example_is_the_authors_editing() -> None:
    # L24 drops "Please describe any downtime …", L16 drops ", e.g. a minimal install …": quiet.
    assert (
        findings(gtr("**Describe how the project handles rollback procedures.**\n\nhelm rollback.\n")) == []
    )
