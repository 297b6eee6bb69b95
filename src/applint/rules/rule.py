"""The shape of a rule: an id users can rely on, a default severity, a summary and a check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from applint.findings import Finding, Severity
from applint.model import EMPTY_MAPPING
from applint.rules.context import LintContext

Check = Callable[[LintContext], Iterable[Finding]]


class Rule:
    """A registered rule. ``doc`` is its user documentation (the rule module's docstring)."""

    __slots__ = ("check", "doc", "id", "options", "severity", "summary")

    def __init__(
        self,
        id: str,
        severity: Severity,
        summary: str,
        check: Check,
        doc: str,
        options: Mapping[str, Any] = EMPTY_MAPPING,
    ) -> None:
        self.id: Final = id
        self.severity: Final = severity
        self.summary: Final = summary
        self.check: Final = check
        self.doc: Final = doc
        # The rule's own options and their defaults ([tool.applint.rules.<id>.options] in config).
        self.options: Final = options


def option(ctx: LintContext, rule: Rule, name: str) -> Any:
    """The configured value of one of a rule's options, or its default."""
    return ctx.options.get(rule.id, {}).get(name, rule.options[name])


def describe_section(ctx: LintContext, section_id: str) -> str:
    """A readable path for a template section: 'Governance and Maintainers › Required'."""
    titles = (title.replace("$PROJECT", "<project>") for title in ctx.template.path(section_id))
    return " › ".join(titles) or "the application"


def shorten(text: str, limit: int = 90) -> str:
    """Text cut to ``limit`` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"
