"""Inputs: reading them within limits, decoding, and telling their format."""

from __future__ import annotations

import codecs
import os
import re
import stat
from typing import BinaryIO, Final

# Real applications are 10-50 KB; mistune needs ~26 s and 2.2 GB for a 10 MB line of dense
# inline markup, so text inputs are capped well below that.
MAX_TEXT_BYTES = 4 * 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".docx": "docx"}
STDIN = "-"
GLOB_CHARACTERS = frozenset("*?[")  # a path holding one may be a quoted glob (readers.selection)
MARKDOWN_SNIFF_BYTES = 64 * 1024
# Only standard input is sniffed: compiled on first use by re.search, not on every run.
MARKDOWN_SIGNS = rb"(?m)^\s{0,3}(#{1,6}\s|[-*+]\s|\d+\.\s|>|\||```|~~~|<!--|\[[ xX]?\]\s)|\*\*\S|\]\("


class InputError(Exception):
    """A document that cannot be read or decoded: reported as a parse-error finding for that file."""


class Source:
    """The raw bytes of one input and the format they are read as.

    ``issue_body``: the text is a GitHub issue's body, where a single newline is a line break.
    Known by where it came from, never guessed from the text: standard input (what
    ``gh issue view N --json body -q .body`` pipes in), the issue of ``triage --github-event`` and
    an issue fetched by its URL or ``owner/repo#N`` (``triage.issues``) are; a file on disk is not
    (GitHub renders a repository file's single newlines as spaces).
    """

    __slots__ = ("data", "format", "issue_body", "path")

    def __init__(self, path: str, data: bytes, format: str, issue_body: bool = False) -> None:
        self.path: Final = path
        self.data: Final = data
        self.format: Final = format
        self.issue_body: Final = issue_body


# Signatures of binary files people keep beside their documents: named in the message, so that a
# PDF or an image is "not a text document" rather than text in the wrong encoding.
BINARY_SIGNATURES: Final = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office document (.doc)"),
)
BINARY_SNIFF_BYTES = 8000  # git's own look for a NUL byte
# What makes a .txt file Markdown rather than a plain-text export: headings and task lists
# (an export loses both; dashes and numbers survive in prose, so they do not count).
MARKDOWN_STRUCTURE = rb"(?m)^[ ]{0,3}(?:#{1,6}[ \t]+\S|[-*+][ \t]+\[[ xX]\][ \t])"
MARKDOWN_STRUCTURE_LINES = 2
LIMITS = {"docx": MAX_DOCX_BYTES, "markdown": MAX_TEXT_BYTES, "text": MAX_TEXT_BYTES}


def read_source(path: str, stdin: BinaryIO | None = None, forced_format: str | None = None) -> Source:
    """Read one input (``-`` is standard input) within the size limit of its format."""
    if path == STDIN:
        if stdin is None:
            raise InputError("no standard input to read")
        data = stdin.read(MAX_DOCX_BYTES + 1)
        size = len(data)
    else:
        data, size = _read_file(path)
    kind = forced_format or detect_format(path, data)
    limit = LIMITS[kind]
    if size > limit:
        raise InputError(f"file is larger than the {limit // (1024 * 1024)} MiB limit for {kind} input")
    return Source(path, data, kind, issue_body=path == STDIN)


def _read_file(path: str) -> tuple[bytes, int]:
    """The file's bytes (only its start when it is larger than any limit) and its size."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(
            "no such file" + (" (and no file matches it as a pattern)" if GLOB_CHARACTERS & set(path) else "")
        ) from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file")
    # A file past every limit is only sniffed, so that the message names its format's limit.
    wanted = MAX_DOCX_BYTES + 1 if info.st_size <= MAX_DOCX_BYTES else MARKDOWN_SNIFF_BYTES
    try:
        with open(path, "rb") as handle:
            data = handle.read(wanted)
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    return data, max(info.st_size, len(data))


def detect_format(path: str, data: bytes) -> str:
    """markdown, text or docx, by content first: a ZIP package is DOCX whatever its name, a known
    binary is refused, a .txt file with Markdown headings or task lists is Markdown; then by suffix
    (standard input: text with no Markdown structure in its first 64 KiB is plain text)."""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = _suffix(path) if path != STDIN else ""
    if suffix == ".docx":
        return "docx"  # the DOCX reader says what else it is (an old .doc, text)
    _refuse_binary(data)
    if suffix in TEXT_SUFFIXES:
        if TEXT_SUFFIXES[suffix] == "text" and _has_markdown_structure(data[:MARKDOWN_SNIFF_BYTES]):
            return "markdown"
        return TEXT_SUFFIXES[suffix]
    if path == STDIN and not _looks_like_markdown(data[:MARKDOWN_SNIFF_BYTES]):
        return "text"
    return "markdown"


def _refuse_binary(data: bytes) -> None:
    """InputError for a binary file: a known signature, or a NUL byte near the start (not UTF-16)."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"not a text document ({what}); applint reads Markdown, DOCX and plain text")
    if (
        not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and b"\x00" in data[:BINARY_SNIFF_BYTES]
    ):
        raise InputError(
            "not a text document (a binary file: it holds NUL bytes); applint reads Markdown, DOCX and plain text"
        )


def _has_markdown_structure(head: bytes) -> bool:
    """True when a .txt file shows Markdown structure: ATX headings or task-list items."""
    return len(re.findall(MARKDOWN_STRUCTURE, head)) >= MARKDOWN_STRUCTURE_LINES


def _suffix(path: str) -> str:
    """The file name's suffix, lower-cased, as pathlib gives it ("" for ".md" alone or "x.")."""
    name = os.path.basename(path.rstrip("/" + os.sep))
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _looks_like_markdown(head: bytes) -> bool:
    """True when standard input shows Markdown structure: headings, list items, checkboxes, tables."""
    return re.search(MARKDOWN_SIGNS, head) is not None


def decode_text(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("starts with a UTF-16 byte order mark but is not valid UTF-16") from None
    else:
        # UTF-8 after any BOM, as the "utf-8-sig" codec decodes it (an offset counted after the
        # BOM, as that codec reports it), without importing that codec's module.
        body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8"
            ) from None
    if "\x00" in text:
        raise InputError("contains NUL bytes: a binary file, not text")
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("empty file: nothing to check" if not text else "only white space: nothing to check")
    return text
