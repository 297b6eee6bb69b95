"""Inputs: which paths to read, reading them within limits, decoding, and telling their format."""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final

# Real applications are 10-50 KB; mistune needs ~26 s and 2.2 GB for a 10 MB line of dense
# inline markup, so text inputs are capped well below that.
MAX_TEXT_BYTES = 4 * 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".docx": "docx"}
DIRECTORY_SUFFIXES = (".md", ".markdown", ".docx")
STDIN = "-"
MARKDOWN_SNIFF_BYTES = 64 * 1024
# Only standard input is sniffed: compiled on first use by re.search, not on every run.
MARKDOWN_SIGNS = rb"(?m)^\s{0,3}(#{1,6}\s|[-*+]\s|\d+\.\s|>|\||```|~~~|<!--|\[[ xX]?\]\s)|\*\*\S|\]\("


class InputError(Exception):
    """A document that cannot be read or decoded: reported as a parse-error finding for that file."""


class Source:
    """The raw bytes of one input and the format they are read as."""

    __slots__ = ("data", "format", "path")

    def __init__(
        self,
        path: str,
        data: bytes,
        format: str,
    ) -> None:
        self.path: Final = path
        self.data: Final = data
        self.format: Final = format


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the .md/.markdown/.docx files below named directories (sorted, no links followed)."""
    for path in paths:
        # A folder named like a document (x.md) was meant as a file: reading it reports the problem.
        if path != STDIN and os.path.isdir(path) and not path.lower().endswith(tuple(TEXT_SUFFIXES)):
            found: list[str] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files if f.lower().endswith(DIRECTORY_SUFFIXES))
            yield from sorted(found)
        else:
            yield path


def read_source(path: str, stdin: BinaryIO | None = None, forced_format: str | None = None) -> Source:
    """Read one input (``-`` is standard input) within the size limits."""
    if path == STDIN:
        if stdin is None:
            raise InputError("no standard input to read")
        data = stdin.read(MAX_DOCX_BYTES + 1)
    else:
        data = _read_file(path)
    kind = forced_format or detect_format(path, data)
    limit = MAX_DOCX_BYTES if kind == "docx" else MAX_TEXT_BYTES
    if len(data) > limit:
        raise InputError(f"file is larger than the {limit // (1024 * 1024)} MiB limit for {kind} input")
    return Source(path, data, kind)


def _read_file(path: str) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file")
    if info.st_size > MAX_DOCX_BYTES:
        raise InputError(f"file is larger than the {MAX_DOCX_BYTES // (1024 * 1024)} MiB input limit")
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_DOCX_BYTES + 1)
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None


def detect_format(path: str, data: bytes) -> str:
    """markdown, text or docx: by suffix, else by content (standard input: a ZIP is DOCX, text with
    no Markdown structure in its first 64 KiB is plain text, anything else Markdown)."""
    suffix = _suffix(path) if path != STDIN else ""
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if path == STDIN and not _looks_like_markdown(data[:MARKDOWN_SNIFF_BYTES]):
        return "text"
    return "markdown"


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
        try:
            text = data.decode("utf-8-sig")
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
