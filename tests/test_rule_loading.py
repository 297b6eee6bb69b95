"""Rules are loaded by family: the table in ``applint.rules`` names every rule and the families it
checks without importing it, and a check imports only the rule modules (and their helpers) of the
document's family. An application pays for no companion-only or due-diligence-only rule, a GTR for
no application rule."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from applint import rules
from applint.rules import (
    ON_REQUEST,
    REPORTED_ELSEWHERE,
    RULE_FAMILIES,
    RULE_IDS,
    all_rules,
    checks_for,
    rules_for,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "applint"
FIXTURES = ROOT / "fixtures"
FAMILIES = ("application", "due-diligence", "companion")
# Helpers that only rules of other families import: a due-diligence document's verdicts and review
# questions, and what only the application rules read (adopters' employers, counted lists, a sentence
# cut short, sharing settings, badges).
HELPERS_NOT_FOR = {
    "application": {
        "applint.rules.dd_verdicts",
        "applint.matching.dd_application",
        "applint.matching.dd_questions",
        "applint.templates.older_dd",
    },
    "due-diligence": set(),
    "companion": {
        "applint.rules.dd_verdicts",
        "applint.rules.contradictions",
        # (contradictory-assertion's fact_conflicts and matching.counted_lists check companion
        # documents too: two values for one fact, a count against its list, "19:00 PM".)
        "applint.matching.independence",
        "applint.matching.unlinked_documents",
        "applint.text.sentences",
        "applint.text.sharing",
        "applint.text.badges",
    },
}
DOCUMENTS = {
    "application": FIXTURES / "apps" / "graduation-v1.6-complete.md",
    "due-diligence": FIXTURES / "dd" / "graduation-draft.md",
    "companion": FIXTURES / "companions" / "gtr-incubation-draft.md",
}


def _rule_modules() -> set[str]:
    """The modules of rules/ that define a RULE (read from their source, importing nothing): a rule
    is a module, or a package whose ``__init__`` holds it (a rule of several passes)."""
    found = set()
    for path in [*(PACKAGE / "rules").glob("*.py"), *(PACKAGE / "rules").glob("*/__init__.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(
            isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "RULE" for t in node.targets)
            for node in tree.body
        ):
            found.add(f"applint.rules.{path.parent.name if path.stem == '__init__' else path.stem}")
    return found


def test_the_table_names_every_rule_module_with_the_families_its_rule_gives() -> None:
    assert {rules.module_name(rule_id) for rule_id in RULE_IDS} == _rule_modules()
    assert len(set(RULE_IDS)) == len(RULE_IDS)
    for (rule_id, families), rule in zip(RULE_FAMILIES, all_rules(), strict=True):
        assert rule.id == rule_id
        assert rule.families == families, rule_id
    assert all_rules() == rules.RULES
    assert rules.RULES_BY_ID["placeholder"] is rules.rule("placeholder")
    assert rules.rule("no-such-rule") is None


@pytest.mark.parametrize("family", FAMILIES)
def test_rules_for_a_family_are_the_rules_that_check_it_in_table_order(family: str) -> None:
    assert [rule.id for rule in rules_for(family)] == [r.id for r in all_rules() if family in r.families]


@pytest.mark.parametrize("family", FAMILIES)
def test_a_check_imports_no_rule_module_of_another_family(family: str) -> None:
    path = DOCUMENTS[family]
    code = (
        "import json, sys\n"
        "from applint import lint_path\n"
        f"report = lint_path({str(path)!r})\n"
        "print(json.dumps([report.document_kind, sorted(sys.modules)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    kind, imported = json.loads(out)
    assert kind == family or (family == "companion" and kind == "general-technical-review")
    not_for = {rules.module_name(rule_id) for rule_id, families in RULE_FAMILIES if family not in families}
    assert not_for  # every family has rules it skips
    assert sorted((not_for | HELPERS_NOT_FOR[family]) & set(imported)) == []
    # ...and the rules of its own family are all there, but those whose findings another stage makes
    # and dead-link, which checks only with --check-links: their checks would find nothing.
    assert {rules.module_name(rule.id) for rule in checks_for(family)} <= set(imported)
    left = {rules.module_name(rule.id) for rule in rules_for(family)} - set(imported)
    assert left == {rules.module_name(rule_id) for rule_id in REPORTED_ELSEWHERE | ON_REQUEST}


@pytest.mark.parametrize("family", FAMILIES)
def test_the_rules_a_run_checks_are_its_familys_less_those_that_would_find_nothing(family: str) -> None:
    kept = [rule.id for rule in rules_for(family) if rule.id not in REPORTED_ELSEWHERE | ON_REQUEST]
    assert [rule.id for rule in checks_for(family)] == kept
    assert [rule.id for rule in checks_for(family, check_links=True)] == [
        rule.id for rule in rules_for(family) if rule.id not in REPORTED_ELSEWHERE
    ]


def test_the_rules_a_run_does_not_check_find_nothing_there() -> None:
    """Parse errors and suppressions are reported by the engine and the suppressions stage;
    dead-link asks the network only with --check-links."""
    from applint.engine import LintOptions, lint_path
    from applint.matching.detection import select_template
    from applint.matching.mapping import map_document
    from applint.rules.context import LintContext

    report = lint_path(str(DOCUMENTS["application"]), LintOptions(keep_document=True))
    assert report.document is not None
    selection = select_template(report.document)
    context = LintContext(report.document, selection, map_document(selection.template, report.document), True)
    for rule_id in REPORTED_ELSEWHERE | ON_REQUEST:
        found = rules.rule(rule_id)
        assert found is not None and list(found.check(context)) == [], rule_id
