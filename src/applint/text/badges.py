"""The OpenSSF Best Practices badge level a link names, when its address says it.

The badge site (www.bestpractices.dev, formerly bestpractices.coreinfrastructure.org) shows a
project's level at ``/projects/1234/passing``, ``/silver`` or ``/gold`` (a language prefix such as
``/en`` may come first) and at ``?criteria_level=0``, ``1`` or ``2``; a shields.io badge carries the
level in its label (``img.shields.io/badge/openssf_best_practices-silver-…``). The plain badge
image (``/projects/1234/badge``) and the project page say no level.
"""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern

_SITE = LazyPattern(
    r"^https?://(?:www\.)?(?:bestpractices\.dev|bestpractices\.coreinfrastructure\.org)"
    r"(?:/[a-z]{2}(?:-[A-Za-z]{2})?)?/projects/\d+(?P<path>/(?:passing|silver|gold)\b)?"
    r"(?:[^?#]*)(?:\?[^#]*?\bcriteria_level=(?P<level>[012]))?",
    re.IGNORECASE,
)
_SHIELD = LazyPattern(
    r"^https?://img\.shields\.io/badge/[^/]*?(?:openssf|best[_ -]?practices|cii)[^/]*?-(passing|silver|gold)-",
    re.IGNORECASE,
)
_LEVELS = ("passing", "silver", "gold")


def badge_level(url: str) -> str | None:
    """ "passing", "silver" or "gold" when the address names the badge level, else None."""
    if "bestpractices" in url:
        match = _SITE.match(url)
        if match is None:
            return None
        if match.group("path"):
            return match.group("path")[1:].lower()
        return _LEVELS[int(match.group("level"))] if match.group("level") else None
    if "shields.io" in url:
        shield = _SHIELD.match(url)
        return shield.group(1).lower() if shield else None
    return None
