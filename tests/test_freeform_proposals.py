"""Applications written in a shape of their own (old free-form proposals, drafts against the retired
graduation criteria): what they leave for the TOC reader at the lines where the problem is, beside
the one unknown-template warning at the top."""

from __future__ import annotations

from applint.engine import lint_text
from applint.results.report import FileReport
from applint.rules.placeholder import _fewest


def found(report: FileReport, rule: str) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == rule]


NAMED_FILES = """# Kelpie Graduation Proposal

Kelpie is a cloud native cache. We propose that Kelpie move to the Graduation stage.

## Graduation criteria

### Have committers from at least two organizations

Kelpie has 9 maintainers from 5 companies, listed in our MAINTAINERS.md file.

### Explicitly define a project governance and committer process

This preferably is laid out in a GOVERNANCE.md file and references an OWNERS.md file showing the current and emeritus committers.

Our governance is described in GOVERNANCE.md; see GOVERNANCE.md for the voting rules.

### Security

Vulnerabilities are reported as described in [SECURITY.md](https://github.com/kelpie/kelpie/blob/main/SECURITY.md).
Our SECURITY.md names the response team.

### Adopters

Have a public list of project adopters (e.g., ADOPTERS.md or logos on the project website).

Adopters are listed in ADOPTERS.md in the main repository, and ADOPTERS.md is reviewed every quarter.

We will add a ROADMAP.md before the review.

The governance is summarised again in GOVERNANCE.md.

We aim to curate a longer list of plans in a `ROADMAP.md` file in the future.
"""


def test_a_proposal_names_each_unlinked_file_once_at_its_first_line_in_the_applicants_words() -> None:
    report = lint_text(NAMED_FILES)
    assert report.application and report.detection is not None
    assert report.detection["follows_template"] is False
    assert found(report, "evidence-without-link") == [
        ("evidence-without-link", "info", 9),
        ("evidence-without-link", "info", 15),
        ("evidence-without-link", "info", 26),
    ]
    by_line = {f.line: f.message for f in report.findings if f.rule == "evidence-without-link"}
    assert by_line[9] == (
        "'MAINTAINERS.md' is named but nothing in the application links it; link the file (at a release "
        "tag or commit) so that the TOC can open it"
    )
    # GOVERNANCE.md twice on line 15 and again on line 30: one finding naming the later line
    assert by_line[15].startswith("'GOVERNANCE.md' is named (also line 30) but nothing in the application")
    assert "ADOPTERS.md" in by_line[26]


def test_a_proposal_is_quiet_on_linked_files_the_criteria_wording_and_files_still_to_come() -> None:
    report = lint_text(NAMED_FILES)
    messages = " ".join(f.message for f in report.findings if f.rule == "evidence-without-link")
    # linked on line 19 and named again on line 20; OWNERS.md and ADOPTERS.md in the retired criteria's
    # own words (line 13, line 24: "preferably", "e.g."); ROADMAP.md still to come (lines 28, 32)
    for name in ("SECURITY.md", "OWNERS.md'", "ROADMAP.md"):
        assert name not in messages
    assert not any(
        f.line in (13, 19, 20, 24, 28, 32) for f in report.findings if f.rule == "evidence-without-link"
    )


def test_a_file_linked_anywhere_in_the_proposal_is_not_reported_where_it_is_only_named() -> None:
    text = NAMED_FILES.replace(
        "The governance is summarised again in GOVERNANCE.md.",
        "The governance is summarised again in [GOVERNANCE.md](https://github.com/kelpie/community/blob/v1/GOVERNANCE.md).",
    )
    report = lint_text(text)
    assert [line for _, _, line in found(report, "evidence-without-link")] == [9, 26]


RANKS = """# Kelpie Incubation Proposal

We propose that Kelpie move to the Incubation stage.

## Adoption

Kelpie is the #1 most popular cache for Kubernetes operators, and the #1 choice of platform teams.
It was ranked #3 among CNCF sandbox projects and is #1 in downloads on Artifact Hub.
Our #1 priority this year is the fastest-growing user base: the #1 fastest-growing cache.

## Releases

The release process was fixed by #406 last year; see #12 for the discussion.
The last three releases came from PRs #288, #290 and #291.
Issue #1 most users hit on upgrade is now documented.
"""


