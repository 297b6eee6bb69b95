"""Configuration: one defaults table, a file layer, a command-line layer; unknown keys fail.

Each file's configuration is found by walking up from that file's own folder to its repository
root (the first folder with ``.git``): ``.applint.toml`` (keys at the top level) or
``pyproject.toml`` (``[tool.applint]``), so a file keeps its repository's settings wherever
applint is run from (standard input: from the working directory). ``--config PATH`` names one
file for every input instead, ``--no-config`` reads none. Validated with
``schemas/config.schema.json``. Precedence: defaults < file < command line.
"""

from __future__ import annotations

import os
import re
from typing import Any, Final

from applint.errors import ConfigError
from applint.findings import Severity
from applint.templates.catalog import read_shipped_json

DEFAULTS: dict[str, Any] = {"template": None, "fail-on": "error", "include": [], "exclude": [], "rules": {}}
CONFIG_FILES = (".applint.toml", "pyproject.toml")
# Where a pyproject.toml may hold a [tool.applint] table, in any of TOML's spellings: a header
# [tool.applint…] or [tool], a dotted key tool.applint… or an inline table tool = {…}. Files
# that match none are not parsed (most pyproject.toml files, including ones that merely list
# applint as a dependency).
_TOOL_TABLE = rb"""(?m)^[ \t]*(?:\[[ \t]*["']?tool["']?[ \t]*(?:\]|\.[ \t]*["']?applint\b)|["']?tool["']?[ \t]*(?:=|\.[ \t]*["']?applint\b))"""


class Config:
    """The merged settings of one run (defaults are in DEFAULTS; ``root`` anchors the globs)."""

    __slots__ = ("exclude", "fail_on", "include", "root", "rules", "source", "template")

    def __init__(
        self,
        template: str | None,
        fail_on: str,
        include: tuple[str, ...],
        exclude: tuple[str, ...],
        rules: dict[str, dict[str, Any]],
        root: str,
        source: str | None = None,
    ) -> None:
        self.template: Final = template
        self.fail_on: Final = fail_on
        self.include: Final = include
        self.exclude: Final = exclude
        self.rules: Final = rules
        self.root: Final = root
        self.source: Final = source

    def severities(self) -> dict[str, Severity]:
        return {
            rule: Severity.parse(table["severity"])
            for rule, table in self.rules.items()
            if "severity" in table
        }

    def disabled(self) -> frozenset[str]:
        return frozenset(rule for rule, table in self.rules.items() if table.get("enabled") is False)

    def rule_options(self) -> dict[str, dict[str, Any]]:
        return {rule: dict(table.get("options", {})) for rule, table in self.rules.items()}

    def selects(self, path: str) -> bool:
        """True when ``path`` passes the include and exclude globs (standard input always does)."""
        if path == "-":
            return True
        relative = _relative(path, self.root)
        if self.include and not any(_glob_match(relative, pattern) for pattern in self.include):
            return False
        return not any(_glob_match(relative, pattern) for pattern in self.exclude)


def _relative(path: str, root: str) -> str:
    # abspath, not realpath: resolving follows links, and a link loop must reach the reader
    # (which reports it) instead of raising here.
    absolute, base = os.path.abspath(path), os.path.abspath(root)
    if absolute == base or absolute.startswith(base.rstrip(os.sep) + os.sep):
        return os.path.relpath(absolute, base).replace(os.sep, "/")
    return os.path.normpath(path).replace(os.sep, "/")


def _glob_match(relative: str, pattern: str) -> bool:
    import fnmatch  # a configuration's per-file patterns only

    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(os.path.basename(relative), pattern)


