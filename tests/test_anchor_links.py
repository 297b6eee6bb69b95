"""Links to anchors of the document itself (broken-link): a fragment written in another case than
GitHub's lower-case anchor, one that names no heading (with the nearest anchor as its fix), a table
of contents with several broken entries as one finding; and the fragments that must stay quiet."""

from __future__ import annotations

from applint.engine import lint_source, lint_text
from applint.readers.sources import Source
from tests.companion_texts import SELF_ASSESSMENT_HEAD
from tests.rule_rows import rule_rows

_SA = "self-assessment.md"

_HEADINGS = """
## Threat Modelling

The maintainers keep a STRIDE table.

### Goal

Queue jobs fairly.

### STRIDE Threat Modeling for Kestrel:

Spoofing is covered by the webhook.

## Project & Design

## 🚀 Getting Started

## The `kestrel` CLI

## Project Communication {#project-communication}

<a name="Release-Notes"></a>
Release notes are on the website.

## Overview

The second overview, for operators.
"""


def _line(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def _findings(text: str, path: str = _SA) -> list[tuple[str, str, int | None, str]]:
    return [
        (f.rule, f.severity.label, f.line, f.message)
        for f in lint_text(text, path).findings
        if f.rule == "broken-link"
    ]


def test_a_fragment_in_capitals_is_told_its_lower_case_anchor() -> None:
    text = SELF_ASSESSMENT_HEAD + "\n* [Threat Modelling](#Threat-Modelling)\n" + _HEADINGS
    [(rule, severity, line, message)] = _findings(text)
    assert (rule, severity, line) == ("broken-link", "warning", _line(text, "(#Threat-Modelling)"))
    assert "only in case" in message and "write '#threat-modelling'" in message


def test_a_fragment_naming_no_heading_offers_the_nearest_anchor() -> None:
    text = SELF_ASSESSMENT_HEAD + "\nOur aims are under [Goals](#goals).\n" + _HEADINGS
    [(rule, severity, line, message)] = _findings(text)
    assert (rule, severity, line) == ("broken-link", "error", _line(text, "(#goals)"))
    assert "points to no heading of this document; did you mean '#goal'?" in message


def test_a_fragment_with_nothing_near_it_says_only_that_it_is_broken() -> None:
    text = SELF_ASSESSMENT_HEAD + "\nSee [Action items](#Action-Items) for what is left.\n" + _HEADINGS
    [(_, severity, line, message)] = _findings(text)
    assert (severity, line) == ("error", _line(text, "(#Action-Items)"))
    assert "did you mean" not in message


def test_a_table_of_contents_with_several_broken_entries_is_one_finding() -> None:
    contents = (
        "\n## Table of contents\n\n"
        "* [Threat Modelling](#threat-modelling)\n"
        "* [Actors](#actors)\n"
        "  * [Actions](#actions)\n"
        "* [Security functions](#security-functions-and-features)\n"
        "* [Goal](#Goal)\n"
        "* [Overview](#Overview)\n"
    )
    text = SELF_ASSESSMENT_HEAD + contents + _HEADINGS
    findings = _findings(text)
    assert [(rule, severity, line) for rule, severity, line, _ in findings] == [
        ("broken-link", "error", _line(text, "(#actors)")),
        ("broken-link", "warning", _line(text, "(#Goal)")),
    ]
    missing, cased = findings[0][3], findings[1][3]
    assert missing.startswith(
        "3 links of this list ('#actors', '#actions' and '#security-functions-and-features')"
    )
    assert (
        f"also at lines {_line(text, '(#actions)')}-{_line(text, '(#security-functions')} of this list"
        in missing
    )
    assert "2 links of this list ('#Goal' (write '#goal') and '#Overview' (write '#overview'))" in cased


def test_fragments_to_headings_as_github_makes_their_anchors_stay_quiet() -> None:
    links = (
        "\nSee [threats](#threat-modelling), [STRIDE](#stride-threat-modeling-for-kestrel), "
        "[design](#project--design), [start](#-getting-started), [CLI](#the-kestrel-cli), "
        "[channels](#project-communication), [notes](#Release-Notes), [operators](#overview-1), "
        "[elsewhere](GOVERNANCE.md#Voting), [code](https://github.com/kestrel/kestrel/blob/main/x.go#L10) "
        "and [line](#L10).\n"
    )
    text = SELF_ASSESSMENT_HEAD + links + _HEADINGS
    assert rule_rows(text, "broken-link", _SA) == []


def test_an_issue_body_leaves_case_alone_but_not_a_missing_anchor() -> None:
    text = (
        SELF_ASSESSMENT_HEAD
        + "\n* [Threat Modelling](#Threat-Modelling)\n\nSee [Action items](#action-items).\n"
        + _HEADINGS
    )
    report = lint_source(Source("-", text.encode("utf-8"), "markdown", issue_body=True))
    rows = [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == "broken-link"]
    assert rows == [("broken-link", "error", _line(text, "(#action-items)"))]


def test_an_application_fragment_in_capitals_is_reported_too() -> None:
    text = (
        "# Kelpie Incubation Application\n\nv1.6\n\nSee [Security](#Security) below.\n\n"
        "## Security\n\nThe [security policy](https://github.com/kelpie/kelpie/blob/main/SECURITY.md).\n"
    )
    assert rule_rows(text, "broken-link", "application.md") == [("broken-link", "warning", 5)]
