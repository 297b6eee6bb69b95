"""What the package ships beside its code: a LICENSE that is the licence pyproject.toml names, and
py.typed for the library use the README describes (type checkers read the annotations)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import applint
from tests.conftest import ROOT


def test_the_license_file_is_the_apache_2_0_text_pyproject_names() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    assert "END OF TERMS AND CONDITIONS" in text
    sdist = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["sdist"]
    assert "LICENSE" in sdist["include"]


def test_the_package_is_typed_as_the_readme_says() -> None:
    package = Path(applint.__file__).parent
    assert (package / "py.typed").is_file()
    assert "py.typed" in (ROOT / "README.md").read_text(encoding="utf-8")
    # the wheel ships the package folder as it is, py.typed included
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["src/applint"]