def find_config_file(start: str) -> str | None:
    """The nearest config file from ``start`` up to the repository root."""
    current = os.path.realpath(start)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(current, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        parent = os.path.dirname(current)
        if os.path.exists(os.path.join(current, ".git")) or parent == current:
            return None
        current = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return False
    if b"applint" not in raw or not re.search(_TOOL_TABLE, raw):
        return False  # most pyproject.toml files: no need to parse them
    try:
        return "applint" in _read_toml(path).get("tool", {})
    except ConfigError:
        return True  # report the broken file rather than skip it


def _read_toml(path: str) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def read_config_file(path: str) -> dict[str, Any]:
    """The applint table of a config file, validated; keys as written."""
    data = _read_toml(path)
    prefix = "tool.applint"
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("applint", {})
    else:
        table, prefix = data, ""
    validate(table, path, prefix)
    return dict(table)


def validate(table: dict[str, Any], path: str, prefix: str = "") -> None:
    """Raise ConfigError naming the key path of the first problem (schema, then rule ids)."""
    import jsonschema

    schema = read_shipped_json("config.schema.json")
    problems = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(table), key=lambda e: list(e.absolute_path)
    )
    if problems:
        problem = problems[0]
        keys = [str(part) for part in problem.absolute_path]
        if problem.validator == "additionalProperties":
            extra = sorted(set(problem.instance) - set(problem.schema.get("properties", {})))
            keys.append(extra[0] if extra else "?")
            message = "unknown key"
        else:
            message = problem.message
        where = ".".join([p for p in [prefix, *keys] if p]) or "(top level)"
        raise ConfigError(f"{path}: {where}: {message}")
    from applint.rules import rule as find_rule

    for rule_id, rule_table in table.get("rules", {}).items():
        where = ".".join([p for p in [prefix, "rules", rule_id] if p])
        rule = find_rule(rule_id)
        if rule is None:
            raise ConfigError(f"{path}: {where}: unknown rule (see 'applint rules')")
        for name, value in rule_table.get("options", {}).items():
            if name not in rule.options:
                known = ", ".join(sorted(rule.options)) or "none"
                raise ConfigError(
                    f"{path}: {where}.options.{name}: unknown option (this rule's options: {known})"
                )
            default = rule.options[name]
            if type(value) is not type(default):
                raise ConfigError(
                    f"{path}: {where}.options.{name}: expected {type(default).__name__}, got {value!r}"
                )


def load_config(
    explicit: str | None = None,
    start: str | os.PathLike[str] | None = None,
    overrides: dict[str, Any] | None = None,
    search: bool = True,
) -> Config:
    """Defaults, then the config file (``explicit``, or found from ``start`` up unless ``search``
    is false), then command-line overrides (None values are not given)."""
    merged: dict[str, Any] = dict(DEFAULTS)
    start_folder = os.fspath(start) if start is not None else os.getcwd()
    path = explicit if explicit or not search else find_config_file(start_folder)
    if explicit and not os.path.isfile(explicit):
        raise ConfigError(f"{explicit}: config file not found")
    if path is not None:
        from_file = read_config_file(path)
        template = from_file.get("template")
        if isinstance(template, str) and template.endswith(".json") and not os.path.isabs(template):
            # relative to the config file
            from_file["template"] = os.path.join(os.path.dirname(path), template)
        merged.update(from_file)
    merged.update({key: value for key, value in (overrides or {}).items() if value is not None})
    root = os.path.dirname(os.path.abspath(path)) if path is not None else start_folder
    return Config(
        template=merged["template"],
        fail_on=merged["fail-on"],
        include=tuple(merged["include"]),
        exclude=tuple(merged["exclude"]),
        rules={key: dict(value) for key, value in merged["rules"].items()},
        root=root,
        source=path,
    )


class ConfigFinder:
    """The configuration of each input: the file nearest to it (each folder looked up once, each
    config file read once), or the one ``explicit`` file, or none with ``no_config``."""

    def __init__(
        self, explicit: str | None = None, no_config: bool = False, overrides: dict[str, Any] | None = None
    ) -> None:
        if explicit and no_config:
            raise ConfigError("--config and --no-config cannot be given together")
        self._overrides = overrides
        self._no_config = no_config
        self._fixed = load_config(explicit, overrides=overrides) if explicit else None
        self._by_folder: dict[str, str | None] = {}
        self._by_file: dict[str | None, Config] = {}

    def config_for(self, path: str) -> Config:
        if self._fixed is not None:
            return self._fixed
        folder = os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path))
        if self._no_config:
            source = None
        elif folder in self._by_folder:
            source = self._by_folder[folder]
        else:
            source = self._by_folder[folder] = find_config_file(folder)
        config = self._by_file.get(source)
        if config is None:
            config = load_config(source, start=folder, overrides=self._overrides, search=False)
            self._by_file[source] = config
        return config
