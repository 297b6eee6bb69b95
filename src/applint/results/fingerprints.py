"""Fingerprints that identify a finding across edits: stable when unrelated lines move.

Built from the rule, the template section, the text of the line (or paragraph) the finding is
on, the message with its numbers removed (line numbers in messages move), and the occurrence
count of that combination, never from the line number itself.
"""

from __future__ import annotations

import zlib
from collections import Counter

from applint.findings import Finding
from applint.model import Document
from applint.text.precompiled import compile_pattern

_NUMBERS = compile_pattern(r"\d+")


def fingerprint(findings: list[Finding], document: Document) -> list[Finding]:
    """The findings with ``fingerprint`` set: CRC-32 and Adler-32 of the key, 16 hex characters
    (zlib is already loaded; hashlib would add its import to every run)."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        position = finding.line or finding.paragraph or 0
        text = document.source_lines[position - 1].strip() if 0 < position <= document.line_count else ""
        key = "\x00".join(
            (finding.rule, finding.section or "", " ".join(text.split()), _without_numbers(finding.message))
        )
        seen[key] += 1
        data = f"{key}\x00{seen[key]}".encode()
        digest = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
        result.append(Finding._make((*finding[:-1], digest)))  # (its last field is the fingerprint)
    return result


def _without_numbers(message: str) -> str:
    """The message with each run of digits written "#"; the pattern is run only on a message that
    may hold a digit (most hold none, and the pattern is tried at every character)."""
    if message.isascii() and not any(map(message.__contains__, "0123456789")):
        return message
    return _NUMBERS.sub("#", message)
