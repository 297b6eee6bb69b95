"""Regular expressions compiled on first use, not at import: a check that never needs a pattern
(a DD-only rule on an application, a pre-tested rare case) never pays for compiling it, and every
run starts faster (see BENCHMARKS.md, R2). A pattern whose code was compiled ahead of time
(``text/precompiled``) is made from that code."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


class LazyPattern:
    """A pattern with the methods of ``re.Pattern`` that applint uses, compiled when first called."""

    __slots__ = ("_compiled", "_flags", "_source")

    @property
    def source(self) -> str:
        return self._source

    @property
    def flags(self) -> int:
        return int(self._flags)

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            from applint.text.precompiled import compile_pattern

            self._compiled = compile_pattern(self._source, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(replacement, text, count=count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(text, maxsplit=maxsplit)
