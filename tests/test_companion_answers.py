"""Non-answers left in a companion document's fields, tables and answers: a field still holding
an older template's description, a metadata table collapsed into one paragraph, empty table rows,
bare N/A where the template asks for a reason, a self-assessment link answered with something
else, the template's prompts kept as lead-ins of the answers."""

from __future__ import annotations

from applint.engine import lint_text
from tests.rule_rows import Row, rule_rows


def findings(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule)


def messages(text: str, rule: str) -> dict[int | None, str]:
    return {f.line: f.message for f in lint_text(text).findings if f.rule == rule}


SSA_HEAD = """# Kestrel Security Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kestrel/kestrel/releases |

### Security links

| Doc | url |
| -- | -- |
| Security file | https://github.com/kestrel/kestrel/blob/main/SECURITY.md |

## Overview

Kestrel schedules batch jobs.
"""


def test_a_field_still_holding_an_older_templates_description() -> None:
    # The 2023 outline wrote "languages the project is written in"; the current one "Language(s) …".
    older = SSA_HEAD.replace("| Go |", "| languages the project is written in |")
    assert findings(older, "unfilled-field") == [("unfilled-field", "warning", 10)]
    assert messages(older, "unfilled-field")[10] == (
        "'Languages' still holds the template's description ('Language(s) the project is written in.'): "
        "write the project's own value"
    )
    # A value that only starts like the description is the project's.
    own = SSA_HEAD.replace("| Go |", "| Go; languages of the plugins vary |")
    assert findings(own, "unfilled-field") == []


def test_fields_of_a_metadata_table_collapsed_into_one_paragraph() -> None:
    collapsed = SSA_HEAD.replace(
        """| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kestrel/kestrel/releases |""",
        "|||| | \\-- | \\-- | | Assessment Stage | Incomplete | | Software | https://github.com/kestrel/kestrel |"
        " | | Security Provider | No | | Languages | Language(s) the project is written in. | | SBOM | "
        "https://github.com/kestrel/kestrel/releases |",
    )
    # The stage and the template's description are read from the one line the table became.
    rows = findings(collapsed, "unfilled-field")
    assert rows == [("unfilled-field", "warning", 5), ("unfilled-field", "warning", 5)]
    said = [f.message for f in lint_text(collapsed).findings if f.rule == "unfilled-field"]
    assert said[0].startswith("'Assessment Stage' says 'Incomplete': write the sections still left")
    assert said[1].startswith("'Languages' still holds the template's description")
    # A paragraph with a pipe or two is prose, not a table.
    prose = SSA_HEAD.replace("Kestrel schedules batch jobs.", "Kestrel | schedules | Languages | batch jobs.")
    assert findings(prose, "unfilled-field") == []


def test_empty_rows_below_a_tables_header() -> None:
    text = SSA_HEAD.replace(
        "| SBOM | https://github.com/kestrel/kestrel/releases |",
        "| SBOM | https://github.com/kestrel/kestrel/releases |\n| | |",
    ) + (
        "\n### Actors\n\n|   |     |\n| -- | -- |\n| Operators | Run the scheduler |\n|  |  |\n"
        "| Users | Submit jobs |\n| | |\n"
    )
    assert findings(text, "unfilled-field") == [("unfilled-field", "info", 12), ("unfilled-field", "info", 29)]
    said = messages(text, "unfilled-field")
    assert said[12] == "this table has an empty row, shown as a blank row: fill it in or delete it"
    assert said[29] == "this table has an empty row (also line 31), shown as a blank row: fill it in or delete it"
    # The empty header rows (the template's own "|||") are no finding.
    assert findings(SSA_HEAD, "unfilled-field") == []
