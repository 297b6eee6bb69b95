"""Template catalogue: finding and loading the shipped schemas (or a user's file) as Template records."""

from __future__ import annotations

import functools
import marshal
import os
from typing import TYPE_CHECKING, Any

from applint.errors import TemplateError
from applint.templates.bundle import BUNDLE_SUFFIX, KINDS, unpack
from applint.templates.records import Template, template_from_data

if TYPE_CHECKING:
    from pathlib import Path


@functools.cache
def schemas_folder() -> str:
    """Where the shipped schemas are: inside the installed package, or the source tree's schemas/.

    (A path beside this module rather than importlib.resources, and os.path rather than pathlib:
    either import alone costs more than loading a template.)
    """
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    packaged = os.path.join(package, "schemas")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(package)), "schemas")


def schemas_dir() -> Path:
    """schemas_folder() as a Path, for tools and tests."""
    from pathlib import Path

    return Path(schemas_folder())


def read_shipped_json(name: str) -> Any:
    """One JSON file of the shipped schemas folder, parsed."""
    import json  # (not at import: a check reads its bundles from the bundle table)

    with open(os.path.join(schemas_folder(), name), "rb") as handle:
        return json.loads(handle.read())


def meta_schema() -> dict[str, Any]:
    """The JSON Schema every template file must satisfy."""
    data: dict[str, Any] = read_shipped_json("template.schema.json")
    return data


@functools.cache
def builtin_templates() -> tuple[Template, ...]:
    """Every shipped revision, oldest first within each kind: the applications', then the TOC's
    due-diligence templates (validated by the test suite, not here)."""
    return tuple(template for kind in KINDS for template in revisions_of(kind))


def application_templates() -> tuple[Template, ...]:
    """Every shipped revision of the two application templates (what `init`, `fix` and `upgrade` write)."""
    return revisions_of("graduation") + revisions_of("incubation")


@functools.cache
def revisions_of(kind: str) -> tuple[Template, ...]:
    """The shipped revisions of one kind, oldest first, read from the kind's bundle (a run that
    knows its kind loads only those)."""
    try:
        return unpack(shipped_bundle(kind))
    except FileNotFoundError:
        return ()


def shipped_bundle(kind: str) -> Any:
    """The data of a kind's shipped bundle: from the generated bundle table (``marshal`` bytes, no
    JSON parsed), or from ``schemas/<kind>.bundle.json`` when the table lacks the kind or this
    Python cannot read its format."""
    from applint.templates import bundle_table

    stored = bundle_table.BUNDLES.get(kind)
    if stored is not None:
        try:
            data = marshal.loads(stored)
        except (ValueError, EOFError, TypeError):
            data = None
        if isinstance(data, dict):
            return data
    return read_shipped_json(f"{kind}{BUNDLE_SUFFIX}")


def latest_of(kind: str, label: str | None = None) -> Template:
    """The newest shipped revision of a kind (and label, when given)."""
    candidates = [t for t in revisions_of(kind) if label is None or t.label == label]
    if not candidates:
        raise TemplateError(f"no shipped template for {kind} {label or ''}".strip())
    return candidates[-1]


def find_template(spec: str) -> Template:
    """A template by revision id, by ``kind-label`` (its latest revision), by kind, or by file path."""
    for template in builtin_templates():
        if template.id == spec:
            return template
    if spec in KINDS:  # "dd-graduation": the latest due-diligence template of that level
        return latest_of(spec)
    kind, _, label = spec.partition("-")
    if kind in ("graduation", "incubation") and (not label or label in {t.label for t in revisions_of(kind)}):
        return latest_of(kind, label or None)
    if spec.endswith(".json") or os.path.isfile(spec):
        return load_template_file(spec)
    known = ", ".join(sorted({f"{t.kind}-{t.label}" if t.label else t.kind for t in builtin_templates()}))
    raise TemplateError(
        f"unknown template '{spec}' (known: {known}, an exact revision id, or a path to a .json file)"
    )


@functools.lru_cache(maxsize=8)
def load_template_file(path: str) -> Template:
    """A user's own template JSON, validated against the meta-schema (once per run, not per file)."""
    import json

    import jsonschema

    try:
        with open(path, encoding="utf-8") as handle:
            data = json.loads(handle.read())
    except OSError as error:
        raise TemplateError(f"{path}: cannot read template file: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError(f"{path}: not a JSON file: {error}") from None
    validator = jsonschema.Draft202012Validator(meta_schema())
    problems = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if problems:
        first = problems[0]
        raise TemplateError(f"{path}: invalid template at {first.json_path}: {first.message}")
    return template_from_data(data)
