"""One document giving two values for a person's e-mail address or for the project's current
release (contradictory-assertion's two-values half).

Each test edits a clean application or GTR the way authors write (a contacts list, a maintainers
table, an issue body's line breaks, the GTR's Project Version field and prose about releases) and
asserts every finding of the rule (rule, severity, line, column), so the places that must stay
quiet (one person's one address written twice, shared aliases, a name beside an organisation,
another project's release, another moment) are asserted too.
"""

from __future__ import annotations

from pathlib import Path

from applint import lint_path
from applint.engine import lint_source, lint_text
from applint.readers.sources import Source
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
GTR = (FIXTURES / "companions" / "gtr-incubation-draft.md").read_text(encoding="utf-8")
RULE = "contradictory-assertion"
Found = list[tuple[str, str, int | None, int | None]]

CONTACTS = "Project points of contacts: Ada Example, ada@examplo.io"
EVIDENCE_17 = (
    "Evidence 17: see [our document 17](https://github.com/examplo/community/blob/main/doc17.md), "
    "reviewed by the maintainers in meeting number 17."
)
TABLE = (
    "Current maintainers:\n"
    "\n"
    "| Role | Name | GitHub | Email |\n"
    "|---|---|---|---|\n"
    "| Owner | Bo Builder | [@bobuilder](https://github.com/bobuilder) | bo@examplo.io |\n"
    "| Maintainer | Ada Example | [@adaexample](https://github.com/adaexample) | {ada} |\n"
)


def lint(base: str, *edits: tuple[str, str], issue_body: bool = False) -> Found:
    text = apply_edits(base, edits)
    report = lint_source(Source("case.md", text.encode("utf-8"), "markdown", issue_body=issue_body))
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule == RULE]


def messages(base: str, *edits: tuple[str, str]) -> list[str]:
    text = apply_edits(base, edits)
    return [f.message for f in lint_text(text, "case.md").findings if f.rule == RULE]


# --- one person, two e-mail addresses ---------------------------------------------------------------


def test_a_maintainer_table_giving_a_contact_another_address() -> None:
    table = TABLE.format(ada="ada.example@globex.com")
    assert lint(INC, (EVIDENCE_17, table)) == [(RULE, "info", 127, 77)]
    assert messages(INC, (EVIDENCE_17, table)) == [
        'Ada Example\'s e-mail address is given as "ada.example@globex.com" here but as '
        '"ada@examplo.io" at line 13; give one in both places, or say which to use'
    ]


def test_the_same_address_again_stays_quiet() -> None:
    same = TABLE.format(ada="Ada@Examplo.io")  # addresses are read in either case
    assert lint(INC, (EVIDENCE_17, same)) == []


def test_contacts_linked_as_mailto_in_an_issue_body() -> None:
    contacts = (
        "Project points of contacts:\n"
        " - [Ada Example](mailto:ada@examplo.io)\n"
        " - [Bo Builder](mailto:bo.builder@examplo.io) (Examplo Labs)"
    )
    table = TABLE.format(ada="ada@examplo.io")
    assert lint(INC, (CONTACTS, contacts), (EVIDENCE_17, table), issue_body=True) == [
        (RULE, "info", 128, 69)  # Bo: bo.builder@ at line 15, bo@ in the table
    ]


def test_shared_addresses_organisations_and_two_people_stay_quiet() -> None:
    quiet = (
        "| Name | Company | Email |\n"
        "|---|---|---|\n"
        "| Ada Example | Globex Corp | ada@examplo.io |\n"
        "| Security Team | Examplo | security@examplo.io |\n"
        "| Bo Builder, Cy Coder | Examplo | maintainers@examplo.io |\n"
        "\n"
        "Ada Example (personal: ada@home.example, work: ada@examplo.io) chairs the meetings.\n"
        "\n"
        "Bo Builder can also be reached through [the maintainers list](mailto:examplo-maintainers@lists.cncf.io).\n"
        "\n"
        "- Ada Example wrote the scheduler; questions about it go to sched@examplo.io."
    )
    assert lint(INC, (EVIDENCE_17, quiet)) == []


def test_an_address_after_another_persons_name_is_not_theirs() -> None:
    contacts = "Project points of contacts: Ada Example, $EMAIL; Bo Builder (bo@examplo.io)"
    table = TABLE.format(ada="ada@examplo.io")
    assert lint(INC, (CONTACTS, contacts), (EVIDENCE_17, table)) == []


def test_a_handle_given_two_addresses_in_two_tables() -> None:
    first = TABLE.format(ada="ada@examplo.io")
    second = "Release managers:\n\n| GitHub | Email |\n|---|---|\n| @adaexample | ada@globex.com |\n"
    evidence_18 = (
        "Evidence 18: see [our document 18](https://github.com/examplo/community/blob/main/doc18.md), "
        "reviewed by the maintainers in meeting number 18."
    )
    assert lint(INC, (EVIDENCE_17, first), (evidence_18, second)) == [(RULE, "info", 136, 17)]


def test_one_person_given_two_github_handles() -> None:
    table = TABLE.format(ada="ada@examplo.io")
    contacts = "Project points of contacts: Ada Example (@ada-ex), ada@examplo.io"
    assert lint(INC, (CONTACTS, contacts), (EVIDENCE_17, table)) == [(RULE, "info", 127, 31)]
    assert messages(INC, (CONTACTS, contacts), (EVIDENCE_17, table)) == [
        'Ada Example\'s GitHub handle is given as "@adaexample" here but as "@ada-ex" at line 13; '
        "give one in both places, or say which to use"
    ]
    same = "Project points of contacts: Ada Example (@AdaExample), ada@examplo.io"
    assert lint(INC, (CONTACTS, same), (EVIDENCE_17, table)) == []
    two = "Project points of contacts: Ada Example (@ada-ex, formerly @ada-old), ada@examplo.io"
    assert lint(INC, (CONTACTS, two), (EVIDENCE_17, table)) == []


