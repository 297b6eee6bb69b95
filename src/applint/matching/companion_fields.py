"""The fields of a companion document: the values its template asks for one by one (a GTR's
``**Project:**``, a governance review's Status line, a self-assessment's metadata table rows; and
an application's project facts, "Project Repo(s): …", read by ``read_labelled``),
found in the document with what the author wrote after each label, and whether that is filled in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from applint.matching.render_shapes.blanks import empty_table_rows, row_line
from applint.model import Block, BlockKind, Document, Unit
from applint.templates.records import Field
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern, compile_pattern

if (
    TYPE_CHECKING
):  # annotations only: an application's facts are read without the companion templates (and json)
    from applint.templates.companions import CompanionTemplate


class FieldFound:
    """A template field met in the document, with the value written after its label."""

    __slots__ = ("field", "filled", "line", "linked", "value")

    def __init__(self, field: Field, line: int, value: str, filled: bool, linked: bool = False) -> None:
        self.field: Final = field
        self.line: Final = line  # line (or paragraph) of the field
        self.value: Final = value
        self.filled: Final = filled
        self.linked: Final = linked  # the value links somewhere (its line holds an address)

    @property
    def unfinished(self) -> bool:
        """True when the value is a state saying the document is not done ("Incomplete", "Draft",
        "Initial Draft", "Work in progress"): filled in, but not yet with what a finished document says."""
        state = normalize(self.value).removesuffix(" draft")
        return state in _UNFINISHED_STATES or state in _DRAFT_STAGES

    @property
    def template_worded(self) -> bool:
        """True when a filled value is the template's description with a word or two swapped for
        the project's ("A link to CNI's repository." for "A link to the software's repository.")
        and no link: the template's wording kept where the value itself belongs. As a link's text
        it is the value given as the template asked (many finished self-assessments write it so)."""
        return (
            self.filled and not self.linked and _reworded_description(self.field.template_value, self.value)
        )

    def placeholders(self) -> tuple[str, ...]:
        """The generic placeholders in the value: a path's ``<username>``, ``<repository>`` (a
        pattern copied from a README, not a link), a CI expression ``${{ … }}`` copied from a
        workflow; each once, in order."""
        value = self.value
        if "<" not in value and "{{" not in value:
            return ()
        found = (match.group(0) for match in _GENERIC_PLACEHOLDER.finditer(value))
        return tuple(dict.fromkeys(found))

    def finished_choice(self) -> str:
        """The choice the template offers for a finished document ("Complete"), or ""."""
        return next((choice for choice in self.choices() if normalize(choice) in _FINISHED_STATES), "")

    def unfinished_choice(self) -> str:
        """The choice the template offers for a document not done yet ("Incomplete"), or ""."""
        return next((choice for choice in self.choices() if normalize(choice) in _UNFINISHED_STATES), "")

    @property
    def finished(self) -> bool:
        """True when the value is the template's choice for a finished document, with or without a
        note after it ("Complete (point-in-time, self-conducted)")."""
        words = normalize(self.value).split()
        return bool(words) and words[0] in _FINISHED_STATES and bool(self.finished_choice())

    @property
    def unoffered_state(self) -> bool:
        """True when a field whose template offers a document's states ("Incomplete, Complete, or
        Obsolete") holds a state that is none of them ("Completed", "Done", "Reviewed"), with or
        without a note after it; a state saying the document is not done is ``unfinished``'s."""
        value = normalize(self.value)
        if not value or self.unfinished or not self.finished_choice():
            return False
        offered = [normalize(choice) for choice in self.choices() if choice.strip()]
        return not any(value == choice or value.startswith(f"{choice} ") for choice in offered)

    def choices(self) -> list[str]:
        """The values the template offers for the field ("Incomplete", "Complete", "Obsolete"), or
        the template's description cut at its commas where it offers none."""
        first = self.field.template_value.split(". ")[0]
        return [choice.strip(" .") for choice in cached_pattern(r",\s*(?:or\s+)?|\s+or\s+|\|").split(first)]


# A name in angle brackets standing for a part of a path or link ("https://github.com/<username>/
# <repository>"), or a CI template expression ("${{ steps.meta.outputs.tag }}"), in a field's value.
_GENERIC_PLACEHOLDER = LazyPattern(r"(?<=/)<[A-Za-z][\w-]*>|<[A-Za-z][\w-]*>(?=/)|\$?\{\{[^{}\n]{1,80}\}\}")

