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
from typing import Final

from applint.model import Block, BlockKind, Document
from applint.templates.catalog import revisions_of
from applint.templates.records import Template
from applint.text.normalize import content_words, normalize
from applint.text.patterns import LazyPattern
from applint.text.similarity import dice

# How alike an old note and the chosen revision's line must be for the one to be a rewording of
# the other ("TAG Security" and "TAG Security and Compliance" notes share all but a word or two).
REWORDED = 0.6
# A note is a sentence: a line with fewer meaningful words than this is not one.
MIN_NOTE_WORDS = 5
_READ = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
# A template's version label, once normalised ("v1 5").
_VERSION = LazyPattern(r"\bv\d+(?: \d+)*\b")


class DriftedNote:
    """A template note worded as another revision words it."""

    __slots__ = ("block", "replacement", "revision")

    def __init__(self, block: Block, revision: str, replacement: str) -> None:
        self.block: Final = block
        self.revision: Final = revision  # the newest revision that words it so
        self.replacement: Final = replacement  # the chosen revision's wording


def find_drifted_notes(document: Document, template: Template) -> list[DriftedNote]:
    """Each paragraph that is an older revision's wording of a note the chosen revision rewords."""
    others = _older_lines(template)
    openings = _openings(template)
    found = []
    for block in document.blocks:
        # The first word gates normalising the whole text: most paragraphs open no older line.
        if block.kind not in _READ or not block.text or _first_word(block.text) not in openings:
            continue
        older = others.get(normalize(block.text))
        if older is None:
            continue
        revision, text = older
        replacement = _reworded_as(text, template)
        if replacement is not None:
            found.append(DriftedNote(block, revision, replacement))
    return found


@functools.cache
def _older_lines(template: Template) -> dict[str, tuple[str, str]]:
    """Normalised line of an older revision that the chosen one does not write (nor a newer one)
    -> (the newest older revision writing it, the line as written)."""
    own = {normalize(text) for text in template.boilerplate}
    older: dict[str, tuple[str, str]] = {}
    newer: set[str] = set()
    for revision in revisions_of(template.kind):  # oldest first: the newest holder wins
        if revision.id == template.id:
            continue
        for text in revision.boilerplate:
            key = normalize(text)
            if key in own or len(content_words(text)) < MIN_NOTE_WORDS:
                continue  # a short line (a version label) is no note
            if revision.revision_date >= template.revision_date:
                newer.add(key)
            else:
                older[key] = (revision.id, text)
    return {key: value for key, value in older.items() if key not in newer}


@functools.cache
def _openings(template: Template) -> frozenset[str]:
    """The first words of the older lines (as ``_first_word`` reads them)."""
    return frozenset(_first_word(text) for _, text in _older_lines(template).values())


def _first_word(text: str) -> str:
    head = text.lstrip(" *_>").split(None, 1)
    return head[0].strip("*_:,.").lower() if head else ""


def _reworded_as(text: str, template: Template) -> str | None:
    """The chosen revision's line that says nearly what an older line says, if any."""
    words = content_words(text)
    best = max(template.boilerplate, key=lambda line: dice(words, content_words(line)), default=None)
    if best is None or dice(words, content_words(best)) < REWORDED:
        return None
    if _VERSION.sub(" ", normalize(best)).split() == _VERSION.sub(" ", normalize(text)).split():
        return None  # only the version label differs ("v1.5 This template …"): version-mismatch's
    return best
