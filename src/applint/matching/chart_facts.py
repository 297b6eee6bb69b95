"""Where the document says the project's Helm chart is published: "the published OCI Helm chart
at ghcr.io/examplo/charts/examplo", "Helm chart (oci://ghcr.io/examplo/helm/examplo)". One chart
(known by its name, the address's last part) given at two paths of one registry leaves an operator
to guess which to install; a chart pushed to two registries (ghcr.io and quay.io) is two copies,
and two charts of one project have two names.

Read only an address the sentence gives as a chart's: right after "chart" (a few words between, no
"image"), or written ``oci://`` in a sentence naming a chart; a sentence giving two addresses for
one name gives none (a chart beside the image it deploys).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.matching.fact_records import Fact
from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_statements

_REFERENCE = LazyPattern(
    r"(?<![\w./-])(?P<oci>oci://)?(?P<host>ghcr\.io|quay\.io|(?:registry-1\.)?docker\.io|public\.ecr\.aws|"
    r"[\w-]+\.azurecr\.io|[\w-]+-docker\.pkg\.dev)/(?P<path>(?:[\w-]+(?:\.[\w-]+)*/)*)"
    r"(?P<name>[\w-]+(?:\.[\w-]+)*)(?::[\w.+-]+|@sha256:\w+)?(?![\w/-])"
)
_CHART_BEFORE = LazyPattern(r"\bcharts?\b(?P<between>(?:\W+\w+){0,5}?)\W*$", re.IGNORECASE)
_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING)


def chart_facts(document: Document, holding: set[int]) -> Iterator[Fact]:
    """The registry path of each chart named in the blocks of ``holding`` (the texts naming a
    chart and holding a registry's address), in order."""
    for index in sorted(holding):
        block = document.blocks[index]
        if block.kind in _SKIPPED:
            continue
        found: list[Fact] = []
        for sentence in split_statements(block.text):
            if "hart" in sentence:
                found.extend(_sentence_facts(sentence, block))
        paths: dict[tuple[str, ...], set[tuple[int | str, ...]]] = {}
        for fact in found:
            paths.setdefault(fact.key, set()).add(fact.value)
        yield from (fact for fact in found if len(paths[fact.key]) == 1)


def _sentence_facts(sentence: str, block: Block) -> Iterator[Fact]:
    lowered = sentence.lower()
    if "chart" not in lowered:
        return
    for match in _REFERENCE.finditer(sentence):
        before = _CHART_BEFORE.search(sentence[: match.start()])
        near = before is not None and "image" not in before.group("between").lower()
        if not (near or match.group("oci")):
            continue
        host, name = match.group("host").lower(), match.group("name")
        yield Fact(
            ("chart", host, name.lower()),
            f"the address of the {name} chart on {host}",
            (match.group("path").lower(),),
            match.group(0),
            block,
            exclusive=False,
        )
