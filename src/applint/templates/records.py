"""Template revisions as typed records: criteria, sections, a whole revision, built from schema data."""

# No `from __future__ import annotations` in this module: typing.NamedTuple compiles every string
# annotation when the class is made, ~0.15 ms a record on every run.

import functools
import re
from collections.abc import Iterator
from typing import Any, Final, NamedTuple

from applint.model import Record
from applint.text.precompiled import cached_pattern


class Field(NamedTuple):
    """A value the author fills in: a companion document's ``**Project:**``, Status line or
    metadata table row; an application's project facts ("Project Repo(s): $URL")."""

    label: str
    template_value: str
    section_id: str


# A field of the facts an application's template opens with, as its text writes them run together:
# "Project Repo(s): $URL Project Site: $URL Sub-Projects: $LIST Communication: $SLACK".
_FACT = r"(?P<label>[A-Z][\w() -]*?):\s*(?P<value>\$[A-Z]+(?:,\s*\$[A-Z]+)*)"


class Criterion(Record):
    """One checklist criterion of a template revision."""

    __slots__ = (
        "choice",
        "completed_by",
        "expects_link",
        "id",
        "needs_evidence",
        "required",
        "section_id",
        "sub_item_boxes",
        "sub_items",
        "text",
    )

    def __init__(
        self,
        id: str,
        text: str,
        required: bool,
        section_id: str,
        sub_items: tuple[str, ...] = (),
        expects_link: bool = False,
        choice: str | None = None,
        completed_by: str = "applicant",
        needs_evidence: bool = True,
        sub_item_boxes: tuple[bool, ...] = (),
    ) -> None:
        self.id: Final = id
        self.text: Final = text
        self.required: Final = required
        self.section_id: Final = section_id
        self.sub_items: Final = sub_items
        self.expects_link: Final = expects_link
        self.choice: Final = choice
        self.completed_by: Final = completed_by
        self.needs_evidence: Final = needs_evidence
        self.sub_item_boxes: Final = sub_item_boxes

    @property
    def asks_applicant_for_evidence(self) -> bool:
        """True unless the criterion is an assertion or a box the TOC ticks itself."""
        return self.needs_evidence and self.completed_by != "toc"


class TemplateSection(Record):
    """A heading of a template revision, with its own criteria and sub-sections."""

    __slots__ = (
        "aliases",
        "application_only",
        "criteria",
        "id",
        "level",
        "optional",
        "parent_id",
        "required",
        "role",
        "sections",
        "title",
    )

    def __init__(
        self,
        id: str,
        title: str,
        level: int,
        role: str | None,
        required: bool,
        aliases: tuple[str, ...],
        criteria: tuple[Criterion, ...],
        sections: "tuple[TemplateSection, ...]",
        parent_id: str | None = None,
        application_only: bool = False,
        optional: bool = False,
    ) -> None:
        self.id: Final = id
        self.title: Final = title
        self.level: Final = level
        self.role: Final = role
        self.required: Final = required
        self.aliases: Final = aliases
        self.criteria: Final = criteria
        self.sections: Final = sections
        self.parent_id: Final = parent_id
        self.application_only: Final = application_only
        self.optional: Final = optional

    @property
    def titles(self) -> tuple[str, ...]:
        return (self.title, *self.aliases)


