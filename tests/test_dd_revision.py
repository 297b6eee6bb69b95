"""A TOC due-diligence document written from an older revision of the DD template than the one
current at the date it states is told, once at that date and at info, the criteria the current
revision adds that it does not have (the GTR, the Governance Review); a DD stating no date, or
dated before any newer revision, is a record of the criteria it was written against and is told
nothing."""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.rule_rows import rule_rows

_PATH = "examplo-incubation-dd.md"
_TITLE = "# Examplo Incubation Due Diligence\n"


def _older_dd() -> str:
    """The complete incubation DD as written from the template of October 2025: the old TAG
    engagement criterion in place of 2026's GTR and Governance Review, no Governance Review with
    the Project Reviews subproject."""
    text = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
    start = text.index("### Suggested\n\n- [x] **Engage with domain-specific")
    end = text.index("- [x] **All project metadata")
    text = (
        text[:start]
        + "### Required\n\n- [x] **Engage with the domain specific TAG(s) to increase awareness through a "
        "presentation or completing a General Technical Review.**\n\nExamplo presented its architecture "
        "to TAG Runtime on 12-FEB-2025.\n\n" + text[end:]
    )
    criterion = text.index("- [x] **Complete a Governance Review with the Project Reviews subproject**")
    evidence_end = text.index("\n\n", text.index("\n\n", criterion) + 2) + 2
    return text[:criterion] + text[evidence_end:]


OLDER = _older_dd()


def _dated(line: str) -> str:
    return OLDER.replace(_TITLE, f"{_TITLE}\n{line}\n", 1)


def test_a_dd_dated_after_the_newer_revision_is_told_its_added_criteria() -> None:
    text = _dated("Date: 2026-07-02")
    assert rule_rows(text, "outdated-template", _PATH) == [("outdated-template", "info", 3)]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "outdated-template"]
    assert finding.message.startswith(
        "this due diligence follows the TOC's DD template of 2025-10-21 (dd-incubation-2025-10-21-4717f40e), "
        "but the one current at its date (2026-07-02) is that of 2026-06-29 (dd-incubation-2026-06-29), "
        "which adds 4 criteria it does not have: 'Engage with domain-specific TAG(s) to present the "
        "technical…', 'Complete a General Technical Review (GTR).', 'Complete a Governance Review.' and "
        "'Complete a Governance Review with the Project Reviews subproject'; add them with your "
        "assessment, or say in the summary that the project is assessed against the criteria of its "
        "application's date"
    )


def test_the_date_may_be_a_last_updated_line_or_the_front_matters() -> None:
    """ "Last updated: May 2026" is the 1st of May: the April revision is current, and it adds the
    GTR and the Governance Review (not yet the subproject's review, added again in June)."""
    text = _dated("Reviewer: Jane Doe\nLast updated: May 2026")
    assert rule_rows(text, "outdated-template", _PATH) == [("outdated-template", "info", 4)]
    (finding,) = [f for f in lint_text(text, _PATH).findings if f.rule == "outdated-template"]
    assert "that of 2026-04-16 (dd-incubation-2026-04-16), which adds 3 criteria" in finding.message
    front = f"---\ntitle: Examplo Incubation Due Diligence\ndate: 2026-07-02\n---\n{OLDER}"
    assert rule_rows(front, "outdated-template", _PATH) == [("outdated-template", "info", 1)]


def test_a_dd_stating_no_date_or_dated_before_the_change_is_told_nothing() -> None:
    assert rule_rows(OLDER, "outdated-template", _PATH) == []
    assert rule_rows(_dated("Date: 2025-11-03"), "outdated-template", _PATH) == []
    # a date in the text that is not the document's ("presented on 12-FEB-2026") is no date of it
    assert rule_rows(_dated("Examplo presented on 20-FEB-2026."), "outdated-template", _PATH) == []


def test_a_dd_on_the_current_template_is_told_nothing_whatever_its_date() -> None:
    text = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
    dated = text.replace(_TITLE, f"{_TITLE}\nDate: 2026-07-02\n", 1)
    assert rule_rows(dated, "outdated-template", _PATH) == []
