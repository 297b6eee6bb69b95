"""The git checkout a document sits in: its working tree, the GitHub repositories its remotes
name, and the refs whose files the working tree shows.

Read from the files under ``.git`` alone (``config``, ``HEAD``, ``refs/remotes/*/HEAD``): no git
program, no network. A worktree's or submodule's ``.git`` file (``gitdir: …``) is followed, and a
worktree's shared ``config`` found through its ``commondir``. No git, no remote, an unreadable or
odd ``.git``: less is known, nothing fails.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Final

from applint.text.addresses import web_host
from applint.text.github_items import GITHUB_HOST
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

_SECTION = LazyPattern(r'\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(?:[#;].*)?$')
_KEY = LazyPattern(r"\s*([A-Za-z][A-Za-z0-9-]*)\s*=\s*(.*?)\s*$")
# https://github.com/o/r(.git), ssh://git@github.com[:22]/o/r.git, git@github.com:o/r.git
_REMOTE = LazyPattern(
    r"(?:[a-z+]+://(?:[^@/]*@)?(?P<host>[^/:]+)(?P<port>:\d+)?/|(?:[^@/]+@)?(?P<scp>[^/:]+):/?)"
    r"(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+?)(?:\.git)?/?$",
    re.IGNORECASE,
)


class Checkout:
    """A working tree: its root folder, the GitHub ``owner/repo`` names its remotes give (lower
    case), and the refs a link may name for the working tree to stand for it."""

    __slots__ = ("default_branch", "head_branch", "repositories", "root")

    def __init__(
        self, root: str, repositories: frozenset[str], head_branch: str | None, default_branch: str | None
    ) -> None:
        self.root: Final = root
        self.repositories: Final = repositories
        self.head_branch: Final = head_branch
        self.default_branch: Final = default_branch

    def tip_refs(self) -> tuple[str, ...]:
        """The refs whose files the working tree shows: ``HEAD``, the branch checked out and the
        default branch (``main`` and ``master`` when the remote's default is not recorded, as in
        a CI checkout of a pull request). Tags, commits and other branches are pinned to a state
        the working tree need not show."""
        refs = ["HEAD"]
        for branch in (self.head_branch, self.default_branch):
            if branch and branch not in refs:
                refs.append(branch)
        if self.default_branch is None:
            refs.extend(name for name in ("main", "master") if name not in refs)
        return tuple(refs)


def find_checkout(path: str) -> Checkout | None:
    """The checkout holding the file at ``path``, or None (standard input, a name given to text
    in memory that is no file, no ``.git`` above it)."""
    if path == "-" or not path or not os.path.isfile(path):
        return None
    return _checkout_of(os.path.dirname(os.path.abspath(path)), github_hosts())


@functools.lru_cache(maxsize=64)
def _checkout_of(folder: str, hosts: frozenset[str]) -> Checkout | None:
    while True:
        dot_git = os.path.join(folder, ".git")
        if os.path.isdir(dot_git):
            return _read_checkout(folder, dot_git, hosts)
        if os.path.isfile(dot_git):
            git_dir = _linked_git_dir(dot_git)
            return _read_checkout(folder, git_dir, hosts) if git_dir else None
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _linked_git_dir(dot_git_file: str) -> str | None:
    """The git directory a worktree's or submodule's ``.git`` file points to."""
    text = _read(dot_git_file)
    if not text.startswith("gitdir:"):
        return None
    target = text[len("gitdir:") :].strip()
    return os.path.normpath(os.path.join(os.path.dirname(dot_git_file), target))


def _read_checkout(root: str, git_dir: str, hosts: frozenset[str]) -> Checkout:
    common = git_dir
    commondir = _read(os.path.join(git_dir, "commondir")).strip()
    if commondir:  # a linked worktree: config and remote refs live in the main repository's .git
        common = os.path.normpath(os.path.join(git_dir, commondir))
    remotes = remote_urls(_read(os.path.join(common, "config")))
    repositories = frozenset(filter(None, (github_repository(url, hosts) for url in remotes.values())))
    head = _read(os.path.join(git_dir, "HEAD")).strip()
    head_branch = head.removeprefix("ref: refs/heads/") if head.startswith("ref: refs/heads/") else None
    default_branch = None
    for name in sorted(remotes, key=lambda name: name != "origin"):  # origin first
        target = _read(os.path.join(common, "refs", "remotes", name, "HEAD")).strip()
        prefix = f"ref: refs/remotes/{name}/"
        if target.startswith(prefix):
            default_branch = target[len(prefix) :]
            break
    return Checkout(root, repositories, head_branch, default_branch)


def remote_urls(config: str) -> dict[str, str]:
    """Each remote's name and URL in the text of a git ``config`` file."""
    urls: dict[str, str] = {}
    remote: str | None = None
    for line in config.splitlines():
        section = _SECTION.match(line)
        if section:
            remote = section.group(2) if section.group(1).lower() == "remote" and section.group(2) else None
            continue
        key = _KEY.match(line)
        if remote is not None and key and key.group(1).lower() == "url":
            urls.setdefault(remote, _config_value(key.group(2)))
    return urls


def _config_value(raw: str) -> str:
    """A git config value: quotes removed, a trailing ``#``/``;`` comment outside quotes dropped."""
    out, quoted = [], False
    for char in raw:
        if char == '"':
            quoted = not quoted
            continue
        if char in "#;" and not quoted:
            break
        out.append(char)
    return "".join(out).strip()


def github_repository(url: str, hosts: frozenset[str]) -> str | None:
    """``owner/repo`` (lower case) of a remote URL on one of the GitHub ``hosts``, or None."""
    match = _REMOTE.match(url.strip())
    if not match:
        return None
    host = web_host(match.group("host") or match.group("scp") or "")
    if host not in hosts and f"{host}{match.group('port') or ''}" not in hosts:
        return None
    return f"{match.group('owner')}/{match.group('repo')}".lower()


def github_hosts() -> frozenset[str]:
    """github.com, and the host (with its port, if any) of ``GITHUB_SERVER_URL`` when it names
    another (GitHub Enterprise)."""
    server = os.environ.get("GITHUB_SERVER_URL", "")
    host = web_host(cached_pattern(r"^[a-z]+://").sub("", server.strip().lower()).split("/", 1)[0])
    return frozenset(filter(None, (GITHUB_HOST, host)))


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read(1_000_000)  # a git config is a few KB; never read a huge odd file whole
    except OSError:
        return ""
