"""broken-link: a link that cannot work, judged by its syntax (nothing is ever fetched).

Why: the TOC reads the evidence by following its links; a link that goes nowhere is evidence
the reviewer cannot check, and a name in brackets with no address is a link the author meant
to add and forgot.

Severity: error, one finding per link, with its column; the same link broken the same way at
several places (one missing anchor linked from five sections) is one finding, at the first, naming
the other lines; so are the links of one list left without an address (``[Blast Radius]()`` in a
table of contents), naming each.

Finds: an address missing its ``//`` or ``:`` (``https:github.com/…``, ``http//…``); an empty
path segment (``github.com/org//blob/main/x.md``); link text glued to its address with the
``(`` missing (``[contact]https://…)``) or a space between ``]`` and ``(``; an empty target
(``[text]()``, a template link left empty such as ``- Link to [Incubation application
issue]()``) or only ``#`` (``[text](#)``); a link with no text (``[](https://…)``, not an image's
``![](…)``), which renders as nothing (to a bare word, ``[](templateskip)``, a tool's marker:
delete it); a target that stands in for an address: a word
(``(link)``, ``(URL)``, ``(TBD)``, ``(<link>)``, ``(here)``) or a name in brackets or braces inside it
(``https://github.com/[project]/…``, ``{org}``), one finding per placeholder however many links
leave it; a target that is plain text
(``[GOVERNANCE](GOVERNANCE file in the community repo)``); and, in Markdown, a bracketed name
of a document, page or chat channel that renders as text because it has no address (``[Release
board]``, ``[RELEASES.md]``, ``[#kestrel-dev] on CNCF Slack``); a Markdown link written inside backticks, which shows as code, or with a code span opened in
its text and closed after its ``)`` (a backtick before ``main`` in ``[GTR on main](https://…)``
and the next one after the ``)``), which takes the address into the code; an address that is itself a link (``[ADOPTERS.md]([https://…](https://…))``) or holds a second
``](address)`` pasted into it (``[by the CNCF](https://…/grpc/](https://…/grpc/)``); letters glued
before the scheme (``ihttps://…``), the scheme written twice (``https://https://…``) or a second
address run into the first (``…/MAINTAINERS.mdhttps://github.com/…``), in a DOCX hyperlink too; a
link to an anchor no heading of the document has (``[CNCF Slack](#lima)``, naming the nearest
anchor when one is close: "did you mean '#goal'?"), and, as a warning, one written in another case
than GitHub's lower-case anchor (``[Threat Modelling](#Threat-Modelling)``: GitHub's page finds it
by script, a renderer or link checker comparing exactly does not; not in an issue body), the
entries of one list (a table of contents) broken the same way as one finding; an e-mail address as a target
without ``mailto:`` (``[mailing list](dev@example.org)``); a link whose ``)`` is missing
(``[roadmap](https://example.org/roadmap`` at the end of a line), or ``[text] (./GOVERNANCE.md)``
with a space; an address holding a character that does not show (a zero-width space, a
left-to-right mark, a no-break space, a byte order mark), in any format and wherever it points
(one inside the checkout is unresolved-link's); an image or link written with a reference label
that no ``[label]: address`` line of the document defines (``![][image1]``, ``[design doc][design]``,
as a Google Docs export leaves them), which shows as the brackets as written: one finding for the
document, naming each and folding their lines; a Markdown link whose text is itself an address
that is not the one it opens (``[dev@lists.example.io](mailto:dev@lists.example.i)``,
``[https://github.com/org/repo](https://github.com/org/rep)``, ``[example.org](https://example.com)``):
an error when the e-mail address or host differs or the address stops inside a word of the text, a
warning when only the path differs (``text/shown_addresses.py`` compares them; a shortened,
ellipsised or redirected address, http for https, percent-encoding pass). Code and HTML comments are not otherwise read.
Applications, DD documents and companion documents (GTR, governance review, self-assessment) alike.

Passes: ``[governance](https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md)``, an
address carrying another on purpose (``https://web.archive.org/web/2020/https://…``,
``?next=https://…``, ``git+https://…``),
``[text](https://example.org "title")``, a reference link whose
definition is written anywhere, in any case (``[Release board]`` with ``[Release board]: https://…``
below, ``![][image1]`` with ``[IMAGE1]: <data:…>``), ``matrix[i][j]``, citations ``[1][2]``, footnote
marks ``[^1]``,
``[x]`` checkboxes, ``[1]`` citations, a label opening a line (``[Commentary by the Security
Team] We are …``), brackets around an address or inside a link's text (``[[here]](https://…)``), ``[roadmap](#roadmap)`` when a "Roadmap" heading (or an HTML ``<a name="roadmap">``, or a
heading's ``{#roadmap}``) is there, ``#project--design`` for "Project & Design", ``#overview-1``
for a second "Overview".
Fails: ``See our [Release board] for dates.``; ``[dedicated contact]https://github.com/…)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from applint.findings import Finding, Severity
from applint.matching.progress import locate
from applint.model import BlockKind, Document, MarkupSlip, SlipKind
from applint.rules.context import DocumentContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.links import (
    address_shape_problem,
    blank_code_and_comments,
    find_broken_links,
    find_links_in_code,
    find_unclosed_links,
    find_unlinked_names,
    invisible_problem,
    target_problem,
)
from applint.text.placeholder_addresses import placeholder_address
from applint.text.shown_addresses import shown_address_mismatch
from applint.text.wording import and_list

if TYPE_CHECKING:
    from applint.matching.link_places import LinkPlace

ID = "broken-link"
_SKIPPED = (BlockKind.CODE, BlockKind.FRONT_MATTER, BlockKind.COMMENT, BlockKind.HTML, BlockKind.BREAK)


def check(ctx: DocumentContext) -> Iterator[Finding]:
    # The same link broken the same way at several places is one problem: the grouping stage folds
    # findings with one message and one link as written into the first, naming the others' lines.
    lines = ctx.document.source_lines
    for finding in _check(ctx):
        raw = lines[finding.position - 1] if finding.column and 0 < finding.position <= len(lines) else ""
        written = _written(raw, finding.column - 1) if finding.column else ""
        placeholder = _placeholder(written)
        # one placeholder left in several links ("(link)" under five criteria) is one thing to fill in
        key = f"placeholder:{placeholder}" if placeholder else f"{finding.message}\n{written}"
        if "fold" in finding.details:  # folded already (the broken entries of one list)
            yield finding
        elif written.endswith("]()") and (passage := ctx.document.passage_of(finding.position))[0] == "list":
            # links left without an address in the items of one list are one link-list to finish
            yield finding._replace(
                details={
                    **finding.details,
                    "fold": f"empty-links-of-list:{passage[1]}",
                    "facet": f"'{shorten(written, 60)}' has no address either ({ctx.where(finding.position)})",
                }
            )
        else:
            yield finding._replace(details={**finding.details, **everywhere_fold(key)})
    if ctx.document.slips:
        yield from _undefined_references(ctx)


def _placeholder(written: str) -> str:
    """The placeholder a link as written has for its address ("" for any other link)."""
    if not written.endswith(")") or "](" not in written:
        return ""
    return placeholder_address(written[written.rfind("](") + 2 : -1])


def _written(raw: str, start: int) -> str:
    """The link as written from its column: up to the ``)`` that ends its address (else the ``]`` that
    ends its text), so two links whose messages shorten alike are told apart by their addresses."""
    end = raw.find(")", start)
    if end < 0:
        end = raw.find("]", start)
    return raw[start:] if end < 0 else raw[start : end + 1]


def _check(ctx: DocumentContext) -> Iterator[Finding]:
    document = ctx.document
    seen: set[int] = set()
    for block in document.blocks:
        if block.kind in _SKIPPED:
            continue
        for number in range(block.line, min(block.end_line, document.line_count) + 1):
            if number in seen:
                continue
            seen.add(number)
            raw = document.source_lines[number - 1]
            if "[" not in raw and "http" not in raw:
                continue  # no link, bracket or address: nothing here can be a broken link
            in_code = find_links_in_code(raw)
            if in_code:  # one finding per line, however many such links it holds
                offset, text = in_code[0]
                more = f" (and {len(in_code) - 1} more on this line)" if len(in_code) > 1 else ""
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(text, 60)}'{more} {'are links' if more else 'is a link'} inside backticks and "
                    f"show{'' if more else 's'} as code; remove the backticks",
                )
            line = blank_code_and_comments(raw)
            for offset, text, problem in find_broken_links(line):
                yield _finding(
                    ctx, number, offset, f"broken link '{shorten(text, 60)}': {problem}; fix the link"
                )
            if document.format != "markdown":
                continue
            for offset, text in find_unclosed_links(line, block.text):
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(text, 60)}' has no ')' after its address, so it shows as text, not as a "
                    "link; add the ')'",
                )
            for offset, name in find_unlinked_names(line, block.text):
                yield _finding(
                    ctx,
                    number,
                    offset,
                    f"'{shorten(name, 60)}' reads as a link but has no address; add '(https://…)' after it "
                    "or drop the brackets",
                )
    if document.format == "markdown":
        yield from _empty_texts(ctx)
        yield from _split_links(ctx)
        yield from _missing_anchors(ctx)
        yield from _wrong_shown_addresses(ctx)
    else:
        yield from _misshapen_hyperlinks(ctx)
    yield from _invisible_characters(ctx)


def _empty_texts(ctx: DocumentContext) -> Iterator[Finding]:
    """A Markdown link with nothing between its brackets (``[](https://…)``, not an image's
    ``![](…)``): it renders as nothing, so the reader never sees it."""
    lines = ctx.document.source_lines
    for link in ctx.links.links:
        if link.label or link.column is None or not 0 < link.line <= len(lines):
            continue
        raw, at = lines[link.line - 1], link.column - 1
        if raw[at : at + 1] != "[" or (at > 0 and raw[at - 1] == "!"):
            continue  # an address written alone, or an image with no alt text
        if target_problem(link.url) or placeholder_address(link.url):
            continue  # its address is broken too: that finding says what to fix
        yield _finding(ctx, link.line, at, _empty_text_message(link.url))


def _empty_text_message(url: str) -> str:
    """What to do with a link that shows nothing: give it text, or, when its target is a bare word
    (``[](templateskip)``: no scheme, path, dot or anchor, so no address or file), delete it: such
    a link is a marker a tool or template left, which opens a page of that name that is not there."""
    shown = shorten(url, 60)
    if url.replace("-", "").replace("_", "").isalnum():
        return (
            f"the link '[]({shown})' has no text and its target is a bare word, not an address or a "
            "file, so it shows as nothing and opens nothing: it reads as a marker left by a tool or "
            "template; delete it (or give it text and a real address)"
        )
    return (
        f"the link to '{shown}' has no text between its brackets, so it shows as nothing; write what "
        "it opens between the '[' and ']'"
    )


def _wrong_shown_addresses(ctx: DocumentContext) -> Iterator[Finding]:
    """A link whose text is an address that is not the one it opens
    (``[maintainers@lists.example.io](mailto:maintainers@lists.example.i)``): the reader copies or
    trusts the address shown and the link goes elsewhere. Only links whose text holds a ``.`` are
    compared."""
    for link in ctx.links.links:
        if "." not in link.label:
            continue
        mismatch = shown_address_mismatch(link.label, link.url)
        if mismatch is None:
            continue
        yield ctx.finding(
            ID,
            Severity.ERROR if mismatch.serious else Severity.WARNING,
            f"the link shows '{shorten(mismatch.shown, 60)}' but opens '{shorten(mismatch.opened, 60)}': make them the same",
            link.line,
            column=link.column,
            target=link.url,
        )


def _misshapen_hyperlinks(ctx: DocumentContext) -> Iterator[Finding]:
    """A DOCX or text document's hyperlink whose address shows it cannot work (``ihttps://…``): the
    address is not in the text the lines above read, only in the document's links."""
    for place, problem in _placed(ctx, address_shape_problem):
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f"broken link '{shorten(place.target, 60)}': {problem}",
            place.line,
            column=place.column,
            target=place.target,
        )


