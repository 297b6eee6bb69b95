"""The companion documents an application links that are in the checkout: a GTR, governance review
or self-assessment linked by a relative path (``[GTR](gtr.md)``, ``[review](../governance/review.md)``),
read and matched against its own template, so that the application's report can say how complete
each is and the run can check it too.

Only files that exist, inside the application's checkout (the nearest folder above it holding
``.git``; without one, the application's own folder), with a Markdown suffix, are read; a link
that leaves the checkout or a file that cannot be read is no companion. Full GitHub URLs are not
resolved to the checkout here. Reading only: nothing is written.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote

from applint.model import Block, Document
from applint.readers.selection import repository_root
from applint.readers.sources import InputError, read_source

if TYPE_CHECKING:
    from applint.matching.companions import CompanionReading

_MARKDOWN = (".md", ".markdown")


class LinkedCompanion:
    """A companion document the application links, found in the checkout, and what it answered."""

    __slots__ = ("line", "path", "reading", "target")

    def __init__(self, line: int, target: str, path: str, reading: CompanionReading) -> None:
        self.line: Final = line  # where the application links it
        self.target: Final = target  # the link as written
        self.path: Final = path  # the file, as a path beside the application's own
        self.reading: Final = reading


def linked_companions(document: Document) -> tuple[LinkedCompanion, ...]:
    """Every GTR, governance review and self-assessment the document links by a relative path, in
    the order first linked (each file once)."""
    candidates = [(block, target) for block in document.blocks for target in block.links if _relative(target)]
    if not candidates or document.path in ("", "-") or not os.path.isfile(document.path):
        return ()
    folder = os.path.dirname(document.path)
    real_folder = os.path.dirname(os.path.realpath(document.path))
    root = repository_root(real_folder) or real_folder
    found: list[LinkedCompanion] = []
    seen: set[str] = set()
    for block, target in candidates:
        path = _local_path(target, folder, root)
        if path is None or os.path.realpath(path) in seen:
            continue
        seen.add(os.path.realpath(path))
        reading = _read(path)
        if reading is not None:
            found.append(LinkedCompanion(_line_of(document, block, target), target, path, reading))
    return tuple(found)


def _relative(target: str) -> bool:
    """Whether a link target is a relative path to a Markdown file (``gtr.md#day-1``, ``../r.md``)."""
    if "://" in target or target.startswith(("#", "mailto:", "/")) or ":" in target.split("/")[0]:
        return False
    return target.split("#", 1)[0].split("?", 1)[0].lower().endswith(_MARKDOWN)


def _local_path(target: str, folder: str, root: str) -> str | None:
    """The file a relative link names, beside the application, if it is in the checkout."""
    name = unquote(target.split("#", 1)[0].split("?", 1)[0])
    path = os.path.normpath(os.path.join(folder, name))
    real = os.path.realpath(path)
    if not (real == root or real.startswith(root + os.sep)) or not os.path.isfile(real):
        return None
    return path


def _read(path: str) -> CompanionReading | None:
    """The file read as its companion kind; None when it is not one or cannot be read."""
    # The companion templates and their reading: only when a linked Markdown file is in the checkout.
    from applint.matching.companion_walk import read_best
    from applint.matching.kinds import companion_template
    from applint.readers.markdown import read_markdown
    from applint.readers.sources import decode_text

    try:
        document = read_markdown(decode_text(read_source(path).data), path)
    except InputError:
        return None
    template = companion_template(document)
    if template is None:
        return None
    # The template itself (the application template links the GTR questions and the governance
    # review template in cncf/toc) is no project's document.
    if path.replace(os.sep, "/").endswith(template.source.rsplit(" · ", 1)[-1]):
        return None
    return read_best(document, template)


def _line_of(document: Document, block: Block, target: str) -> int:
    """The line of the block that holds the link (its first line when the text is not found)."""
    for line in range(block.line, min(block.end_line, document.line_count) + 1):
        if target in document.source_lines[line - 1]:
            return line
    return block.line
