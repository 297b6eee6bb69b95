"""evidence-without-link: a criterion's evidence naming a document, file, calendar or lifecycle
outcome that neither it nor anything before it links ("see Emeritus section in MAINTAINERS.md",
"Documented in the project governance.", "listed on the CNCF community calendar", "Xiao Zhang
added as maintainer"): one info finding per criterion, at the line of the first mention, naming
them all. Every case asserts each finding (rule, severity, line) and that the rest stays quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.companion_texts import METADATA_ROWS
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits, evidence

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None]]


def lint(*edits: tuple[str, str], issue_body: bool = False, base: str = INC) -> Found:
    report = lint_text(apply_edits(base, edits), "-" if issue_body else "case.md")
    return [(f.rule, f.severity.label, f.line) for f in report.findings]


def messages(*edits: tuple[str, str], base: str = INC) -> list[str]:
    report = lint_text(apply_edits(base, edits), "case.md")
    return [f.message for f in report.findings if f.rule == "evidence-without-link"]


GOVERNANCE_LINK = "[GOVERNANCE.md](https://github.com/examplo/community/blob/main/GOVERNANCE.md)"
# Governance iterated upon (a Suggested criterion, ticked): its evidence is at line 84.
HISTORY = (
    "  - Emeritus process added and exercised (see Emeritus section in MAINTAINERS.md)\n"
    "  - Subproject acceptance criteria documented in GOVERNANCE.md"
)


def test_files_named_in_a_list_are_one_finding_at_the_first_mention_naming_both() -> None:
    assert lint((evidence(8), HISTORY)) == [("evidence-without-link", "info", 84)]
    (message,) = messages((evidence(8), HISTORY))
    assert "MAINTAINERS.md and GOVERNANCE.md without a link" in message
    assert message.startswith('the evidence for "Governance has continuously been iterated')


def test_a_paraphrased_place_with_an_unrelated_link_in_the_item() -> None:
    # The maintainer lifecycle (line 106), answered as real authors do: the link is about something else.
    written = (
        "Documented in the project governance. A [comment](https://github.com/cncf/toc/issues/1572#issuecomment-1) "
        "asks for the inactive maintainers to move to emeritus."
    )
    assert lint((evidence(14), written)) == [("evidence-without-link", "info", 108)]
    assert "names the governance documentation without a link" in messages((evidence(14), written))[0]


@pytest.mark.parametrize(
    "written",
    [
        "Two maintainers were added in 2024 and one moved to emeritus status in January 2025.",
        "- New maintainers have been added as the project grew (e.g., Xavier Chang from NVIDIA)\n"
        "- Former maintainers transitioned to emeritus status",
        "Both were added through PRs approved by the steering committee.",
    ],
)
def test_lifecycle_outcomes_written_as_authors_write_them(written: str) -> None:
    assert lint((evidence(15), written)) == [("evidence-without-link", "info", 112)]


def test_a_maintainer_added_with_no_record_linked() -> None:
    written = "Addition demonstrated: Xiao Zhang added as maintainer in 2025, after the steering vote."
    assert lint((evidence(15), written)) == [("evidence-without-link", "info", 112)]
    assert messages((evidence(15), written))[0].endswith(
        'says "added as maintainer" without linking the pull request, issue or vote that records it, and nothing '
        "earlier in the application links it; link it where it is named"
    )


@pytest.mark.parametrize("issue_body", [False, True])
def test_the_calendar_named_on_the_second_line_of_an_answer(issue_body: bool) -> None:
    written = (
        "Recordings are on [YouTube](https://www.youtube.com/@examplo).\n"
        "The bi-weekly meetings are listed on the CNCF community calendar."
    )
    assert lint((evidence(27), written), issue_body=issue_body) == [("evidence-without-link", "info", 171)]


def test_in_a_due_diligence_document_the_toc_members_words() -> None:
    original = (
        "Decisions are by lazy consensus of maintainers, with escalation to the steering committee "
        "([decision making](https://github.com/examplo/community/blob/main/GOVERNANCE.md#decision-making))."
    )
    written = (
        "Decisions follow the process documented in the community repository; the 2025 "
        "[vote](https://github.com/examplo/community/issues/7) applied it."
    )
    assert original in DD
    assert lint((original, written), base=DD) == [("evidence-without-link", "info", 102)]
    (message,) = messages((original, written), base=DD)
    assert "names the community repository without a link" in message
    assert "readers of the due diligence can open it" in message


SELF_ASSESSMENT = (
    "The [self-assessment](https://github.com/cncf/toc/blob/main/projects/examplo/security-assessment/"
    "self-assessment.md) is in cncf/toc."
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # done "as part of" a process whose link is not the document itself
        (
            "A security self-assessment was completed as part of the TAG Security "
            "[Security Pals](https://github.com/cncf/tag-security/issues/1102) process.",
            [("evidence-without-link", "info", 244)],
        ),
        # said to be where the link in its sentence is
        (
            "The security self-assessment is published in the "
            "[tag-security repository](https://github.com/cncf/tag-security/tree/main/assessments).",
            [],
        ),
    ],
)
def test_a_self_assessment_said_to_be_done_needs_its_own_link(written: str, expected: Found) -> None:
    assert SELF_ASSESSMENT in DD
    assert lint((SELF_ASSESSMENT, written), base=DD) == expected


@pytest.mark.parametrize(
    ("number", "written"),
    [
        # linked earlier in the document: one link per document is enough
        (14, "Documented in the project governance, with the emeritus rules."),
        # linked in the same item: a sub-bullet, the next line, the sentence itself
        (
            8,
            "- Subproject acceptance criteria are documented in the project governance:\n  - "
            + GOVERNANCE_LINK,
        ),
        (8, "Documented in the community governance docs.\n" + GOVERNANCE_LINK),
        (8, "Subproject acceptance criteria are documented [here](https://github.com/examplo/community)."),
        (
            8,
            "Governance documentation is publicly available in the [examplo/community](https://github.com/examplo/community) repository.",
        ),
        # denied or planned: no claim that it exists
        (
            8,
            "There is no separate ROADMAP.md; planning happens on the [board](https://github.com/orgs/examplo/projects/1).",
        ),
        (
            8,
            "We will publish a RELEASES.md after 1.0; the [release notes](https://github.com/examplo/examplo/releases) say it today.",
        ),
        # kinds of file rather than documents to open
        (
            8,
            "Every repository has a `CODE_OF_CONDUCT.md` file, reviewed in [#12](https://github.com/examplo/community/pull/12).",
        ),
        (
            8,
            "OWNERS files scope approvers per folder ([example](https://github.com/examplo/examplo/blob/main/OWNERS)).",
        ),
        (
            8,
            "The [CODEOWNERS](https://github.com/examplo/community/blob/main/CODEOWNERS) file assigns (GOVERNANCE.md, ROADMAP.md, TEAMS.md) to the steering team.",
        ),
        (
            8,
            "Repository maintainers are in the OWNERS.md file of each repository; see [ours](https://github.com/examplo/examplo/blob/main/OWNERS.md).",
        ),
        # where another link is: "linked from the README" names no document to open
        (
            8,
            "The [governance history](https://github.com/examplo/community/commits/main/GOVERNANCE.md) is linked from the README.",
        ),
        # how the lifecycle goes, not an outcome of it
        (15, "New maintainers are added via a pull request and a vote; emeritus maintainers stay listed."),
        # an outcome whose record is referenced or linked
        (
            15,
            "Xiao Zhang was added as maintainer in [community#412](https://github.com/examplo/community/pull/412).",
        ),
    ],
)
def test_named_and_linked_denied_or_no_document_stays_quiet(number: int, written: str) -> None:
    edits = [(evidence(number), written)]
    if number == 14:  # the governance document linked two criteria above
        edits.append((evidence(12), f"Decisions are by lazy consensus, as {GOVERNANCE_LINK} describes."))
    assert lint(*edits) == []


def test_an_outcome_referenced_by_a_bare_number_is_bare_references_finding() -> None:
    written = "Two maintainers moved to emeritus in 2025 (discussed in #1290)."
    assert lint((evidence(15), written)) == [("bare-reference", "info", 112)]


def test_an_unticked_criterion_naming_a_document_is_not_this_finding() -> None:
    ticked = "- [x] **Governance has continuously been iterated upon"
    assert lint((ticked, ticked.replace("[x]", "[ ]")), (evidence(8), HISTORY)) == []


COMPANION_SSA = (
    """# Kestrel Security Self-Assessment

