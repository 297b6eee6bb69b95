"""Configuration: one defaults table, a file layer, a command-line layer; unknown keys fail.

Found by walking up from the working directory to the repository root (the first folder with
``.git``): ``.applint.toml`` (keys at the top level) or ``pyproject.toml`` (``[tool.applint]``);
``--config PATH`` names the file instead. Validated with ``schemas/config.schema.json``.
Precedence: defaults < file < command line.
"""

from __future__ import annotations

import fnmatch
import json
import os
from pathlib import Path
from typing import Any, NamedTuple

from applint.errors import ConfigError
from applint.findings import Severity
from applint.templates import schemas_dir

DEFAULTS: dict[str, Any] = {"template": None, "fail-on": "error", "include": [], "exclude": [], "rules": {}}
CONFIG_FILES = (".applint.toml", "pyproject.toml")


class Config(NamedTuple):
    """The merged settings of one run (defaults are in DEFAULTS; ``root`` anchors the globs)."""

    template: str | None
    fail_on: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    rules: dict[str, dict[str, Any]]
    root: Path
    source: Path | None = None

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


def _relative(path: str, root: Path) -> str:
    # abspath, not resolve(): resolving follows links, and a link loop must reach the reader
    # (which reports it) instead of raising here.
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _glob_match(relative: str, pattern: str) -> bool:
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(os.path.basename(relative), pattern)


def find_config_file(start: Path) -> Path | None:
    """The nearest config file from ``start`` up to the repository root."""
    current = start.resolve()
    while True:
        for name in CONFIG_FILES:
            candidate = current / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        if (current / ".git").exists() or current.parent == current:
            return None
        current = current.parent


def _has_tool_table(path: Path) -> bool:
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    if b"applint" not in raw:
        return False  # most pyproject.toml files: no need to parse them
    try:
        return "applint" in _read_toml(path).get("tool", {})
    except ConfigError:
        return True  # report the broken file rather than skip it


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def read_config_file(path: Path) -> dict[str, Any]:
    """The applint table of a config file, validated; keys as written."""
    data = _read_toml(path)
    prefix = "tool.applint"
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("applint", {})
    else:
        table, prefix = data, ""
    validate(table, path, prefix)
    return dict(table)


def validate(table: dict[str, Any], path: Path | str, prefix: str = "") -> None:
    """Raise ConfigError naming the key path of the first problem (schema, then rule ids)."""
    import jsonschema

    schema = json.loads((schemas_dir() / "config.schema.json").read_text(encoding="utf-8"))
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
    from applint.rules import RULES_BY_ID

    for rule_id, rule_table in table.get("rules", {}).items():
        where = ".".join([p for p in [prefix, "rules", rule_id] if p])
        rule = RULES_BY_ID.get(rule_id)
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
    explicit: str | None = None, start: Path | None = None, overrides: dict[str, Any] | None = None
) -> Config:
    """Defaults, then the config file, then command-line overrides (None values are not given)."""
    merged: dict[str, Any] = dict(DEFAULTS)
    path = Path(explicit) if explicit else find_config_file(start or Path.cwd())
    if explicit and not Path(explicit).is_file():
        raise ConfigError(f"{explicit}: config file not found")
    if path is not None:
        from_file = read_config_file(path)
        template = from_file.get("template")
        if isinstance(template, str) and template.endswith(".json") and not Path(template).is_absolute():
            from_file["template"] = str(path.parent / template)  # relative to the config file
        merged.update(from_file)
    merged.update({key: value for key, value in (overrides or {}).items() if value is not None})
    root = path.parent if path is not None else (start or Path.cwd())
    return Config(
        template=merged["template"],
        fail_on=merged["fail-on"],
        include=tuple(merged["include"]),
        exclude=tuple(merged["exclude"]),
        rules={key: dict(value) for key, value in merged["rules"].items()},
        root=root,
        source=path,
    )
