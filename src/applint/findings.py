"""Findings: immutable records of what is wrong, complete when created."""

# No `from __future__ import annotations` in this module: typing.NamedTuple compiles every string
# annotation when the class is made, ~0.15 ms a record on every run.

import enum
from collections.abc import Mapping
from typing import Any, NamedTuple

from applint.model import EMPTY_MAPPING


class Severity(enum.IntEnum):
    """How much a finding matters; ordered so that a threshold can be compared."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    def counted(self, number: int) -> str:
        """'1 error', '3 warnings', '2 info'."""
        return f"{number} {self.label}{'s' if number != 1 and self is not Severity.INFO else ''}"

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


class Finding(NamedTuple):
    """One problem in one document.

    ``line`` is the 1-based line for line-based inputs; DOCX findings set ``paragraph`` instead.
    ``section`` is the id of the template section the finding belongs to, when known.
    ``details`` carries extra machine-readable data (JSON output only).
    """

    rule: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    section: str | None = None
    details: Mapping[str, Any] = EMPTY_MAPPING
    fingerprint: str = ""

    @property
    def position(self) -> int:
        """Where the finding sits in its document, for sorting (0 for the whole document)."""
        return self.line or self.paragraph or 0

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.position, self.column or 0, self.rule, self.message)
