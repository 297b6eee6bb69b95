"""Long machine listings pasted into a Markdown document as prose: YAML (a bill of materials's
``- name: x`` / ``  version: y`` / ``  license: null``), JSON, or a dependency list
(``github.com/foo/bar v1.2.3``), outside a code block, which GitHub runs together into one long
list or paragraph, keys, values and brackets mixed.

Read from the blocks the reader made: the lines of consecutive paragraphs and list items (blank
lines between them allowed) that each read as a line of data, never a line of prose. A run counts
when it is long (``MIN_LINES``) and, for YAML, repeats a few keys as records do, rather than
labelling things once each as a person's list does ("- slack: #kelpie").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Final

from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern

# The fewest data lines that make a listing long enough to call pasted data.
MIN_LINES: Final = 20
# In a YAML listing the keys repeat: at most this share of its key lines are distinct keys.
_DISTINCT_KEYS_SHARE: Final = 0.34
# A value of more words than this is a sentence, not data.
_VALUE_WORDS: Final = 6

_MARKER = LazyPattern(r"^\s*(?:[-*+]\s+)?")
# "name: github.com/x", "version: v1.2.0", "license: null", "dependencies:" (lower-case keys).
_YAML = LazyPattern(r"^[a-z_][\w.-]*:(?:\s+(?P<value>\S.*))?$")
# '"name": "x",', '"x",' (an array's item), "{", "},", "]": a line of JSON.
_JSON = LazyPattern(r"^(?:\"[^\"]+\"\s*:.*|\"[^\"]*\",?|[\[\]{}(),\s]+)$")
# "github.com/foo/bar v1.2.3", "requests==2.31.0", "lodash@4.17.21", "pkg:golang/…@v1.2.3".
_DEPENDENCY = LazyPattern(
    r"^(?:pkg:\S+|[\w.-]+(?:/[\w.@-]+)+\s+v?\d+(?:\.\d+)+\S*(?:\s+//.*)?|[\w.@/-]+(?:==|>=|~=|@)v?\d+(?:\.\d+)+\S*)$"
)
_KINDS: Final = {"yaml": "YAML", "json": "JSON", "dependency": "a dependency list"}
_FENCES: Final = {"yaml": "yaml", "json": "json", "dependency": "text"}


class PastedListing:
    """A run of data lines shown as prose: its first and last line, what it is written in (the
    message's words: "YAML", "JSON", "a dependency list"), the fence's language for it, and whether
    GitHub shows it as a list (its lines carry list markers) or a paragraph. (A plain class, not a
    dataclass: the dataclass's generated methods cost every check that imports this module.)"""

    __slots__ = ("as_list", "fence", "first", "kind", "last")

    def __init__(self, first: int, last: int, kind: str, fence: str, as_list: bool) -> None:
        self.first: Final = first
        self.last: Final = last
        self.kind: Final = kind
        self.fence: Final = fence
        self.as_list: Final = as_list

    @property
    def lines(self) -> int:
        return self.last - self.first + 1


def pasted_listings(document: Document) -> list[PastedListing]:
    """Each long run of data lines in the document's paragraphs and list items, in order."""
    found: list[PastedListing] = []
    for stretch in _stretches(document):
        if _may_hold_listing(document, stretch):
            _read_stretch(document, stretch, found)
    return found


def _stretches(document: Document) -> Iterator[list[Block]]:
    """Each run of consecutive paragraphs and list items: a heading, a code block, a table (any
    other block) ends a listing."""
    stretch: list[Block] = []
    for block in document.blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            stretch.append(block)
        elif stretch:
            yield stretch
            stretch = []
    if stretch:
        yield stretch


def _may_hold_listing(document: Document, stretch: list[Block]) -> bool:
    """Whether a stretch may hold a listing: of its lines, read in order, every ``MIN_LINES``-th is
    read, and any run of ``MIN_LINES`` data lines holds one of them (a prose stretch costs a
    twentieth of reading every line)."""
    numbers = [number for block in stretch for number in range(block.line, block.end_line + 1)]
    return any(
        _data_line(document.source_lines[number - 1]) is not None
        for number in numbers[MIN_LINES - 1 :: MIN_LINES]
    )


def _read_stretch(document: Document, stretch: list[Block], found: list[PastedListing]) -> None:
    """The listings in one stretch, line by line, added to ``found``."""
    run: list[tuple[int, str, str]] = []  # (line, kind, YAML key) of the current run
    listed = False
    previous: Block | None = None
    for block in stretch:
        if previous is not None and not _apart_by_blanks(document, previous, block):
            listed = _close(run, listed, found)
        previous = block
        for number in range(block.line, block.end_line + 1):
            read = _data_line(document.source_lines[number - 1])
            if read is None:
                listed = _close(run, listed, found)
                continue
            run.append((number, *read))
            listed = listed or block.kind is BlockKind.LIST_ITEM
    _close(run, listed, found)


def _apart_by_blanks(document: Document, previous: Block, block: Block) -> bool:
    """Whether only blank lines stand between two blocks (nothing the reader dropped, such as a
    comment)."""
    lines = document.source_lines[previous.end_line : block.line - 1]
    return all(not line.strip() for line in lines)


def _close(run: list[tuple[int, str, str]], listed: bool, found: list[PastedListing]) -> bool:
    """End the run: keep it when it is a listing; either way start afresh (returns the new run's
    ``listed``)."""
    if len(run) >= MIN_LINES:
        kinds = Counter(kind for _, kind, _ in run)
        kind = kinds.most_common(1)[0][0]
        keys = [key for _, _, key in run if key]
        records = kind != "yaml" or len(set(keys)) <= _DISTINCT_KEYS_SHARE * len(keys)
        if records:
            found.append(PastedListing(run[0][0], run[-1][0], _KINDS[kind], _FENCES[kind], listed))
    run.clear()
    return False


def _data_line(line: str) -> tuple[str, str] | None:
    """(kind, YAML key) of a line of data, or None for prose (or an empty line)."""
    marker = _MARKER.match(line)
    text = line[marker.end() if marker else 0 :].rstrip()
    if not text:
        return None
    if ('"' in text or text[:1] in "[]{}(),") and _JSON.match(text):
        return "json", ""
    if ":" in text:
        match = _YAML.match(text)
        if match is not None:
            value = match.group("value") or ""
            if len(value.split()) <= _VALUE_WORDS and ". " not in value:
                return "yaml", text.split(":", 1)[0]
    if _DEPENDENCY.match(text):
        return "dependency", ""
    return None
