"""Heading inference for inputs without heading markup (plain text, unstyled DOCX).

A short line that names a section of any shipped template becomes a heading at that
section's level; nothing else is promoted.
"""

from __future__ import annotations

import functools

from applint.templates.catalog import builtin_templates
from applint.text.normalize import normalize, normalize_title
from applint.text.precompiled import compile_pattern

MAX_HEADING_WORDS = 12
_APPLICATION_TITLE = compile_pattern(r"\b(graduation|incubation) (application|due diligence|proposal)$")
_ADOPTER = compile_pattern(r"^adopter \d+\b")


@functools.cache
def _known_titles() -> tuple[dict[str, int], dict[str, int]]:
    """Normalised template titles to levels: exact titles, and prefixes that allow trailing words."""
    exact: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    for template in builtin_templates():
        for section in template.walk():
            for title in section.titles:
                norm = normalize_title(title)
                if not norm or section.role == "title" or _ADOPTER.match(norm):
                    continue
                exact.setdefault(norm, section.level)
                if "$" in title and norm not in ("suggested", "required"):
                    prefixes.setdefault(norm, section.level)
    return exact, prefixes


def infer_heading_level(text: str) -> int | None:
    """The heading level a bare line stands for, or None when it is not a template heading."""
    stripped = text.strip()
    # (split at most MAX_HEADING_WORDS times: a long paragraph is not split whole to count its words)
    if (
        not stripped
        or stripped.endswith((".", ",", ";"))
        or len(stripped.split(None, MAX_HEADING_WORDS)) > MAX_HEADING_WORDS
    ):
        return None
    norm = normalize_title(stripped)
    exact, prefixes = _known_titles()
    if norm in exact:
        return exact[norm]
    for prefix, level in prefixes.items():
        if norm.startswith(prefix + " "):
            return level
    if _APPLICATION_TITLE.search(normalize(stripped)):
        return 1
    if _ADOPTER.match(norm):
        return 5
    return None
