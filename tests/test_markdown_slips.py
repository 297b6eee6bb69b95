"""Issue 21, malformed Markdown and links: empty bullets, emphasis shown as written, links with no
working address, invisible characters in addresses, in applications, DD documents and companion
documents alike. Every case asserts each finding (rule, severity, line, column) and that the rest
of the document stays quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

GRAD = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
EVIDENCE_10 = (
    "Evidence 10: see [our document 10](https://github.com/examplo/community/blob/main/doc10.md), "
    "reviewed by the maintainers in meeting number 10."
)
GTR = "# General Technical Review - Kelpie / Sandbox\n\n## Day 0 - Planning Phase\n\n### Scope\n\n"
Found = list[tuple[str, str, int | None, int | None]]


def lint(base: str, *edits: tuple[str, str], issue_body: bool = False) -> Found:
    text = apply_edits(base, edits)
    report = lint_text(text, "-" if issue_body else "case.md")
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings]


def after_evidence(written: str) -> Found:
    """The findings once ``written`` follows evidence 10 (line 93) as a paragraph of its own."""
    return lint(GRAD, (EVIDENCE_10, EVIDENCE_10 + "\n\n" + written))


@pytest.mark.parametrize(
    ("written", "column"),
    [
        (
            "**Release process:**see [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md) for the cadence.",
            1,
        ),  # closed against a word
        (
            "The **release process is documented in [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md).",
            5,
        ),  # never closed
        (
            "The ** release process** is documented in [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md).",
            23,
        ),  # a space inside: at the closer
        (
            "The **release process* is documented in [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md).",
            5,
        ),  # one '*' short
        (
            "The __release process_ is documented in [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md).",
            5,
        ),
        ("For **application developers*** the process is documented.", 31),  # one too many
        # a bold never begun: "** " opening the line, a space after it
        ("** On SGX deprecation: support for process-based enclaves ends in the next release.", 1),
        ("- ** Note that the operator needs cluster-admin rights for the first install.", 3),
    ],
)
def test_emphasis_shown_as_written_is_one_warning_at_its_marker(written: str, column: int) -> None:
    assert after_evidence(written) == [("malformed-markdown", "warning", 95, column)]


def test_a_broken_pair_across_a_line_break_is_one_finding() -> None:
    written = "4. **_An attacker gains the signing keys. \\\n_**The attacker can then sign images."
    assert after_evidence(written) == [("malformed-markdown", "warning", 95, 4)]


@pytest.mark.parametrize(
    "written",
    [
        "Run `**/*.md` through the linter, and `__init__.py` too.",  # code spans
        "Files matching **/*.md and docs/** are checked; 2 ** 10 is the limit.",  # globs, arithmetic
        "The E__F__K stack and MAX__SIZE are identifiers; so is snake__case.",
        "\\*\\*Literal asterisks\\*\\* are escaped on purpose.",
        "**Release process:** see [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md), which is *reviewed\nquarterly* by the maintainers.",
        "**Bold that spans\ntwo lines** is fine.",
        "<div>**not markdown here</div>",
        "```\n**code never closed\n```",
        "| Area | Note |\n|---|---|\n| release | see RELEASES.md |",
        "Globs like *.md and * bullets in prose are left alone.",
    ],
)
def test_what_renders_as_meant_stays_quiet(written: str) -> None:
    assert after_evidence(written) == []


def test_an_empty_bullet_between_items_is_one_warning_at_its_line() -> None:
    written = "Follow-ups:\n\n- publish the roadmap\n- \n- rotate the release managers"
    assert after_evidence(written) == [("malformed-markdown", "warning", 98, None)]


def test_a_lone_bullet_inside_a_paragraph_shows_as_a_stray_marker() -> None:
    written = "* Survivability: the project has shown it outlives a vendor.\n    * \n* Lifecycle: documented."
    assert after_evidence(written) == [("malformed-markdown", "warning", 96, None)]


def test_task_boxes_and_the_templates_own_adoption_bullet_stay_quiet() -> None:
    # The incubation template leaves "* " under Adoption Assertion; a complete application keeps it.
    assert "* \n" in INC and lint(INC) == []
    assert after_evidence("- [ ] publish the roadmap\n- [x] rotate the release managers") == []


def test_the_same_slips_in_an_issue_body() -> None:
    written = "**Release process:**see [RELEASES.md](https://github.com/examplo/examplo/blob/main/RELEASES.md) for the cadence.\nSecond line of the paragraph."
    assert lint(GRAD, (EVIDENCE_10, EVIDENCE_10 + "\n\n" + written), issue_body=True) == [
        ("malformed-markdown", "warning", 95, 1)
    ]


@pytest.mark.parametrize(
    ("written", "column"),
    [
        ("See the [roadmap](https://examplo.io/roadmap for dates.", 9),  # no ')'
        ("See [governance] (./GOVERNANCE.md) for the rules.", 16),  # a space before '('
        ("See the [governance](https://examplo.io/gov\u200b) rules.", 21),  # zero-width space
        ("See https://examplo.io/gov\u200e for the rules.", 5),  # a bare address with a direction mark
        ("See the [governance](https://examplo.io/gov\u00a0) rules.", 21),  # a no-break space
    ],
)
def test_links_that_cannot_work(written: str, column: int) -> None:
    assert after_evidence(written) == [("broken-link", "error", 95, column)]


@pytest.mark.parametrize(
    "written",
    [
        "[Commentary by the Security Team] We address all high findings first.",  # a label
        "See [[here]](https://examplo.io/contributing) for the workflow.",  # brackets in link text
        "Tracked in [OpenEBS application - https://github.com/cncf/toc/issues/1601].",  # an address
        "See the [roadmap](\nhttps://examplo.io/roadmap\n) for dates.",  # closed on a later line
        "See [docs](https://en.wikipedia.org/wiki/Foo_(bar)) for the term.",
    ],
)
def test_links_that_work_or_were_never_meant_stay_quiet(written: str) -> None:
    assert after_evidence(written) == []


def test_link_rules_and_slips_run_on_companion_documents() -> None:
    text = GTR + (
        "- Security contact: [security list](security@kelpie.example.org)\n"
        "- Design: see [the architecture](#architecture)\n"
        "- **Scope:**the operator only.\n"
        "- \n"
        "- Release notes: https://kelpie.example.org/releases\u200b\n"
    )
    found = [(f.rule, f.severity.label, f.line, f.column) for f in lint_text(text, "gtr.md").findings]
    ours = [f for f in found if f[0] in ("broken-link", "malformed-markdown")]
    assert ours == [
        ("broken-link", "error", 7, 21),
        ("broken-link", "error", 8, 33),  # at the "(" of the anchor
        ("malformed-markdown", "warning", 9, 3),
        ("malformed-markdown", "warning", 10, None),
        ("broken-link", "error", 11, 18),
    ]


def test_a_tab_in_a_heading_is_dropped_from_its_anchor_as_github_drops_it() -> None:
    text = GTR + "- [Title](#kelpie-securityreview)\n\n## Kelpie Security\tReview\n\nText.\n"
    found = [(f.rule, f.line) for f in lint_text(text, "gtr.md").findings if f.rule == "broken-link"]
    assert found == []
