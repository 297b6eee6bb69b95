"""Links that cannot work, judged by their syntax alone (nothing is ever fetched): the Markdown
around them, and what the address itself shows (letters glued before its scheme, the scheme twice,
two addresses run together); and links to documents that may need a sign-in (Google Docs and
Drive, Dropbox, OneDrive, SharePoint, Box)."""

from __future__ import annotations

import re

from applint.text.addresses import page_address, url_host, web_host
from applint.text.patterns import LazyPattern
from applint.text.placeholder_addresses import placeholder_address
from applint.text.precompiled import cached_pattern

# Compiled by re on first use; a line with no "[", "](" or "http" never runs them.
_NO_SLASHES = r"(?<![=%])\bhttps?:(?!//)(?=[^\s)\]>])[^\s)\]>]*|(?<![=%])\bhttps?//[^\s)\]>]*"
_URL = r"(?<![=%])\bhttps?://([^\s/)\]>]+)(/[^\s)\]>?#]*)?"
_MISSING_PAREN = r"\](?:https?://[^\s)\]]+)\)"
_SPACED_PAREN = r"\]\s+\(\s*(?:https?://[^\s)]*|\.{1,2}/[^\s)]*|#[\w-]+)\)"
# "[text](https://…" with no ")" after the address: the renderer shows it all as text.
# Possessive: the address cannot give characters back (a ")" or "(" ends it either way), so a closed
# link fails at its ")" at once instead of retrying the look-ahead at every shorter address.
# The "[" comes first and what may not stand before it is looked behind from after it ("[" not
# after "\\", "!" or "]"): a pattern opening with a literal is searched for that character alone,
# where one opening with a look-behind is tried at every position of the line (several times the cost).
_UNCLOSED = r"\[(?<![\\!\]]\[)[^\[\]\n]++\]\((?:https?://|\.{1,2}/|#)[^\s()]*+(?=\s|$)"
# An image's "!" as two branches, not "!?": a pattern whose branches each open with a literal is
# searched for those characters alone, where "!?" first is tried at every position.
_LINK = r"(?:!\[|\[)([^\[\]\n]*)\]\(([^()\n]*)\)"
# "](https://a/](https://a/)": a second "](address)" pasted into a link's address; the "(" it brings
# leaves the link unclosed, so it shows as text, brackets and all.
_PASTED_ADDRESS = r"\]\((?:https?://|\.{0,2}/)[^\s()\[\]]*\]\((?:https?://|\.{0,2}/)[^\s()]*\)?"
# "[name]" not inside another link's text ("[[here]](…)"), not a footnote, not followed by an address.
# "[name]" followed by ":" and an address is a reference definition; followed by ":" and the end
# of its sentence ("… found in the [CHARTER.md]:") it is a name whose address was never written.
_BRACKETED = r"(?<![\[\]\\!^\w])\[([^\[\]\n]{2,80})\](?![(\[\]]|:\s*(?:https?:|<|/|\.|#|\w)|\s*\(|https?:)"
# Words that make "[name]" the name of something the author meant to link.
_LINKABLE = (
    r"(?i)\b(?:docs?|documents?|documentation|files?|guides?|boards?|pages?|repo|repos|repository|issues?|"
    r"prs?|pull requests?|links?|here|notes|slides|recordings?|videos?|blog|posts?|reports?|reviews?|"
    r"polic(?:y|ies)|roadmap|readme|charter|calendar|meetings?|minutes|dashboard|badge|assessment|"
    r"process|ladder|website|site|spec|specification|proposal|kep|rfc|template|faq|handbook|playbook|"
    r"sheet|spreadsheet|deck|adopters|governance|security|contributing|maintainers|codeowners|owners|"
    r"changelog|releases|channels?|slack|discord|mailing lists?)\b|\.md\b"
    # a chat channel written as a link's text ("[#kestrel-dev] on CNCF Slack")
    r"|^#[a-z][\w.-]*$"
)
# An aside in brackets saying a thing is not there yet, so it has no address to give.
_STATUS_ASIDE = (
    r"(?i)\b(?:in progress|coming soon|to come|under construction|not yet (?:written|published|available))\b"
)
_SKIP_BRACKETED = LazyPattern(r"^(?:[xX ]|!\w+|\^.*|\d+|[A-Z]{2,6})$")
# Hosts whose documents open only for the people they are shared with, unless made public.
PRIVATE_HOSTS = {
    "docs.google.com": "a Google document",
    "drive.google.com": "a Google Drive file",
    "dropbox.com": "a Dropbox file",
    "onedrive.live.com": "a OneDrive file",
    "1drv.ms": "a OneDrive file",
    "sharepoint.com": "a SharePoint document",
    "box.com": "a Box file",
}


