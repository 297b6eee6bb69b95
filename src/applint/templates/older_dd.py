"""The questions of the TOC's older due-diligence format (cncf/toc ``process/dd-review-template.md``,
before the DD template), from the texts shipped in ``schemas/older-dd/``.

Each top-level list item of the text's sections is a question for the TOC member ("Who uses the
project? …", "1. Project is self-governing"); its nested items are its choices, not questions. Most
questions (the stage criteria) have no choices: items nested under them in a document are answers.
"""

from __future__ import annotations

import functools
import os

from applint.templates.catalog import schemas_folder
from applint.text.normalize import normalize
from applint.text.precompiled import cached_pattern, compile_pattern

FOLDER = "older-dd"
_ITEM = compile_pattern(r"^(?:[*+-]|\d+[.)])\s+(.+?)\s*$")


def review_questions() -> frozenset[str]:
    """The normalised text of every question of every shipped older DD text."""
    return _read_questions()[0]


def questions_with_choices() -> frozenset[str]:
    """The normalised text of the questions the older DD texts give choices under (nested items)."""
    return _read_questions()[1]


@functools.lru_cache(maxsize=1)
def _read_questions() -> tuple[frozenset[str], frozenset[str]]:
    folder = os.path.join(schemas_folder(), FOLDER)
    questions: set[str] = set()
    with_choices: set[str] = set()
    for name in sorted(os.listdir(folder)):
        if not name.startswith("dd-review-template-") or not name.endswith(".md"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            last = ""
            for line in handle:
                found = _ITEM.match(line)  # column 0 only: an indented item is a question's choice
                if found:
                    last = normalize(cached_pattern(r"\[([^\]]*)\]\([^)]*\)").sub(r"\1", found.group(1)))
                    questions.add(last)
                elif last and _ITEM.match(line.strip()) and line[:1].isspace():
                    with_choices.add(last)
                elif line.strip():
                    last = ""
    return frozenset(questions), frozenset(with_choices)
