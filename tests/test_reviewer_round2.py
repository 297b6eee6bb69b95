"""Issue 21, read like a reviewer: structure read right (anonymous adopter write-ups are no copies,
a copy slip beside them is), one finding per problem (a copy's findings folded into the copy, an
unfilled Adopter block one finding), and grammatical advice for one placeholder."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from applint.engine import lint_text
from applint.findings import Finding
from tests.conftest import FIXTURES

GRADUATION = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
ADOPTERS = GRADUATION[GRADUATION.index("##### Adopter 1 - Acme Corp/Retail") :]


def rows(findings: tuple[Finding, ...], *rules: str) -> list[tuple[str, str, int | None]]:
    return [(f.rule, f.severity.label, f.line) for f in findings if not rules or f.rule in rules]


def _with_adopters(blocks: str) -> str:
    return GRADUATION.replace(ADOPTERS, blocks)


ANONYMOUS = """##### Adopter 1 - Financial Services

August 2024

Adopter 1 has requested the adopter interview be kept private. The notes are kept on file for the TOC's review and inform the findings of this application.

##### Adopter 2 - Healthcare

August 2024

Adopter 2 has requested the adopter interview be kept private. The notes are kept on file for the TOC's review and inform the findings of this application.

##### Adopter 3 - Financial Services

September 2024

Adopter 3 has requested the adopter interview be kept private. The notes are kept on file for the TOC's review and inform the findings of this application.
"""

WRITE_UPS = """##### Adopter 1 - Streaming

The adopter moved its image distribution to Examplo in 2021 and serves three data centres with it, cutting the pull time of large images by half.

Note: this adopter preferred to remain anonymous. The interview details are kept in a private file for the TOC's review.

##### Adopter 2 - Telecommunications

Examplo carries the configuration of forty edge sites for this adopter, who chose it over an in-house tool for its community and its release cadence.

Note: this adopter preferred to remain anonymous. The interview details are kept in a private file for the TOC's review.

##### Adopter 3 - Retail

The retailer runs Examplo in its checkout path since 2023; the team contributes fixes upstream and joins the community meeting every other week.

The retailer runs Examplo in its checkout path since 2023; the team contributes fixes upstream and joins the community meeting every other week.

Note: this adopter preferred to remain anonymous. The interview details are kept in a private file for the TOC's review.
"""


def test_anonymous_adopter_write_ups_that_share_a_formula_are_no_copies() -> None:
    report = lint_text(_with_adopters(ANONYMOUS))
    assert rows(report.findings, "duplicate-content") == []


def test_a_shared_note_under_distinct_write_ups_is_no_copy_but_a_slip_beside_it_is() -> None:
    report = lint_text(_with_adopters(WRITE_UPS))
    text = _with_adopters(WRITE_UPS).splitlines()
    slip = (
        text.index(
            "The retailer runs Examplo in its checkout path since 2023; the team contributes fixes upstream "
            "and joins the community meeting every other week."
        )
        + 1
    )
    assert rows(report.findings, "duplicate-content") == [("duplicate-content", "warning", slip + 2)]
    (finding,) = [f for f in report.findings if f.rule == "duplicate-content"]
    assert f"repeats line {slip} (an exact copy)" in finding.message


def test_an_adopter_block_pasted_whole_is_still_a_copy() -> None:
    block = (
        "##### Adopter 1 - Streaming\n\nThe adopter moved its image distribution to Examplo in 2021 and "
        "serves three data centres with it, cutting the pull time of large images by half.\n\n"
        "Note: this adopter preferred to remain anonymous. The interview details are kept in a private "
        "file for the TOC's review.\n\n"
    )
    text = _with_adopters(block + block.replace("Adopter 1", "Adopter 2"))
    lines = text.splitlines()
    second = lines.index("##### Adopter 2 - Streaming") + 1
    assert rows(lint_text(text).findings, "duplicate-content") == [
        ("duplicate-content", "warning", second + 2)
    ]


UNFILLED = """##### Adopter 1 - $COMPANY/$INDUSTRY

If the Adopting organization needs to remain anonymous, stating the industry vertical is sufficient.

MONTH YEAR

##### Adopter 2 - $COMPANY

If the Adopting organization needs to remain anonymous, stating the industry vertical is sufficient.

MONTH YEAR

##### Adopter 3 - Initech/Finance

