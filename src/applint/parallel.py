"""Linting many files in worker processes, results in input order.

Workers are forked after the shipped templates are loaded, so no worker parses a schema again;
each worker handles files in chunks to keep the inter-process traffic small.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence

from applint.engine import LintOptions, lint_path
from applint.report import FileReport
from applint.templates import builtin_templates

_options: LintOptions | None = None


def _init(options: LintOptions) -> None:
    global _options
    _options = options


def _lint_one(path: str) -> FileReport:
    return lint_path(path, _options)


def lint_in_workers(paths: Sequence[str], options: LintOptions, jobs: int) -> tuple[FileReport, ...]:
    """Reports for ``paths`` in their order, linted by ``jobs`` processes."""
    builtin_templates()  # load once in the parent; forked workers inherit it
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(32, len(paths) // (jobs * 4)))
    with context.Pool(processes=jobs, initializer=_init, initargs=(options,)) as pool:
        return tuple(pool.imap(_lint_one, paths, chunksize=chunk))
