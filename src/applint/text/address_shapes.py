"""What is visibly wrong inside one web address as written, whatever links it: letters glued before
its scheme (``ihttps://…``), its scheme written twice (``https://https://…``) or a second address
run into it (``…/MAINTAINERS.mdhttps://github.com/…``). Pure string tests, no pattern: they run on
every link target."""

from __future__ import annotations

_SCHEMES = ("https://", "http://")
# Letters glued before a scheme are a slip of the keyboard, not a scheme of their own, up to this many.
_MOST_GLUED = 3


def address_shape_problem(target: str) -> str:
    """What broken-link says of an address whose text shows it cannot work ("" when nothing does)."""
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
