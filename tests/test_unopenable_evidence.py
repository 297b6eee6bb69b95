"""Evidence a reviewer cannot open: links that open only for a signed-in or invited reader (a Zoom
cloud recording, GitHub's dashboards of the signed-in reader's own pull requests and issues), and
repository paths named in code spans as where something is, that nothing in the document links.

Each test edits a clean document the way authors write and asserts every finding (rule, severity,
line, column), so a rule that fires too often fails as surely as one that misses.
"""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from applint.text.sharing import sign_in_kind
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits, evidence, lint, messages

GRAD = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
Found = list[tuple[str, str, int | None, int | None]]


# --- private-document: recordings and dashboards only a signed-in reader opens ----------------------


RECORDING = "https://us02web.zoom.us/rec/share/Xk3-ExamploTagRuntimePresentation.Q1w2e3"


def test_a_zoom_cloud_recording_given_as_evidence_is_reported_once() -> None:
    found = lint(
        GRAD,
        (evidence(24), f"We presented to TAG Runtime in March; the [recording]({RECORDING}) has the Q&A."),
        (evidence(25), f"The demo starts 20 minutes into the [same recording]({RECORDING}?startTime=1200)."),
    )
    assert found == [("private-document", "info", 155, 55)]
    (message,) = messages(GRAD, "private-document", (evidence(24), f"See the [recording]({RECORDING})."))
    assert "a Zoom cloud recording" in message
    assert "publish the recording where anyone can watch it" in message


def test_github_dashboards_of_the_signed_in_reader_are_reported_with_a_search_to_link_instead() -> None:
    pulls = "https://github.com/pulls?q=is%3Apr+org%3Aexamplo+is%3Amerged"
    found = lint(
        GRAD,
        (evidence(24), f"Contributors merged over 3,000 [pull requests]({pulls}) since Sandbox."),
    )
    assert found == [("private-document", "info", 155, 48)]
    (message,) = messages(GRAD, "private-document", (evidence(24), f"We merged 3,000 [PRs]({pulls})."))
    assert "GitHub's dashboard of the signed-in reader's own pull requests (github.com/pulls)" in message
    assert "link a search that anyone can open instead" in message


@pytest.mark.parametrize(
    "url",
    [
        "https://zoom.us/j/95551234567",  # a meeting to join: the calendar's own link
        "https://github.com/examplo/examplo/pulls?q=is%3Apr+is%3Amerged",  # the repository's list
        "https://github.com/search?q=org%3Aexamplo+is%3Apr&type=pullrequests",
        "https://www.youtube.com/watch?v=ExamploTalk",
    ],
)
def test_links_anyone_can_open_stay_quiet(url: str) -> None:
    assert sign_in_kind(url) == ""
    assert lint(GRAD, (evidence(24), f"Our activity is on [this page]({url}) for anyone to see.")) == []


def test_an_owner_or_repository_named_like_a_dashboard_is_no_dashboard() -> None:
    assert sign_in_kind("https://github.com/pulls/examplo") == ""
    assert sign_in_kind("https://github.com/issues-tracker/examplo") == ""
    assert sign_in_kind("https://github.com/issues/assigned") != ""


def test_a_recording_the_text_says_is_public_stays_quiet() -> None:
    found = lint(
        GRAD,
        (evidence(24), f"The [recording]({RECORDING}) is publicly viewable, with no passcode."),
    )
    assert found == []


def test_a_due_diligence_linking_a_zoom_recording_is_told_in_the_toc_members_words() -> None:
    presented = (
        "Examplo presented its architecture to TAG Runtime on 12-FEB-2026 "
        "([recording](https://github.com/examplo/community/issues/88)); the TAG's notes are linked from the issue."
    )
    edit = (presented, presented.replace("https://github.com/examplo/community/issues/88", RECORDING))
    assert lint(DD, edit) == [("private-document", "info", 43, 79)]
    (message,) = messages(DD, "private-document", edit)
    assert "readers of the published due diligence cannot open it" in message
    # a shared document the DD's reviewers opened stays theirs to link (the text's reason is not read)
    doc = "https://docs.google.com/document/d/1ExamploNotes/edit"
    note = presented.replace("https://github.com/examplo/community/issues/88", doc) + " Internal document."
    assert lint(DD, (presented, note)) == []


