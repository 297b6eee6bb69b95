"""Which regular expressions one ``applint check`` compiles, and what compiling each costs.

    python tools/pattern_costs.py FILE [FILE ...]
    python tools/pattern_costs.py --instructions FILE [FILE ...]

Runs the check of each file in this process (as the console command does, without its exit) with
``re``'s compile step wrapped, so every pattern compiled on the check path is recorded with the
module that asked for it, then times compiling each of them afresh (the median of a few runs, in
microseconds) and prints them costliest first with their total. Times move with the machine's load.
With ``--instructions`` each pattern is instead compiled in its own process under callgrind and the
cost is the instructions that process executes beyond one compiling a one-character pattern (a few
seconds per pattern; these counts do not move with the load).
"""

from __future__ import annotations

import contextlib
import io
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

_compiler: Any = getattr(re, "_compiler", None)
if _compiler is None:  # Python < 3.11
    import sre_compile as _compiler


def record_compiles(run: Callable[[], object]) -> list[tuple[str, int, str]]:
    """The (pattern, flags, asking module) of every pattern ``re`` compiled while ``run`` ran."""
    seen: list[tuple[str, int, str]] = []
    original: Callable[..., Any] = _compiler.compile

    def recording(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str):
            frame = sys._getframe(1)
            while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(("re", "sre")):
                frame = frame.f_back
            seen.append((pattern, int(flags), f"{frame.f_globals.get('__name__')}:{frame.f_lineno}"))
        return original(pattern, flags)

    _compiler.compile = recording
    try:
        run()
    finally:
        _compiler.compile = original
    return seen


def compile_microseconds(pattern: str, flags: int, repeats: int = 5) -> float:
    """The median time to compile the pattern from its source, bypassing ``re``'s cache."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        _compiler.compile(pattern, flags)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


_COMPILE_ONE = (
    "import re._compiler as c, sys; c.compile('x', 0); "
    "c.compile(open(sys.argv[1], encoding='utf-8').read(), int(sys.argv[2]))"
)


def _instructions(pattern: str, flags: int) -> int:
    """Instructions of a process that compiles ``pattern`` (after a trivial one), under callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        source = f"{folder}/pattern"
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(pattern)
        out = f"{folder}/callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--cache-sim=no", f"--callgrind-out-file={out}"]
        subprocess.run(
            [*command, sys.executable, "-S", "-c", _COMPILE_ONE, source, str(flags)],
            check=True,
            capture_output=True,
            env={"PYTHONHASHSEED": "0"},
        )
        with open(out, encoding="utf-8") as handle:
            totals = [line for line in handle if line.startswith("totals:")]
    return int(totals[0].split()[1])


def compile_instructions(pattern: str, flags: int, floor: int) -> float:
    """Instructions spent compiling the pattern, in thousands."""
    return (_instructions(pattern, flags) - floor) / 1000


def main(arguments: list[str]) -> int:
    counting = "--instructions" in arguments
    paths = [argument for argument in arguments if argument != "--instructions"]
    from applint.cli import cli

    def check() -> None:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            cli.main(["check", *paths], standalone_mode=False)

    compiled = record_compiles(check)
    if counting:
        floor = _instructions("x", 0)
        unit = "K instr"
        rows = sorted(
            ((compile_instructions(p, f, floor), p, f, where) for p, f, where in compiled), reverse=True
        )
    else:
        unit = "us"
        rows = sorted(((compile_microseconds(p, f), p, f, where) for p, f, where in compiled), reverse=True)
    total = sum(row[0] for row in rows)
    print(f"{len(rows)} patterns compiled, {total:.0f} {unit} in all")
    for cost, pattern, flags, where in rows:
        shown = pattern if len(pattern) <= 90 else pattern[:87] + "..."
        print(f"{cost:8.0f} {unit} {100 * cost / total:5.1f}%  {where:45} flags={flags:<3} {shown!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
