"""The result of a run: one FileReport per input, collected in a Report. Formatters read these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Final

from applint.findings import Finding, Severity
from applint.model import EMPTY_MAPPING, Document


class FileReport:
    """Findings for one input, and which template it was checked against."""

    __slots__ = (
        "application",
        "companions",
        "completeness",
        "detection",
        "document",
        "document_kind",
        "findings",
        "format",
        "input_error",
        "path",
        "template",
        "unit",
    )

    def __init__(
        self,
        path: str,
        findings: tuple[Finding, ...],
        template: str | None = None,
        format: str | None = None,
        unit: str = "line",
        input_error: bool = False,
        detection: Mapping[str, Any] = EMPTY_MAPPING,
        completeness: dict[str, Any] | None = None,
        application: bool = True,
        document_kind: str | None = None,
        document: Document | None = None,
        companions: tuple[str, ...] = (),
    ) -> None:
        self.path: Final = path
        self.findings: Final = findings
        self.template: Final = template
        self.format: Final = format
        self.unit: Final = unit
        self.input_error: Final = input_error
        self.detection: Final = detection
        # Per-area and overall completeness (completeness.Completeness.as_dict()); None when unread.
        self.completeness: Final = completeness
        # False for a file that is no application (a README, meeting notes): skipped, no findings.
        self.application: Final = application
        # "application" or "due-diligence" (a TOC DD document); None when the file was not checked.
        self.document_kind: Final = document_kind
        # The parsed input, kept only when asked (LintOptions.keep_document): the HTML page shows it.
        self.document: Final = document
        # The companion documents (GTR, governance review, self-assessment) the application links
        # that are in the checkout: a run checks them too.
        self.companions: Final = companions

    def counts(self) -> Counter[Severity]:
        return Counter(finding.severity for finding in self.findings)


class Report:
    """Every file of one run, in the order the inputs were given."""

    __slots__ = ("files",)

    def __init__(
        self,
        files: tuple[FileReport, ...],
    ) -> None:
        self.files: Final = files

    def counts(self) -> Counter[Severity]:
        total: Counter[Severity] = Counter()
        for file in self.files:
            total.update(file.counts())
        return total

    def exit_code(self, fail_on: Severity | Sequence[Severity | None] | None) -> int:
        """2 if any input could not be read; 1 if any finding is at or above ``fail_on`` (one
        severity for every file, or one per file in order: each file's configuration); else 0."""
        if any(file.input_error for file in self.files):
            return 2
        thresholds = fail_on if isinstance(fail_on, Sequence) else [fail_on] * len(self.files)
        for file, threshold in zip(self.files, thresholds, strict=True):
            if threshold is not None and any(f.severity >= threshold for f in file.findings):
                return 1
        return 0
