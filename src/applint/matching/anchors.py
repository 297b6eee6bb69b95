"""The anchors GitHub gives a Markdown file: one per heading (its title in lower case,
punctuation dropped, spaces as ``-``, ``-1``, ``-2`` … for repeated titles) and each HTML ``id``
or ``name`` written in it (and a heading's ``{#id}``, which other renderers keep); for
``[text](GOVERNANCE.md#voting)`` links.

A linked file is not parsed whole: its heading lines (outside fenced code and front matter) are
read by the Markdown reader alone, so a title renders as the reader renders it, and each file is
read once per run (by path, modification time and size).
"""

from __future__ import annotations

import os
import re
import stat

from applint.model import Document
from applint.readers.sources import MAX_TEXT_BYTES
from applint.text.links import heading_anchors
from applint.text.patterns import LazyPattern

_HTML_ANCHOR = LazyPattern(r"""<[a-z][^<>]*?\s(?:name|id)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_HEADING_ID = LazyPattern(r"\{#([^\s{}]+)[^{}]*\}\s*$")


def document_anchors(document: Document, written: frozenset[str] | None = None) -> frozenset[str]:
    """The anchors of a document already read: its headings', its HTML ``id``/``name``s and its
    headings' ``{#id}``s, in lower case (``written``: its ``written_anchors``, when the caller has
    them already)."""
    headings = document.headings()
    if written is None:
        written = written_anchors(document)
    anchors = heading_anchors([block.text for block in headings]) | {name.lower() for name in written}
    # A tab in a title is dropped by GitHub's anchor, not made a "-" as the block's text (its spaces
    # folded) would make it: "TAG-Security<TAB>Harbor" is "#tag-securityharbor".
    tabbed = [
        document.source_lines[block.line - 1].lstrip("# ").replace("\t", "")
        for block in headings
        if block.line <= len(document.source_lines) and "\t" in document.source_lines[block.line - 1]
    ]
    return anchors | heading_anchors(tabbed) if tabbed else anchors


def written_anchors(document: Document) -> frozenset[str]:
    """The anchors a document names itself, as written (case kept): its HTML ``id``/``name``s and
    its headings' ``{#id}``s; a link may match these in any case the author wrote them."""
    lines = document.source_lines
    named = {match for line in lines if "<" in line for match in _HTML_ANCHOR.findall(line)}
    return frozenset(named) | heading_ids(document)


def heading_ids(document: Document) -> frozenset[str]:
    """The ids written after headings' titles (``## Project Communication {#project-communication}``,
    the attribute pandoc and other renderers keep; GitHub shows it as text)."""
    ids: set[str] = set()
    for block in document.headings():
        match = _HEADING_ID.search(block.text) if "{#" in block.text else None
        if match:
            ids.add(match.group(1))
    return frozenset(ids)


def markdown_anchors(path: str, document: Document) -> frozenset[str] | None:
    """The anchors GitHub gives the Markdown file at ``path`` (``document``'s own when it is that
    file), or None when it cannot be read as one."""
    if os.path.abspath(path) == os.path.abspath(document.path) and document.format == "markdown":
        return document_anchors(document)
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_TEXT_BYTES:
            return None  # a device, a pipe (a link to /dev/zero would never end) or too large
        key = (os.path.abspath(path), status.st_mtime_ns, status.st_size)
        if key not in _TARGET_ANCHORS:
            with open(path, encoding="utf-8-sig") as handle:
                lines = handle.read(MAX_TEXT_BYTES).splitlines()
            if len(_TARGET_ANCHORS) >= _TARGETS_KEPT:
                _TARGET_ANCHORS.clear()
            _TARGET_ANCHORS[key] = _anchors(_heading_titles(lines, path), lines)
    except (OSError, UnicodeError, ValueError):
        return None
    return _TARGET_ANCHORS[key]


# A file's anchors, by (path, modification time, size): several documents of a run link the same
# README or GOVERNANCE.md, and parsing it once is enough.
_TARGET_ANCHORS: dict[tuple[str, int, int], frozenset[str]] = {}
_TARGETS_KEPT = 256
_FENCE = LazyPattern(r" {0,3}(`{3,}|~{3,})")
_ATX = LazyPattern(r" {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = LazyPattern(r" {0,3}(?:=+|-+)[ \t]*$")


def _heading_titles(lines: list[str], path: str) -> list[str]:
    """The rendered titles of a Markdown file's headings: its heading lines (outside fenced code
    and front matter; a setext title with its underline) read by the Markdown reader alone, so a
    title renders as the reader renders it without parsing the whole file."""
    from applint.readers.markdown import read_markdown

    picked: list[str] = []
    fence = ""
    start = 0
    if lines and lines[0].strip() == "---":  # front matter: its "# comments" are no headings
        start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    for index in range(start, len(lines)):
        line = lines[index]
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
        elif _ATX.match(line):
            picked.extend((line, ""))
        elif (
            index > start
            and lines[index - 1].strip()
            and _SETEXT.match(line)
            and not _ATX.match(lines[index - 1])
        ):
            # "Title" over "=====" or "-----" (a several-line paragraph titled so keeps its last line;
            # a wrong guess only adds an anchor, never a finding)
            picked.extend((lines[index - 1], line, ""))
    if not picked:
        return []
    return [block.text for block in read_markdown("\n".join(picked), path).headings()]


def _anchors(titles: list[str], lines: tuple[str, ...] | list[str]) -> frozenset[str]:
    explicit = {match.lower() for line in lines if "<" in line for match in _HTML_ANCHOR.findall(line)}
    return heading_anchors(titles) | explicit
