"""Patterns compiled ahead of time: the code ``re`` would make for each of applint's patterns, made
once by ``tools/precompile_patterns.py`` and stored in ``precompiled_table.py``, so a check hands
it to the regular-expression engine instead of parsing and compiling the pattern again in every
process (compiling applint's ~100 patterns was most of a check's start-up beyond imports; see
BENCHMARKS.md, R2).

The table is used only by the interpreter it was made for (same Python version, engine magic number,
code word size and byte order); anywhere else, and for any pattern not in it, ``compile_pattern``
is ``re.compile``. The stored code is what ``re`` makes for the same source and flags, which a test
holds on every entry, so a pattern behaves the same either way.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine behind re, with no stubs
import functools
import re
import sys
from array import array
from typing import Any

# The code, groups and group names of a compiled pattern, as ``re._compiler.compile`` passes them to
# ``_sre.compile``: flags (with the pattern's inline flags), code words, group count, group names.
# The code words are stored as their bytes (native order, ``_sre.CODESIZE`` each): a bytes constant
# loads from the module's bytecode as one copy, where a string of hexadecimal digits would be interned.
Compiled = tuple[int, bytes, int, tuple[tuple[str, int], ...]]


def interpreter_key() -> tuple[Any, ...]:
    """What the stored code depends on besides the pattern: the interpreter and its engine."""
    return (sys.version_info[:3], _sre.MAGIC, _sre.CODESIZE, sys.byteorder, sys.implementation.name)


_table: dict[tuple[str, int], Compiled] | None = None


def _load() -> dict[tuple[str, int], Compiled]:
    global _table
    if _table is None:
        from applint.text import precompiled_table

        matches = tuple(precompiled_table.INTERPRETER) == interpreter_key()
        _table = precompiled_table.PATTERNS if matches else {}
    return _table


def seed_parser_patterns() -> None:
    """Put the Markdown parser's own patterns (mistune compiles ~40 with ``re.compile`` as it is
    imported and as it meets lists and code fences), made from their stored code, in ``re``'s cache,
    so that its ``re.compile`` finds them there instead of parsing and compiling each (about a tenth
    of an application check's instructions). Call it before importing mistune. Only for the
    interpreter the table was made for, whose ``re`` keeps its cache as ``re._cache`` keyed by
    (type, source, flags); anywhere else mistune compiles its patterns as before."""
    from applint.text import precompiled_table

    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or tuple(precompiled_table.INTERPRETER) != interpreter_key():
        return
    # (getattr: the generator runs checks while the table it replaces may predate this part)
    for (source, flags), stored in getattr(precompiled_table, "PARSER_PATTERNS", {}).items():
        key = (str, source, flags)
        if key not in cache:
            cache[key] = from_code(source, stored)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the stored code when the table has it for this interpreter."""
    flags = int(flags)
    stored = _load().get((source, flags))
    if stored is None:
        return re.compile(source, flags)
    return from_code(source, stored)


def from_code(source: str, stored: Compiled) -> re.Pattern[str]:
    """The pattern ``re`` compiles from ``source``, made from its stored code."""
    final_flags, code, groups, names = stored
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in names:
        indexgroup[index] = name
    words = array("I" if _sre.CODESIZE == 4 else "H", code).tolist()
    pattern: re.Pattern[str] = _sre.compile(
        source, final_flags, words, groups, dict(names), tuple(indexgroup)
    )
    return pattern


def to_code(source: str, flags: int) -> Compiled:
    """What ``re`` compiles ``source`` to, in the table's form (for the generator and the tests)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)
    parsed = _parser.parse(source, flags)
    words = _compiler._code(parsed, flags)
    code = array("I" if _sre.CODESIZE == 4 else "H", words).tobytes()
    names = tuple(sorted(parsed.state.groupdict.items(), key=lambda item: item[1]))
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, names)


@functools.cache
def cached_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``compile_pattern`` once per process: for a pattern kept as a string and used where it is
    needed (``cached_pattern(_LINK).finditer(line)`` where ``re.finditer(_LINK, line)`` would ask
    ``re``'s own cache, which compiles it from its source)."""
    return compile_pattern(source, flags)
