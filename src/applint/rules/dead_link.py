"""dead-link: a web address that does not answer, checked online — only with ``--check-links``.

Why: the TOC follows every link of the evidence; a page that is gone (404), private or behind a
sign-in is evidence the reviewer cannot read. Without ``--check-links`` this rule does nothing and
nothing touches the network.

Severity: error for a page that is gone (404 or 410; on GitHub, a ``blob``/``tree`` link to a
path the repository does not have at that ref, asked of GitHub's API, so a sign-in page answering
200 does not hide it); warning for an address that could not be checked (no answer within the
timeout, a refusal such as 401 or 403, GitHub's sign-in page, a 429 or 5xx that outlasted the
retries, a host name not found). One finding per link, at its column; the same address linked at
several places is one finding, at the first, naming the others' lines.

Checks every ``http://`` and ``https://`` link outside code and comments, once per address (a
``#fragment`` is not checked online). Leaves to other rules: links into the checkout's own
repository (``unresolved-link`` resolves them offline), links to Google Docs and other sign-in
hosts (``private-document``), and malformed links (``broken-link``).

How it asks: at most 8 requests at a time and 2 to one host, 10 s each, ``HEAD`` then ``GET``,
redirects followed, 429 and 5xx retried up to 3 times waiting as ``Retry-After`` says (up to
30 s), else 1, 2, 4 s. ``GITHUB_TOKEN`` is used for GitHub's API when set (it raises the rate
limit; it is sent to the API host only and never printed); ``GITHUB_API_URL`` and
``GITHUB_SERVER_URL`` name a GitHub Enterprise host. Addresses found working are kept for a day in
``links.json`` under ``$APPLINT_CACHE_DIR`` (else ``$XDG_CACHE_HOME/applint`` or
``~/.cache/applint``; ``APPLINT_CACHE_DIR=`` turns the cache off) and not asked again.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import DocumentContext
from applint.rules.folding import everywhere_fold
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.links import invisible_problem, is_malformed, private_host

ID = "dead-link"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    if not ctx.check_links:
        return
    from applint.matching.link_places import link_places  # its urllib.parse: only with --check-links

    resolution = ctx.link_resolution
    resolved_offline = resolution.checked if resolution else frozenset()
    places = [
        place
        for place in link_places(ctx.document)
        if place.target.lower().startswith(("http://", "https://"))
        and place.target not in resolved_offline
        and not private_host(place.target)
        and not is_malformed(place.target)
        and not invisible_problem(place.target)
    ]
    if not places:
        return
    from applint.network.linkcheck import check_urls  # only a run with --check-links pays for it

    states = check_urls(place.target for place in places)
    for place in places:
        state = states[place.target]
        if state.ok:
            continue
        if state.dead:
            severity, advice = Severity.ERROR, "correct the address, or link the page where it moved"
        else:
            severity, advice = Severity.WARNING, "check the address, and that a reviewer can open it"
        yield ctx.finding(
            ID,
            severity,
            f"the link to '{shorten(place.target, 80)}' does not work: {state.problem}; {advice}",
            place.line,
            column=place.column,
            target=place.target,
            **everywhere_fold(place.target),
        )


RULE = Rule(
    ID,
    Severity.ERROR,
    "A web address does not answer (only with --check-links).",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
