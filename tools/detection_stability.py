"""Measure revision detection on real drafts: the margin between the two best candidates, and how
many harmless edits (tests/harmless_edits.py) change the revision chosen.

    python tools/detection_stability.py [--seeds N] [--history] [PATH ...]

Without paths: the Markdown and text examples in ../shared/examples, the template texts in
../shared/reference/templates, and the project's fixtures. ``--history`` adds every text the two
application templates ever had in the cncf/toc snapshot (/work/.mirror/cncf+toc/repo), each
expected to be detected as the kept revision it was published under or, for a text that only
changed wording, the kept revision before it. Prints one line per document and a total.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.harmless_edits import fill_in, harmless_edits  # noqa: E402

from applint.matching.detection import Selection, select_template  # noqa: E402
from applint.model import Document  # noqa: E402
from applint.readers.markdown import read_markdown  # noqa: E402
from applint.readers.text import read_text  # noqa: E402
from applint.templates.catalog import revisions_of  # noqa: E402

SHARED = ROOT.parent / "shared"
TOC = Path("/work/.mirror/cncf+toc/repo")
TEMPLATE_PATHS = {
    "graduation": ".github/ISSUE_TEMPLATE/template-graduation-application.md",
    "incubation": ".github/ISSUE_TEMPLATE/template-incubation-application.md",
}


def read(text: str, name: str) -> Document:
    return read_text(text, name) if name.endswith(".txt") else read_markdown(text, name)


def margin(selection: Selection) -> float | None:
    """The whole-document score of the revision chosen less the best other revision's."""
    others = [score for name, score in selection.scores.items() if name != selection.template.id]
    return round(selection.score - max(others), 3) if others else None


def decided(selection: Selection) -> str:
    """How the choice was made: by score alone (no close revision), or by the distinguishing
    features, with the chosen revision's evidence less the runner-up's."""
    decision = getattr(selection, "decision", None)
    if decision is None:
        return "score"
    gap = round(decision.chosen.evidence - decision.runner_up.evidence, 3)
    return f"{decision.decided_by} ({gap:+})"


def default_inputs() -> list[tuple[str, str, str | None]]:
    paths = []
    if SHARED.is_dir():
        paths += sorted((SHARED / "examples").glob("*.md")) + sorted((SHARED / "examples").glob("*.txt"))
    for folder in ("apps", "corpus", "corpus-holdout", "dd", "triage"):
        paths += sorted((ROOT / "fixtures" / folder).glob("[!R]*.md"))
    found: list[tuple[str, str, str | None]] = [
        (str(path), path.read_text(encoding="utf-8-sig"), None) for path in paths
    ]
    if SHARED.is_dir():  # each template text as it is, and filled in, is its own revision
        for path in sorted((SHARED / "reference" / "templates").glob("*-v1.*.md")):
            text = path.read_text(encoding="utf-8")
            expected = expected_revision(path.name)
            found.append((path.name, text, expected))
            found.append((f"filled:{path.name}", fill_in(text, random.Random(path.name)), expected))
    return found


def expected_revision(name: str) -> str:
    """The revision id of a reference template file name (``graduation-v1.6-latest-….md``)."""
    kind, label, date = name.split("-", 3)[0], name.split("-")[1], name.split("-", 2)[2][:10]
    if date.startswith("latest"):
        return [t for t in revisions_of(kind) if t.label == label][-1].id
    return f"{kind}-{label}-{date}"


def history_inputs() -> list[tuple[str, str, str | None]]:
    """Every distinct text the two application templates had on the snapshot's main branch, with
    the revision expected: the kept revision (a reference file) last seen on main before it, as
    texts not kept changed only wording."""
    kept = {
        path.read_text(encoding="utf-8"): expected_revision(path.name)
        for path in (SHARED / "reference" / "templates").glob("*-v1.*.md")
    }
    found: list[tuple[str, str, str | None]] = []
    for kind, path in TEMPLATE_PATHS.items():
        log = subprocess.run(
            ["git", "-C", str(TOC), "log", "--first-parent", "--format=%H %as", "HEAD", "--", path],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        seen: set[str] = set()
        current: str | None = None
        for line in reversed([line for line in log if line]):
            commit, date = line.split()
            text = subprocess.run(
                ["git", "-C", str(TOC), "show", f"{commit}:{path}"], capture_output=True, text=True
            ).stdout
            current = kept.get(text, current)
            if not text or text in seen or "\nv1." not in text or text in kept:
                continue
            seen.add(text)
            found.append((f"toc:{commit[:8]}:{kind}:{date}", text, current))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--history", action="store_true")
    args = parser.parse_args()
    inputs = (
        [(p, Path(p).read_text(encoding="utf-8-sig"), None) for p in args.paths]
        if args.paths
        else default_inputs()
    )
    if args.history:
        inputs += history_inputs()
    documents = edits = flips = unexpected = 0
    margins = []
    for name, text, expected in inputs:
        selection = select_template(read(text, name))
        chosen = selection.template.id
        flipped = []
        tried = harmless_edits(text, args.seeds)
        for edit, seed, edited in tried:
            again = select_template(read(edited, name)).template.id
            if again != chosen:
                flipped.append(f"{edit}#{seed}->{again}")
        documents += 1
        edits += len(tried)
        flips += len(flipped)
        found = margin(selection)
        if found is not None:
            margins.append(found)
        wrong = expected is not None and expected != chosen
        unexpected += wrong
        print(
            f"{Path(name).name[:46]:46} {chosen:34} margin {found!s:7} {decided(selection):30} runner-up "
            f"{selection.runner_up[0] if selection.runner_up else '-':34} edits {len(tried):3} "
            f"flips {len(flipped)}{' ' + ', '.join(flipped) if flipped else ''}"
            f"{f'  EXPECTED {expected}' if wrong else ''}"
        )
    small = sum(1 for value in margins if value < 1.0)
    print(
        f"\n{documents} documents, {edits} edits, {flips} flips; {small} margins under 1.0 "
        f"(smallest {min(margins) if margins else None}); {unexpected} not the revision expected"
    )


if __name__ == "__main__":
    main()