def _may_hold_link(line: str) -> bool:
    return "[" in line or "http" in line


def find_broken_links(line: str) -> list[tuple[int, str, str]]:
    """(0-based offset, the broken text, what is wrong) for each broken link in one source line.

    The line should have its code spans and HTML comments blanked out (same length)."""
    if not _may_hold_link(line):
        return []
    found: dict[int, tuple[str, str]] = {}

    def add(offset: int, text: str, problem: str) -> None:
        found.setdefault(offset, (text, problem))

    # Each pattern runs only when a substring it needs is in the line (most lines hold none).
    http = line.count("http")
    if http and http != line.count("http://") + line.count("https://"):
        for match in cached_pattern(_NO_SLASHES).finditer(line):
            add(
                match.start(),
                match.group(0),
                "the address does not start with 'https://' (a ':' or '//' is missing)",
            )
    if line.count("//") > line.count("://"):
        for match in cached_pattern(_URL).finditer(line):
            path = match.group(2) or ""
            if "//" in path:
                add(match.start(), match.group(0), "the address has an empty path segment ('//')")
    if "]http" in line:
        for match in cached_pattern(_MISSING_PAREN).finditer(line):
            add(match.start(), match.group(0), "the '(' between the link text and its address is missing")
    if "] " in line or "]\t" in line:
        for match in cached_pattern(_SPACED_PAREN).finditer(line):
            add(match.start(), match.group(0), "a space between ']' and '(' stops it being a link")
    if line.count("](") > 1:
        for match in cached_pattern(_PASTED_ADDRESS).finditer(line):
            add(
                match.start(),
                match.group(0),
                "a second '](address)' is pasted into its address, so it shows as text; keep one address",
            )
    if "](" in line:
        for match in cached_pattern(_LINK).finditer(line):
            problem = target_problem(match.group(2))
            if problem:
                add(match.start(), match.group(0), problem)
    return sorted((offset, text, problem) for offset, (text, problem) in found.items())


def address_problem(url: str) -> str:
    """What the broken-link rule says of a link's address on its own ("" when it can work), for
    readers of links other than that rule (triage must not count a link `check` calls broken)."""
    found = find_broken_links(url)
    return found[0][2] if found else invisible_problem(url)


_EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def target_problem(target: str) -> str:
    """What is wrong with a Markdown link's target, or ""."""
    target = target.strip()
    if not target:
        return "the link has no address"
    if target == "#":
        return "the link's address is only '#'"
    placeholder = placeholder_address(target)
    if placeholder:
        return placeholder_problem(target, placeholder)
    if "@" in target and ":" not in target and _EMAIL.fullmatch(target):
        return "an e-mail address links only with 'mailto:' before it"
    if target.startswith("<"):
        return ""
    if " " not in target:
        return address_shape_problem(target) if "://" in target else ""
    rest = target.split(None, 1)[1]
    if rest[:1] in "\"'(":
        return ""  # [text](url "title")
    return "the link's address is plain text, not a URL or path"


def placeholder_problem(target: str, placeholder: str) -> str:
    """What is wrong with a link whose address is (or holds) a placeholder."""
    if placeholder == target.strip():
        return f"its address '{placeholder}' is a placeholder, not the page the link names"
    return f"its address holds the placeholder '{placeholder}', so it leads nowhere"


def is_malformed(target: str) -> bool:
    """Whether broken-link reports this link target by its shape (no address, plain text, an
    address missing its ``//``, an empty path segment): other link rules leave it alone, so that
    one link is one finding. (An invisible character is broken-link's too, except in a link into
    the checkout, which unresolved-link resolves and explains.)"""
    return bool(target_problem(target)) or bool(find_broken_links(target))


