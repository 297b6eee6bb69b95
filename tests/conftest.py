"""Shared test fixtures: paths to the project's fixtures and to ../shared, and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

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


def require_shared() -> None:
    if not EXAMPLES.is_dir() or not TEMPLATES.is_dir():
        pytest.skip("../shared (examples and reference templates) is not present beside the repository")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared() -> Path:
    require_shared()
    return SHARED
