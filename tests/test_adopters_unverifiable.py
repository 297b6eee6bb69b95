"""Adopters a TOC member cannot verify: a free-form proposal whose adopters part names fewer than
three organizations and links no ADOPTERS file, and adopters described only without their names
("a Fortune 500 retailer", "Company A") in a proposal or an application's Adoption Assertion."""

from __future__ import annotations

from applint.engine import lint_text
from applint.findings import Finding
from applint.matching.adoption import is_anonymous, sentence_names
from tests.conftest import FIXTURES

INCUBATION = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
GRADUATION = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
ASSERTED = "- Acme Corp\n- Globex\n- Initech\n"


def rows(findings: tuple[Finding, ...], rule: str) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in findings if f.rule == rule]


def line_of(text: str, wanted: str) -> int:
    return text.splitlines().index(wanted) + 1


PROPOSAL = """# Kelpie Incubation Proposal

Kelpie is a cloud native cache for Kubernetes workloads. We propose that Kelpie move from the
Sandbox to the Incubation stage. Our TOC sponsor is Jane Doe.

## Governance

Kelpie is governed by its maintainers, who meet every other week; decisions are taken by lazy
consensus and, failing that, by a vote of the maintainers.

## Roadmap

We publish the roadmap as a GitHub project board and review it at every community meeting.

## Adopters

{adopters}

## Security

Vulnerabilities are reported privately to the maintainers through GitHub security advisories.
"""


# The line a proposal's adopters part answers on, right under its "## Adopters" heading.
ANSWER = PROPOSAL.splitlines().index("{adopters}") + 1


def proposal(adopters: str) -> str:
    return PROPOSAL.format(adopters=adopters)


def test_a_proposal_naming_two_adopters_is_told_at_its_adopters_heading() -> None:
    text = proposal(
        "Kelpie runs in production at Northwind Freight and Halvorsen Bank, and several other teams "
        "are evaluating it."
    )
    report = lint_text(text)
    assert report.detection is not None and report.detection["follows_template"] is False
    assert rows(report.findings, "adopters") == [("adopters", "warning", ANSWER)]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.startswith("the adopters part names 2 organizations; incubation needs at least 3")
    assert finding.message.endswith(
        "name them, link the ADOPTERS file or page listing them, or say which adopters the TOC can interview "
        "in confidence"
    )


def test_a_proposal_whose_adopters_are_all_described_without_names_says_so_once() -> None:
    adopters = (
        "Kelpie is in production use at the following organizations (references available to the TOC "
        "on request):\n\n"
        "| Organization | Use case |\n|---|---|\n"
        "| A Fortune 500 retailer | Session cache for the online store |\n"
        "| A large European bank | Cache in front of the payments ledger |\n"
        "| Company C (name withheld) | Build cache for 2,000 engineers |\n"
    )
    text = proposal(adopters)
    report = lint_text(text)
    assert rows(report.findings, "adopters") == [("adopters", "warning", ANSWER)]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.startswith("all 3 adopters are described without a name;")
    assert "tell the TOC privately and say so here" in finding.message


def test_a_criterion_set_in_bold_opens_the_adopters_part() -> None:
    text = """# Kelpie Incubation Proposal

We propose that Kelpie move from the Sandbox to the Incubation stage. Our TOC sponsor is Jane Doe.

**Used successfully in production by at least three independent end users**

Kelpie runs in production at a leading telecom operator, which caches subscriber profiles with it.

**Have a healthy number of committers**

Kelpie has 11 committers from 4 organizations.
"""
    report = lint_text(text)
    at = line_of(
        text,
        "Kelpie runs in production at a leading telecom operator, which caches subscriber profiles with it.",
    )
    assert rows(report.findings, "adopters") == [("adopters", "warning", at)]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.startswith("the one adopter is described without a name;")


