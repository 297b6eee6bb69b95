"""Linting many inputs: every file named, globbed or found below a folder, each with the
configuration nearest to it, application issues named by reference (read through GitHub's API),
and the companion documents an application links; in worker processes when asked, results in
input order.

Workers are forked after the shipped templates are loaded, so no worker parses a schema again;
each worker handles files in chunks to keep the inter-process traffic small.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import BinaryIO, Final

from applint.config import Config, ConfigFinder
from applint.engine import LintOptions, input_error_report, lint_path, lint_source
from applint.errors import ApplintError
from applint.findings import Severity
from applint.readers.selection import expand_paths
from applint.readers.sources import STDIN
from applint.results.report import FileReport, Report
from applint.rules import RULE_IDS, unknown_rule_message
from applint.templates.catalog import builtin_templates

_options: tuple[LintOptions, ...] = ()


def _init(options: tuple[LintOptions, ...]) -> None:
    global _options
    _options = options


def _lint_one(task: tuple[str, int]) -> FileReport:
    path, which = task
    return lint_path(path, _options[which])


class Planned:
    """One input of a run and the options its configuration gives; ``issue`` for an application
    issue named by reference (``cncf/toc#1822``)."""

    __slots__ = ("issue", "options", "path")

    def __init__(self, path: str, options: LintOptions, issue: bool = False) -> None:
        self.path: Final = path
        self.options: Final = options
        self.issue: Final = issue


# The plan entry of a companion document an application links, or None when it is left out.
Companion = Callable[[str, Planned], "Planned | None"]


def lint_in_workers(plan: Sequence[Planned], jobs: int) -> tuple[FileReport, ...]:
    """Reports for the planned files in their order, linted by ``jobs`` processes."""
    import multiprocessing  # only runs with workers pay for it

    from applint.templates.companions import companion_templates

    builtin_templates()  # load once in the parent; forked workers inherit it
    companion_templates()
    distinct = list({id(item.options): item.options for item in plan}.values())
    which = {id(options): index for index, options in enumerate(distinct)}
    tasks = [(item.path, which[id(item.options)]) for item in plan]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(32, len(tasks) // (jobs * 4)))
    with context.Pool(processes=jobs, initializer=_init, initargs=(tuple(distinct),)) as pool:
        return tuple(pool.imap(_lint_one, tasks, chunksize=chunk))


def _is_reference(argument: str) -> bool:
    """Whether a command-line argument names an issue (``network.reference.is_reference``). Only
    an argument holding "#" or starting with "http" can (``owner/repo#123``, the issue's address),
    so a plain path is told without importing the network stage."""
    if "#" not in argument and not argument.startswith("http"):
        return False
    from applint.network.reference import is_reference

    return is_reference(argument)


def lint_planned(
    plan: Sequence[Planned], stdin: BinaryIO | None = None, jobs: int = 1, companion: Companion | None = None
) -> Report:
    """Lint every planned input (in worker processes when ``jobs`` > 1 and there are enough files),
    each application followed by the companion documents it links (``companion`` says with which
    options, or leaves one out; by default the application's own)."""
    for options in {id(item.options): item.options for item in plan}.values():
        options.forced_template()  # a bad template is a setup error before any file is read
    reports: tuple[FileReport, ...]
    # Online link checks run in one process: one pool, one per-host limit, one cache.
    workers = not any(item.path == STDIN or item.issue or item.options.check_links for item in plan)
    if jobs > 1 and len(plan) > jobs and workers:
        reports = lint_in_workers(plan, jobs)
    else:
        reports = tuple(
            lint_issue(item.path, item.options) if item.issue else lint_path(item.path, item.options, stdin)
            for item in plan
        )
    return Report(with_companions(reports, plan, companion or _companions_selected(None)))


def with_companions(
    reports: tuple[FileReport, ...], plan: Sequence[Planned], companion: Companion
) -> tuple[FileReport, ...]:
    """The reports, each application's followed by those of the companion documents it links that
    the run did not already check (each file once; none that ``companion`` leaves out)."""
    checked = {os.path.realpath(report.path) for report in reports if report.path != STDIN}
    result: list[FileReport] = []
    for report, item in zip(reports, plan, strict=True):
        result.append(report)
        for path in report.companions:
            if os.path.realpath(path) in checked:
                continue
            planned = companion(path, item)
            if planned is not None:
                checked.add(os.path.realpath(path))
                result.append(lint_path(path, planned.options))
    return tuple(result)


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


class Planner:
    """A command-line run's inputs: files named, globbed or found in folders (less ``exclude``),
    each with the configuration nearest to it (its include/exclude applied) and the rules
    ``select`` (only these) and ``ignore`` (not these) say; issue references with the working
    directory's configuration."""

    def __init__(
        self,
        configs: ConfigFinder,
        exclude: Sequence[str] = (),
        select: Collection[str] = (),
        ignore: Collection[str] = (),
        verbose: bool = False,
        keep_document: bool = False,
        check_links: bool = False,
    ) -> None:
        for rule_id in (*select, *ignore):
            if rule_id not in RULE_IDS:
                raise ApplintError(unknown_rule_message(rule_id))
        self._configs = configs
        self._exclude = exclude
        self._select = frozenset(select)
        self._ignore = frozenset(ignore)
        self._unselected = frozenset(RULE_IDS) - self._select if select else frozenset()
        self._verbose = verbose
        self._keep_document = keep_document
        self._check_links = check_links
        self._options: dict[int, LintOptions] = {}

    def options(self, config: Config) -> LintOptions:
        made = self._options.get(id(config))
        if made is None:
            made = self._options[id(config)] = LintOptions(
                template=config.template,
                severities=config.severities(),
                disabled=(config.disabled() - self._select) | self._unselected | self._ignore,
                rule_options=config.rule_options(),
                verbose=self._verbose,
                keep_document=self._keep_document,
                check_links=self._check_links,
            )
        return made

    def plan(self, arguments: Iterable[str]) -> list[Planned]:
        plan: list[Planned] = []
        for argument in arguments:
            if _is_reference(argument):
                plan.append(Planned(argument, self.options(self._configs.config_for(STDIN)), issue=True))
                continue
            for path in expand_paths([argument], self._exclude):
                config = self._configs.config_for(path)
                if config.selects(path):
                    plan.append(Planned(path, self.options(config)))
        return plan

    def companion(self, path: str, _linking: Planned) -> Planned | None:
        """A linked companion document, with its own configuration; None when excluded."""
        if any(True for _ in expand_paths([path], self._exclude)):
            config = self._configs.config_for(path)
            if config.selects(path):
                return Planned(path, self.options(config))
        return None

    def fail_on(self, report: Report) -> list[Severity | None]:
        """Each file's threshold for exit code 1: its configuration's fail-on."""
        thresholds = []
        for file in report.files:
            # standard input and issues have no folder: the working directory's configuration
            config = self._configs.config_for(file.path if os.path.isfile(file.path) else STDIN)
            thresholds.append(None if config.fail_on == "never" else Severity.parse(config.fail_on))
        return thresholds


def _companions_selected(selects: Callable[[str], bool] | None) -> Companion:
    """Companion documents linted with the linking file's options, those ``selects`` accepts."""

    def companion(path: str, linking: Planned) -> Planned | None:
        return Planned(path, linking.options) if selects is None or selects(path) else None

    return companion


def lint_paths(
    paths: Iterable[str],
    options: LintOptions | None = None,
    stdin: BinaryIO | None = None,
    selects: Callable[[str], bool] | None = None,
    jobs: int = 1,
    exclude: Sequence[str] = (),
) -> Report:
    """Lint every file named, matching a glob or found below the named directories (those
    ``selects`` accepts and ``exclude`` does not name), all with the same ``options``.

    With ``jobs`` > 1, files are linted in that many worker processes; the report keeps the
    order of the inputs whatever the workers' timing.
    """
    options = options or LintOptions()
    chosen = [path for path in expand_paths(paths, exclude) if selects is None or selects(path)]
    return lint_planned(
        [Planned(path, options) for path in chosen], stdin, jobs, _companions_selected(selects)
    )


def lint_inputs(
    arguments: Sequence[str],
    options: LintOptions | None = None,
    stdin: BinaryIO | None = None,
    selects: Callable[[str], bool] | None = None,
    jobs: int = 1,
) -> Report:
    """Like lint_paths, where an argument may also be an issue reference (``cncf/toc#1822`` or its
    URL) whose body is read through GitHub's API; reports stay in the order of the arguments."""
    options = options or LintOptions()
    plan: list[Planned] = []
    for argument in arguments:
        if _is_reference(argument):
            plan.append(Planned(argument, options, issue=True))
        else:
            plan.extend(
                Planned(path, options)
                for path in expand_paths([argument])
                if selects is None or selects(path)
            )
    return lint_planned(plan, stdin, jobs, _companions_selected(selects))