Initech runs Examplo in production since MONTH YEAR across 5 regions.
"""


def test_an_unfilled_adopter_block_is_one_finding_and_its_advice_is_grammatical() -> None:
    text = _with_adopters(UNFILLED)
    first = text.splitlines().index("##### Adopter 1 - $COMPANY/$INDUSTRY") + 1
    report = lint_text(text)
    found = rows(report.findings, "placeholder", "template-instructions")
    # One per unfilled block, at its heading; a placeholder in a written block is its own finding.
    assert found == [
        ("placeholder", "error", first),
        ("placeholder", "error", first + 6),
        ("placeholder", "error", first + 14),
    ]
    one, two, three = [f for f in report.findings if f.rule == "placeholder"]
    assert one.message == (
        "template placeholder '$COMPANY/$INDUSTRY' left in; replace it with the adopting organization "
        "and its industry ('Acme Corp/Retail'), or the industry alone if the adopter must stay anonymous "
        f"(also: the template's guidance left in (line {first + 2}); 'MONTH YEAR' left in (line {first + 4}))"
    )
    assert "replace it with the adopting organization (or leave only the industry" in two.message
    assert "them" not in two.message and "also:" in two.message
    assert [facet["rule"] for facet in one.details["also"]] == ["template-instructions", "placeholder"]
    assert "also" not in three.details


def test_a_document_pasted_twice_reports_the_copy_once_with_what_it_holds() -> None:
    written = (
        WRITE_UPS.split("##### Adopter 3")[0]
        .replace("Adopter 1", "Adopter 3")
        .replace("Adopter 2", "Adopter 4")
    )
    head = GRADUATION.replace(ADOPTERS, UNFILLED.split("##### Adopter 3")[0] + "\n" + written)
    doubled = head + "\n" + head
    report = lint_text(doubled)
    lines = head.count("\n") + 1
    (copy,) = [f for f in report.findings if f.rule == "duplicate-content"]
    assert copy.line == lines + 1 and "the document repeats itself" in copy.message
    assert "(the copy also holds 2 blocks still the template's, as the first copy does)" in copy.message
    # The first copy keeps its findings; none of them is reported again inside the copy.
    inside = [f for f in report.findings if f.line is not None and f.line > lines and f is not copy]
    assert not [f for f in inside if f.rule in ("placeholder", "template-instructions")]
    assert len([f for f in report.findings if f.rule == "placeholder"]) == 2


def test_the_template_sentence_is_no_evidence_in_an_application() -> None:
    """Only a DD template's standing evaluation counts, and only in a DD document: an applicant who
    keeps the template's sentence has still written nothing."""
    evidence = (
        "Evidence 47: see [our document 47](https://github.com/examplo/community/blob/main/doc47.md), "
        "reviewed by the maintainers in meeting number 47.\n\n"
    )
    report = lint_text(GRADUATION.replace(evidence, "", 1))
    assert rows(report.findings, "criterion-without-evidence") == [
        ("criterion-without-evidence", "error", 277)
    ]


INCUBATION = (FIXTURES / "apps" / "incubation-v1.6-complete.md").read_text(encoding="utf-8")


def test_adopter_guidance_at_a_level_that_asks_for_no_adopter_blocks() -> None:
    """The incubation template asks for adopters in its Adoption Assertion but has no Adopter
    interview blocks: the graduation's anonymity guidance pasted in is told as such, and the
    three adopters listed stay unquestioned."""
    guidance = (
        "If the Adopting organization needs to remain anonymous, stating the industry vertical is sufficient."
    )
    text = INCUBATION.replace("- Initech\n", f"- Initech\n\n{guidance}\n", 1)
    line = text.splitlines().index(guidance) + 1
    report = lint_text(text)
    assert rows(report.findings, "adopters", "template-instructions") == [("adopters", "warning", line)]
    (finding,) = [f for f in report.findings if f.rule == "adopters"]
    assert finding.message == (
        'the graduation template\'s guidance "If the Adopting organization needs to remain anonymous, …" '
        "is left in, but the incubation template asks for no Adopter blocks; delete it and name the "
        "adopters in the Adoption Assertion"
    )
    assert rows(lint_text(INCUBATION).findings) == []


def _evidence(number: int) -> str:
    return (
        f"Evidence {number}: see [our document {number}](https://github.com/examplo/community/blob/main/"
        f"doc{number}.md), reviewed by the maintainers in meeting number {number}."
    )