def test_three_distinct_anonymous_write_ups_are_one_adopters_finding_and_no_copies() -> None:
    adopters = (
        "A large European bank runs Kelpie in front of its payments ledger in four regions, since "
        "the 0.4 release.\n\n"
        "A Fortune 500 retailer uses Kelpie as the session cache of its online store, serving 40,000 "
        "requests a second at peak.\n\n"
        "An APAC e-commerce company moved its build cache to Kelpie in 2023 and contributes fixes "
        "upstream."
    )
    text = proposal(adopters)
    report = lint_text(text)
    assert rows(report.findings, "adopters") == [("adopters", "warning", ANSWER)]
    assert "all 3 adopters are described without a name" in next(
        f.message for f in report.findings if f.rule == "adopters"
    )
    assert rows(report.findings, "duplicate-content") == []


def test_a_proposal_stays_quiet_with_three_names_or_a_linked_adopters_file() -> None:
    named = (
        "- Northwind Freight: shipment tracking cache\n"
        "- Halvorsen Bank: payments ledger\n"
        "- Qubit Retail: online store sessions"
    )
    in_a_sentence = "Kelpie runs in production at Northwind Freight, Halvorsen Bank and Qubit Retail."
    in_a_table = (
        "| Company | Since |\n|---|---|\n| Northwind Freight | 2022 |\n| Halvorsen Bank | 2023 |\n"
        "| Qubit Retail | 2024 |"
    )
    linked = (
        "Our adopters are listed in [ADOPTERS.md](https://github.com/kelpie/kelpie/blob/main/ADOPTERS.md)."
    )
    for adopters in (named, in_a_sentence, in_a_table, linked):
        assert rows(lint_text(proposal(adopters)).findings, "adopters") == [], adopters
    # The ADOPTERS file linked anywhere else in the proposal is the list too.
    elsewhere = proposal("Two banks run Kelpie in production.").replace(
        "GitHub security advisories.",
        "GitHub security advisories. See also [our users](https://github.com/kelpie/kelpie/blob/main/USERS.md).",
    )
    assert rows(lint_text(elsewhere).findings, "adopters") == []


def test_a_part_linking_the_page_that_lists_its_users_stays_quiet() -> None:
    for adopters in (
        "Just under 100 users are documented on our [users & case studies page](https://kelpie.io/case-studies).",
        "The full list of adopters can be found [here](https://github.com/kelpie/kelpie/issues/300).",
        "Kelpie lists its public end users on [its website](https://kelpie.io/community/); others can be "
        "interviewed in confidence.",
    ):
        assert rows(lint_text(proposal(adopters)).findings, "adopters") == [], adopters
    # A link to the TOC's FAQ on what an adopter is lists none of the project's adopters.
    faq = "Kelpie is used by a few teams; see the [FAQ](https://github.com/cncf/toc/blob/main/FAQ.md) for adopters."
    text = proposal(faq)
    assert rows(lint_text(text).findings, "adopters") == [("adopters", "warning", ANSWER)]


def test_list_items_opening_on_a_name_count_and_descriptions_are_said_apart() -> None:
    named = (
        "- [**Northwind Freight**](https://northwind.example): tracks shipments across 40 depots with Kelpie.\n"
        "- Halvorsen Bank: caches the payments ledger in front of its core banking system.\n"
        "- Qubit Retail — runs the online store's session cache on Kelpie since 2023."
    )
    assert rows(lint_text(proposal(named)).findings, "adopters") == []
    mixed = (
        "- Northwind Freight: tracks shipments across 40 depots.\n"
        "- A large European bank: caches its payments ledger.\n"
        "- Qubit Retail: online store sessions."
    )
    text = proposal(mixed)
    report = lint_text(text)
    assert rows(report.findings, "adopters") == [("adopters", "warning", ANSWER)]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.startswith(
        "the adopters part names 2 organizations (and describes 1 more without a name, which the TOC cannot verify);"
    )


def test_a_production_readiness_part_is_no_adopters_part() -> None:
    text = PROPOSAL.replace(
        "## Adopters\n\n{adopters}\n", "## Production readiness\n\nKelpie 1.0 ships a stable API.\n"
    )
    assert rows(lint_text(text).findings, "adopters") == []


