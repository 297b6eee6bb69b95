"""The issue or pull request of a review an application links (``facts``): the one review a
block names (the GTR, the governance review, the security self-assessment, a TAG review), per
repository and kind. A block linking two of one kind in one repository, or speaking of drafts and
replacements, gives none, and a number the document calls the application's anywhere is the
application's wherever it is linked, not the review's.
"""

import re
from collections.abc import Iterator

from applint.matching.fact_records import Fact
from applint.model import Block
from applint.text.github_items import GitHubItem, parse_github_item
from applint.text.patterns import LazyPattern

_REVIEWS = (
    ("the General Technical Review", r"\bGTR\b|\b(?:general\s+)?technical\s+review\b"),
    ("the governance review", r"\bgovernance\s+review\b"),
    ("the security self-assessment", r"\bself[- ]assessment\b"),
    ("the TAG review", r"\bTAG\b[\w\s-]{0,25}?\breview\b"),
)
_REVIEW = LazyPattern(
    "|".join(f"(?P<r{i}>{pattern})" for i, (_, pattern) in enumerate(_REVIEWS)), re.IGNORECASE
)
_NOT_THE_ONE = LazyPattern(
    r"\b(?:draft|superseded|supersedes|replac\w*|previous\w*|earlier|old|former|first|updated|revised|closed)\b",
    re.IGNORECASE,
)

# "application #1775", "Incubation application: cncf/toc#1775", "application issue 1775".
_APPLICATION_NUMBER = LazyPattern(
    r"\bapplication(?:\s+(?:issue|PR|pull\s+request))?[:\s]+(?:cncf/toc)?#?(\d+)\b", re.IGNORECASE
)


def application_numbers(blocks: tuple[Block, ...], holding: set[int]) -> set[int]:
    """The issue numbers the document calls the application's somewhere ("Incubation application:
    cncf/toc#1775", or the one issue linked by a block naming an application and no review: "Link to
    [Incubation application issue](…/issues/1999)"): such a number plays that role wherever it is
    linked again."""
    numbers: set[int] = set()
    for index in holding:
        block = blocks[index]
        if not block.links:
            continue
        numbers.update(int(found.group(1)) for found in _APPLICATION_NUMBER.finditer(block.text))
        items = {found.number for url in block.links if (found := _review_item(url))}
        if len(items) == 1 and not _REVIEW.search(block.text):
            numbers.add(int(items.pop()))
    return numbers


def link_facts(block: Block, applications: set[int]) -> Iterator[Fact]:
    if not any("/issues/" in url or "/pull/" in url for url in block.links) or _NOT_THE_ONE.search(
        block.text
    ):
        return
    named = {index for match in _REVIEW.finditer(block.text) for index, text in _groups(match) if text}
    if len(named) != 1:
        return
    review = named.pop()
    items: dict[tuple[str, str], list[int]] = {}
    for url in block.links:
        item = _review_item(url)
        if item and int(item.number) not in applications:
            numbers = items.setdefault((item.repository.lower(), item.kind), [])
            if int(item.number) not in numbers:
                numbers.append(int(item.number))
    for (repository, kind), numbers in items.items():
        if len(numbers) == 1:
            what = "pull request" if kind == "pull" else "issue"
            yield Fact(
                ("link", str(review), repository, kind),
                f"the {what} in {repository} for {_REVIEWS[review][0]}",
                (numbers[0],),
                f"{repository}#{numbers[0]}",
                block,
            )


def _review_item(url: str) -> GitHubItem | None:
    """The issue or pull request a link is, written as the reviews' links are (``github.com``, the
    number ending its path segment)."""
    item = parse_github_item(url)
    return item if item and item.is_issue_or_pull and not item.www and item.ends_at_segment else None


def _groups(match: re.Match[str]) -> Iterator[tuple[int, str | None]]:
    for index in range(len(_REVIEWS)):
        yield index, match.group(f"r{index}")
