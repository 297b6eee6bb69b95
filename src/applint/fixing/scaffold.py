"""``applint init``: a new application, exactly the chosen revision's published text with the
project's name where the template says ``$PROJECT``; or a new companion document (GTR, governance
review, self-assessment): its template's document part, under its own title, with the project's
name (and the GTR's level) filled in."""

from __future__ import annotations

import os
import re

from applint.errors import ApplintError
from applint.fixing.layout import shipped_text
from applint.fixing.writer import write_atomic
from applint.templates.catalog import find_template, latest_of
from applint.templates.companions import CompanionTemplate, companion_text_path
from applint.templates.records import Template

PROJECT = re.compile(rb"\$PROJECT(?![A-Za-z0-9_])")


def choose(kind: str, spec: str | None) -> Template:
    """The revision to start from: ``spec`` (a revision id or label) or the latest of the kind."""
    template = find_template(spec) if spec else latest_of(kind)
    if template.kind != kind:
        raise ApplintError(f"{template.id} is for {template.kind} applications, not {kind}")
    return template


def scaffold(template: Template, project: str) -> bytes:
    """The template's text with ``$PROJECT`` filled in; every other byte as published."""
    name = _checked_name(project)
    return PROJECT.sub(name.encode("utf-8").replace(b"\\", b"\\\\"), shipped_text(template))


# The companion templates' places for the project's name, and the GTR's for its level.
_PROJECT_NAMES = (b"[Project Name]", b"$PROJECT", b"[project]")
_LEVEL = b"[Level]"


def scaffold_companion(template: CompanionTemplate, project: str, level: str | None = None) -> bytes:
    """The companion template's document part (the instructions above it left out) under its own
    title, with the project's name and, when given, the level filled in; every other byte as
    published."""
    name = _checked_name(project).encode("utf-8")
    with open(companion_text_path(template), "rb") as handle:
        lines = handle.read().splitlines(keepends=True)
    newline = b"\r\n" if lines and lines[0].endswith(b"\r\n") else b"\n"
    start = template.init_line - 1
    body = lines[start + 1 :] if template.init_replaces_line else [newline, *lines[start:]]
    data = b"# " + template.init_title.encode("utf-8") + newline + b"".join(body)
    for placeholder in _PROJECT_NAMES:
        data = data.replace(placeholder, name)
    return data.replace(_LEVEL, level.capitalize().encode("utf-8")) if level else data


def _checked_name(project: str) -> str:
    name = project.strip()
    if not name or any(ch in name for ch in "\r\n$"):
        raise ApplintError(f"project name {project!r} must be one line of text without '$'")
    return name


def write_new(path: str, data: bytes, force: bool) -> None:
    """Create the file; an existing one is replaced (atomically) only with ``force``."""
    if os.path.lexists(path):
        if not force:
            raise ApplintError(f"{path} already exists; pass --force to overwrite it")
        write_atomic(path, data)
        return
    try:
        with open(path, "xb") as handle:
            handle.write(data)
    except OSError as error:
        raise ApplintError(f"cannot write {path}: {error.strerror or error}") from None
