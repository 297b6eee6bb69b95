"""The distinguishing features of a kind's revisions, made per revision when asked for
(``revision_scores.RevisionIndex.features``), are each revision's criteria texts and its titles
that tell revisions apart, as ``distinguishing.features`` makes them, for every shipped kind."""

from __future__ import annotations

import pytest

from applint.matching import dd
from applint.matching.distinguishing import TITLE
from applint.matching.revision_scores import RevisionIndex
from applint.templates.bundle import KINDS
from applint.templates.catalog import revisions_of
from applint.text.normalize import normalize_title


@pytest.mark.parametrize("kind", KINDS)
def test_each_revisions_features_are_its_criteria_and_telling_titles(kind: str) -> None:
    revisions = revisions_of(kind)
    index = RevisionIndex(revisions)
    # One spelling per normalised title: the first revision's (the oldest) that uses it.
    spelled: dict[str, str] = {}
    for template in revisions:
        for section in template.walk():
            spelled.setdefault(normalize_title(section.title), section.title)
    assert list(index.features) == [template.id for template in revisions]
    assert len(index.features) == len(revisions)
    for template in reversed(revisions):  # asked in another order than made: the same sets
        titles = {
            TITLE + spelled[normalize_title(s.title)]
            for s in template.walk()
            if dd.counts_as_title(template, s)
        }
        expected = frozenset(criterion.text for criterion in template.criteria) | titles
        assert index.features[template.id] == expected
        assert index.features[template.id] is index.features[template.id]  # made once


def test_a_revision_never_asked_for_is_never_made() -> None:
    revisions = revisions_of("graduation")
    index = RevisionIndex(revisions)
    index.features[revisions[-1].id]
    assert index.features._made.keys() == {revisions[-1].id}
    with pytest.raises(KeyError):
        index.features["no-such-revision"]
