"""The command line: translates options into a run of the engine and a formatter, and an exit code."""

from __future__ import annotations

import gc

# A run is short-lived and makes few reference cycles: collect them less often (as mypy does).
# Set before the imports below, whose many small objects would otherwise trigger collections.
gc.set_threshold(100_000, 50, 100)

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import click

from applint._version import __version__
from applint.errors import ApplintError
from applint.formatters import NAMES as FORMATTER_NAMES

if TYPE_CHECKING:
    from applint.templates.companions import CompanionTemplate
    from applint.templates.records import Template

FORMATS = ("text", "json")
FAIL_ON = ("error", "warning", "info", "never")
# The formats a person reads in the log: a run in one of them also writes the Actions job summary
# (a SARIF or JSON run beside it is the same findings for a machine, and must not write it twice).
HUMAN_FORMATS = ("github", "text")


def _fail_setup(error: ApplintError) -> None:
    click.echo(f"applint: error: {error}", err=True)
    sys.exit(2)


def _show_help(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"applint, version {__version__}", color=ctx.color)
        ctx.exit()


def _help_option(command: click.Command, ctx: click.Context) -> click.Option | None:
    """click's -h/--help option, made with its text given: click's own asks gettext for the text,
    and gettext's first call imports locale (~1 ms of every run, for a text never translated)."""
    names = command.get_help_option_names(ctx)
    if not names or not command.add_help_option:
        return None
    made: click.Option | None = command.__dict__.get("_applint_help")
    if made is None:  # one object per command: click orders eager options by identity
        made = click.Option(
            names,
            is_flag=True,
            is_eager=True,
            expose_value=False,
            callback=_show_help,
            help="Show this message and exit.",
        )
        command.__dict__["_applint_help"] = made
    return made


class _Command(click.Command):
    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(self, ctx)


class _Group(click.Group):
    command_class = _Command

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(self, ctx)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(  # not click.version_option, which asks gettext for its help text too
    "--version",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_show_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Lint CNCF Graduation and Incubation applications against their template."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATTER_NAMES),
    default=None,
    help="Output format [default: github when GITHUB_ACTIONS=true, else text].",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Lowest severity that makes the exit code 1 [default: error, or the config's fail-on].",
)
@click.option(
    "--template",
    "template",
    metavar="ID|PATH",
    help="Check against this template (graduation-v1.6, an exact revision id, or a JSON file).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary line.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="One finding per missing criterion, never grouped; say why each file's template revision was chosen.",
)
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config file for every input (.applint.toml or pyproject.toml) [default: the one nearest each file].",
)
@click.option("--no-config", is_flag=True, help="Read no config file: defaults and these options only.")
@click.option(
    "--select",
    metavar="RULE",
    multiple=True,
    help="Run only these rules (repeatable, or comma-separated).",
)
@click.option(
    "--ignore", metavar="RULE", multiple=True, help="Do not run these rules (repeatable, or comma-separated)."
)
@click.option(
    "--exclude",
    metavar="PATTERN",
    multiple=True,
    help="Leave out files and folders matching this git-ignore pattern (repeatable).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for many files [default: the number of CPUs]; output order does not change.",
)
@click.option(
    "--check-links",
    is_flag=True,
    help="Also check every web link online (dead-link); nothing touches the network without it.",
)
def check(
    paths: tuple[str, ...],
    output_format: str | None,
    fail_on: str | None,
    template: str | None,
    quiet: bool,
    verbose: bool,
    config_path: str | None,
    no_config: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int | None,
    check_links: bool,
) -> None:
    """Check application files (Markdown, DOCX, plain text); '-' reads standard input.

    An argument may be an application issue, cncf/toc#1822 or its https URL: its body is read
    through GitHub's API ($GITHUB_TOKEN when set; $GITHUB_API_URL for GitHub Enterprise).
    Other PATHS are files, folders (walked for .md, .markdown and .docx files, honouring
    .gitignore and skipping node_modules, virtual environments and build folders) or quoted globs
    ('docs/**/*.md').
    """
    from applint.batch import Planner, lint_planned
    from applint.config import ConfigFinder
    from applint.formatters import formatter

    try:
        configs = ConfigFinder(config_path, no_config, overrides={"template": template, "fail-on": fail_on})
        planner = Planner(
            configs,
            exclude,
            _rule_ids(select),
            _rule_ids(ignore),
            verbose,
            keep_document=output_format == "html",
            check_links=check_links,
        )
        report = lint_planned(
            planner.plan(paths), sys.stdin.buffer, jobs or os.cpu_count() or 1, planner.companion
        )
    except ApplintError as error:
        _fail_setup(error)
    if output_format is None:
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    for file in report.files:  # one line each; the text format does not repeat it among findings
        if file.input_error:
            click.echo(f"applint: {file.findings[0].message}", err=True)
    if output_format == "html":
        from applint.triage.page import check_page

        output = check_page(report, planner.options(configs.config_for("-")).forced_template())
    else:
        output = formatter(output_format)(report, quiet)
    if verbose and output_format == "text":
        from applint.formatters.text_format import detection_line

        notes = [line for line in map(detection_line, report.files) if line]
        output = "".join(f"{line}\n" for line in notes) + output
    if output:
        click.echo(output, nl=False)
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary and output_format in HUMAN_FORMATS:
        _append_to("GITHUB_STEP_SUMMARY", step_summary, formatter("summary")(report, False) + "\n")
    step_outputs = os.environ.get("GITHUB_OUTPUT")
    if step_outputs and os.environ.get("GITHUB_ACTIONS") == "true":
        from applint.formatters import step_outputs as outputs

        _append_to("GITHUB_OUTPUT", step_outputs, outputs.render(report))
    sys.exit(report.exit_code(planner.fail_on(report)))


