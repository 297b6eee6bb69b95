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

from applint.findings import Finding, Severity
from applint.model import Document, SlipKind
from applint.rules.context import DocumentContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.addresses import shows_address
from applint.text.links import address_shape_problem, invisible_problem
from applint.text.patterns import LazyPattern
from applint.text.placeholder_addresses import placeholder_address

ID = "broken-link"
# A Markdown link with nothing between its brackets ("[](…)", "[ ](…)").
_NO_TEXT = LazyPattern(r"\[\s*\]\(")
# The slips of a link the Markdown parse broke apart.
_SPLIT_LINKS = (SlipKind.CODE_SPLIT_LINK, SlipKind.NESTED_LINK)


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
    if any(slip.kind is SlipKind.UNDEFINED_REFERENCE for slip in ctx.document.slips):
        from applint.rules.broken_link.slips import undefined_references

        yield from undefined_references(ctx)


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
    """Every pass's findings but the undefined references', in the order the rule reports them.
    Each pass is imported only when the document holds what it reads (an anchor link, a link with no
    text, a slip of link syntax, …): a module's import costs a run more than most passes over the
    usual document. (Each pass module takes ``ID`` from this one, so none is imported at its top.)"""
    from applint.rules.broken_link.lines import broken_on_lines

    yield from broken_on_lines(ctx)
    document = ctx.document
    if document.format == "markdown":
        links = ctx.links.links
        if any(not link.label for link in links) and any(
            _NO_TEXT.search(line) for line in document.source_lines if "](" in line
        ):
            from applint.rules.broken_link.empty_texts import empty_texts

            yield from empty_texts(ctx)
        if any(slip.kind in _SPLIT_LINKS for slip in document.slips):
            from applint.rules.broken_link.slips import split_links

            yield from split_links(ctx)
        if any(target.startswith("#") for block in document.blocks for target in block.links):
            from applint.rules.broken_link.missing_anchors import missing_anchors

            yield from missing_anchors(ctx)
        if any("." in link.label and shows_address(link.label) for link in links):
            from applint.rules.broken_link.shown_addresses import wrong_shown_addresses

            yield from wrong_shown_addresses(ctx)
    elif _any_target(document, address_shape_problem):
        from applint.rules.broken_link.hyperlink_addresses import misshapen_hyperlinks

        yield from misshapen_hyperlinks(ctx)
    if _any_target(document, invisible_problem):
        from applint.rules.broken_link.hyperlink_addresses import invisible_characters

        yield from invisible_characters(ctx)


def _any_target(document: Document, problem_of: Callable[[str], str]) -> bool:
    """Whether any link of the document has an address ``problem_of`` finds a problem in (the usual
    document's have none)."""
    return any(problem_of(target) for block in document.blocks for target in block.links)


RULE = Rule(ID, Severity.ERROR, "A link cannot work as written.", check, __doc__ or "", families=ALL_FAMILIES)
