"""Addresses whose text shows they cannot work (broken-link): letters glued before the scheme, the
scheme written twice, a second address run into the first, a second ``](address)`` pasted into a
link's address. Each case asserts rule, severity and line of every finding, and the places that
must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from applint.engine import lint_path, lint_text
from applint.text.links import address_shape_problem
from tests.conftest import FIXTURES
from tests.docx_builder import DocxBuilder

SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
# The self-assessment fixture ends at line 46; an appendix written after it starts at line 48.
FIRST = SSA.count("\n") + 2


def broken(appendix: str) -> list[tuple[str, str, int | None]]:
    report = lint_text(SSA + "\n" + appendix, "self-assessment.md")
    return [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == "broken-link"]


def messages(appendix: str) -> list[str]:
    report = lint_text(SSA + "\n" + appendix, "self-assessment.md")
    return [f.message for f in report.findings if f.rule == "broken-link"]


def test_a_letter_glued_before_the_scheme_is_reported_at_its_link() -> None:
    appendix = (
        "## Appendix\n\n"
        "* **Known Issues Over Time:** past vulnerabilities are in the advisories of each repository "
        "(e.g. [kelpie](https://github.com/kelpie/kelpie/security/advisories)) or with [NIST CVE search]"
        "(ihttps://nvd.nist.gov/vuln/search#/nvd/home?keyword=kelpie&resultType=records).\n"
    )
    assert broken(appendix) == [("broken-link", "error", FIRST + 2)]
    assert (
        "'i' is glued before 'https://' ('ihttps://nvd.nist.gov/vuln/search#/nvd/…'), so it is no web address; delete 'i'"
        in messages(appendix)[0]
    )


def test_a_second_address_pasted_into_a_wrapped_links_address_is_reported_on_its_line() -> None:
    appendix = (
        "## Appendix\n\n"
        "Case studies are curated on [our website](https://kelpie.dev/showcase/) and [by the\n"
        "CNCF](https://www.cncf.io/projects/kelpie/](https://www.cncf.io/projects/kelpie/). They detail\n"
        "adoption journeys.\n"
    )
    assert broken(appendix) == [("broken-link", "error", FIRST + 3)]
    assert "a second '](address)' is pasted into its address" in messages(appendix)[0]


def test_two_addresses_run_together_and_a_doubled_scheme_are_reported() -> None:
    appendix = (
        "## Appendix\n\n"
        "- Maintainers are added per the [governance policy](https://github.com/kelpie/kelpie/blob/main/"
        "MAINTAINERS.mdhttps://github.com/kelpie/kelpie)\n"
        "- Our [roadmap](https://https://kelpie.dev/roadmap) is public.\n"
    )
    assert broken(appendix) == [("broken-link", "error", FIRST + 2), ("broken-link", "error", FIRST + 3)]


def test_addresses_that_carry_another_address_on_purpose_stay_quiet() -> None:
    appendix = (
        "## Appendix\n\n"
        "- The old site is [archived](https://web.archive.org/web/2020/https://kelpie.dev/).\n"
        "- Install with `pip install git+https://github.com/kelpie/kelpie` or see [the fork]"
        "(git+https://github.com/kelpie/kelpie).\n"
        "- [Sign in](https://kelpie.dev/login?next=https://kelpie.dev/docs) to the [docs](https://kelpie.dev/docs)"
        "[and API](https://kelpie.dev/api).\n"
        "- [![badge](https://img.shields.io/badge/kelpie.svg)](https://kelpie.dev/badge) and "
        "[NVD](https://nvd.nist.gov/vuln/search#/nvd/home?keyword=kelpie).\n"
    )
    assert broken(appendix) == []


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("https://kelpie.dev", ""),
        ("http://kelpie.dev/a#b", ""),
        ("ihttps://kelpie.dev", "'i' is glued"),
        ("Xhttp://kelpie.dev", "'X' is glued"),
        ("linkhttps://kelpie.dev", ""),  # four letters: a word, not a slip
        ("git+https://github.com/k/k", ""),
        ("view-source:https://kelpie.dev", ""),
        ("ftp://kelpie.dev", ""),
        ("mailto:security@kelpie.dev", ""),
        ("./docs/a.md", ""),
        ("HTTPS://HTTPS://kelpie.dev", "starts with its scheme twice"),
        ("https://http://kelpie.dev", "starts with its scheme twice"),
        ("https://kelpie.dev/a.mdhttps://kelpie.dev", "a second address is run into it"),
        ("https://kelpie.dev/a/https://kelpie.dev", ""),
        ("https://kelpie.dev/?u=https://kelpie.dev", ""),
        ("https://kelpie.dev/r%3Ahttps://kelpie.dev", ""),
    ],
)
def test_address_shape_problem(address: str, problem: str) -> None:
    found = address_shape_problem(address)
    assert (problem in found and bool(found)) if problem else found == ""


def test_a_docx_hyperlink_with_a_letter_glued_before_its_scheme_is_reported_at_its_paragraph(
    tmp_path: Path,
) -> None:
    docx = (
        DocxBuilder()
        .heading("Kelpie Incubation Application", 1)
        .paragraph("v1.6")
        .hyperlink(
            "Governance: ", "governance", "https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md"
        )
        .hyperlink("Vulnerabilities: ", "NIST CVE search", "ihttps://nvd.nist.gov/vuln/search?keyword=kelpie")
        .hyperlink("Archive: ", "old site", "https://web.archive.org/web/2020/https://kelpie.dev/")
    )
    report = lint_path(str(docx.save(tmp_path / "app.docx")))
    assert [(f.rule, f.severity.label, f.paragraph) for f in report.findings if f.rule == "broken-link"] == [
        ("broken-link", "error", 4)
    ]
