"""Who can open a linked document: addresses that need a sign-in by their kind (a Google Drive
folder or an account's own view, an organisation's SharePoint, someone's own Slack client view,
an internal host), and what the text beside a link says about who it is shared with.

A link copied from a sharing dialog (``docs.google.com/document/d/…/edit?usp=sharing``, a Dropbox
shared link) says nothing either way: such documents are usually open to anyone with the link.
"""

from __future__ import annotations

import re

from applint.text.addresses import url_host
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

# Host suffixes of networks no one outside the organisation reaches.
_INTERNAL_SUFFIXES = (".internal", ".corp", ".local", ".lan", ".intranet", ".intra", ".localdomain")
_INTERNAL_PREFIXES = ("intranet.", "internal.", "corp.", "wiki.corp.")
_PRIVATE_ADDRESS = LazyPattern(r"^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)")


def sign_in_kind(url: str) -> str:
    """What kind of address needing a sign-in a URL is ("a Google Drive folder", "a Slack
    workspace", …), or "" for any other address."""
    if "://" not in url:
        return ""
    rest = url.split("://", 1)[1]
    host = url_host(url, port=False)  # "localhost:8080", "wiki.corp:8443": the name alone
    path = "/" + rest.split("/", 1)[1].lower() if "/" in rest else ""
    if host == "drive.google.com" and path.startswith("/drive/"):
        return "a Google Drive folder" if "/folders/" in path else "a view of someone's Google Drive"
    if host in ("docs.google.com", "drive.google.com") and (
        cached_pattern(r"/u/\d+/").search(path) or "authuser=" in path
    ):
        return "a Google document opened in someone's account (its address holds '/u/N/')"
    if host == "sharepoint.com" or host.endswith(".sharepoint.com"):
        return "an organisation's SharePoint (open to its members unless shared with anyone)"
    if host == "dropbox.com" and path.startswith(("/home", "/work", "/team")):
        return "a view of someone's Dropbox"
    if host == "app.box.com" and not path.startswith(("/s/", "/v/")):
        return "a view of someone's Box"
    if host == "app.slack.com" and path.startswith("/client/"):
        # Someone's own Slack client view (a direct message, a profile) opens for that person only;
        # a channel or message link (workspace.slack.com/archives/…) opens for anyone who joins the
        # community's workspace, which the TOC's members are in.
        return "someone's own Slack client view (a direct message or profile)"
    if (
        _PRIVATE_ADDRESS.match(host)
        or host.endswith(_INTERNAL_SUFFIXES)
        or host.startswith(_INTERNAL_PREFIXES)
    ):
        return "an internal address (not reachable from outside the organisation)"
    return ""


# The text says the document is shared with some people only, or kept out of public view.
_RESTRICTED = LazyPattern(
    r"\bshared\s+(?:only\s+)?with\s+(?!anyone\b|everyone\b|the\s+public\b|all\b|the\s+community\b)(?:the\s+|our\s+)?\w+"
    r"|\binternal(?:ly)?\s+(?:only|document|doc|draft|folder|drive|wiki|use)\b|\bfor\s+internal\s+use\b"
    r"|\b(?:is|are|kept|still)\s+private\b|\bprivate\s+(?:document|doc|draft|folder|drive|link|sheet)\b"
    r"|\b(?:members|employees|staff|maintainers)[- ]only\b|\bnot\s+(?:yet\s+)?public(?:ly\s+(?:available|visible|accessible))?\b"
    r"|\brequires?\s+(?:a\s+)?(?:sign[- ]?in|log[- ]?in)\b|\binvite[- ]only\b|\brestricted\s+(?:access|to)\b",
    re.IGNORECASE,
)


def says_restricted(text: str) -> str:
    """The words of ``text`` saying a document is shared with some people only, or ""."""
    # Only blocks that link a shared-document host get here: few, so no cheaper gate is needed.
    found = _RESTRICTED.search(text)
    return found.group(0) if found else ""