def test_a_number_that_ranks_is_no_issue_reference_and_a_number_that_points_to_one_is() -> None:
    report = lint_text(RANKS, path="kelpie-incubation.md")
    assert found(report, "bare-reference") == [
        ("bare-reference", "info", 13),
        ("bare-reference", "info", 14),
        ("bare-reference", "info", 15),
    ]
    by_line = {f.line: f.message for f in report.findings if f.rule == "bare-reference"}
    assert by_line[13].startswith("'#406', '#12' link only inside a GitHub issue or pull request")
    assert by_line[14].startswith("'#288', '#290', '#291' link only")
    assert by_line[15].startswith("'#1' links only")  # "Issue #1": an issue, whatever follows


OWN_PLACEHOLDERS = """# Kelpie Incubation Proposal

We propose that Kelpie move to the Incubation stage.

## TOC Sponsor

TOC sponsor (to be identified)

## Adopters

Kelpie is used by XX adopters in production, XX% of them on bare metal.

Case study: <add link>

## Roadmap

Version 2.0 is planned for Q? 2026.

## Process

The sponsor is to be identified by the TOC once the proposal is presented.
Kelpie 1.0 shipped in Q3 2025 and is installed with `helm install kelpie --set replicas=XX`.
Our <details> pages and the <br> tags render as HTML. Kelpie XXL nodes hold the cache.
"""


