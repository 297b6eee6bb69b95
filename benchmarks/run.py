"""applint benchmarks: ratios measured side by side in one run (this machine is noisy).

    python benchmarks/run.py            # everything (about two minutes on 2 cores)
    python benchmarks/run.py --quick    # fewer repeats and 200 files instead of 1,000

Each ratio compares applint with the cost it cannot avoid (parsing, starting Python), as the
median of repeated runs. Memoising caches in applint.text.normalize are cleared before each timed
in-process lint, so repeats of the same text are not cheaper than a first run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import write_inputs

TARGETS = {"R1": 3.0, "R2": 1.5, "R2-draft": 1.5, "R3": 120.0, "R4": 1.5, "R5": 1.2, "R5-jobs": 1.7}
# Measured and shown, with no target: R2-draft with the interpreter's normal exit (the console command
# ends the process without the teardown, ~10 ms; this keeps the cost of applint's own work in view).
INFORMATION = ("R2-exit",)
# R5: the run is timed in this many blocks, each followed by this many single-file lints.
R5_BLOCKS = 20
R5_SINGLES_PER_BLOCK = 2
# The floor of R2-draft and R2-exit: python importing click and mistune and parsing with no plugins.
DRAFT_FLOOR = (
    "import sys, click, mistune; "
    "mistune.create_markdown(renderer=None)(open(sys.argv[1], encoding='utf-8').read())"
)
# R2 on real-looking text: the largest realistic draft of the labelled corpus (or a real application
# from ../shared when it is there), against python importing click and mistune and parsing with no
# plugins at all.
DRAFTS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "ocm-incubation-v1.6.md",
    Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "02-tidewater-graduation.md",
)


def clear_caches() -> None:
    from applint.text import normalize as textnorm

    for function in (
        textnorm.normalize,
        textnorm.normalized_words,
        textnorm.content_words,
        textnorm.normalize_title,
    ):
        function.cache_clear()


def median_seconds(
    action: Callable[[], object], repeats: int, before: Callable[[], None] | None = None, warmup: int = 3
) -> float:
    """Median wall time of ``repeats`` runs after ``warmup`` untimed ones (both sides of a ratio alike)."""
    for _ in range(warmup):
        if before is not None:
            before()
        action()
    times = []
    for _ in range(repeats):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def paired_median_seconds(
    first: Callable[[], object],
    second: Callable[[], object],
    repeats: int,
    before_first: Callable[[], None] | None = None,
    warmup: int = 3,
) -> tuple[float, float]:
    """Median wall times of two in-process actions run alternately (after ``warmup`` untimed
    rounds), so that drift in the machine's speed falls on both sides of a ratio alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for round_number in range(warmup + repeats):
        for action, measured, before in ((first, times[0], before_first), (second, times[1], None)):
            if before is not None:
                before()
            started = time.perf_counter()
            action()
            if round_number >= warmup:
                measured.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def bytecode_env(cache: Path) -> dict[str, str]:
    """The environment of a normal installed Python: bytecode is cached (here in ``cache``).

    pip writes bytecode for every package it installs, so click and mistune start from .pyc files;
    an editable applint under PYTHONDONTWRITEBYTECODE=1 (set on this machine) would instead be
    compiled from source on every run. Both sides of each process ratio run with this environment,
    and the untimed warm-up runs fill the cache.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def applint_script() -> str:
    """The installed ``applint`` command (what a user or a pre-commit hook runs), next to this Python."""
    script = Path(sys.executable).parent / ("applint.exe" if os.name == "nt" else "applint")
    if not script.exists():
        sys.exit(f"no applint command next to {sys.executable}: install the project first (pip install -e .)")
    return str(script)


def paired_process_seconds(
    first: list[str], second: list[str], repeats: int, env: dict[str, str], warmup: int = 3
) -> tuple[float, float]:
    """Median wall times of two commands run alternately (see paired_median_seconds)."""

    def run(command: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(command, capture_output=True, check=False, env=env)

    return paired_median_seconds(run(first), run(second), repeats, warmup=warmup)


def peak_rss_mib(code: str) -> float:
    """Peak resident memory of a fresh Python process running ``code``."""
    probe = code + "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return int(output.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", metavar="R2,R4", help="run only these ratios (comma-separated)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    wanted = set(args.only.split(",")) if args.only else {*TARGETS, *INFORMATION}
    repeats = 5 if args.quick else 15
    files = 200 if args.quick else 1000

    import mistune

    from applint.batch import lint_paths
    from applint.engine import LintOptions, lint_path, lint_text

    folder = Path(tempfile.mkdtemp(prefix="applint-bench-"))
    inputs = write_inputs(folder, files)
    env = bytecode_env(folder / "pycache")
    text30 = inputs["app30"].read_text(encoding="utf-8")
    text3m = inputs["app3m"].read_text(encoding="utf-8")
    parser_md = mistune.create_markdown(renderer=None, plugins=["table"])
    lint_text(text30)  # templates loaded once, as in any run
    results: dict[str, dict[str, float]] = {}

    # R1: full in-process lint of 30 KB / mistune's own parse of the same text.
    lint30, parse30 = paired_median_seconds(
        lambda: lint_text(text30), lambda: parser_md(text30), repeats, clear_caches
    )
    if "R1" in wanted:
        results["R1"] = {"applint_ms": lint30 * 1000, "mistune_ms": parse30 * 1000, "ratio": lint30 / parse30}

    # R2: whole process applint check / python that imports click and mistune and parses the file.
    if "R2" in wanted:
        applint_cmd = [applint_script(), "check", str(inputs["app30"])]
        floor_code = (
            "import sys, click, mistune; "
            "mistune.create_markdown(renderer=None, plugins=['table'])(open(sys.argv[1], encoding='utf-8').read())"
        )
        floor_cmd = [sys.executable, "-c", floor_code, str(inputs["app30"])]
        whole, floor = paired_process_seconds(applint_cmd, floor_cmd, 3 * repeats, env)
        results["R2"] = {"applint_ms": whole * 1000, "floor_ms": floor * 1000, "ratio": whole / floor}

    if "R2-draft" in wanted:
        draft = next(path for path in DRAFTS if path.is_file())
        whole, floor = paired_process_seconds(
            [applint_script(), "check", str(draft)],
            [sys.executable, "-c", DRAFT_FLOOR, str(draft)],
            3 * repeats,
            env,
        )
        results["R2-draft"] = {"applint_ms": whole * 1000, "floor_ms": floor * 1000, "ratio": whole / floor}

    if "R2-exit" in wanted:
        draft = next(path for path in DRAFTS if path.is_file())
        normal_exit = "import sys; from applint.cli import cli; cli(sys.argv[1:], prog_name='applint')"
        whole, floor = paired_process_seconds(
            [sys.executable, "-c", normal_exit, "check", str(draft)],
            [sys.executable, "-c", DRAFT_FLOOR, str(draft)],
            3 * repeats,
            env,
        )
        results["R2-exit"] = {"applint_ms": whole * 1000, "floor_ms": floor * 1000, "ratio": whole / floor}

    # R3: 3 MB / 30 KB lint time (linear would be ~100), and peak memory of a 3 MB run.
    if "R3" in wanted:
        lint3m = median_seconds(lambda: lint_text(text3m), max(3, repeats // 5), clear_caches)
        peak = peak_rss_mib(f"from applint import lint_path; lint_path({str(inputs['app3m'])!r})")
        results["R3"] = {
            "lint_3mb_s": lint3m,
            "lint_30kb_ms": lint30 * 1000,
            "size_ratio": len(text3m.encode()) / len(text30.encode()),
            "ratio": lint3m / lint30,
            "peak_rss_mib": peak,
        }

    # R4: full lint of the DOCX / python-docx opening it and walking every paragraph and table.
    if "R4" in wanted:
        import docx

        def walk_docx() -> None:
            document = docx.Document(str(inputs["docx30"]))
            for paragraph in document.paragraphs:
                _ = paragraph.text
            for table in document.tables:
                for row in table.rows:
                    for cell in row.cells:
                        _ = cell.text

        walk_docx()
        lint_docx, docx_floor = paired_median_seconds(
            lambda: lint_path(str(inputs["docx30"])), walk_docx, repeats, clear_caches
        )
        results["R4"] = {
            "applint_ms": lint_docx * 1000,
            "python_docx_ms": docx_floor * 1000,
            "ratio": lint_docx / docx_floor,
        }

    # R5: one run over many files / files x single-file time; and --jobs 2 against --jobs 1.
    many = sorted(str(p) for p in inputs["many"].glob("*.md"))
    if "R5" in wanted:
        # The run and the single-file lint alternate (blocks of the run, then single lints), as the
        # other ratios do: a run takes 10-20 s, and a single-file time taken only before it was
        # measured under another load (the ratio moved by 0.1-0.3 between runs of the same code).
        # The reports are kept across blocks, as one run keeps them.
        for _ in range(3):  # warm-up, untimed
            clear_caches()
            lint_path(many[0])
        kept: list[object] = []
        singles: list[float] = []
        run_all = 0.0
        block = max(1, len(many) // R5_BLOCKS)
        clear_caches()
        for start in range(0, len(many), block):
            started = time.perf_counter()
            kept.append(lint_paths(many[start : start + block], LintOptions(), jobs=1))
            run_all += time.perf_counter() - started
            for _ in range(R5_SINGLES_PER_BLOCK):
                clear_caches()
                started = time.perf_counter()
                lint_path(many[0])
                singles.append(time.perf_counter() - started)
        single = statistics.median(singles)
        results["R5"] = {
            "files": len(many),
            "run_s": run_all,
            "single_ms": single * 1000,
            "ratio": run_all / (len(many) * single),
        }
    if "R5-jobs" in wanted:
        cli = [applint_script(), "check", "--quiet", str(inputs["many"])]
        jobs1, jobs2 = paired_process_seconds([*cli, "--jobs", "1"], [*cli, "--jobs", "2"], 3, env, warmup=1)
        results["R5-jobs"] = {
            "jobs1_s": jobs1,
            "jobs2_s": jobs2,
            "ratio": jobs1 / jobs2,
            "cpus": os.cpu_count() or 1,
        }

    print(f"inputs in {folder}; repeats {repeats}; Python {sys.version.split()[0]}; {os.cpu_count()} CPUs")
    print(f"{'ratio':8} {'measured':>9} {'target':>8}  detail")
    for name, data in results.items():
        detail = ", ".join(
            f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in data.items() if k != "ratio"
        )
        target = TARGETS.get(name)
        if target is None:
            print(f"{name:8} {data['ratio']:9.2f} {'-':>8}  info {detail}")
            continue
        ok = data["ratio"] >= target if name == "R5-jobs" else data["ratio"] <= target
        print(
            f"{name:8} {data['ratio']:9.2f} {('>=' if name == 'R5-jobs' else '<=') + str(target):>8}  {'ok ' if ok else 'MISS'} {detail}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
