"""The documents and records a criterion's evidence names without linking them ("MAINTAINERS.md",
"documented in the community governance docs", "listed on the CNCF community calendar", "Xiao
Zhang added as maintainer"), when neither that evidence nor anything before it links them.

What each link is (``link_keys``) is worked out once per document. A document counts as linked
when a link up to the end of the criterion's evidence is it (by the project's vocabulary of
documents, its file name, its label): one link per document is enough, wherever earlier it was
given, and a link in a sub-bullet or on the next line of the same answer counts. A link in the
very sentence naming it ("documented [here](…)") is it. A process outcome needs a link of its own
in the criterion's evidence (the pull request, issue or vote that records it); one that changes who
holds a role ("maintainers have been added", "transitioned to Emeritus") is also shown by the
maintainer list linked in that evidence or the criterion's just above ("[MAINTAINERS.md](…#emeritus)").

"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from applint.matching.evidence import Evidence
from applint.matching.named_files import keys_of, line_naming
from applint.matching.project_links import Link, ProjectLinks
from applint.model import Block, BlockKind
from applint.templates.boilerplate import is_template_text
from applint.text.named_records import (
    OUTCOME,
    Named,
    file_names,
    records_named,
    sentence_around,
)
from applint.text.patterns import LazyPattern

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
# "… are published at:", "… can be found here:": the place is what comes next.
_POINTS_TO_NEXT = LazyPattern(r"\b(?:at|here|below|from)\s*:\s*$")

# An outcome that changes who holds a role ("added as maintainer", "moved to emeritus"): the
# maintainer list, with its emeritus section, records it.
_ROLE = LazyPattern(r"\b(?:maintainers?|emeritus|approvers?|reviewers?|committers?)\b")
_MAINTAINER_LIST = "maintainers"  # the key of a link to the maintainer list (named_files.keys_of)
_REFERENCE = LazyPattern(r"(?<![\w&])(?:[\w.-]+/[\w.-]+)?#\d+\b")


class LinkKeys:
    """Each link of the document with the keys of what it is ("governance", "file:maintainers.md",
    "calendar", "community repository", …), in document order, worked out for a link the first
    time a criterion's evidence reaches it (most criteria name nothing).

    "The links up to line ``last``" are the links from the first up to the first one after
    ``last`` (a block lists its links by address, so a later one can sit on an earlier line).
    Where that stretch ends is found by bisection, and the keys it covers are gathered once,
    growing with each criterion, instead of walking the links from the first for every one."""

    __slots__ = ("_by_block", "_keys", "_linked", "_linked_count", "_reach", "links")

    def __init__(self, links: ProjectLinks) -> None:
        self.links: Final = links.links
        self._keys: list[frozenset[str]] = []
        # _reach[i]: the furthest line of links 0..i (a link after ``last`` ends the stretch).
        reach: list[int] = []
        furthest = 0
        by_block: dict[int, tuple[int, int]] = {}
        for index, link in enumerate(self.links):
            furthest = max(furthest, link.line)
            reach.append(furthest)
            start = by_block.get(id(link.block), (index, index))[0]
            by_block[id(link.block)] = (start, index + 1)
        self._reach: Final = reach
        self._by_block: Final = by_block
        self._linked: set[str] = set()
        self._linked_count = 0

    def _count(self, last: int) -> int:
        """How many links, from the first, come before the first one after line ``last``."""
        return bisect_right(self._reach, last)

    def _key(self, index: int) -> frozenset[str]:
        while len(self._keys) <= index:
            self._keys.append(keys_of(self.links[len(self._keys)]))
        return self._keys[index]

    def linked_up_to(self, last: int) -> tuple[AbstractSet[str], int]:
        """(the keys of every link up to line ``last``, the furthest line among those links; 0 when
        there is none). The keys are shared: read them, never change them."""
        count = self._count(last)
        if count < self._linked_count:
            self._linked = set()
            self._linked_count = 0
        for index in range(self._linked_count, count):
            self._linked.update(self._key(index))
        self._linked_count = count
        return self._linked, self._reach[count - 1] if count else 0

    def keys_between(self, first: int, last: int) -> frozenset[str]:
        """The keys of the links from line ``first`` to line ``last``."""
        keys: set[str] = set()
        for index in range(self._count(first - 1), self._count(last)):
            if first <= self.links[index].line <= last:
                keys.update(self._key(index))
        return frozenset(keys)

    def in_block_up_to(self, block: Block, last: int) -> Iterator[Link]:
        """The links of ``block`` among the links up to line ``last``."""
        start, end = self._by_block.get(id(block), (0, 0))
        for index in range(start, min(end, self._count(last))):
            link = self.links[index]
            if link.block is block:
                yield link


def link_keys(links: ProjectLinks) -> LinkKeys:
    """The document's links, to be keyed by what they are as criteria ask."""
    return LinkKeys(links)


def records_in_evidence(
    evidence: Evidence, template_kind: str, evaluation: bool = False
) -> list[tuple[Block, str, Named]]:
    """What the evidence's own words name (block, its text, the document or record), in order;
    not what the template's own text names (asked only of a block that names something). An
    ``evaluation`` (a DD's) also names a file by what it is ("The Contributing file")."""
    found: list[tuple[Block, str, Named]] = []
    for block, text in _texts(evidence):
        named = records_named(text, described_files=evaluation, code_spans=block.code_spans)
        if named and (block is evidence.statement or not is_template_text(text, template_kind)):
            found.extend((block, text, record) for record in named)
    return found


def unlinked_records(
    evidence: Evidence,
    named: Sequence[tuple[Block, str, Named]],
    links: LinkKeys,
    source_lines: Sequence[str],
    above: int | None = None,
) -> tuple[int, list[str]] | None:
    """(the line of the first mention, the names) of what the evidence names (``named``, from
    ``records_in_evidence``) without a link, or None when everything named is linked. A document
    is named as a message calls it ("the community repository", "MAINTAINERS.md"), an outcome by
    its own words in quotes ('"added as maintainer"'). ``above``: the first line of the criterion
    just above, whose link to the maintainer list ("[MAINTAINERS.md](…#emeritus)") is where a
    reader checks who was added or moved to emeritus."""
    first, last = evidence.statement.line, evidence.end_line
    linked, furthest = links.linked_up_to(last)
    has_own_link = furthest >= first
    # "discussed in #1290": the record is referenced (bare-reference reports a reference that links nothing)
    has_record = has_own_link or any(_REFERENCE.search(text) for _, text in _texts(evidence))
    # Who was added or moved to emeritus: the maintainer list linked here or just above shows it.
    role_listed = (
        not has_record
        and any(record.kind == OUTCOME and _ROLE.search(record.words) for _, _, record in named)
        and _MAINTAINER_LIST in links.keys_between(above or first, last)
    )
    names: list[str] = []
    line = 0
    for block, text, record in named:
        if record.kind == OUTCOME and (has_record or (role_listed and _ROLE.search(record.words))):
            continue
        if record.kind != OUTCOME and record.covering & linked:
            continue
        if _linked_in_sentence(block, text, record, links) or _introduces_link(block, text, evidence):
            continue
        if record.kind == "file" and "/" not in record.words and _in_code(block, record.words, source_lines):
            continue  # "a `CODE_OF_CONDUCT.md` in every repository": a kind of file, quoted (a path is one file)
        name = (
            f'"{text[record.start : record.start + len(record.words)]}"'
            if record.kind == OUTCOME
            else record.name
        )
        if name not in names:
            names.append(name)
        line = line or line_naming(block, record, source_lines)
    return (line, names) if names else None


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
    for link in links.in_block_up_to(block, block.end_line):
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