def test_a_sentence_cut_off_inside_a_word() -> None:
    cut = {
        12: _evidence(12) + " The maintainers review every change, and the project is actively zz",
        20: _evidence(20) + "\n\nReleases are published to any OCI-compliant regis",
    }
    quiet = {
        # whole words: one the document uses again, a short one, a plural, a word plus a suffix
        30: _evidence(30) + " The chart is installed with helm",
        31: _evidence(31) + " Zero-config images for local dev",
        32: _evidence(32) + " The talk at the summit came with slides",
        33: _evidence(33) + " Each slide names the owner of the schedule",
    }
    text = GRADUATION
    for number, new in {**cut, **quiet}.items():
        text = text.replace(_evidence(number), new, 1)
    text = text.replace(_evidence(34), _evidence(34) + " The registry is scheduled for review.", 1)
    lines = text.splitlines()
    expected = [
        ("unfinished-sentence", "warning", next(i for i, line in enumerate(lines, 1) if line.endswith(end)))
        for end in ("actively zz", "compliant regis")
    ]
    report = lint_text(text)
    assert rows(report.findings, "unfinished-sentence") == expected
    first = next(f for f in report.findings if f.rule == "unfinished-sentence")
    assert (
        'stops in the middle of a word ("zz"); finish the word and the sentence, or delete it'
        in first.message
    )


def test_list_items_written_as_clauses_of_one_sentence_are_not_unfinished() -> None:
    """A numbered list whose items end in ";" / "; and" makes one sentence: no item is unfinished;
    an item ending "and" with nothing after it, or the list's last item ending ",", still is."""
    listed = (
        _evidence(12)
        + "\n\nThe TOC verifies:\n\n1. the adopters file;\n"
        + "2. 5-7 adopter interview submissions and later TOC verification; and\n"
        + "3. the adopters form, or\n4. an equivalent list.\n"
    )
    unfinished = _evidence(20) + "\n\n- Our adopters include Northfold, Ostrava Telekom and\n"
    trailing = _evidence(30) + "\n\n- first of the list;\n- last of the list,\n"
    text = (
        GRADUATION.replace(_evidence(12), listed, 1)
        .replace(_evidence(20), unfinished, 1)
        .replace(_evidence(30), trailing, 1)
    )
    lines = text.splitlines()
    expected = [
        ("unfinished-sentence", "warning", lines.index(line) + 1)
        for line in ("- Our adopters include Northfold, Ostrava Telekom and", "- last of the list,")
    ]
    assert rows(lint_text(text).findings, "unfinished-sentence") == expected


ISSUE_LINES = (
    "Community meetings are held every other Tuesday and their notes are kept at\n"
    "The maintainers also hold office hours once a month for new contributors.\n"
    "Recordings of each meeting are published at\n"
    "https://www.youtube.com/@examplo\n"
)


def _issue_body() -> str:
    return GRADUATION.replace(_evidence(40), _evidence(40) + "\n" + ISSUE_LINES.rstrip("\n"), 1)


def test_an_issue_body_reads_each_line_of_a_paragraph_as_shown(runner: CliRunner, tmp_path: Path) -> None:
    """Standard input is an issue body: the line that stops on "at" before a new sentence is
    reported at its line; the one whose next line is the promised address is not. The same text
    in a file is one paragraph whose line breaks are spaces: nothing to report there."""
    import json

    from applint.cli import cli

    text = _issue_body()
    line = text.splitlines().index(ISSUE_LINES.splitlines()[0]) + 1
    piped = runner.invoke(cli, ["check", "--format", "json", "-"], input=text.encode("utf-8"))
    found = [
        (f["rule"], f["severity"], f["line"])
        for f in json.loads(piped.stdout)["files"][0]["findings"]
        if f["rule"] == "unfinished-sentence"
    ]
    assert found == [("unfinished-sentence", "warning", line)]
    path = tmp_path / "application.md"
    path.write_text(text, encoding="utf-8")
    assert rows(lint_text(text).findings, "unfinished-sentence") == []
    from applint.engine import lint_path

    assert rows(lint_path(str(path)).findings, "unfinished-sentence") == []


