"""Evaluating one triage item against an application: met, missing or weak, where, and why."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from applint.matching.kinds import GOVERNANCE_REVIEW, GTR, SELF_ASSESSMENT
from applint.model import Block
from applint.text.links import address_problem
from applint.text.precompiled import compile_pattern
from applint.triage import items as table
from applint.triage.items import AREAS_BY_ID, Item
from applint.triage.links import FITS, NEAR
from applint.triage.view import Found, Link, Mention, TriageView

MET = "met"
WEAK = "weak"
MISSING = "missing"
STATUSES: Final = (MISSING, WEAK, MET)

_NUMBER = r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
# "22 maintainers", "seven active maintainers", "Maintainers: 9"; never "one of the maintainers".
_MAINTAINER_COUNT = compile_pattern(
    rf"\b{_NUMBER}\b(?:\W+[\w-]+){{0,3}}?\W+maintainers\b|\bmaintainers?\b[^.\d]{{0,40}}?\b\d{{1,3}}\b(?![-/.]\d)",
    re.IGNORECASE,
)
_FIGURES = compile_pattern(
    rf"\b{_NUMBER}\+?\b(?:\W+[\w-]+){{0,4}}?\W+(?:contributors?|contributions|commits|pull requests|PRs|companies|organi[sz]ations)\b",
    re.IGNORECASE,
)
_METRICS_HOSTS = (
    "devstats.cncf.io",
    "ossinsight.io",
    "insights.linuxfoundation.org",
    "insights.lfx.linuxfoundation.org",
)
_EFFORTS = compile_pattern(
    r"good[- ]first[- ]issue|help[- ]wanted|mentor|GSoC|summer of code|outreachy|LFX|recruit|KubeCon|conference|"
    r"meetup|contribfest|hackathon|newcomer|onboard|talks?\b|workshop|attract",
    re.IGNORECASE,
)
_FORM = compile_pattern(
    r"adopters?\W+(?:[\w-]+\W+){0,4}?form\b|\bform\W+(?:[\w-]+\W+){0,4}?adopters?", re.IGNORECASE
)
_URL = compile_pattern(r"\S+://\S+")
_NOT_APPLICABLE = compile_pattern(r"^\W*(?:n/?a|none|not applicable|no sub-?projects?)\b", re.IGNORECASE)


class ItemResult:
    """One item's outcome: its status, the line it was found at (None when nowhere) and why."""

    __slots__ = ("anchor", "item", "line", "status", "url", "why")

    def __init__(
        self,
        item: Item,
        status: str,
        why: str,
        at: Block | Mention | None = None,
        line: int | None = None,
        url: str = "",
    ) -> None:
        self.item: Final = item
        self.status: Final = status
        self.why: Final = why
        self.line: Final = line if line is not None else (at.line if at is not None else None)
        self.anchor: Final = (
            at.text if at is not None else ""
        )  # the words there, to point at them in an issue
        self.url: Final = url  # the link that decided the item, if one did


# The triage items a companion document answers, and its kind.
_COMPANION_OF = {
    "process.gtr": GTR,
    "process.governance-review": GOVERNANCE_REVIEW,
    "security.self-assessment": SELF_ASSESSMENT,
}


def evaluate(item: Item, view: TriageView) -> ItemResult:
    """The item's status in this application (a linked companion document still holding the
    template's text is not done, whatever the link looks like)."""
    result = _evaluate(item, view)
    kind = _COMPANION_OF.get(item.id)
    if kind is None or result.status == MISSING:
        return result
    for linked in view.linked_companions:
        gaps = linked.reading.gaps()
        if linked.reading.template.kind == kind and gaps:
            why = (
                f"the {linked.reading.template.short_name} linked at {_where(view, linked.line)} "
                f"({linked.path}) is not finished: {'; '.join(gaps)}"
            )
            return ItemResult(item, MISSING, why, line=linked.line, url=linked.target)
    return result


def _evaluate(item: Item, view: TriageView) -> ItemResult:
    found = view.found(item)
    if item.need == table.OPTIONAL:
        # "if applicable": the project saying it does not apply answers the item.
        not_applicable = [b for b in found.blocks if _NOT_APPLICABLE.match(b.text)]
        if not_applicable:
            block = not_applicable[0]
            return ItemResult(item, MET, f"the project says it does not apply ({block.text.strip()})", block)
    return _CHECKS[item.check](item, view, found)


def _where(view: TriageView, number: int) -> str:
    return f"{view.document.unit.value} {number}"


