"""A sentence in the author's own words: each link's address and each quotation (in quotes or a code
span) blanked, so that words inside them (an address holding "audit" or "dependabot", a quoted
template line) are not read as what the sentence states. The readers of a review's or a practice's
state read sentences this way."""

from __future__ import annotations

from applint.text.patterns import LazyPattern

# A Markdown link's address (kept as "]", so the label stays) or an address written out.
_ADDRESS = LazyPattern(r"\]\([^)\s]*\)|<?https?://[^\s)>]+>?")
_QUOTED = LazyPattern(r"\"[^\"]*\"|“[^”]*”|`[^`]*`")


def own_words(sentence: str) -> str:
    """``sentence`` with its links' addresses and its quotations blanked."""
    return _QUOTED.sub(" ", _ADDRESS.sub("]", sentence))
