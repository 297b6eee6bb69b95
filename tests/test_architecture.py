"""The package is laid out by stage, and imports only go one way: a stage never imports a later one.

Each module's stage is the folder it sits in (or, at the top, the module itself). Every import is
counted, including the ones inside functions that keep start-up cheap: a lazy import upwards is
still a cycle waiting to happen.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "applint"

# The pipeline in the order data flows through it; a module may import its own stage or earlier ones.
STAGES: tuple[tuple[str, ...], ...] = (
    ("_version", "errors", "model"),
    ("findings", "text"),
    # After text: the issue references a user types are read with text.github_items, the one
    # parser of GitHub item addresses that the document readers use too.
    ("network",),
    ("templates",),
    ("readers",),
    ("matching",),
    ("rules",),
    ("results",),
    ("engine", "config", "formatters"),
    ("batch", "fixing", "triage"),
    ("cli", "__main__", "__init__"),
)
RANK = {name: rank for rank, names in enumerate(STAGES) for name in names}
TOP_LEVEL_LIMIT = 10


def _stage(module: str) -> str:
    """The stage of a dotted module name inside the package ('applint.matching.mapping' -> 'matching')."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__" and len(parts) > 2:
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every applint import in a file, however deep in the code."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("applint"):
            if node.module == "applint":
                found.extend((node.lineno, f"applint.{alias.name}") for alias in node.names)
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("applint."))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_stage() -> None:
    unknown = {_stage(_module_name(path)) for path in MODULES} - RANK.keys()
    assert not unknown, f"modules outside every stage: {unknown}; add them to STAGES"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_goes_up_the_pipeline(path: Path) -> None:
    importer = _stage(_module_name(path))
    upward = [
        f"line {line}: {module} ({_stage(module)})"
        for line, module in _imports(path)
        if RANK[_stage(module)] > RANK[importer]
    ]
    assert not upward, f"{path.relative_to(PACKAGE)} ({importer}) imports a later stage: {upward}"


def test_the_top_of_the_package_stays_small() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= TOP_LEVEL_LIMIT, top


def test_each_stage_folder_says_what_it_takes_and_gives() -> None:
    for folder in sorted(p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        tree = ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))
        docstring = ast.get_docstring(tree) or ""
        assert "Takes" in docstring and "gives" in docstring, f"{folder.name}/__init__.py: {docstring!r}"


def test_the_check_itself_catches_an_upward_import(tmp_path: Path) -> None:
    """The checker is not vacuous: a lazy import of the engine from a reader is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from applint.engine import lint_path\n", encoding="utf-8")
    assert [(line, module) for line, module in _imports(bad)] == [(2, "applint.engine")]
    assert RANK[_stage("applint.engine")] > RANK["readers"]
