"""Criterion matching on hand-reworded criteria: precision and recall, measured.

Every criterion statement of a complete graduation application is replaced by a rewording an
applicant might write (fixtures/matching). A match is correct when the block holding variant X
is matched to criterion X. The numbers are printed (pytest -s) and bounded below.
"""

from __future__ import annotations

import json
import re

from applint.matching.detection import select_template
from applint.matching.mapping import map_document
from applint.readers.markdown import read_markdown
from applint.templates.catalog import find_template
from tests.conftest import FIXTURES

VARIANTS = json.loads((FIXTURES / "matching" / "graduation-v1.6-reworded.json").read_text(encoding="utf-8"))
STATEMENT = re.compile(r"^(\s*-\s*\[[ xX]\]\s*|\[[ xX]\]\s*)(.*)$")


def _reworded_document(bold: bool) -> tuple[str, dict[int, str]]:
    """The complete fixture with each criterion line replaced by its variant; line -> criterion id."""
    template = find_template(VARIANTS["template"])
    lines = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8").split("\n")
    document = read_markdown("\n".join(lines))
    mapping = map_document(template, document)
    expected: dict[int, str] = {}
    for criterion in template.criteria:
        block = mapping.block_of(criterion, document)
        assert block is not None, criterion.id  # the untouched fixture matches every criterion
        match = STATEMENT.match(lines[block.line - 1])
        assert match, lines[block.line - 1]
        variant = VARIANTS["variants"][criterion.id]
        lines[block.line - 1] = match.group(1) + (f"**{variant}**" if bold else variant)
        expected[block.line] = criterion.id
    return "\n".join(lines), expected


def measure(bold: bool) -> tuple[float, float, list[str]]:
    text, expected = _reworded_document(bold)
    document = read_markdown(text)
    template = select_template(document).template
    assert template.id == VARIANTS["template"]
    mapping = map_document(template, document)
    correct, wrong = 0, []
    for criterion_id, index in mapping.criteria.items():
        line = document.blocks[index].line
        if expected.get(line) == criterion_id:
            correct += 1
        else:
            wrong.append(f"{criterion_id} -> line {line} ({expected.get(line)})")
    precision = correct / len(mapping.criteria) if mapping.criteria else 0.0
    recall = correct / len(expected)
    return precision, recall, wrong


def test_every_criterion_has_a_variant() -> None:
    template = find_template(VARIANTS["template"])
    assert sorted(VARIANTS["variants"]) == sorted(c.id for c in template.criteria)


def test_reworded_bold_criteria_precision_and_recall() -> None:
    precision, recall, wrong = measure(bold=True)
    print(f"\nreworded, bold: precision {precision:.3f}, recall {recall:.3f}; wrong: {wrong}")
    assert precision == 1.0, wrong
    assert recall >= 0.9


def test_reworded_plain_criteria_precision_and_recall() -> None:
    precision, recall, wrong = measure(bold=False)
    print(f"\nreworded, no bold: precision {precision:.3f}, recall {recall:.3f}; wrong: {wrong}")
    assert precision == 1.0, wrong
    assert recall >= 0.9


def _trim(text: str) -> str:
    """The first half of the words (at least three): a trailing clause dropped."""
    words = text.split()
    return " ".join(words[: max(3, (len(words) + 1) // 2)])


def test_trimmed_criteria_never_match_the_wrong_criterion() -> None:
    original = dict(VARIANTS["variants"])
    try:
        VARIANTS["variants"] = {key: _trim(value) for key, value in original.items()}
        precision, recall, wrong = measure(bold=True)
    finally:
        VARIANTS["variants"] = original
    print(f"\ntrimmed to half, bold: precision {precision:.3f}, recall {recall:.3f}; wrong: {wrong}")
    assert precision == 1.0, wrong
    assert recall >= 0.75
