"""Formatters: render a Report as text, JSON, SARIF, GitHub annotations, a Markdown summary or an
HTML page.

Takes a Report; gives a string. NAMES is the --format choice list.

Each format lives in its own module, imported only when that format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from applint.results.report import Report

Formatter = Callable[[Report, bool], str]

NAMES = ("text", "json", "sarif", "github", "summary", "html")


def formatter(name: str) -> Formatter:
    """The render function of one format (``name`` is one of NAMES)."""
    if name not in NAMES:
        raise KeyError(name)
    render: Formatter = importlib.import_module(f"applint.formatters.{name}_format").render
    return render
