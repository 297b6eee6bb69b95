"""Proof that a speed change changed no finding: ``applint check --format json`` of every file in
``../shared/examples/`` and ``fixtures/`` (recursively), and of the benchmark's 30 KB Markdown and
DOCX, written one JSON file per input, so two checkouts' outputs can be compared byte for byte.

    python benchmarks/same_findings.py write /tmp/before     # on the code before the change
    python benchmarks/same_findings.py write /tmp/after      # on the code after it
    python benchmarks/same_findings.py compare /tmp/before /tmp/after

Each input is checked by its own ``applint check`` process (the installed command next to this
Python), from the checkout's root with the path as a user types it, so configuration, the git
checkout and companion documents are found as in a real run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT.parent / "shared" / "examples"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def inputs(generated: Path) -> list[str]:
    """Every input, as given on the command line (fixtures relative to the checkout's root)."""
    from inputs import application, to_docx

    found = [str(path) for path in sorted(EXAMPLES.glob("*")) if path.is_file()]
    found += [
        str(path.relative_to(ROOT)) for path in sorted((ROOT / "fixtures").rglob("*")) if path.is_file()
    ]
    markdown = generated / "app-30k.md"
    markdown.write_text(application(30_000), encoding="utf-8")
    found += [str(markdown), str(to_docx(markdown.read_text(encoding="utf-8"), generated / "app-30k.docx"))]
    return found


def _output_name(path: str) -> str:
    name = path.replace("/", "__")
    return name if not name.startswith(".") else "_" + name


def write(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    applint = Path(sys.executable).parent / "applint"
    # The generated inputs live in a folder of a fixed name, so both sides print the same paths.
    generated = Path(tempfile.gettempdir()) / "applint-same-findings-inputs"
    generated.mkdir(exist_ok=True)
    paths = inputs(generated)

    def check(path: str) -> tuple[str, bytes]:
        done = subprocess.run(
            [str(applint), "check", "--format", "json", path], cwd=ROOT, capture_output=True, check=False
        )
        return (
            path,
            done.stdout + b"\n--- stderr ---\n" + done.stderr + f"\nexit {done.returncode}\n".encode(),
        )

    with ThreadPoolExecutor(max_workers=2) as pool:
        for path, output in pool.map(check, paths):
            (out / (_output_name(path) + ".json")).write_bytes(output)
    print(f"{len(paths)} inputs written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differing = [
        name
        for name in names
        if not (before / name).is_file()
        or not (after / name).is_file()
        or (before / name).read_bytes() != (after / name).read_bytes()
    ]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(names)} inputs compared, {len(differing)} differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("write").add_argument("out", type=Path)
    compared = commands.add_parser("compare")
    compared.add_argument("before", type=Path)
    compared.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        return write(args.out)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
