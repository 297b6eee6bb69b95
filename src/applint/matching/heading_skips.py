"""Headings set more than one level below the heading before them ("#### Thanos" right under
"## Overview"), where the document's template does not jump there itself: GitHub renders them a
size too small and a table of contents nests them under a part that is not there.

A checklist criterion stands for a level of its own: an applicant's "#### Release cadence" in the
evidence under "- [x] **Document the release process …**", right under "## Engineering
Principles", sits below the criterion as the template's other criteria's evidence sits below their
"### Required", and is not a skip.

A template that goes from "##" to "####" at a section ("#### Adoption" right under "## Ecosystem"
in some due-diligence revisions) passes that jump on to the authors who copy it: a heading taken
for such a section is not a skip, in any revision of the template's kind.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from applint.model import BlockKind, Document


class SkippedLevel(NamedTuple):
    """A heading more than one level below the heading just before it."""

    block: int  # the heading's index
    above: int  # the index of the heading just before it


def skipped_levels(
    document: Document,
    sections: Mapping[int, str],
    jumps: frozenset[str],
    criteria: frozenset[int] = frozenset(),
) -> tuple[SkippedLevel, ...]:
    """The headings of a Markdown document set more than one level below the heading before them,
    in document order; a heading taken for a template section (``sections``: heading index to the
    section's title) the template itself enters by such a jump (``jumps``), or one after a criterion
    (``criteria``: the criteria's block indices) below that heading, is not one. A DOCX or
    plain-text document's heading levels are its reader's guesses or its styles', not written
    marks: none."""
    if document.format != "markdown":
        return ()
    blocks = document.blocks
    found: list[SkippedLevel] = []
    above = -1
    for number, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        if (
            above >= 0
            and block.level > blocks[above].level + 1
            and sections.get(number) not in jumps
            and not any(between in criteria for between in range(above + 1, number))
        ):
            found.append(SkippedLevel(number, above))
        above = number
    return tuple(found)


def template_jumps(outlines: Iterable[tuple[tuple[str, int], ...]]) -> frozenset[str]:
    """The sections a template enters more than one level below the heading before it, in any of
    ``outlines`` (each a template's sections as (name, level) in template order), by name."""
    return frozenset(jump for outline in outlines for jump in _jumps(outline))


@functools.cache
def _jumps(outline: tuple[tuple[str, int], ...]) -> frozenset[str]:
    jumps: set[str] = set()
    for (_, before), (section, level) in itertools.pairwise(outline):
        if level > before + 1:
            jumps.add(section)
    return frozenset(jumps)
