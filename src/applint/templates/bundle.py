"""Template bundles: every shipped revision of one kind in one file, each distinct section and
criterion stored once.

The per-revision files in ``schemas/`` are the published, readable form of the templates; a run
reads ``schemas/<kind>.bundle.json`` instead. The revisions of a kind share most of their text
(the 12 graduation revisions hold 584 criteria, 65 of them distinct), so a bundle is a seventh of
their size and its records are built once and shared: loading a kind takes ~0.5 ms instead of
~3.5 ms, on every run. Bundles are generated from the per-revision files
(``python tools/build_schemas.py`` writes both; ``python -m applint.templates.bundle schemas``
rebuilds the bundles alone) and a test checks that each bundle gives exactly the revisions its
files give.

A run does not parse the bundles' JSON either: ``bundle_table.py``, generated beside this module
from the bundles (``bundle_table_text``; written with them), holds each bundle's data in
``marshal``'s form, which loads in a fraction of JSON's time and needs no ``json`` import (importing
``json`` and parsing an application's two bundles was ~10 M instructions of a check, the table
~2.5 M). A test holds the table equal to the bundles. The table also stores what the published
template texts give the rules (``published.py``), so a run reads none of them.
"""

from __future__ import annotations

import marshal
import sys
from typing import TYPE_CHECKING, Any

from applint.templates.records import Criterion, Template, TemplateSection, template_from_data

if TYPE_CHECKING:
    from pathlib import Path  # only the build-time functions take paths

BUNDLE_SUFFIX = ".bundle.json"
# marshal's data format the table is written in (readable by every Python 3 since 3.4).
MARSHAL_FORMAT = 4
# Application kinds, then the TOC's due-diligence kinds: one bundle each.
KINDS = ("graduation", "incubation", "dd-graduation", "dd-incubation")


def pack(revisions: list[Template]) -> dict[str, Any]:
    """The bundle data of some revisions (of one kind), oldest first as given."""
    criteria: dict[Criterion, int] = {}
    sections: dict[TemplateSection, int] = {}
    section_rows: list[dict[str, Any]] = []

    def section_ref(section: TemplateSection) -> int:
        if section not in sections:
            children = [section_ref(child) for child in section.sections]  # children first
            row = {
                "id": section.id,
                "title": section.title,
                "level": section.level,
                "role": section.role,
                "required": section.required,
                "aliases": list(section.aliases),
                "criteria": [criteria.setdefault(c, len(criteria)) for c in section.criteria],
                "sections": children,
                "parent_id": section.parent_id,
                "application_only": section.application_only,
                "optional": section.optional,
            }
            sections[section] = len(section_rows)
            section_rows.append(row)
        return sections[section]

    revision_rows = [
        {
            "id": template.id,
            "kind": template.kind,
            "label": template.label,
            "revision_date": template.revision_date,
            "commit": template.commit,
            "latest": template.latest,
            "placeholders": list(template.placeholders),
            "guidance": [list(item) for item in template.guidance],
            "boilerplate": list(template.boilerplate),
            "sections": [section_ref(section) for section in template.sections],
        }
        for template in revisions
    ]
    criterion_rows = [
        [
            c.id,
            c.text,
            c.required,
            c.section_id,
            list(c.sub_items),
            c.expects_link,
            c.choice,
            c.completed_by,
            c.needs_evidence,
            list(c.sub_item_boxes),
        ]
        for c in criteria
    ]
    return {"criteria": criterion_rows, "sections": section_rows, "revisions": revision_rows}