# Where undefined image labels come from, and what their fix takes.
_GOOGLE_DOCS = " (a Google Docs export leaves them out: upload the image and give its address)"


def _undefined_references(ctx: DocumentContext) -> Iterator[Finding]:
    """Images and links written with a reference label the document never defines (``![][image1]``
    from a Google Docs export): one problem, however many there are, named in full at the first
    and folded with the others ("also at")."""
    uses = [slip for slip in ctx.document.slips if slip.kind is SlipKind.UNDEFINED_REFERENCE]
    if not uses:
        return
    written = list(dict.fromkeys(slip.text for slip in uses))
    named = and_list(
        [f"'{shorten(use, 40)}'" for use in written[:6]] + (["others"] if len(written) > 6 else [])
    )
    images = sum(use.startswith("!") for use in written)
    kind = "image" if images == len(written) else "link" if not images else "image and link"
    if len(written) == 1:
        label = written[0].rstrip("]").rsplit("[", 1)[-1] or written[0].split("]", 1)[0].lstrip("![")
        message = (
            f"the {kind} {named} uses the label '{shorten(label, 30)}', which no '[{shorten(label, 30)}]: address' "
            f"line of this document defines, so GitHub shows the brackets as written instead of the {kind}; "
            f"add the definition{_GOOGLE_DOCS if images else ''} or write it as "
            f"'{'![alt text](address)' if images else '[text](address)'}'"
        )
    else:
        message = (
            f"the {kind}s {named} use labels that no '[label]: address' line of this document defines, so "
            f"GitHub shows the brackets as written instead of the {kind}s; add the definitions"
            f"{_GOOGLE_DOCS if images else ''} or write each as "
            f"'{'![alt text](address)' if images else '[text](address)'}'"
        )
    for slip in uses:
        yield ctx.finding(
            ID,
            Severity.ERROR,
            message,
            slip.line,
            column=slip.column,
            **everywhere_fold("undefined-reference"),
        )


