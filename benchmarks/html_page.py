"""The HTML page (`check --format html`) measured: its size, the time applint takes to write it, and
the time headless Chromium takes to render it to a screenshot, for the project's own corpus draft
(whose page the kept screenshot shows) and the largest shared example (or the documents named) and the benchmark's generated 30 KB and 3 MB applications.

Run on demand, never in the test suite:

    python benchmarks/html_page.py                  # writes benchmarks/html-page.png
    python benchmarks/html_page.py some.md --repeat 5   # the screenshot is of the first document's page

Chromium's time is the median wall time of ``chromium --headless --screenshot`` on the page minus
the median on an empty page (the browser's own start-up), alternating the two.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT.parent / "shared" / "examples"
SHOT = HERE / "html-page.png"
sys.path[:0] = [str(ROOT / "src"), str(HERE)]


def page_of(path: Path) -> tuple[str, float]:
    """The page and the median seconds the CLI takes to write it (in-process, 3 runs)."""
    from click.testing import CliRunner

    from applint.cli import cli

    times, out = [], ""
    for _ in range(3):
        start = time.perf_counter()
        out = CliRunner().invoke(cli, ["check", "--format", "html", str(path)]).stdout
        times.append(time.perf_counter() - start)
    return out, statistics.median(times)


def render_seconds(browser: str, page: Path, empty: Path, repeat: int, shot: Path | None) -> float:
    def run(target: Path, output: Path) -> float:
        start = time.perf_counter()
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--screenshot={output}",
                "--window-size=1280,1600",
                target.as_uri(),
            ],
            capture_output=True,
            check=True,
            timeout=300,
        )
        return time.perf_counter() - start

    scratch = page.with_suffix(".png")
    pages, empties = [], []
    for _ in range(repeat):
        pages.append(run(page, scratch))
        empties.append(run(empty, scratch))
    if shot is not None:
        run(page, shot)
    return statistics.median(pages) - statistics.median(empties)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    browser = next(
        (found for n in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(n))), None
    )
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        paths: list[Path] = list(args.paths)
        largest = None
        if not paths:
            # The kept screenshot is of the project's own draft, never of a shared document.
            paths.append(ROOT / "fixtures" / "corpus" / "01-kelpie-incubation.md")
        if not args.paths and EXAMPLES.is_dir():
            largest = max(
                (p for p in EXAMPLES.iterdir() if p.suffix in (".md", ".txt", ".docx")),
                key=lambda p: p.stat().st_size,
            )
            paths.append(largest)
        if not args.paths:
            from inputs import application, repeated

            base = application(30_000)
            for name, text in (("generated-30kb.md", base), ("generated-3mb.md", repeated(base, 3_000_000))):
                (work / name).write_text(text, encoding="utf-8")
                paths.append(work / name)
        empty = work / "empty.html"
        empty.write_text("<!DOCTYPE html><title>empty</title>", encoding="utf-8")
        print(f"{'document':<48} {'input':>9} {'page':>10} {'applint':>9} {'chromium':>9}")
        for path in paths:
            text, seconds = page_of(path)
            page = work / (path.stem + ".html")
            page.write_text(text, encoding="utf-8")
            rendered = "-"
            if browser is not None:
                shot = SHOT if path == paths[0] else None
                rendered = f"{render_seconds(browser, page, empty, args.repeat, shot):.2f} s"
            print(
                f"{path.name:<48} {path.stat().st_size / 1024:>7.0f} KB {len(text.encode()) / 1024:>8.0f} KB "
                f"{seconds:>7.2f} s {rendered:>9}"
            )
        if browser is None:
            print("no Chromium: render times not measured (apt-get install chromium)")
        else:
            print(f"screenshot of {paths[0].name}'s page: {SHOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