# A field's value that says the document is unfinished, and the choices that say it is finished.
_UNFINISHED_STATES = frozenset(
    {
        "incomplete",
        "draft",
        "in progress",
        "work in progress",
        "wip",
        "not started",
        "not complete",
        "ongoing",
    }
)
# A draft's stage named by its first word once " draft" is taken off ("Initial Draft", "First draft").
_DRAFT_STAGES = frozenset({"initial", "first", "early", "rough", "working"})
_FINISHED_STATES = frozenset({"complete", "completed", "final", "finished", "done"})


_FIELD = compile_pattern(r"^\W*(?P<label>[^:|]{1,40}?)\W*(?::|\|)\s*(?P<value>.*)$", re.DOTALL)


def read_fields(document: Document, template: CompanionTemplate) -> Iterable[FieldFound]:
    """Each template field the document has, with its value, in document order."""
    return read_labelled(document, template.fields)


def read_labelled(document: Document, fields: tuple[Field, ...]) -> Iterable[FieldFound]:
    """Each of ``fields`` the document writes under its label ("Project Repo(s): …", a companion
    template's "**Project:**"), with its value, in document order."""
    wanted = {normalize(field.label): field for field in fields}
    if not wanted:
        return
    seen: set[str] = set()
    blocks = document.blocks
    for number, block in enumerate(blocks):
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.TABLE):
            continue
        rows = _rows(block)
        for offset, row in enumerate(rows):
            match = _FIELD.match(row)
            if match is None:
                continue
            key = normalize(match["label"])
            field = wanted.get(key)
            if field is None or key in seen:
                continue
            seen.add(key)
            value = match["value"].strip()
            if block.kind is BlockKind.TABLE:
                line = _row_line(document, block, match["label"].strip(), offset)
            else:
                line = block.line
                follower = document.next_content(number)
                # "**Description:**" with the description in the paragraph below it.
                if not value and follower is not None and blocks[follower].kind is BlockKind.PARAGRAPH:
                    value = blocks[follower].text
            linked = (
                "://" in document.source_lines[line - 1] if document.unit is Unit.LINE else bool(block.links)
            )
            yield FieldFound(field, line, value, _filled(field, value), linked)


def _rows(block: Block) -> list[str]:
    """The lines of a block that may hold a field: a table's rows; a paragraph's first line, or
    the rows of a table collapsed into one paragraph ("| | Assessment Stage | Incomplete | |
    Software | … |", a table exported with escaped separators renders as one line of pipes)."""
    text = block.text
    if block.kind is BlockKind.TABLE:
        return text.split("\n")
    if text.startswith("|") and text.count("| |") >= _COLLAPSED_ROWS:
        return [row for row in text.split("| |") if row.strip(" |")]
    return [text.split("\n")[0]]


# A paragraph of pipes is a collapsed table when it has at least this many row boundaries.
_COLLAPSED_ROWS = 2


def _row_line(document: Document, block: Block, label: str, offset: int) -> int:
    """The line of a table row: the first line of the table that holds its label."""
    for line in range(block.line, block.end_line + 1):
        if label in document.source_lines[line - 1]:
            return line
    return block.line + offset


def _filled(field: Field, value: str) -> bool:
    """Whether a field holds the author's value: not empty, not the template's description, and
    not still every choice the template offers ("Exemplary | Satisfactory | …")."""
    if not normalize(value):
        return False
    template_value = field.template_value
    if not template_value or len(template_value.split()) < 3:
        return True
    if "|" in template_value:
        options = sorted((o.strip() for o in template_value.split("|")), key=len, reverse=True)
        pattern = "|".join(re.escape(option) for option in options)
        chosen = set(cached_pattern(pattern, re.IGNORECASE).findall(value))
        return not ("|" in value and len(chosen) > 1)
    opening = _description_words(template_value)[:5]
    return _description_words(value)[: len(opening)] != opening


# The most words of the template's description a value may swap for its own and still read as it,
# and the fewest it must keep.
_SWAPPED_WORDS = 2
_KEPT_WORDS = 4