def test_what_is_an_issue_body() -> None:
    import io

    from applint.engine import read_document
    from applint.readers.sources import read_source

    piped = read_source("-", io.BytesIO(b"# Kelpie Incubation Application\n\nline one\nline two\n"))
    assert piped.issue_body and read_document(piped).capabilities.line_breaks
    fixture = read_source(str(FIXTURES / "apps" / "graduation-v1.6-complete.md"))
    assert not fixture.issue_body and not read_document(fixture).capabilities.line_breaks


def test_a_dd_sub_box_left_open_is_the_tocs_to_conclude() -> None:
    """In a DD document an unticked sub-box is a verdict not yet given: the advice speaks to the
    TOC member (tick it if met, or untick the criterion and say why), never "meet it"."""
    draft = (FIXTURES / "dd" / "graduation-draft.md").read_text(encoding="utf-8")
    text = draft.replace(
        "  - [x] Branch and platform support and length of support",
        "  - [ ] Branch and platform support and length of support",
        1,
    )
    report = lint_text(text)
    (finding,) = [f for f in report.findings if f.rule == "sub-checkbox"]
    assert (finding.severity.label, finding.line) == ("warning", 218)
    assert finding.message.endswith(
        "is not ticked; tick it if the TOC found it met, or untick the criterion and say in its "
        "evaluation what is missing"
    )
    assert "meet it and tick it" not in finding.message
    application = GRADUATION.replace(
        "- [x] Branch and platform support and length of support",
        "- [ ] Branch and platform support and length of support",
        1,
    )
    applicant = [f for f in lint_text(application).findings if f.rule == "sub-checkbox"]
    assert applicant and all("meet it and tick it" in f.message for f in applicant)


def test_another_adopters_description_pasted_with_a_new_date_is_a_copy() -> None:
    """A near-copy between Adopter blocks that is not adapted to its own block (the first adopter's
    description under the second, only the date changed) is a slip, not the blocks' form."""
    description = (
        "Laguna Data runs all of its customer-facing streaming pipelines on Examplo in production, "
        "about 1.2 million events per second across three regions, and contributed the Pulsar connector."
    )
    blocks = (
        f"##### Adopter 1 - Laguna Data/Analytics\n\n{description}\nMarch 2026\n\n"
        f"##### Adopter 2 - Anonymous/Energy\n\n{description}\nFebruary 2026\n\n"
        "##### Adopter 3 - Initech/Finance\n\nInitech runs Examplo in production since the spring of 2024 "
        "across 5 regions.\n"
    )
    text = _with_adopters(blocks)
    second = text.splitlines().index("##### Adopter 2 - Anonymous/Energy") + 1
    assert rows(lint_text(text).findings, "duplicate-content") == [
        ("duplicate-content", "warning", second + 2)
    ]


def test_a_finding_is_never_its_own_twin_when_a_copy_overlaps_what_it_repeats() -> None:
    from applint.findings import Severity
    from applint.results.grouping import group_findings

    copy = Finding(
        "duplicate-content",
        Severity.WARNING,
        "lines 205-249 repeat 49-245 (9 paragraphs copied); keep one copy and delete the other",
        line=205,
        details={"copy_lines": [205, 249], "original_lines": [49, 245]},
    )
    inside = Finding("mixed-revisions", Severity.WARNING, "criteria of two revisions", line=210)
    twin_in_copy = Finding("placeholder", Severity.ERROR, "template placeholder '$LINK' left in", line=220)
    twin = Finding("placeholder", Severity.ERROR, "template placeholder '$LINK' left in", line=60)
    grouped = group_findings([twin, copy, inside, twin_in_copy])
    assert [(f.rule, f.line) for f in grouped] == [
        ("placeholder", 60),
        ("duplicate-content", 205),
        ("mixed-revisions", 210),
    ]
    assert grouped[1].message.endswith("(the copy also holds 1 leftover placeholder, as the first copy does)")


def test_fix_adds_no_version_line_detection_would_not_see() -> None:
    """A draft pasted twice whose first title was lost: detection reads the version line under the
    first heading naming an application ("Application Level Assertion"), so fix adds none under
    the second copy's title (it would add it again on every run)."""
    from tests.test_fix_properties import fixed

    text = (FIXTURES / "corpus" / "r21-03-plover-incubation-twice.md").read_text(encoding="utf-8")
    draft = "\n".join(text.split("\n")[4:])
    once, edits = fixed(draft)
    assert fixed(once) == (once, 0)
    assert "added the version line" not in str(edits) and once.count("\nv1.6\n") == draft.count("\nv1.6\n")
