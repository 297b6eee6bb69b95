"""One application triaged: every item's result, the verdict and the exit code."""

from __future__ import annotations

from collections import Counter
from typing import BinaryIO, Final

from applint.engine import read_as, read_document
from applint.matching.companions import CompanionReading
from applint.matching.detection import is_due_diligence
from applint.matching.evidence import collect_evidence
from applint.matching.kinds import KIND_NAMES
from applint.model import Document
from applint.readers.sources import InputError, Source, read_source
from applint.templates.records import Template
from applint.triage.checks import MISSING, WEAK, ItemResult, evaluate
from applint.triage.items import AREAS, ITEMS
from applint.triage.view import TriageView

READY = "ready"
NOT_READY = "not ready"


class TriageError(Exception):
    """An input that cannot be triaged: unreadable, or not an application. Exit code 2."""


class TriageResult:
    """The triage of one application."""

    __slots__ = ("area_headings", "due_diligence", "kind", "path", "results", "template", "unit")

    def __init__(
        self,
        path: str,
        template: Template,
        unit: str,
        results: tuple[ItemResult, ...],
        area_headings: dict[str, str],
    ) -> None:
        self.path: Final = path
        self.template: Final = template.id
        self.kind: Final = template.kind
        self.unit: Final = unit  # "line" or "paragraph"
        self.results: Final = results
        self.area_headings: Final = area_headings  # area id -> its heading's text in the document
        # A TOC due-diligence document holds the application's assertions too, but the TOC triages
        # the issue: the output says so.
        self.due_diligence = False

    @property
    def blocking(self) -> list[ItemResult]:
        """Items missing that the guide requires: any of them makes the application not ready."""
        return [r for r in self.results if r.status == MISSING and r.item.blocking]

    @property
    def verdict(self) -> str:
        return NOT_READY if self.blocking else READY

    @property
    def exit_code(self) -> int:
        return 1 if self.blocking else 0

    def counts(self) -> Counter[str]:
        return Counter(result.status for result in self.results)

    def worth_work(self) -> list[ItemResult]:
        """Not blocking, but not met either: weak items, and optional or outside items not found."""
        return [r for r in self.results if r.status == WEAK or (r.status == MISSING and not r.item.blocking)]


class NotAnApplication(Exception):
    """A readable file that `check` does not lint as an application: triage leaves it alone, as
    it leaves a non-application issue alone (exit code 0)."""


def triage_document(
    document: Document, forced: Template | None = None, claimed: bool = False
) -> TriageResult:
    """Check a parsed application against every triage item; NotAnApplication (saying why) for a
    document `check` would skip: a README, a CHANGELOG, a GTR or a governance review.
    ``claimed``: an issue whose title names an application (the body need not say it again)."""
    reading = read_as(document, forced, claimed)
    if isinstance(reading, CompanionReading):  # checked by `check` as its own kind, not triaged
        reading = reading.template.kind
    if isinstance(reading, str):
        what = f"{KIND_NAMES[reading]}, " if reading in KIND_NAMES else ""
        raise NotAnApplication(
            f"{what}not a Graduation or Incubation application"
            + ("" if what else " (no application title, no template followed)")
        )
    selection, mapping, _ = reading
    view = TriageView(document, selection, mapping, collect_evidence(document, selection.template, mapping))
    results = tuple(evaluate(item, view) for item in ITEMS)
    headings = {
        area.id: heading.text for area in AREAS if (heading := view.area_heading(area.id)) is not None
    }
    result = TriageResult(document.path, selection.template, document.unit.value, results, headings)
    result.due_diligence = is_due_diligence(document)
    return result


def triage_source(source: Source, forced: Template | None = None, claimed: bool = False) -> TriageResult:
    try:
        document = read_document(source)
    except InputError as error:
        raise TriageError(str(error)) from None
    return triage_document(document, forced, claimed)


def read_path(path: str, stdin: BinaryIO | None = None) -> Source:
    """A file's bytes (``-`` reads ``stdin``); TriageError when it cannot be read."""
    try:
        return read_source(path, stdin)
    except InputError as error:
        raise TriageError(str(error)) from None


def triage_path(path: str, forced: Template | None = None, stdin: BinaryIO | None = None) -> TriageResult:
    """Triage a file (``-`` reads ``stdin``); TriageError when it cannot be read or is no application."""
    return triage_source(read_path(path, stdin), forced)
