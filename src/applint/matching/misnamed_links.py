"""Links whose text names one file and whose address leads to another ("[SECURITY.md](…/security-
team/access-control.md)"): the reader expects the named file and finds a different one.

Only a label that is a file name (``NAME.md``, ``NAME.yaml``, …) against an address whose last
segment is a file name of another name counts, and only when the two names share no word and are
not near-spellings of each other: a misspelt label ("SECUIRTY.md"), a singular for a plural
("ADOPTER.md" for ADOPTERS.md) or a prefixed name ("KUBERHEALTHY_ADOPTERS.md" for "ADOPTERS.md")
is the same file. Images (a badge) are not documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from applint.matching.project_links import Link
from applint.text.patterns import LazyPattern

_FILE_NAME = LazyPattern(r"^[\w.-]+\.(?:md|markdown|ya?ml|txt|rst|adoc)$", re.IGNORECASE)
_IMAGE = LazyPattern(r"\.(?:svg|png|jpe?g|gif|webp)$", re.IGNORECASE)
_NAME_WORDS = LazyPattern(r"[a-z0-9]+")
# Names at least this alike are one name spelt differently.
NEAR_SPELLING = 0.6


class MisnamedLink:
    """A link named as one file that leads to another."""

    __slots__ = ("link", "named", "target")

    def __init__(self, link: Link, named: str, target: str) -> None:
        self.link: Final = link
        self.named: Final = named  # the file the label names
        self.target: Final = target  # the file the address leads to


def find_misnamed_links(links: Iterable[Link]) -> list[MisnamedLink]:
    """Each link whose label names a file other than the one its address leads to."""
    found = []
    for link in links:
        named = link.label.strip("`*_ ")
        if not named or not _FILE_NAME.match(named):
            continue
        target = link.url.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if "." not in target or _IMAGE.search(target) or not _different(named, target):
            continue
        found.append(MisnamedLink(link, named, target))
    return found


def _different(named: str, target: str) -> bool:
    """True when two file names share no word and are not near-spellings of each other."""
    left, right = named.lower().rsplit(".", 1)[0], target.lower().rsplit(".", 1)[0]
    if set(_NAME_WORDS.findall(left)) & set(_NAME_WORDS.findall(right)):
        return False
    import difflib  # only for the rare link whose names differ: most runs never need it

    return difflib.SequenceMatcher(None, left, right).ratio() < NEAR_SPELLING
