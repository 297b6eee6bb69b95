"""The link patterns broken-link runs over every line with a link open with the character they
search for ("[" of an unclosed link, "!" or "[" of a link), not with a look-behind or an optional
"!": the same findings at the same columns, for a fraction of the search.

The rule tests write the slips as authors do (an image whose address was never pasted, a link
whose ")" was lost, one escaped or after another's "]"); the pattern tests hold each pattern to
the form it had before, over lines built to tell them apart.
"""

from __future__ import annotations

import re

import pytest

from applint.engine import lint_text
from applint.text import links

TEXT = """# Kelpie Incubation Application

## Overview

Kelpie schedules batch jobs across clusters.

The architecture is shown in ![the scheduler diagram]() and described in our docs.

Our release notes are at [the release page](https://github.com/kelpie/kelpie/releases and updated weekly.

We keep a \\[draft](https://github.com/kelpie/kelpie/draft escaped on purpose.

See [the guide](https://github.com/kelpie/kelpie/guide.md) for setup.
"""


def test_an_image_without_address_and_a_link_without_paren_are_broken_at_their_first_character() -> None:
    found = [
        (f.rule, f.severity.label, f.line, f.column)
        for f in lint_text(TEXT, "kelpie.md").findings
        if f.rule == "broken-link"
    ]
    image = TEXT.splitlines()[6].index("![")
    unclosed = TEXT.splitlines()[8].index("[the release")
    assert found == [("broken-link", "error", 7, image + 1), ("broken-link", "error", 9, unclosed + 1)]


# The patterns as they were written before they opened with their literal.
_UNCLOSED_BEFORE = r"(?<![\\!\]])\[[^\[\]\n]++\]\((?:https?://|\.{1,2}/|#)[^\s()]*+(?=\s|$)"
_LINK_BEFORE = r"!?\[([^\[\]\n]*)\]\(([^()\n]*)\)"

_LINES = [
    "[a](https://x.io",
    "see [a](https://x.io and more",
    "![a](https://x.io",
    "\\[a](https://x.io",
    "][a](https://x.io",
    "[[a](https://x.io",
    "![a](b) and ![c](d)",
    "!![a](b)",
    "x![a](b)",
    "![x]![y](z)",
    "[a](b) [c](./d and [e](#f",
    "!",
    "[",
    "!\\[a](b)",
    "text with no link at all",
]


@pytest.mark.parametrize("line", _LINES)
def test_the_unclosed_link_pattern_finds_what_its_look_behind_form_found(line: str) -> None:
    before = [(m.span(), m.group(0)) for m in re.finditer(_UNCLOSED_BEFORE, line)]
    assert [(m.span(), m.group(0)) for m in re.finditer(links._UNCLOSED, line)] == before


@pytest.mark.parametrize("line", _LINES)
def test_the_link_pattern_finds_what_its_optional_bang_form_found(line: str) -> None:
    before = [(m.span(), m.groups()) for m in re.finditer(_LINK_BEFORE, line)]
    assert [(m.span(), m.groups()) for m in re.finditer(links._LINK, line)] == before
