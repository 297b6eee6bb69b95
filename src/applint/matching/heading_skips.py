"""Headings set more than one level below the heading before them ("#### Thanos" right under
"## Overview"), where the document's template does not jump there itself: GitHub renders them a
size too small and a table of contents nests them under a part that is not there.

A checklist criterion stands for a level of its own: an applicant's "#### Release cadence" in the
evidence under "- [x] **Document the release process …**", right under "## Engineering
Principles", sits below the criterion as the template's other criteria's evidence sits below their
"### Required", and is not a skip.

A heading and the heading above it set at their template sections' own levels keep the template's
gap between them (a self-assessment's "### Table of contents" right under its "#" title, the
template's "## Self-assessment outline" between them left out): not a skip either.

A template that goes from "##" to "####" at a section ("#### Adoption" right under "## Ecosystem"
in some due-diligence revisions) passes that jump on to the authors who copy it: a heading taken
for such a section is not a skip, in any revision of the template's kind.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence

from applint.model import Block, BlockKind, Document


class SkippedLevel:
    """A heading more than one level below the heading just before it (plain classes here: a
    NamedTuple costs every run its class creation at import)."""

    __slots__ = ("above", "block")

    def __init__(self, block: int, above: int) -> None:
        self.block = block  # the heading's index
        self.above = above  # the index of the heading just before it


class TemplateOutline:
    """What a document's template says of the headings a skip may be excused by."""

    __slots__ = ("criteria", "jumps", "levels", "sections")

    def __init__(
        self,
        sections: Mapping[int, str],
        jumps: frozenset[str],
        criteria: frozenset[int] = frozenset(),
        levels: Mapping[int, int] | None = None,
    ) -> None:
        self.sections = sections  # the headings taken for template sections: index to the section's name
        self.jumps = jumps  # the names of the sections the template enters by a skipped level
        self.criteria = criteria  # the blocks of the criteria found (each a level of its own)
        self.levels = levels or {}  # the headings taken for template sections: index to the template's level


def skipped_levels(document: Document, outline: Callable[[], TemplateOutline]) -> tuple[SkippedLevel, ...]:
    """The headings of a Markdown document set more than one level below the heading before them,
    in document order; a heading taken for a section the template itself enters by such a jump, or
    one after a criterion below that heading, is not one (``outline`` is asked only when a heading
    skips, which few documents have). A DOCX or plain-text document's heading levels are its
    reader's guesses or its styles', not written marks: none."""
    if document.format != "markdown":
        return ()
    blocks = document.blocks
    candidates: list[SkippedLevel] = []
    above = -1
    for number, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        if above >= 0 and block.level > blocks[above].level + 1:
            candidates.append(SkippedLevel(number, above))
        above = number
    if not candidates:
        return ()
    template = outline()
    return tuple(
        skipped
        for skipped in candidates
        if template.sections.get(skipped.block) not in template.jumps
        and not any(between in template.criteria for between in range(skipped.above + 1, skipped.block))
        and not _at_template_levels(blocks, template.levels, skipped)
    )


def _at_template_levels(blocks: Sequence[Block], levels: Mapping[int, int], skipped: SkippedLevel) -> bool:
    """Whether the heading and the one above it are both template sections set at the template's
    own levels: the gap between them is the template's, with a heading of it left out between (the
    self-assessment's "## Self-assessment outline" under the title, which the outline's "###" parts
    go on assuming)."""
    return all(levels.get(number) == blocks[number].level for number in (skipped.block, skipped.above))


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
