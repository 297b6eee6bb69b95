"""Which files a run reads: files named, quoted globs expanded, folders walked the way linters
walk them (``.gitignore`` and ``.git/info/exclude`` honoured as git does, dependency, virtual
environment and build folders skipped), and ``--exclude`` patterns.

A file named on the command line is read even when git ignores it (naming it is asking for it);
only ``--exclude`` removes it. Files found by walking a folder or expanding a glob are dropped
when git would ignore them or when they sit in a skipped folder. As in ruff, ``.gitignore`` files
are honoured inside a git repository (from its root down) and, outside one, below the folder
walked. Matching follows git's own rules through pathspec's ``GitIgnoreSpec``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from applint.readers.sources import GLOB_CHARACTERS, STDIN

if TYPE_CHECKING:  # pathspec is imported only when a folder is walked or a pattern is given
    from pathspec import GitIgnoreSpec

DOCUMENT_SUFFIXES = (".md", ".markdown", ".docx")
# Named like a document: a folder so named was meant as a file (reading it reports the problem).
NAMED_LIKE_DOCUMENTS = (".md", ".markdown", ".docx", ".txt", ".text")
# Folders that hold other people's files or generated ones (ruff's default excludes, with the
# JavaScript, Go and Java ones); folders starting with '.' are skipped too (.git, .venv, .tox…).
SKIPPED_FOLDERS = frozenset(
    {
        "node_modules",
        "bower_components",
        "vendor",
        "venv",
        "site-packages",
        "__pypackages__",
        "__pycache__",
        "build",
        "dist",
        "_build",
        "buck-out",
        "target",
    }
)


def is_pattern(path: str) -> bool:
    """True for a quoted glob the shell did not expand (``'docs/**/*.md'``) that names no file."""
    return path != STDIN and bool(GLOB_CHARACTERS & set(path)) and not os.path.lexists(path)


def _skipped_folder(parent: str, name: str) -> bool:
    return (
        name.startswith(".")
        or name in SKIPPED_FOLDERS
        or os.path.isfile(os.path.join(parent, name, "pyvenv.cfg"))  # a virtual environment of any name
    )


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read().splitlines()
    except OSError:
        return []


def _git_dir(root: str) -> str | None:
    """The git directory of the work tree at ``root`` (``.git``, or where a ``.git`` file points)."""
    dot_git = os.path.join(root, ".git")
    if os.path.isdir(dot_git):
        return dot_git
    lines = _read_lines(dot_git)  # a linked work tree or a submodule: "gitdir: PATH"
    if lines and lines[0].startswith("gitdir:"):
        target = os.path.join(root, lines[0].removeprefix("gitdir:").strip())
        common = _read_lines(os.path.join(target, "commondir"))
        return os.path.normpath(os.path.join(target, common[0].strip()) if common else target)
    return None


def repository_root(folder: str) -> str | None:
    """The nearest folder at or above ``folder`` holding ``.git``, or None outside a repository."""
    current = os.path.abspath(folder)
    while True:
        if os.path.lexists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


class GitIgnores:
    """The ignore files of the folders walked, read once each, and git's verdict on a path.

    A path is ignored when the last pattern matching it says so, a deeper ``.gitignore``
    overriding a shallower one and ``.gitignore`` files overriding ``.git/info/exclude``; a
    folder ignored hides everything below it (the walk never enters it).
    """

    def __init__(self) -> None:
        self._specs: dict[str, list[GitIgnoreSpec]] = {}
        self._roots: dict[str, str] = {}

    def _specs_of(self, folder: str, root: str) -> list[GitIgnoreSpec]:
        specs = self._specs.get(folder)
        if specs is None:
            files = [os.path.join(folder, ".gitignore")]
            git_dir = _git_dir(folder) if folder == root else None
            if git_dir is not None:
                files.insert(0, os.path.join(git_dir, "info", "exclude"))
            patterns = [lines for lines in map(_read_lines, files) if lines]
            specs = []
            if patterns:  # pathspec costs ~50 ms to import: only when there is something to match
                from pathspec import GitIgnoreSpec

                specs = [GitIgnoreSpec.from_lines(lines) for lines in patterns]
            self._specs[folder] = specs
        return specs

    def root_for(self, folder: str) -> str:
        """Where ignore files start to count for a walk of ``folder``."""
        folder = os.path.abspath(folder)
        root = self._roots.get(folder)
        if root is None:
            root = repository_root(folder) or folder
            self._roots[folder] = root
        return root

    def ignored(self, path: str, is_folder: bool, root: str) -> bool:
        """Whether git ignores ``path`` (below ``root``), judging by its parents' ignore files.

        Only the path itself is judged; the walk does not enter ignored folders, and a glob's
        matches are judged folder by folder with ``ignored_below``.
        """
        absolute = os.path.abspath(path)
        verdict: bool | None = None
        folder = os.path.dirname(absolute)
        chain = []
        while True:
            chain.append(folder)
            if folder == root or os.path.dirname(folder) == folder:
                break
            folder = os.path.dirname(folder)
        for folder in reversed(chain):
            specs = self._specs_of(folder, root)
            if not specs:
                continue
            # ``folder`` is an ancestor of ``absolute``: the rest of the path is relative to it.
            relative = absolute[len(folder.rstrip(os.sep)) + 1 :].replace(os.sep, "/") + (
                "/" if is_folder else ""
            )
            for spec in specs:
                include = spec.check_file(relative).include
                if include is not None:
                    verdict = include
        return bool(verdict)

    def ignored_below(self, path: str, root: str, is_folder: bool) -> bool:
        """Whether ``path`` or any folder between ``root`` and it is ignored or skipped."""
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, root)
        if absolute == root or relative.startswith(os.pardir):
            return False
        parts = relative.split(os.sep)
        current = root
        for part in parts[:-1]:
            if _skipped_folder(current, part):
                return True
            current = os.path.join(current, part)
            if self.ignored(current, True, root):
                return True
        if is_folder and _skipped_folder(os.path.dirname(absolute), parts[-1]):
            return True
        return self.ignored(absolute, is_folder, root)


class Excludes:
    """``--exclude`` patterns: git-ignore syntax, relative to the working directory."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self._spec: GitIgnoreSpec | None = None
        if patterns:
            from pathspec import GitIgnoreSpec

            self._spec = GitIgnoreSpec.from_lines(patterns)

    def excludes(self, path: str, is_folder: bool = False) -> bool:
        if self._spec is None or path == STDIN:
            return False
        relative = os.path.relpath(os.path.abspath(path))
        if relative.startswith(os.pardir):
            relative = os.path.normpath(path)
        relative = relative.replace(os.sep, "/") + ("/" if is_folder else "")
        return self._spec.match_file(relative)


