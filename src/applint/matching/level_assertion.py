"""Which alternative of a choice group (the incubation level assertion) a reworded box states.

The alternatives differ by the maturity levels they name, not by their other words: "This project
is currently Sandbox, accepted on YYYYMMDD, and applying to Incubation." names Sandbox and
Incubation, "This project is applying to join the CNCF at the Incubation level." only Incubation.
An author's own wording keeps those levels ("The project joined the CNCF Sandbox on 2021-06-22 and
now applies for Incubation.") while its other words may lean to the wrong alternative (it "joined"
"the CNCF"). So a box states the alternative that names exactly the levels the box names; a level
the box denies ("not via Sandbox", "never a Sandbox project") is not named, and a box naming no
level, or levels no alternative names together, states none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from applint.templates.records import Criterion
from applint.text.patterns import LazyPattern

_LEVEL = LazyPattern(r"\b(sandbox|incubat\w*|graduat\w*)\b", re.IGNORECASE)
# A level named after one of these words in its clause is denied, not held.
_DENIED = LazyPattern(
    r"\b(?:not|never|without|rather\s+than|instead\s+of|skipping|bypassing)\b[^.;,]{0,30}$", re.IGNORECASE
)


def levels_named(text: str) -> frozenset[str]:
    """The maturity levels a text names as held or sought ("sandbox", "incubation", "graduation")."""
    found: set[str] = set()
    for match in _LEVEL.finditer(text):
        if _DENIED.search(text[: match.start()]):
            continue
        word = match.group(1).lower()
        found.add(
            "sandbox" if word == "sandbox" else "incubation" if word.startswith("incubat") else "graduation"
        )
    return frozenset(found)


def alternative_stated(text: str, alternatives: Sequence[Criterion]) -> Criterion | None:
    """The one alternative naming exactly the levels ``text`` names, if exactly one does."""
    named = levels_named(text)
    if not named:
        return None
    fitting = [criterion for criterion in alternatives if levels_named(criterion.text) == named]
    return fitting[0] if len(fitting) == 1 else None
