"""The rule registry: one explicit, ordered table of every rule."""

from __future__ import annotations

from applint.rule import Rule
from applint.rules import (
    duplicate_content,
    empty_section,
    missing_criterion,
    missing_section,
    outdated_template,
    parse_error,
    placeholder,
    suppression_without_reason,
    template_instructions,
    unchecked_criterion,
    unknown_template,
    unused_suppression,
    version_mismatch,
)

RULES: tuple[Rule, ...] = (
    missing_section.RULE,
    missing_criterion.RULE,
    unchecked_criterion.RULE,
    empty_section.RULE,
    placeholder.RULE,
    template_instructions.RULE,
    duplicate_content.RULE,
    unknown_template.RULE,
    version_mismatch.RULE,
    outdated_template.RULE,
    parse_error.RULE,
    unused_suppression.RULE,
    suppression_without_reason.RULE,
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