def _split_links(ctx: DocumentContext) -> Iterator[Finding]:
    """Links the Markdown parse broke apart: a code span opened in the link's text and closed after
    its ``)``, or an address that is itself a link; one finding per line, at the first."""
    by_line: dict[int, list[MarkupSlip]] = {}
    for slip in ctx.document.slips:
        if slip.kind in (SlipKind.CODE_SPLIT_LINK, SlipKind.NESTED_LINK):
            by_line.setdefault(slip.line, []).append(slip)
    for line, slips in by_line.items():
        first = slips[0]
        more = f" (and {len(slips) - 1} more on this line)" if len(slips) > 1 else ""
        if first.kind is SlipKind.CODE_SPLIT_LINK:
            message = (
                f"'{shorten(first.text, 60)}'{more}: a backtick opens inside the link text and closes after "
                "the address, so the link renders as text with its address shown as code; close the "
                "code span before ']' (or drop the backticks)"
            )
        else:
            message = (
                f"this link's address{more} is itself a Markdown link ('[…]({shorten(first.text, 50)})'), so it "
                "renders as brackets and parentheses around a second link; write the address alone: "
                f"'[text]({shorten(first.text, 50)})'"
            )
        yield ctx.finding(ID, Severity.ERROR, message, line, column=first.column)


