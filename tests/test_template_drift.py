"""Criteria copied with part of the template's words or sub-items left out (shortened-criterion).

Each test edits a clean application the way authors write it (a sentence cut from a copied
criterion, a list of what it asks for shortened, a sub-item dropped, rephrasing, typo fixes,
abbreviations, issue-body line breaks) and asserts every finding (rule, severity, line, column),
so a rule that fires too often fails as surely as one that misses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from applint.engine import lint_source
from applint.readers.sources import Source
from tests.test_review_reading import GRAD, Found, lint, messages
from tests.text_edits import apply_edits

GOALS = (
    "- [x] **Document project goals and objectives that illustrate the project’s differentiation in the "
    "Cloud Native landscape as well as outlines how this project fulfills an outstanding need and/or "
    "solves a problem differently. *This requirement may also be satisfied by completing a General "
    "Technical Review.***"
)
GOALS_CUT = GOALS.split(" *This requirement")[0] + "**"
WHAT = (
    "- [x] **Document what the project does, and why it does it - including viable cloud native use cases. "
    "*This requirement may also be satisfied by completing a General Technical Review.***"
)
MAINTAINERS = (
    "- [x] **Document complete list of current maintainers, including names, contact information, "
    "domain of responsibility, and affiliation.**"
)
SCHEMA_TEXTS = Path(__file__).resolve().parent.parent / "schemas" / "text"
ARTIFACTS = "  - [x] Artifacts included in the release.\n"
RELEASE_NOTE = (
    "  - Additional information on topics such as LTS and edge releases are optional. Release "
    "expectations are a social contract between the project and its end users and hence changes to "
    "these should be well thought out, discussed, socialized and as necessary agreed upon by project "
    "leadership before getting rolled out.\n"
)
THIRD_PARTY = (
    "  - [x] Moderate and low findings from the Third Party Security Review are planned/tracked for "
    "resolution as well as overall thematic findings, such as: improving project contribution guide "
    "providing a PR review guide to look for memory leaks and other vulnerabilities the project may be "
    "susceptible to by design or language choice ensuring adequate test coverage on all PRs."
)
ACCESS = (
    "- [x] **Enforcing Access Control Rules to secure the code base against attacks (Example: two factor "
    "authentication enforcement, and/or use of ACL tools.)**"
)


def drift(*edits: tuple[str, str]) -> Found:
    return [found for found in lint(GRAD, *edits) if found[0] == "shortened-criterion"]


def line_of(text: str) -> int:
    return GRAD.count("\n", 0, GRAD.index(text)) + 1


def test_the_clean_application_keeps_every_word() -> None:
    assert drift() == []


def test_a_sentence_cut_from_a_copied_criterion_is_reported_once_naming_it() -> None:
    assert lint(GRAD, (GOALS, GOALS_CUT)) == [("shortened-criterion", "warning", 185, None)]
    (message,) = messages(GRAD, "shortened-criterion", (GOALS, GOALS_CUT))
    assert '"This requirement may also be satisfied by completing a General Technical Review."' in message
    assert "graduation-v1.6-2026-06-29" in message


def test_each_shortened_criterion_is_its_own_finding() -> None:
    what_cut = WHAT.split(" *This requirement")[0] + "**"
    assert drift((GOALS, GOALS_CUT), (WHAT, what_cut)) == [
        ("shortened-criterion", "warning", 185, None),
        ("shortened-criterion", "warning", 190, None),
    ]


def test_a_list_of_what_the_criterion_asks_for_cut_short_is_reported() -> None:
    cut = "- [x] **Document complete list of current maintainers, including names and affiliation.**"
    assert drift((MAINTAINERS, cut)) == [("shortened-criterion", "warning", 115, None)]
    (message,) = messages(GRAD, "shortened-criterion", (MAINTAINERS, cut))
    assert '"contact information, domain of responsibility"' in message


@pytest.mark.parametrize(
    "rewritten",
    [
        # rephrased in the author's words, every requirement kept
        "- [x] **Complete list of maintainers with names, contact, area and affiliation.**",
        # abbreviation and word forms
        GOALS.replace("completing a General Technical Review", "completing a GTR"),
        GOALS.replace("outlines", "outline").replace("differentiation", "differentiations"),
        # a typo fixed, another made
        GOALS.replace("fulfills", "fulfils"),
        GOALS.replace("landscape", "landscpae"),
        # Markdown only: the italics dropped, the bold closed earlier, the clause on the same line
        GOALS.replace(" *This requirement", " This requirement").replace("Review.***", "Review.**"),
        GOALS_CUT + " *This requirement may also be satisfied by completing a General Technical Review.*",
        # the clause set on a line of its own under the statement
        GOALS_CUT
        + "\n\n  _This requirement may also be satisfied by completing a General Technical Review._",
        # the author's own short statement with an inline answer
        "- [x] **Project goals:** our [goals page](https://examplo.io/goals) says how Examplo differs.",
    ],
)
def test_rephrasing_typos_markdown_and_own_statements_stay_quiet(rewritten: str) -> None:
    original = MAINTAINERS if rewritten.startswith("- [x] **Complete list") else GOALS
    assert drift((original, rewritten)) == []


def test_an_older_revisions_wording_is_left_to_mixed_revisions() -> None:
    # The 2025-08-19 wording of the TAG criterion is another revision's, not a shortened copy.
    old = (
        "- [x] **Engage with the domain specific TAG(s) to increase awareness through a presentation or "
        "completing a General Technical Review.**"
    )
    new = "- [x] **Engage with domain-specific TAG(s) to present the technical architecture of the project.**"
    assert drift((new, old)) == []


def test_examples_in_parentheses_are_no_requirement() -> None:
    cut = "- [x] **Enforcing Access Control Rules to secure the code base against attacks.**"
    assert drift((ACCESS, cut)) == []


def test_a_template_note_dropped_from_the_sub_list_is_optional_guidance_and_stays_quiet() -> None:
    # "Additional information on topics such as LTS and edge releases are optional. …" asks for
    # nothing: restoring it gives the TOC nothing to read (a TOC reader's verdict on a real draft).
    assert drift((RELEASE_NOTE, "")) == []
    # Written as a real author's list: boxes ticked, the note gone, an answer line right below.
    answered = (RELEASE_NOTE, "\n  Release process: [RELEASE.md](https://example.org/RELEASE.md)\n")
    assert drift(answered) == []
    # A box of the same list left out is still told, at the kept box before it.
    support = "  - [x] Branch and platform support and length of support\n"
    assert drift((support, ""), (RELEASE_NOTE, "")) == [
        ("shortened-criterion", "warning", line_of(support) - 1, None)
    ]


def test_a_template_sub_box_dropped_from_the_list_is_a_warning() -> None:
    support = "  - [x] Branch and platform support and length of support\n"
    assert drift((support, "")) == [("shortened-criterion", "warning", line_of(support) - 1, None)]
    (message,) = messages(GRAD, "shortened-criterion", (support, ""))
    assert 'lacks the template\'s sub-item "Branch and platform support and length of support"' in message


def test_a_release_sub_list_answered_in_prose_is_not_a_dropped_sub_item() -> None:
    # The author replaced the whole sub-list by an answer: no sub-item of the template is kept.
    boxes = GRAD[GRAD.index("  - [x] Release expectations") : GRAD.index(RELEASE_NOTE) + len(RELEASE_NOTE)]
    assert (
        drift((boxes, "  Our RELEASES.md covers cadence, tagging, branches, support and artifacts.\n")) == []
    )


def test_a_sub_item_shortened_names_what_it_left_out() -> None:
    cut = THIRD_PARTY.split(", such as")[0] + "."
    assert drift((THIRD_PARTY, cut)) == [("shortened-criterion", "warning", line_of(THIRD_PARTY), None)]
    (message,) = messages(GRAD, "shortened-criterion", (THIRD_PARTY, cut))
    assert 'its sub-item "Moderate and low findings' in message
    assert '"such as: improving project contribution guide' in message


def test_a_sub_item_with_a_placeholder_is_the_authors_to_fill_in() -> None:
    gtr = "  - _If applicable_ a General Technical Review was completed/updated on 05-MAR-2025"
    assert drift((gtr, "  - A GTR was done on 05-MAR-2025")) == []


def test_an_issue_body_with_the_criterion_broken_over_two_lines_is_one_statement() -> None:
    broken = GOALS.replace(" *This requirement", "\n*This requirement")
    text = apply_edits(GRAD, ((GOALS, broken),))
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [f for f in report.findings if f.rule == "shortened-criterion"] == []
    cut = apply_edits(GRAD, ((GOALS, GOALS_CUT),))
    report = lint_source(Source("-", cut.encode("utf-8"), "markdown", issue_body=True))
    assert [(f.rule, f.line) for f in report.findings if f.rule == "shortened-criterion"] == [
        ("shortened-criterion", 185)
    ]


# --- reused-link: one address given for two differently named resources of a list ---------------

DOCS_EVIDENCE = (
    "Evidence 6: see [our document 6](https://github.com/examplo/community/blob/main/doc6.md), "
    "reviewed by the maintainers in meeting number 6."
)


def resources(*items: str) -> Found:
    listed = "\n".join(items)
    return [f for f in lint(GRAD, (DOCS_EVIDENCE, DOCS_EVIDENCE + "\n\n" + listed)) if f[0] == "reused-link"]


def test_two_resources_of_a_list_linking_one_address_are_reported_at_the_second() -> None:
    found = resources(
        "- [Installation Documentation](https://examplo.io/docs/install/): Helm and manifests",
        "- [User Guide](https://examplo.io/docs/): features and API",
        "- [Tutorials](https://examplo.io/docs/): step-by-step guides",
    )
    assert found == [("reused-link", "warning", 73, 3)]
    (message,) = messages(
        GRAD,
        "reused-link",
        (
            DOCS_EVIDENCE,
            DOCS_EVIDENCE
            + "\n\n- [User Guide](https://examplo.io/docs/)\n- [Tutorials](https://examplo.io/docs)",
        ),
    )
    assert message == (
        '"Tutorials" links to the same address as "User Guide" (line 71), https://examplo.io/docs; '
        "link the tutorials page itself"
    )


@pytest.mark.parametrize(
    ("first", "second", "column"),
    [
        ("- User guide: https://examplo.io/docs/", "- Code samples: https://examplo.io/docs/", 17),
        ("- **User guide**: https://examplo.io/docs/", "- **Code samples**: https://examplo.io/docs/", 21),
        ("- User guide – https://examplo.io/docs/", "- Code samples – https://examplo.io/docs/", 18),
        (
            "- User guide: [link](https://examplo.io/docs/)",
            "- Code samples: [link](https://examplo.io/docs/)",
            17,
        ),
    ],
)
def test_addresses_after_the_resources_names_are_read_alike(first: str, second: str, column: int) -> None:
    assert resources(first, second) == [("reused-link", "warning", 72, column)]


@pytest.mark.parametrize(
    "items",
    [
        # each resource its own page
        ("- [User Guide](https://examplo.io/docs/)", "- [Tutorials](https://examplo.io/docs/tutorials/)"),
        # the same resource in other words
        ("- [User Guide](https://examplo.io/docs/)", "- [Developer guide](https://examplo.io/docs/)"),
        # statistics on one dashboard, releases, people: no documentation resource
        (
            "- [Issues opened weekly: 5](https://examplo.devstats.cncf.io/d/12)",
            "- [PRs opened weekly: 15](https://examplo.devstats.cncf.io/d/12)",
        ),
        (
            "- [v1.2.0](https://github.com/examplo/examplo/releases)",
            "- [v1.1.0](https://github.com/examplo/examplo/releases)",
        ),
        ("- [Helm](https://examplo.io/docs/install/)", "- [Kubernetes](https://examplo.io/docs/install/)"),
        # a link inside a sentence, not a resource the item is
        (
            "- The user guide is at [the docs](https://examplo.io/docs/)",
            "- [Tutorials](https://examplo.io/docs/)",
        ),
        # a file name as the label
        ("- [docs/guide.md](https://examplo.io/docs/)", "- [Tutorials](https://examplo.io/docs/)"),
    ],
)
def test_the_same_address_for_one_resource_or_no_resource_stays_quiet(items: tuple[str, str]) -> None:
    assert resources(*items) == []


def test_two_lists_may_link_the_same_page() -> None:
    found = resources(
        "- [User Guide](https://examplo.io/docs/)",
        "",
        "Where to start:",
        "",
        "- [Tutorials](https://examplo.io/docs/)",
    )
    assert found == []


def test_an_issue_body_list_is_read_alike() -> None:
    listed = "- [User Guide](https://examplo.io/docs/)\n- [Tutorials](https://examplo.io/docs/)"
    text = apply_edits(GRAD, ((DOCS_EVIDENCE, DOCS_EVIDENCE + "\n\n" + listed),))
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    assert [(f.rule, f.line, f.column) for f in report.findings if f.rule == "reused-link"] == [
        ("reused-link", 72, 3)
    ]


# --- incomplete-table: a list criterion's table without a column for a field it asks for -------

MAINTAINERS_EVIDENCE = (
    "Evidence 16: see [our document 16](https://github.com/examplo/community/blob/main/doc16.md), "
    "reviewed by the maintainers in meeting number 16."
)


def maintainers_table(answer: str) -> Found:
    return [f for f in lint(GRAD, (MAINTAINERS_EVIDENCE, answer)) if f[0] == "incomplete-table"]


def test_a_maintainers_table_without_contact_and_domain_columns_is_reported_at_the_table() -> None:
    table = "| Maintainer | GitHub ID | Affiliation |\n|---|---|---|\n| Ada Lovelace | @ada | Examplo Inc |"
    assert maintainers_table(table) == [("incomplete-table", "warning", 117, None)]
    (message,) = messages(GRAD, "incomplete-table", (MAINTAINERS_EVIDENCE, table))
    assert "has no column for contact information and domain of responsibility," in message


def test_a_table_indented_under_the_criterion_is_read_too() -> None:
    criterion = MAINTAINERS + "\n\n"
    table = "  | Role | Name | GitHub | Email |\n  |------|------|--------|-------|\n  | Owner | Ada | @ada | ada@examplo.io |"
    found = [
        f
        for f in lint(GRAD, (criterion + MAINTAINERS_EVIDENCE, criterion + table))
        if f[0] == "incomplete-table"
    ]
    assert found == [("incomplete-table", "warning", 117, None)]


@pytest.mark.parametrize(
    "answer",
    [
        # every field as a column, in the words authors use
        "| Name | GitHub | Email | Area | Company |\n|---|---|---|---|---|\n| Ada | @ada | ada@examplo.io | CLI | Examplo |",
        "| Maintainer | Contact | Focus | Employer |\n|---|---|---|---|\n| Ada | ada@examplo.io | docs | Examplo |",
        # the missing fields named where the list gives them
        "| Maintainer | GitHub ID | Affiliation |\n|---|---|---|\n| Ada | @ada | Examplo |\n\n"
        "Full list with contact info and each maintainer's area of responsibility: "
        "[MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md)",
        # no table: the answer is a link to the list
        "All maintainers, with e-mail, area and employer: [MAINTAINERS.md](https://github.com/examplo/x/MAINTAINERS.md)",
    ],
)
def test_a_table_with_every_field_or_an_answer_naming_them_stays_quiet(answer: str) -> None:
    assert maintainers_table(answer) == []


def test_a_table_under_a_criterion_that_asks_for_no_list_stays_quiet() -> None:
    lifecycle = "Evidence 17: see [our document 17]"
    table = "| Role | Responsibilities |\n|---|---|\n| Maintainer | reviews |\n\nEvidence 17: see [our document 17]"
    found = [f for f in lint(GRAD, (lifecycle, table)) if f[0] == "incomplete-table"]
    assert found == []


# --- outdated-note: a template note kept in an older revision's words ------------------------------

GOVERNANCE_NOTE = (
    "Note: this section may be augmented by the completion of a Governance Review from the Project Reviews "
    "subproject if completed as a suggested item prior to application."
)
SECURITY_NOTE = (
    "Note: this section may be augmented by a joint-assessment performed by TAG Security and Compliance if "
    "completed as a suggested item prior to application."
)
OLD_GOVERNANCE_NOTE = "Note: this section may be augmented by the completion of a Governance Review from TAG Contributor Strategy."
OLD_SECURITY_NOTE = "Note: this section may be augmented by a joint-assessment performed by TAG Security."


def notes(base: str, *edits: tuple[str, str]) -> Found:
    return [f for f in lint(base, *edits) if f[0] == "outdated-note"]


def test_notes_kept_from_an_older_revision_are_reported_each_where_it_is() -> None:
    found = notes(GRAD, (GOVERNANCE_NOTE, OLD_GOVERNANCE_NOTE), (SECURITY_NOTE, OLD_SECURITY_NOTE))
    assert found == [("outdated-note", "info", 73, None), ("outdated-note", "info", 225, None)]
    first, second = messages(
        GRAD, "outdated-note", (GOVERNANCE_NOTE, OLD_GOVERNANCE_NOTE), (SECURITY_NOTE, OLD_SECURITY_NOTE)
    )
    assert first.startswith(
        "this note is worded as in graduation-v1.6-2025-06-24; graduation-v1.6-2026-06-29"
    )
    assert "Project Reviews subproject" in first
    assert "TAG Security and Compliance" in second


def test_a_note_in_a_newer_revisions_words_or_the_authors_own_stays_quiet() -> None:
    older = (SCHEMA_TEXTS / "graduation-v1.6-2025-01-07.md").read_text(encoding="utf-8")
    newer = older.replace(OLD_GOVERNANCE_NOTE, GOVERNANCE_NOTE).replace(OLD_SECURITY_NOTE, SECURITY_NOTE)
    assert newer != older
    assert notes(newer) == []
    own = "Note: a Governance Review by TAG Contributor Strategy may add to this section."
    assert notes(GRAD, (GOVERNANCE_NOTE, own)) == []


def test_an_export_without_its_criteria_is_not_placed_by_its_notes() -> None:
    # Criteria gone (only their evidence left): the revision is a guess, the notes say more than it.
    text = GRAD.replace(GOVERNANCE_NOTE, OLD_GOVERNANCE_NOTE)
    text = "\n".join(line for line in text.split("\n") if not line.startswith("- [x] **"))
    assert [f for f in lint(text) if f[0] == "outdated-note"] == []


# --- misnamed-link: a link text naming one file, an address leading to another ---------------------

SECURITY_EVIDENCE = (
    "Evidence 40: see [our document 40](https://github.com/examplo/community/blob/main/doc40.md), "
    "reviewed by the maintainers in meeting number 40."
)


def misnamed(sentence: str) -> Found:
    return [f for f in lint(GRAD, (SECURITY_EVIDENCE, sentence)) if f[0] == "misnamed-link"]


def test_a_link_named_as_one_file_leading_to_another_is_reported_at_the_link() -> None:
    sentence = (
        "The [SECURITY.md](https://github.com/examplo/examplo/blob/main/security-team/access-control.md) "
        "documents our response roles."
    )
    line = GRAD.count("\n", 0, GRAD.index(SECURITY_EVIDENCE)) + 1
    assert misnamed(sentence) == [("misnamed-link", "warning", line, 5)]
    (message,) = messages(GRAD, "misnamed-link", (SECURITY_EVIDENCE, sentence))
    assert message == (
        'the link text says "SECURITY.md" but the address leads to access-control.md; '
        "link SECURITY.md itself, or name the file the link leads to"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "See [SECURITY.md](https://github.com/examplo/examplo/blob/main/SECURITY.md#reporting).",
        "See [SECUIRTY.md](https://github.com/examplo/examplo/blob/main/SECURITY.md).",  # a typo
        "See [ADOPTERS.md](https://github.com/examplo/examplo/blob/main/docs/EXAMPLO_ADOPTERS.md).",
        "See [the security policy](https://github.com/examplo/examplo/blob/main/docs/access-control.md).",
        "[![release.yaml](https://github.com/examplo/examplo/actions/workflows/release.yaml/badge.svg)]"
        "(https://github.com/examplo/examplo/actions)",
        "See [SECURITY.md](https://github.com/examplo/examplo/security/policy).",  # GitHub's policy page
    ],
)
def test_the_same_file_a_misspelling_or_a_label_that_is_no_file_name_stays_quiet(sentence: str) -> None:
    assert misnamed(sentence) == []
