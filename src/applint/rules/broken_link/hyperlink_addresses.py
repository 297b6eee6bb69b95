"""broken-link's passes over the addresses of a document's links as its blocks hold them, each placed at
its line and column: a DOCX or text document's hyperlink whose address shows it cannot work, and an
address holding a character that does not show, in any format."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from applint.findings import Finding, Severity
from applint.matching.link_places import LinkPlace, link_places
from applint.rules.broken_link import ID
from applint.rules.context import DocumentContext
from applint.rules.rule import shorten
from applint.text.links import address_shape_problem, invisible_problem


def misshapen_hyperlinks(ctx: DocumentContext) -> Iterator[Finding]:
    """A DOCX or text document's hyperlink whose address shows it cannot work (``ihttps://…``): the
    address is not in the text the lines above read, only in the document's links."""
    for place, problem in _placed_problems(ctx, address_shape_problem):
        yield _broken(ctx, place, place.target, problem)


def invisible_characters(ctx: DocumentContext) -> Iterator[Finding]:
    """A link whose address holds a character that does not show (``…/2026-02-02.md`` ending in a
    left-to-right mark), in any format: one finding per link, at its address; not a link into the
    checkout that unresolved-link reports (it says which character to delete)."""
    resolved: set[tuple[int, str]] | None = None
    for place, problem in _placed_problems(ctx, invisible_problem):
        if resolved is None:  # a link into the checkout is unresolved-link's, explained there
            resolution = ctx.link_resolution
            resolved = {(link.line, link.target) for link in resolution.unresolved} if resolution else set()
        if (place.line, place.target) not in resolved:
            yield _broken(ctx, place, _visible(place.target), problem)


def _broken(ctx: DocumentContext, place: LinkPlace, shown: str, problem: str) -> Finding:
    """The finding for a placed link's address, shown as ``shown``, with what is wrong with it."""
    return ctx.finding(
        ID,
        Severity.ERROR,
        f"broken link '{shorten(shown, 60)}': {problem}",
        place.line,
        column=place.column,
        target=place.target,
    )


def _visible(target: str) -> str:
    """An address as a reader can read it in a message: invisible characters shown as ``<U+200B>``."""
    return "".join(c if c.isprintable() and c not in "\u00a0\u00ad" else f"<U+{ord(c):04X}>" for c in target)


def _placed_problems(
    ctx: DocumentContext, problem_of: Callable[[str], str]
) -> Iterator[tuple[LinkPlace, str]]:
    """Each link whose address ``problem_of`` finds a problem in, placed at its line and column,
    with the problem (the rule runs these passes only when a block's links hold one: placing them
    reads the whole document again)."""
    for place in link_places(ctx.document):
        problem = problem_of(place.target)
        if problem:
            yield place, problem