def _invisible_characters(ctx: DocumentContext) -> Iterator[Finding]:
    """A link whose address holds a character that does not show (``…/2026-02-02.md`` ending in a
    left-to-right mark), in any format: one finding per link, at its address; not a link into the
    checkout that unresolved-link reports (it says which character to delete)."""
    resolved: set[tuple[int, str]] | None = None
    for place, problem in _placed(ctx, invisible_problem):
        if resolved is None:  # a link into the checkout is unresolved-link's, explained there
            resolution = ctx.link_resolution
            resolved = {(link.line, link.target) for link in resolution.unresolved} if resolution else set()
        if (place.line, place.target) not in resolved:
            yield ctx.finding(
                ID,
                Severity.ERROR,
                f"broken link '{shorten(_visible(place.target), 60)}': {problem}",
                place.line,
                column=place.column,
                target=place.target,
            )


def _placed(ctx: DocumentContext, problem_of: Callable[[str], str]) -> Iterator[tuple[LinkPlace, str]]:
    """Each link whose address ``problem_of`` finds a problem in, placed at its line and column,
    with the problem; the links are placed only when a block's links hold one (the usual document
    has none)."""
    document = ctx.document
    if not any(problem_of(link) for block in document.blocks for link in block.links):
        return
    from applint.matching.link_places import link_places  # its urllib.parse: only when needed

    for place in link_places(document):
        problem = problem_of(place.target)
        if problem:
            yield place, problem


