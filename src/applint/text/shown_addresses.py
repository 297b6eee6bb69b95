"""A link whose text is itself an address (an e-mail address, a URL, a domain) that is not the address
the link opens: ``[maintainers@lists.example.io](mailto:maintainers@lists.example.i)``,
``[https://github.com/org/repo](https://github.com/org/rep)``, ``[example.org](https://example.com)``.

The two are compared as a reader compares them: the scheme, ``mailto:``, ``www.``, a default port,
the host's case, percent-encoding and a trailing ``/``, ``#`` or ``?`` do not count. Text that shows
the start of its address (``github.com/org/repo`` for ``…/repo/tree/main``), text shortened with an
ellipsis, an address that carries the text inside it (a redirect, an archive, a short link's
long form) and an e-mail address linked to its list's web page are not mismatches.

A mismatch is an error when the e-mail address or the host differs, or the address stops inside a
word of the text (the address was cut short); a warning when the address is the text with its last
segments dropped (a page linked under the address of its site: perhaps meant, never what it shows).
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import unquote

from applint.text.addresses import looks_like_address, shown_address, web_host

_DEFAULT_PORTS = (":80", ":443")
# How alike two domains must be to be one address mistyped ("example.org", "example.com").
_NEAR_SPELLING = 0.75


class ShownAddressMismatch(NamedTuple):
    """The address a link's text shows and the one it opens, as a reader reads them, and whether
    the difference is a wrong address (``serious``) or the address shortened to its start."""

    shown: str
    opened: str
    serious: bool


def shown_address_mismatch(label: str, target: str) -> ShownAddressMismatch | None:
    """The mismatch between a link's text and its address when the text is an address that the
    link does not open; None for any other link (text that is not an address, the same address
    written differently, a shortening)."""
    text = shown_address(label)
    if not text:
        return None
    if "@" in text and "/" not in text:
        return _mail_mismatch(text, target)
    if not looks_like_address(text) or not target.lower().startswith(("http://", "https://")):
        return None
    shown, opened = _normal(text), _normal(target)
    if not shown or shown == opened or shown in opened[1:] or _shortened(shown, opened):
        return None  # the same, its start or its words (a shortening), or carried inside (a redirect)
    shown_host, opened_host = shown.split("/", 1)[0], opened.split("/", 1)[0]
    if shown_host != opened_host and not _written_as_url(text, shown, opened):
        return None  # a name that looks like a domain ("Smart.iX", a Go module path) linked to its page
    if shown.startswith(opened):
        # the address is the text cut short: at a segment's end a page's site, inside a word a slip
        return ShownAddressMismatch(text, target, serious=shown[len(opened)] not in "/#?")
    return ShownAddressMismatch(text, target, serious=shown_host != opened_host)


def _shortened(shown: str, opened: str) -> bool:
    """True when the text shows the start of the address (ending at a ``/``, ``#``, ``?`` or, in the
    host, a ``.``: ``status.example`` for ``https://status.example.io/``) or
    its segments in order with some left out (``github.com/org/repo/SECURITY.md`` for
    ``…/repo/blob/main/SECURITY.md``, ``site.dev/projects/1`` for ``site.dev/en/projects/1``)."""
    if opened.startswith(shown) and opened[len(shown)] in "/#?.":
        return True
    shown_parts, opened_parts = shown.split("/"), opened.split("/")
    if shown_parts[0] != opened_parts[0] or len(shown_parts) < 2:
        return False
    remaining = iter(opened_parts[1:])
    return all(part in remaining for part in shown_parts[1:])


def _written_as_url(text: str, shown: str, opened: str) -> bool:
    """True when text whose host is not the address's is written as an address a reader would
    open: with its scheme or ``www.`` (``https://travis-ci.org/…``), a lower-case domain spelt
    nearly as the address's (``example.org`` for ``example.com``), or a domain and path that is
    not a module's name for its repository (``sigs.k8s.io/kind`` for ``github.com/…/kind``)."""
    if text.lower().startswith(("http://", "https://", "www.")):
        return True
    shown_host, _, shown_path = shown.partition("/")
    opened_host, _, opened_path = opened.partition("/")
    if shown_path:
        return shown_path.rsplit("/", 1)[-1] != opened_path.rsplit("/", 1)[-1]
    if text.split("/", 1)[0] != text.split("/", 1)[0].lower():
        return False  # "Smart.iX", "Unimatrix.ai": a name written as its domain
    from difflib import SequenceMatcher  # only for a domain already differing

    return SequenceMatcher(None, shown_host, opened_host).ratio() >= _NEAR_SPELLING


def _mail_mismatch(text: str, target: str) -> ShownAddressMismatch | None:
    """An e-mail address as a link's text against a ``mailto:`` address that is another; a link to
    a list's web page (or any other address) under its e-mail address is not compared."""
    if text.lower().startswith("mailto:"):
        text = text[7:]
    local, _, domain = text.partition("@")
    if not local or "." not in domain or not target.lower().startswith("mailto:"):
        return None
    opened = unquote(target[7:].split("?", 1)[0]).strip()
    if opened.lower() == text.lower() or not opened:
        return None
    if "," in opened and text.lower() in (part.strip().lower() for part in opened.split(",")):
        return None  # one of several recipients
    return ShownAddressMismatch(text, target, serious=True)


def _normal(address: str) -> str:
    """An address as a reader compares it: no scheme, no ``www.``, the host in lower case without
    a default port, percent-encoding decoded, no trailing ``/``, ``#`` or ``?``."""
    text = unquote(address.strip())
    lowered = text.lower()
    for scheme in ("https://", "http://"):
        if lowered.startswith(scheme):
            text = text[len(scheme) :]
            break
    host, slash, rest = text.partition("/")
    host = web_host(host)
    for port in _DEFAULT_PORTS:
        if host.endswith(port):
            host = host[: -len(port)]
    return (host + slash + rest).rstrip("/#?").lower()


def _same_site(one: str, other: str) -> bool:
    """True when one host is the other or a subdomain of it (``docs.example.org``, ``example.org``)."""
    return one.endswith(f".{other}") or other.endswith(f".{one}")
