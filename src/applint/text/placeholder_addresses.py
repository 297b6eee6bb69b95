"""Link addresses that stand in for an address the author has still to write: a word in its place
("(link)", "(URL)", "(TBD)", "(<link>)"), or a name in brackets or braces inside the address
("https://github.com/[project]/community", "https://github.com/{org}/{repo}"). Pure string tests,
no pattern: they run on every link target.

``$LINK``-style placeholders are the placeholder rule's (it finds them anywhere in the text). A
documentation domain ("https://example.com/…") is not judged here: examples and tests stand it for
a real site, and no real document was seen linking one as a placeholder.
"""

from __future__ import annotations

# Words written where the address goes (compared in lower case, "<…>" and surrounding dots taken off).
_WORDS = frozenset(
    {
        "link", "links", "url", "uri", "address", "href", "tbd", "tba", "tbc", "todo", "xxx", "x",
        "...", "…", "placeholder", "here", "link-here", "link_here", "url-here", "insert-link",
        "add-link", "your-link", "your-url", "link-to-be-added", "link-tbd", "url-tbd",
    }
)  # fmt: skip
# The characters that open a name written in place of a part of the address.
_OPENERS = {"[": "]", "{": "}", "<": ">"}


def placeholder_address(target: str) -> str:
    """The placeholder a link's address is or holds, as written ("" when it is a real address)."""
    bare = target.strip()
    if bare.startswith("<") and bare.endswith(">"):
        inner = bare[1:-1].strip()
        if not any(mark in inner for mark in "/.#:@"):
            return bare  # "<link>", "<URL of the roadmap>": an address in angle brackets has a / or .
        bare = inner
    if bare.lower().strip(".") in _WORDS or bare.lower() in _WORDS:
        return bare
    if "://" not in bare:
        return ""
    return _bracketed_part(bare.split("://", 1)[1])


def _bracketed_part(rest: str) -> str:
    """A part of an address written as a name in brackets or braces ("[project]", "{org}",
    "<repo>"), not a template expression ("{{ .Version }}") nor an encoded character."""
    for opener, closer in _OPENERS.items():
        start = rest.find(opener)
        if start < 0:
            continue
        end = rest.find(closer, start + 1)
        if end < 0:
            continue
        inner = rest[start + 1 : end]
        if inner and not inner.startswith(opener) and all(c.isalnum() or c in " _-" for c in inner):
            return rest[start : end + 1]
    return ""
