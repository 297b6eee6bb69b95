"""The project files a companion document (GTR, governance review, self-assessment) names that no
link of it is ("SECURITY.md published in repository", "Full threat model in
`kestrel-threat-model.md`"); and what each link is, by the words evidence uses for documents
(``keys_of``), which the application's unlinked-document check shares.

A companion document has no criteria: a file it names counts as linked when any link of the whole
document is it (by its file name or the kind of document it is).
"""

from __future__ import annotations

from collections.abc import Sequence

from applint.matching.project_links import Link, ProjectLinks
from applint.model import Block, BlockKind, Document
from applint.text.addresses import address_name
from applint.text.named_records import Named, file_names, places_in_label, records_named
from applint.text.patterns import LazyPattern

# The community repository itself (its front page), not a folder or file inside it.
_COMMUNITY_REPOSITORY = LazyPattern(r"github\.com/[\w.-]+/[\w.-]*community/?(?:#[\w-]*|/tree/[\w.-]+/?)?$")


_NAMING_BLOCKS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE)


def files_named_unlinked(
    document: Document, links: ProjectLinks, places: frozenset[str] = frozenset()
) -> list[tuple[str, list[int], bool]]:
    """Each project file the document names that none of its links is: the name as first written
        and the lines naming it, in order of first mention (a file inside an address, a list of files
        in parentheses, what a sentence denies or plans are not named, see ``records_named``; nor is what a
    list of open items names, see ``open_items``), and whether it is a file by its name.
    ``places``: the kinds of project document named
    by what it is rather than a file name ("The roadmap is maintained publicly", a GTR's) that count
    too, by the name a message gives them ("the roadmap")."""
    named: dict[str, tuple[Named, list[int]]] = {}
    planned: frozenset[int] | None = None  # the blocks setting out work still to do, on first need
    linked_beside: set[str] = set()  # the kinds of ``places`` named beside a link somewhere
    for index, block in enumerate(document.blocks):
        if block.kind not in _NAMING_BLOCKS or ("." not in block.text and not block.code_spans):
            continue
        # a wrapped line is no sentence break: "do not\ninclude a CODE_OF_CONDUCT.md" is denied
        text = block.text.replace("\n", " ")
        for record in records_named(text, described_files=True, code_spans=block.code_spans):
            if record.kind in places:
                # a project document named by what it is ("The roadmap is maintained publicly"):
                # a link beside it is where it is kept ("… as a [GitHub Project board](…)"), for
                # every later mention too
                if block.links:
                    linked_beside.add(record.kind)
                    continue
            elif record.kind != "file" or not _project_document(record):
                continue
            if planned is None:
                from applint.matching.open_items import open_item_blocks  # a project file named only

                planned = open_item_blocks(document)
            if index in planned:
                break  # an open item ("**SECURITY.md:** Add a policy"): a plan, not a file to link
            line = line_naming(block, record, document.source_lines)
            _, lines = named.setdefault(record.words, (record, []))
            if line not in lines:
                lines.append(line)
    if not named:
        return []
    keys = frozenset().union(*(keys_of(link) for link in links.links))
    return [
        (record.name, lines, record.kind == "file")
        for record, lines in named.values()
        if not record.covering & keys and record.kind not in linked_beside
    ]


def _project_document(record: Named) -> bool:
    """Whether a file named is one of the project's documents a reviewer opens (its security
    policy, maintainers list, governance, roadmap, …, or its threat model, or any file given by its
    path as where something is: "documented in `docs/api-stability-policy.md`"); not a README or
    CHANGELOG, which every repository and release has, nor a page of a site being described."""
    kinds = {key for key in record.covering if not key.startswith("file:")} - {"releases"}
    return bool(kinds) or "threat" in record.words or record.cited


def keys_of(link: Link) -> frozenset[str]:
    """What a link is: the project documents its address or label names, its file name, and the
    places evidence names that an address shows (a calendar, the community repository, the README)."""
    url = link.url.lower()
    label = link.label.lower()
    keys = set(link.kinds)
    name = address_name(url)
    if name:
        keys.add(f"file:{name}")
    keys.update(f"file:{file.rsplit('/', 1)[-1].lower()}" for file in file_names(link.label))
    keys.update(places_in_label(link.label))
    if "readme" in label or "readme" in url:
        keys.add("readme")
    if "calendar" in url or "calendar" in label or "tockify.com" in url:
        keys.add("calendar")
    if any(word in url or word in label for word in ("agenda", "meeting-notes", "minutes", "meeting notes")):
        keys.add("meeting notes")
    if _COMMUNITY_REPOSITORY.search(url) or "community repo" in label:
        keys.add("community repository")
    return frozenset(keys)


def line_naming(block: Block, named: Named, source_lines: Sequence[str]) -> int:
    """The source line of a block where it names ``named`` (its first line when none alone does)."""
    if block.end_line > len(source_lines):
        return block.line
    needle = named.words.split()[0] if named.words.split() else named.words
    for number in range(block.line, block.end_line + 1):
        if named.words in source_lines[number - 1].lower():
            return number
    for number in range(block.line, block.end_line + 1):
        if needle in source_lines[number - 1].lower():
            return number
    return block.line
