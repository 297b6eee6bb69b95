"""A draft started from one template revision with older text pasted back in: the revision it is
checked against follows the rest of the document, the criterion the pasted text brought back is
told to be deleted (mixed-revisions), never to be ticked (unchecked-criterion); and the advice of
outdated-template names the revision found and the one to move to.

The drafts are the shipped template texts filled in as an applicant fills them, edited the way
authors paste an area from an older application (the 2025-01-07 notes, the removed "TAG provides
insight" criterion with a one-line answer).
"""

from __future__ import annotations

import random

from applint.engine import lint_text
from applint.findings import Finding
from tests.conftest import ROOT
from tests.harmless_edits import fill_in

TEXTS = ROOT / "schemas" / "text"
OLD_NOTE = "Note: this section may be augmented by the completion of a Governance Review from TAG Contributor Strategy."
NEW_NOTE = "Note: this section may be augmented by the completion of a Governance Review from the Project Reviews subproject."
REMOVED = "- [ ] **TAG provides insight/recommendation of the project in the context of the landscape**"
VENDOR = "- [x] **All project metadata and resources are [vendor-neutral]"


def _filled(revision: str) -> str:
    return fill_in((TEXTS / f"{revision}.md").read_text(encoding="utf-8"), random.Random(revision))


def _line_of(text: str, needle: str, start: int = 0) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if n > start and needle in line)


def _pasted(text: str, notes: bool = True) -> str:
    """The 2025-08-19 draft with the Application Process Principles' removed criterion pasted
    back from an older application (answered "Pending TAG engagement and review."), and, when
    ``notes``, the area notes in the older wording too."""
    text = text.replace(VENDOR, f"{REMOVED}\n\nPending TAG engagement and review.\n\n{VENDOR}", 1)
    return text.replace(NEW_NOTE, OLD_NOTE) if notes else text


def _rows(findings: list[Finding] | tuple[Finding, ...], *rules: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.severity.label, f.line) for f in findings if f.rule in rules]


def test_a_removed_criterion_pasted_with_older_notes_is_told_to_be_deleted_not_ticked() -> None:
    text = _pasted(_filled("incubation-v1.6-2025-08-19"))
    report = lint_text(text, "app.md")
    assert report.template == "incubation-v1.6-2025-08-19"
    removed = _line_of(text, "TAG provides insight")
    assert _rows(report.findings, "mixed-revisions", "unchecked-criterion") == [
        ("mixed-revisions", "info", removed)
    ]
    (mixed,) = [f for f in report.findings if f.rule == "mixed-revisions"]
    assert (
        "is worded as in incubation-v1.6-2025-07-14, the last revision that asks it; "
        "incubation-v1.6-2025-08-19 no longer has it"
    ) in mixed.message
    assert "delete each criterion incubation-v1.6-2025-08-19 no longer has, with its answer" in mixed.message
    assert "tick" not in mixed.message
    # The older notes are still each told, against the revision the draft was started from.
    notes = [f for f in report.findings if f.rule == "outdated-note"]
    assert [f.line for f in notes] == [
        n for n, line in enumerate(text.split("\n"), 1) if line == OLD_NOTE
    ] and len(notes) == 2
    assert all("incubation-v1.6-2025-08-19, which the application follows" in f.message for f in notes)
    # The attestation's list of unmet Required criteria no longer counts the removed one.
    assert not [
        f for f in report.findings if "TAG provides insight" in f.message and f.rule != "mixed-revisions"
    ]


def test_the_same_criterion_without_older_notes_keeps_the_revision_that_has_it() -> None:
    # Nothing else in the draft is older text: it reads as the 2025-07-14 revision, which asks it.
    text = _pasted(_filled("incubation-v1.6-2025-08-19"), notes=False)
    report = lint_text(text, "app.md")
    assert report.template == "incubation-v1.6-2025-07-14"
    assert _rows(report.findings, "mixed-revisions", "outdated-note") == []
    assert _rows(report.findings, "unchecked-criterion") == [
        ("unchecked-criterion", "warning", _line_of(text, "TAG provides insight"))
    ]


def test_a_whole_older_draft_is_its_own_revision_not_a_paste() -> None:
    for revision in ("incubation-v1.6-2025-01-07", "incubation-v1.6-2025-07-14"):
        report = lint_text(_filled(revision), "app.md")
        assert report.template == revision
        assert _rows(report.findings, "mixed-revisions", "outdated-note") == []


def test_verbose_says_the_pasted_criterion_was_not_counted() -> None:
    from click.testing import CliRunner

    from applint.cli import cli

    text = _pasted(_filled("incubation-v1.6-2025-08-19"))
    result = CliRunner().invoke(cli, ["check", "--verbose", "--fail-on", "never", "-"], input=text)
    head = result.output.split("\n")[0]
    assert "checked against incubation-v1.6-2025-08-19" in head
    assert '"TAG provides insight/recommendation of the project in the…" as older text pasted in' in head


