"""Running ``fix`` or ``upgrade`` over files: read each Markdown file, plan its edits, then write
them (listing each), or only show them (``--diff``), or only say whether any would be made
(``--check``, with the diff); then one line on standard error counting the files changed and
unchanged. DOCX and plain text are refused; a file that cannot be read or planned is one line on
standard error and exit code 2, and the other files still run.

A file is rewritten only when `check` lints it as a document the command repairs (``accepts``:
applications for both, due-diligence documents for ``fix`` too): a README, a CHANGELOG with a
version line, a GTR or a governance review met by a pre-commit hook or a folder walk is left
byte for byte as it was, with one line saying so, and exit code 0."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from applint.engine import document_kind
from applint.errors import ApplintError
from applint.fixing.edits import Edit, apply_edits, render, result_lines
from applint.fixing.writer import TextFile, write_atomic
from applint.matching.kinds import KIND_NAMES as COMPANION_NAMES
from applint.model import Document
from applint.readers.markdown import read_markdown
from applint.readers.selection import expand_paths
from applint.readers.sources import STDIN, InputError, read_source
from applint.templates.catalog import find_template

Planner = Callable[[Document], list[Edit]]
Echo = Callable[[str, bool], None]  # (text, to standard error)
MODES = ("write", "check", "diff")
MAX_PASSES = 4
# What each kind `check` lints is called in the line that says a file was left alone.
KIND_NAMES = {"application": "an application", "due-diligence": "a due-diligence document"}
REFUSED = {
    "docx": "a DOCX document is not rewritten (only Markdown is); make the change in Word or LibreOffice",
    "text": "a plain-text export is not rewritten (only Markdown is); make the change in the original document",
}


class Rewrite:
    """One file's planned change: the text before and after, and each edit's message with the
    line of the result where it shows.

    The plan runs in passes until one finds nothing more to do (at most MAX_PASSES): a repair can
    make the next one clear (a restored section settles the revision, so the version line can
    go in), and a second run of the command must change nothing.
    """

    __slots__ = ("after", "before", "messages", "source")

    def __init__(self, source: TextFile, planner: Planner, path: str = "-") -> None:
        self.source = source
        self.before = source.text
        messages: list[tuple[int, str]] = []
        current = source
        for _ in range(MAX_PASSES):
            edits = planner(read_markdown(current.text.removeprefix("\ufeff"), path))
            if not edits:
                break
            output = apply_edits(current, edits)
            moved = {line.origin: position for position, line in enumerate(output, start=1) if line.origin}
            messages = [(moved.get(line, line), message) for line, message in messages]
            messages.extend(zip(result_lines(edits, output), (edit.message for edit in edits), strict=True))
            current = TextFile(render(output), source.bom, source.encoding)
        self.after = current.text
        self.messages = sorted(messages, key=lambda pair: pair[0])

    @property
    def changed(self) -> bool:
        return self.after != self.before


class LeftAlone(Exception):
    """A file the command does not rewrite because it is not what the command repairs."""


def plan_file(
    path: str,
    planner: Planner,
    accepts: frozenset[str] = frozenset({"application"}),
    template: str | None = None,
) -> Rewrite:
    """The planned change of one Markdown file; InputError or ApplintError when it cannot be
    planned, LeftAlone when `check` (with ``template`` forced, if given) would not lint it as one
    of the kinds in ``accepts``."""
    if path == STDIN:
        raise InputError("standard input cannot be rewritten; name the file")
    source = read_source(path)
    if source.format in REFUSED:
        raise InputError(REFUSED[source.format])
    text = TextFile.from_bytes(source.data)
    document = read_markdown(text.text.removeprefix("\ufeff"), path)
    kind = document_kind(document, find_template(template) if template else None)
    if kind not in accepts:
        raise LeftAlone(
            f"{KIND_NAMES[kind]}, which this command does not rewrite: left as it is"
            if kind in KIND_NAMES
            else f"not an application{f' ({COMPANION_NAMES[kind]})' if kind in COMPANION_NAMES else ''}: "
            "left as it is"
        )
    return Rewrite(text, planner, path)


def unified_diff(path: str, rewrite: Rewrite) -> str:
    lines = difflib.unified_diff(
        rewrite.before.splitlines(keepends=True),
        rewrite.after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)


def _plural(count: int) -> str:
    return f"{count} file{'s' if count != 1 else ''}"


def tally(changed: int, unchanged: int, mode: str) -> str:
    """The closing line on standard error, as black and ruff print it: '1 file changed, 2 files
    unchanged' ('would change' when nothing is written); empty when no file was handled (each
    file that was not has its own line already)."""
    verb = "changed" if mode == "write" else "would change"
    parts = [
        f"{_plural(changed)} {verb}" if changed else "",
        f"{_plural(unchanged)} unchanged" if unchanged else "",
    ]
    return ", ".join(part for part in parts if part)


def rewrite_files(
    paths: Iterable[str],
    planner: Planner,
    mode: str,
    echo: Echo,
    accepts: frozenset[str] = frozenset({"application"}),
    template: str | None = None,
) -> int:
    """Run over every file, then say how many changed; the exit code: 2 when a file could not be
    handled, else 1 when ``--check`` found something to change, else 0 (a file left alone changes
    nothing)."""
    code = 0
    changed = unchanged = 0
    for path in expand_paths(paths):
        try:
            rewrite = plan_file(path, planner, accepts, template)
        except LeftAlone as why:
            echo(f"{path}: {why}", True)  # standard output keeps only diffs and edits
            continue
        except (InputError, ApplintError) as error:
            echo(f"applint: {path}: {error}", True)
            code = 2
            continue
        if not rewrite.changed:
            unchanged += 1
        if mode != "write":
            if rewrite.changed:
                echo(unified_diff(path, rewrite), False)
                changed += 1
                code = max(code, 1 if mode == "check" else 0)
            continue
        if not rewrite.changed:
            continue
        try:
            write_atomic(path, rewrite.source.encode(rewrite.after))
        except OSError as error:
            echo(f"applint: {path}: cannot write: {error.strerror or error}; the file is unchanged", True)
            code = 2
            continue
        changed += 1
        for line, message in rewrite.messages:
            echo(f"{path}:{line}: {message}", False)
    summary = tally(changed, unchanged, mode)
    if summary:
        echo(summary, True)
    return code