def _at_link(item: Item, view: TriageView, status: str, link: Link, why: str) -> ItemResult:
    """The item decided by a link; a link `check` reports as broken (``https:github.com/…``) meets
    nothing: the item is weak, saying what is wrong with the address."""
    url, block = link
    broken = address_problem(url)
    if broken and status == MET:
        status, why = WEAK, f"{why}, but the link cannot work: {broken}"
    return ItemResult(item, status, why, block, view.line_of(url, block), url)


def _no_link_note(view: TriageView) -> str:
    return (
        "" if view.document.capabilities.links else " (this format keeps no hyperlinks: check the original)"
    )


def _nothing_under(item: Item, view: TriageView, found: Found) -> ItemResult:
    statement = found.statement
    assert statement is not None
    state = "ticked" if statement.checked else "there"
    why = f"the criterion is {state} at {_where(view, statement.line)}, but nothing is written under it"
    return ItemResult(item, MISSING, why, statement)


def _not_found(item: Item) -> ItemResult:
    area = AREAS_BY_ID[item.area].title
    return ItemResult(item, MISSING, f"not found: neither the criterion nor a mention in {area}")


def _check_link(item: Item, view: TriageView, found: Found) -> ItemResult:
    shape = item.shape
    assert shape is not None
    fitting = [link for link in found.links if shape.of(link[0]) == FITS]
    if fitting:
        return _at_link(item, view, MET, fitting[0], f"links {shape.describe}")
    elsewhere = [link for link in view.all_links if item.anywhere and shape.of(link[0]) == FITS]
    if elsewhere:
        line = view.line_of(*elsewhere[0])
        if not item.criteria:  # an item read from its area: the link belongs there
            area = AREAS_BY_ID[item.area].title
            why = f"{shape.describe} is linked at {_where(view, line)}, but not in the {area}"
            return _at_link(item, view, WEAK, elsewhere[0], why)
        why = f"links {shape.describe}"
        if found.statement is not None:
            why += (
                f" at {_where(view, line)}, not under its criterion at {_where(view, found.statement.line)}"
            )
        return _at_link(item, view, MET, elsewhere[0], why)
    near = [link for link in (*found.links, *view.all_links) if shape.of(link[0]) == NEAR]
    if near:
        return _at_link(item, view, WEAK, near[0], f"links {shape.near}: {near[0][0]}")
    if found.links:
        url = found.links[0][0]
        return _at_link(item, view, WEAK, found.links[0], f"links {url}, which is not {shape.describe}")
    if found.has_content:
        first = found.blocks[0] if found.blocks else found.statement
        why = f"said in words, with no link to {shape.describe}{_no_link_note(view)}"
        return ItemResult(item, WEAK, why, first)
    if found.statement is not None:
        return _nothing_under(item, view, found)
    return _mentioned(item, view, f"no link to {shape.describe}")


def _mentioned(item: Item, view: TriageView, lacking: str) -> ItemResult:
    """Weak at the first mention of the item in its area (for an item whose criterion is absent)."""
    mentions = view.mentions(item.mentions, view.area_blocks(item.area))
    if not mentions:
        return _not_found(item)
    mention = mentions[0]
    why = f"mentioned at {_where(view, mention.line)} without its criterion, {lacking}{_no_link_note(view)}"
    return ItemResult(item, WEAK, why, mention)


def _check_any_link(item: Item, view: TriageView, found: Found) -> ItemResult:
    if found.links:
        return _at_link(item, view, MET, found.links[0], f"linked: {found.links[0][0]}")
    if found.has_content:
        first = found.blocks[0] if found.blocks else found.statement
        return ItemResult(item, WEAK, f"said in words, with no link{_no_link_note(view)}", first)
    if found.statement is not None:
        return _nothing_under(item, view, found)
    for mention in view.mentions(item.mentions, view.area_blocks(item.area)):
        if mention.links:
            url = mention.links[0][0]
            return ItemResult(item, MET, f"linked where the text mentions it: {url}", mention, url=url)
    return _mentioned(item, view, "and no link")


def _check_assertion(item: Item, view: TriageView, found: Found) -> ItemResult:
    statement = found.statement
    if statement is not None:
        if statement.checked:
            return ItemResult(item, MET, f"ticked at {_where(view, statement.line)}", statement)
        if found.has_content:
            first = found.blocks[0] if found.blocks else statement
            return ItemResult(item, MET, f"asserted in words at {_where(view, first.line)}", first)
        if statement.checked is False:
            why = f"the statement at {_where(view, statement.line)} is not ticked and nothing is written under it"
            return ItemResult(item, MISSING, why, statement)
        why = "the statement is there, but this format cannot show a tick and nothing is written under it"
        return ItemResult(item, WEAK, why, statement)
    mentions = view.mentions(item.mentions, view.area_blocks(item.area))
    if mentions:
        return ItemResult(item, MET, f"asserted in words at {_where(view, mentions[0].line)}", mentions[0])
    return _not_found(item)


