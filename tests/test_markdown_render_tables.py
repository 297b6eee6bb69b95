"""Markdown tables and lines GitHub shows as text: a table whose rows ran together on one line, rows
with no separator row or one of the wrong width, a link whose text opens with a heading's marks,
a bullet with a stray character before its marker, and a flag whose hyphens became a dash. Every
case asserts each finding (rule, severity, line, column) and the places that stay quiet, in an
application and in companions."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.test_markdown_render import SELF_ASSESSMENT, ours
from tests.test_markdown_slips import GTR, after_evidence


def test_a_table_whose_rows_ran_together_on_one_line_is_one_warning() -> None:
    text = SELF_ASSESSMENT + (
        "|||| | \\-- | \\-- | | Assessment Stage | Incomplete | | Software | "
        "[https://github.com/kelpie-io/kelpie](https://github.com/kelpie-io/kelpie) | | Languages | Go |\n\n"
        "### Security links\n\n"
        "| | | | --- | --- | | Security file | [SECURITY.md](https://github.com/kelpie-io/kelpie/blob/main/SECURITY.md) |\n\n"
        "| Document | URL |\n| --- | --- |\n| Security file | SECURITY.md |\n"
    )
    # the second collapsed table is the same slip again: folded into the first
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 5, None)]


def test_table_rows_with_no_separator_row_are_a_warning_at_the_first_row() -> None:
    text = SELF_ASSESSMENT + (
        "The metadata of the project:\n"
        "| Assessment Stage | Complete |\n"
        "| Software | https://github.com/kelpie-io/kelpie |\n"
        "| Security Provider | No |\n"
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 6, None)]


def test_a_separator_row_of_the_wrong_width_is_a_warning_at_the_header() -> None:
    written = (
        "| Adopter | Industry | Since |\n"
        "| --- | --- |\n"
        "| Examplo Bank | Finance | 2023 |\n"
        "| Examplo Air | Travel | 2024 |"
    )
    assert after_evidence(written) == [("malformed-markdown", "warning", 95, None)]


@pytest.mark.parametrize(
    "written",
    [
        # GitHub renders these, though the parser's stricter rules do not
        "| Adopter | Industry |\n| --- | --- |\n| Examplo Bank | Finance | 2023 |\n| Examplo Air | Travel |",
        " **Project** | **Datapath** | **Windows**\n| --- |:---:| ---: |\n| Kelpie | OVS | Yes |",
        "Action | Actors | Description |\n| :--- | :--- | :--- |\n| Routing | Envoy | Routes requests\n| Logging | Watt | Logs |",
        "| Document | URL\n|---|---\n| SECURITY.md | https://github.com/kelpie-io/kelpie/blob/main/SECURITY.md|",
        # a well-formed table, and a body row the parser cut off from it
        "| Adopter | Industry |\n|---|---|\n| Examplo Bank | Finance\n| Examplo Air | Travel |",
        # one row of pipes, and pipes in prose
        "| Note | the table above lists the adopters interviewed |",
        "Channels: Slack | mailing list | community meeting | office hours",
        # a thematic break and a setext heading are not separator rows
        "Adopters\n---",
    ],
)
def test_tables_github_renders_and_pipes_in_prose_stay_quiet(written: str) -> None:
    assert after_evidence(written) == []


def test_link_texts_opening_with_heading_marks_are_one_warning() -> None:
    text = GTR + (
        "- **LFX Insights:** signals cited in [## Contributors and Community](#contributors-and-community).\n"
        "- **Security:** reviewed in-thread (see [## Security](#security)).\n"
        "- **Adopters:** see [#### Adoption](#adoption) and [ADOPTERS.md](https://github.com/kelpie-io/kelpie).\n"
        "- **Issue:** tracked in [#123](https://github.com/kelpie-io/kelpie/issues/123) and [#hashtag](#hashtag).\n"
        "\n### Contributors and Community\n\n### Security\n\n### Adoption\n\n### Hashtag\n"
    )
    assert ours(text, "gtr.md") == [("malformed-markdown", "warning", 7, 38)]


def test_a_stray_character_before_a_bullets_marker_is_a_warning_at_it() -> None:
    text = SELF_ASSESSMENT + (
        "*   **Security Audit Summary:** In 2020 a third-party audit found 13 issues.\n"
        "[*   **Known Issues Over Time:** past advisories are on GitHub.\n"
        "*   **Case Studies:** Examplo Bank runs Kelpie.\n"
        "    [see the list](https://kelpie.example.org/adopters)\n"  # a wrapped line: the item's own
        "* Related projects:\n"
        "(and the operator) are listed on the website.\n"  # an unindented wrapped line, no marker
    )
    assert ours(text, "self-assessment.md") == [("malformed-markdown", "warning", 6, 1)]


def test_flags_whose_hyphens_an_editor_turned_into_dashes_are_one_warning() -> None:
    text = SELF_ASSESSMENT + (
        "Passing identity to managed clusters could leak it, so we provide flags including "
        "`—authentication-with-user` and `—authentication-default-user` to filter it.\n\n"
        "The `–allow-resource-types` flag allows only particular types of resources.\n\n"
        "Use `--allow-cross-namespace-resource` to forbid delivery across namespaces; "
        "`— not a flag`, `—`, and a dash in prose — like this — stay as written.\n"
    )
    found = [f for f in lint_text(text, "self-assessment.md").findings if f.rule == "malformed-markdown"]
    assert [(f.rule, f.severity.label, f.line, f.column) for f in found] == [
        ("malformed-markdown", "warning", 5, 84)
    ]
    assert (
        "write '--authentication-with-user' (also at line 7; the same again on this line)" in found[0].message
    )