def _rule_ids(values: tuple[str, ...]) -> tuple[str, ...]:
    """Rule ids given repeated or comma-separated (ruff's --select A,B)."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _append_to(name: str, path: str, text: str) -> None:
    """Append to a file GitHub Actions gives (the job summary, the step's outputs)."""
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        click.echo(f"applint: cannot write {name} {path}: {error.strerror or error}", err=True)


@cli.command("rules")
def list_rules() -> None:
    """List every rule with its default severity and summary."""
    from applint.rules import all_rules

    every_rule = all_rules()
    width = max(len(rule.id) for rule in every_rule)
    for rule in every_rule:
        click.echo(f"{rule.id:<{width}}  {rule.severity.label:<7}  {rule.summary}")


@cli.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Print a rule's documentation."""
    from applint.rules import rule as find_rule
    from applint.rules import unknown_rule_message
    from applint.rules.rule import plain_text

    rule = find_rule(rule_id)
    if rule is None:
        _fail_setup(ApplintError(unknown_rule_message(rule_id)))
        return
    click.echo(plain_text(rule.doc))


@cli.command("templates")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
def list_templates(output_format: str) -> None:
    """List every shipped template revision: applications', the TOC's due-diligence templates, and
    the companion documents' (GTR, governance review, self-assessment)."""
    from applint.templates.catalog import builtin_templates
    from applint.templates.companions import companion_templates

    rows: list[dict[str, Any]] = [
        {
            "id": t.id,
            "kind": t.kind,
            "label": t.label,
            "revision_date": t.revision_date,
            "commit": t.commit[:8],
            "criteria": len(t.criteria),
            "required": sum(1 for c in t.criteria if c.required),
            "latest": t.latest,
            "document_kind": "due-diligence" if t.due_diligence else "application",
        }
        for t in builtin_templates()
    ]
    companions: list[dict[str, Any]] = [
        {
            "id": t.id,
            "kind": t.kind,
            "label": t.label,
            "revision_date": t.revision_date,
            "commit": t.commit[:8],
            # What the author answers: GTR questions, governance criteria, sections to write.
            "questions": sum(1 for item in t.items if item.role == "question"),
            "criteria": sum(1 for item in t.items if item.role == "criterion"),
            "sections": sum(1 for section in t.sections if not section.instructions),
            "fields": len(t.fields),
            "latest": t.latest,
            "document_kind": t.kind,
        }
        for t in companion_templates()
    ]
    if output_format == "json":
        import json  # (not at import: a check's output is formatted by the formatters)

        click.echo(json.dumps(rows + companions, indent=2))
        return
    width = max(28, *(len(t["id"]) for t in rows + companions))
    for row in rows:
        latest = "  latest" if row["latest"] else ""
        click.echo(
            f"{row['id']:<{width}} {row['label'] or '-':<4}  {row['revision_date']}  {row['commit']}  "
            f"{row['criteria']:>2} criteria ({row['required']} required){latest}"
        )
    for row in companions:
        what = ", ".join(
            f"{row[key]} {key if row[key] != 1 else key[:-1]}"
            for key in ("questions", "criteria", "sections", "fields")
            if row[key]
        )
        click.echo(
            f"{row['id']:<{width}} {row['label'] or '-':<4}  {row['revision_date']}  {row['commit']}  "
            f"{what}{'  latest' if row['latest'] else ''}"
        )


@cli.command("template-diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
def template_diff(old: str, new: str, output_format: str) -> None:
    """Show what changed between two template revisions (criteria added, removed, reworded, moved)."""
    from applint.templates.catalog import find_template
    from applint.templates.diff import diff_templates

    try:
        before, after = find_template(old), find_template(new)
    except ApplintError as error:
        _fail_setup(error)
        return
    changes = diff_templates(before, after)
    if output_format == "json":
        import json

        data: dict[str, Any] = {"old": before.id, "new": after.id, "changes": [c.as_dict() for c in changes]}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"{before.id} -> {after.id}: {len(changes)} change{'s' if len(changes) != 1 else ''}")
    for change in changes:
        if change.kind == "added":
            click.echo(f"+ added     [{change.section}] {change.text}")
        elif change.kind == "removed":
            click.echo(f"- removed   [{change.old_section}] {change.text}")
        elif change.kind == "reworded":
            click.echo(f"~ reworded  [{change.section}] {change.old_text}\n             -> {change.text}")
        else:
            click.echo(f"> moved     [{change.old_section} -> {change.section}] {change.text}")


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[PATH | ISSUE | REPOSITORY]...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(("text", "json", "comment", "html")),
    default="text",
    show_default=True,
    help="comment: the Markdown a TOC member posts on the issue; html: one page to read (not with --all).",
)
@click.option("--template", metavar="ID|PATH", help="Read the application as this template revision.")
@click.option("--issue-url", metavar="URL", help="The application issue, to link each place in the comment.")
@click.option(
    "--github-event",
    "event_path",
    metavar="PATH",
    help="Triage the issue of a GitHub issues event payload ($GITHUB_EVENT_PATH) instead of PATH.",
)
@click.option(
    "--post-comment",
    is_flag=True,
    help="With an ISSUE or --github-event: create or update the triage comment ($GITHUB_TOKEN, $GITHUB_API_URL).",
)
@click.option(
    "--all",
    "overview",
    is_flag=True,
    help="One line per open application of each REPOSITORY (owner/repo), or per ISSUE given.",
)
@click.option("--label", metavar="LABEL", help="With --all: only the open issues carrying this label.")
def triage(
    inputs: tuple[str, ...],
    output_format: str,
    template: str | None,
    issue_url: str | None,
    event_path: str | None,
    post_comment: bool,
    overview: bool,
    label: str | None,
) -> None:
    """Check an application against the TOC's minimum triage set, item by item; '-' reads standard input.

    ISSUE is an application issue, cncf/toc#1822 or its https URL: its body is read through GitHub's
    API ($GITHUB_TOKEN when set; $GITHUB_API_URL for GitHub Enterprise).

    Exit code 0 when ready (no required item missing), 1 when not ready, 2 when it could not be read.
    """
    if overview:
        if not inputs or event_path or post_comment or issue_url or output_format not in ("text", "json"):
            raise click.UsageError(
                "--all takes REPOSITORY (owner/repo) or ISSUE arguments, --label, --template and "
                "--format text|json only"
            )
        from applint.templates.catalog import find_template
        from applint.triage.overview import run_overview

        try:
            forced = find_template(template) if template else None
        except ApplintError as error:
            _fail_setup(error)
            return
        sys.exit(run_overview(inputs, label, output_format, forced, _echo))
    if label:
        raise click.UsageError("--label goes with --all")
    from applint.triage.run import run_triage

    if len(inputs) > 1:
        raise click.UsageError("give one PATH or ISSUE (several issues: --all)")
    path = inputs[0] if inputs else None
    if (path is None) == (event_path is None):
        raise click.UsageError("give either PATH (or '-'), ISSUE, or --github-event PATH")
    if post_comment and event_path is None and not _is_issue(path):
        raise click.UsageError("--post-comment needs an ISSUE or --github-event (the issue to comment on)")
    sys.exit(
        run_triage(
            path,
            output_format,
            template,
            issue_url,
            event_path,
            post_comment,
            sys.stdin.buffer,
            _echo,
        )
    )


