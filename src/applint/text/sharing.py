"""Who can open a linked document: addresses that need a sign-in by their kind (a Google Drive
folder or an account's own view, an organisation's SharePoint, someone's own Slack client view, a
Zoom cloud recording, GitHub's dashboards of the signed-in user's own pull requests and issues, an
internal host), and what the text beside a link says about who it is shared with.

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
# The signed-in user's own dashboards ("github.com/pulls?q=…", "github.com/issues/assigned"),
# not an organisation or repository named "pulls" ("github.com/pulls/x" is a repository's owner).
_GITHUB_DASHBOARD = LazyPattern(
    r"^/(?:pulls|issues)(?:/(?:assigned|mentioned|review-requested|created))?/?(?:[?#]|$)"
)
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
    if (host == "zoom.us" or host.endswith(".zoom.us")) and path.startswith(("/rec/share/", "/rec/play/")):
        # A cloud recording opens with its passcode or for the host's signed-in users, as the host
        # set it; the TOC's public meetings are published on YouTube instead.
        return "a Zoom cloud recording"
    if host == "github.com" and _GITHUB_DASHBOARD.match(path):
        # github.com/pulls, github.com/issues: the signed-in user's own list, a sign-in page for anyone else
        page, listed = ("pulls", "pull requests") if path.startswith("/pulls") else ("issues", "issues")
        return f"GitHub's dashboard of the signed-in reader's own {listed} (github.com/{page})"
    if (
        _PRIVATE_ADDRESS.match(host)
        or host.endswith(_INTERNAL_SUFFIXES)
        or host.startswith(_INTERNAL_PREFIXES)
    ):
        return "an internal address (not reachable from outside the organisation)"
    return ""


def sign_in_remedy(url: str) -> str:
    """What to link instead of an address that needs a sign-in (``sign_in_kind``), in the words of
    an advice after a semicolon."""
    host = url_host(url, port=False)
    if host == "github.com":
        return (
            "link a search that anyone can open instead (github.com/search?q=… with type=pullrequests or "
            "type=issues, or the repository's own pull requests or issues page with the same query)"
        )
    if host == "zoom.us" or host.endswith(".zoom.us"):
        return "publish the recording where anyone can watch it (the project's YouTube channel) and link that"
    return "share it with anyone who has the link, or move it to the repository"


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
