"""The counts an application states (``facts``): a number written before "maintainers",
"adopters", "contributors" or "releases" (one qualifier between; releases only the project's own)
in a sentence stating how many there are now, or "as of" one date: not a rule, a bound, a part or
a history. A block counting one noun twice differently counts two things and gives neither.
"""

import re
from collections.abc import Iterator

from applint.matching.fact_records import Fact
from applint.model import Block
from applint.text.dates import as_of
from applint.text.numbers import NUMBER_PATTERN, read_number
from applint.text.patterns import LazyPattern

# The stems of the nouns counted ("maintainers", "Adopters": in either case), searched for in the
# whole text to find the blocks that may hold a count.
COUNTED = ("aintainers", "dopters", "ontributors", "eleases")
_COUNT = LazyPattern(
    r"(?<![\w.,$#-])(?P<n>" + NUMBER_PATTERN + r")\s+(?P<q>(?:active|current)\s+)?"
    r"(?P<noun>maintainers|adopters|contributors|releases)\b(?P<after>\s+\w+(?:\s+\w+)?)?",
    re.IGNORECASE,
)
_BOUND_BEFORE = LazyPattern(
    r"(?:\b(?:than|least|over|about|around|approximately|nearly|almost|of|only|another|additional|extra|new|"
    r"from|to|these|those|other|two-thirds|majority|min\w*|max\w*|up)\s+|[~+<>≥≤]\s*)$",
    re.IGNORECASE,
)
_PART_AFTER = LazyPattern(
    r"^\s+(?:from|at|of|in|on|for|per|with|who|that|each|must|need\w*|requir\w*|approv\w*|review\w*|"
    r"employed|work\w*|represent\w*|(?:were\s+|have\s+been\s+)?(?:added|joined|retired|promoted|removed|left|"
    r"stepped|became|moved|onboarded|nominated|elected|replaced|invited))\b(?!\s+(?:"
    + NUMBER_PATTERN
    + r")\b)",
    re.IGNORECASE,
)
# What comes before a count that states a total: nothing, or a verb of having ("Examplo has 9
# maintainers", "there are 12 adopters", "maintained by 7 maintainers", "Our seven maintainers").
_HAS_BEFORE = LazyPattern(
    r"\b(?:has|have|there\s+are|consists?\s+of|with|by|team\s+of|total\s+of|our|its|currently|now|today|"
    r"there\s+have\s+been|(?:has|have)\s+(?:shipped|published|made|cut|tagged))\s+$",
    re.IGNORECASE,
)
# The subject and verb before a count of releases: "We have shipped 12 releases".
_RELEASES_OWNER = LazyPattern(
    r"^[\s*_>•-]*(?P<subject>[\w.' -]{1,40}?)\s+(?:has|have|['’]ve)\s+(?:been\s+|shipped\s+|published\s+|made\s+|"
    r"cut\s+|tagged\s+)?$",
    re.IGNORECASE,
)
_NOT_A_COUNT = LazyPattern(
    r"\b(?:chart|sub-?projects?|components?|plugins?|operators?|sdks?|clients?|librar\w+|teams?|repositor\w+|requir\w*|must|should|approv\w*|vote\w*|quorum|majority|least|minimum|each|per|need\w*|lgtm|"
    r"will|plan\w*|goal|target|aim\w*|hope|grow\w*|grew|increas\w*|went|previous\w*|was|were|had|ago|"
    r"since|until|when|if|former|emeritus)\b",
    re.IGNORECASE,
)


def one_count_each(counts: list[Fact]) -> list[Fact]:
    """A block's counts, less those of a noun it counts twice differently: it counts two things
    ("the project has 8 maintainers … the Helm chart has 3 maintainers")."""
    values: dict[tuple[str, ...], set[tuple[int | str, ...]]] = {}
    for fact in counts:
        values.setdefault(fact.key, set()).add(fact.value)
    return [fact for fact in counts if len(values[fact.key]) == 1]


def count_facts(sentence: str, block: Block, owner: str) -> Iterator[Fact]:
    if _NOT_A_COUNT.search(sentence):
        return
    scope = as_of(sentence)
    if scope is None:
        return
    for match in _COUNT.finditer(sentence):
        before = sentence[: match.start()]
        if _BOUND_BEFORE.search(before) or _PART_AFTER.match(match.group("after") or ""):
            continue
        if before.strip(" *_") and not _HAS_BEFORE.search(before):
            continue  # not stated as what the project has ("Recently two maintainers …")
        number = read_number(match.group("n"))
        if number is None:
            continue
        noun = match.group("noun").lower()
        if noun == "releases" and not _the_projects(before, owner):
            continue  # a component's or a sub-project's releases ("libbuildpack has 42 releases")
        yield Fact(("count", noun, *scope), f"the number of {noun}", (number,), match.group("n"), block)


def _the_projects(before: str, owner: str) -> bool:
    """Whether the words before a count of releases make them the project's: "We have shipped",
    "The project has", "There have been", "<its name> has"."""
    found = _RELEASES_OWNER.match(before)
    if found is None:
        return False
    subject = found.group("subject").lower()
    return subject in ("we", "the project", "it", "there", "our project") or (
        bool(owner) and subject == owner.lower()
    )