# Characters that do not show on the page but become part of an address: zero-width spaces and
# joiners, direction marks, the word joiner, a byte order mark, a no-break space, a soft hyphen,
# direction embeddings. Pasted from a chat, a PDF or a word processor; written raw (a bare URL, a
# DOCX hyperlink) or percent-encoded (a Markdown renderer's link target).
_INVISIBLE = LazyPattern(
    r"[\u200b-\u200f\u2060\ufeff\u00a0\u00ad\u202a-\u202e]"
    r"|%E2%80%8[B-F]|%E2%81%A0|%EF%BB%BF|%C2%A0|%C2%AD|%E2%80%A[A-E]",
    re.IGNORECASE,
)
_INVISIBLE_NAMES = {
    "\u200b": "a zero-width space (U+200B)",
    "\u200c": "a zero-width non-joiner (U+200C)",
    "\u200d": "a zero-width joiner (U+200D)",
    "\u200e": "a left-to-right mark (U+200E)",
    "\u200f": "a right-to-left mark (U+200F)",
    "\u2060": "a word joiner (U+2060)",
    "\ufeff": "a byte order mark (U+FEFF)",
    "\u00a0": "a no-break space (U+00A0)",
    "\u00ad": "a soft hyphen (U+00AD)",
}


def invisible_name(character: str) -> str:
    """What a character that does not show is called in a message ("a zero-width space (U+200B)")."""
    return _INVISIBLE_NAMES.get(character, f"a direction control (U+{ord(character):04X})")


def invisible_problem(target: str) -> str:
    """What broken-link says of an address holding a character that does not show (``""`` when it
    holds none): the address the reader follows is not the one they see."""
    if target.isascii() and "%" not in target:
        return ""  # the usual address: no search
    found = _INVISIBLE.search(target)
    if found is None:
        return ""
    character = found.group(0)
    if character.startswith("%"):
        character = bytes.fromhex(character.replace("%", "")).decode("utf-8")
    name = invisible_name(character)
    where = "at its end" if found.end() == len(target) else "inside it"
    return f"the address holds {name} {where}, which does not show but breaks the link; retype the address"


def find_unlinked_names(line: str, rendered: str) -> list[tuple[int, str]]:
    """(0-based offset, "[name]") for each bracketed document name in a source line that the
    Markdown renderer left as text (``rendered`` is the block's rendered text): a link whose
    address was never written. Not a label opening a text, an address in brackets, or brackets
    inside a link's own text (``[[here]](…)``)."""
    if line.count("[") <= line.count("](") + line.count("[ ]") + line.count("[x]") + line.count("[X]"):
        return []  # every bracket opens a link or a checkbox
    found = []
    for match in cached_pattern(_BRACKETED).finditer(line):
        name = match.group(1).strip()
        if not name or "://" in name or _SKIP_BRACKETED.match(name) or match.group(0) not in rendered:
            continue  # an address in brackets is a link (GitHub links it), brackets and all
        if rendered.startswith(match.group(0)) and rendered != match.group(0):
            continue  # a label opening its text: "[Commentary by the Security Team] We are …"
        if _opens_with_note(name):
            continue  # "[TODO: document the HA topology]": a note to the author, not a link (todo-marker)
        if cached_pattern(_STATUS_ASIDE).search(name):
            continue  # "[docs in progress]", "[guide coming soon]": an aside on what is not there yet
        if cached_pattern(_LINKABLE).search(name):
            found.append((match.start(), match.group(0)))
    return found


def _opens_with_note(name: str) -> bool:
    """Whether bracketed text opens with a note to the author ("TODO: …", "TBD - …")."""
    from applint.text.markers import find_notes  # only for the rare line with an unlinked name

    notes = find_notes(name)
    return bool(notes) and notes[0][0] == 0


def find_unclosed_links(line: str, rendered: str) -> list[tuple[int, str]]:
    """(0-based offset, text) of each ``[text](address`` in a source line whose ``)`` is missing,
    so that the renderer left it as text (``rendered`` is the block's rendered text)."""
    if "](" not in line:
        return []
    return [
        (match.start(), match.group(0))
        for match in cached_pattern(_UNCLOSED).finditer(line)
        if match.group(0) in rendered
    ]


def private_host(url: str) -> str:
    """What kind of sign-in-only document a URL points to, or "" for any other address (a Google
    Form among them: it is filled in, not read)."""
    host = url_host(url)
    if not host:
        return ""
    if host == "docs.google.com" and url.split("://", 1)[1].lower().startswith(
        ("docs.google.com/forms/", "www.docs.google.com/forms/")
    ):
        return ""  # a form is there to be filled in (the CNCF adopters form), not a document to read
    for suffix, kind in PRIVATE_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return kind
    return ""


_DOCUMENT_ID = LazyPattern(r"/(?:d|file/d|folders|drive/folders)/([\w-]{10,})")


