"""Inline suppressions written as HTML comments (or the same text in a DOCX paragraph).

    <!-- applint-disable RULE[,RULE] -- reason -->   ... until <!-- applint-enable -->
    <!-- applint-disable-next-line RULE -- reason -->  the next block only
    <!-- applint-disable-file RULE -- reason -->       the whole document

With no rule named, every rule is meant. A directive without a reason is reported as
``suppression-without-reason``; one that suppresses nothing as ``unused-suppression``, so
waivers stay honest. parse-error and the two suppression rules cannot be suppressed inline.
"""

from __future__ import annotations

import functools
import re

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind, Document, Unit
from applint.text.precompiled import cached_pattern, compile_pattern

DIRECTIVE = (
    r"^\s*applint-(?P<kind>disable-next-line|disable-file|disable|enable)\b\s*(?P<rules>[a-z0-9,\s-]*?)"
    r"\s*(?:--\s*(?P<reason>.*?))?\s*$"
)
UNSUPPRESSIBLE = frozenset({"parse-error", "unused-suppression", "suppression-without-reason"})


class Suppression:
    """One disable directive, the positions it covers, and how many findings it has silenced."""

    __slots__ = ("at", "end", "kind", "reason", "rules", "start", "used")

    def __init__(self, kind: str, rules: frozenset[str], reason: str, at: int, start: int, end: int) -> None:
        self.kind = kind
        self.rules = rules
        self.reason = reason
        self.at = at
        self.start = start
        self.end = end
        self.used = 0

    def covers(self, finding: Finding) -> bool:
        position = finding.line or finding.paragraph or 0
        if self.rules and finding.rule not in self.rules:
            return False
        return self.start <= position <= self.end


@functools.cache
def _directive() -> re.Pattern[str]:
    """Compiled on first use: most documents hold no directive, and compiling it costs ~1 ms."""
    return compile_pattern(DIRECTIVE, re.DOTALL)


def parse_suppressions(document: Document) -> list[Suppression]:
    """Every disable directive of the document, with the range of lines (or paragraphs) it covers."""
    last = max(document.line_count, 1)
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        for text in _comment_texts(block):
            match = _directive().match(text) if "applint-" in text else None
            if not match:
                continue
            kind = match.group("kind")
            rules = frozenset(
                r.strip() for r in cached_pattern(r"[,\s]+").split(match.group("rules") or "") if r.strip()
            )
            reason = (match.group("reason") or "").strip()
            if kind == "enable":
                for suppression in list(open_ranges):
                    if not rules or suppression.rules & rules or not suppression.rules:
                        suppression.end = block.line
                        open_ranges.remove(suppression)
                continue
            if kind == "disable-file":
                suppression = Suppression(kind, rules, reason, block.line, 1, last)
            elif kind == "disable-next-line":
                following_index = document.next_content(index)
                following = blocks[following_index] if following_index is not None else None
                start = following.line if following else block.end_line + 1
                end = following.end_line if following else block.end_line + 1
                suppression = Suppression(kind, rules, reason, block.line, start, end)
            else:
                suppression = Suppression(kind, rules, reason, block.line, block.line, last)
                open_ranges.append(suppression)
            found.append(suppression)
    return found


def _comment_texts(block: Block) -> list[str]:
    if block.kind is BlockKind.COMMENT:
        return [block.text]
    return list(block.comments)


def apply_suppressions(findings: list[Finding], document: Document) -> list[Finding]:
    """The findings left after suppressions, plus findings about the suppressions themselves."""
    suppressions = parse_suppressions(document)
    if not suppressions:
        return findings
    kept = []
    for finding in findings:
        covering = (
            None
            if finding.rule in UNSUPPRESSIBLE
            else next((s for s in suppressions if s.covers(finding)), None)
        )
        if covering is None:
            kept.append(finding)
        else:
            covering.used += 1
    for suppression in suppressions:
        names = ",".join(sorted(suppression.rules)) or "all rules"
        if not suppression.reason:
            kept.append(
                _finding(
                    document,
                    "suppression-without-reason",
                    f"applint-{suppression.kind} {names} gives no reason; add one after ' -- ' so the waiver can be reviewed",
                    suppression.at,
                )
            )
        if not suppression.used:
            kept.append(
                _finding(
                    document,
                    "unused-suppression",
                    f"applint-{suppression.kind} {names} suppresses nothing; delete it",
                    suppression.at,
                )
            )
    kept.sort(key=Finding.sort_key)
    return kept


def _finding(document: Document, rule: str, message: str, position: int) -> Finding:
    if document.unit is Unit.PARAGRAPH:
        return Finding(rule, Severity.WARNING, message, paragraph=position)
    return Finding(rule, Severity.WARNING, message, line=position)
