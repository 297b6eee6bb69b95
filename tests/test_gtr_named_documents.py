"""The project documents a GTR's answers name by what they are ("The roadmap is maintained
publicly", "as described in the release documentation") that nothing in it links
(evidence-without-link, through matching.named_files' places)."""

from __future__ import annotations

import pytest

from applint.engine import lint_source
from applint.findings import Finding
from applint.readers.sources import Source

GTR = """# General Technical Review - Kestrel / Sandbox

- **Project:** Kestrel
- **Project Version:** v1.2.0
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-05-02
- **Template Version:** v1.0
- **Description:** A batch scheduler for Kubernetes.

## Day 0 - Planning Phase

### Scope

**Roadmap Process:**
{roadmap}

**Target Personas:** platform engineers.

{later}
"""


def unlinked(text: str, issue_body: bool = False) -> list[Finding]:
    report = lint_source(Source("gtr.md", text.encode("utf-8"), "markdown", issue_body))
    return [f for f in report.findings if f.rule == "evidence-without-link"]


def test_a_roadmap_named_with_no_link_anywhere_is_info_at_its_first_mention() -> None:
    text = GTR.format(
        roadmap="- The roadmap is maintained publicly (via GitHub Projects and issues).",
        later="Features land when they are on the roadmap; see the roadmap for the next release.",
    )
    findings = unlinked(text)
    assert [(f.rule, f.severity.label, f.line) for f in findings] == [("evidence-without-link", "info", 15)]
    assert findings[0].message == (
        "'the roadmap' is named (also line 19) but nothing in the GTR links it; link it (at a release tag "
        "or commit) so that reviewers can open it"
    )


@pytest.mark.parametrize(
    ("roadmap", "later"),
    [
        # a link beside the mention is where the roadmap is kept, for the later mentions too
        (
            "The roadmap is maintained as a [GitHub Project board](https://github.com/orgs/kestrel/projects/2).",
            "Public issues and roadmap discussions are documented in the meeting notes of each release.",
        ),
        # a link elsewhere that is the roadmap
        (
            "The roadmap is maintained publicly.",
            "See [ROADMAP.md](https://github.com/kestrel/kestrel/blob/v1.2.0/ROADMAP.md).",
        ),
        # a roadmap planned, not named as kept
        ("We will publish a roadmap before the next release.", ""),
    ],
)
def test_a_roadmap_linked_or_only_planned_stays_quiet(roadmap: str, later: str) -> None:
    assert unlinked(GTR.format(roadmap=roadmap, later=later)) == []


def test_a_self_assessment_named_without_a_link_in_an_issue_body_is_info() -> None:
    text = GTR.format(
        roadmap="Quarterly planning in [issues](https://github.com/kestrel/kestrel/issues).",
        later="### Security\n\nThe security self-assessment was completed in 2025.\nIt is reviewed yearly.\n",
    ).replace("\n", "\r\n")
    findings = unlinked(text, issue_body=True)
    assert [(f.rule, f.severity.label, f.line) for f in findings] == [("evidence-without-link", "info", 21)]
    assert findings[0].message.startswith(
        "'the security self-assessment' is named but nothing in the GTR links it"
    )
