"""The project's current release, as the document states it: a GTR's "Project Version: v0.3.2"
field, "The latest release is v1.5.0", "our current version (v2.1)", "(latest: v0.1.24, released
February 2026)", "The project is at v0.1.x", "The latest release of Kelpie is 1.3.1" (of the
project its title names). Two of these that disagree as far as both go (v0.3.2 against v0.1.24;
not v0.1.x against v0.1.24) cannot both be true.

Read only where the release is the project's own and now: not "the latest Kubernetes version",
"Helm's latest release", "the latest release of cert-manager" in another project's document, nor
in a sentence about another moment or another thing ("was", "as of", "at the time", "previous",
"next", "will", "supports", "requires", "compatible", "from … to …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.matching.fact_records import PREFIX, Fact
from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_statements

_VERSION = r"v?\d{1,4}(?:\.(?:\d{1,6}|x))+(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?"
# What states the release, then the version right after it (bold, a backtick or a bracket between).
_STATED = LazyPattern(
    r"(?:(?P<field>\bproject\s+version\b(?:\s+reviewed)?\s*[*_]*\s*:)"
    r"|(?<![\w'’-])(?P<latest>(?:latest|current)(?:\s+stable)?\s+(?:release|version)"
    r"(?:\s+of\s+(?P<of>[\w.-]+))?(?:\s+is)?\s*:?)"
    r"|(?P<aside>\(\s*latest\s*:)"
    r"|(?P<at>\bis\s+(?:currently\s+|now\s+)?at\s+(?:version\s+)?))"
    rf"[\s*_`(\[]*(?P<version>{_VERSION})(?![\w]|\.\d)",
    re.IGNORECASE,
)
# Words before "latest release" that make it the project's own: nothing, "the", "our", "its".
_OWNER_BEFORE = LazyPattern(r"(?:^|[(:,;]\s*|\b(?:the|our|its|project['’]s)\s+)$", re.IGNORECASE)
# A sentence about another moment or about something the project uses or supports.
_NOT_NOW = LazyPattern(
    r"\b(?:was|were|had|as\s+of|at\s+the\s+time|when|previous\w*|prior|then|will|would|plan\w*|upcoming|"
    r"coming|next|target\w*|expect\w*|until|since|from|support\w*|compatib\w*|requir\w*|depend\w*|"
    r"upgrad\w*|migrat\w*|kubernetes|k8s)\b",
    re.IGNORECASE,
)


def release_facts(document: Document, holding: set[int]) -> Iterator[Fact]:
    """The project's current release in each block of ``holding`` that states it, in order
    (``holding``: the paragraphs and list items naming a latest or current release beside a digit)."""
    title = _title(document)
    for index in sorted(holding):
        block = document.blocks[index]
        for sentence in split_statements(block.text):
            yield from _sentence_facts(sentence, block, title)


def _sentence_facts(sentence: str, block: Block, title: str) -> Iterator[Fact]:
    stated = False  # whether the sentence has stated the project's release ("(latest: …)" adds to it)
    for match in _STATED.finditer(sentence):
        before = sentence[: match.start()]
        if match.group("latest"):
            named = match.group("of")
            if not _OWNER_BEFORE.search(before) or (named and named.lower() not in title):
                continue  # another thing's latest release ("Helm's", "of cert-manager")
        elif match.group("at"):
            subject = before.rstrip().rsplit(None, 1)[-1:] or [""]
            if subject[0].strip("*_").lower() not in ("project", "it", *title.split()[:1]):
                continue  # "Kubernetes is at 1.30"
        elif match.group("aside") and not stated:
            continue  # a version in brackets after something else's
        if not match.group("field") and _NOT_NOW.search(sentence):
            continue
        stated = True
        written = match.group("version")
        yield Fact(
            ("version", "project"),
            "the project's current version",
            _read_version(written),
            written,
            block,
            compare=PREFIX,
        )


def _read_version(written: str) -> tuple[int, ...]:
    """The numbers of a version as far as it gives them ("v0.1.x" is (0, 1), "1.2.0-rc.2" (1, 2, 0))."""
    numbers: list[int] = []
    for part in written.lstrip("vV").split("-", 1)[0].split("."):
        if not part.isdigit():
            break
        numbers.append(int(part))
    return tuple(numbers)


def _title(document: Document) -> str:
    """The document's first top-level heading, in lower case ("" when it has none)."""
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and block.level == 1:
            return block.text.lower()
    return ""
