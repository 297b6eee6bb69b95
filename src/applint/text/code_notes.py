"""Notes to the author set as inline code: a code span whose whole text reads as a note
(`todo insert links`, `TBD: add the audit report`, `insert architecture diagram`), told from code
(`TODO()`, `// TODO: fix`, `todo.txt`, `kubectl get --todo`, `add_header`, `addUser`).

Authors set a placeholder in backticks to make it stand out; the note finder reads prose, where
a lower-case "todo" is a word, so these are read here, from the span's text alone: it opens with a
marker word (any case) or with an instruction to insert or add document content, and the rest is
words, not code. Plain string tests only (no pattern compiled): this runs on every code span.
"""

from __future__ import annotations

from applint.text.markers import NOTE_WORDS

# The marker words that open a note (text/markers.py's), in lower case: a span is read in any case.
_MARKERS = frozenset(word.lower() for word in NOTE_WORDS)
# Words that open an instruction to put something in the document ("insert link", "fill in …").
_INSTRUCTIONS = frozenset({"insert", "add", "fill", "link"})
# What an instruction must ask for to be a note: the content of a document, not a button or a
# command ("click `Add Member`", "`add registry`" name things of the product).
_CONTENT = frozenset(
    {
        "link",
        "links",
        "url",
        "urls",
        "diagram",
        "diagrams",
        "image",
        "images",
        "picture",
        "screenshot",
        "screenshots",
        "figure",
        "reference",
        "references",
        "citation",
        "description",
        "details",
        "text",
        "content",
        "example",
        "examples",
        "here",
        "later",
        "section",
        "table",
        "answer",
        "date",
        "number",
        "numbers",
    }
)
# Characters that make a span code: calls, operators, paths, flags, quotes, markup.
_CODE_CHARACTERS = frozenset("()[]{}<>=/\\;$|&*#`'\"~@%^+_")
_MAX_WORDS = 12  # a sentence-long span is prose set as code, not a placeholder


def is_code_note(span: str) -> bool:
    """Whether the text of an inline code span reads, as a whole, as a note to the author."""
    words = span.split()
    if len(words) < 2 or len(words) > _MAX_WORDS:
        return False
    opener = words[0].lower().rstrip(":,-")
    if opener not in _MARKERS and opener not in _INSTRUCTIONS:
        return False
    if is_code(span):
        return False
    if opener in _MARKERS:
        return True
    asked = {word.lower().rstrip(".,:") for word in words[1:]}
    if opener == "fill":
        return words[1].lower() == "in"
    if opener == "link":
        return "here" in asked or words[1].lower() in ("to", "the")
    return not asked.isdisjoint(_CONTENT)


def is_code(span: str) -> bool:
    """Whether a code span's text is code rather than words: a call, an operator, a path, a flag,
    an identifier with an underscore or in camelCase, a file name."""
    return any(character in _CODE_CHARACTERS for character in span) or not all(
        _is_word(word) for word in span.split()
    )


# The words of a note that say how, not what: the marker and the instruction verb.
_HOW = frozenset({*_MARKERS, "insert", "add", "fill", "in", "put", "-", "–", "—"})
_WHERE = frozenset({"here", "later", "below", "above", "soon"})


def asked_content(note: str) -> str:
    """What a code-span note asks for, in its own words ("todo insert links" → "links"), or ""."""
    words = note.split()
    while words and words[0].lower().rstrip(":,-") in _HOW:
        words.pop(0)
    while words and words[-1].lower().rstrip(".,:") in _WHERE:
        words.pop()
    return " ".join(words).rstrip(".,:")


def _is_word(word: str) -> bool:
    """A word of prose: letters (hyphens between them, a closing comma, colon or full stop), all
    capitals or capitalised, never camelCase; a dash standing alone; a number."""
    if word in ("-", "–", "—") or word.isdigit():
        return True
    core = word.rstrip(".,:")
    if not core or core.startswith("-") or core.endswith("-") or "." in core:
        return False  # "--todo", "todo.txt"
    if not core.replace("-", "").isalpha():
        return False
    return core.isupper() or core[1:].islower() or core[1:] == ""
