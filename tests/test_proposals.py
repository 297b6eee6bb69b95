"""Graduation and Incubation applications written as free-form proposals, not from the template:
recognised by their content (a bold or plain title, front matter, a request sentence, the level's
criteria under headings of their own), given one unknown-template warning at the top that names
what the proposal covers and lacks of the template; and the files that must stay skipped."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from applint.findings import Finding
from applint.model import Document
from applint.results.report import FileReport

GRADUATION_LINK = (
    "https://github.com/cncf/toc/blob/main/.github/ISSUE_TEMPLATE/template-graduation-application.md"
)
INCUBATION_LINK = (
    "https://github.com/cncf/toc/blob/main/.github/ISSUE_TEMPLATE/template-incubation-application.md"
)

BOLD_TITLE = """**Kelpie Graduation Proposal**

Since joining the CNCF as an incubating project in 2022, Kelpie has grown a healthy community of users
and contributors from many companies.

On behalf of the maintainers team, we believe Kelpie is ready for the graduation stage.

### Adopters

Kelpie runs in production at [Acme](https://acme.example/blog/kelpie), Globex and Initech.

### Project Governance

Kelpie's governance is written down in [GOVERNANCE.md](https://github.com/kelpie/community/blob/main/GOVERNANCE.md).

### Security

Kelpie completed a third-party audit in 2023: [report](https://github.com/kelpie/kelpie/blob/main/docs/audit-2023.pdf).
"""


def findings(report: FileReport) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in report.findings]


def unknown_template(report: FileReport) -> Finding:
    (finding,) = (f for f in report.findings if f.rule == "unknown-template")
    return finding


def test_a_bold_title_proposal_is_one_warning_at_the_top_naming_what_it_covers_and_lacks() -> None:
    report = lint_text(BOLD_TITLE)
    assert report.application and report.template is not None and report.template.startswith("graduation-")
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    finding = unknown_template(report)
    message = finding.message
    assert "does not follow the v1.6 Graduation application template" in message
    # Its own headings, each with the template's section it belongs under and its line.
    assert (
        "Its own headings cover Governance and Maintainers — governance ('Project Governance', line 12)"
        in message
    )
    assert "Security — reporting security issues ('Security', line 16)" in message
    assert "Ecosystem — adopters ('Adopters', line 8)" in message
    # A sentence about the audit: its text speaks of it at its line. "On behalf of the maintainers
    # team" (line 6) names the maintainers in passing: they are lacking, not covered.
    assert "Its text speaks of Security — a third-party security audit (line 18)." in message
    assert (
        "Governance and Maintainers — maintainers and the code of conduct"
        in message.split("Nothing in it covers", 1)[1]
    )
    assert "Nothing in it covers Application Process Principles — the General Technical Review" in message
    assert "the code of conduct" in message.split("Nothing in it covers", 1)[1]
    assert GRADUATION_LINK in message
    lacking = {item["topic"] for item in finding.details["lacking"]}
    assert {"the roadmap", "the security self-assessment", "the Governance Review"} <= lacking
    covered = {item["topic"]: (item["line"], item["heading"]) for item in finding.details["covered"]}
    assert covered["adopters"] == (8, "Adopters") and covered["governance"] == (12, "Project Governance")


def test_front_matter_and_a_request_sentence_make_an_incubation_proposal() -> None:
    text = (
        "---\ntitle: Kelpie\n---\n\n"
        "Kelpie was accepted into the CNCF Sandbox on April 27th, 2021. This doc proposes promoting Kelpie "
        "to a CNCF Incubating project.\n\n"
        "## Kelpie in the CNCF Sandbox\n\n"
        "### Community & Growth\n\nWe count 120 contributors from 30 companies.\n\n"
        "### Roadmap\n\nSee [ROADMAP.md](https://github.com/kelpie/kelpie/blob/main/ROADMAP.md).\n"
    )
    report = lint_text(text)
    assert findings(report) == [("unknown-template", "warning", 1), ("missing-field", "warning", 5)]
    message = unknown_template(report).message
    assert "v1.6 Incubation application template" in message and INCUBATION_LINK in message
    assert "Engineering Principles — the roadmap ('Roadmap', line 13)" in message


def test_a_plain_title_line_and_an_asciidoc_title_are_read_as_the_proposal_s_title() -> None:
    for title in ("Kelpie Incubation Proposal", "== Kelpie Incubation Proposal"):
        text = f"{title}\n\nKelpie is a cloud native kelp farm.\n\n## Adopters\n\nAcme, Globex and Initech run it.\n"
        report = lint_text(text)
        assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)], (
            title
        )
        assert "Incubation application template" in unknown_template(report).message


def test_a_title_of_the_project_alone_is_read_by_its_criteria_heading_and_its_topics() -> None:
    text = (
        "# Kelpie\n\nKelpie is a cloud native kelp farm.\n\n"
        "## Incubation Stage Requirements\n\n"
        "### Document that it is being used successfully in production by at least three independent end users\n\n"
        "Acme, Globex and Initech run Kelpie in production.\n\n"
        "### Have a healthy number of committers\n\nKelpie has 9 maintainers from 4 companies.\n\n"
        "## Roadmap\n\nWe plan a 1.0 release in 2027.\n"
    )
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    assert "v1.6 Incubation application template" in unknown_template(report).message


def test_the_preferred_maturity_level_beside_a_toc_sponsor_names_the_level() -> None:
    text = (
        "# Kelpie\n\n## Name of project\n\nKelpie\n\n## Preferred maturity level\n\nIncubation\n\n"
        "## Sponsor / Advisor from TOC\n\nAlice Example\n\n## Adopters\n\nAcme, Globex and Initech.\n"
    )
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    assert "v1.6 Incubation application template" in unknown_template(report).message


def test_a_release_number_and_a_wrapped_link_are_no_version_line_of_a_proposal() -> None:
    """A "v0.4.3" in a list item and "v1.3](…)" starting a line of a wrapped link's text under the
    title are a release and the old criteria's version: no template version, so the proposal is not
    held to every section of the template (no missing-section, no version-mismatch)."""
    for opening in (
        "* [v0.4.3 is the latest release](https://github.com/kelpie/kelpie/releases)\n",
        "This proposal follows the [CNCF Graduation Criteria\nv1.3](https://github.com/cncf/toc/blob/main/process/graduation_criteria.md).\n",
    ):
        text = f"# Kelpie Graduation Proposal\n\n{opening}\n## Adopters\n\nAcme, Globex and Initech run Kelpie in production.\n"
        report = lint_text(text)
        assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)], (
            opening
        )


def test_a_criterion_heading_without_a_box_asks_no_tick_of_a_proposal() -> None:
    text = (
        "**Kelpie Graduation Proposal**\n\n### CNCF Graduation Criteria\n\n"
        "**Document agreement that project will adopt CNCF Code of Conduct.**\n\n"
        "Kelpie adopted the [CNCF Code of Conduct](https://github.com/kelpie/kelpie/blob/main/CODE_OF_CONDUCT.md).\n\n"
        "### Adopters\n\nAcme, Globex and Initech run Kelpie in production.\n"
    )
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]


def test_readmes_process_notes_annual_reviews_and_sandbox_proposals_stay_skipped() -> None:
    skipped = {
        "folder README": "# Graduation Proposals\n\nProjects looking to graduate from the incubation stage can "
        "add their proposals to this directory.\n",
        "process note": "Criteria for Incubation have been moved to the [Incubation application template]"
        "(../.github/ISSUE_TEMPLATE/template-incubation-application.md).\n",
        "annual review": "# Kelpie Sandbox Annual Review\n\n## Incubation Requirements\n\n## Maintainers\n\n"
        "Alice and Bob.\n\n## Adopters\n\nAcme.\n\n## Sponsor / Advisor from TOC\n\nCarol.\n",
        "sandbox proposal": "# Kelpie CNCF Sandbox Project Proposal\n\n## Sponsor from TOC\n\nCarol\n\n"
        "## Preferred maturity level\n\nSandbox\n\n## Adopters\n\nAcme.\n",
        "changelog": "# Changelog\n\n* [v1.1.1 is the latest patch release](https://github.com/kelpie/kelpie/releases)\n\n"
        "## v1.1.0\n\n- Graduation of the storage API to stable.\n",
    }
    for name, text in skipped.items():
        report = lint_text(text)
        assert (report.application, report.findings) == (False, ()), name


def test_an_issue_body_s_title_line_run_into_its_first_paragraph_still_names_the_level() -> None:
    from applint.engine import lint_source
    from applint.readers.sources import Source

    body = "**Kelpie Incubation Proposal**\nKelpie is a cloud native kelp farm.\nIt joined the Sandbox in 2022.\n\n## Adopters\nAcme, Globex and Initech.\n"
    report = lint_source(Source("-", body.encode("utf-8"), "markdown", issue_body=True))
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    assert "v1.6 Incubation application template" in unknown_template(report).message


def test_an_intro_over_the_proposal_s_own_subsections_or_list_is_no_dangling_intro() -> None:
    text = (
        "**Kelpie Graduation Proposal**\n\n## Graduation criteria requirements\n\n"
        "Kelpie meets the graduation stage requirements in the following ways:\n\n"
        "### Have committers from at least two organizations.\n\nKelpie has maintainers from Acme, Globex and Initech.\n\n"
        "### Link to Incubation Due Diligence Document\n\n"
        "Previous material for applying to incubation:\n\n"
        "- [Due Diligence](https://docs.google.com/document/d/1abc/edit)\n"
        "- [TOC Proposal](https://github.com/cncf/toc/pull/762)\n\n"
        "## Adopters\n\nAcme, Globex and Initech run Kelpie in production.\n\n"
        "Our other adopters:\n\n## Roadmap\n\nA 2.0 release in 2027.\n"
    )
    report = lint_text(text)
    # The intro at line 22 leads into the next section's heading, not a subsection of its own: reported.
    assert findings(report) == [
        ("missing-field", "warning", 1),
        ("unknown-template", "warning", 1),
        ("dangling-intro", "warning", 22),
    ]


def test_a_heading_of_a_narrower_topic_is_not_counted_for_the_wider_one() -> None:
    text = (
        "**Kelpie Graduation Proposal**\n\n"
        "### Have completed an independent and third party security audit\n\n"
        "Done in 2024: [report](https://github.com/kelpie/kelpie/blob/main/docs/audit-2024.pdf).\n\n"
        "### Governance Review\n\nFiled as [cncf/toc#1234](https://github.com/cncf/toc/issues/1234).\n"
    )
    report = lint_text(text)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    covered = {
        item["topic"]: (item["line"], item["heading"]) for item in unknown_template(report).details["covered"]
    }
    assert covered["a third-party security audit"][0] == 3 and covered["the Governance Review"][0] == 7
    # The audit heading is no security policy, the Governance Review no governance of the project's own.
    assert "reporting security issues" not in covered and "governance" not in covered


def test_a_proposal_s_level_is_read_once_for_its_reading_and_its_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine asks whether an untitled document is a proposal, and detection which kind it is:
    one reading of the level answers both, and a titled application needs none."""
    from applint.matching import proposals

    calls: list[str] = []

    def counted(document: Document) -> proposals.ProposalLevel | None:
        calls.append(document.path)
        return read_level(document)

    read_level = proposals.proposal_level
    monkeypatch.setattr(proposals, "proposal_level", counted)
    report = lint_text(BOLD_TITLE)
    assert findings(report) == [("missing-field", "warning", 1), ("unknown-template", "warning", 1)]
    # The kind read from the level it asks for (no heading names it), the same reading.
    assert report.detection["kind"] == "graduation"
    assert len(calls) == 1
    calls.clear()
    titled = lint_text("# Kelpie Graduation Application\n\nv1.6\n")
    assert titled.application and titled.detection["kind"] == "graduation"
    assert calls == []