def same_document(url: str) -> str:
    """A key equal for every link to one document: a Google document's id, or the address
    without its scheme, query, fragment and trailing "/edit"-like view."""
    found = _DOCUMENT_ID.search(url)
    if found is not None:
        return found.group(1)
    return web_host(page_address(url))


_CODE_SPAN = LazyPattern(r"(`+)(.+?)\1")
_LINK_IN_CODE = r"`\s*!?\[[^\[\]\n]+\]\((?:https?://|/|\.|#)[^()\s]*\)\s*`"


def find_links_in_code(line: str) -> list[tuple[int, str]]:
    """(0-based offset, text) of each Markdown link written inside a code span, which renders as
    code instead of a link (`` `[integrations](https://…)` ``)."""
    if "`[" not in line and "` [" not in line:
        return []
    return [(match.start(), match.group(0)) for match in cached_pattern(_LINK_IN_CODE).finditer(line)]


_COMMENT = LazyPattern(r"<!--.*?(?:-->|$)")


def blank_code_and_comments(line: str) -> str:
    """The line with inline code spans and HTML comments replaced by spaces (offsets kept)."""
    if "`" in line:
        line = _CODE_SPAN.sub(lambda match: " " * len(match.group(0)), line)
    if "<!--" in line:
        line = _COMMENT.sub(lambda match: " " * len(match.group(0)), line)
    return line


def heading_anchors(titles: list[str]) -> frozenset[str]:
    """The anchors GitHub gives headings ("## Release process" -> ``release-process``; a repeated
    title gets ``-1``, ``-2`` …), for checking ``[text](#anchor)`` links."""
    anchors: set[str] = set()
    for title in titles:
        slug = cached_pattern(r"[^\w\- ]").sub("", title.strip().lower()).replace(" ", "-")
        anchor, number = slug, 0
        while anchor in anchors:
            number += 1
            anchor = f"{slug}-{number}"
        anchors.add(anchor)
    return frozenset(anchors)


# What is visibly wrong inside one web address as written, whatever links it: letters glued before
# its scheme ("ihttps://…"), its scheme written twice ("https://https://…") or a second address run
# into it ("…/MAINTAINERS.mdhttps://github.com/…"). Pure string tests, no pattern: they run on every
# link target.
_SCHEMES = ("https://", "http://")
# Letters glued before a scheme are a slip of the keyboard, not a scheme of their own, up to this many.
_MOST_GLUED = 3


def address_shape_problem(target: str) -> str:
    """What broken-link says of an address whose text shows it cannot work ("" when nothing does)."""
    if target.startswith(_SCHEMES) and target.count("://") == 1:
        return ""  # the usual address: one scheme, where it belongs
    first = target.find("://")
    if first < 4:
        return ""  # no scheme (a path, an anchor, an e-mail address), or one too short to be http(s)
    lower = target.lower()
    scheme_start = lower.rfind("http", 0, first)
    if scheme_start < 0 or lower[scheme_start:first] not in ("http", "https"):
        return ""  # ftp://, mailto:, another scheme
    glued = target[:scheme_start]
    if glued:
        if glued.isalpha() and len(glued) <= _MOST_GLUED:
            scheme = target[scheme_start : first + 3]
            shown = target if len(target) <= 40 else target[:39] + "…"
            return (
                f"'{glued}' is glued before '{scheme}' ('{shown}'), so it is no web address; delete '{glued}'"
            )
        return ""  # "git+https://", "view-source:https://": written so on purpose
    rest = lower[first + 3 :]
    if rest.startswith(_SCHEMES) or rest.startswith(("https:", "http:")):
        return "the address starts with its scheme twice ('https://https://…'); delete one"
    again = _run_in_address(lower, first + 3)
    if again > 0:
        return (
            f"a second address is run into it ('…{target[max(again - 12, 0) : again + 8]}…'); keep one address, "
            "or put a space between the two"
        )
    return ""


def _run_in_address(lower: str, start: int) -> int:
    """Where a second ``http(s)://`` starts inside an address, run on from a word (``.mdhttps://``),
    or -1; one after ``/``, ``=``, ``?``, ``:`` or a percent-encoded character is an address passed on (an archive, a
    redirect's query), not two run together."""
    found = lower.find("://", start)
    while found > 0:
        for scheme in ("https", "http"):
            begin = found - len(scheme)
            if begin > start and lower[begin:found] == scheme and lower[begin - 1].isalnum():
                return -1 if lower[begin - 3 : begin - 2] == "%" else begin  # "%3Ahttps://": encoded
        found = lower.find("://", found + 3)
    return -1
