"""``applint init``: a new application, exactly the chosen revision's published text with the
project's name where the template says ``$PROJECT``."""

from __future__ import annotations

import os
import re

from applint.errors import ApplintError
from applint.fixing.layout import shipped_text
from applint.fixing.writer import write_atomic
from applint.templates.catalog import find_template, latest_of
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
    name = project.strip()
    if not name or any(ch in name for ch in "\r\n$"):
        raise ApplintError(f"project name {project!r} must be one line of text without '$'")
    return PROJECT.sub(name.encode("utf-8").replace(b"\\", b"\\\\"), shipped_text(template))


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
