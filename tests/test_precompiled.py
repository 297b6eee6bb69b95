"""Patterns made from their stored code are the patterns ``re`` compiles: the same source, flags,
groups and code (``re.Pattern`` equality compares the code), on every entry of the table; the table
is used only by the interpreter it was made for; and every pattern applint compiles is in it. The
Markdown parser's own patterns, put in ``re``'s cache before mistune is imported, are what ``re``
compiles too, and a check compiles none of mistune's patterns that the table has."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from applint.text import precompiled, precompiled_table
from applint.text.precompiled import cached_pattern, compile_pattern, from_code, interpreter_key, to_code

ROOT = Path(__file__).resolve().parent.parent


def test_every_stored_pattern_is_what_re_compiles() -> None:
    if tuple(precompiled_table.INTERPRETER) != interpreter_key():
        pytest.skip("the table was made for another interpreter, so this one compiles from source")
    for (source, flags), stored in precompiled_table.PATTERNS.items():
        made = from_code(source, stored)
        compiled = re.compile(source, flags)
        assert made == compiled, source
        assert (made.pattern, made.flags, made.groups, made.groupindex) == (
            compiled.pattern,
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        ), source


def test_stored_code_is_the_code_this_interpreter_makes() -> None:
    if tuple(precompiled_table.INTERPRETER) != interpreter_key():
        assert precompiled._load() == {}  # made for another interpreter: not used here
        return
    for (source, flags), stored in precompiled_table.PATTERNS.items():
        assert to_code(source, flags) == stored, source


def test_matches_agree_with_re() -> None:
    """A few patterns with groups, flags and look-arounds match exactly as ``re``'s do."""
    texts = [
        "Accepted into the CNCF Sandbox on 2021-06-22; Incubation since March 2023.",
        "TODO(alice): confirm the date before filing. ſtatus: draft. İnternal.",
        "[our governance](https://github.com/examplo/community/blob/main/GOVERNANCE.md) and [CHARTER.md]",
        "We have 12 maintainers from 4 companies — see MAINTAINERS.md.",
    ]
    for (source, flags), stored in list(precompiled_table.PATTERNS.items())[
        :: max(1, len(precompiled_table.PATTERNS) // 60)
    ]:
        made, compiled = from_code(source, stored), re.compile(source, flags)
        for text in texts:
            assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
            assert [m.groups() for m in made.finditer(text)] == [m.groups() for m in compiled.finditer(text)]


def test_another_interpreter_compiles_from_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(precompiled, "_table", None)
    monkeypatch.setattr(precompiled, "interpreter_key", lambda: ((2, 7, 18), 0, 0, "big", "other"))
    assert precompiled._load() == {}
    source, flags = next(iter(precompiled_table.PATTERNS))
    assert compile_pattern(source, flags) == re.compile(source, flags)


def test_a_pattern_not_in_the_table_is_compiled() -> None:
    pattern = compile_pattern(r"\bnot (?:in|from) the table\b", re.IGNORECASE)
    assert pattern.search("It is NOT in the table.") is not None
    assert cached_pattern(r"x+y") is cached_pattern(r"x+y")


def test_the_table_holds_every_pattern_applint_compiles() -> None:
    """A pattern added or changed without running tools/precompile_patterns.py is compiled from its
    source on every check (slower, not wrong): run the tool and commit the table."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from precompile_patterns import applint_patterns
    finally:
        sys.path.remove(str(ROOT / "tools"))
    missing = [
        source for source, flags in applint_patterns() if (source, flags) not in precompiled_table.PATTERNS
    ]
    assert not missing, "run python tools/precompile_patterns.py; missing: " + "; ".join(missing[:5])


def test_every_stored_parser_pattern_is_what_re_compiles() -> None:
    if tuple(precompiled_table.INTERPRETER) != interpreter_key():
        pytest.skip("the table was made for another interpreter, so mistune compiles from source")
    assert precompiled_table.PARSER_PATTERNS
    for (source, flags), stored in precompiled_table.PARSER_PATTERNS.items():
        assert from_code(source, stored) == re.compile(source, flags), source
        assert to_code(source, flags) == stored, source


# A fresh process (mistune not yet imported) checks a corpus draft and lists the patterns mistune
# had re compile from source: with the seeded cache, none of those the table holds.
_PARSER_COMPILES = """
import re, sys
from re import _compiler
compiled = []
original = _compiler.compile
def recording(pattern, flags=0):
    caller = sys._getframe(3).f_globals.get("__name__", "")
    if caller.split(".")[0] == "mistune":
        compiled.append((pattern, int(flags)))
    return original(pattern, flags)
_compiler.compile = recording
from applint.engine import lint_path
lint_path(sys.argv[1])
print(repr(compiled))
"""


def test_a_check_compiles_none_of_the_parser_patterns_the_table_has() -> None:
    if tuple(precompiled_table.INTERPRETER) != interpreter_key():
        pytest.skip("the table was made for another interpreter, so mistune compiles from source")
    draft = ROOT / "fixtures" / "corpus" / "02-tidewater-graduation.md"
    out = subprocess.run(
        [sys.executable, "-c", _PARSER_COMPILES, str(draft)], capture_output=True, text=True, check=True
    ).stdout
    compiled = ast.literal_eval(out)  # a list of (source, flags) printed by the child
    assert compiled == [] or all(key not in precompiled_table.PARSER_PATTERNS for key in compiled)
    # and without the seeded cache the same check does compile mistune's patterns (the test sees them)
    unseeded = _PARSER_COMPILES.replace(
        "from applint.engine import lint_path",
        "import applint.text.precompiled as p\np.seed_parser_patterns = lambda: None\nfrom applint.engine import lint_path",
    )
    out = subprocess.run(
        [sys.executable, "-c", unseeded, str(draft)], capture_output=True, text=True, check=True
    ).stdout
    assert any(key in precompiled_table.PARSER_PATTERNS for key in ast.literal_eval(out))
