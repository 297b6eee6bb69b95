"""Criteria a document keeps from older template text pasted into it, so that they do not decide
which revision it was written from.

A draft started from one revision sometimes has parts of an older text pasted back in (an area
copied from an earlier application, a section restored from an old draft). A criterion a later
revision removed then comes back with that older text, and the whole-document comparison reads it
as evidence for the revisions that still have it: a draft of 2025-08-19 with a 2025-01-07 area
pasted in looks like one of 2025-07-14, the last revision that kept the removed criterion.

Such a criterion is read as pasted when the document also keeps that older text's other marks:
the notes under an area's heading worded as a revision older than the one chosen words them
(``drifted_notes``), and that older revision has the criterion too. It then counts for no revision,
and the revisions it would have told apart are decided by the rest of the document (the newest
when nothing else tells them apart). The check runs only when a newer revision close in score
removed a criterion the document states: on most documents nothing is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from applint.matching.drifted_notes import find_drifted_notes
from applint.model import Document
from applint.templates.catalog import revisions_of
from applint.templates.records import Template


def pasted_criteria(
    document: Document, chosen: Template, newer: Sequence[Template], stated: frozenset[str]
) -> frozenset[str]:
    """The criteria texts the document states that ``chosen`` has and a revision of ``newer``
    (close in score, newer than ``chosen``) removed, which an older revision whose notes the
    document keeps has too: read as pasted with that older text."""
    own = {criterion.text for criterion in chosen.criteria}
    removed = {
        text
        for text in stated & own
        if any(text not in {criterion.text for criterion in other.criteria} for other in newer)
    }
    if not removed:
        return frozenset()
    older = {note.revision for note in find_drifted_notes(document, chosen)}
    if not older:
        return frozenset()
    kept_by_older = {
        criterion.text
        for template in revisions_of(chosen.kind)
        if template.id in older
        for criterion in template.criteria
    }
    return frozenset(removed & kept_by_older)
