"""The documents and records a criterion's evidence names without linking them ("MAINTAINERS.md",
"documented in the community governance docs", "listed on the CNCF community calendar", "Xiao
Zhang added as maintainer"), when neither that evidence nor anything before it links them.

What each link is (``link_keys``) is worked out once per document. A document counts as linked
when a link up to the end of the criterion's evidence is it (by the project's vocabulary of
documents, its file name, its label): one link per document is enough, wherever earlier it was
given, and a link in a sub-bullet or on the next line of the same answer counts. A link in the
very sentence naming it ("documented [here](…)") is it. A process outcome needs a link of its own
in the criterion's evidence (the pull request, issue or vote that records it).

A companion document (GTR, governance review, self-assessment) has no criteria: there a project
file it names ("SECURITY.md published in repository", "Full threat model in
`kestrel-threat-model.md`") counts as linked when any link of the whole document is it
(``files_named_unlinked``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from applint.matching.evidence import Evidence
from applint.matching.project_links import Link, ProjectLinks
from applint.model import Block, BlockKind, Document
from applint.templates.boilerplate import is_template_text
from applint.text.named_records import (
    OUTCOME,
    Named,
    file_names,
    places_in_label,
    records_named,
    sentence_around,
)
from applint.text.patterns import LazyPattern

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
# The community repository itself (its front page), not a folder or file inside it.
_COMMUNITY_REPOSITORY = LazyPattern(r"github\.com/[\w.-]+/[\w.-]*community/?(?:#[\w-]*|/tree/[\w.-]+/?)?$")

# "… are published at:", "… can be found here:": the place is what comes next.
_POINTS_TO_NEXT = LazyPattern(r"\b(?:at|here|below|from)\s*:\s*$")

_REFERENCE = LazyPattern(r"(?<![\w&])(?:[\w.-]+/[\w.-]+)?#\d+\b")


class LinkKeys:
    """Each link of the document with the keys of what it is ("governance", "file:maintainers.md",
    "calendar", "community repository", …), in document order, worked out for a link the first
    time a criterion's evidence reaches it (most criteria name nothing)."""

    __slots__ = ("_keys", "links")

    def __init__(self, links: ProjectLinks) -> None:
        self.links: Final = links.links
        self._keys: list[frozenset[str]] = []

    def up_to(self, last: int) -> Iterator[tuple[Link, frozenset[str]]]:
        """(link, keys) for each link up to line ``last``."""
        for index, link in enumerate(self.links):
            if link.line > last:
                return
            if index == len(self._keys):
                self._keys.append(_keys_of(link))
            yield link, self._keys[index]


def link_keys(links: ProjectLinks) -> LinkKeys:
    """The document's links, to be keyed by what they are as criteria ask."""
    return LinkKeys(links)


def records_in_evidence(evidence: Evidence, template_kind: str) -> list[tuple[Block, str, Named]]:
    """What the evidence's own words name (block, its text, the document or record), in order;
    not what the template's own text names (asked only of a block that names something)."""
    found: list[tuple[Block, str, Named]] = []
    for block, text in _texts(evidence):
        named = records_named(text)
        if named and (block is evidence.statement or not is_template_text(text, template_kind)):
            found.extend((block, text, record) for record in named)
    return found


def unlinked_records(
    evidence: Evidence,
    named: Sequence[tuple[Block, str, Named]],
    links: LinkKeys,
    source_lines: Sequence[str],
) -> tuple[int, list[str]] | None:
    """(the line of the first mention, the names) of what the evidence names (``named``, from
    ``records_in_evidence``) without a link, or None when everything named is linked. A document
    is named as a message calls it ("the community repository", "MAINTAINERS.md"), an outcome by
    its own words in quotes ('"added as maintainer"')."""
    first, last = evidence.statement.line, evidence.end_line
    linked: set[str] = set()
    has_own_link = False
    for link, keys in links.up_to(last):
        linked.update(keys)
        has_own_link = has_own_link or link.line >= first
    # "discussed in #1290": the record is referenced (bare-reference reports a reference that links nothing)
    has_record = has_own_link or any(_REFERENCE.search(text) for _, text in _texts(evidence))
    names: list[str] = []
    line = 0
    for block, text, record in named:
        if record.kind == OUTCOME and has_record:
            continue
        if record.kind != OUTCOME and record.covering & linked:
            continue
        if _linked_in_sentence(block, text, record, links) or _introduces_link(block, text, evidence):
            continue
        if record.kind == "file" and _in_code(block, record.words, source_lines):
            continue  # "a `CODE_OF_CONDUCT.md` in every repository": a kind of file, quoted
        name = (
            f'"{text[record.start : record.start + len(record.words)]}"'
            if record.kind == OUTCOME
            else record.name
        )
        if name not in names:
            names.append(name)
        line = line or _line_naming(block, record, source_lines)
    return (line, names) if names else None


