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


def _drafts() -> list[str]:
    paths = sorted((FIXTURES / "corpus").glob("*.md")) + sorted((FIXTURES / "apps").glob("*.md"))
    return [str(path) for path in paths]


def test_statement_scores_keep_each_candidates_useful_scores_and_no_others() -> None:
    """Detection and mapping read a plain paragraph's scores only from PLAIN_THRESHOLD on, so
    ``statement_scores`` given ``least_useful_score`` keeps exactly those of the full scores (and
    every score of a bold statement, a checkbox item or a list item standing for a box); asked
    without it, for the same document, it gives the full scores again, not the kept ones."""
    from applint.matching.mapping import PLAIN_THRESHOLD, least_useful_score
    from applint.matching.statements import candidates, kind_index, statement_scores
    from applint.templates.catalog import revisions_of

    floored_somewhere = kept_somewhere = False
    for path in _drafts():
        with open(path, encoding="utf-8") as handle:
            document = read_markdown(handle.read(), path)
        index = kind_index(revisions_of(select_template(document).template.kind)).index
        full = [index.scores(candidate.words) for candidate in candidates(document)]
        kept = statement_scores(document, index, least_useful_score)
        for candidate, all_scores, useful in zip(candidates(document), full, kept, strict=True):
            least = least_useful_score(candidate)
            assert least in (0.0, PLAIN_THRESHOLD), path
            assert useful == {p: score for p, score in all_scores.items() if score >= least}, path
            floored_somewhere |= len(useful) < len(all_scores)
            kept_somewhere |= least > 0 and bool(useful)
        assert statement_scores(document, index) == full, path
    assert floored_somewhere and kept_somewhere  # the drafts hold both kinds of plain paragraph


def test_mapping_reads_the_scores_detection_computed_as_if_it_scored_itself() -> None:
    """Mapping takes each statement's scores from the kind's index (computed once, for detection)
    and translates them to the revision's criteria: they must be the scores an index of the
    revision's own criteria gives, on every draft, and a template not shipped gets its own index."""
    from applint.matching.mapping import _criterion_scores
    from applint.matching.statements import CriterionIndex, candidates, kind_index
    from applint.templates.catalog import revisions_of
    from applint.templates.records import template_from_data

    for path in _drafts():
        with open(path, encoding="utf-8") as handle:
            document = read_markdown(handle.read(), path)
        template = select_template(document).template
        own = CriterionIndex([criterion.text for criterion in template.criteria])
        expected = [own.scores(candidate.words) for candidate in candidates(document)]
        assert kind_index(revisions_of(template.kind)).positions(template) is not None, path
        scores, words = _criterion_scores(template, document)
        assert (list(scores), words) == (expected, own.words), path

    data = json.loads((FIXTURES.parent / "schemas" / "graduation-v1.6-2026-06-29.json").read_text())
    data["sections"][1]["criteria"][0]["text"] = "A criterion no shipped revision has, in words of its own."
    changed = template_from_data(data)
    assert kind_index(revisions_of("graduation")).positions(changed) is None
    document = read_markdown((FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(), "x.md")
    own = CriterionIndex([criterion.text for criterion in changed.criteria])
    scores, words = _criterion_scores(changed, document)
    assert (list(scores), words) == (
        [own.scores(candidate.words) for candidate in candidates(document)],
        own.words,
    )
    assert (
        map_document(changed, document).criteria
        != map_document(find_template("graduation-v1.6"), document).criteria
    )
