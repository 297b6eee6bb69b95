"""``templates/diff._moved`` tables only the part between a shared opening and ending run; what it
finds moved is what the whole table's walk finds (the walk kept here as the reference)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from applint.templates.diff import _moved


def _moved_by_whole_table(old_order: list[str], new_order: list[str]) -> set[str]:
    rows, cols = len(old_order), len(new_order)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if old_order[i] == new_order[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    keep: set[str] = set()
    i = j = 0
    while i < rows and j < cols:
        if old_order[i] == new_order[j]:
            keep.add(old_order[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return set(new_order) - keep


IDS = st.sampled_from([f"c{number}" for number in range(8)])


@given(st.lists(IDS, max_size=10), st.lists(IDS, max_size=10))
def test_any_two_orders_repeats_and_all(old_order: list[str], new_order: list[str]) -> None:
    assert _moved(old_order, new_order) == _moved_by_whole_table(old_order, new_order)


@given(st.permutations([f"c{number}" for number in range(9)]), st.data())
def test_revisions_that_move_add_and_drop_criteria(new_order: list[str], data: st.DataObject) -> None:
    old_order = data.draw(st.lists(st.sampled_from([*new_order, "gone1", "gone2"]), unique=True, max_size=11))
    assert _moved(old_order, new_order) == _moved_by_whole_table(old_order, new_order)


def test_a_criterion_moved_between_a_shared_start_and_end() -> None:
    old_order = ["a", "b", "c", "d", "e", "f"]
    new_order = ["a", "b", "d", "c", "e", "f"]
    assert _moved(old_order, new_order) == {"c"}
    assert _moved(old_order, old_order) == set()