## Metadata

"""
    + METADATA_ROWS
    + """
## Overview

Kestrel schedules batch jobs on Kubernetes.

## Threat modeling

Full threat model available in `kestrel-threat-model.md`.

## Secure development practices

- SECURITY.md published in repository
- Dependencies are pinned; a CHANGELOG.md file is created for every release.
- The contrib repos each include a CODE_OF_CONDUCT.md.

## Security issue resolution

**Policy:** SECURITY.md follows the TAG Security template.
There is no ROADMAP.md yet.
"""
)


def _companion_rows(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text, "self-assessment.md").findings
        if f.rule == "evidence-without-link"
    ]


def test_a_companion_names_project_files_that_nothing_links() -> None:
    assert _companion_rows(COMPANION_SSA) == [
        ("evidence-without-link", "info", 18),
        ("evidence-without-link", "info", 22),
    ]
    messages = [
        f.message
        for f in lint_text(COMPANION_SSA, "self-assessment.md").findings
        if f.rule == "evidence-without-link"
    ]
    assert messages[1].startswith(
        "'SECURITY.md' is named (also line 28) but nothing in the self-assessment links it"
    )


def test_a_companion_file_linked_anywhere_in_it_stays_quiet() -> None:
    linked = COMPANION_SSA.replace(
        "**Policy:** SECURITY.md",
        "**Policy:** [security policy](https://github.com/kestrel/kestrel/blob/v2.3.0/SECURITY.md)",
    ).replace(
        "`kestrel-threat-model.md`",
        "[kestrel-threat-model.md](https://github.com/kestrel/kestrel/blob/v2.3.0/docs/kestrel-threat-model.md)",
    )
    # the security policy linked further down covers its earlier mention; the CHANGELOG every
    # release has, the file of each repository and the denied ROADMAP.md are never asked for
    assert _companion_rows(linked) == []


def test_a_dd_evaluation_citing_the_technical_review_linked_at_its_own_criterion() -> None:
    base = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
    use_cases = "The [use cases page](https://examplo.io/docs/use-cases) describes batch, CI and edge placement with adopters' examples."

    def rows(evaluation: str) -> list[tuple[str, str, int | None]]:
        report = lint_text(apply_edits(base, [(use_cases, evaluation)]), "case.md")
        return [
            (f.rule, f.severity.label, f.line) for f in report.findings if f.rule == "evidence-without-link"
        ]

    assert rows("The DTR noted Examplo places batch, CI and edge workloads by cost and locality.") == []
    assert rows("The domain technical review found clear batch and edge use cases.") == []
    # An evaluation naming no review, and no link, still asks for the page the TOC checked.
    assert rows("Examplo places batch, CI and edge workloads by cost and locality.") == [
        ("evidence-without-link", "info", 201)  # at the criterion, as for every evaluation linking nothing
    ]


# --- a DD evaluation naming a file by its path or by what it is ------------------------------------

DD_HISTORY = (
    "The [governance history](https://github.com/examplo/community/commits/main/GOVERNANCE.md) shows three "
    "revisions since Sandbox"
)
DD_GOVERNANCE = "[GOVERNANCE.md](https://github.com/examplo/community/blob/main/GOVERNANCE.md) is linked from"
DD_ADOPTERS = (
    "[ADOPTERS.md](https://github.com/examplo/community/blob/main/ADOPTERS.md) lists 14 organizations"
)


def dd_findings(*edits: tuple[str, str]) -> list[tuple[str, str, int | None, str]]:
    report = lint_text(apply_edits(DD, edits), "dd.md")
    return [(f.rule, f.severity.label, f.line, f.message) for f in report.findings]


def test_a_dd_evaluation_naming_the_governance_by_its_bare_path_is_reported_once() -> None:
    found = dd_findings(
        (DD_HISTORY, "The governance history shows three revisions since Sandbox"),
        (
            DD_GOVERNANCE,
            "The Governance document is located in the community repo (examplo/community/GOVERNANCE.md). It is "
            "linked from",
        ),
    )
    assert [f[:3] for f in found] == [("evidence-without-link", "info", 90)]
    assert found[0][3].startswith(
        'the evaluation of "Clear and discoverable project governance…" names '
        "examplo/community/GOVERNANCE.md without a link; link what the TOC checked where it is named"
    )  # (one document: the governance named beside its path is that file, not a second name)


def test_a_dd_evaluation_naming_a_file_by_what_it_is_is_reported() -> None:
    found = dd_findings(
        (DD_HISTORY, "The governance history shows three revisions since Sandbox"),
        (DD_GOVERNANCE, "The Governance file is clear; it is linked from"),
    )
    assert [f[:3] for f in found] == [("evidence-without-link", "info", 90)]
    assert "names GOVERNANCE without a link" in found[0][3]


@pytest.mark.parametrize(
    "edit",
    [
        (DD_GOVERNANCE, "The Governance file is clear; it is linked from"),  # linked at line 86, before
        (DD_GOVERNANCE, "The governance file will be linked from"),  # planned, not claimed
        (DD_GOVERNANCE, "The STEERING-GOVERNANCE file is linked from"),  # another file
        # an address written without its scheme is an address, not a path named
        (DD_GOVERNANCE, "github.com/examplo/community/blob/main/GOVERNANCE.md is linked from"),
    ],
)
def test_a_dd_file_linked_before_planned_another_or_an_address_stays_quiet(edit: tuple[str, str]) -> None:
    history = (DD_HISTORY, "The governance history shows three revisions since Sandbox")
    edits = (edit,) if "clear" in edit[1] else (history, edit)
    assert [f for f in dd_findings(*edits) if f[0] == "evidence-without-link"] == []


def test_an_application_naming_a_file_by_what_it_is_in_lower_case_is_left_to_its_criterion() -> None:
    # An application's evidence is read as before: "the governance file" alone is not a file named.
    history = "  - Our first governance file (2023) named the founding maintainers only."
    assert lint((evidence(8), history)) == []


def test_a_companion_naming_a_project_file_by_its_path_or_what_it_is_is_reported_at_its_first_mention() -> (
    None
):
    sa = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
    text = sa + (
        "\n## Secure development practices\n\n"
        "Contributor guidance requires sign-off (`docs/agents/contributing.md`, `.gemini/styleguide.md`).\n\n"
        "The Maintainers file lists who reviews; the maintainers file is updated each release.\n\n"
        "Images are built from the Dockerfile; the release notes are in docs/release-notes.md.\n"
    )
    report = lint_text(text, "self-assessment.md")
    found = [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == "evidence-without-link"]
    # a path given as where something is ("(`docs/…`, `.gemini/…`)", "are in docs/release-notes.md") is
    # evidence to open whatever document it is; the Dockerfile, named as what images are built from, is not
    assert found == [
        ("evidence-without-link", "info", 50),
        ("evidence-without-link", "info", 52),
        ("evidence-without-link", "info", 54),
    ]
    first, second, third = [f.message for f in report.findings if f.rule == "evidence-without-link"]
    assert first.startswith(
        "'docs/agents/contributing.md' and '.gemini/styleguide.md' are named but nothing in the "
        "self-assessment links them"
    )
    assert second.startswith("'MAINTAINERS' is named but nothing")
    assert third.startswith("'docs/release-notes.md' is named but nothing")


# --- a companion naming files it says do not exist yet ----------------------------------------------

PLANNED_GTR = """# General Technical Review - Kestrel / Sandbox

