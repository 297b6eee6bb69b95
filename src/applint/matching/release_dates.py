"""The date the document gives a release of the project: "Examplo v1.0 was released on
2023-03-14", "We released version 2.0 in June 2024", "- March 2024: 1.5 release", "Chaos Mesh 1.0
released on Sep 25, 2020". One release given two dates that disagree to the precision both give
cannot both be true.

Read only where a sentence (a list item, a table cell) names one release and one date: not a
plan or an estimate ("will be released", "to be released in April", "expected", "targeted"), a
release of something else than the project (a chart, an SDK, Kubernetes 1.30, Go 1.22), a
release candidate or a pre-release ("1.0-rc.1", "beta"), nor a sentence naming the release again
("first", "re-released"). "1.0" and "1.0.0" are one release.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.matching.fact_records import DATE, Fact
from applint.model import Block, BlockKind, Document
from applint.text.dates import find_dates
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_statements

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING)
_VERSION = r"(?<![\w.-])v?\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?![\w.-]*\d)(?!-)"
_RELEASED = LazyPattern(
    rf"(?P<after>{_VERSION})(?:\s+GA)?\s+(?:was\s+|has\s+been\s+|got\s+)?(?:released|release|shipped)\b"
    rf"|\b(?:released|shipped)\s+(?:version\s+)?(?P<before>{_VERSION})",
    re.IGNORECASE,
)
_NOT_ONE_RELEASE = LazyPattern(
    r"\b(?:will|would|to\s+be|plan\w*|schedul\w*|expect\w*|estimat\w*|target\w*|tentative\w*|upcoming|next|"
    r"aim\w*|first|initial|again|re-?releas\w*|candidate|rc\d*|alpha|beta|preview|patch\w*|chart|sdk|"
    r"operator|plugin|client|cli|library|kubernetes|k8s|go|golang|helm|python|java|node|rust|envoy|"
    r"not|never|until|before|after|if|once|since|prior)\b",
    re.IGNORECASE,
)


def release_dates(document: Document, indexes: set[int]) -> list[Fact]:
    """The release dates the blocks at ``indexes`` give, in document order."""
    facts: list[Fact] = []
    for index in sorted(indexes):
        block = document.blocks[index]
        if block.kind in _SKIPPED or block.checked is not None:
            continue
        for sentence in split_statements(block.text, cells=True):
            facts.extend(_sentence_dates(sentence, block))
    return facts


def _sentence_dates(sentence: str, block: Block) -> Iterator[Fact]:
    if _NOT_ONE_RELEASE.search(sentence):
        return
    releases = list(_RELEASED.finditer(sentence))
    dates = find_dates(sentence)
    if len(releases) != 1 or len(dates) != 1:
        return  # none, or which date is which release's the sentence does not say for sure
    version = releases[0].group("after") or releases[0].group("before")
    _, _, written, date = dates[0]
    name = _release(version)
    yield Fact(
        ("date", "release", name),
        f"the release date of {name}",
        (date.year, date.month, date.day),
        written,
        block,
        compare=DATE,
    )


def _release(version: str) -> str:
    """The release as one name: "v1.0.0" and "1.0" are "1.0"."""
    parts = version.lstrip("vV").split(".")
    while len(parts) > 2 and parts[-1] == "0":
        parts.pop()
    return ".".join(parts)
