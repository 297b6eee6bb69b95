"""Values read from different rows of one table, or items of one list, are about different entities
(contradictory-assertion's two-values half): two adopters' contacts in a pasted table are never one
person's two e-mail addresses, however alike the cells their keys are read from; one person given
two addresses in two places still is.

Each case edits the GTR fixture the way authors paste adopters' contacts into an answer, and
asserts every finding of the rule (rule, severity, line, column).
"""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.text_edits import apply_edits

GTR = (FIXTURES / "companions" / "gtr-incubation-draft.md").read_text(encoding="utf-8")
RULE = "contradictory-assertion"
USABILITY = "Kelpie has a CLI and a Helm chart; its users are platform engineers."


def lint(*edits: tuple[str, str]) -> list[tuple[str, str, int | None, int | None]]:
    report = lint_text(apply_edits(GTR, edits), "gtr.md")
    return [(f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule == RULE]


def test_two_adopters_rows_with_the_same_title_are_two_people() -> None:
    # No column names the person, so each row's title reads as a name ("Principal Engineer"): the
    # rows are still two adopters, not one person with two addresses.
    table = (
        USABILITY + " Adopters who agreed to be contacted:\n\n"
        "| Company | Title | Email |\n"
        "|---|---|---|\n"
        "| Acme | Principal Engineer | jane.doe@acme.example |\n"
        "| Globex | Principal Engineer | john.roe@globex.example |\n"
    )
    assert lint((USABILITY, table)) == []


def test_two_adopters_items_of_one_list_are_two_people() -> None:
    items = (
        USABILITY + " Adopters who agreed to be contacted:\n\n"
        "- Platform Architect (Acme): jane.doe@acme.example\n"
        "- Platform Architect (Globex): john.roe@globex.example\n"
    )
    assert lint((USABILITY, items)) == []


def test_one_person_given_another_address_in_another_place_is_still_found() -> None:
    # The contacts list (line 29) and a maintainers table below it: two places, one person.
    edits = (
        USABILITY,
        USABILITY + "\n\n- Ada Example: ada@kelpie.example\n- Bo Builder: bo@kelpie.example\n\n"
        "| Name | Email |\n|---|---|\n| Ada Example | ada@globex.example |\n| Bo Builder | bo@kelpie.example |\n",
    )
    assert lint(edits) == [(RULE, "info", 36, 17)]
