"""What the published template texts (``schemas/text/*.md``) give the rules beyond the templates'
records: the labels of the project-fact lines ("Project Site: $URL"), every link target, and the
headings under which a template leaves an empty bullet for the applicant to fill.

They are worked out when the bundles are generated and stored in the bundle table
(``bundle_table.PUBLISHED``, ``marshal`` bytes), so a run reads no template text: reading the 21
texts and scanning their ~6,000 lines cost ~6 M instructions of every application's check, and the
empty-bullet headings ~29 M more when a document had an empty bullet. ``published_sets_of`` is the
one computation, for the generator and for a run whose table lacks the entry.
"""

from __future__ import annotations

import functools
import marshal
import os
from collections.abc import Iterable, Iterator

from applint.templates.catalog import schemas_folder
from applint.text.normalize import normalize
from applint.text.precompiled import cached_pattern

FIELD_LABELS = "field_labels"
TEMPLATE_LINKS = "template_links"
EMPTY_BULLET_HEADINGS = "empty_bullet_headings"

# A line of a template's project facts: "Project Site:  $URL", "Communication: $SLACK".
_FIELD_LINE = r"^([A-Z][A-Za-z()' -]{1,40}):\s*\$[A-Z]+"
_LINK_TARGET = r"\]\(([^()\s]+)\)"
_EMPTY_BULLET = r"^\s*[-*+]\s*$"
_HEADING = r"^#{1,6}\s+(.*?)\s*#*\s*$"


def published_texts(folder: str) -> tuple[str, ...]:
    """The published template texts in a schemas folder's ``text/`` (none when it cannot be listed)."""
    text_folder = os.path.join(folder, "text")
    try:
        names = sorted(name for name in os.listdir(text_folder) if name.endswith(".md"))
    except OSError:
        return ()
    texts = []
    for name in names:
        with open(os.path.join(text_folder, name), encoding="utf-8") as handle:
            texts.append(handle.read())
    return tuple(texts)


def published_sets_of(texts: Iterable[str]) -> dict[str, list[str]]:
    """Each set the texts give, sorted (the form stored in the bundle table)."""
    texts = tuple(texts)
    return {
        FIELD_LABELS: sorted(_field_labels(texts)),
        TEMPLATE_LINKS: sorted(_link_targets(texts)),
        EMPTY_BULLET_HEADINGS: sorted(_empty_bullet_headings(texts)),
    }


@functools.cache
def published_sets() -> dict[str, frozenset[str]]:
    """The sets the shipped texts give: from the bundle table, else worked out from the texts."""
    from applint.templates import bundle_table

    data = None
    stored = getattr(bundle_table, "PUBLISHED", None)
    if isinstance(stored, bytes):
        try:
            data = marshal.loads(stored)
        except (ValueError, EOFError, TypeError):
            data = None
    if not isinstance(data, dict):
        data = published_sets_of(published_texts(schemas_folder()))
    return {name: frozenset(values) for name, values in data.items()}


def _field_labels(texts: tuple[str, ...]) -> set[str]:
    """The normalised labels of the lines a text gives a value of their own ("Project Repo(s)",
    "Sub-Projects", "Communication"), read only from the lines holding a "$"."""
    field_line = cached_pattern(_FIELD_LINE)
    return {
        normalize(field.group(1))
        for text in texts
        for field in map(field_line.match, _lines_with_dollar(text))
        if field
    }


def _lines_with_dollar(text: str) -> Iterator[str]:
    """The lines of a text that hold a "$" (~1 in 20 of a template's; only they can give a field's
    value), found by searching for "$" rather than splitting the text's ~300 lines."""
    found = text.find("$")
    while found != -1:
        end = text.find("\n", found)
        end = len(text) if end == -1 else end
        yield text[text.rfind("\n", 0, found) + 1 : end]
        found = text.find("$", end)


def _link_targets(texts: tuple[str, ...]) -> set[str]:
    """Every link target the texts give (the vendor-neutrality guide, ``../toc_subprojects/…``)."""
    return {target for text in texts for target in cached_pattern(_LINK_TARGET).findall(text)}


def _empty_bullet_headings(texts: tuple[str, ...]) -> set[str]:
    """The normalised titles of the headings under which a text leaves an empty bullet."""
    heading_line, empty_bullet = cached_pattern(_HEADING), cached_pattern(_EMPTY_BULLET)
    found: set[str] = set()
    for text in texts:
        heading = ""
        for line in text.splitlines():
            title = heading_line.match(line)
            if title:
                heading = normalize(title.group(1))
            elif heading and empty_bullet.match(line):
                found.add(heading)
    return found