def _check_content(item: Item, view: TriageView, found: Found) -> ItemResult:
    if found.has_content or found.links:
        first = found.blocks[0] if found.blocks else found.statement
        assert first is not None
        return ItemResult(item, MET, f"described at {_where(view, first.line)}", first)
    if found.statement is not None:
        return _nothing_under(item, view, found)
    mentions = view.mentions(item.mentions, view.area_blocks(item.area))
    if mentions:
        return ItemResult(item, MET, f"described at {_where(view, mentions[0].line)}", mentions[0])
    return _not_found(item)


def _first_match(
    view: TriageView, regex: re.Pattern[str], blocks: tuple[Block, ...] | list[Block]
) -> tuple[Mention, str] | None:
    """The first line of the blocks (URLs left out) the pattern matches, and what it matched."""
    for block in blocks:
        if not regex.search(_URL.sub(" ", block.text)):
            continue
        for mention in view.lines_matching(regex, block):
            match = regex.search(_URL.sub(" ", mention.text))
            if match:
                return mention, match.group(0)
    return None


def _check_count(item: Item, view: TriageView, found: Found) -> ItemResult:
    own_area = [b for b in view.area_blocks(item.area) if view.own_words(b)]
    hit = _first_match(view, _MAINTAINER_COUNT, found.blocks) or _first_match(
        view, _MAINTAINER_COUNT, own_area
    )
    if hit:
        return ItemResult(item, MET, f'states "{hit[1]}"', hit[0])
    if found.has_content:
        first = found.blocks[0] if found.blocks else found.statement
        return ItemResult(item, WEAK, "says something, but no number of active maintainers", first)
    if found.statement is not None:
        return _nothing_under(item, view, found)
    return _mentioned(item, view, "but no number of active maintainers")


def _check_activity(item: Item, view: TriageView, found: Found) -> ItemResult:
    area = [b for b in view.area_blocks(item.area) if view.own_words(b)]
    blocks = list(found.blocks) or [m.block for m in view.mentions(item.mentions, tuple(area))]
    figures = _first_match(view, _FIGURES, blocks)
    metrics = [link for link in view.links_in(blocks) if any(h in link[0] for h in _METRICS_HOSTS)]
    efforts = _first_match(view, _EFFORTS, blocks) or _first_match(view, _EFFORTS, area)
    where_figures: Block | Mention | None = figures[0] if figures else (metrics[0][1] if metrics else None)
    if where_figures is not None and efforts:
        why = f"contributor figures, and efforts to attract contributors at {_where(view, efforts[0].line)}"
        return ItemResult(item, MET, why, where_figures)
    if where_figures is not None:
        return ItemResult(
            item, WEAK, "contributor figures, but nothing on efforts to attract contributors", where_figures
        )
    if efforts:
        return ItemResult(
            item, WEAK, "efforts to attract contributors, but no contributor figures", efforts[0]
        )
    if found.has_content:
        first = found.blocks[0] if found.blocks else found.statement
        return ItemResult(item, WEAK, "no contributor figures and nothing on attracting contributors", first)
    if found.statement is not None:
        return _nothing_under(item, view, found)
    return _not_found(item)


def _check_by_hand(item: Item, view: TriageView, found: Found) -> ItemResult:
    own = [b for b in view.document.blocks if view.own_words(b)]
    form = view.mentions(_FORM.pattern, tuple(own))
    if form:
        why = "the application says the adopters form was filled in; confirm in the form's responses"
        return ItemResult(item, MET, why, form[0])
    notes = view.mentions(item.mentions, tuple(own))
    if notes:
        why = "the application offers adopters to contact, but does not say the adopters form was filled in"
        return ItemResult(item, WEAK, why, notes[0])
    return ItemResult(
        item, MISSING, "the application does not mention the adopters form; check its responses"
    )


_CHECKS: Final[dict[str, Callable[[Item, TriageView, Found], ItemResult]]] = {
    table.LINK: _check_link,
    table.ANY_LINK: _check_any_link,
    table.ASSERTION: _check_assertion,
    table.CONTENT: _check_content,
    table.COUNT: _check_count,
    table.ACTIVITY: _check_activity,
    table.BY_HAND: _check_by_hand,
}
