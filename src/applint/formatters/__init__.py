"""Formatters render a Report as text; the table below is the --format choice list."""

from __future__ import annotations

from collections.abc import Callable

from applint.formatters import json_format, text_format
from applint.report import Report

Formatter = Callable[[Report, bool], str]

FORMATTERS: dict[str, Formatter] = {
    "text": text_format.render,
    "json": json_format.render,
}
