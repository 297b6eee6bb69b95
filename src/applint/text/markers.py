"""Leftover markers in text: template placeholders and notes to the author (TODO, TBD, ...)."""

from __future__ import annotations

import re

# Every placeholder the templates use, and any other $UPPER_CASE token.
PLACEHOLDER = r"\$[A-Z][A-Z0-9_]*\b|\bMONTH YEAR\b|\bDD-MMM-YYYY\b|\bYYYYMMDD\b"
PLACEHOLDER_RE = re.compile(PLACEHOLDER)
# An upper-case marker word that is a note to the author when it stands alone, opens a note
# ("TODO: add date", "TBD - later") or is bracketed; not when it is a word in a sentence
# ("All TODO items from Incubation have been addressed").
_MARKER = r"TODO|TBD|FIXME|XXX"
# Patterns that only run after a cheap pre-test are kept as strings: re compiles (and caches)
# each on first use, so a run whose text holds no marker never pays for compiling them.
_NOTE_FORMS = (
    rf"(?:^|[\s(\[|])(?P<word>{_MARKER})(?=\s*(?:$|[:)\]|!?.,-]|\s-))"
    rf"|[(\[](?P<bracketed>{_MARKER})\b"
)
_ALWAYS = r"\bWORK IN PROGRESS\b|\b[Dd]o not file( this)? yet\b|\bDRAFT - DO NOT\b"


def find_notes(text: str, in_comment: bool = False) -> list[tuple[int, str]]:
    """(0-based offset, marker) of each note to the author in ``text``.

    Inside an HTML comment any upper-case marker word counts ("<!-- TODO add date -->").
    """
    if not _may_hold_note(text):
        return []
    found: dict[int, str] = {}
    for match in re.finditer(_ALWAYS, text):
        found[match.start()] = match.group(0)
    if in_comment:
        for match in re.finditer(rf"\b(?:{_MARKER})\b", text):
            found.setdefault(match.start(), match.group(0))
    else:
        for match in re.finditer(_NOTE_FORMS, text):
            group = "word" if match.group("word") else "bracketed"
            found.setdefault(match.start(group), match.group(group))
    return sorted(found.items())


_ANY_MARKER = rf"{PLACEHOLDER}|{_ALWAYS}|\b(?:{_MARKER})\b:?"


_NOTE_WORDS = re.compile(rf"{_MARKER}|WORK IN PROGRESS|DRAFT")


def _may_hold_note(text: str) -> bool:
    """A cheap test that rules out most text before the note patterns run."""
    return _NOTE_WORDS.search(text) is not None or ("file" in text and "not file" in text.lower())


def _may_hold_marker(text: str) -> bool:
    return "$" in text or "YYYY" in text or "MONTH YEAR" in text or _may_hold_note(text)


def strip_markers(text: str) -> str:
    """The text with placeholders and notes to the author removed (what real content is left)."""
    return re.sub(_ANY_MARKER, " ", text) if _may_hold_marker(text) else text


def has_placeholder(text: str) -> bool:
    """True when the text holds a template placeholder."""
    return ("$" in text or "YYYY" in text or "MONTH YEAR" in text) and PLACEHOLDER_RE.search(text) is not None
