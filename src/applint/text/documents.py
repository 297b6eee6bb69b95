"""The project documents an application links and names (governance, maintainers, security policy,
roadmap, adopters, GTR, …): which of them a link's address or label is, and which a sentence
mentions.

One vocabulary for two questions: "was this document linked already?" (a later mention then needs
no second link) and "does this link, labelled or named as the project's own file, point into the
project?".
"""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern

# Document kind -> a pattern over the lower-cased address of a link to it (its file or folder name).
_IN_ADDRESS: dict[str, str] = {
    "governance": r"governance(?![-_/]review)|/charter\b|steering",
    "maintainers": r"maintainers|/owners(?:\.md)?\b|codeowners",
    "contributing": r"contributing|contributor[-_]?(?:ladder|guide|roles)",
    "code of conduct": r"code[-_]of[-_]conduct",
    "security policy": r"/security(?:\.md|[-_]policy|/|$)|security[-_]response|/security-insights",
    "roadmap": r"roadmap",
    "adopters": r"adopters",
    "releases": r"/releases\b|release[-_]?(?:process|policy|notes|cadence)|changelog",
    "gtr": r"tech-review|general[-_]technical[-_]review|/gtr\b",
    "self-assessment": r"self[-_]assessment|security-assessment",
    "badge": r"bestpractices\.(?:dev|coreinfrastructure\.org)",
}
# Document kind -> a pattern over lower-cased prose (or a link's label) that names it.
_IN_TEXT: dict[str, str] = {
    "governance": r"\bgovernance(?:\.md)?\b(?!\s+review)|\bcharter\b|\bsteering\b",
    "maintainers": r"\bmaintainers?(?:\.md)?\s+(?:file|list)|\bmaintainers\.md\b|\bowners\b|\bcodeowners\b",
    "contributing": r"\bcontributing(?:\.md)?\b|\bcontributor\s+(?:ladder|guide)\b",
    "code of conduct": r"\bcode\s+of\s+conduct\b|\bcoc\b",
    "security policy": r"\bsecurity(?:\.md|\s+policy|\s+response)\b|\bsecurity-insights\b",
    "roadmap": r"\broadmaps?\b",
    "adopters": r"\badopters(?:\.md|\s+(?:file|list|page))\b",
    "releases": r"\brelease\s+(?:process|policy|notes|cadence)\b|\bchangelog\b|\breleases?\s+page\b",
    "gtr": r"\bgtr\b|\bgeneral\s+technical\s+review\b",
    "self-assessment": r"\bself[- ]assessment\b",
    "badge": r"\bbest\s*practices\s+badge\b|\bopenssf\s+badge\b",
}
_ADDRESS_HINTS = (
    "gov",
    "charter",
    "steering",
    "maintain",
    "owners",
    "contribut",
    "conduct",
    "secur",
    "roadmap",
    "adopters",
    "release",
    "changelog",
    "review",
    "gtr",
    "assessment",
    "bestpractices",
)
_TEXT_HINTS = (
    "gov",
    "charter",
    "steering",
    "maintain",
    "owners",
    "contribut",
    "conduct",
    "coc",
    "secur",
    "roadmap",
    "adopters",
    "release",
    "changelog",
    "gtr",
    "technical review",
    "assessment",
    "badge",
)


def kinds_in_address(url: str) -> frozenset[str]:
    """The kinds of project document a link's address points to (usually none or one)."""
    lower = url.lower().split("?", 1)[0]
    if not any(hint in lower for hint in _ADDRESS_HINTS):
        return frozenset()
    return frozenset(kind for kind, pattern in _IN_ADDRESS.items() if re.search(pattern, lower))


def kinds_in_text(text: str) -> frozenset[str]:
    """The kinds of project document a sentence (or a link's label) names."""
    lower = text.lower()
    if not any(hint in lower for hint in _TEXT_HINTS):
        return frozenset()
    return frozenset(kind for kind, pattern in _IN_TEXT.items() if re.search(pattern, lower))


# A file name an author writes as the label of a link to a project file ("SECURITY.md", "ADOPTERS").
_FILE_LABEL = LazyPattern(
    r"^(?:the\s+|our\s+)?(?:[\w.-]+/)*(?:SECURITY|ADOPTERS|GOVERNANCE|MAINTAINERS|CONTRIBUTING|CODEOWNERS|OWNERS|"
    r"ROADMAP|CODE_OF_CONDUCT|CHARTER)(?:\.md)?(?:\s+file)?$",
    re.IGNORECASE,
)


def names_project_file(label: str) -> bool:
    """True when a link's label is the name of one of the project's own files ("SECURITY.md")."""
    return _FILE_LABEL.match(label.strip(" `*_")) is not None
