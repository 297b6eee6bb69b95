"""Link shapes: whether a URL is the kind of link a triage item asks for, by its syntax alone.

Nothing here opens a URL. A shape answers ``FITS`` (the link the guide asks for), ``NEAR`` (the
right kind of document in another place than the one asked for, such as a GTR kept in the
project's own repository instead of the TOC repository's ``projects/<project>/tech-review/``) or
None (some other link).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final
from urllib.parse import urlsplit

from applint.text.addresses import web_host
from applint.text.precompiled import cached_pattern, compile_pattern

FITS = "fits"
NEAR = "near"

Classifier = Callable[[str, str, str], str | None]  # (host, path, url) -> FITS, NEAR or None

# Links the templates themselves carry (kept in applications along with the criterion's wording):
# never the applicant's evidence. Compared on host and path, without "www.", scheme or trailing "/".
TEMPLATE_LINKS: Final = frozenset(
    {
        "contribute.cncf.io/maintainers/community/vendor-neutrality",
        "project-meetings.cncf.io",
        "tag-security.cncf.io/community/assessments/guide/self-assessment",
        "tag-security.cncf.io/community/assessments/guide",
        "github.com/cncf/toc/blob/main/operations/dd-toc-guide.md",
        "sandbox.cncf.io",
    }
)
# Template links written relative to the TOC repository (their host depends on where they render).
TEMPLATE_PATH_ENDINGS: Final = (
    "/operations/dd-toc-guide.md",
    "project-reviews-subproject/general-technical-questions.md",
    "project-reviews-subproject/governance-review-template.md",
)


def split(url: str) -> tuple[str, str]:
    """(host without "www.", path without trailing "/"), both lower-cased; ("", url) when unparsable."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "", url.lower()
    host = web_host(parts.hostname or "")
    return host, parts.path.lower().rstrip("/")


def is_template_link(url: str) -> bool:
    """True for a link the template itself gives (the vendor-neutrality page, the GTR questionnaire, …)."""
    host, path = split(url)
    if f"{host}{path}" in TEMPLATE_LINKS:
        return True
    return path.endswith(TEMPLATE_PATH_ENDINGS) or url.lower().rstrip("/").endswith(TEMPLATE_PATH_ENDINGS)


_TOC_FILE = r"^/cncf/toc/(?:blob|tree)/[^/]+/projects/[^/]+/"


def _badge(host: str, path: str, url: str) -> str | None:
    if host in ("bestpractices.dev", "bestpractices.coreinfrastructure.org") and cached_pattern(
        r"^(?:/[a-z]{2}(?:-[a-z]{2,4})?)?/projects/\d+(?:/|$)"
    ).match(path):
        return FITS
    return None


def _gtr(host: str, path: str, url: str) -> str | None:
    if host == "github.com" and cached_pattern(_TOC_FILE + r"tech-review(?:/|$)").match(path):
        return FITS
    if cached_pattern(
        r"general[-_]technical[-_]review|tech(?:nical)?[-_]review|(?:^|[/_.-])gtr(?:[/_.-]|$)"
    ).search(path):
        return NEAR
    return None


def _governance_review(host: str, path: str, url: str) -> str | None:
    if cached_pattern(r"gov(?:ernance)?[-_ ]?review").search(path):
        return FITS
    return None


def _self_assessment(host: str, path: str, url: str) -> str | None:
    if host == "github.com" and cached_pattern(_TOC_FILE + r"security-assessment(?:/|$)").match(path):
        return FITS
    if host == "github.com" and cached_pattern(
        r"^/cncf/tag-security/(?:blob|tree)/[^/]+/.*assessments/projects/"
    ).match(path):
        return FITS
    if host == "tag-security.cncf.io" and "/assessments/projects/" in path:
        return FITS
    if cached_pattern(r"self[-_]?assessment").search(path):
        return NEAR
    return None


def _contains(*words: str) -> Classifier:
    pattern = compile_pattern("|".join(words))

    def classify(host: str, path: str, url: str) -> str | None:
        return FITS if pattern.search(path) else None

    return classify


def _scorecard(host: str, path: str, url: str) -> str | None:
    if host in ("scorecard.dev", "securityscorecards.dev", "api.securityscorecards.dev", "deps.dev"):
        return FITS
    return FITS if "scorecard" in path or "scorecard" in host else None


class Shape:
    """A kind of link: its name in messages and how a URL is classified."""

    __slots__ = ("classify", "describe", "near")

    def __init__(self, describe: str, classify: Classifier, near: str = "") -> None:
        self.describe: Final = describe
        self.classify: Final = classify
        self.near: Final = near  # what a NEAR link is, in the reader's words

    def of(self, url: str) -> str | None:
        host, path = split(url)
        return self.classify(host, path, url)


BADGE = Shape("an OpenSSF Best Practices project page (https://www.bestpractices.dev/projects/N)", _badge)
GTR = Shape(
    "the GTR snapshot in cncf/toc under projects/<project>/tech-review/",
    _gtr,
    near="a GTR outside the TOC repository's projects/<project>/tech-review/ (the TOC's copy is the artifact the DD reads)",
)
GOVERNANCE_REVIEW = Shape("a completed Governance Review", _governance_review)
SELF_ASSESSMENT = Shape(
    "the self-assessment in cncf/toc under projects/<project>/security-assessment/ (or TAG Security's assessments)",
    _self_assessment,
    near="a self-assessment kept outside cncf/toc's projects/<project>/security-assessment/ and TAG Security's assessments",
)
ADOPTERS = Shape("an adopters file (ADOPTERS.md)", _contains("adopters"))
GOVERNANCE = Shape("a governance document (GOVERNANCE.md)", _contains("governance"))
MAINTAINERS = Shape("a maintainers file (MAINTAINERS.md)", _contains("maintainers"))
_COC = compile_pattern(r"code[-_ ]?of[-_ ]?conduct|(?:^|/)coc(?:/|\.md|$)")


def _code_of_conduct(host: str, path: str, url: str) -> str | None:
    """A code of conduct, or the code-of-conduct section of another document (GOVERNANCE.md#code-of-conduct)."""
    fragment = url.partition("#")[2].lower()
    return FITS if _COC.search(path) or _COC.search(fragment) else None


CODE_OF_CONDUCT = Shape("a code of conduct (CODE_OF_CONDUCT.md)", _code_of_conduct)
CONTRIBUTING = Shape(
    "a contributing guide (CONTRIBUTING.md)",
    _contains("contributing", r"(?:^|/)contribute(?:/|\.md|$)", r"contributors?[-_]guide"),
)
CHANGE_PROCESS = Shape(
    "a contributing guide or enhancement-proposal process",
    _contains(
        "contributing",
        r"(?:^|/)contribute(?:/|\.md|$)",
        r"contributors?[-_]guide",
        "enhancement",
        "proposal",
        r"(?:^|/)(?:keps?|rfcs?|veps?|design)(?:/|$)",
        "issue_template",
    ),
)
SECURITY_POLICY = Shape("a security policy (SECURITY.md)", _contains("security"))
SCORECARD = Shape("OpenSSF Scorecard results", _scorecard)