# --- evidence-without-link: repository paths given as where something is -------------------------

SA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
SA_LINES = len(SA.splitlines())  # the appended section's heading is line SA_LINES + 2


def companion(*paragraphs: str) -> list[tuple[str, str, int | None, str]]:
    text = SA + "\n## Secure development practices\n\n" + "\n\n".join(paragraphs) + "\n"
    report = lint_text(text, "self-assessment.md")
    return [
        (f.rule, f.severity.label, f.line, f.message)
        for f in report.findings
        if f.rule == "evidence-without-link"
    ]


def test_a_path_in_code_given_as_where_a_policy_is_is_reported_once_naming_its_later_lines() -> None:
    found = companion(
        "API stability is documented in `docs/api-stability-policy.md`; v1 is supported for a year after v2.",
        "Deprecations follow the notice periods in `docs/api-stability-policy.md`.",
    )
    assert [(rule, severity, line) for rule, severity, line, _ in found] == [
        ("evidence-without-link", "info", SA_LINES + 4)
    ]
    assert found[0][3] == (
        f"'docs/api-stability-policy.md' is named (also line {SA_LINES + 6}) but nothing in the self-assessment "
        "links it; link the file (at a release tag or commit) so that reviewers can open it"
    )


def test_ci_configuration_and_code_owners_cited_by_their_paths_are_reported() -> None:
    found = companion(
        "- **Static analysis.** CodeQL runs on every pull request (defined in `.github/workflows/codeql.yml`).",
        "- **Review.** Maintainer review is enforced by `.github/CODEOWNERS` on every pull request.",
    )
    assert [(rule, severity, line) for rule, severity, line, _ in found] == [
        ("evidence-without-link", "info", SA_LINES + 4),
        ("evidence-without-link", "info", SA_LINES + 6),
    ]
    assert found[0][3].startswith("'.github/workflows/codeql.yml' is named but nothing")
    assert found[1][3].startswith("'.github/CODEOWNERS' is named but nothing")


@pytest.mark.parametrize(
    "paragraph",
    [
        # the mechanism named as what does something, not given as where to look
        "`CODEOWNERS` assigns a reviewer to each folder, and `.github/CODEOWNERS` covers the workflows.",
        # an instruction to the reader, a command, an identifier, a configuration key
        "Set `enabled: true` in `.github/examplo.yml` to turn the check on.",
        "Run `kubectl apply -f deploy/examplo.yaml` to install the operator.",
        "Tenants write `apps.examplo.io/v1` resources and set `authentication.oidc.enabled` to opt in.",
        # a file to be made, and a configuration file that is not a document
        "Adopters create a file `docs/adopters/your-company.md` in a pull request.",
        "The default limits are in `config/limits.yaml`.",
    ],
)
def test_paths_that_are_not_evidence_to_open_stay_quiet(paragraph: str) -> None:
    assert companion(paragraph) == []


def test_a_path_linked_anywhere_or_shown_only_in_a_fenced_block_stays_quiet() -> None:
    linked = (
        "The [API stability policy](https://github.com/examplo/examplo/blob/v1.4.0/docs/api-stability-policy.md) "
        "sets the support windows."
    )
    assert companion("API stability is documented in `docs/api-stability-policy.md`.", linked) == []
    fenced = "```sh\n# the policy is documented in docs/api-stability-policy.md\ncat docs/api-stability-policy.md\n```"
    assert companion("The policy ships with the source:", fenced) == []


def test_an_applications_evidence_citing_a_workflow_by_its_path_names_it() -> None:
    cited = evidence(24) + " CodeQL runs on every pull request (defined in `.github/workflows/codeql.yml`)."
    assert lint(GRAD, (evidence(24), cited)) == [("evidence-without-link", "info", 155, None)]
    (message,) = messages(GRAD, "evidence-without-link", (evidence(24), cited))
    assert "names .github/workflows/codeql.yml without a link" in message
    # the same workflow as the mechanism ("`.github/CODEOWNERS` assigns …") gives nothing to open
    owners = evidence(24) + " `.github/CODEOWNERS` assigns a reviewer to each folder."
    assert lint(GRAD, (evidence(24), owners)) == []


# --- bare-reference: issues and pull requests no reader can open ----------------------------------


