"""Whether a ``#N`` in prose ranks something ("the #1 choice", "#1 most popular", "ranked #3") or
numbers one of the document's own items ("Same as attack #10", "covered by threats #9, #13"),
rather than names a GitHub issue or pull request ("see #123", "fixed by #406", "PRs #288, #290").

A reference is read first, by what stands before it (words that point to an issue: "see", "in",
"issue", "PR", "fixed by", "closes", …) or beside it (another ``#N`` of a list of references); only
then does a rank count, by the word before it ("ranked", an article: "the #1 …", "a #2 …") or after
it (words that rank: "most", "best", "choice", "tool", an adjective ending in -est, and for a small
number "in": "#1 in downloads").
"""

from __future__ import annotations

from typing import Final

from applint.text.patterns import LazyPattern

# Words that rank what follows "#N": "#1 most popular", "the #1 choice", "#2 contributor".
_RANK_AFTER: Final = frozenset(
    {
        # what is ranked
        "contributor", "contributors", "committer", "committers", "maintainer", "maintainers",
        "company", "companies", "organization", "organizations", "org", "orgs", "contributing",
        "spot", "place", "position", "rank", "ranked", "choice", "tool", "tools", "project",
        "projects", "solution", "solutions", "platform", "option", "priority", "pick", "answer",
        "contender", "alternative", "product", "framework", "library", "language", "repository",
        "repo", "slot",
        # how it ranks
        "most", "least", "best", "top", "leading", "popular", "preferred", "favorite", "favourite",
        "trending", "overall", "worldwide", "globally", "ever",
    }
)  # fmt: skip
# Words before "#N" that rank it: "ranked #3", "the #1 choice", "our #1 priority".
_RANK_BEFORE: Final = frozenset({"ranked", "ranks", "ranking", "the", "a", "our", "its", "their", "number"})
# Words right before "#N" that point to an issue or pull request: a reference whatever follows.
_POINTING: Final = frozenset(
    {
        "see", "in", "issue", "issues", "pr", "prs", "pull", "request", "requests", "by", "fixes", "fixed",
        "closes", "closed", "resolves", "resolved", "via", "refs", "ref", "cf",
        "discussion", "discussed", "tracked", "tracking", "from", "per",
    }
)  # fmt: skip
# What a document numbers of its own (a threat model's attacks, an audit's findings, a list's steps):
# "attack #3", "threats #9, #10", "Step #2".
_OWN_ITEMS: Final = frozenset(
    {
        "attack", "attacks", "threat", "threats", "risk", "risks", "scenario", "scenarios", "vector",
        "vectors", "step", "steps", "item", "items", "finding", "findings", "recommendation",
        "recommendations", "question", "questions", "requirement", "requirements", "control", "controls",
        "phase", "phases", "option", "options", "case", "cases", "rule", "rules", "table", "figure",
        "section", "appendix",
    }
)  # fmt: skip
# A run of references ending where this one starts: "attacks #9, #10, " before "#13".
_RUN_BEFORE = LazyPattern(r"(?:#\d+\s*(?:,|and|or|&)\s*)+$")
# Another reference next to this one: "#288, #290", "#12 and #13", "(#1, #2)".
_LIST_AFTER = LazyPattern(r"^\s*(?:,|and|or|&)?\s*(?:[\w.-]+/[\w.-]+)?#\d")
_LIST_BEFORE = LazyPattern(r"#\d+\s*(?:,|and|or|&)\s*$")
# Words after "#N" that say it is an issue or pull request: "the #5 issue".
_ITEM_AFTER: Final = frozenset({"issue", "issues", "pr", "prs", "pull", "thread", "discussion", "comment"})
# Words ending in -est that are no superlative.
_NOT_SUPERLATIVE: Final = frozenset(
    {"request", "requests", "interest", "suggest", "digest", "manifest", "contest"}
)
# "in" ranks only a small number: "#1 in downloads", not "#1234 in the community repository".
_SMALL: Final = 10


def ranks(line: str, start: int, end: int) -> bool:
    """Whether the ``#N`` at ``line[start:end]`` ranks something instead of naming an issue."""
    before_text = line[max(0, start - 80) : start].replace("*", " ").replace("_", " ")
    run = _RUN_BEFORE.search(before_text)
    words = (before_text[: run.start()] if run else before_text).split()
    if words and words[-1].lstrip("([\"'").lower() in _OWN_ITEMS:
        return True  # "Same as attack #10", "covered by attacks #9, #10, #13": the document's own
    words_before = before_text.split()
    before = words_before[-1].lstrip("([\"'").lower() if words_before else ""
    if before in _POINTING or _LIST_BEFORE.search(before_text) or _LIST_AFTER.match(line, end):
        return False
    if before in _RANK_BEFORE and before not in ("the", "a", "our", "its", "their"):
        return True  # "ranked #3", "number #1"
    rest = line[end : end + 40].split(None, 1)
    after = rest[0].strip(".,;:!?)\"'*_").lower() if rest else ""
    if after in _ITEM_AFTER:
        return False  # "the #5 issue", "#12 PR"
    number = int(line[start:end].rsplit("#", 1)[-1])
    head = after.split("-", 1)[0]  # "fastest-growing"
    if after in _RANK_AFTER or (head.endswith("est") and len(head) > 4 and head not in _NOT_SUPERLATIVE):
        return True  # "#1 most popular", "the #1 choice", "#1 fastest-growing"
    if after == "in" and number <= _SMALL:
        return True  # "#1 in downloads"
    # "the #1 …", "our #2 …": an article or possessive before, a word after (not punctuation)
    return before in _RANK_BEFORE and after.isalpha() and number <= _SMALL
