"""applint triage, item by item, on application drafts written the way projects write them.

Each fixture under fixtures/triage/ is checked for every item's status and line: a test per draft
holds the whole table, so an item that drifts (a status, or the line a TOC member is sent to) fails.
"""

from __future__ import annotations

import pytest

from applint.triage.items import ITEMS, OPTIONAL, OUTSIDE, REQUIRED
from applint.triage.links import BADGE, FITS, GTR, NEAR, SELF_ASSESSMENT, is_template_link
from applint.triage.verdict import NOT_READY, READY, TriageResult, triage_path
from tests.conftest import FIXTURES, TEMPLATES, require_shared

TRIAGE = FIXTURES / "triage"


def _table(result: TriageResult) -> dict[str, tuple[str, int | None]]:
    return {r.item.id: (r.status, r.line) for r in result.results}


def test_the_table_is_the_guides_list_in_order() -> None:
    ids = [item.id for item in ITEMS]
    assert len(ids) == len(set(ids)) == 34
    areas = [item.area for item in ITEMS]
    assert list(dict.fromkeys(areas)) == [
        "adoption",
        "process",
        "governance",
        "community",
        "engineering",
        "security",
        "ecosystem",
    ]
    assert {item.need for item in ITEMS} == {REQUIRED, OPTIONAL, OUTSIDE}
    assert [item.id for item in ITEMS if item.need == OUTSIDE] == ["adoption.adopter-form"]


# Skylark: a graduation draft with the mistakes triage exists for.
NOT_READY_TABLE = {
    "adoption.adopters-link": ("weak", 149),  # linked only under Ecosystem
    "adoption.adopter-form": ("missing", None),  # not blocking: the form is outside the issue
    "process.gtr": ("weak", 35),  # "Our GTR was completed ..." with no link
    "process.governance-review": ("missing", None),  # criterion deleted, never mentioned
    "process.tag-presentation": ("weak", 29),
    "process.vendor-neutrality": ("missing", 37),  # unticked, nothing under it
    "process.expectations": ("met", 39),  # ticked
    "process.additional-docs": ("missing", 41),  # ticked, only the template comment under it
    "governance.governance-link": ("weak", 51),  # a website page, not a governance document
    "governance.governance-iteration": ("missing", None),
    "governance.maintainers-file": ("weak", 55),  # OWNERS is not a maintainers file
    "governance.maintainer-count": ("weak", 59),  # "several companies": no number
    "governance.ownership": ("missing", 61),  # ticked and empty (does not borrow the CoC's evidence)
    "governance.code-of-conduct": ("met", 65),  # the CNCF code of conduct itself
    "governance.coc-cross-link": ("weak", 69),  # said, not linked (the CoC link above does not count)
    "governance.subprojects": ("met", 73),  # "None."
    "community.change-process": ("met", 81),
    "community.channels": ("weak", 85),  # channels named, no link
    "community.meetings": ("met", 89),
    "community.contributing-file": ("met", 93),  # skylark.dev/docs/contribute/
    "community.contributor-activity": ("weak", 97),  # no figures, no efforts
    "engineering.goals": ("met", 103),
    "engineering.use-cases": ("missing", 105),  # ticked and empty (does not borrow the roadmap's link)
    "engineering.roadmap": ("met", 109),
    "engineering.architecture": ("weak", 113),
    "engineering.release-process": ("met", 117),
    "security.joint-assessment": ("missing", None),
    "security.security-policy": ("met", 125),
    "security.hardening": ("weak", 129),  # "We enforce 2FA" with no link
    "security.response-roles": ("met", 133),
    "security.self-assessment": ("weak", 137),  # in the project's own repository
    "security.best-practices-badge": ("weak", 141),  # a GitHub README link, not the badge page
    "ecosystem.adopters-file": ("met", 149),
    "ecosystem.integrations": ("met", 153),
}


def test_graduation_draft_item_by_item() -> None:
    result = triage_path(str(TRIAGE / "graduation-not-ready.md"))
    assert result.template.startswith("graduation-v1.6")
    assert _table(result) == NOT_READY_TABLE
    assert result.verdict == NOT_READY and result.exit_code == 1
    assert [r.item.id for r in result.blocking] == [
        "process.governance-review",
        "process.vendor-neutrality",
        "governance.ownership",
        "engineering.use-cases",
    ]


def test_graduation_draft_says_why() -> None:
    results = {r.item.id: r for r in triage_path(str(TRIAGE / "graduation-not-ready.md")).results}
    badge = results["security.best-practices-badge"]
    assert badge.url == "https://github.com/skylark-dev/skylark#readme"
    assert "not an OpenSSF Best Practices project page" in badge.why
    assert "outside the TOC" not in results["security.self-assessment"].why
    assert "kept outside cncf/toc" in results["security.self-assessment"].why
    assert results["adoption.adopters-link"].why.endswith("but not in the Adoption Assertion")
    assert (
        results["governance.ownership"].why
        == "the criterion is ticked at line 61, but nothing is written under it"
    )
    assert results["process.vendor-neutrality"].why == (
        "the statement at line 37 is not ticked and nothing is written under it"
    )
    assert results["governance.subprojects"].why == "the project says it does not apply (None.)"


