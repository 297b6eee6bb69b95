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
    rewritten: Callable[[str, str], bool] = lambda line, candidate: False,
    may_go: Callable[[str], bool] = lambda line: False,
) -> list[tuple[int, str]]:
    """(number, text) of each original line not found, in order, in the result (as itself or as
    a rewrite of it that ``rewritten(line, candidate)`` allows).

    Lines are matched greedily, earliest first (which finds an embedding whenever one exists). A
    line ``may_go`` accepts is matched only before the place where the next line that must stay
    is found, so a removed comment is not matched to a copy of it further down."""
    missing = []
    position = 0

    def find(line: str, start: int, stop: int) -> int | None:
        return next((i for i in range(start, stop) if result[i] == line or rewritten(line, result[i])), None)

    for number, line in enumerate(original, start=1):
        stop = len(result)
        if may_go(line):
            later = next((other for other in original[number:] if not may_go(other)), None)
            bound = find(later, position, len(result)) if later is not None else None
            stop = bound if bound is not None else stop
        found = find(line, position, stop)
        if found is None:
            missing.append((number, line))
        else:
            position = found + 1
    return missing


def project_filled(line: str, candidate: str) -> bool:
    """True when ``candidate`` is ``line`` with each ``$PROJECT`` replaced by one same name."""
    if "$PROJECT" not in line:
        return False
    parts = re.split(r"\$PROJECT(?![A-Za-z0-9_])", line)
    pattern = re.escape(parts[0]) + "".join(
        ("(?P<name>[^\r\n$]+)" if i == 0 else "(?P=name)") + re.escape(part)
        for i, part in enumerate(parts[1:])
    )
    return re.fullmatch(pattern, candidate) is not None
