"""Rules: one module per rule, and RULES, the explicit ordered table of all of them.

Takes a LintContext (document, template, mapping, evidence); gives findings.
"""

from __future__ import annotations

from applint.rules import (
    adopters,
    bare_reference,
    broken_link,
    contradictory_assertion,
    criterion_without_evidence,
    dangling_intro,
    dead_link,
    duplicate_content,
    empty_section,
    evidence_without_link,
    missing_criterion,
    missing_section,
    outdated_template,
    parse_error,
    placeholder,
    private_document,
    sub_checkbox,
    suppression_without_reason,
    template_instructions,
    todo_marker,
    unchecked_criterion,
    unfinished_sentence,
    unknown_template,
    unmet_criteria,
    unrendered_list,
    unresolved_link,
    unused_suppression,
    version_mismatch,
)
from applint.rules.rule import Rule

RULES: tuple[Rule, ...] = (
    missing_section.RULE,
    missing_criterion.RULE,
    unchecked_criterion.RULE,
    empty_section.RULE,
    placeholder.RULE,
    template_instructions.RULE,
    duplicate_content.RULE,
    todo_marker.RULE,
    criterion_without_evidence.RULE,
    evidence_without_link.RULE,
    dangling_intro.RULE,
    unrendered_list.RULE,
    unfinished_sentence.RULE,
    contradictory_assertion.RULE,
    sub_checkbox.RULE,
    broken_link.RULE,
    unresolved_link.RULE,
    dead_link.RULE,
    private_document.RULE,
    unmet_criteria.RULE,
    adopters.RULE,
    bare_reference.RULE,
    unknown_template.RULE,
    version_mismatch.RULE,
    outdated_template.RULE,
    parse_error.RULE,
    unused_suppression.RULE,
    suppression_without_reason.RULE,
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