def test_an_incubation_adoption_assertion_of_anonymous_adopters_counts_none() -> None:
    text = INCUBATION.replace(
        ASSERTED, "- A Fortune 500 retailer\n- A large European bank\n- Company C (name withheld)\n"
    )
    report = lint_text(text)
    assert rows(report.findings, "adopters") == [
        ("adopters", "warning", line_of(text, "### Adoption Assertion"))
    ]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.startswith("all 3 adopters are described without a name;")


def test_an_adoption_assertion_with_two_names_and_one_description_counts_two() -> None:
    text = INCUBATION.replace(ASSERTED, "- Acme Corp\n- Globex\n- A leading telecom operator\n")
    report = lint_text(text)
    assert rows(report.findings, "adopters") == [
        ("adopters", "warning", line_of(text, "### Adoption Assertion"))
    ]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.startswith(
        "the Adoption Assertion names 2 organizations (and describes 1 more without a name, which the "
        "TOC cannot verify); incubation needs at least 3"
    )
    # A named list stays quiet, "Bank of America" and "A Cloud Guru" being names.
    quiet = INCUBATION.replace(ASSERTED, "- Bank of America\n- A Cloud Guru\n- Initech\n")
    assert rows(lint_text(quiet).findings, "adopters") == []


def test_the_graduation_templates_anonymous_adopter_option_stays_quiet() -> None:
    text = GRADUATION.replace(
        ASSERTED, "- A Fortune 500 retailer\n- A large European bank\n- A US healthcare provider\n"
    )
    report = lint_text(text)
    assert "##### Adopter 1 - Acme Corp/Retail" in text  # the Adopter blocks the option is written in
    assert rows(report.findings, "adopters") == []


def test_anonymous_descriptions_and_names_are_told_apart() -> None:
    for described in (
        "a Fortune 500 retailer",
        "A large European bank",
        "Company A",
        "a leading telecom operator (name withheld)",
        "Reference customer 2 (US federal agency)",
        "Anonymous / Financial services",
    ):
        assert is_anonymous(described), described
    for name in ("Acme Corp", "Deutsche Bank", "Bank of America", "A Cloud Guru", "Intuit - payments"):
        assert not is_anonymous(name), name
    assert sentence_names("It runs at a Fortune 500 retailer, a large European bank and Company A.") == (0, 3)
    assert sentence_names("It runs at Acme, Globex and a large bank.") == (2, 1)


def test_the_graduation_guidance_copied_into_an_incubation_list_is_one_finding_asking_for_names() -> None:
    guidance = "_If the Adopting organization needs to remain anonymous, stating the industry vertical is sufficient._"
    text = INCUBATION.replace(
        ASSERTED,
        f"- Acme Corp (production)\n- Globex (testing)\n- A European public broadcaster (production)\n\n{guidance}\n",
    )
    report = lint_text(text)
    assert rows(report.findings, "adopters") == [("adopters", "warning", line_of(text, guidance))]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message.endswith("delete it and name the adopters in the Adoption Assertion")


def test_a_due_diligence_document_is_never_asked_to_name_adopters() -> None:
    text = """# Kelpie Incubation Due Diligence

This is the TOC's due diligence for Kelpie's move from the Sandbox to Incubation.

## Adopters

The TOC interviewed a large European bank and a Fortune 500 retailer; the notes are kept private.

## Governance

Kelpie is governed by its maintainers, who meet every other week.
"""
    report = lint_text(text)
    assert report.template is not None and report.template.startswith("dd-incubation")
    assert rows(report.findings, "adopters") == []
    # The same part in an applicant's proposal is told.
    applied = text.replace("Due Diligence", "Proposal").replace(
        "This is the TOC's due diligence for", "We propose"
    )
    assert rows(lint_text(applied).findings, "adopters") == [("adopters", "warning", 7)]
