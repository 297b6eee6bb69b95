"""Checkbox glyphs that word processors and exports write in place of ``[ ]`` / ``[x]``."""

from __future__ import annotations

# Glyph -> ticked. ✗ is a crossed-out (not met) box, not a tick.
GLYPHS: dict[str, bool] = {"☐": False, "☑": True, "☒": True, "✓": True, "✔": True, "✗": False}
GLYPH_CLASS = "[" + "".join(GLYPHS) + "]"