# --- the project's current release, two versions ----------------------------------------------------

VERSION_FIELD = "- **Project Version:** v0.9.0"
USABILITY = "Kelpie has a CLI and a Helm chart; its users are platform engineers."


def test_the_latest_release_against_the_project_version_field() -> None:
    prose = USABILITY + " The latest release is v0.8.2, published in May."
    assert lint(GTR, (USABILITY, prose)) == [(RULE, "warning", 29, 92)]
    assert messages(GTR, (USABILITY, prose)) == [
        'the project\'s current version is given as "v0.8.2" here but as "v0.9.0" at line 4; '
        "correct the one that is wrong so both say the same"
    ]


def test_the_project_at_a_minor_line_and_its_latest_patch() -> None:
    prose = (
        "[TODO: summarise the roadmap. The project is at v0.1.x (latest: v0.1.24, released February 2026).]"
    )
    assert lint(GTR, (VERSION_FIELD, "- **Project Version:** v0.3.2"), (USABILITY, prose)) == [
        (RULE, "warning", 29, 49)  # one finding: v0.1.24 agrees with v0.1.x
    ]


def test_versions_that_agree_or_are_of_something_else_stay_quiet() -> None:
    quiet = (
        USABILITY + " The latest release is v0.9.0 and Kelpie is at v0.9.x; our current version (v0.9) is "
        "supported for a year.\n"
        "\n"
        "We test against the latest Kubernetes version 1.30 and Helm's latest release 3.14. "
        "Kubernetes is at 1.30 (latest: 1.31) on our CI. At Sandbox entry the latest release was v0.2.0. "
        "The next release is v1.0.0 and the latest release of Volcano is 1.9.\n"
        "\n"
        "| Version | Date |\n"
        "|---|---|\n"
        "| v0.8.0 | 2025-01 |\n"
        "| v0.9.0 | 2025-06 |\n"
        "\n"
        "```\nhelm install kelpie --version 0.7.1   # the latest version 0.7.1\n```"
    )
    assert lint(GTR, (USABILITY, quiet)) == []


def test_the_latest_release_of_the_project_named_in_the_title() -> None:
    prose = USABILITY + " The latest release of Kelpie is 1.0."
    assert lint(GTR, (USABILITY, prose)) == [(RULE, "warning", 29, 102)]


# --- one chart, two addresses ------------------------------------------------------------------------


def test_one_chart_at_two_paths_of_one_registry() -> None:
    first = (
        USABILITY + " Operators install the published OCI Helm chart at `ghcr.io/kelpie-dev/charts/kelpie`."
    )
    table = (
        "| Environment | Configuration |\n"
        "|---|---|\n"
        "| Test | Kind with the Helm chart and a local queue. |\n"
        "| Production | Kubernetes cluster with Helm chart (`oci://ghcr.io/kelpie-dev/helm/kelpie:0.9.0`). |\n"
    )
    edited = (USABILITY, first + "\n\n" + table)
    assert lint(GTR, edited) == [(RULE, "info", 34, 53)]
    assert messages(GTR, edited) == [
        'the address of the kelpie chart on ghcr.io is given as "oci://ghcr.io/kelpie-dev/helm/kelpie:0.9.0" '
        'here but as "ghcr.io/kelpie-dev/charts/kelpie" at line 29; give one in both places, or say which to use'
    ]


def test_charts_mirrors_and_images_stay_quiet() -> None:
    quiet = (
        USABILITY + " The Helm chart is at oci://ghcr.io/kelpie-dev/charts/kelpie and mirrored to "
        "oci://quay.io/kelpie/kelpie; the chart deploys the image ghcr.io/kelpie-dev/kelpie:v0.9.0.\n"
        "\n"
        "The CRDs chart is published at oci://ghcr.io/kelpie-dev/charts/kelpie-crds, and the operator's "
        "container image at ghcr.io/kelpie-dev/images/kelpie.\n"
        "\n"
        "Install with the chart (`helm install kelpie oci://ghcr.io/kelpie-dev/charts/kelpie --version 0.9.0`)."
    )
    assert lint(GTR, (USABILITY, quiet)) == []


# --- a DOCX draft: a mailto link and a Word table -----------------------------------------------------


def test_a_docx_gtr_giving_a_contact_two_addresses_by_paragraph(tmp_path: Path) -> None:
    from tests.docx_builder import DocxBuilder

    builder = DocxBuilder()
    builder.heading("General Technical Review - Kelpie / Incubation", 1)
    builder.paragraph("Project: Kelpie").paragraph("Project Version: v0.9.0")
    builder.hyperlink("", "Ada Example", "mailto:ada@examplo.io")
    builder.table([["Name", "Company", "Email"], ["Ada Example", "Globex", "ada@globex.com"]])
    builder.paragraph("Kelpie is at v0.9.x; the latest Kubernetes version 1.30 is supported.")
    report = lint_path(str(builder.save(tmp_path / "gtr.docx")))
    assert [(f.rule, f.severity.label, f.paragraph, f.line) for f in report.findings if f.rule == RULE] == [
        (RULE, "info", 5, None)  # the table; its paragraph number in the unit DOCX findings use
    ]
