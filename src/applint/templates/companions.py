"""The companion documents' templates (General Technical Review, governance review, security
self-assessment) as typed records, loaded from ``schemas/companions/`` (written by
``tools/companion_schemas.py``).

A companion template is not a checklist like an application's: it is a tree of sections, each
holding the template's own text (``items``, each with the role it plays for the author: a
question to answer, a criterion to assess, a list to write, outline text to replace), and the
fields the author fills in with one value. How a document of the kind is recognised, and (GTR)
which days a level must answer, are data in the same file.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations.

import functools
import json
import os
from typing import Any, Final, NamedTuple

from applint.errors import TemplateError
from applint.templates.catalog import schemas_folder
from applint.templates.records import Field
from applint.text.normalize import normalize

FOLDER = "companions"
# What needs the author's words, by role: the rest may stay (boilerplate) or only groups (label).
ANSWERED_ROLES = frozenset({"question", "criterion", "intro"})


class Item(NamedTuple):
    """One block of the template's text in a section, and what the author does with it."""

    text: str
    role: str  # question | criterion | intro | guidance | boilerplate | label
    section_id: str
    within: str = ""  # a GTR sub-question: the text of the question (a label) it details


class CompanionSection(NamedTuple):
    """A heading of a companion template, with the template's text under it."""

    id: str
    title: str
    level: int
    parent_id: str | None
    instructions: bool  # the template's instructions to the author, above the document proper
    expects_content: bool  # a heading the template leaves empty for the author's text
    items: tuple[Item, ...]


class Recognition(NamedTuple):
    """How a document of the kind is known by its content: its title, or enough of its headings."""

    titles: tuple[str, ...]
    headings: tuple[str, ...]
    min_headings: int
    not_titles: tuple[str, ...] = ()  # titles of look-alike documents of another kind


