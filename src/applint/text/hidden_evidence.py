"""Evidence hidden in an HTML comment: a comment that links one of the project's documents or
states something about the project with a link ("<!-- Our security policy: https://… -->").
No Markdown viewer shows a comment, so the TOC never reads what is inside it.

Not evidence: tool directives (markdownlint, cspell, a table-of-contents marker), a note saying
where the document came from ("Template: https://…", "Issue: https://…"), links into the TOC's
own templates and guides.
"""

from __future__ import annotations

import re

from applint.text.documents import kinds_in_address, kinds_in_text
from applint.text.patterns import LazyPattern

_LINK = LazyPattern(r"https?://[^\s<>()\[\]]+|\]\((?!#)([^()\s]+)\)")
# Comments that are instructions to a tool, not text for a reader.
_TOOLING = LazyPattern(
    r"^\s*(?:markdownlint|markdown-link-check|cspell|prettier|vale|textlint|toc\b|omit in toc|lint\b|eslint|"
    r"start|end|begin|include|snippet|embed|badge)",
    re.IGNORECASE,
)
# "Template: https://…", "Issue: https://…": where the document itself comes from.
_PROVENANCE = LazyPattern(
    r"^\s*(?:template|issue|tracking\s+issue|submission|source|based\s+on|copied\s+from|original|upstream)\s*:",
    re.IGNORECASE,
)
# The TOC's own templates, guides and processes: what the template's comments link to.
_TOC_PAGES = LazyPattern(
    r"cncf/toc/(?:blob|tree|raw)/[^/\s]+/(?:\.github|operations|process|toc_subprojects|tags)/"
    r"|raw\.githubusercontent\.com/cncf/toc/|contribute\.cncf\.io|cncf\.io/",
    re.IGNORECASE,
)
# The project speaking for itself: "our governance", "we publish".
_FIRST_PERSON = LazyPattern(r"\b(?:our|we|we're|we've|us)\b", re.IGNORECASE)


def hidden_evidence(comment: str) -> str:
    """The link an HTML comment's text hides as evidence for the TOC, or ""."""
    if "http" not in comment and "](" not in comment:
        return ""
    if _TOOLING.match(comment) or _PROVENANCE.match(comment):
        return ""
    links = [match.group(1) or match.group(0) for match in _LINK.finditer(comment)]
    links = [link for link in links if not _TOC_PAGES.search(link)]
    if not links:
        return ""
    for link in links:
        if kinds_in_address(link):
            return link
    if kinds_in_text(comment) or _FIRST_PERSON.search(comment):
        return links[0]
    return ""