def test_outdated_template_names_the_revision_found_and_the_one_to_move_to() -> None:
    text = _filled("graduation-v1.6-2025-08-19")
    report = lint_text(text, "app.md")
    (outdated,) = [f for f in report.findings if f.rule == "outdated-template"]
    assert (outdated.severity.label, outdated.line) == ("info", _line_of(text, "v1.6"))
    assert outdated.message.startswith(
        "this application follows the graduation template of 2025-08-19 (graduation-v1.6-2025-08-19, "
        "found by its criteria); the TOC now reviews against the one of 2026-06-29 "
        "(graduation-v1.6-2026-06-29): moving to it adds the criteria "
    )
    assert '; removes the criterion "Engage with the domain specific TAG(s) to…"' in outdated.message
    assert "'applint upgrade --to graduation-v1.6-2026-06-29' moves it" in outdated.message
    assert "latest" not in outdated.message
    # The current revision itself is told nothing.
    assert not [
        f
        for f in lint_text(_filled("graduation-v1.6-2026-06-29"), "app.md").findings
        if f.rule == "outdated-template"
    ]


def test_an_unticked_criterion_in_an_older_wording_is_told_to_take_the_current_one_first() -> None:
    current = (
        "- [x] **Document adoption and adherence to the CNCF Code of Conduct or the project's CoC which is "
        "based off the CNCF CoC and not in conflict with it.**"
    )
    text = _filled("incubation-v1.6-2026-06-29").replace(
        current, "- [ ] **Document agreement that project will adopt CNCF Code of Conduct.**"
    )
    report = lint_text(text, "app.md")
    assert report.template == "incubation-v1.6-2026-06-29"
    line = _line_of(text, "Document agreement that project will adopt")
    assert _rows(report.findings, "mixed-revisions", "unchecked-criterion") == [
        ("mixed-revisions", "info", line),
        ("unchecked-criterion", "warning", line),
    ]
    (unchecked,) = [f for f in report.findings if f.rule == "unchecked-criterion"]
    assert unchecked.message.endswith(
        "it is worded as in incubation-v1.6-2024-10-08: replace it with incubation-v1.6-2026-06-29's "
        "wording and tick it once the evidence shows that is met"
    )
    # Every other unticked Required criterion keeps the plain advice.
    ticked_text = text.replace("- [ ] **Document agreement", "- [x] **Document agreement")
    assert _rows(lint_text(ticked_text, "app.md").findings, "unchecked-criterion") == []


ITERATED = (
    "- [x] **Governance has continuously been iterated upon by the project as a result of their experience "
    "applying it, with the governance history demonstrating evolution of maturity alongside the project's "
    "maturity evolution.**"
)
DISCOVERABLE = "- [x] **Clear and discoverable project governance documentation.**"
UP_TO_DATE = "- [x] **Governance is up to date with actual project activities"


def _swapped(text: str, first: str, second: str) -> str:
    """``text`` with the criterion item starting ``second`` (and its answer) moved above ``first``."""
    start = text.index(first)
    middle = text.index(second)
    end = text.index("\n- [", middle + 1) + 1
    return text[:start] + text[middle:end] + "\n" + text[start:middle].rstrip("\n") + "\n" + text[end:]


def test_a_section_in_an_older_revisions_order_is_told_once_at_the_first_criterion_out_of_it() -> None:
    text = _swapped(_filled("incubation-v1.6-2025-08-19"), ITERATED, DISCOVERABLE)
    report = lint_text(text, "app.md")
    assert report.template == "incubation-v1.6-2025-08-19"
    assert _rows(report.findings, "mixed-revisions") == [
        ("mixed-revisions", "info", _line_of(text, DISCOVERABLE))
    ]
    (mixed,) = [f for f in report.findings if f.rule == "mixed-revisions"]
    assert mixed.message.startswith(
        "the criteria of 'Governance and Maintainers › Suggested' are listed in the order of "
        "incubation-v1.6-2025-01-07; incubation-v1.6-2025-08-19, which the application follows, lists "
        '"Governance has continuously been iterated upon by the…" first: reorder them as it does'
    )


def test_an_order_no_revision_has_stays_quiet() -> None:
    # The author moved "Governance is up to date" to the top: no revision orders them so.
    text = _swapped(_filled("incubation-v1.6-2025-08-19"), ITERATED, UP_TO_DATE)
    assert _rows(lint_text(text, "app.md").findings, "mixed-revisions") == []
    # The older revision itself, in its own order, is no mix.
    assert _rows(lint_text(_filled("incubation-v1.6-2025-01-07"), "app.md").findings, "mixed-revisions") == []
