"""The specific documents, files, calendars and records a sentence of evidence says exist, as a
reviewer would want to open them: a file named ("MAINTAINERS.md", "the OWNERS files"), a document
named as where something is ("documented in the community governance docs", "see our
contributor guide", "per the governance", "listed on the CNCF community calendar"), a record said
to be public ("the calendar is public", "meeting notes are publicly available") and an outcome of
a process that leaves a record ("Xiao Zhang added as maintainer", "approved via a PR").

Each is a ``Named``: its kind, the words a message calls it by, where the sentence names it, and
the keys of the links that would be it (``covering``). What is not a claim is left out: a sentence
that denies it ("we have no roadmap", "not yet documented in GOVERNANCE.md"), plans it ("will be
published in the community repository") or asks of it ("Whether the project keeps a ROADMAP.md"), the README only as a place to look ("listed in the
README", not "linked from the README", where another link is), a file inside an address.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

from applint.text.documents import kinds_in_address
from applint.text.patterns import LazyPattern
from applint.text.questions import asked_at

# What a link that is the document is keyed by: "file:maintainers.md", or a kind of document.
OUTCOME = "outcome"  # a process outcome: any link in the criterion's evidence is its record


class Named:
    """One document or record a sentence names: ``kind`` (a key of ``_PLACES``, "file", "readme" or
    ``OUTCOME``), ``name`` as a message calls it, ``words`` the words naming it (lower case),
    ``start`` their offset in the text, and ``covering``: the link keys any of which a link that is
    it has."""

    # A plain class (value equality written out): a frozen dataclass is made by generating and
    # compiling its methods at every start-up, ~4 M instructions of each `check`.
    __slots__ = ("cited", "covering", "kind", "name", "placed", "start", "words")

    def __init__(
        self,
        kind: str,
        name: str,
        words: str,
        start: int,
        covering: frozenset[str],
        placed: bool = True,
        cited: bool = False,
    ) -> None:
        self.kind: Final = kind
        self.name: Final = name
        self.words: Final = words
        self.start: Final = start
        self.covering: Final = covering
        # Said to be where a link in its sentence is ("documented in the [community repo](…)", "[Calls](…)
        # are available in the CNCF calendar"); not so for one said to be done ("completed as part of
        # the [Security Pals](…) process"), which needs a link that is it.
        self.placed: Final = placed
        # A file given as where something is, by its path in the repository ("documented in
        # `docs/api-stability-policy.md`", "enforced by `.github/CODEOWNERS`", "(`docs/x.md`)"):
        # evidence to open, whatever kind of document it is.
        self.cited: Final = cited

    def _key(self) -> tuple[str, str, str, int, frozenset[str], bool, bool]:
        return (self.kind, self.name, self.words, self.start, self.covering, self.placed, self.cited)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Named(kind={self.kind!r}, name={self.name!r}, words={self.words!r}, start={self.start!r}, "
            f"covering={self.covering!r}, placed={self.placed!r}, cited={self.cited!r})"
        )


# Kind -> (pattern over lower-cased text naming it as a place, what a message calls it, the link
# keys that are it).
_PLACES: dict[str, tuple[str, str, frozenset[str]]] = {
    "governance": (
        r"(?:project(?:['’]s)?\s+|community\s+|[\w-]+\s+)?governance(?![\s_-]+(?:review|meeting|committee|board))"
        r"(?:\s+(?:docs?|documents?|documentation|files?|pages?|model|policy|charter))?",
        "the governance documentation",
        frozenset({"governance"}),
    ),
    "community repository": (
        r"community\s+(?:github\s+)?(?:repo|repository)",
        "the community repository",
        frozenset({"community repository"}),
    ),
    "community documentation": (
        r"(?:project(?:['’]s)?\s+)?community\s+(?:docs|documentation|membership\s+(?:docs?|documents?|documentation))",
        "the community documentation",
        frozenset({"community repository", "community documentation"}),
    ),
    "contributing": (
        r"(?:contribut(?:or|ing|ion)\s+guide(?:lines?|s)?|contributor\s+(?:docs|documentation)"
        r"|contributing\s+(?:docs|documentation|file|guide))",
        "the contributor guide",
        frozenset({"contributing"}),
    ),
    "security policy": (
        r"security\s+(?:polic(?:y|ies)|docs|documentation)",
        "the security policy",
        frozenset({"security policy"}),
    ),
    "release process": (
        r"release\s+(?:process\s+)?(?:docs|documentation|guide|policy)",
        "the release documentation",
        frozenset({"release process", "releases"}),
    ),
    "roadmap": (r"(?:public\s+|project(?:['’]s)?\s+)?roadmap", "the roadmap", frozenset({"roadmap"})),
    "calendar": (
        r"(?:(?:cncf|community|public|project|shared|google|meeting)\s+)*calendar",
        "the calendar",
        frozenset({"calendar"}),
    ),
    "meeting notes": (
        r"meeting\s+(?:notes|minutes|agenda(?:\s+doc(?:ument)?)?)|agenda\s+doc(?:ument)?",
        "the meeting notes",
        frozenset({"meeting notes", "community repository"}),
    ),
    "self-assessment": (
        r"(?:security\s+)?self[- ]assessment",
        "the security self-assessment",
        frozenset({"self-assessment"}),
    ),
}
_VERBS = (
    r"documented|described|defined|outlined|specified|detailed|recorded|codified|captured|published|listed"
    r"|maintained|tracked|explained|covered|announced|posted|available|found|kept|written\s+down|set\s+out"
    r"|linked|referenced|cross-linked"
)
_DET = r"(?:the\s+|our\s+|its\s+|their\s+|a\s+|an\s+)?"
_PLACE = "|".join(f"(?P<p{number}>{pattern})" for number, (pattern, _, _) in enumerate(_PLACES.values()))
_KIND_OF_GROUP = {f"p{number}": kind for number, kind in enumerate(_PLACES)}
# "documented in the community governance docs", "see our contributor guide", "per the governance".
_AS_PLACE = LazyPattern(
    rf"\b(?:(?:{_VERBS})\s+(?:publicly\s+|clearly\s+)?(?:in|on|at|within|from|under|through|via)"
    rf"|see|per|according\s+to|refer\s+to|follows?|following|in\s+line\s+with)\s+{_DET}(?:{_PLACE})\b(?!\.\w)"
)
# "the calendar is public", "meeting notes are publicly available", "a self-assessment was completed":
# the predicate is searched first (plain words, cheap), then the place just before it.
_AS_RECORD = LazyPattern(
    r"\s(?:is|are|was|were|has\s+been|have\s+been)\s+(?:publicly\s+|openly\s+|also\s+)?"
    r"(?:public|available|published|maintained|shared|located|kept|stored|hosted"
    r"|(?P<done>completed|done|conducted|performed))\b"
)
_PLACE_BEFORE = LazyPattern(rf"\b(?:{_PLACE})$")
_RECORD_REACH = 60  # how far before the predicate its subject may start

# A file named as one: "MAINTAINERS.md", "community-membership.md", "the OWNERS files", "The
# Contributing file", or by its path in a repository ("kubescape/kubescape/GOVERNANCE.md",
# "projects/k8gb/governance-review/2026-01-21.md"); not inside an address ("…/blob/main/
# GOVERNANCE.md" is a link's own).
_FILE = LazyPattern(
    r"(?<![\w/.#:-])(?:(?:\.?[\w-]+/)+[\w.-]*\w\.(?:md|markdown|pdf)"
    r"|[A-Za-z][\w-]*\.(?:md|markdown|pdf)"
    r"|(?:MAINTAINERS|GOVERNANCE|ADOPTERS|ROADMAP|CHANGELOG|RELEASES|CONTRIBUTING|CODE_OF_CONDUCT)(?=\s+file\b))"
    r"(?![\w/-])"
)  # (not OWNERS or CODEOWNERS files: one per folder, the mechanism rather than a document to open)
# A code span that is a repository path as a whole: a document in a folder (`docs/api-stability-policy.md`),
# anything under `.github/` (`.github/workflows/codeql.yml`, `.github/dependabot.yml`) or a code-owners
# file (`CODEOWNERS`, `.github/CODEOWNERS`); not a command, flag, key or identifier (`-f values/x.yaml`,
# `authentication.oidc.enabled`, `apps.example.io/*`), nor a configuration file elsewhere (`config/x.yaml`).
_CODE_PATH = LazyPattern(
    r"(?:\.?[\w-]+/)+[\w.-]*\w\.(?:md|markdown|pdf|rst|adoc)"
    r"|\.github/(?:[\w-]+/)*[\w.-]*\w(?:\.(?:ya?ml|md|json|toml))?"
    r"|(?:(?:\.?[\w-]+/)+)?CODEOWNERS"
)
# The words right before a path that give it as where something is: "documented in", "see", "defined
# in", "report in", "enforced by", "(" opening a citation; an article or "the file" between.
_CITING = LazyPattern(
    r"(?:\b(?:in|at|see|under|within|via|per|by)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:(?:file|document|doc|page|policy|workflow|config(?:uration)?)\s+)?|\(\s*(?:see\s+)?)[`*_\"']*$",
    re.IGNORECASE,
)
# Another path joined to one cited just before: "(`docs/contributing.md`, `.gemini/styleguide.md`)".
_JOINED = LazyPattern(r"[`*_\"']*\s*(?:,|\band\b|\bor\b|,\s*and\b)\s*[`*_\"']*$", re.IGNORECASE)
# A sentence telling the reader what to do with a file ("Set `x: true` in `.github/config.yml`",
# "You can change it in `docs/x.md`"): an instruction, not evidence.
_INSTRUCTED = LazyPattern(
    r"^[\s*_>-]*(?:\d+[.)]\s*)?(?:set|edit|update|change|put|copy|move|place|modify|configure|run|rename"
    r"|open|save|append|insert|remove|delete|enable|disable|specify|replace|use|check\s+out)\b"
    r"|\b(?:you|users?|operators?|contributors?|adopters?)\s+(?:can|could|should|must|may|need\s+to|have\s+to)\b",
    re.IGNORECASE,
)
# The same files named by what they are, in any case ("The Contributing file", "the governance
# file"): read in a DD's evaluations and a companion document, where a reviewer names what was checked.
_DESCRIBED_FILE = LazyPattern(
    r"(?<![\w./-])(?:maintainers|governance|adopters|roadmap|changelog|releases|contributing|code_of_conduct)(?=\s+file\b)",
    re.IGNORECASE,
)
# A path's first part that is a host ("github.com/…" written without its scheme): an address.
_HOST = LazyPattern(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/", re.IGNORECASE)
# A parenthesised run of three file names or more lists files ("assigns (GOVERNANCE.md, ROADMAP.md,
# OWNERS, TEAMS.md)"): what something covers, not documents offered as evidence.
_FILE_LIST = LazyPattern(r"\([^()]*\.md\b[^()]*,[^()]*,[^()]*\)")
# The README only as a place to look: "listed in the project README", "see our README".
_README = LazyPattern(
    r"\b(?:in|see)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:project(?:['’]s)?\s+|main\s+|repository\s+|repo\s+)?"
    r"readme\b(?!\.md)"
)
# An outcome of the maintainer lifecycle or a decision, which leaves a record to link.
_OUTCOME = LazyPattern(
    r"\b(?:added|promoted|nominated|elected|onboarded|appointed|moved|transitioned)\s+(?:as|to|into)\s+"
    r"(?:an?\s+|the\s+)?(?:new\s+)?(?:maintainers?|emeritus|approvers?|reviewers?|committers?)\b"
    r"|\bmaintainers?\s+(?:have|has)\s+been\s+(?:added|promoted|nominated|elected|appointed)\b"
    r"|\b(?:added|approved|accepted|adopted|decided)\s+(?:via|through|by)\s+(?:a\s+|the\s+)?"
    r"(?:pull\s+requests?|prs?|votes?)\b"
)
# A file that every repository has ("the OWNERS.md file of each separate repository", "a
# CODE_OF_CONDUCT.md across all repos", "some contrib repos include a CODE_OF_CONDUCT.md"): a kind of
# file, not one document to open.
_EACH_REPOSITORY = LazyPattern(
    r"\b(?:each|every|all|some|many|most|several|other)\b[^.;]{0,40}\brepo(?:s|sitory|sitories)?\b|\bacross\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?repo"
    r"|\brepo(?:s|sitories)\s+(?:each|all)\b"
)
# "Maintainers are added via a pull request", "must be approved by vote": how the process goes, not
# an outcome of it.
_AS_PROCESS = LazyPattern(r"\b(?:is|are|be|get|gets|can|must|may)\s+$")
_OUTCOME_NAME = "the record of that change (its pull request, issue or vote)"
# Cheap pre-tests: what each family of patterns needs.
_PLACE_HINTS = (
    "govern", "communit", "contribut", "security", "release", "roadmap", "calendar", "meeting", "agenda",
    "assessment",
)  # fmt: skip
_FILE_HINTS = (".md", ".markdown", ".pdf", " file")
_OUTCOME_HINTS = (
    "added", "promoted", "nominated", "elected", "onboarded", "appointed", "moved", "transitioned",
    "approved", "accepted", "adopted", "decided", "maintainers have been", "maintainer has been",
)  # fmt: skip
# The part of a sentence before a claim that denies or postpones it, or asks for it ("This
# preferably is laid out in a GOVERNANCE.md file", the retired criteria's words).
_DENIED = LazyPattern(
    r"\b(?:no|not|never|without|lacks?|lacking|missing|neither|nor|none|yet|isn['’]t|aren['’]t|doesn['’]t"
    r"|don['’]t|hasn['’]t|haven['’]t|cannot|can['’]t|will|would|should|plan(?:s|ned)?|intend(?:s|ed)?|going\s+to"
    r"|once|upcoming|future|todo|tbd|if|preferabl[ey]|ideally|aim(?:s|ing)?\s+to|hop(?:e|es|ing)\s+to)\b"
    r"|\be\.g\."  # the criterion's own example ("e.g., ADOPTERS.md or logos on the website"): a wish
)
# The end of the words before a file that bring it about, so it is not there yet: a task ("Create the
# GOVERNANCE.md file", "Open items: add a SECURITY.md", "we need to publish a `ROADMAP.md`"), the verb
# opening its clause or after "to"; "We added a SECURITY.md", "We publish a SECURITY.md" state it.
_MADE = LazyPattern(
    r"(?:^|[:;(—–-]|\bto)[\s*_]*"
    r"(?:add|create|write|draft|publish|introduce|establish|set\s+up|provide|define|formali[sz]e|document)\s+"
    r"(?:(?:an?|the|our|its|their|this|project['’]s|repository|repo|top-level|root|dedicated|formal|public"
    r"|proper|new|separate)\s+)*[`*_\"'(\[]*$"
)
# What follows a document's name when the sentence says it is not there yet: "a threat model is
# planned", "SECURITY.md (currently absent)", "GOVERNANCE.md: to be written", "**SECURITY.md:** Add a
# vulnerability reporting policy …" (an open item: the file, then what to do), "ADOPTERS.md will be
# added", "the roadmap does not exist yet".
_POSTPONED = LazyPattern(
    r"[`*_\"')\]]*(?:\s+(?:file|document|doc|policy|page))?\s*(?:"
    r"\((?:currently\s+|still\s+)?(?:absent|missing|planned|pending|tbd|todo|wip|coming\s+soon|in\s+progress"
    r"|to\s+be\b|not\s+yet|none\s+yet)"
    r"|[:\-–—]+[*_]*\s*(?:(?:tbd|todo|planned|pending|missing|absent|not\s+yet|none\s+yet|coming\s+soon"
    r"|in\s+progress|to\s+be)\b|(?:add|create|write|draft|publish|document|describe|detail|define|provide"
    r"|expand|establish|introduce)\s+(?:an?|the|how|our|its|their|what|which|who|this|that)\b)"
    r"|(?:is|are)\s+(?:still\s+|currently\s+|also\s+)?(?:planned|missing|absent|pending|needed|required"
    r"|in\s+progress|not\s+yet|yet\s+to|to\s+be\b|being\s+(?:drafted|written|prepared|developed|created"
    r"|worked\s+on)|under\s+(?:development|construction|discussion)|coming\b|a\s+work\s+in\s+progress"
    r"|not\s+(?:there|present|available|published|written|in\s+place|created|added))"
    r"|will\s+be\s+(?:added|created|written|published|drafted|introduced|provided|defined|set\s+up"
    r"|made\s+available|available)"
    r"|(?:does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?exist|(?:has|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?been"
    r"|(?:planned|pending|coming\s+soon)\b|to\s+be\s+(?:added|written|created|published|drafted|defined)"
    r")",
    re.IGNORECASE,
)
# Words that point to a link given elsewhere ("see the roadmap above").
_POINTING = LazyPattern(r"\b(?:above|below|previous|preceding|following\s+link|linked\s+here)\b")


@functools.lru_cache(maxsize=1024)
def records_named(
    text: str, described_files: bool = False, code_spans: tuple[str, ...] = ()
) -> tuple[Named, ...]:
    """The documents and records a text (one block of evidence) names as existing, in order;
    ``described_files``: also a file named by what it is in any case ("The Contributing file");
    ``code_spans``: the block's inline code, where a repository path of any kind may stand
    (`` `.github/workflows/codeql.yml` ``, `` `CODEOWNERS` ``).
    Kept per text: a block of evidence is often read for more than one criterion."""
    lower = text.lower()
    found: list[Named] = []
    if any(hint in lower for hint in _PLACE_HINTS):
        found.extend(_places(lower))
    paths = tuple(span for span in code_spans if "/" in span or "CODEOWNERS" in span)
    if paths or any(hint in lower for hint in _FILE_HINTS):
        found.extend(_files(text, lower, found, described_files and " file" in lower, paths))
    if "readme" in lower:
        found.extend(
            Named("readme", "the README", "readme", match.end() - len("readme"), frozenset({"readme"}))
            for match in _README.finditer(lower)
        )
    if any(hint in lower for hint in _OUTCOME_HINTS):
        found.extend(
            Named(OUTCOME, _OUTCOME_NAME, match.group(0), match.start(), frozenset({OUTCOME}))
            for match in _OUTCOME.finditer(lower)
            if not _AS_PROCESS.search(lower[max(0, match.start() - 12) : match.start()])
        )
    return tuple(
        sorted(
            (named for named in found if _claimed(lower, named.start, named.start + len(named.words))),
            key=lambda named: named.start,
        )
    )


def _places(lower: str) -> list[Named]:
    """Documents named as where something is, or said to be public or done."""
    found: list[Named] = []
    for match in _AS_PLACE.finditer(lower):
        group = match.lastgroup or ""
        kind = _KIND_OF_GROUP[group]
        found.append(Named(kind, _PLACES[kind][1], match.group(group), match.start(group), _PLACES[kind][2]))
    for match in _AS_RECORD.finditer(lower):
        before = _PLACE_BEFORE.compiled.search(lower, max(0, match.start() - _RECORD_REACH), match.start())
        if before is None:
            continue
        group = before.lastgroup or ""
        kind = _KIND_OF_GROUP[group]
        placed = match.group("done") is None
        found.append(
            Named(kind, _PLACES[kind][1], before.group(group), before.start(group), _PLACES[kind][2], placed)
        )
    return found


def _files(
    text: str, lower: str, places: list[Named], described: bool, code_paths: tuple[str, ...] = ()
) -> list[Named]:
    """Files named ("MAINTAINERS.md", a path, with ``described`` "the governance file", a code span
    that is a repository path: ``code_paths``), not in a parenthesised list of files nor one every
    repository has; a place named inside a file name ("governance" of GOVERNANCE.md) is the file."""
    spans = [(match.start(), match.end()) for match in _FILE.finditer(text)]
    # (a path only code shows as one, such as `.github/CODEOWNERS`, counts where it is cited only)
    coded = frozenset(_code_path_spans(text, code_paths, spans))
    spans.extend(coded)
    if described:
        spans.extend(
            (match.start(), match.end())
            for match in _DESCRIBED_FILE.finditer(text)
            if not any(start <= match.start() < end for start, end in spans)
        )
    spans.sort()
    places[:] = [named for named in places if not any(start <= named.start < end for start, end in spans)]
    lists = [(match.start(), match.end()) for match in _FILE_LIST.finditer(text)] if "(" in text else []
    found: list[Named] = []
    cited_until = -1  # the end of the last path cited, which a path joined to it is cited with
    for start, end in spans:
        if any(first <= start < last for first, last in lists):
            continue
        begin, stop = sentence_around(text, start)
        if _EACH_REPOSITORY.search(lower[begin:stop]):
            continue
        name = text[start:end]
        if "/" in name and _HOST.match(name):
            continue  # "github.com/…/GOVERNANCE.md": an address written without its scheme
        if "." not in name and "/" not in name and "CODEOWNERS" not in name:
            name = name.upper()  # "The Contributing file": the CONTRIBUTING file
        cited = ("/" in name or "CODEOWNERS" in name) and _cited(text, begin, start, cited_until)
        if cited:
            cited_until = end
        elif (start, end) in coded:
            continue  # "`CODEOWNERS` encodes the reviewer role": the mechanism, not evidence given to open
        base = name.rsplit("/", 1)[-1].lower()
        keys = frozenset({f"file:{base}"}) | kinds_in_address(f"https://x/{name}")
        found.append(Named("file", name, name.lower(), start, keys, cited=cited))
    if found:  # "the governance document (kubescape/kubescape/GOVERNANCE.md)": one document, the file
        covered = frozenset().union(*(named.covering for named in found))
        places[:] = [named for named in places if not named.covering <= covered]
    return found


def _code_path_spans(
    text: str, code_paths: tuple[str, ...], taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Where each code span that is a repository path as a whole stands in ``text`` (one not
    already found as a file name)."""
    at = 0
    for span in code_paths:
        start = text.find(span, at)
        if start < 0:
            continue
        at = start + len(span)
        if _CODE_PATH.fullmatch(span) and not any(first <= start < last for first, last in taken):
            yield start, at


