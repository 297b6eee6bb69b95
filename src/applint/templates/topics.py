"""The topic vocabularies: the words authors write for a template's part, question, section or
criteria group when they cover it without the template's own words, as data.

Each vocabulary is a file of its own, ``schemas/topics/<id>.json``, validated against
``schemas/topics.schema.json`` by the test suite (which says what each field means); a new
document kind's topics arrive as such a file. ``matching/topic_words.py`` is the one matcher of
their runs of words. As with the template bundles (``bundle``), a run parses no JSON:
``topics_table.py``, generated beside this module (``python -m applint.templates.topics``, or
``topics_table_text``), holds each vocabulary's data in ``marshal``'s form, and a test holds it
equal to the files. A vocabulary is loaded on first use, once per process: a check that reads no
topic (an application on the template) loads none.
"""

from __future__ import annotations

import functools
import marshal
import os
import sys
from typing import TYPE_CHECKING, Any, Final

from applint.errors import TemplateError
from applint.model import Record
from applint.templates.catalog import read_shipped_json, schemas_folder

if TYPE_CHECKING:
    from pathlib import Path  # only the build-time functions take paths

# The folder of ``schemas/`` holding the vocabularies, and the schema each one satisfies.
FOLDER: Final = "topics"
META_SCHEMA: Final = "topics.schema.json"
# marshal's data format the table is written in (readable by every Python 3 since 3.4).
MARSHAL_FORMAT: Final = 4

# The shipped vocabularies, by id.
SELF_ASSESSMENT_PARTS: Final = "self-assessment-parts"
SELF_ASSESSMENT_SECTIONS: Final = "self-assessment-sections"
GTR_QUESTIONS: Final = "gtr-questions"
PROPOSAL_TOPICS: Final = "proposal-topics"
GOVERNANCE_REVIEW_PARTS: Final = "governance-review-parts"
PRACTICES: Final = "practices"
GOVERNANCE_REVIEW_CRITERIA: Final = "governance-review-criteria"
EVIDENCE_SERVICES: Final = "evidence-services"

# A run: the words in a row that speak of a topic ("critical", "component-").
Run = tuple[str, ...]


class Topic(Record):
    """One topic of a vocabulary: what it is known by (``name``), the runs of words that speak of
    it anywhere, those that do only as a name (``as_label``), the text that does as written, and,
    for a criteria group of an application template, its section, the levels asking for it (none:
    every level), the narrower topics it yields to and whether a link names it only in its own
    section (``links_in_own_section``). ``plurals`` is the vocabulary's: whether a
    run's whole word stands for its plural too."""

    __slots__ = (
        "as_label", "levels", "links_in_own_section", "name", "plurals", "runs", "section", "written", "yields_to",
    )  # fmt: skip

    def __init__(self, data: dict[str, Any], plurals: bool) -> None:
        self.name: Final[str] = data["topic"]
        self.runs: Final[tuple[Run, ...]] = _runs(data["runs"])
        self.as_label: Final[tuple[Run, ...]] = _runs(data.get("as_label", ()))
        self.written: Final[tuple[str, ...]] = tuple(data.get("written", ()))
        self.section: Final[str] = data.get("section", "")
        self.levels: Final[frozenset[str]] = frozenset(data.get("levels", ()))
        self.yields_to: Final[tuple[str, ...]] = tuple(data.get("yields_to", ()))
        self.links_in_own_section: Final[bool] = bool(data.get("links_in_own_section", False))
        self.plurals: Final = plurals


class Vocabulary:
    """One vocabulary's topics, in its file's order, and each by its name."""

    __slots__ = ("by_name", "id", "topics")

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: Final[str] = data["id"]
        plurals = bool(data["plurals"])
        self.topics: Final = tuple(Topic(topic, plurals) for topic in data["topics"])
        self.by_name: Final = {topic.name: topic for topic in self.topics}


def _runs(written: Any) -> tuple[Run, ...]:
    return tuple(tuple(run.split()) for run in written)


@functools.cache
def vocabulary(name: str) -> Vocabulary:
    """A shipped vocabulary by its id: from the generated table (``marshal`` bytes, no JSON
    parsed), or from ``schemas/topics/<id>.json`` when the table lacks it or this Python cannot
    read its format."""
    from applint.templates import topics_table

    data = None
    stored = topics_table.VOCABULARIES.get(name)
    if stored is not None:
        try:
            data = marshal.loads(stored)
        except (ValueError, EOFError, TypeError):
            data = None
    if not isinstance(data, dict):
        try:
            data = read_shipped_json(f"{FOLDER}/{name}.json")
        except FileNotFoundError:
            raise TemplateError(f"no topic vocabulary '{name}' in {schemas_folder()}/{FOLDER}") from None
    return Vocabulary(data)


def vocabulary_files(folder: Path) -> list[Path]:
    """The vocabulary files of a schemas folder, by name."""
    return sorted((folder / FOLDER).glob("*.json"))


def topics_table_text(folder: Path) -> str:
    """The text of ``topics_table.py``: each vocabulary in ``folder/topics`` as ``marshal`` bytes
    of the data its JSON gives."""
    import json  # (build time only: a run reads the table)

    lines = [
        '"""Generated by ``python -m applint.templates.topics``: do not edit. Each topic vocabulary',
        "(``schemas/topics/<id>.json``) as ``marshal`` bytes of the data its JSON gives, so a run loads",
        'it without parsing JSON (see ``topics``); a test holds it equal to the files."""',
        "",
        f"MARSHAL_FORMAT = {MARSHAL_FORMAT}",
        "",
        "VOCABULARIES: dict[str, bytes] = {",
    ]
    for path in vocabulary_files(folder):
        data = json.loads(path.read_text(encoding="utf-8"))
        lines.append(f"    {path.stem!r}: {marshal.dumps(data, MARSHAL_FORMAT)!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def topics_table_path() -> Path:
    """Where ``topics_table.py`` is: beside this module."""
    from pathlib import Path

    return Path(os.path.realpath(__file__)).parent / "topics_table.py"


def write_topics_table(folder: Path) -> Path:
    """(Re)write ``topics_table.py`` from the vocabularies in ``folder`` (the shipped schemas folder)."""
    path = topics_table_path()
    path.write_text(topics_table_text(folder), encoding="utf-8")
    return path


if __name__ == "__main__":
    from pathlib import Path

    print(write_topics_table(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")))