_NAMING_BLOCKS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE)


def files_named_unlinked(document: Document) -> list[tuple[str, list[int]]]:
    """Each project file the document names that none of its links is: the name as first written
    and the lines naming it, in order of first mention (a file inside an address, a list of files
    in parentheses, what a sentence denies or plans are not named; see ``records_named``)."""
    named: dict[str, tuple[Named, list[int]]] = {}
    for block in document.blocks:
        if block.kind not in _NAMING_BLOCKS or "." not in block.text:
            continue
        # a wrapped line is no sentence break: "do not\ninclude a CODE_OF_CONDUCT.md" is denied
        for record in records_named(block.text.replace("\n", " ")):
            if record.kind != "file" or not _project_document(record):
                continue
            line = _line_naming(block, record, document.source_lines)
            _, lines = named.setdefault(record.words, (record, []))
            if line not in lines:
                lines.append(line)
    if not named:
        return []
    keys = frozenset().union(*(_keys_of(link) for link in ProjectLinks(document).links))
    return [(record.name, lines) for record, lines in named.values() if not record.covering & keys]


def _project_document(record: Named) -> bool:
    """Whether a file named is one of the project's documents a reviewer opens (its security
    policy, maintainers list, governance, roadmap, …, or its threat model); not a README or
    CHANGELOG, which every repository and release has, nor a page of a site being described."""
    kinds = {key for key in record.covering if not key.startswith("file:")} - {"releases"}
    return bool(kinds) or "threat" in record.words


def _texts(evidence: Evidence) -> list[tuple[Block, str]]:
    """The evidence's own prose, block by block: the criterion item after its bold statement (an
    item without one holds the criterion's own words), then each block (not a sub-checkbox, which
    is the template's)."""
    statement = evidence.statement
    texts: list[tuple[Block, str]] = []
    if statement.strong:
        texts.append((statement, statement.text[len(statement.strong) :]))
    texts.extend(
        (block, block.text) for block in evidence.blocks if block.kind in _PROSE and block.checked is None
    )
    return texts


def _linked_in_sentence(block: Block, text: str, named: Named, links: LinkKeys) -> bool:
    """True when the sentence naming it links it: by a link that only points ("documented
    [here](…)") or one whose label is the words naming it ("in the [community repo](…)"); not
    "listed in the README and [GOVERNANCE.md](…)", nor "completed as part of the [Security
    Pals](…) process"."""
    begin, end = sentence_around(text, named.start)
    sentence = text[begin:end]
    for link, _ in links.up_to(block.end_line):
        if link.block is not block:
            continue
        at = sentence.find(link.label or link.url)
        if at < 0:
            continue
        label = link.label.lower()
        if link.unnamed or (label and (label in named.words or named.words in label)):
            return True
        if named.placed and begin + at > named.start and not (link.kinds or file_names(link.label)):
            return True  # "available in the [karmada-io/community](…) repository": where it is
    return False


def _introduces_link(block: Block, text: str, evidence: Evidence) -> bool:
    """True when the block ends by pointing to the place that follows ("the meeting notes are
    published at:"; not "Subprojects are listed in the project README and this document:", whose
    list is the subprojects) and the evidence links something after it."""
    if not text.rstrip().endswith(":") or _POINTS_TO_NEXT.search(text) is None:
        return False
    return any(later.links for later in evidence.blocks if later.line > block.end_line)


def _in_code(block: Block, name: str, source_lines: Sequence[str]) -> bool:
    """True when the block's source writes the file name as code (`` `CODE_OF_CONDUCT.md` ``)."""
    quoted = f"`{name}"
    return any(
        quoted in source_lines[number - 1].lower()
        for number in range(block.line, min(block.end_line, len(source_lines)) + 1)
    )


def _keys_of(link: Link) -> frozenset[str]:
    """What a link is: the project documents its address or label names, its file name, and the
    places evidence names that an address shows (a calendar, the community repository, the README)."""
    url = link.url.lower()
    label = link.label.lower()
    keys = set(link.kinds)
    name = url.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if name:
        keys.add(f"file:{name}")
    keys.update(f"file:{file.lower()}" for file in file_names(link.label))
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


def _line_naming(block: Block, named: Named, source_lines: Sequence[str]) -> int:
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