def _is_issue(argument: str | None) -> bool:
    from applint.network.reference import is_reference

    return argument is not None and is_reference(argument)


def _mode(check: bool, diff: bool) -> str:
    return "check" if check else "diff" if diff else "write"


def _echo(text: str, to_stderr: bool) -> None:
    click.echo(text, err=to_stderr, nl=not text.endswith("\n"))


def _rewrite_modes(command: Callable[..., None]) -> Callable[..., None]:
    """The --check and --diff options that `fix` and `upgrade` share."""
    command = click.option("--diff", "diff_only", is_flag=True, help="Write nothing; print the diff.")(
        command
    )
    return click.option(
        "--check",
        "check_only",
        is_flag=True,
        help="Write nothing; print the diff; exit 1 if a file would change.",
    )(command)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_rewrite_modes
@click.option(
    "--template", metavar="ID|PATH", help="Fix against this template revision instead of the detected one."
)
def fix(paths: tuple[str, ...], check_only: bool, diff_only: bool, template: str | None) -> None:
    """Apply the safe, mechanical fixes to Markdown applications (each change is listed)."""
    from applint.fixing.fix import plan_fix
    from applint.fixing.run import rewrite_files

    planner = lambda d: plan_fix(d, template)  # noqa: E731
    fixes = frozenset({"application", "due-diligence"})  # a DD document has repairs of its own
    sys.exit(rewrite_files(paths, planner, _mode(check_only, diff_only), _echo, fixes, template))


