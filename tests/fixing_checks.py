"""What `fix` and `upgrade` promise about an author's lines, checked independently of how they work.

An original line survives when the result holds it byte for byte, in order (a greedy
subsequence match, which finds one whenever one exists). The only exceptions are named by the
caller: lines that may go (template guidance comments) and the one rewrite allowed per line
(``$PROJECT`` filled in, the version label updated).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from applint.templates.catalog import builtin_templates

GUIDANCE_COMMENTS = {
    text for template in builtin_templates() for text, is_comment in template.guidance if is_comment
}


def is_guidance_comment_line(line: str) -> bool:
    """A line holding nothing but one of the templates' guidance comments."""
    match = re.fullmatch(r"\s*<!--\s*(.*?)\s*-->\s*", line)
    return bool(match) and match.group(1) in GUIDANCE_COMMENTS  # type: ignore[union-attr]


def lines_of(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


def unkept_lines(
    original: Sequence[str],
    result: Sequence[str],
    rewrites: Callable[[str], set[str]] = lambda line: set(),
) -> list[tuple[int, str]]:
    """(number, text) of each original line not found, in order, in the result (as itself or as
    one of its allowed rewrites)."""
    missing = []
    position = 0
    for number, line in enumerate(original, start=1):
        accepted = {line} | rewrites(line)
        found = next((i for i in range(position, len(result)) if result[i] in accepted), None)
        if found is None:
            missing.append((number, line))
        else:
            position = found + 1
    return missing


def project_rewrite(name: str) -> Callable[[str], set[str]]:
    return lambda line: {line.replace("$PROJECT", name)} if "$PROJECT" in line else set()
