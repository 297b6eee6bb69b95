"""Documents that travel with an application but are not one: a General Technical Review (GTR), a
governance review, a security self-assessment. Each is recognised by content — its title, or the
section headings its own template gives it — so that `check` does not hold it to the application
template and `fix`/`upgrade`/`triage` leave it alone.

A kind is recognised by its title (the first heading, or any level-1 heading) naming it, or by
at least ``HEADINGS_NEEDED`` of the headings only its template has. The heading sets are the
companion templates' own (``../shared/reference/companion-templates/``).
"""

from __future__ import annotations

import re
from typing import Final

from applint.model import Document
from applint.text.normalize import normalize_title

GTR: Final = "general-technical-review"
GOVERNANCE_REVIEW: Final = "governance-review"
SELF_ASSESSMENT: Final = "security-self-assessment"

# How each kind names itself in its title.
_TITLES: Final = (
    (GTR, re.compile(r"\bgeneral technical review\b|\bgtr\b")),
    (GOVERNANCE_REVIEW, re.compile(r"\bgovernance review\b")),
    (SELF_ASSESSMENT, re.compile(r"\bself assessment\b|\bsecurity assessment\b")),
)
# Headings that only the kind's template has (normalised titles, as normalize_title gives them).
_HEADINGS: Final = (
    (
        GTR,
        frozenset(
            {
                "day 0 planning phase",
                "day 1 installation and deployment phase",
                "day 2 day to day operations phase",
                "project installation and configuration",
                "project enablement and rollback",
                "rollout upgrade and rollback planning",
                "scalability reliability",
                "observability requirements",
            }
        ),
    ),
    (
        GOVERNANCE_REVIEW,
        frozenset(
            {
                "executing the assessment",
                "must fix items",
                "points of excellence",
                "areas for improvement",
                "governance summary",
                "governance evolution",
                "discoverability",
                "accuracy and clarity",
                "decisions and role assignments",
                "maintainers and maintainer lifecycle",
            }
        ),
    ),
    (
        SELF_ASSESSMENT,
        frozenset(
            {
                "self assessment outline",
                "security links",
                "actors",
                "actions",
                "non goals",
                "self assessment use",
                "security functions and features",
                "project compliance",
                "secure development practices",
                "security issue resolution",
            }
        ),
    ),
)
HEADINGS_NEEDED: Final = 3
KIND_NAMES: Final = {
    GTR: "a General Technical Review",
    GOVERNANCE_REVIEW: "a governance review",
    SELF_ASSESSMENT: "a security self-assessment",
}


def companion_kind(document: Document) -> str | None:
    """The companion kind the document is written as, or None when it is none of them."""
    headings = document.headings()
    titles = [block for block in headings if block.level == 1] + headings[:1]
    for kind, pattern in _TITLES:
        if any(pattern.search(normalize_title(block.text)) for block in titles):
            return kind
    found = {normalize_title(block.text) for block in headings}
    for kind, own in _HEADINGS:
        if len(found & own) >= HEADINGS_NEEDED:
            return kind
    return None