def walk(folder: str, ignores: GitIgnores, excludes: Excludes) -> list[str]:
    """The documents below ``folder`` (sorted; links not followed), with what is ignored left out.

    A folder named that git ignores, or of a skipped kind, is walked all the same (naming it asks
    for it), honouring only the ignore files inside it.
    """
    root = ignores.root_for(folder)
    if ignores.ignored_below(folder, root, True):
        root = os.path.abspath(folder)
    found: list[str] = []
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(
            name
            for name in folders
            if not _skipped_folder(parent, name)
            and not ignores.ignored(os.path.join(parent, name), True, root)
            and not excludes.excludes(os.path.join(parent, name), True)
        )
        found.extend(
            os.path.normpath(os.path.join(parent, name))  # 'docs/a.md', not './docs/a.md'
            for name in files
            if name.lower().endswith(DOCUMENT_SUFFIXES)
            and not ignores.ignored(os.path.join(parent, name), False, root)
        )
    return sorted(found)


def _expand_pattern(pattern: str, ignores: GitIgnores, excludes: Excludes) -> list[str]:
    """The files a quoted glob matches (``**`` spans folders), folders among them walked; what the
    walk would skip is left out. A pattern that matches nothing is kept, to be reported unread."""
    import glob  # only a run given a pattern needs it

    found: list[str] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        root = ignores.root_for(os.path.dirname(os.path.abspath(match)))
        if os.path.isdir(match):
            if not ignores.ignored_below(match, root, True):
                found.extend(walk(match, ignores, excludes))
        elif not ignores.ignored_below(match, root, False):
            found.append(match)
    return found or [pattern]


def expand_paths(paths: Iterable[str], exclude: Sequence[str] = ()) -> Iterator[str]:
    """Files named, files matching quoted globs, and the .md/.markdown/.docx files below named
    folders; ``exclude`` (git-ignore patterns) removes any of them."""
    ignores = GitIgnores()
    excludes = Excludes(exclude)
    for path in paths:
        if is_pattern(path):
            chosen = _expand_pattern(path, ignores, excludes)
        elif path != STDIN and os.path.isdir(path) and not path.lower().endswith(NAMED_LIKE_DOCUMENTS):
            chosen = walk(path, ignores, excludes)
        else:
            chosen = [path]
        yield from (found for found in chosen if not excludes.excludes(found))
