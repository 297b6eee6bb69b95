"""Template text outside the criteria (the notes under an area's heading: "Note: this section may
be augmented by the completion of a Governance Review from TAG Contributor Strategy.") that the
document words as an older revision of its kind does, where the revision it follows words the same
note otherwise. Only revisions older than the followed one count: a note a newer revision writes
is the document being ahead (or the template's typo fixed), not outdated.

A paragraph is such a note when it is, once normalised, a line another revision of the kind writes
and the chosen revision does not, and the chosen revision has a line that says nearly the same
(the reworded note, found by the Dice similarity of their meaningful words): a line the chosen
revision dropped is no rewording and is left to the rules about template text left in.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from applint.model import Block, BlockKind, Document
from applint.templates.catalog import revisions_of
from applint.templates.records import Template
from applint.text.normalize import content_words, normalize
from applint.text.similarity import dice

# How alike an old note and the chosen revision's line must be for the one to be a rewording of
# the other ("TAG Security" and "TAG Security and Compliance" notes share all but a word or two).
REWORDED = 0.6
_READ = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


class DriftedNote(NamedTuple):
    """A template note worded as another revision words it."""

    block: Block
    revision: str  # the newest revision that words it so
    replacement: str  # the chosen revision's wording


def find_drifted_notes(document: Document, template: Template) -> list[DriftedNote]:
    """Each paragraph that is another revision's wording of a note the chosen revision rewords."""
    others = _other_wordings(template)
    if not others:
        return []
    found = []
    for block in document.blocks:
        if block.kind not in _READ or not block.text:
            continue
        match = others.get(normalize(block.text))
        if match is not None:
            found.append(DriftedNote(block, *match))
    return found


@functools.cache
def _other_wordings(template: Template) -> dict[str, tuple[str, str]]:
    """Normalised note of another revision -> (that revision's id, the chosen revision's wording)."""
    own = {normalize(text): text for text in template.boilerplate}
    wordings: dict[str, tuple[str, str]] = {}
    newer: set[str] = set()  # notes a revision newer than the chosen one writes: not outdated
    for revision in revisions_of(template.kind):  # oldest first: the newest holder wins
        if revision.id == template.id:
            continue
        for text in revision.boilerplate:
            key = normalize(text)
            if key in own or key in newer:
                continue
            if revision.revision_date >= template.revision_date:
                newer.add(key)
                wordings.pop(key, None)
                continue
            words = content_words(text)
            best = max(own.values(), key=lambda line: dice(words, content_words(line)), default=None)
            if best is not None and dice(words, content_words(best)) >= REWORDED:
                wordings[key] = (revision.id, best)
    return wordings
