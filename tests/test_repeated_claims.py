"""A ranking claim an application makes again under another heading (``matching.repeated_claims``):
one duplicate-content warning at the repeat, naming the first, in the same or other words; quiet for
another ranking or figure, for a claim said twice under one heading, and in a DD document."""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES
from tests.rule_rows import Row, rule_rows
from tests.text_edits import apply_edits, evidence

INC = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")
DD = (FIXTURES / "dd" / "graduation-draft.md").read_text(encoding="utf-8")


FIRST = "Since joining the Sandbox, Examplo:\n\n* Is the 4th fastest growing project in the CNCF.\n* Gained 2,000 stars."
AGAIN = "Examplo is the 4th fastest growing CNCF project."


def rows(text: str) -> list[Row]:
    return rule_rows(text, "duplicate-content", "case.md")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_ranking_claim_made_again_under_another_heading_in_other_words() -> None:
    text = apply_edits(
        INC, ((evidence(7), f"{evidence(7)}\n\n{FIRST}"), (evidence(24), f"{evidence(24)}\n\n{AGAIN}"))
    )
    assert rows(text) == [("duplicate-content", "warning", line_of(text, AGAIN))]
    (finding,) = [f for f in lint_text(text, "case.md").findings if f.rule == "duplicate-content"]
    assert finding.column == 1
    assert finding.message == (
        f'this claim repeats line {line_of(text, "* Is the 4th")} ("Examplo is the 4th fastest growing CNCF '
        'project."); make it once, with its source, and give this criterion evidence of its own (or point to '
        "the first)"
    )


def test_another_ranking_one_heading_and_a_dd_document_stay_quiet() -> None:
    other = "Examplo is the 3rd most active CNCF project by contributors."
    another = apply_edits(
        INC, ((evidence(7), f"{evidence(7)}\n\n{FIRST}"), (evidence(24), f"{evidence(24)}\n\n{other}"))
    )
    one_heading = apply_edits(
        INC, ((evidence(7), f"{evidence(7)}\n\n{FIRST}"), (evidence(8), f"{evidence(8)}\n\n{AGAIN}"))
    )
    assert rows(another) == []
    assert rows(one_heading) == []
    paragraphs = [
        line for line in DD.split("\n\n") if len(line) > 60 and not line.startswith(("#", "-", "|"))
    ]
    first, later = paragraphs[2], paragraphs[-2]
    dd = apply_edits(DD, ((first, f"{first}\n\n{FIRST}"), (later, f"{later}\n\n{AGAIN}")))
    assert rows(dd) == rows(DD)