## Day 0 - Planning Phase

### Security

Reports go to the address in SECURITY.md, answered within two days.
A threat model file (threat-model.md) is planned for the next release.
We will add a ROADMAP.md once the v1 scope settles.
There is no ADOPTERS.md yet; GOVERNANCE.md: to be written by the maintainers.
- TODO: write the MAINTAINERS.md
- CONTRIBUTING.md (currently absent) will describe the review process.

## Open Items for Maintainer Review

The following items require input from the maintainers before this GTR is considered complete:

1. **CHARTER.md:** Add the project's scope and its non-goals.
2. **Roadmap** - publish a ROADMAP.md with the milestones.

## Next steps
- Publish the CHARTER.md agreed last month

## Supply chain

Our attack trees are in docs/THREAT_MODEL.md.
"""


def test_a_companion_naming_files_it_says_are_planned_or_open_items_asks_for_no_link() -> None:
    # every file the text says is still to come (planned, denied, a to-do, an open item) is quiet;
    # the two files it says exist (SECURITY.md at 7, docs/THREAT_MODEL.md at 26) still want their links
    assert _companion_rows(PLANNED_GTR) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 26),
    ]


def test_an_open_item_named_with_a_colon_and_what_to_do_asks_for_no_link_outside_a_to_do_list() -> None:
    text = PLANNED_GTR.replace("## Open Items for Maintainer Review", "## Security tooling").replace(
        "The following items require input from the maintainers before this GTR is considered complete:",
        "The files below cover the other policies:",
    )
    # "CHARTER.md: Add the project's scope …" reads as what to do wherever it stands, and "publish a
    # ROADMAP.md" too (the charter at 22 is a next step)
    assert _companion_rows(text) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 26),
    ]
    # the same item describing the file, outside a to-do list, says it exists: its link is asked for
    described = text.replace("**CHARTER.md:** Add the project's", "**CHARTER.md:** the project's")
    assert _companion_rows(described) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 18),
        ("evidence-without-link", "info", 26),
    ]


def test_a_file_named_after_an_open_items_list_ends_stays_loud() -> None:
    text = PLANNED_GTR + "\n## Community\n\nThe CHARTER.md sets the project's scope.\n"
    # the "Next steps" list ends at the next heading: the charter named after it is claimed
    assert _companion_rows(text) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 26),
        ("evidence-without-link", "info", 30),
    ]


def test_a_file_the_project_says_it_publishes_or_added_is_a_claim_and_wants_its_link() -> None:
    text = PLANNED_GTR.replace(
        "We will add a ROADMAP.md once the v1 scope settles.",
        "We publish a ROADMAP.md for each minor release; we added a CHARTER.md in 2024.",
    )
    # present and past tense state the files exist (9: ROADMAP.md and CHARTER.md, one finding for the
    # line); the open items naming them later (18, 22) stay plans, not among its lines
    assert _companion_rows(text) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 9),
        ("evidence-without-link", "info", 26),
    ]


def test_a_companion_asking_whether_a_file_exists_asks_for_no_link() -> None:
    # a GTR's open questions written as questions: "Whether …", "Does …?", "Is there …?" ask, the
    # files they name are no claim; the statements around them still want their links
    text = PLANNED_GTR.replace(
        "Our attack trees are in docs/THREAT_MODEL.md.",
        "Our attack trees are in docs/THREAT_MODEL.md.\n\n"
        "- Whether the project keeps a MAINTAINERS.md outside this repository.\n"
        "- Does the project publish a GOVERNANCE.md?\n"
        "- Is there a ROADMAP.md for the next release?",
    )
    assert _companion_rows(text) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 26),
    ]
    # the same files stated are claims
    stated = text.replace(
        "- Whether the project keeps a MAINTAINERS.md outside", "- The project keeps a MAINTAINERS.md outside"
    )
    assert _companion_rows(stated) == [
        ("evidence-without-link", "info", 7),
        ("evidence-without-link", "info", 26),
        ("evidence-without-link", "info", 28),
    ]


@pytest.mark.parametrize(
    "written",
    [
        "  - Whether the emeritus process belongs in MAINTAINERS.md is still open with the maintainers.\n"
        "  - Should subproject acceptance move to GOVERNANCE.md? The maintainers discuss it in each meeting.",
        "  - Is there a MAINTAINERS.md section for emeritus maintainers? The maintainers review it each quarter.",
    ],
)
def test_an_application_asking_of_a_file_names_none(written: str) -> None:
    # the governance-history criterion (84) answered with open questions: nothing is claimed; the
    # same files stated are one finding at 84 (test_files_named_in_a_list_…)
    assert lint((evidence(8), written)) == []
