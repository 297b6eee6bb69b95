"""Linting many inputs: every file named or found below a folder, in worker processes when asked,
and application issues named by reference (read through GitHub's API); results in input order.

Workers are forked after the shipped templates are loaded, so no worker parses a schema again;
each worker handles files in chunks to keep the inter-process traffic small.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO

from applint.engine import LintOptions, input_error_report, lint_path, lint_source
from applint.readers.sources import STDIN, expand_paths
from applint.results.report import FileReport, Report
from applint.templates.catalog import builtin_templates
from applint.templates.companions import companion_templates

_options: LintOptions | None = None


def _init(options: LintOptions) -> None:
    global _options
    _options = options


def _lint_one(path: str) -> FileReport:
    return lint_path(path, _options)


def lint_in_workers(paths: Sequence[str], options: LintOptions, jobs: int) -> tuple[FileReport, ...]:
    """Reports for ``paths`` in their order, linted by ``jobs`` processes."""
    import multiprocessing  # only runs with workers pay for it

    builtin_templates()  # load once in the parent; forked workers inherit it
    companion_templates()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(32, len(paths) // (jobs * 4)))
    with context.Pool(processes=jobs, initializer=_init, initargs=(options,)) as pool:
        return tuple(pool.imap(_lint_one, paths, chunksize=chunk))


def lint_paths(
    paths: Iterable[str],
    options: LintOptions | None = None,
    stdin: BinaryIO | None = None,
    selects: Callable[[str], bool] | None = None,
    jobs: int = 1,
) -> Report:
    """Lint every file named or found below the named directories (those ``selects`` accepts).

    With ``jobs`` > 1, files are linted in that many worker processes; the report keeps the
    order of the inputs whatever the workers' timing.
    """
    options = options or LintOptions()
    options.forced_template()  # a bad --template is a setup error before any file is read
    chosen = [path for path in expand_paths(paths) if selects is None or selects(path)]
    # Online link checks run in one process: one pool, one per-host limit, one cache.
    if jobs > 1 and len(chosen) > jobs and STDIN not in chosen and not options.check_links:
        return Report(with_companions(lint_in_workers(chosen, options, jobs), options, selects))
    reports = tuple(lint_path(path, options, stdin) for path in chosen)
    return Report(with_companions(reports, options, selects))


def lint_inputs(
    arguments: Sequence[str],
    options: LintOptions | None = None,
    stdin: BinaryIO | None = None,
    selects: Callable[[str], bool] | None = None,
    jobs: int = 1,
) -> Report:
    """Like lint_paths, where an argument may also be an issue reference (``cncf/toc#1822`` or its
    URL) whose body is read through GitHub's API; reports stay in the order of the arguments."""
    from applint.network.reference import is_reference

    if not any(is_reference(argument) for argument in arguments):
        return lint_paths(arguments, options, stdin, selects, jobs)
    options = options or LintOptions()
    files: list[FileReport] = []
    paths: list[str] = []
    for argument in arguments:
        if not is_reference(argument):
            paths.append(argument)
            continue
        if paths:
            files.extend(lint_paths(paths, options, stdin, selects, jobs).files)
            paths = []
        files.append(lint_issue(argument, options))
    if paths:
        files.extend(lint_paths(paths, options, stdin, selects, jobs).files)
    return Report(tuple(files))


def lint_issue(argument: str, options: LintOptions) -> FileReport:
    """The report of the application issue an argument names; a request that fails or an issue that
    holds no application is an input error for that issue (one line, exit code 2)."""
    from applint.network.github import GitHubError, client_from_environment
    from applint.network.reference import parse_reference
    from applint.triage.issues import fetch_issue

    reference = parse_reference(argument)
    assert reference is not None
    try:
        issue = fetch_issue(client_from_environment(reference), reference)
    except GitHubError as error:
        return input_error_report(reference.name, str(error))
    return lint_source(issue.source, options, claimed=True)  # its title named an application


def with_companions(
    reports: tuple[FileReport, ...], options: LintOptions, selects: Callable[[str], bool] | None = None
) -> tuple[FileReport, ...]:
    """The reports, each application's followed by those of the companion documents it links that
    the run did not already check (each file once; none the configuration excludes)."""
    checked = {os.path.realpath(report.path) for report in reports if report.path != STDIN}
    result: list[FileReport] = []
    for report in reports:
        result.append(report)
        for path in report.companions:
            if os.path.realpath(path) not in checked and (selects is None or selects(path)):
                checked.add(os.path.realpath(path))
                result.append(lint_path(path, options))
    return tuple(result)
