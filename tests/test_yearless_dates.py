"""A date the template asks for written without a year: the DD template's "Met during Project's
application on DD-MMM-YYYY" filled as "Jan. 16th", the level assertion's "accepted on YYYYMMDD" as
"March 3rd", an Adopter block's "MONTH YEAR" as "March". One warning (placeholder) at the date;
quiet where the field gives a year anywhere, for recurring dates and for dates the template does not
ask for.

Each test edits a clean document in place (same lines) and asserts every finding it adds and that it
removes none, so the places that must stay quiet are asserted too.
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import Found, apply_edits, findings_added, findings_of

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
GRAD = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "graduation-draft.md").read_text(encoding="utf-8")


def found(text: str) -> Found:
    return findings_of(text, "case.md")


def added(base: str, *edits: tuple[str, str]) -> Found:
    """The findings the edits add; asserts they remove none."""
    return findings_added(base, edits)


def place(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return text[:start].count("\n") + 1, start - text.rfind("\n", 0, start)


MET_DURING = "Met during Project's application on 08-JAN-2026."


def test_the_dd_meeting_date_without_a_year() -> None:
    for written in ("Jan. 16th", "16 January", "the 16th of January"):
        text = apply_edits(DD, [(MET_DURING, f"Met during Project's application on {written}.")])
        line, column = place(text, written.removeprefix("the "))
        assert added(DD, (MET_DURING, f"Met during Project's application on {written}.")) == {
            ("placeholder", "warning", line, column)
        }
    message = next(
        f.message
        for f in lint_text(
            apply_edits(DD, [(MET_DURING, "Met during Project's application on Jan. 16th.")]), "dd.md"
        ).findings
        if f.rule == "placeholder" and f.severity.label == "warning"
    )
    assert message == (
        'the date "Jan. 16th" has no year, so a reader of the due diligence cannot place it; write it '
        "with its year, as the template's DD-MMM-YYYY asks (e.g. 16-JAN-2026)"
    )


def test_a_year_anywhere_in_the_field_places_the_date() -> None:
    for written in (
        "Met during Project's application on Jan. 16th, 2026.",
        "Met during Project's application on 16 January (the 2026 kick-off call).",
        "Met during Project's application on 16-JAN-2026.",
    ):
        assert added(DD, (MET_DURING, written)) == set()


def test_an_adopter_interview_month_without_a_year() -> None:
    edit = ("Interviewed January 2026.", "Interviewed in January.")
    text = apply_edits(DD, [edit])
    line, column = place(text, "January.")
    assert added(DD, edit) == {("placeholder", "warning", line, column)}
    assert added(DD, ("Interviewed January 2026.", "Interviewed every January.")) == set()


def test_the_application_asks_month_and_year_and_the_acceptance_date() -> None:
    adopter = "Acme Corp runs Examplo in production since the spring of 2024 across 3 regions."
    text = apply_edits(GRAD, [(adopter, f"March\n\n{adopter}")])
    line, column = place(text, "March\n")
    edits = found(text) - found(GRAD)
    assert edits == {("placeholder", "warning", line, column)}
    accepted = "accepted on 20230115,"
    assert added(INC, (accepted, "accepted on March 3rd,")) == {
        (
            "placeholder",
            "warning",
            *place(apply_edits(INC, [(accepted, "accepted on March 3rd,")]), "March 3rd"),
        )
    }


def test_dates_the_template_does_not_ask_for_stay_quiet() -> None:
    evidence = (
        "Evidence 18: see [our document 18](https://github.com/examplo/community/blob/main/doc18.md), "
        "reviewed by the maintainers in meeting number 18."
    )
    prose = (
        "Community meetings are held every Tuesday and on the 3rd Thursday of each month; the last "
        "release went out on March 3rd and the next one is due in June."
    )
    assert added(INC, (evidence, f"{evidence} {prose}")) == set()


def test_a_reworded_field_is_found_by_the_words_before_its_date() -> None:
    tag = "This occurred on 08-JAN-2026 and can be discovered at"
    reworded = "The TAG presentation occurred on the 8th of January and can be discovered at"
    text = apply_edits(DD, [(tag, reworded)])
    assert added(DD, (tag, reworded)) == {("placeholder", "warning", *place(text, "8th of January"))}