def _visible(target: str) -> str:
    """An address as a reader can read it in a message: invisible characters shown as ``<U+200B>``."""
    return "".join(c if c.isprintable() and c not in "\u00a0\u00ad" else f"<U+{ord(c):04X}>" for c in target)


class _BrokenAnchor:
    """A link to an anchor of the document that no heading has, where it is written (a plain class:
    a NamedTuple costs every run its class creation at import)."""

    __slots__ = ("case_only", "column", "line", "link", "nearest")

    def __init__(self, link: str, line: int, column: int | None, nearest: str, case_only: bool) -> None:
        self.link = link  # as written: "#Threat-Modelling"
        self.line = line
        self.column = column
        self.nearest = nearest  # the anchor it most likely means ("#threat-modelling"), or ""
        self.case_only = case_only  # it differs from an existing anchor only in case


def _missing_anchors(ctx: DocumentContext) -> Iterator[Finding]:
    """``[CNCF Slack](#lima)`` where no heading of the document has that anchor, and
    ``[Threat Modelling](#Threat-Modelling)`` where the heading's anchor is ``#threat-modelling``;
    the broken entries of one list (a table of contents) are one finding."""
    broken = _broken_anchors(ctx.document)
    if not broken:
        return
    # one list's anchors broken the same way (in case only, or naming no heading) are one problem
    by_list: dict[tuple[int, bool], list[_BrokenAnchor]] = {}
    for anchor in broken:
        kind, first, _ = ctx.document.passage_of(anchor.line)
        by_list.setdefault((first if kind == "list" else -anchor.line, anchor.case_only), []).append(anchor)
    for (first, case_only), anchors in by_list.items():
        if len(anchors) == 1 or first < 0:
            for anchor in anchors:
                yield _anchor_finding(ctx, anchor)
            continue
        named = and_list([f"'{shorten(anchor.link, 40)}'{_fix_of(anchor)}" for anchor in anchors[:6]])
        more = f" and {len(anchors) - 6} more" if len(anchors) > 6 else ""
        if case_only:
            problem = (
                "differ from their headings' anchors only in case: GitHub's anchors are lower case, and a "
                "renderer or link checker that compares exactly finds none of them; write them in lower case"
            )
        else:
            problem = (
                "point to no heading of this document as written: link existing headings (GitHub's anchor: "
                "the title in lower case, spaces as '-') or full URLs"
            )
        message = f"{len(anchors)} links of this list ({named}{more}) {problem}"
        for anchor in anchors:
            yield ctx.finding(
                ID,
                Severity.WARNING if case_only else Severity.ERROR,
                message,
                anchor.line,
                column=anchor.column,
                anchor=anchor.link,
                fold=f"anchors-of-list:{first}:{case_only}",
                fold_note="also at {where} of this list",
            )