def references(*paragraphs: str) -> list[tuple[str, str, int | None, int | None]]:
    text = SA + "\n## Secure development practices\n\n" + "\n\n".join(paragraphs) + "\n"
    report = lint_text(text, "self-assessment.md")
    return [
        (f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule == "bare-reference"
    ]


def test_a_self_assessment_kept_as_a_file_citing_issue_numbers_is_told_to_link_them() -> None:
    found = references(
        "Fuzzing coverage is tracked in #560; the findings so far are fixed.",
        "The signing change landed in PR 1234 and is released in v0.4.",
    )
    assert found == [
        ("bare-reference", "info", SA_LINES + 4, 32),
        ("bare-reference", "info", SA_LINES + 6, 30),
    ]
    text = SA + "\n## Secure development practices\n\nThe signing change landed in PR 1234 and is released.\n"
    (message,) = [
        f.message for f in lint_text(text, "self-assessment.md").findings if f.rule == "bare-reference"
    ]
    assert message == (
        "'PR 1234' names an issue or pull request by number only, which no reader can open; write the full URL"
    )


def test_an_application_naming_an_issue_by_number_in_words_is_reported_at_it() -> None:
    named = evidence(24) + " The remaining gaps are tracked in issue 560."
    assert lint(GRAD, (evidence(24), named)) == [("bare-reference", "info", 155, 178)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Our newsletter covered the audit in issue 2 of its spring edition.",  # one digit: no item
        "The fix shipped in PR 1.2 of the docs site.",  # a version
        "Review the pull request 20% faster with the new bot.",  # a share
        "We closed 120 issues and merged 300 pull requests in 2025.",  # counts
        "The fix is [issue 560](https://github.com/examplo/examplo/issues/560); issue 560 also covers the docs.",
        # the document's own numbering, and a rank behind emphasis
        "| Tampering with the registry | Same as attack #10; already covered by attacks #9, #13, #14. |",
        "Examplo ranks **#8 among 205 CNCF projects** on the CLOMonitor score.",
    ],
)
def test_numbers_that_name_no_item_or_are_linked_stay_quiet(paragraph: str) -> None:
    assert references(paragraph) == []


# --- placeholder: contact addresses no one can write to --------------------------------------------


def addresses(*paragraphs: str) -> list[tuple[str, str, int | None, int | None]]:
    text = SA + "\n## Secure development practices\n\n" + "\n\n".join(paragraphs) + "\n"
    report = lint_text(text, "self-assessment.md")
    # (the draft's own '[project]' above the appended section is the template's placeholder, an error)
    return [
        (f.rule, f.severity.label, f.line, f.column)
        for f in report.findings
        if f.rule == "placeholder" and (f.line or 0) > SA_LINES
    ]


def test_a_wildcard_contact_address_is_one_warning_at_its_first_mention() -> None:
    found = addresses(
        "Security reports go to the private list cncf-examplo-*@lists.cncf.io and are answered in two days.",
        "Reporters who get no answer can e-mail cncf-examplo-*@lists.cncf.io again after a week.",
    )
    assert found == [("placeholder", "warning", SA_LINES + 4, 41)]
    text = SA + "\n## Secure development practices\n\nReport issues to cncf-examplo-*@lists.cncf.io.\n"
    (message,) = [
        f.message
        for f in lint_text(text, "self-assessment.md").findings
        if f.rule == "placeholder" and (f.line or 0) > SA_LINES
    ]
    assert message == (
        "the contact address 'cncf-examplo-*@lists.cncf.io' is a pattern (its '*' stands for any name), not "
        "an address anyone can write to; give the real address of the list or person to contact, so that "
        "reporters and reviewers can reach them"
    )


