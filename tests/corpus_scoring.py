"""Scoring applint against the labelled corpus (fixtures/corpus/labels*.json and the drafts first
written as a held-out set, fixtures/corpus-holdout/labels-holdout.json).

Every finding applint reports on a labelled file is judged: a true positive when it matches a
must-find label by rule and line (a label with line null matches that rule anywhere in the file;
each label is matched at most once; a finding folding several places of one problem catches one
label at each place it names: see ``named_places``), a false positive otherwise — whether or not a must-not label
names it. A must-find label no finding matched is a false negative.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from applint.engine import lint_path
from applint.findings import Finding

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CORPUS = FIXTURES / "corpus"
# The held-out drafts were labelled by a writer who never ran applint, and measured once before
# any change was made for them (see the issue 13 note); they are part of the corpus since.
FOLDERS = (CORPUS, FIXTURES / "corpus-holdout")


def labels() -> dict[str, dict[str, Any]]:
    """File path (relative to fixtures/) -> its labels, from every labels*.json of the corpus."""
    merged: dict[str, dict[str, Any]] = {}
    for folder in FOLDERS:
        for path in sorted(folder.glob("labels*.json")):
            for name, label in json.loads(path.read_text(encoding="utf-8"))["files"].items():
                merged[f"{folder.name}/{name}"] = label
    return merged


class Score:
    """True positives, false positives and false negatives, overall and per rule."""

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        self.false_positives: list[str] = []
        self.false_negatives: list[str] = []
        self.must_not_hit: list[str] = []

    @staticmethod
    def ratio(good: int, bad: int) -> float:
        return good / (good + bad) if good + bad else 1.0

    def precision(self, rule: str | None = None) -> float:
        tp = sum(self.tp.values()) if rule is None else self.tp[rule]
        fp = sum(self.fp.values()) if rule is None else self.fp[rule]
        return self.ratio(tp, fp)

    def recall(self, rule: str | None = None) -> float:
        tp = sum(self.tp.values()) if rule is None else self.tp[rule]
        fn = sum(self.fn.values()) if rule is None else self.fn[rule]
        return self.ratio(tp, fn)

    def table(self) -> str:
        rules = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        rows = [f"{'rule':28} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
        for rule in [*rules, None]:
            name = rule or "ALL"
            rows.append(
                f"{name:28} {self.tp[rule] if rule else sum(self.tp.values()):>4} "
                f"{self.fp[rule] if rule else sum(self.fp.values()):>4} "
                f"{self.fn[rule] if rule else sum(self.fn.values()):>4} "
                f"{self.precision(rule):>9.3f} {self.recall(rule):>7.3f}"
            )
        return "\n".join(rows)

    def add_file(self, name: str, findings: tuple[Finding, ...], label: dict[str, Any]) -> None:
        unmatched = list(label["must_find"])
        for finding in findings:
            line = finding.line or finding.paragraph
            matches = [
                match
                for place in named_places(finding)
                if (match := _take(unmatched, finding.rule, place)) is not None
            ]
            if matches:
                self.tp[finding.rule] += len(matches)
                continue
            self.fp[finding.rule] += 1
            self.false_positives.append(f"{name}:{line}: {finding.rule} {finding.message}")
            for item in label["must_not_find"]:
                if item["rule"] == finding.rule and item["line"] in (None, line):
                    self.must_not_hit.append(f"{name}:{line}: {finding.rule} ({item['why']})")
        for item in unmatched:
            self.fn[item["rule"]] += 1
            self.false_negatives.append(f"{name}:{item['line']}: {item['rule']} ({item.get('why', '')})")


def named_places(finding: Finding) -> list[int | None]:
    """The places one finding explicitly names: its own line once for each reference it lists (a
    folded finding "'#71', '#84' link only inside …"), then each line it is also at ("also at
    lines 100-101 of this paragraph"). A finding catches at most one label per place it names."""
    line = finding.line or finding.paragraph
    references = finding.details.get("references") or ()
    return [line] * max(1, len(references)) + list(finding.details.get("also_at", ()))


def _take(unmatched: list[dict[str, Any]], rule: str, line: int | None) -> dict[str, Any] | None:
    """Remove and return the first must-find label of ``rule`` at ``line`` (or at any line)."""
    match = next(
        (
            item
            for item in unmatched
            if item["rule"] == rule and (item["line"] is None or item["line"] == line)
        ),
        None,
    )
    if match is not None:
        unmatched.remove(match)
    return match


def score_corpus() -> Score:
    score = Score()
    for name, label in sorted(labels().items()):
        score.add_file(name, lint_path(str(FIXTURES / name)).findings, label)
    return score


if __name__ == "__main__":
    result = score_corpus()
    print(result.table())
    print("\nfalse positives:", *result.false_positives, sep="\n  ")
    print("\nfalse negatives:", *result.false_negatives, sep="\n  ")
