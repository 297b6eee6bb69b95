"""Small, harmless edits of a draft's text, generated from a seed: what an author does to a draft
between two saves without changing the template it was written from.

Each edit takes the text and a ``random.Random`` and returns the edited text, or None when the
draft has nothing it applies to. The same seed gives the same edit, so a failure can be replayed.
Used by the revision-detection stability test and by ``tools/detection_stability.py``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

# A checklist line: "- [ ] **text**", "* [x] text", "[ ] text", "- [] text".
CHECKBOX = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]\s+)?\[(?: |x|X|)\]\s*(?P<rest>\S.*)$")
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>\S.*?)\s*#*\s*$")
LONG_WORD = re.compile(r"\b[A-Za-z]{5,}\b")
SENTENCES = (
    "The maintainers review this every quarter and record the outcome in the meeting notes.",
    "More detail is in the linked document, which we keep up to date.",
    "This has been the case since the project's first release.",
    "We are happy to walk the TOC through it on a call.",
)
WORD_SWAPS = {
    "document": "describe",
    "documented": "described",
    "project": "project's",
    "publicly": "openly",
    "clear": "clearly stated",
    "maintainers": "the maintainers",
}
RENAMES = (
    lambda title: f"{title} (draft)",
    lambda title: title.upper(),
    lambda title: f"1. {title}",
    lambda title: title.rstrip(":") + ":",
)

Edit = Callable[[str, random.Random], "str | None"]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _outside_code(lines: list[str]) -> list[int]:
    """Indexes of lines outside fenced code and HTML comments (an edit there would change nothing)."""
    keep, fenced, comment = [], False, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if "<!--" in stripped and "-->" not in stripped.split("<!--", 1)[1]:
            comment = True
        if not fenced and not comment:
            keep.append(index)
        if comment and "-->" in stripped:
            comment = False
    return keep


def _checkbox_lines(lines: list[str]) -> list[int]:
    return [index for index in _outside_code(lines) if CHECKBOX.match(lines[index])]


def reword_criterion(text: str, rng: random.Random) -> str | None:
    """One criterion statement reworded: a word swapped for a near synonym, or one long word dropped."""
    lines = _lines(text)
    choices = _checkbox_lines(lines)
    if not choices:
        return None
    index = rng.choice(choices)
    line = lines[index]
    words = [match for match in LONG_WORD.finditer(line) if match.start() > line.find("]")]
    swappable = [match for match in words if match.group().lower() in WORD_SWAPS]
    if swappable and rng.random() < 0.5:
        match = rng.choice(swappable)
        replacement = WORD_SWAPS[match.group().lower()]
    elif len(words) >= 4:
        match = rng.choice(words[1:])  # the first word carries the criterion's verb: keep it
        replacement = ""
    else:
        return None
    lines[index] = re.sub(r"  +", " ", line[: match.start()] + replacement + line[match.end() :])
    return "\n".join(lines)


def add_evidence_sentence(text: str, rng: random.Random) -> str | None:
    """A sentence added to the evidence: appended to a prose line, or a new line after a criterion."""
    lines = _lines(text)
    outside = _outside_code(lines)
    prose = [
        index
        for index in outside
        if lines[index].strip()
        and not HEADING.match(lines[index])
        and not CHECKBOX.match(lines[index])
        and not lines[index].lstrip().startswith(("|", "<", "---"))
        and len(lines[index].split()) >= 6
    ]
    sentence = rng.choice(SENTENCES)
    if prose and rng.random() < 0.5:
        index = rng.choice(prose)
        lines[index] = lines[index].rstrip() + " " + sentence
        return "\n".join(lines)
    boxes = _checkbox_lines(lines)
    if not boxes:
        return None
    index = rng.choice(boxes)
    lines[index + 1 : index + 1] = ["", sentence, ""]
    return "\n".join(lines)


def remove_checkboxes(text: str, rng: random.Random) -> str | None:
    """Every checkbox removed, as an export that drops them does: the list marker kept or not, the
    bold kept or not."""
    lines = _lines(text)
    boxes = _checkbox_lines(lines)
    if not boxes:
        return None
    keep_marker, keep_bold = rng.random() < 0.5, rng.random() < 0.5
    for index in boxes:
        match = CHECKBOX.match(lines[index])
        assert match is not None
        marker = (match.group("marker") or "") if keep_marker else ""
        rest = match.group("rest") if keep_bold else match.group("rest").replace("**", "")
        lines[index] = f"{match.group('indent')}{marker}{rest}"
    return "\n".join(lines)


def remove_one_checkbox(text: str, rng: random.Random) -> str | None:
    """One checkbox removed, its statement kept."""
    lines = _lines(text)
    boxes = _checkbox_lines(lines)
    if not boxes:
        return None
    index = rng.choice(boxes)
    match = CHECKBOX.match(lines[index])
    assert match is not None
    lines[index] = f"{match.group('indent')}{match.group('marker') or ''}{match.group('rest')}"
    return "\n".join(lines)


def rename_heading(text: str, rng: random.Random) -> str | None:
    """One heading renamed the way authors do: numbered, upper-cased, a colon or "(draft)" added."""
    lines = _lines(text)
    headings = [index for index in _outside_code(lines) if HEADING.match(lines[index])]
    if not headings:
        return None
    index = rng.choice(headings)
    match = HEADING.match(lines[index])
    assert match is not None
    lines[index] = f"{match.group('hashes')} {rng.choice(RENAMES)(match.group('title'))}"
    return "\n".join(lines)


def several(text: str, rng: random.Random) -> str | None:
    """Three criteria reworded, two sentences added and two headings renamed, in one save."""
    edited: str | None = text
    for edit in (reword_criterion,) * 3 + (add_evidence_sentence,) * 2 + (rename_heading,) * 2:
        edited = edit(edited, rng) or edited
    return edited


def fill_in(text: str, rng: random.Random) -> str:
    """A template text as an applicant fills it in: each box ticked and each "(Project assertion
    goes here)" note replaced by a sentence of evidence. Not an edit: the base of the drafts the
    edits apply to when a template text is taken as a draft."""
    lines = _lines(text)
    for index in _checkbox_lines(lines):
        lines[index] = lines[index].replace("[ ]", "[x]", 1)
    filled = "\n".join(lines)
    return re.sub(
        r"<!--\s*\(?Project assertion goes here\)?\s*-->",
        lambda _: rng.choice(SENTENCES) + " See https://example.org/evidence.",
        filled,
        flags=re.IGNORECASE,
    )


EDITS: dict[str, Edit] = {
    "reword-criterion": reword_criterion,
    "add-evidence-sentence": add_evidence_sentence,
    "remove-checkboxes": remove_checkboxes,
    "remove-one-checkbox": remove_one_checkbox,
    "rename-heading": rename_heading,
    "several": several,
}


def harmless_edits(text: str, seeds: int = 3) -> list[tuple[str, int, str]]:
    """(edit name, seed, edited text) for each edit and seed that applies to the text."""
    edited = []
    for name, edit in EDITS.items():
        for seed in range(seeds):
            result = edit(text, random.Random(f"{name}:{seed}"))
            if result is not None and result != text:
                edited.append((name, seed, result))
    return edited
