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
    hidden_evidence,
    incomplete_companion,
    link_outside_project,
    malformed_markdown,
    misplaced_heading,
    missing_criterion,
    missing_section,
    mixed_revisions,
    outdated_template,
    parse_error,
    placeholder,
    private_document,
    sub_checkbox,
    suppression_without_reason,
    template_guidance,
    template_instructions,
    todo_marker,
    unanswered_question,
    unanswered_suggested,
    unassessed_criterion,
    unchecked_criterion,
    unfilled_field,
    unfilled_section,
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
    misplaced_heading.RULE,
    placeholder.RULE,
    template_instructions.RULE,
    duplicate_content.RULE,
    todo_marker.RULE,
    hidden_evidence.RULE,
    criterion_without_evidence.RULE,
    unanswered_suggested.RULE,
    evidence_without_link.RULE,
    dangling_intro.RULE,
    unrendered_list.RULE,
    malformed_markdown.RULE,
    unfinished_sentence.RULE,
    contradictory_assertion.RULE,
    sub_checkbox.RULE,
    broken_link.RULE,
    unresolved_link.RULE,
    dead_link.RULE,
    private_document.RULE,
    link_outside_project.RULE,
    unmet_criteria.RULE,
    adopters.RULE,
    bare_reference.RULE,
    unknown_template.RULE,
    incomplete_companion.RULE,
    # Companion documents (GTR, governance review, security self-assessment).
    unanswered_question.RULE,
    unassessed_criterion.RULE,
    unfilled_section.RULE,
    unfilled_field.RULE,
    template_guidance.RULE,
    version_mismatch.RULE,
    outdated_template.RULE,
    mixed_revisions.RULE,
    parse_error.RULE,
    unused_suppression.RULE,
    suppression_without_reason.RULE,
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def unknown_rule_message(rule_id: str) -> str:
    """'unknown rule 'X'', with the nearest rule ids when the name looks like a typo of one."""
    import difflib

    nearest = difflib.get_close_matches(rule_id, RULES_BY_ID, n=2, cutoff=0.6)
    hint = f"did you mean {' or '.join(repr(n) for n in nearest)}? " if nearest else ""
    return f"unknown rule '{rule_id}' ({hint}see 'applint rules')"
