"""Times of day that contradict themselves: a 24-hour hour with "AM" or "PM" ("19:00 PM", "13:30
AM"), where a reader cannot tell which time is meant (7 PM, or a slip for 9:00 PM?)."""

from __future__ import annotations

from collections.abc import Iterator

from applint.text.precompiled import cached_pattern

# What a block must hold to be read for such a time (``JoinedTexts.holding``'s stems).
MARKERS = ("PM", "AM", "p.m.", "a.m.")


def mixed_clock_times(text: str) -> Iterator[str]:
    """Each time in ``text`` whose hour is past 12 (or 0) yet carries AM or PM, as written."""
    pattern = cached_pattern(
        r"(?<![\d:])(?:1[3-9]|2[0-3]|00?)[:.][0-5]\d(?::[0-5]\d)?\s?(?:[AP]M|[ap]\.m\.)(?!\w)"
    )
    for found in pattern.finditer(text):
        yield found.group(0)
