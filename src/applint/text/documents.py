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
from applint.text.precompiled import cached_pattern

# Document kind -> a pattern over the lower-cased last segment of a link's path (the file or folder
# name: "maintainers.md", "roadmap", "security-insights.yml"); a word in the middle of a path
# ("contribute.cncf.io/maintainers/…/vendor-neutrality") says nothing about the document.
_IN_NAME: dict[str, str] = {
    "governance": r"governance(?![-_]review)|charter|steering",
    "maintainers": r"maintainers",
    # OWNERS / CODEOWNERS files scope reviewers per folder: another document than the maintainers list.
    "owners": r"^owners|codeowners|owners_aliases",
    "contributing": r"contributing|contributor[-_]?(?:ladder|guide|roles)",
    "code of conduct": r"code[-_]of[-_]conduct",
    "security policy": r"^security(?:$|\.md|[-_]policy|[-_]response|[-_]insights)",
    "roadmap": r"roadmap",
    "adopters": r"adopters",
    "releases": r"^releases?$|release[-_]?notes|changelog",
    "release process": r"^releases?\.md$|release[-_]?(?:process|policy|cadence|procedure|runbook)",
    "gtr": r"tech-review|general[-_]technical[-_]review|\bgtr\b",
    "self-assessment": r"self[-_]assessment",
}
_NAME_HINTS = (
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
)
# Whole-address forms the last segment cannot tell: GitHub's security policy page, the badge site.
_IN_ADDRESS: dict[str, str] = {
    "security policy": r"/security/policy\b",
    "badge": r"bestpractices\.(?:dev|coreinfrastructure\.org)",
}
# Document kind -> a pattern over lower-cased prose (or a link's label) that names it.
_IN_TEXT: dict[str, str] = {
    "governance": r"\bgovernance(?:\.md)?\b(?![\s_-]+review)|\bcharter\b|\bsteering\b",
    "maintainers": r"\bmaintainers?(?:\.md)?\s+(?:file|list)|\bmaintainers\.md\b",
    "owners": r"\bowners\b|\bcodeowners\b",
    "contributing": r"\bcontributing(?:\.md)?\b|\bcontributor\s+(?:ladder|guide)\b",
    "code of conduct": r"\bcode\s+of\s+conduct\b|\bcoc\b",
    "security policy": r"\bsecurity(?:\.md|\s+policy|\s+response)\b|\bsecurity-insights\b",
    "roadmap": r"\broadmaps?\b",
    "adopters": r"\badopters(?:\.md|\s+(?:file|list|page))\b",
    "releases": r"\brelease\s+notes\b|\bchangelog\b|\breleases?\s+page\b",
    "release process": r"\brelease\s+(?:process|policy|cadence|procedure|checklist)\b|\breleases?\.md\b",
    "gtr": r"\bgtr\b|\bgeneral\s+technical\s+review\b",
    "self-assessment": r"\bself[- ]assessment\b",
    "badge": r"\bbest\s*practices\s+badge\b|\bopenssf\s+badge\b",
}
# What the prose pre-test looks for: the name hints less "review" ("technical review" stands in
# for it), and the words prose uses where an address does not ("coc", "badge").
_TEXT_HINTS = (*(hint for hint in _NAME_HINTS if hint != "review"), "coc", "technical review", "badge")
# Whether a text holds any hint, in one search (each branch a literal, so re skips to their first
# letters) instead of a Python test per hint.
_ANY_NAME_HINT = LazyPattern("|".join(_NAME_HINTS))
_ANY_TEXT_HINT = LazyPattern("|".join(_TEXT_HINTS))


def kinds_in_address(url: str) -> frozenset[str]:
    """The kinds of project document a link's address points to (usually none or one)."""
    lower = url.lower().split("#", 1)[0].split("?", 1)[0].rstrip("/")
    path = lower.split("://", 1)[-1]
    name = path.rsplit("/", 1)[-1] if "/" in path else ""
    kinds: set[str] = set()
    if name and _ANY_NAME_HINT.search(name):
        kinds.update(kind for kind, pattern in _IN_NAME.items() if cached_pattern(pattern).search(name))
    if "/security/policy" in lower or "bestpractices." in lower:
        kinds.update(kind for kind, pattern in _IN_ADDRESS.items() if cached_pattern(pattern).search(lower))
    return frozenset(kinds)


def kinds_in_text(text: str) -> frozenset[str]:
    """The kinds of project document a sentence (or a link's label) names."""
    lower = text.lower()
    if not _ANY_TEXT_HINT.search(lower):
        return frozenset()
    return frozenset(_KIND_OF_GROUP[match.lastgroup or ""] for match in _ANY_KIND_IN_TEXT.finditer(lower))


# One pattern for every kind (a group each), so a sentence is scanned once, not once per kind.
_KIND_OF_GROUP = {f"k{number}": kind for number, kind in enumerate(_IN_TEXT)}
_ANY_KIND_IN_TEXT = LazyPattern(
    "|".join(f"(?P<k{number}>{pattern})" for number, pattern in enumerate(_IN_TEXT.values()))
)


# A file name an author writes as the label of a link to a project file ("SECURITY.md", "ADOPTERS").
_FILE_LABEL = LazyPattern(
    r"^(?:the\s+|our\s+)?(?:[\w.-]+/)*(?:SECURITY|ADOPTERS|GOVERNANCE|MAINTAINERS|CONTRIBUTING|CODEOWNERS|OWNERS|"
    r"ROADMAP|CODE_OF_CONDUCT|CHARTER)(?:\.md)?(?:\s+file)?$",
    re.IGNORECASE,
)


def names_project_file(label: str) -> bool:
    """True when a link's label is the name of one of the project's own files ("SECURITY.md")."""
    return _FILE_LABEL.match(label.strip(" `*_")) is not None


# A document named as a place to look, not a file name (a named file, "documented in RELEASES.md",
# is already something a reviewer can check): the README as where something is ("listed in the
# project README", "see our README") and the contributor guide. "Owners" (a role), "a contributor
# ladder", "a README section in 2022" or "linked from the README" (where a link to another
# document is) name no document to open.
_README_AS_PLACE = (
    r"\b(?:in|see)\s+(?:the\s+|our\s+)?(?:project(?:['’]s)?\s+|main\s+|repository\s+|repo\s+)?readme\b"
)
_DOCUMENT_NAMED = LazyPattern(_README_AS_PLACE + r"|\bcontribut(?:or|ing|ion)\s+guide(?:lines?)?\b")


def documents_named(text: str) -> frozenset[str]:
    """The kinds of project document a sentence names as a place to look, without a file name
    (narrower than ``kinds_in_text``): the README, the contributor guide."""
    lower = text.lower()
    if "readme" not in lower and "guide" not in lower:
        return frozenset()
    named: set[str] = set()
    for match in _DOCUMENT_NAMED.finditer(lower):
        found = match.group(0)
        if found.endswith("readme"):
            named.add("readme")
        else:
            named.add("contributing")
    return frozenset(named)
