"""The shape of a rule: an id users can rely on, a default severity, a summary and a check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from applint.findings import Finding, Severity
from applint.model import EMPTY_MAPPING
from applint.rules.context import DocumentContext, LintContext

# A rule's check takes the context of the documents it is for: a LintContext (applications and
# due-diligence documents) or a CompanionContext (companion documents); the engine gives each
# rule only documents of its ``kinds``.
Check = Callable[[Any], Iterable[Finding]]
# What a rule is for, by the family of document: an application, a TOC due-diligence document,
# or one of the companion documents (every kind under schemas/companions/).
APPLICATION_FAMILIES = frozenset({"application", "due-diligence"})
COMPANION_FAMILY = frozenset({"companion"})
# Every document applint lints: for rules about Markdown and links, which every kind has.
ALL_FAMILIES = APPLICATION_FAMILIES | COMPANION_FAMILY


class Rule:
    """A registered rule. ``doc`` is its user documentation (the rule module's docstring)."""

    __slots__ = ("check", "doc", "families", "id", "options", "severity", "summary")

    def __init__(
        self,
        id: str,
        severity: Severity,
        summary: str,
        check: Check,
        doc: str,
        options: Mapping[str, Any] = EMPTY_MAPPING,
        families: frozenset[str] = APPLICATION_FAMILIES,
    ) -> None:
        self.id: Final = id
        self.severity: Final = severity
        self.summary: Final = summary
        self.check: Final = check
        self.doc: Final = doc
        # The rule's own options and their defaults ([tool.applint.rules.<id>.options] in config).
        self.options: Final = options
        # The families of documents the rule checks (APPLICATION_FAMILIES, COMPANION_FAMILY or both).
        self.families: Final = families


def plain_text(doc: str) -> str:
    """A rule's documentation as plain text for a terminal: reStructuredText's inline-literal
    backticks dropped (``$PROJECT`` reads $PROJECT), everything else as written."""
    return re.sub(r"``(.+?)``", r"\1", doc.strip(), flags=re.DOTALL)


def option(ctx: DocumentContext, rule: Rule, name: str) -> Any:
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
