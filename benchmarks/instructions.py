"""Instructions per whole ``applint check`` process, counted by callgrind: the firm measure of the
whole-process ratios (R2, R2-draft) on a shared machine, where times move with the load and
instruction counts do not.

    python benchmarks/instructions.py                 # R2's application and its floor, R2-draft's
    python benchmarks/instructions.py --only app,draft
    python benchmarks/instructions.py --runs 2         # each counted twice (they agree to ~0.1 M)

Each process runs as ``run.py`` runs it (the installed ``applint`` command, bytecode cached in a
folder of its own, ``PYTHONHASHSEED=0`` so set and dict orders do not move the count) under
``valgrind --tool=callgrind --cache-sim=no``, after one untimed run that fills the bytecode cache.
Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import application, to_docx
from run import DRAFT_FLOOR, DRAFTS, applint_script

TABLE_FLOOR = (
    "import sys, click, mistune; "
    "mistune.create_markdown(renderer=None, plugins=['table'])(open(sys.argv[1], encoding='utf-8').read())"
)
_COLLECTED = re.compile(r"Collected : (\d+)")


def environment(cache: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONHASHSEED"] = "0"
    return env


def instructions(command: list[str], env: dict[str, str], folder: Path) -> int:
    """Instructions callgrind counts for one run of ``command`` (after an untimed run)."""
    subprocess.run(command, capture_output=True, check=False, env=env)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--cache-sim=no",
            f"--callgrind-out-file={folder}/callgrind.out",
            *command,
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    found = _COLLECTED.findall(done.stderr)
    if not found:
        sys.exit(f"callgrind gave no count for {command}:\n{done.stderr[-2000:]}")
    return int(found[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", metavar="app,draft", help="app, app-floor, draft, draft-floor, docx")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="applint-instructions-"))
    env = environment(folder / "pycache")
    app = folder / "app-30k.md"
    app.write_text(application(30_000), encoding="utf-8")
    draft = next(path for path in DRAFTS if path.is_file())
    docx = to_docx(app.read_text(encoding="utf-8"), folder / "app-30k.docx")
    commands = {
        "app": [applint_script(), "check", str(app)],
        "app-floor": [sys.executable, "-c", TABLE_FLOOR, str(app)],
        "draft": [applint_script(), "check", str(draft)],
        "draft-floor": [sys.executable, "-c", DRAFT_FLOOR, str(draft)],
        "docx": [applint_script(), "check", str(docx)],
    }
    wanted = args.only.split(",") if args.only else list(commands)
    for name in wanted:
        counts = [instructions(commands[name], env, folder) for _ in range(args.runs)]
        shown = ", ".join(f"{count / 1e6:.1f} M" for count in counts)
        print(f"{name:12} {shown}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
