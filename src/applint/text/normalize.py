"""Text normalisation shared by matching, duplicate detection and heading inference."""

from __future__ import annotations

import functools

from applint.text.precompiled import compile_pattern

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_NON_WORD = compile_pattern(r"[^a-z0-9$]+")
# For ASCII text, as bytes: a word character (a-z, 0-9, $) kept, every other one a space. A bytes
# table is one C-level lookup per byte; str.translate with a table looks each character up in a dict.
_ASCII_NON_WORD = bytes(
    code if (chr(code).isdigit() or "a" <= chr(code) <= "z" or chr(code) == "$") else 32
    for code in range(128)
) + bytes(range(128, 256))
_PLACEHOLDER_TOKEN = compile_pattern(r"\$[A-Z][A-Z0-9_]*")

# Words too common in the templates to say anything about which criterion a text is.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "how",
        "if",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "we",
        "which",
        "with",
        "will",
        "any",
        "all",
        "can",
        "may",
        "also",
        "been",
        "such",
        "e",
        "g",
        "i",
    ]
)


def fold(text: str) -> str:
    """Unicode-normalise and fold quotes, dashes and non-breaking spaces to ASCII."""
    if text.isascii():
        return text  # NFKC and the folding table change nothing in ASCII text (most of it)
    import unicodedata  # only for the first non-ASCII text (a C extension: loading it costs)

    return unicodedata.normalize("NFKC", text).translate(_QUOTES)


def collapse_spaces(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends."""
    # str.split() splits on the characters re's \s matches in a str (both Py_UNICODE_ISSPACE): the
    # result of substituting each run and stripping, without a pattern replacing every single space.
    return " ".join(text.split())


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lower-case words separated by single spaces; punctuation and markup gone."""
    lowered = fold(text).lower()
    if lowered.isascii():  # the same result as the pattern, from one C-level table lookup per byte
        return b" ".join(lowered.encode().translate(_ASCII_NON_WORD).split()).decode()
    return _NON_WORD.sub(" ", lowered).strip()


@functools.lru_cache(maxsize=65536)
def normalized_words(text: str) -> tuple[str, ...]:
    """The words of ``normalize(text)`` in order, split once per text: content words, duplicate
    detection and the repeated-word check all read them."""
    return tuple(normalize(text).split())


@functools.lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """The set of normalised words that carry meaning (stop words and placeholders dropped)."""
    normalized = normalize(text)
    found = set(normalized_words(text))
    found -= STOP_WORDS
    if "$" in normalized:
        found = {word for word in found if not word.startswith("$")}
    return frozenset(found)


@functools.lru_cache(maxsize=8192)
def normalize_title(text: str) -> str:
    """A heading title reduced for comparison; template placeholders such as $PROJECT removed."""
    return normalize(_PLACEHOLDER_TOKEN.sub(" ", fold(text))).replace("$", "").strip()
