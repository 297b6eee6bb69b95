"""Links whose target is wrong, in every family: a link text naming a vulnerability, an issue or a
service its address is not (misnamed-link), and a link into a personal copy of the project's
repository or of the CNCF's (link-outside-project), with the project's repositories read from a
metadata row or the organisation most links go to. Every case asserts rule, severity, line and
column of each finding, and the places that must stay quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from applint.matching.project_links import ProjectLinks
from applint.readers.markdown import read_markdown
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
RULES = ("misnamed-link", "link-outside-project")
Found = list[tuple[str, str, int | None, int | None]]
# The self-assessment fixture ends at line 46; an appendix written after it starts at line 48.
APPENDIX_LINE = SSA.count("\n") + 2


def lint_appendix(appendix: str) -> Found:
    """The link findings of the self-assessment with ``appendix`` written at its end."""
    report = lint_text(SSA + "\n" + appendix, "self-assessment.md")
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule in RULES]


def appendix_messages(appendix: str) -> list[str]:
    return [
        f.message for f in lint_text(SSA + "\n" + appendix, "self-assessment.md").findings if f.rule in RULES
    ]


def lint_dd(*edits: tuple[str, str]) -> Found:
    report = lint_text(apply_edits(DD, edits), "dd.md")
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule in RULES]


KNOWN_ISSUES = """## Appendix

Known issues over time:

