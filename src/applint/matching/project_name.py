"""The project's name, read from the document's title ("# Kelpie Incubation Application",
"# Buildpacks Graduation Due Diligence"); "" when the title does not give it."""

from __future__ import annotations

import re

from applint.model import BlockKind, Document
from applint.text.precompiled import compile_pattern

# What follows the name in an application's or a due-diligence document's title.
_TITLE_TAIL = compile_pattern(
    r"^\W*(?P<name>[^$\n]+?)\s+(?:graduation|incubation|incubating|sandbox)\b"
    r"\s*(?:stage\s+)?(?:application|proposal|due\s+diligence|dd|review|evaluation)\b",
    re.IGNORECASE,
)
# How many blocks into the document the title is looked for.
_TITLE_WINDOW = 8


def project_name(document: Document) -> str:
    """The project's name from the first title heading that gives one, or "" (an issue body opens
    with the template's own "# Review Project Moving Level Evaluation" before the title)."""
    for block in document.blocks[:_TITLE_WINDOW]:
        if block.kind is BlockKind.HEADING and block.level == 1:
            found = _TITLE_TAIL.match(block.text) if "$" not in block.text else None
            name = found.group("name").strip(" *_") if found else ""
            if len(name) >= 2:
                return name
    return ""
