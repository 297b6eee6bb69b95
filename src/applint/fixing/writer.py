"""A Markdown file as lines that can be written back byte for byte: encoding, byte order mark and
each line's own ending kept; the write is atomic (a temporary file in the same folder, then a
rename) and keeps the file's mode."""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import tempfile
from collections import Counter
from typing import Final

from applint.readers.sources import InputError, decode_text
from applint.text.precompiled import compile_pattern

_LINE_BREAK = compile_pattern(r"(\r\n|\r|\n)")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class TextFile:
    """The decoded text of a file split into lines as the Markdown reader numbers them
    (``lines[0]`` is line 1), with each line's ending ("" for a last line without one)."""

    __slots__ = ("bom", "encoding", "endings", "lines", "newline", "text")

    def __init__(self, text: str, bom: bytes = b"", encoding: str = "utf-8") -> None:
        parts = _LINE_BREAK.split(text)
        self.text: Final = text
        self.bom: Final = bom
        self.encoding: Final = encoding
        self.lines: Final = tuple(parts[0::2])
        self.endings: Final = (*parts[1::2], "")
        counts = Counter(ending for ending in self.endings if ending)
        # New lines get the ending most lines already have.
        self.newline: Final = counts.most_common(1)[0][0] if counts else "\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> TextFile:
        """Decode as the reader does; an input that would not encode back to the same bytes is refused."""
        decode_text(data)  # the same refusals (not UTF-8, NUL bytes, empty) as `applint check`
        bom, encoding = b"", "utf-8"
        for mark, name in _BOMS:
            if data.startswith(mark):
                bom, encoding = mark, name
                break
        text = data[len(bom) :].decode(encoding)
        result = cls(text, bom, encoding)
        if result.encode(text) != data:
            raise InputError("its bytes would not survive a rewrite unchanged; nothing was written")
        return result

    def encode(self, text: str) -> bytes:
        """Bytes of ``text`` in this file's encoding, with its byte order mark."""
        return self.bom + text.encode(self.encoding)


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file's content: write a temporary file beside it, then rename it over the file.

    A reader sees the old or the new content, never half of it; the mode is the old file's; a
    symbolic link is followed, so the link stays and its target gets the new content.
    """
    target = os.path.realpath(path)
    mode = stat.S_IMODE(os.stat(target).st_mode)
    folder = os.path.dirname(target)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
