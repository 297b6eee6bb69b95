"""The project documents a criterion's evidence names without linking them ("listed in the
README", "see the contributor guide"), when neither that evidence nor anything before it links
them: each with the line that names it.

Links are read once per document (``linked_documents``). A document linked in the same evidence ("[GOVERNANCE.md](…) and the governance page") or
anywhere earlier in the document (one link per document is enough) is not unlinked.
"""

from __future__ import annotations

from collections.abc import Sequence

from applint.matching.evidence import Evidence
from applint.matching.project_links import Link, ProjectLinks
from applint.model import Block, BlockKind
from applint.text.documents import documents_named

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def linked_documents(links: ProjectLinks) -> list[tuple[int, frozenset[str]]]:
    """(line, documents) for each link that is a project document, in document order: worked out
    once per document for every criterion's question."""
    found = [(link.line, _what_link_is(link)) for link in links.links]
    return [(line, kinds) for line, kinds in found if kinds]


def unlinked_documents(
    evidence: Evidence, linked_documents: Sequence[tuple[int, frozenset[str]]], source_lines: Sequence[str]
) -> list[tuple[int, tuple[str, ...]]]:
    """(line, kinds) for each line of the evidence naming project documents linked neither in
    the evidence nor before it, in line order; at most one entry per line."""
    statement = evidence.statement
    last = evidence.end_line
    linked: set[str] = set()
    for line, kinds in linked_documents:
        if line > last:
            break
        linked.update(kinds)
    found: dict[int, list[str]] = {}
    # Without a bold statement to cut off, the item holds the criterion's own words: not evidence.
    blocks = (statement, *evidence.blocks) if statement.strong else evidence.blocks
    for block in blocks:
        if block.kind not in _PROSE or (block is not statement and block.checked is not None):
            continue  # (a sub-checkbox is the template's own text)
        text = block.text[len(block.strong) :] if block is statement else block.text
        named = documents_named(text) - linked
        for kind in sorted(named):
            line = _line_naming(block, kind, source_lines)
            if kind not in found.setdefault(line, []):
                found[line].append(kind)
    return sorted((line, tuple(kinds)) for line, kinds in found.items())


def _what_link_is(link: Link) -> frozenset[str]:
    """The documents a link is, by the project's vocabulary or as evidence names them: its label
    or address ("[Contribution guidelines](…/contribution-guidelines/)", "…/README.md")."""
    kinds = link.kinds | documents_named(link.label) | documents_named(link.url.replace("-", " "))
    if "readme" in link.label.lower() or "readme" in link.url.lower():
        kinds |= {"readme"}
    return kinds


def _line_naming(block: Block, kind: str, source_lines: Sequence[str]) -> int:
    """The source line of a block that names a kind of document (its first line when none alone does)."""
    if block.end_line > len(source_lines):
        return block.line
    for number in range(block.line, block.end_line + 1):
        if kind in documents_named(source_lines[number - 1]):
            return number
    return block.line
