"""Content hidden in an HTML comment, which no Markdown viewer shows: a comment that links one of
the project's documents or states something about the project with a link ("<!-- Our security
policy: https://… -->"), a TOC member's verdict ("<!-- TOC Evaluation: … SATISFIED. -->",
"<!-- Met. The project … -->", "<!-- BLOCKING: … -->"), or a sentence about the project
("<!-- Volcano has presented at multiple KubeCon events … -->").

Not evidence: tool directives (markdownlint, cspell, a table-of-contents marker), a note saying
where the document came from ("Template: https://…", "Issue: https://…"), links into the TOC's
own templates and guides.
"""

from __future__ import annotations

import re

from applint.text.documents import kinds_in_address, kinds_in_text
from applint.text.patterns import LazyPattern
from applint.text.precompiled import compile_pattern
from applint.text.verdicts import stated_verdict

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


# A comment labelled as the TOC's evaluation: "TOC Evaluation:", "Evaluation —", "Verdict:".
_EVALUATION_LABEL = LazyPattern(
    r"^\W*(?:toc\s+|dd\s+)?(?:evaluation|assessment|verdict|review(?:er)?\s+notes?)\s*\**\s*(?:[:—–]|\s-\s)",
    re.IGNORECASE,
)
# A comment that opens with a verdict on the criterion: "Met.", "Not yet satisfied:",
# "Partially met —", "BLOCKING:", "Satisfied via …".
_VERDICT_OPENING = LazyPattern(
    r"^\W*(?:(?:not\s+(?:yet\s+)?|partially\s+|fully\s+|un)?(?:met|satisfied|fulfill?ed)"
    r"|(?:non-?)?blocking|blocker|meets\s+(?:the\s+|this\s+)?criteri)"
    r"(?=\s*(?:$|[.:;,!—–(]|\s-\s|\*|\s+(?:via|by|for|with|through|based|as|but|pending|until)\b))",
    re.IGNORECASE,
)
# A verdict written as an upper-case flag anywhere in the comment: "… SATISFIED.", "NOT MET".
_VERDICT_FLAG = compile_pattern(r"\b(?:(?:NOT\s+(?:YET\s+)?|PARTIALLY\s+)?(?:SATISFIED|MET)|BLOCKING)\b")


def hidden_verdict(comment: str) -> str:
    """The opening words of a TOC verdict or evaluation written inside an HTML comment, or ""."""
    text = comment.strip()
    if not text:
        return ""
    if _EVALUATION_LABEL.match(text) or _VERDICT_OPENING.match(text) or _VERDICT_FLAG.search(text):
        return _first_words(text)
    return _first_words(text) if stated_verdict(text) is not None else ""


# The subject of a sentence about the project, before the project's own name is known.
_PROJECT_SUBJECT = r"(?:the\s+project|we|our|(?:the\s+)?(?:maintainers|community|team)\s+(?:has|have|is|are))"
# A finite verb soon after the subject: what makes the words a statement, not a label.
_STATEMENT_VERB = LazyPattern(
    r"\b(?:is|are|was|were|has|have|had|provides?|maintains?|publish(?:es)?|hosts?|holds?|runs?|"
    r"uses?|presented|released|graduated|joined|became|added|completed|adopted|documents?|supports?|"
    r"follows?|meets?|requires?|includes?|welcomes?|holds?|offers?|ships?|grew|reached)\b",
    re.IGNORECASE,
)
# The fewest words a statement about the project takes ("Volcano has presented at KubeCon").
_STATEMENT_WORDS = 5


def hidden_statement(comment: str, project: str) -> str:
    """The opening words of a statement about the project written inside an HTML comment (its
    subject the project by name, "the project", "we" or "our"), or ""."""
    text = comment.strip()
    words = text.split()
    if len(words) < _STATEMENT_WORDS or _TOOLING.match(text) or _PROVENANCE.match(text):
        return ""
    names = [re.escape(project)] if project else []
    subject = "|".join([*names, _PROJECT_SUBJECT])
    opening = re.match(rf"^\W*(?:{subject})(?:'s|’s)?\b", text, re.IGNORECASE)
    if opening is None:
        return ""
    if _STATEMENT_VERB.search(" ".join(words[:8])) is None:
        return ""
    return _first_words(text)


def _first_words(text: str, limit: int = 8) -> str:
    return " ".join(text.split()[:limit])