def test_the_authors_own_placeholders_are_found_at_their_lines() -> None:
    report = lint_text(OWN_PLACEHOLDERS)
    assert [
        (f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule != "unknown-template"
    ] == [
        ("missing-field", "warning", 1, None),  # the proposal gives none of the template's facts
        ("todo-marker", "warning", 7, 14),
        ("adopters", "warning", 11, None),  # the Adopters part names no organization and links no list
        ("placeholder", "error", 11, 19),
        ("placeholder", "error", 13, 13),
        ("placeholder", "error", 17, 28),
    ]
    by_line = {f.line: f.message for f in report.findings}
    assert (
        by_line[7]
        == "note to the author 'to be identified' left in; finish the text it marks and delete the note"
    )
    assert by_line[11] == "unfilled numbers 'XX', 'XX%' left in; replace them with the number itself"
    assert by_line[13] == (
        "stand-in '<add link>' left in; replace it with the link (GitHub shows nothing for <add link>: it reads "
        "as an HTML tag)"
    )
    assert by_line[17] == "unfilled date 'Q? 2026' left in; replace it with the quarter itself (e.g. Q3 2026)"


def test_a_process_statement_a_real_quarter_code_and_html_tags_are_no_placeholders() -> None:
    report = lint_text(OWN_PLACEHOLDERS)
    # "to be identified by the TOC once …" (line 21) says who does it: a statement of the process;
    # "Q3 2025", "XX" in inline code, <details>, <br> and "XXL" (lines 22-23) are what they say
    assert not [f for f in report.findings if f.line in (21, 22, 23)]
    # "Case study: <add link>": the stand-in is where the items go, not an intro left dangling
    assert not [f for f in report.findings if f.rule == "dangling-intro"]


def bill_of_materials(count: int) -> str:
    """A bill of materials as a tool prints it: three lines a dependency."""
    return "\n".join(
        f"- name: github.com/kelpie-io/dep{n}\n  version: v1.{n}.0\n  license: {'null' if n % 3 == 0 else 'Apache-2.0'}"
        for n in range(count)
    )


PASTED = (
    """# Kelpie Graduation Proposal

We propose that Kelpie move to the Graduation stage.

## Software bill of materials

Kelpie publishes an SBOM with every release. The dependencies of v2.3.0 are:

"""
    + bill_of_materials(40)  # lines 9-128
    + """

## Go modules

"""
    + "\n".join(f"github.com/kelpie-io/mod{n} v0.{n}.1" for n in range(25))  # lines 132-156
    + """

## Build manifest

```yaml
"""
    + bill_of_materials(40)  # in a code block: as meant
    + """
```

## Community

"""
    + "\n".join(
        f"- {channel}: see the channel list on the website" for channel in ("slack", "matrix", "discord")
    )
    + "\n"
    + "\n".join(f"- {name.lower()}_{n}: kelpie-{n}" for n in range(10) for name in ("Mirror", "Bucket"))
    + """

A short list of our direct dependencies:

"""
    + bill_of_materials(5)
    + "\n"
)


def test_a_long_machine_listing_pasted_as_prose_is_one_finding_at_its_first_line_naming_its_extent() -> None:
    report = lint_text(PASTED)
    assert found(report, "malformed-markdown") == [
        ("malformed-markdown", "warning", 9),
        ("malformed-markdown", "warning", 132),
    ]
    by_line = {f.line: f.message for f in report.findings if f.rule == "malformed-markdown"}
    assert by_line[9] == (
        "lines 9-128 (120 lines) are YAML pasted as text, outside a code block, so GitHub runs them together into "
        "one long list, each record running into the next; put them in a fenced code block (```yaml) or, better, "
        "link to the file they come from"
    )
    assert by_line[132].startswith(
        "lines 132-156 (25 lines) are a dependency list pasted as text, outside a code block, so GitHub runs them "
        "together into one long paragraph"
    )


def test_a_listing_in_a_code_block_a_short_one_and_a_list_of_labels_are_left_alone() -> None:
    report = lint_text(PASTED)
    # the fenced copy, the 23 labelled community items (keys that do not repeat as records' do) and
    # the five dependencies at the end (15 lines) render as meant or read well enough
    assert not [f for f in report.findings if f.rule == "malformed-markdown" and f.line > 156]


def test_a_json_manifest_pasted_as_prose_is_one_finding_and_a_quoted_sentence_is_not_json() -> None:
    manifest = "\n".join(
        ["{", '  "name": "kelpie",', '  "dependencies": {']
        + [f'    "dep{n}": "^1.{n}.0",' for n in range(20)]
        + ["  },", '  "keywords": [', '    "cache",', '    "kubernetes"', "  ]", "}"]
    )
    text = (
        "# Kelpie Incubation Proposal\n\nWe propose that Kelpie move to the Incubation stage.\n\n"
        "Our package manifest:\n\n" + manifest + '\n\n"Kelpie made our cache fast", says an adopter.\n'
    )
    report = lint_text(text)
    assert found(report, "malformed-markdown") == [("malformed-markdown", "warning", 7)]
    (finding,) = [f for f in report.findings if f.rule == "malformed-markdown"]
    assert finding.message.startswith(
        "lines 7-35 (29 lines) are JSON pasted as text, outside a code block, so"
    )
    assert "one long paragraph" in finding.message and "(```json)" in finding.message


def test_a_listing_of_just_enough_lines_is_found_wherever_it_starts_in_its_stretch_of_prose() -> None:
    # Each stretch of paragraphs is first sampled at every 20th line; a 20-line listing holds one of
    # them however many lines of prose open the stretch, and a 19-line one is never a listing.
    for prose_lines in range(21):
        for listed in (19, 20):
            prose = ["We depend on these modules for caching and for storage, as the README explains."]
            lines = [
                "# Kelpie Incubation Proposal",
                "",
                *(prose * prose_lines),
                *([""] if prose_lines else []),
                *(f"github.com/kelpie-io/module{n} v1.{n}.0" for n in range(listed)),
                "",
                "These are all of our direct dependencies.",
            ]
            first = lines.index("github.com/kelpie-io/module0 v1.0.0") + 1
            report = lint_text("\n".join(lines) + "\n")
            expected = [("malformed-markdown", "warning", first)] if listed == 20 else []
            assert found(report, "malformed-markdown") == expected, (prose_lines, listed)
            if listed == 20:
                (finding,) = [f for f in report.findings if f.rule == "malformed-markdown"]
                assert finding.message.startswith(
                    f"lines {first}-{first + 19} (20 lines) are a dependency list pasted as text"
                )


def test_the_placeholder_rules_line_test_drops_only_anchors_another_anchor_finds() -> None:
    anchors = (
        "-XX",
        "XX/",
        "Q?",
        "QX ",
        "20XX",
        "XX",
        "<",
        "$",
        "YYYY",
        "MONTH YEAR",
        "[Project]",
        "\\[Project\\]",
    )
    assert _fewest(anchors) == (
        "Q?",
        "QX ",
        "XX",
        "<",
        "$",
        "YYYY",
        "MONTH YEAR",
        "[Project]",
        "\\[Project\\]",
    )
    lines = [
        "Launch on 2025-XX-XX.",
        "By 20XX.",
        "Q? 2026",
        "QX 2026",
        "see <add link>",
        "[Project] is",
        "plain",
    ]
    for line in lines:
        assert any(a in line for a in _fewest(anchors)) == any(a in line for a in anchors), line