# The companion documents `init` can start (tests hold this equal to the shipped companion kinds;
# reading them here would cost every run the schemas' loading).
COMPANION_KINDS = ("general-technical-review", "governance-review", "security-self-assessment")


@cli.command()
@click.option(
    "--kind",
    type=click.Choice(("incubation", "graduation", *COMPANION_KINDS)),
    required=True,
    help="The application, or the companion document (GTR, governance review, self-assessment).",
)
@click.option(
    "--project", required=True, help="The project's name, filled in where the template says $PROJECT."
)
@click.option("--template", metavar="REV", help="A revision id or label [default: the latest of the kind].")
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Where to write ('-' for standard output) [default: KIND-application.md].",
)
@click.option(
    "--level",
    type=click.Choice(("sandbox", "incubation", "graduation")),
    help="The level a GTR is for (its title's [Level]).",
)
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def init(
    kind: str, project: str, template: str | None, output: str | None, level: str | None, force: bool
) -> None:
    """Write a new application (or companion document) from its template, as published, with the
    project's name."""
    from applint.fixing.scaffold import choose, scaffold, scaffold_companion, write_new

    companion = kind in COMPANION_KINDS
    path = output or (f"{kind}.md" if companion else f"{kind}-application.md")
    try:
        revision: Template | CompanionTemplate
        if companion:
            from applint.templates.companions import find_companion

            revision = find_companion(kind, template)
            data = scaffold_companion(revision, project, level)
        else:
            revision = choose(kind, template)
            data = scaffold(revision, project)
        if path == "-":
            sys.stdout.buffer.write(data)
            return
        write_new(path, data, force)
    except (ApplintError, OSError) as error:
        _fail_setup(ApplintError(str(error)))
        return
    click.echo(
        f"wrote {path} from {revision.id}; write your {'answers' if companion else 'evidence'}, then run "
        f"'applint check {path}'",
        err=True,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--to",
    "to",
    metavar="latest|REV",
    default="latest",
    show_default=True,
    help="The revision to upgrade to.",
)
@click.option("--from", "start", metavar="REV", help="The revision the draft follows [default: detected].")
@_rewrite_modes
def upgrade(paths: tuple[str, ...], to: str, start: str | None, check_only: bool, diff_only: bool) -> None:
    """Carry Markdown drafts to a newer template revision (each change is listed)."""
    from applint.fixing.run import rewrite_files
    from applint.fixing.upgrade import plan_upgrade

    planner = lambda d: plan_upgrade(d, to, start)  # noqa: E731
    sys.exit(rewrite_files(paths, planner, _mode(check_only, diff_only), _echo, template=start))


def main() -> NoReturn:
    """Console-script entry point (also `python -m applint`): run the command, then end the process."""
    try:
        cli()  # standalone mode: always ends in SystemExit
    except SystemExit as stop:
        end_process(stop.code)
    raise AssertionError("unreachable: click's standalone mode always exits")


def end_process(code: object) -> NoReturn:
    """Flush the output and end the process with ``code``, skipping the interpreter's teardown.

    Freeing every module and object at exit costs ~10 ms of a ~100 ms run, for nothing: the
    command has finished, its files are closed (fix/upgrade write atomically and close first) and
    any worker pool is joined. mypy ends its runs the same way. ``code`` is what ``sys.exit``
    takes: None, an exit status, or a message printed to stderr with status 1. If the output
    cannot be flushed (the reader of a pipe went away), the status is 1 unless it is already a
    failure, as Python itself does.
    """
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe, or a stream already closed
            status = status or 1
    os._exit(status)