def test_ready_incubation_application() -> None:
    result = triage_path(str(TRIAGE / "incubation-ready.md"))
    table = _table(result)
    assert result.verdict == READY and result.exit_code == 0
    not_met = {key: value for key, value in table.items() if value[0] != "met"}
    # The optional joint assessment is an empty criterion; the meeting is said, not linked.
    assert not_met == {"community.meetings": ("weak", 125), "security.joint-assessment": ("missing", 171)}
    assert table["process.gtr"] == ("met", 43)  # cncf/toc projects/driftwood/tech-review/2026-03-03.md
    assert table["security.self-assessment"] == ("met", 189)  # cncf/toc projects/…/security-assessment/
    assert table["security.best-practices-badge"] == ("met", 193)
    assert table["adoption.adopter-form"] == ("met", 31)  # "through the TOC's adopters form"
    assert table["governance.maintainer-count"] == ("met", 85)  # "nine active maintainers"
    assert table["community.contributor-activity"] == ("met", 133)
    # The template's own links (the GTR questionnaire, the vendor-neutrality page) are never evidence.
    urls = {r.url for r in result.results}
    assert not any(is_template_link(url) for url in urls if url)


def test_prose_draft_without_criteria_is_read_by_area() -> None:
    """Statements rewritten as prose: each item is looked for, line by line, in its area."""
    table = _table(triage_path(str(TRIAGE / "incubation-prose.md")))
    assert {key: value for key, value in table.items() if value[0] != "missing"} == {
        "adoption.adopters-link": ("weak", 7),  # "our adopters file is kept in the main repository"
        "process.gtr": ("met", 12),
        "process.tag-presentation": ("met", 11),
        "process.vendor-neutrality": ("met", 13),  # asserted in words
        "governance.governance-link": ("met", 17),
        "governance.maintainers-file": ("met", 18),
        "governance.maintainer-count": ("met", 18),  # the second line of the paragraph
        "governance.code-of-conduct": ("weak", 19),  # named, not linked
        "community.change-process": ("met", 23),
        "community.channels": ("weak", 24),  # Slack named on a line with no link
        "community.meetings": ("weak", 24),  # the CONTRIBUTING link of line 23 is not theirs
        "community.contributing-file": ("met", 23),
        "engineering.roadmap": ("met", 28),
        "security.security-policy": ("met", 32),
        "security.best-practices-badge": ("met", 33),  # the older bestpractices.coreinfrastructure.org
        "ecosystem.integrations": ("weak", 37),
    }


@pytest.mark.parametrize(
    ("shape", "url", "expected"),
    [
        (BADGE, "https://www.bestpractices.dev/projects/5376", FITS),
        (BADGE, "https://www.bestpractices.dev/en/projects/5376", FITS),
        (BADGE, "https://bestpractices.coreinfrastructure.org/projects/1523?criteria_level=2", FITS),
        (BADGE, "https://github.com/org/repo#readme", None),
        (BADGE, "https://www.bestpractices.dev/en/projects", None),
        (GTR, "https://github.com/cncf/toc/blob/main/projects/kubevirt/tech-review/2025-01-28.md", FITS),
        (GTR, "https://github.com/cncf/toc/tree/main/projects/kubevirt/tech-review/", FITS),
        (GTR, "https://github.com/kubevirt/community/blob/main/docs/gtr.md", NEAR),
        (GTR, "https://github.com/kubevirt/community/blob/main/general-technical-review.md", NEAR),
        (GTR, "https://github.com/cncf/toc/pull/1162", None),
        (
            SELF_ASSESSMENT,
            "https://github.com/cncf/toc/blob/main/projects/x/security-assessment/self-assessment.md",
            FITS,
        ),
        (
            SELF_ASSESSMENT,
            "https://github.com/cncf/tag-security/blob/main/community/assessments/projects/x/self-assessment.md",
            FITS,
        ),
        (SELF_ASSESSMENT, "https://github.com/x/x/blob/main/SELF_ASSESSMENT.md", NEAR),
    ],
)
def test_link_shapes(shape: object, url: str, expected: str | None) -> None:
    assert shape.of(url) == expected  # type: ignore[attr-defined]


def test_every_link_of_every_template_is_known_as_the_templates() -> None:
    """The templates' own links (kept by applicants with the criterion's wording) are never evidence."""
    require_shared()
    import re

    found = set()
    for path in TEMPLATES.glob("*.md"):
        found.update(re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8")))
    assert found, "no links in the reference templates"
    assert sorted(url for url in found if not is_template_link(url)) == []