@pytest.mark.parametrize(
    ("paragraph", "column"),
    [
        ("Reach the maintainers at `<maintainers>@examplo.io` for anything urgent.", 27),
        ("Contact: cncf-PROJECT-security@lists.cncf.io", 10),
        ("Report vulnerabilities to security@example.com with the steps to reproduce.", 27),
    ],
)
def test_stand_ins_and_example_domains_given_as_contacts_are_reported(paragraph: str, column: int) -> None:
    assert addresses(paragraph) == [("placeholder", "warning", SA_LINES + 4, column)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Report vulnerabilities to security@examplo.io; the list is private to the maintainers.",
        "Every commit carries a sign-off line: `Signed-off-by: Jane Smith <jane.smith@example.com>`.",
        "Signed-off-by: Jane Smith <jane.smith@example.com>",
        "The operator reads its settings from admin@example.com-style service accounts in the demo.",
        "Contact the maintainers on <examplo-maintainers@googlegroups.com>.",
        # a sample project's own address under a reserved domain stands for a real one
        "Report vulnerabilities to security@examplo.example.org within 90 days of finding them.",
    ],
)
def test_real_addresses_sign_offs_and_examples_that_are_no_contact_stay_quiet(paragraph: str) -> None:
    assert addresses(paragraph) == []


# --- evidence-without-link: the OpenSSF badge a GTR cites and never links ----------------------------

GTR = (FIXTURES / "companions" / "gtr-incubation-draft.md").read_text(encoding="utf-8")
DESIGN = "The design follows the operator pattern."
UPGRADES = "We test upgrades in CI from the previous two minor releases."


def badge_findings(*edits: tuple[str, str]) -> list[tuple[str, str, int | None, str]]:
    report = lint_text(apply_edits(GTR, edits), "gtr.md")
    return [
        (f.rule, f.severity.label, f.line, f.message)
        for f in report.findings
        if f.rule == "evidence-without-link" and "badge" in f.message
    ]


def test_a_gtr_citing_the_openssf_badge_again_and_again_without_its_page_gets_one_finding() -> None:
    found = badge_findings(
        (DESIGN, DESIGN + " The project holds a passing OpenSSF Best Practices badge."),
        (UPGRADES, UPGRADES + " Releases keep the passing OpenSSF Best Practices badge."),
    )
    assert [(rule, severity, line) for rule, severity, line, _ in found] == [
        ("evidence-without-link", "info", 33)
    ]
    assert found[0][3] == (
        "the OpenSSF Best Practices badge is cited as evidence but nothing in the GTR links the project's badge "
        "page; link it (bestpractices.dev/projects/…) so that reviewers can check the level (also at line 53)"
    )


@pytest.mark.parametrize(
    "claim",
    [
        " The project holds a passing OpenSSF Best Practices badge.",
        " The project has achieved an Open Source Security Foundation (OpenSSF) Best Practices passing badge.",
    ],
)
def test_a_gtr_claiming_the_badge_held_once_without_its_page_is_told(claim: str) -> None:
    found = badge_findings((DESIGN, DESIGN + claim))
    assert [(rule, severity, line) for rule, severity, line, _ in found] == [
        ("evidence-without-link", "info", 33)
    ]
    assert found[0][3] == (
        "the OpenSSF Best Practices badge is cited as evidence but nothing in the GTR links the project's badge "
        "page; link it (bestpractices.dev/projects/…) so that reviewers can check the level"
    )


@pytest.mark.parametrize(
    ("first", "again"),
    [
        # linked once: every other mention is served by that link
        (
            " The project holds a passing [OpenSSF Best Practices badge](https://www.bestpractices.dev/projects/9876).",
            " Releases keep the passing OpenSSF Best Practices badge.",
        ),
        # denied, and asked about
        (
            " The project does not have an OpenSSF Best Practices badge yet.",
            " No OpenSSF Best Practices badge has been applied for.",
        ),
        (
            " Whether the project intends to pursue the OpenSSF Best Practices badge is still open.",
            " Does the project hold an OpenSSF Best Practices badge? The maintainers have not said.",
        ),
        # named once in passing, not as held
        (" Its CI checks follow the OpenSSF Best Practices criteria.", ""),
        # named once as a goal, a plan or a question
        (" The project is working toward the passing OpenSSF Best Practices badge.", ""),
        (" We plan to apply for the OpenSSF Best Practices badge after 1.0.", ""),
        (" The OpenSSF Best Practices badge is on the roadmap for this year.", ""),
        (" Has the project earned the OpenSSF Best Practices badge?", ""),
    ],
)
def test_a_badge_linked_denied_asked_about_or_named_once_in_a_gtr_stays_quiet(first: str, again: str) -> None:
    assert badge_findings((DESIGN, DESIGN + first), (UPGRADES, UPGRADES + again)) == []