def unpack(data: dict[str, Any]) -> tuple[Template, ...]:
    """The revisions a bundle holds, sharing one record per distinct section and criterion."""
    criteria = [
        Criterion(
            row[0], row[1], row[2], row[3], tuple(row[4]), row[5], row[6], row[7], row[8], tuple(row[9])
        )
        for row in data["criteria"]
    ]
    sections: list[TemplateSection] = []
    for row in data["sections"]:  # every section comes after its children
        sections.append(
            TemplateSection(
                row["id"],
                row["title"],
                row["level"],
                row["role"],
                row["required"],
                tuple(row["aliases"]),
                tuple(criteria[ref] for ref in row["criteria"]),
                tuple(sections[ref] for ref in row["sections"]),
                row["parent_id"],
                row["application_only"],
                row["optional"],
            )
        )
    return tuple(
        Template(
            id=row["id"],
            kind=row["kind"],
            label=row["label"],
            revision_date=row["revision_date"],
            commit=row["commit"],
            latest=row["latest"],
            placeholders=tuple(row["placeholders"]),
            guidance=tuple((text, comment) for text, comment in row["guidance"]),
            boilerplate=tuple(row["boilerplate"]),
            sections=tuple(sections[ref] for ref in row["sections"]),
        )
        for row in data["revisions"]
    )


def revision_files(folder: Path, kind: str) -> list[Path]:
    """The per-revision schema files of a kind (``graduation-v1.6-….json``, ``dd-graduation-….json``;
    ``graduation-*`` never matches ``dd-graduation-*``, nor a bundle)."""
    return sorted(folder.glob(f"{kind}-*.json"))


def revisions_from_files(folder: Path, kind: str) -> list[Template]:
    """The revisions of a kind read from their own files, oldest first (what a bundle must equal)."""
    import json  # (build time only: a run reads the bundle table)

    templates = [
        template_from_data(json.loads(path.read_text(encoding="utf-8")))
        for path in revision_files(folder, kind)
    ]
    return sorted(templates, key=lambda t: (t.revision_date, t.id))


def write_bundles(folder: Path) -> list[Path]:
    """(Re)write the bundle of each kind from the per-revision files in ``folder``."""
    import json

    written = []
    for kind in KINDS:
        path = folder / f"{kind}{BUNDLE_SUFFIX}"
        data = pack(revisions_from_files(folder, kind))
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        written.append(path)
    return written


def bundle_table_text(folder: Path) -> str:
    """The text of ``bundle_table.py``: each kind's bundle in ``folder``, as ``marshal`` bytes of
    the data its JSON gives, and what the published template texts in ``folder/text`` give."""
    import json

    from applint.templates.published import published_sets_of, published_texts

    lines = [
        '"""Generated by ``python -m applint.templates.bundle``: do not edit. Each kind\'s template',
        "bundle (``schemas/<kind>.bundle.json``) as ``marshal`` bytes of the data its JSON gives, so a",
        'run loads it without parsing JSON (see ``bundle``); a test holds it equal to the bundles."""',
        "",
        f"MARSHAL_FORMAT = {MARSHAL_FORMAT}",
        "",
        "BUNDLES: dict[str, bytes] = {",
    ]
    for kind in KINDS:
        data = json.loads((folder / f"{kind}{BUNDLE_SUFFIX}").read_text(encoding="utf-8"))
        lines.append(f"    {kind!r}: {marshal.dumps(data, MARSHAL_FORMAT)!r},")
    lines.append("}")
    published = published_sets_of(published_texts(str(folder)))
    lines += [
        "",
        "# What the published template texts give (``published.published_sets_of``).",
        f"PUBLISHED = {marshal.dumps(published, MARSHAL_FORMAT)!r}",
    ]
    return "\n".join(lines) + "\n"


def bundle_table_path() -> Path:
    """Where ``bundle_table.py`` is: beside this module."""
    from pathlib import Path

    return Path(__file__).resolve().parent / "bundle_table.py"


def write_bundle_table(folder: Path) -> Path:
    """(Re)write ``bundle_table.py`` from the bundles in ``folder`` (the shipped schemas folder)."""
    path = bundle_table_path()
    path.write_text(bundle_table_text(folder), encoding="utf-8")
    return path


if __name__ == "__main__":
    from pathlib import Path

    schemas = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")
    for written_path in [*write_bundles(schemas), write_bundle_table(schemas)]:
        print(written_path)
