"""Shared test fixtures: paths to the project's fixtures and to ../shared, and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples, so a run can be repeated exactly;
# a developer's run explores new ones each time.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "examples"
TEMPLATES = SHARED / "reference" / "templates"


def shared_files(folder: Path, pattern: str) -> list[Path]:
    """Files from ../shared for parametrisation; empty when ../shared is absent (tests then skip)."""
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


SHARED_ABSENT = "../shared (examples and reference templates) is not present beside the repository"


def shared_params(paths: list[Path]) -> list[Any]:
    """Parameters for a test over files of ../shared: the files, or (when there are none) one
    parameter that skips with the reason, instead of pytest's bare "got empty parameter set"."""
    if paths:
        return list(paths)
    return [pytest.param(None, marks=pytest.mark.skip(reason=SHARED_ABSENT), id="shared-absent")]


def example_kinds() -> dict[str, str]:
    """What each file of ../shared/examples is, read from the kind column of its README's table:
    "application", "dd", "proposal", "gtr", "governance review", "security self-assessment", ...
    (the words before any parenthesis). A DOCX made from an example (``NAME.pandoc.docx``,
    ``NAME.lo.docx``) is of its source's kind. Empty when ../shared is absent."""
    readme = EXAMPLES / "README.md"
    if not readme.is_file():
        return {}
    kinds: dict[str, str] = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 2 and cells[0] != "file" and "*" not in cells[0]:
            if not cells[0].strip("-: "):
                continue  # the table's rule line
            kinds[cells[0]] = cells[1].split("(")[0].strip().lower()
    for path in EXAMPLES.glob("*.docx"):
        source = path.name.split(".")[0] + ".md"
        if source in kinds:
            kinds[path.name] = kinds[source]
    return kinds


def examples_of_kind(*kinds: str) -> list[Path]:
    """The example files whose README kind is one of ``kinds`` (sorted; empty without ../shared)."""
    table = example_kinds()
    return sorted(
        EXAMPLES / name for name, kind in table.items() if kind in kinds and (EXAMPLES / name).is_file()
    )


def require_shared() -> None:
    if not EXAMPLES.is_dir() or not TEMPLATES.is_dir():
        pytest.skip(SHARED_ABSENT)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared() -> Path:
    require_shared()
    return SHARED
