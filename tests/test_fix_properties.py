"""Property: whatever Markdown `fix` is given (the labelled corpus, the bundled applications and
../shared/examples, each damaged by deleting lines at random), every line the author wrote
survives byte for byte and in order; the only lines that may go are template guidance comments,
the only rewrite is `$PROJECT` filled in; and a second run changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applint.fixing.fix import plan_fix
from applint.fixing.run import Rewrite
from applint.fixing.writer import TextFile
from tests.conftest import EXAMPLES, FIXTURES, shared_files
from tests.fixing_checks import is_guidance_comment_line, lines_of, project_filled, unkept_lines

DOCUMENTS = sorted(FIXTURES.rglob("*.md")) + shared_files(EXAMPLES, "*.md")
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in DOCUMENTS}


def fixed(text: str) -> tuple[str, int]:
    """What `applint fix` writes for a text (all its passes), and how many edits it lists."""
    rewrite = Rewrite(TextFile(text), plan_fix, "draft.md")
    return rewrite.after, len(rewrite.messages)


def check_guarantees(original: str) -> None:
    result, _ = fixed(original)
    gone = unkept_lines(lines_of(original), lines_of(result), project_filled, is_guidance_comment_line)
    assert all(is_guidance_comment_line(line) for _, line in gone), gone
    again, edits = fixed(result)
    assert (again, edits) == (result, 0)


def test_the_property_runs_over_the_examples_when_they_are_present() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip("../shared/examples is not present beside the repository")
    assert len([p for p in DOCUMENTS if p.is_relative_to(EXAMPLES)]) >= 9


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_each_document_as_it_is(name: str) -> None:
    check_guarantees(TEXTS[name])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(TEXTS)),
    cuts=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 40)), min_size=1, max_size=4),
)
def test_each_document_with_lines_deleted(name: str, cuts: list[tuple[float, int]]) -> None:
    lines = TEXTS[name].split("\n")
    for where, length in cuts:
        start = int(where * (len(lines) - 1))
        del lines[start : start + length]
    draft = "\n".join(lines)
    if draft.strip():
        check_guarantees(draft)
