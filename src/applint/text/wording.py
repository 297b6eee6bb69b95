"""Words joined as a message says them: "'A'", "'A' and 'B'", "'A', 'B' and 'C'"."""

from __future__ import annotations

from collections.abc import Sequence


def and_list(parts: Sequence[str]) -> str:
    """The parts (one at least) joined with commas and a last "and"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