- [**CVE-2021-44838:**](https://access.redhat.com/security/cve/cve-2021-44832) lets a client read other tenants' jobs.
- [**CVE-2021-28235:**](https://nvd.nist.gov/vuln/detail/CVE-2021-28235) fixed in
  [v3.5.2](https://github.com/kelpie/kelpie/releases/tag/v3.5.2).
- [CVE-2022-27771](https://snapcraft.io/install/kelpie/rhel): the agent crashed on a malformed job.
- [CVE-2023-1111](https://github.com/kelpie/kelpie/security/advisories/GHSA-abcd-efgh-ijkl) (our advisory).
- [CVE-2023-2222](https://kelpie.dev/blog/2023/scheduler-fix) describes the fix.
- [the fix for CVE-2023-3333](https://github.com/kelpie/kelpie/pull/812) shipped in 1.4.
"""


def test_a_cve_link_to_another_cve_or_to_a_page_about_no_vulnerability_is_reported_at_the_link() -> None:
    first = APPENDIX_LINE + 4
    assert lint_appendix(KNOWN_ISSUES) == [
        ("misnamed-link", "warning", first, 3),
        ("misnamed-link", "warning", first + 3, 3),
    ]
    wrong, unrelated = appendix_messages(KNOWN_ISSUES)
    assert wrong == (
        "the link text names CVE-2021-44838 but the address (access.redhat.com/security/cve/cve-2021-44832) "
        "leads to CVE-2021-44832; link CVE-2021-44838's own record, so that reviewers open what the text names"
    )
    assert unrelated.startswith(
        "the link text names CVE-2022-27771 but the address (snapcraft.io/install/kelpie/rhel) is no record of it; "
        "link its advisory or https://nvd.nist.gov/vuln/detail/CVE-2022-27771"
    )


@pytest.mark.parametrize(
    "item",
    [
        "[CVE-2021-28235](https://nvd.nist.gov/vuln/detail/cve-2021-28235)",  # the id in another case
        "[GHSA-abcd-efgh-ijkl](https://github.com/kelpie/kelpie/security/advisories/GHSA-abcd-efgh-ijkl)",
        "[CVE-2023-1111](https://github.com/advisories/GHSA-abcd-efgh-ijkl)",  # its advisory names the GHSA id
        "[CVE-2023-2222](https://groups.google.com/g/kelpie-announce/c/x1y2)",  # the announcement
        "[CVE-2023-2222 and CVE-2023-2223](https://kelpie.dev/docs/upgrade)",  # not a CVE id alone
        "[Kelpie 1.4 fixes CVE-2023-3333](https://kelpie.dev/docs/upgrade)",
    ],
)
def test_a_cve_link_to_its_record_its_advisory_or_an_announcement_stays_quiet(item: str) -> None:
    assert lint_appendix(f"## Appendix\n\n- {item}\n") == []


def test_an_advisory_link_to_another_advisory_is_reported() -> None:
    appendix = "## Appendix\n\nSee [GHSA-c7xh-gjv4-4jgv](https://github.com/kelpie/kelpie/security/advisories/GHSA-q2w3-e4r5-t6y7).\n"
    assert lint_appendix(appendix) == [("misnamed-link", "warning", APPENDIX_LINE + 2, 5)]


def test_a_docker_hub_link_that_goes_elsewhere_is_reported_and_one_on_docker_hub_is_not() -> None:
    appendix = (
        "## Appendix\n\n"
        "Images are published to [Docker Hub](https://github.com/kelpie/kelpie/pkgs/container/kelpie).\n"
        "Charts are on [Artifact Hub](https://artifacthub.io/packages/helm/kelpie/kelpie) and images on\n"
        "[Docker Hub `kelpie/agent`](https://hub.docker.com/r/kelpie/agent).\n"
    )
    assert lint_appendix(appendix) == [("misnamed-link", "warning", APPENDIX_LINE + 2, 25)]
    (message,) = appendix_messages(appendix)
    assert message.startswith(
        "the link text names Docker Hub but the address (github.com/kelpie/kelpie/pkgs/"
    )


def test_a_dd_link_whose_issue_number_differs_from_its_text_is_reported_in_the_toc_members_words() -> None:
    edit = (
        "[SECURITY.md](https://github.com/examplo/examplo/blob/main/SECURITY.md) gives",
        "[SECURITY.md](https://github.com/examplo/examplo/blob/main/SECURITY.md) (added in "
        "[#978](https://github.com/examplo/examplo/pull/1291); see also [#12](https://github.com/examplo/examplo/issues/12)) gives",
    )
    assert lint_dd(edit) == [("misnamed-link", "warning", 232, 83)]
    (message,) = [
        f.message for f in lint_text(apply_edits(DD, (edit,)), "dd.md").findings if f.rule == "misnamed-link"
    ]
    assert message.endswith(
        "the link text says #978 but the address leads to #1291 (github.com/examplo/examplo/pull/1291); link #978 "
        "itself, or say #1291, so that readers of the due diligence open what it names"
    )


def test_a_companion_link_into_a_personal_copy_of_the_project_or_of_tag_security_is_reported() -> None:
    appendix = (
        "## Appendix\n\n"
        "The threat model is in [our fork](https://github.com/jdoe/kelpie/blob/threat-model/docs/threat-model.md).\n"
        "Meeting times are in the [Security TAG repository](https://github.com/jdoe/tag-security/tree/main).\n"
    )
    assert lint_appendix(appendix) == [
        ("link-outside-project", "warning", APPENDIX_LINE + 2, 24),
        ("link-outside-project", "warning", APPENDIX_LINE + 3, 26),
    ]
    fork, tag = appendix_messages(appendix)
    assert "goes into a copy of the project's repository 'kelpie' (a fork?)" in fork
    assert "(github.com/kelpie, line 8)" in fork  # the Software row of the metadata table
    assert tag.startswith(
        "the link 'Security TAG repository' goes into github.com/jdoe/tag-security, a copy of"
    )
    assert tag.endswith(
        "link the document in cncf/tag-security itself, so that reviewers open the real document, not a copy"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelpie builds on [client-go](https://github.com/kubernetes/client-go/blob/master/README.md).",  # upstream
        "We follow the [TAG template](https://github.com/cncf/tag-security/blob/main/community/template.md).",
        "Our process is modelled on [KServe's](https://github.com/kserve/community/blob/main/GOVERNANCE.md).",
        "Reports use [GitHub's private reporting](https://docs.github.com/en/code-security/security-advisories).",
        "![architecture](https://github.com/jdoe/tag-security/assets/3964/fc1f78b2-d368)",  # an uploaded image
    ],
)
def test_a_companion_link_to_upstream_templates_another_projects_community_or_github_docs_stays_quiet(
    sentence: str,
) -> None:
    assert lint_appendix(f"## Appendix\n\n{sentence}\n") == []


def test_without_a_repository_row_a_front_page_under_another_owner_may_be_the_projects_first_home() -> None:
    # The Software row removed: the project's repositories are those most links go to; a link to
    # a repository's front page elsewhere may be where it lived before a transfer (GitHub redirects),
    # a file opened in a copy is not.
    text = SSA.replace("| Software | https://github.com/kelpie/kelpie |", "| Software | Kelpie |") + (
        "\n## Appendix\n\n"
        "Kelpie moved from [its first home](https://github.com/acme/kelpie) in 2021; see\n"
        "[its README](https://github.com/kelpie/kelpie/blob/main/README.md), [releases](https://github.com/kelpie/kelpie/releases),\n"
        "[CONTRIBUTING.md](https://github.com/kelpie/kelpie/blob/main/CONTRIBUTING.md) and\n"
        "[the old threat model](https://github.com/acme/kelpie/blob/main/docs/threat-model.md).\n"
    )
    found = [(f.rule, f.line, f.column) for f in lint_text(text, "sa.md").findings if f.rule in RULES]
    assert found == [("link-outside-project", APPENDIX_LINE + 5, 1)]


def owners(text: str) -> tuple[frozenset[str], frozenset[str], int]:
    links = ProjectLinks(read_markdown(text, "doc.md"))
    return links.owners, links.repos, links.repo_line


def test_the_projects_repositories_are_the_organisation_most_links_go_to_with_its_siblings() -> None:
    text = (
        "# Kelpie Incubation Due Diligence\n\n"
        "- [Governance](https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md)\n"
        "- [Code](https://github.com/kelpie-io/kelpie)\n"
        "- [Helm](https://github.com/kelpie-io-contrib/kelpie-charts/blob/main/README.md)\n"
        "- [Adopters](https://github.com/kelpie-io/kelpie/blob/main/ADOPTERS.md)\n"
        "- Compare [KServe's ladder](https://github.com/kserve/community/blob/main/ladder.md)\n"
    )
    # (the community repository is every organisation's, so a "community" elsewhere is no fork)
    assert owners(text) == (
        frozenset({"kelpie-io", "kelpie-io-contrib"}),
        frozenset({"kelpie", "kelpie-charts"}),
        0,
    )


def test_a_document_linking_several_organisations_alike_names_no_project_repository() -> None:
    text = (
        "# Kelpie GTR\n\n"
        "- [a](https://github.com/alpha/a/blob/main/x.md) [b](https://github.com/alpha/a/blob/main/y.md)\n"
        "- [c](https://github.com/beta/b/blob/main/x.md) [d](https://github.com/beta/b/blob/main/y.md)\n"
        "- [e](https://github.com/alpha/a/blob/main/z.md) [f](https://docs.github.com/en/x/y)\n"
    )
    assert owners(text) == (frozenset(), frozenset(), 0)


def test_a_metadata_row_naming_the_software_gives_the_projects_repository() -> None:
    text = (
        "# Kelpie Self-assessment\n\n| | |\n| -- | -- |\n| Software | https://github.com/kelpie-io/kelpie |\n"
    )
    assert owners(text) == (frozenset({"kelpie-io"}), frozenset({"kelpie"}), 5)


SOFTWARE_ROW = "| Software | https://github.com/kelpie/kelpie |"


def test_a_software_row_linking_the_website_instead_of_the_repository_is_reported_at_its_link() -> None:
    text = SSA.replace(SOFTWARE_ROW, "| Software |  [Kelpie](https://kelpie.dev)  |")
    report = lint_text(text, "self-assessment.md")
    found = [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule in RULES]
    assert found == [("misnamed-link", "warning", 8, 15)]
    (message,) = [f.message for f in report.findings if f.rule == "misnamed-link"]
    assert message == (
        "the 'Software' row asks for a link to the software's repository, but its link leads to kelpie.dev, "
        "which is not a code repository; link the repository (for instance on GitHub), so that reviewers can "
        "open the code"
    )


@pytest.mark.parametrize(
    "row",
    [
        "| Software | [kelpie/kelpie](https://github.com/kelpie/kelpie) |",
        "| Software | https://gitlab.com/kelpie/kelpie |",
        "| Software | [website](https://kelpie.dev), [code](https://github.com/kelpie/kelpie) |",
        "| Software | Kelpie |",  # no link at all: not filled as asked, another rule's finding
    ],
)
def test_a_software_row_linking_a_code_host_or_nothing_stays_quiet(row: str) -> None:
    report = lint_text(SSA.replace(SOFTWARE_ROW, row), "self-assessment.md")
    assert [f for f in report.findings if f.rule == "misnamed-link"] == []


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("| Software | https://github.com/kelpie |", 14),
        ("| Software | [https://github.com/kelpie](https://github.com/kelpie) |", 14),
        ("| Software | <https://github.com/kelpie/> |", 15),
        (
            "| Software | [Kelpie](https://github.com/kelpie) and [tools](https://github.com/kelpie-tools) |",
            14,
        ),
    ],
)
def test_a_software_row_linking_only_the_github_organisation_is_one_note_at_its_link(
    row: str, column: int
) -> None:
    report = lint_text(SSA.replace(SOFTWARE_ROW, row), "self-assessment.md")
    found = [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule in RULES]
    assert found == [("misnamed-link", "info", 8, column)]
    (message,) = [f.message for f in report.findings if f.rule == "misnamed-link"]
    assert message.startswith(
        "the 'Software' row asks for a link to the software's repository, but github.com/kelpie"
    )
    assert message.endswith(
        "is the GitHub organisation's page, where reviewers still have to find the software's code; link its main "
        "repository (and the others it needs, if it is several)"
    )


@pytest.mark.parametrize(
    "row",
    [
        # the organisation beside its repositories, as multi-repository projects write it
        "| Software | https://github.com/kelpie/ https://github.com/kelpie/kelpie https://github.com/kelpie/kine |",
        "| Software | https://github.com/kelpie/kelpie/tree/main |",
        "| Software | https://github.com/kelpie/kelpie. Supporting repositories live under https://github.com/kelpie. |",
    ],
)
def test_a_software_row_naming_a_repository_beside_the_organisation_stays_quiet(row: str) -> None:
    report = lint_text(SSA.replace(SOFTWARE_ROW, row), "self-assessment.md")
    assert [f for f in report.findings if f.rule == "misnamed-link"] == []


def test_a_companion_link_labelled_as_the_projects_file_into_another_project_is_reported() -> None:
    appendix = (
        "## Appendix\n\n"
        "Our policy is in [SECURITY.md](https://github.com/acme/widget/blob/main/SECURITY.md).\n"
        "It is modelled on Kubernetes' [SECURITY.md](https://github.com/kubernetes/kubernetes/blob/master/SECURITY.md).\n"
    )
    assert lint_appendix(appendix) == [("link-outside-project", "warning", APPENDIX_LINE + 2, 18)]
    (message,) = appendix_messages(appendix)
    assert message.startswith(
        "the link 'SECURITY.md' points to github.com/acme/widget, outside the project's repositories "
        "(github.com/kelpie, line 8)"
    )


def test_a_file_name_linking_the_pull_request_that_changed_it_is_reported_at_the_link() -> None:
    edit = (
        "Two maintainers were added and one moved to emeritus in 2025",
        "The [MAINTAINERS.md](https://github.com/examplo/community/pull/131) alignment with CNCF templates "
        "([#120](https://github.com/examplo/community/pull/120)) and the ladder in [CONTRIBUTOR_LADDER.md]"
        "(https://github.com/examplo/community/blob/main/CONTRIBUTOR_LADDER.md) (added in [PR 77]"
        "(https://github.com/examplo/community/pull/77)) stand. Two maintainers were added and one moved to "
        "emeritus in 2025",
    )
    assert lint_dd(edit) == [("misnamed-link", "warning", 114, 5)]
    (message,) = [
        f.message for f in lint_text(apply_edits(DD, (edit,)), "dd.md").findings if f.rule == "misnamed-link"
    ]
    assert message == (
        'the link text says "MAINTAINERS.md" but the address (github.com/examplo/community/pull/131) leads to '
        "pull request #131, not to the file; link MAINTAINERS.md itself, or say that the link is pull request "
        "#131, so that readers of the due diligence open what it names"
    )