class Template:
    """One revision of the graduation or incubation template (or of the TOC's due-diligence template).

    A plain class (not a record) because its derived views are cached on the instance.
    """

    def __init__(
        self,
        *,
        id: str,
        kind: str,
        label: str,
        revision_date: str,
        commit: str,
        latest: bool,
        placeholders: tuple[str, ...],
        guidance: tuple[tuple[str, bool], ...],
        boilerplate: tuple[str, ...],
        sections: tuple[TemplateSection, ...],
    ) -> None:
        self.id: Final = id
        self.kind: Final = kind
        self.label: Final = label
        self.revision_date: Final = revision_date
        self.commit: Final = commit
        self.latest: Final = latest
        self.placeholders: Final = placeholders
        self.guidance: Final = guidance
        self.boilerplate: Final = boilerplate
        self.sections: Final = sections

    def __repr__(self) -> str:
        return f"Template({self.id!r})"

    @property
    def due_diligence(self) -> bool:
        """True for the TOC's due-diligence templates (kinds ``dd-graduation``, ``dd-incubation``)."""
        return self.kind.startswith("dd-")

    def walk(self) -> Iterator[TemplateSection]:
        """Every section, depth first, in template order."""
        return iter(self.all_sections)

    @functools.cached_property
    def all_sections(self) -> tuple[TemplateSection, ...]:
        ordered = []
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            ordered.append(section)
            stack.extend(reversed(section.sections))
        return tuple(ordered)

    @functools.cached_property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(criterion for section in self.walk() for criterion in section.criteria)

    def lineage(self, section_id: str) -> tuple[TemplateSection, ...]:
        """The section and each section it lies in, innermost first (built once per template:
        criterion matching asks for it on every candidate pair)."""
        return self._lineages[section_id]

    @functools.cached_property
    def _lineages(self) -> dict[str, tuple[TemplateSection, ...]]:
        lineages: dict[str, tuple[TemplateSection, ...]] = {}
        for section in self.walk():  # parents come before their children
            parent = lineages[section.parent_id] if section.parent_id is not None else ()
            lineages[section.id] = (section, *parent)
        return lineages

    def path(self, section_id: str) -> tuple[str, ...]:
        """The titles from the outermost area down to the section, the application title left out."""
        return tuple(s.title for s in reversed(self.lineage(section_id)) if s.role != "title")

    @functools.cached_property
    def fields(self) -> tuple[Field, ...]:
        """The project facts the template opens with, under its title ("Project Repo(s): $URL",
        "Project points of contacts: $NAME, $EMAIL"), each with the placeholder it asks to replace;
        none for a template without them (the TOC's due-diligence template)."""
        title = next((section.id for section in self.walk() if section.role == "title"), "")
        return tuple(
            Field(found["label"].strip(), found["value"], title)
            for text in self.boilerplate
            if "$" in text
            for found in cached_pattern(_FACT, re.ASCII).finditer(text)
        )

    @functools.cached_property
    def criteria_by_id(self) -> dict[str, Criterion]:
        return {criterion.id: criterion for criterion in self.criteria}

    @functools.cached_property
    def sections_by_id(self) -> dict[str, TemplateSection]:
        return {section.id: section for section in self.walk()}


def _section(data: dict[str, Any], parent_id: str | None) -> TemplateSection:
    section_id = data["id"]
    criteria = tuple(
        Criterion(
            id=item["id"],
            text=item["text"],
            required=item["required"],
            section_id=section_id,
            sub_items=tuple(sub["text"] for sub in item.get("sub_items", ())),
            expects_link=item.get("expects_link", False),
            choice=item.get("choice"),
            completed_by=item.get("completed_by", "applicant"),
            needs_evidence=item.get("needs_evidence", True),
            sub_item_boxes=tuple(sub.get("checkbox", False) for sub in item.get("sub_items", ())),
        )
        for item in data["criteria"]
    )
    return TemplateSection(
        id=section_id,
        title=data["title"],
        level=data["level"],
        role=data["role"],
        required=data["required"],
        aliases=tuple(data["aliases"]),
        criteria=criteria,
        sections=tuple(_section(child, section_id) for child in data["sections"]),
        parent_id=parent_id,
        application_only=data.get("application_only", False),
        optional=data.get("optional", False),
    )


def template_from_data(data: dict[str, Any]) -> Template:
    """Build a Template from schema data (already validated)."""
    return Template(
        id=data["id"],
        kind=data["kind"],
        label=data["label"],
        revision_date=data["revision_date"],
        commit=data["commit"],
        latest=data.get("latest", False),
        placeholders=tuple(data["placeholders"]),
        guidance=tuple((item["text"], item["comment"]) for item in data["guidance"]),
        boilerplate=tuple(data["boilerplate"]),
        sections=tuple(_section(section, None) for section in data["sections"]),
    )
