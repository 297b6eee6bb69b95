"""A count of maintainers (or adopters, committers, reviewers) stated under one question against the
document's one list of them under another (``matching.counted_sets``): one contradiction at the
count, naming the list's lines; quiet where the list agrees, is one of two, names part of the set,
or is a selection shorter than the count."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING
from tests.conftest import FIXTURES
from tests.rule_rows import Row, rule_rows
from tests.text_edits import apply_edits, evidence

GTR = (
    "# General Technical Review - Kestrel / Incubation\n"
    + GTR_OPENING
    + """  The roadmap is a GitHub project board that the maintainers review every month with the community.

## Day 2 - Day-to-Day Operations Phase

### Security Hygiene

- How is the project executing access control?

  - Branch protection requires one approving review and passing CI on every pull request
  - {count}
  - Write access is granted through GitHub team membership only

### Cloud Native Threat Modeling

- How does the project ensure its security reporting and response team is representative of its community diversity?

  {lead}

{entries}
"""
)

BY_COMPANY = """  - Examplo (jdoe)
  - Fabrikam (asmith, pkumar)
  - Independent contributors (mlopez, tnguyen, rbauer)
"""


def rows(text: str) -> list[Row]:
    return rule_rows(text, "contradictory-assertion")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_team_counted_in_parentheses_against_its_list_grouped_by_company() -> None:
    count = "Maintainer team (5 members) with documented roles and responsibilities"
    text = GTR.format(count=count, lead="The maintainer team includes contributors from:", entries=BY_COMPANY)
    assert rows(text) == [("contradictory-assertion", "warning", line_of(text, count))]
    finding = next(f for f in lint_text(text, "-").findings if f.rule == "contradictory-assertion")
    first, last = line_of(text, "- Examplo (jdoe)"), line_of(text, "- Independent contributors")
    assert finding.column == 5
    assert finding.message == (
        f'"Maintainer team (5 members)" is stated here but the list of maintainers at lines {first}-{last} '
        "names 6; correct the count or the list so they agree"
    )


def test_a_count_of_maintainers_against_a_table_under_its_own_heading() -> None:
    count = "The project has 4 maintainers from 3 companies, all with write access."
    entries = """### Maintainers

| Name | GitHub | Affiliation |
| --- | --- | --- |
| Jane Doe | @jdoe | Examplo |
| Arun Smith | @asmith | Fabrikam |
| Maria Lopez | @mlopez | Independent |
"""
    text = GTR.format(count=count, lead="See the table below.", entries=entries)
    assert rows(text) == [("contradictory-assertion", "warning", line_of(text, count))]
    table = line_of(text, "| Name |")
    finding = next(f for f in lint_text(text, "-").findings if f.rule == "contradictory-assertion")
    assert f"the table of maintainers at lines {table}-{table + 4} names 3" in finding.message


def test_lists_that_agree_are_two_name_part_of_the_set_or_are_a_selection_stay_quiet() -> None:
    agreeing = GTR.format(
        count="Maintainer team (6 members) with documented roles",
        lead="The maintainer team includes contributors from:",
        entries=BY_COMPANY,
    )
    part = GTR.format(
        count="Maintainer team (9 members) with documented roles",
        lead="Maintainers with access to the security advisories:",
        entries=BY_COMPANY,
    )
    selection = GTR.format(
        count="The project has 9 maintainers today.",
        lead="The maintainers include:",
        entries="  - Jane Doe\n  - Arun Smith\n  - Maria Lopez\n",
    )
    two_lists = (
        GTR.format(
            count="The project has 9 maintainers today.",
            lead="Our maintainers:",
            entries="  - Jane Doe\n  - Arun Smith\n  - Maria Lopez\n",
        )
        + "\n### Maintainers\n\n- Jane Doe\n- Arun Smith\n"
    )
    named_with_affiliation = GTR.format(
        count="Maintainer team (3 members) with documented roles",
        lead="Our maintainers are:",
        entries="  - Jane Doe (Examplo, Berlin)\n  - Arun Smith (Fabrikam)\n  - Maria Lopez (Independent)\n",
    )
    onboarded = GTR.format(
        count="Maintainer team (9 members) with documented roles",
        lead="Examples of maintainers being onboarded last year:",
        entries=BY_COMPANY,
    )
    assert rows(agreeing) == []
    assert rows(onboarded) == []
    assert rows(part) == []
    assert rows(selection) == []
    assert rows(two_lists) == []
    assert rows(named_with_affiliation) == []


def test_a_longer_list_contradicts_a_count_even_after_a_selection() -> None:
    count = "The project has 2 maintainers today."
    text = GTR.format(
        count=count,
        lead="The maintainers include:",
        entries="  - Jane Doe\n  - Arun Smith\n  - Maria Lopez\n",
    )
    assert rows(text) == [("contradictory-assertion", "warning", line_of(text, count))]


def test_adopters_counted_in_an_application_against_its_list_of_adopters() -> None:
    base = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
    line = evidence(18)
    count = "Examplo has three adopters running it in production today."
    listed = "Our adopters:\n\n- Contoso\n- Northwind Traders\n- Fabrikam\n- Tailspin Toys\n"
    text = apply_edits(base, ((line, f"{line} {count}\n\n{listed}"),))
    assert rows(text) == [("contradictory-assertion", "warning", line_of(text, count))]
    agreeing = apply_edits(base, ((line, f"{line} {count.replace('three', 'four')}\n\n{listed}"),))
    assert rows(agreeing) == []


def test_entries_naming_several_people_count_no_one_thing() -> None:
    by_repository = (
        "  - kestrel-core: jdoe, asmith\n  - kestrel-cli: mlopez and tnguyen\n  - kestrel-operator: rbauer\n"
        "  - kestrel-docs: jdoe\n"
    )
    fewer = GTR.format(
        count="The project has 3 maintainers today.", lead="Our maintainers:", entries=by_repository
    )
    more = GTR.format(
        count="The project has 6 maintainers today.", lead="Our maintainers:", entries=by_repository
    )
    assert rows(fewer) == []
    assert rows(more) == []