class CompanionTemplate:
    """One published revision of a companion document's template."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: Final[str] = data["id"]
        self.kind: Final[str] = data["kind"]
        self.name: Final[str] = data["name"]
        self.short_name: Final[str] = data["short_name"]
        self.label: Final[str] = data["label"]
        self.revision_date: Final[str] = data["revision_date"]
        self.commit: Final[str] = data["commit"]
        self.source: Final[str] = data["source"]
        self.latest: Final[bool] = data.get("latest", False)
        recognition = data["recognition"]
        self.recognition: Final = Recognition(
            tuple(recognition["titles"]),
            tuple(recognition["headings"]),
            recognition["min_headings"],
            tuple(recognition["not_titles"]),
        )
        self.levels: Final[dict[str, tuple[str, ...]]] = {
            level: tuple(days) for level, days in data.get("levels", {}).items()
        }
        self.placeholders: Final[tuple[str, ...]] = tuple(data["placeholders"])
        init = data["init"]
        # What `applint init` writes: a title, then the shipped text from a line on.
        self.init_title: Final[str] = init["title"]
        self.init_line: Final[int] = init["line"]
        self.init_replaces_line: Final[bool] = init["replaces_line"]
        self.fields: Final = tuple(
            Field(field["label"], field["template_value"], field["section"]) for field in data["fields"]
        )
        self.sections: Final = tuple(
            CompanionSection(
                section["id"],
                section["title"],
                section["level"],
                section["parent"],
                section["instructions"],
                section["expects_content"],
                tuple(
                    Item(item["text"], item["role"], section["id"], item.get("within", ""))
                    for item in section["items"]
                ),
            )
            for section in data["sections"]
        )

    def __repr__(self) -> str:
        return f"CompanionTemplate({self.id!r})"

    @functools.cached_property
    def sections_by_id(self) -> dict[str, CompanionSection]:
        return {section.id: section for section in self.sections}

    @functools.cached_property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def group_of(self, section_id: str) -> CompanionSection:
        """The outermost section of the document proper that holds a section (a GTR's day, the
        self-assessment's outline). A level-1 heading above it is the document's title, unless the
        section's id names it: the self-assessment outline's heading, an H1 in its earlier
        revisions ("self-assessment-outline/metadata")."""
        section = self.sections_by_id[section_id]
        while section.parent_id is not None:
            parent = self.sections_by_id[section.parent_id]
            if parent.level <= 1 and not section.id.startswith(f"{parent.id}/"):
                break
            section = parent
        return section

    def sub_questions(self, label: Item) -> tuple[Item, ...]:
        """The questions that detail a question of the template ("Please outline the project's API
        Design:" → "Describe the project defaults", …), in template order."""
        return tuple(
            item for item in self.items if item.within == label.text and item.section_id == label.section_id
        )

    def questions_of(self, group_id: str) -> tuple[Item, ...]:
        """The questions of one group (a GTR day), in template order."""
        return tuple(
            item
            for item in self.items
            if item.role == "question" and self.group_of(item.section_id).id == group_id
        )


@functools.cache
def companion_templates() -> tuple[CompanionTemplate, ...]:
    """Every shipped companion template revision, by kind then date."""
    folder = os.path.join(schemas_folder(), FOLDER)
    try:
        names = sorted(name for name in os.listdir(folder) if name.endswith(".json"))
    except FileNotFoundError:
        return ()
    loaded = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            loaded.append(CompanionTemplate(json.loads(handle.read())))
    return tuple(sorted(loaded, key=lambda t: (t.kind, t.revision_date)))


def companion_kinds() -> tuple[str, ...]:
    """The companion document kinds applint knows."""
    return tuple(dict.fromkeys(template.kind for template in companion_templates()))


def companion_revisions(kind: str) -> tuple[CompanionTemplate, ...]:
    """The shipped revisions of one companion kind, oldest first."""
    return tuple(template for template in companion_templates() if template.kind == kind)


@functools.cache
def shared_sections(kind: str) -> frozenset[str]:
    """The ids of the sections every shipped revision of one companion kind has."""
    revisions = companion_revisions(kind)
    if not revisions:
        return frozenset()
    return frozenset.intersection(*(frozenset(s.id for s in revision.sections) for revision in revisions))


@functools.cache
def latest_additions(kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """The sections (ids) and fields (labels) of the newest revision of one companion kind that an
    earlier revision lacks, when its revisions differ in nothing else the author answers item by
    item (the self-assessment outline: no questions or criteria): a document with all of them is
    written from the newest. Empty for a kind whose revisions differ in their questions."""
    revisions = companion_revisions(kind)
    if len(revisions) < 2 or any(item.role in ANSWERED_ROLES for r in revisions for item in r.items):
        return frozenset(), frozenset()
    *earlier, latest = revisions
    sections = frozenset(
        section.id
        for section in latest.sections
        if not section.instructions and any(section.id not in r.sections_by_id for r in earlier)
    )
    fields = frozenset(
        field.label
        for field in latest.fields
        if any(field.label not in {f.label for f in r.fields} for r in earlier)
    )
    return sections, fields


@functools.cache
def companion_prose(kind: str) -> str:
    """Every revision's template text of one companion kind, normalised and joined with " | ", so
    that a rule can ask whether a sentence is the template's own (a substring of it)."""
    texts = {normalize(item.text) for template in companion_revisions(kind) for item in template.items}
    return " | ".join(sorted(texts))


def latest_companion(kind: str) -> CompanionTemplate:
    """The newest shipped revision of one companion kind."""
    return companion_revisions(kind)[-1]


def find_companion(kind: str, spec: str | None = None) -> CompanionTemplate:
    """A revision of a companion kind by its id, or the kind's latest."""
    if spec is None:
        return latest_companion(kind)
    for template in companion_templates():
        if template.id == spec and template.kind == kind:
            return template
    known = ", ".join(t.id for t in companion_templates() if t.kind == kind)
    raise TemplateError(f"unknown {kind} template '{spec}' (known: {known})")


def companion_text_path(template: CompanionTemplate) -> str:
    """The published text of a revision, as shipped (what ``applint init`` writes)."""
    return os.path.join(schemas_folder(), FOLDER, f"{template.id}.md")
