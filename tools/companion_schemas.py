"""Write schemas/companions/*.json from the published companion templates (a maintainer's tool).

Usage: python tools/companion_schemas.py [COMPANION_TEMPLATES_DIR] [SCHEMAS_DIR] [TOC_REPOSITORY]
(``tools/build_schemas.py`` calls it too, with ``companion-templates`` beside the templates folder.)

Earlier revisions (``HISTORY``) are read from a git repository of cncf/toc (default
``../.mirror/cncf+toc/repo``; without it the tool stops rather than drop them): the GTR
questions before the Compliance section and the security-principles rewording, and the
governance review template before it was rewritten in July 2025. The security self-assessment
outline's earlier revisions (``TAG_SECURITY_HISTORY``) are read the same way from a git
repository of cncf/tag-security (default ``../.mirror/cncf+tag-security/repo``, the tool's fourth
argument): the outline before Actors and Actions (2021), before the training course pointer
(2023-01), before the metadata table's Assessment Stage row (2023-09) and before the sections
moved a level down and "CII" became "OpenSSF" (2024-01).

The documents an application links (the General Technical Review, the governance review, the
security self-assessment) are written from templates of their own. Each published text in
COMPANION_TEMPLATES_DIR (default ``../shared/reference/companion-templates``) named
``{kind-name}[-v{label}]-{date}-{commit}.md`` is read with applint's own Markdown reader and
becomes one schema: its sections (headings, flat, with their parent), and in each section the
template's own blocks (``items``) with the role each plays for the author:

- ``question``: a GTR question the author answers below it;
- ``criterion``: a governance criterion the reviewer assesses below it;
- ``intro``: a lead-in whose list the author writes (``The following issues … :``);
- ``guidance``: outline text the author replaces with the project's own;
- ``boilerplate``: text that may stay as it is;
- ``label``: a line that only groups the items below it (``Security Hygiene``, a level line).

Fields (``**Project:**``, ``**Status:** A | B``, a metadata table's rows) are the places the
author fills in with one value. What the text cannot say (which kind a file is, how a document
of the kind is recognised, which GTR days a level requires) is the table ``KINDS`` below.
Each file's text is copied byte for byte beside its schema (``applint init`` writes its document
part: the text from the line the author's document starts at, under a title of its own).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from applint.model import Block, BlockKind
from applint.readers.markdown import read_markdown
from applint.text.normalize import normalize

FILE_NAME = re.compile(
    r"^(?P<name>[a-z-]+?)(?:-(?P<label>v\d+\.\d+))?-(?P<date>\d{4}-\d{2}-\d{2})-(?P<commit>[0-9a-f]{8})\.md$"
)
FOLDER = "companions"
HISTORY_REPOSITORY = "../.mirror/cncf+toc/repo"  # a cncf/toc clone, for the earlier revisions
TAG_SECURITY_REPOSITORY = "../.mirror/cncf+tag-security/repo"  # a cncf/tag-security clone, likewise
LEVEL_LINE = re.compile(r"^\W*Incubating\W", re.IGNORECASE)
FIELD = re.compile(r"^(?P<label>[A-Z][\w ()/-]{0,40}?):\s*(?P<value>.*)$")

# What each template file is. ``title`` is the heading the author's document starts at (the
# text above it is the template's instructions to the author).
KINDS: dict[str, dict[str, Any]] = {
    "general-technical-review": {
        "kind": "general-technical-review",
        "name": "General Technical Review",
        "short_name": "GTR",
        "id": "gtr",
        "source": "cncf/toc · toc_subprojects/project-reviews-subproject/general-technical-questions.md",
        "title": "General Technical Review - [Project Name] / [Level]",
        "init_title": "General Technical Review - [Project Name] / [Level]",
        "placeholders": ["[Project Name]", "[Level]", "YYYY-MM-DD"],
        "recognition": {
            "titles": ["general technical review", "gtr"],
            "headings": [
                "Day 0 - Planning Phase",
                "Day 1 - Installation and Deployment Phase",
                "Day 2 - Day-to-Day Operations Phase",
                "Project Enablement and Rollback",
                "Rollout, Upgrade and Rollback Planning",
                "Observability Requirements",
                "Scalability/Reliability",
            ],
        },
        # The questions are cumulative: a level answers its day and every day before it.
        "levels": {
            "sandbox": ["day-0-planning-phase"],
            "incubation": ["day-0-planning-phase", "day-1-installation-and-deployment-phase"],
            "graduation": [
                "day-0-planning-phase",
                "day-1-installation-and-deployment-phase",
                "day-2-day-to-day-operations-phase",
            ],
        },
    },
    "governance-review": {
        "kind": "governance-review",
        "name": "governance review",
        "short_name": "governance review",
        "id": "governance-review",
        "source": "cncf/toc · toc_subprojects/project-reviews-subproject/governance-review-template.md",
        "title": "Governance Review Template",
        "init_title": "$PROJECT Governance Review",
        # The Must-Fix lead-in's bracketed phrase stands for the milestone ("Graduation").
        "placeholders": ["$PROJECT", "$LINK", "[project milestone or other requirement]"],
        "recognition": {
            "titles": ["governance review", "governance report", "governance assessment"],
            "headings": [
                "Summary and Assessment",
                "Executing the Assessment",
                "Must-Fix Items",
                "Points of Excellence",
                "Areas for Improvement",
                "Governance Evolution",
                "Maintainers and Maintainer Lifecycle",
            ],
        },
    },
    "security-self-assessment": {
        "kind": "security-self-assessment",
        "name": "security self-assessment",
        "short_name": "self-assessment",
        "id": "security-self-assessment",
        "source": "cncf/tag-security · community/assessments/guide/self-assessment.md",
        "title": "Self-assessment outline",
        # Section ids keep the outline heading ("self-assessment-outline/metadata") in every
        # revision, an H1 before 2024-06 and an H2 since, so that revisions name a section alike.
        "ids_under_title": True,
        "init_title": "[project] Self-assessment",
        # The Security links table's example rows point at addresses that stand for the project's own.
        "placeholders": ["[project]", "https://my.security.file", "https://example.org/config"],
        "recognition": {
            "titles": ["self assessment", "selfassessment"],
            # TAG Security's joint assessments share the outline's headings; they are not this kind.
            "not_titles": ["joint review", "joint assessment"],
            "headings": [
                "Security functions and features",
                "Secure development practices",
                "Security issue resolution",
                "Self-assessment use",
                "Project compliance",
                "Security links",
                "Non-goals",
            ],
        },
    },
}
# A companion document is recognised by this many of its kind's headings (or by its title).
MIN_HEADINGS = 3
# Earlier published texts, from cncf/toc's history: (file name as in COMPANION_TEMPLATES_DIR, path
# in the repository at that commit, placeholders the text adds).
HISTORY = (
    (
        "general-technical-review-v1.0-2024-09-27-bd24d8cf.md",
        "tags/resources/toc-supporting-guides/general-technical-questions.md",
        (),
    ),
    (
        "general-technical-review-v1.0-2025-09-30-b839c13d.md",
        "toc_subprojects/project-reviews-subproject/general-technical-questions.md",
        (),
    ),
    (
        "governance-review-2025-04-28-b077b8b8.md",
        "toc_subprojects/project-reviews-subproject/governance-review-template.md",
        ("______",),
    ),
)
# Earlier texts of the self-assessment outline, from cncf/tag-security's history (each text that
# changed the outline's words, not only its wrapping): (file name, path at that commit,
# placeholders the text adds). The CII program page the Appendix links is no placeholder: finished
# self-assessments keep it as their "### [CII Best Practices](…)" heading above their badge.
TAG_SECURITY_HISTORY = (
    ("security-self-assessment-2021-06-14-f3ce92be.md", "assessments/guide/self-assessment.md", ()),
    ("security-self-assessment-2023-01-05-979a244a.md", "assessments/guide/self-assessment.md", ()),
    ("security-self-assessment-2023-09-25-f8886542.md", "assessments/guide/self-assessment.md", ()),
    ("security-self-assessment-2024-01-08-12b6fa89.md", "assessments/guide/self-assessment.md", ()),
)


def slug(text: str) -> str:
    return "-".join(normalize(text).split()[:8]) or "section"


def build(path: Path, extra_placeholders: tuple[str, ...] = ()) -> dict[str, Any]:
    """The schema of one published companion template text."""
    match = FILE_NAME.match(path.name)
    if match is None or match["name"] not in KINDS:
        raise SystemExit(f"{path.name}: not a known companion template file name")
    spec = KINDS[match["name"]]
    document = read_markdown(path.read_text(encoding="utf-8-sig"), str(path))
    sections: list[dict[str, Any]] = []
    fields: list[dict[str, Any]] = []
    parents: list[dict[str, Any]] = []  # the open sections, outermost first
    in_body = False
    blocks = document.blocks
    start = next(b for b in blocks if b.kind is BlockKind.HEADING and b.text == spec["title"])
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            in_body = in_body or block.text == spec["title"]
            while parents and parents[-1]["level"] >= block.level:
                parents.pop()
            parent = parents[-1] if parents else None
            # Ids leave the document's title out: "day-0-planning-phase/security".
            inside = parent is not None and (
                parent["level"] > 1
                or (spec.get("ids_under_title", False) and parent["title"] == spec["title"])
            )
            section_id = f"{parent['id']}/{slug(block.text)}" if parent and inside else slug(block.text)
            section = {
                "id": section_id,
                "title": block.text,
                "level": block.level,
                "parent": parent["id"] if parent else None,
                "instructions": not in_body,
                "items": [],
            }
            sections.append(section)
            parents.append(section)
            continue
        if not sections or block.kind in (BlockKind.COMMENT, BlockKind.BREAK, BlockKind.CODE):
            continue
        if block.kind is not BlockKind.TABLE and not block.text.strip():
            continue  # the empty "1. " and "*" a list to write starts with
        section = sections[-1]
        if section["instructions"]:
            if len(block.text.split()) < 3:  # the "v1.0" under the instructions' title
                continue
            section["items"].append({"text": _plain(block), "role": "guidance"})
            continue
        # What follows, past the template's comments ("<!--Note that each question describes …-->"
        # between a question and its sub-questions).
        following = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.COMMENT), None)
        for item, field in _items(spec["kind"], block, (following,) if following else (), section):
            if item:
                section["items"].append(item)
            if field:
                fields.append({**field, "section": section["id"]})
    parent_ids = {section["parent"] for section in sections} | {field["section"] for field in fields}
    for section in sections:  # a heading the template leaves empty asks for the author's text
        section["expects_content"] = not (
            section["instructions"] or section["items"] or section["id"] in parent_ids
        )
    return {
        "id": f"{spec['id']}-{match['label'] + '-' if match['label'] else ''}{match['date']}",
        "kind": spec["kind"],
        "name": spec["name"],
        "short_name": spec["short_name"],
        "label": match["label"] or "",
        "revision_date": match["date"],
        "commit": match["commit"],
        "source": spec["source"],
        "latest": False,
        "recognition": {"not_titles": [], **spec["recognition"], "min_headings": MIN_HEADINGS},
        "levels": spec.get("levels", {}),
        "placeholders": [*spec["placeholders"], *extra_placeholders],
        # What `applint init` writes: this title in place of the line the document starts at (the
        # template's own title, or the self-assessment's "## Self-assessment outline", a heading of
        # the template's scaffolding over its outline), then the text below it.
        "init": {"title": spec["init_title"], "line": start.line, "replaces_line": True},
        "fields": fields,
        "sections": sections,
    }


def _plain(block: Block) -> str:
    return block.text.replace("\n", " ")


def _items(
    kind: str, block: Block, following: tuple[Block, ...], section: dict[str, Any]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """(item, field) pairs a template block gives."""
    text = _plain(block)
    if block.kind is BlockKind.TABLE and kind != "security-self-assessment":
        return [
            ({"text": row, "role": "boilerplate"}, None) for row in block.text.split("\n") if row.strip(" |")
        ]
    if block.kind is BlockKind.TABLE:
        rows = block.text.split("\n")
        # A metadata table ("| Assessment Stage | Incomplete, Complete, or Obsolete. … |"): each row a
        # field; an example table under guidance: its rows are guidance.
        if (
            section["items"]
            and section["items"][-1]["role"] == "guidance"
            and "example" in section["items"][-1]["text"]
        ):
            header = [({"text": rows[0], "role": "label"}, None)] if len(rows[0].split()) > 1 else []
            return header + [({"text": row, "role": "guidance"}, None) for row in rows[1:]]
        found: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
        for row in rows:
            label, _, value = row.partition(" | ")
            if label.strip() and value.strip():
                found.append((None, {"label": label.strip(), "template_value": value.strip()}))
        return found
    strong = block.strong.rstrip(":").strip()
    field = FIELD.match(text)
    bold_label = bool(block.strong) and block.strong.endswith(":") and len(block.strong) < 40
    plain_choice = (  # the older "Status: Exemplary|Satisfactory|…", with no bold
        block.kind is BlockKind.PARAGRAPH and not block.strong and field is not None and "|" in field["value"]
    )
    if field and (bold_label or (plain_choice and len(field["label"].split()) <= 3)):
        # "**Project:**", "**Status:** Exemplary | Satisfactory | …", "Status: A|B|C": a value to fill in.
        return [(None, {"label": field["label"], "template_value": field["value"].strip()})]
    if kind == "governance-review" and block.strong and LEVEL_LINE.search(text[len(strong) :].strip(" .")):
        level_line = text[len(strong) :].strip(" .")
        return [
            ({"text": strong.rstrip("."), "role": "criterion"}, None),
            ({"text": level_line, "role": "label"}, None),
        ]
    if (
        text.endswith(":")
        and block.kind is BlockKind.PARAGRAPH
        and (block.strong or kind == "governance-review")
    ):
        return [({"text": text, "role": "intro"}, None)]
    if kind == "governance-review" and block.kind is BlockKind.LIST_ITEM:
        # The older template lists an area's criteria as bullets ("* Clear and discoverable …").
        return [({"text": text.rstrip("."), "role": "criterion"}, None)]
    if kind == "general-technical-review" and block.kind is BlockKind.LIST_ITEM:
        deeper = (
            bool(following) and following[0].kind is BlockKind.LIST_ITEM and following[0].level > block.level
        )
        item: dict[str, Any] = {"text": text, "role": "label" if deeper else "question"}
        # A sub-question: the question it details ("Please outline the project's API Design:").
        group = next((i for i in reversed(section["items"]) if i["role"] == "label"), None)
        if block.level > 0 and not deeper and group is not None:
            item["within"] = group["text"]
        return [(item, None)]
    if kind == "security-self-assessment" and section["title"] in (
        "Self-assessment use",
        "Table of contents",
    ):
        return [({"text": text, "role": "boilerplate"}, None)]
    role = "guidance" if kind == "security-self-assessment" else "boilerplate"
    return [({"text": text, "role": role}, None)]


def main(argv: list[str]) -> int:
    source = Path(argv[1] if len(argv) > 1 else "../shared/reference/companion-templates")
    target = Path(argv[2] if len(argv) > 2 else "schemas") / FOLDER
    history = Path(argv[3] if len(argv) > 3 else HISTORY_REPOSITORY)
    tag_security = Path(argv[4] if len(argv) > 4 else TAG_SECURITY_REPOSITORY)
    write_companions(source, target, history, tag_security)
    return 0


def write_companions(
    source: Path, target: Path, history: Path, tag_security: Path = Path(TAG_SECURITY_REPOSITORY)
) -> None:
    """Write every companion schema, and its text, into ``target``: the published texts in
    ``source``, the earlier ones of ``HISTORY`` read from the cncf/toc repository ``history`` and
    those of ``TAG_SECURITY_HISTORY`` from the cncf/tag-security repository ``tag_security``
    (without either nothing is written: the earlier revisions would be lost)."""
    import subprocess
    import tempfile

    for repository, name in ((history, "cncf/toc"), (tag_security, "cncf/tag-security")):
        if not repository.exists():
            raise SystemExit(f"{repository}: no {name} repository to read the earlier revisions from")
    target.mkdir(parents=True, exist_ok=True)
    for old in [*target.glob("*.json"), *target.glob("*.md")]:
        old.unlink()
    texts = [
        (path, ())
        for path in sorted(source.glob("*.md"))
        if FILE_NAME.match(path.name) and not path.name.endswith("-guide.md")
    ]
    with tempfile.TemporaryDirectory() as folder:
        earlier = [(history, entry) for entry in HISTORY]
        earlier += [(tag_security, entry) for entry in TAG_SECURITY_HISTORY]
        for repository, (name, inside, placeholders) in earlier:
            commit = FILE_NAME.match(name)["commit"]  # type: ignore[index]
            data = subprocess.run(
                ["git", "-C", str(repository), "show", f"{commit}:{inside}"], check=True, capture_output=True
            ).stdout
            (Path(folder) / name).write_bytes(data)
            texts.append((Path(folder) / name, placeholders))
        schemas = [(build(path, extra), path) for path, extra in texts]
        newest: dict[str, dict[str, Any]] = {}
        for schema, _ in sorted(schemas, key=lambda pair: pair[0]["revision_date"]):
            newest[schema["kind"]] = schema
        for schema, path in schemas:
            schema["latest"] = schema is newest[schema["kind"]]
            out = target / f"{schema['id']}.json"
            out.write_text(json.dumps(schema, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            (target / f"{schema['id']}.md").write_bytes(path.read_bytes())
            items = sum(len(s["items"]) for s in schema["sections"])
            print(out, len(schema["sections"]), "sections,", items, "items,", len(schema["fields"]), "fields")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
