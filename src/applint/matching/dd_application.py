"""The application a due-diligence (DD) document evaluates: the cncf/toc issue (or pull request)
its top link names (``- Link to [Incubation application issue](https://github.com/cncf/toc/issues/1367)``),
and the other links in it that name that application again.

A link names the application when its label says "application" (``the initial
[application](…/issues/1365)``); one labelled as an earlier application (``[previous Graduation
application issue](…)``, "earlier", "prior", "former", "old") is another application on purpose,
and so is one whose label says nothing of an application (``[Initial PR](…/pull/1212)``, ``[new
issue](…)``: the template's own account of a project that re-applied). A label naming the project's
first application or its Sandbox one (``[initial application on 13-DEC-2022 to CNCF](…/issues/978)``,
``[Sandbox application](…)``) names another application too, and so does any link in a paragraph that
also links the document's own application: the author is telling the applications apart (``initial
application … and subsequent [application in the updated format](…/issues/1291)``). "the initial
[application](…)" alone, with "initial" outside the label, is still the same application.
"""

from __future__ import annotations

import re
from typing import Final

from applint.matching.project_links import Link
from applint.text.github_items import parse_github_item
from applint.text.patterns import LazyPattern

# How far down the document its own link to the application may sit (the template puts it on line 3).
TOP_LINES = 12
_EARLIER = LazyPattern(
    r"\b(?:previous|earlier|prior|former|old|original|initial|first|sandbox)\b", re.IGNORECASE
)


class ApplicationLinks:
    """The DD document's own link to the application, and the later links that name an
    application with another number."""

    __slots__ = ("others", "own")

    def __init__(self, own: Link, others: tuple[Link, ...]) -> None:
        self.own: Final = own
        self.others: Final = others


def toc_item_number(url: str) -> str | None:
    """The number of a cncf/toc issue or pull request address, else None."""
    item = parse_github_item(url)
    if item is None or not item.is_issue_or_pull or not item.ends_at_number:
        return None
    return item.number if item.repository.lower() == "cncf/toc" else None


def application_links(links: tuple[Link, ...]) -> ApplicationLinks | None:
    """The application the DD names at its top and the links naming another one (None when the
    top names none, as in the older free-form DDs)."""
    named = [
        link
        for link in links
        if "applica" in link.label.lower() and not _EARLIER.search(link.label) and toc_item_number(link.url)
    ]
    own = next((link for link in named if link.line <= TOP_LINES), None)
    if own is None:
        return None
    number = toc_item_number(own.url)
    others = [link for link in named if toc_item_number(link.url) != number]
    # A paragraph that links the own application beside another one tells them apart on purpose.
    beside_own = {
        id(link.block) for link in links if link.line > TOP_LINES and toc_item_number(link.url) == number
    }
    return ApplicationLinks(own, tuple(link for link in others if id(link.block) not in beside_own))
