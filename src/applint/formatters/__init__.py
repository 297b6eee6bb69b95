"""Formatters render a Report as text; the table below is the --format choice list."""

from __future__ import annotations

from collections.abc import Callable

from applint.formatters import github_format, json_format, sarif_format, summary_format, text_format
from applint.report import Report

Formatter = Callable[[Report, bool], str]

FORMATTERS: dict[str, Formatter] = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif_format.render,
    "github": github_format.render,
    "summary": summary_format.render,
}