def _cited(text: str, begin: int, start: int, cited_until: int) -> bool:
    """Whether the path at ``start`` (in the sentence from ``begin``) is given as where something is
    ("documented in `docs/x.md`", "(`docs/x.md`, `docs/y.md`)"), not in an instruction to the reader
    ("Set `x` in `.github/config.yml`")."""
    before = text[begin:start]
    if _INSTRUCTED.search(before):
        return False
    if _CITING.search(before):
        return True
    return 0 <= cited_until <= start and _JOINED.fullmatch(text[cited_until:start]) is not None


def _claimed(lower: str, start: int, stop: int) -> bool:
    """True when the sentence holding the name at ``start:stop`` states it: not denied or planned
    before it ("we will add a SECURITY.md", "Create a GOVERNANCE.md") or right after it ("a threat
    model is planned", "SECURITY.md: add a policy"), nor pointing to a link elsewhere."""
    sentence_start = max(
        lower.rfind(". ", 0, start), lower.rfind("; ", 0, start), lower.rfind("\n", 0, start)
    )
    end = lower.find(". ", start)
    prefix = lower[sentence_start + 1 : start]
    sentence = lower[sentence_start + 1 : end if end >= 0 else len(lower)]
    if _DENIED.search(prefix) is not None or _POINTING.search(sentence) is not None:
        return False
    if asked_at(lower, start, stop):
        return False  # "Does the project publish a SECURITY.md?": asked, not claimed
    return _MADE.search(prefix) is None and _POSTPONED.match(lower, stop) is None


_ANY_PLACE = LazyPattern(_PLACE)


def places_in_label(label: str) -> frozenset[str]:
    """The link keys of the places a link's label names ("[community repo](…)", "[Governance
    docs](…)"): what the link is, in the words evidence uses."""
    lower = label.lower()
    if not any(hint in lower for hint in _PLACE_HINTS):
        return frozenset()
    keys: set[str] = set()
    for match in _ANY_PLACE.finditer(lower):
        keys.update(_PLACES[_KIND_OF_GROUP[match.lastgroup or ""]][2])
    return frozenset(keys)


def file_names(text: str) -> list[str]:
    """The file names a text holds, as written ("MAINTAINERS.md", "MAINTAINERS file")."""
    lower = text.lower()
    return _FILE.findall(text) if any(hint in lower for hint in _FILE_HINTS) else []


def sentence_around(text: str, start: int) -> tuple[int, int]:
    """The offsets of the sentence (or clause, up to a semicolon) of ``text`` that holds ``start``."""
    begin = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [at for at in (text.find(". ", start), text.find("; ", start)) if at >= 0]
    return begin, min(ends) if ends else len(text)