def _reworded_description(description: str, value: str) -> bool:
    """Whether a value is the description with one run of at most two words put in its own words."""
    template = _description_words(description)
    words = _description_words(value)
    if len(template) < _KEPT_WORDS or not words or words == template:
        return False
    head = next(
        (i for i, (a, b) in enumerate(zip(template, words, strict=False)) if a != b),
        min(len(template), len(words)),
    )
    tail = 0
    while tail < min(len(template), len(words)) - head and template[-1 - tail] == words[-1 - tail]:
        tail += 1
    kept = head + tail
    return (
        kept >= _KEPT_WORDS
        and head > 0
        and tail > 0
        and len(template) - kept <= _SWAPPED_WORDS
        and len(words) - kept <= _SWAPPED_WORDS
    )


def _description_words(text: str) -> list[str]:
    """A text's words compared with the template's description, plurals folded, so an older
    revision's wording still matches ("languages the project is written in" and "Language(s)
    the project is written in.")."""
    return [word.removesuffix("s") for word in normalize(text).split() if word != "s"]


class MissingRows:
    """The template's table of fields (a self-assessment's metadata table) as the document wrote
    it, and the rows of the template it lacks."""

    __slots__ = ("block", "line", "missing")

    def __init__(self, block: int, line: int, missing: tuple[Field, ...]) -> None:
        self.block: Final = block
        self.line: Final = line  # the table's first line
        self.missing: Final = missing


# A template sets fields out as a table when at least this many share one section; a document's
# table is the author's copy of it when it holds at least this many of them.
_TABLE_FIELDS = 3


def missing_rows(
    document: Document, template: CompanionTemplate, found: Iterable[FieldFound]
) -> MissingRows | None:
    """The template's table of fields the document keeps (as a table holding most of its rows),
    with the rows it lacks; None when it has them all, or has no such table (a free-form header,
    an HTML table, a document written before the table: nothing to compare)."""
    sections: dict[str, list[Field]] = {}
    for field in template.fields:
        sections.setdefault(field.section_id, []).append(field)
    table_fields = next((fields for fields in sections.values() if len(fields) >= _TABLE_FIELDS), None)
    if table_fields is None:
        return None
    stated = {normalize(f.field.label) for f in found}
    for number, block in enumerate(document.blocks):
        if block.kind is not BlockKind.TABLE:
            continue
        labels = [set(_row_label(row).split()) for row in block.text.split("\n")]
        present = [field for field in table_fields if any(_names_row(field, words) for words in labels)]
        if len(present) < _TABLE_FIELDS:
            continue
        missing = tuple(
            field for field in table_fields if field not in present and normalize(field.label) not in stated
        )
        return MissingRows(number, block.line, missing) if missing else None
    return None


def _row_label(row: str) -> str:
    """A table row's first cell, normalised ("| Security Provider? | No |" → "security provider")."""
    return normalize(row.strip().strip("|").split("|")[0])


def _names_row(field: Field, words: set[str]) -> bool:
    """Whether a row's label names a field: its label's words, qualified or not ("CloudEvents SDK
    Languages"), or the words the template spells an abbreviation out in ("SBOM": "Software bill
    of materials")."""
    if not words or len(words) > _LABEL_WORDS:
        return False
    label = normalize(field.label).split()
    if set(label) <= words:
        return True
    spelled = normalize(field.template_value.split(".")[0]).split()
    return "".join(word[0] for word in spelled) == "".join(label) and set(spelled) <= words


_LABEL_WORDS = 6  # a row label longer than this is a sentence, not a field's name


def empty_rows(
    document: Document, template: CompanionTemplate
) -> Iterable[tuple[int, tuple[int, ...], bool]]:
    """Each table with rows below its header that hold nothing ("| | |" left at the end of the
    actors table, shown as a blank row): the table's block, those rows' lines (its own line when the
    table is not one row a line), and whether the one row is the empty last row of the table of the
    template's fields that older revisions of the self-assessment outline ended the metadata table
    with (a blank row under the project's values all the same). An empty header is the template's
    own (the metadata table's "|||"): not counted."""
    labels = {normalize(field.label) for field in template.fields}
    for number, rows, empty in empty_table_rows(document):
        block = document.blocks[number]
        outline_row = empty == (len(rows) - 1,) and sum(_row_label(row) in labels for row in rows) >= 2
        yield number, tuple(row_line(block, len(rows), index) for index in empty), outline_row
