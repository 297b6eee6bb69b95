"""Rules: one module per rule, and RULE_FAMILIES, the explicit ordered table of all of them.

Takes a LintContext (document, template, mapping, evidence); gives findings.

The table names each rule by its id (its module is the id with ``_`` for ``-``) and the families of
documents it checks, so a run imports only the rules of the document it checks (``rules_for``): an
application imports no companion-only rule and its helpers, a GTR no application rule. The ids,
families and order are known without importing any rule; ``rule`` and ``all_rules`` import what
they return (``applint rules``, ``explain``, SARIF's rule list, a configuration's rule options).
``RULES`` and ``RULES_BY_ID`` are ``all_rules()`` and ``all_rules()`` by id, made on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from applint.rules.rule import ALL_FAMILIES, APPLICATION_FAMILIES, COMPANION_FAMILY, Rule

if TYPE_CHECKING:
    RULES: tuple[Rule, ...]
    RULES_BY_ID: dict[str, Rule]

# Every rule, in the order the engine runs them, with the families of documents it checks (the
# same ``families`` its Rule gives; a test holds them equal). A new rule is a module in rules/ and
# a line here: its id and its families.
RULE_FAMILIES: tuple[tuple[str, frozenset[str]], ...] = (
    ("missing-section", ALL_FAMILIES),
    ("missing-criterion", APPLICATION_FAMILIES),
    ("unchecked-criterion", APPLICATION_FAMILIES),
    ("empty-section", APPLICATION_FAMILIES),
    ("misplaced-heading", APPLICATION_FAMILIES),
    ("placeholder", ALL_FAMILIES),
    ("template-instructions", APPLICATION_FAMILIES),
    ("duplicate-content", ALL_FAMILIES),
    ("todo-marker", ALL_FAMILIES),
    ("hidden-evidence", ALL_FAMILIES),
    ("criterion-without-evidence", APPLICATION_FAMILIES),
    ("unanswered-suggested", APPLICATION_FAMILIES),
    ("evidence-without-link", APPLICATION_FAMILIES | COMPANION_FAMILY),
    ("incomplete-table", frozenset({"application"})),
    ("dangling-intro", APPLICATION_FAMILIES),
    ("unrendered-list", ALL_FAMILIES),
    ("malformed-markdown", ALL_FAMILIES),
    ("unfinished-sentence", APPLICATION_FAMILIES),
    ("contradictory-assertion", ALL_FAMILIES),
    ("sub-checkbox", APPLICATION_FAMILIES),
    ("shortened-criterion", frozenset({"application"})),
    ("broken-link", ALL_FAMILIES),
    ("unresolved-link", ALL_FAMILIES),
    ("dead-link", ALL_FAMILIES),
    ("private-document", APPLICATION_FAMILIES),
    ("link-outside-project", ALL_FAMILIES),
    ("unversioned-link", COMPANION_FAMILY),
    ("reused-link", ALL_FAMILIES),
    ("misnamed-link", ALL_FAMILIES),
    ("unmet-criteria", APPLICATION_FAMILIES),
    ("adopters", APPLICATION_FAMILIES),
    ("bare-reference", APPLICATION_FAMILIES | COMPANION_FAMILY),
    ("unknown-template", APPLICATION_FAMILIES),
    ("incomplete-companion", APPLICATION_FAMILIES),
    # Companion documents (GTR, governance review, security self-assessment).
    ("unanswered-question", COMPANION_FAMILY | {"due-diligence"}),
    ("unassessed-criterion", COMPANION_FAMILY),
    ("unfilled-section", COMPANION_FAMILY),
    ("unfilled-field", COMPANION_FAMILY),
    ("missing-field", ALL_FAMILIES),
    ("heading-level", ALL_FAMILIES),
    ("template-guidance", COMPANION_FAMILY),
    ("version-mismatch", APPLICATION_FAMILIES),
    ("outdated-template", APPLICATION_FAMILIES | COMPANION_FAMILY),
    ("mixed-revisions", APPLICATION_FAMILIES),
    ("outdated-note", frozenset({"application"})),
    ("parse-error", ALL_FAMILIES),
    ("unused-suppression", ALL_FAMILIES),
    ("suppression-without-reason", ALL_FAMILIES),
)
RULE_IDS: tuple[str, ...] = tuple(rule_id for rule_id, _ in RULE_FAMILIES)
# Rules whose findings another stage makes: the engine for a file it cannot read, the suppressions
# stage for the suppression comments. Their modules give the id, severity and documentation; their
# check finds nothing, so a run does not import them to run it (``checks_for``).
REPORTED_ELSEWHERE: frozenset[str] = frozenset(
    {"parse-error", "unused-suppression", "suppression-without-reason"}
)
# A rule that checks only when the run asks for it: dead-link, with --check-links.
ON_REQUEST: frozenset[str] = frozenset({"dead-link"})

_by_family: dict[str, tuple[Rule, ...]] = {}
_checks: dict[tuple[str, bool], tuple[Rule, ...]] = {}


def module_name(rule_id: str) -> str:
    """The module that defines the rule: ``applint.rules.missing_section`` for missing-section."""
    return f"{__name__}.{rule_id.replace('-', '_')}"


def rule(rule_id: str) -> Rule | None:
    """The rule with this id (its module imported on first use), or None for an unknown id."""
    if rule_id not in RULE_IDS:
        return None
    found: Rule = importlib.import_module(module_name(rule_id)).RULE
    return found


def rules_for(family: str) -> tuple[Rule, ...]:
    """The rules that check documents of ``family``, in table order; only their modules are imported."""
    found = _by_family.get(family)
    if found is None:
        found = _by_family[family] = tuple(
            _imported(rule_id) for rule_id, families in RULE_FAMILIES if family in families
        )
    return found


def checks_for(family: str, check_links: bool = False) -> tuple[Rule, ...]:
    """The rules a run of ``family`` has checked by the engine, in table order: ``rules_for(family)``
    less the rules reported elsewhere and, without ``check_links``, the rules on request (whose
    checks would find nothing); only their modules are imported."""
    key = (family, check_links)
    found = _checks.get(key)
    if found is None:
        skipped = REPORTED_ELSEWHERE if check_links else REPORTED_ELSEWHERE | ON_REQUEST
        found = _checks[key] = tuple(
            _imported(rule_id)
            for rule_id, families in RULE_FAMILIES
            if family in families and rule_id not in skipped
        )
    return found


def all_rules() -> tuple[Rule, ...]:
    """Every rule in table order (every rule module imported)."""
    return tuple(_imported(rule_id) for rule_id in RULE_IDS)


def _imported(rule_id: str) -> Rule:
    found = rule(rule_id)
    assert found is not None
    return found


def __getattr__(name: str) -> Any:
    """RULES and RULES_BY_ID, made when first asked for (importing every rule module)."""
    if name == "RULES":
        return all_rules()
    if name == "RULES_BY_ID":
        return {found.id: found for found in all_rules()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def unknown_rule_message(rule_id: str) -> str:
    """'unknown rule 'X'', with the nearest rule ids when the name looks like a typo of one."""
    import difflib

    nearest = difflib.get_close_matches(rule_id, RULE_IDS, n=2, cutoff=0.6)
    hint = f"did you mean {' or '.join(repr(n) for n in nearest)}? " if nearest else ""
    return f"unknown rule '{rule_id}' ({hint}see 'applint rules')"