def _broken_anchors(document: Document) -> list[_BrokenAnchor]:
    """Each link to an anchor of the document that no heading (nor HTML ``id``/``name``) has, or
    has only in another case, in document order."""
    anchors: frozenset[str] | None = None
    written: frozenset[str] = frozenset()
    seen: set[tuple[int, int]] = set()
    broken: list[_BrokenAnchor] = []
    for block in document.blocks:
        for link in block.links:
            if len(link) < 2 or not link.startswith("#") or link[1:2].isdigit() or link.startswith("#L"):
                continue  # "#123" and "#L10" are issue and line references, not headings
            if anchors is None:
                from applint.matching.anchors import (  # a link to a heading only
                    document_anchors,
                    written_anchors,
                )

                written = written_anchors(document)
                anchors = document_anchors(document, written)
            name = link[1:]
            if name in anchors or name in written:
                continue
            lowered = name.lower()
            case_only = lowered in anchors
            if case_only and document.capabilities.line_breaks:
                continue  # an issue body's page finds its headings in any case; nothing else reads it
            line, column = locate(document, block, f"({link})", seen)
            nearest = lowered if case_only else _nearest(lowered, anchors)
            broken.append(_BrokenAnchor(link, line, column, nearest and f"#{nearest}", case_only))
    return broken


def _nearest(name: str, anchors: frozenset[str]) -> str:
    """The anchor a broken one most likely means ("goals" for a "Goal" heading), or ""."""
    if "=" in name:
        return ""  # a Google Docs "#heading=h.…" names no title
    from difflib import get_close_matches  # only for a link already broken

    found = get_close_matches(name, sorted(anchors), n=1, cutoff=_NEAREST)
    return found[0] if found else ""


# How alike (difflib's ratio) an existing anchor must be to a broken one to be offered as its fix.
_NEAREST = 0.8


def _fix_of(anchor: _BrokenAnchor) -> str:
    """What a list's message says after a broken anchor: its fix, when one is known."""
    if anchor.case_only:
        return f" (write '{anchor.nearest}')"
    return f" (did you mean '{anchor.nearest}'?)" if anchor.nearest else ""


def _anchor_finding(ctx: DocumentContext, anchor: _BrokenAnchor) -> Finding:
    if anchor.case_only:
        return ctx.finding(
            ID,
            Severity.WARNING,
            f"the link to '{shorten(anchor.link, 40)}' differs from its heading's anchor only in case: GitHub "
            f"gives the heading the anchor '{anchor.nearest}' (lower case), and the link as written matches "
            f"no anchor of the file for a renderer or link checker that compares exactly; write "
            f"'{anchor.nearest}'",
            anchor.line,
            column=anchor.column,
            anchor=anchor.link,
        )
    fix = f"did you mean '{anchor.nearest}'? Link" if anchor.nearest else "link"
    return ctx.finding(
        ID,
        Severity.ERROR,
        f"the link to '{shorten(anchor.link, 40)}' points to no heading of this document; {fix} an "
        "existing heading (GitHub's anchor: the title in lower case, spaces as '-') or a full URL",
        anchor.line,
        column=anchor.column,  # at the "(" that opens the anchor
        anchor=anchor.link,
    )


def _finding(ctx: DocumentContext, line: int, offset: int, message: str) -> Finding:
    return ctx.finding(ID, Severity.ERROR, message, line, column=offset + 1)


RULE = Rule(ID, Severity.ERROR, "A link cannot work as written.", check, __doc__ or "", families=ALL_FAMILIES)
