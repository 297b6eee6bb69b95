"""Similarity of short texts, by their sets of meaningful words."""

from __future__ import annotations

from collections.abc import Set


def dice(left: Set[str], right: Set[str]) -> float:
    """Dice coefficient of two word sets: 1.0 for the same words, 0.0 for none shared."""
    if not left or not right:
        return 0.0
    return 2.0 * len(left & right) / (len(left) + len(right))


def containment(small: Set[str], large: Set[str]) -> float:
    """The share of ``small``'s words that ``large`` also has."""
    if not small:
        return 0.0
    return len(small & large) / len(small)
