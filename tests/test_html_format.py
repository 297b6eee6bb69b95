"""`--format html` for check and triage: the page parsed with lxml in every run (every finding in
the row of its line, every anchor resolving, nothing loaded from outside, the triage items and the
completeness bars as the JSON outputs give them), on fixtures and on the shared real examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from applint.cli import cli
from tests.conftest import EXAMPLES, FIXTURES, require_shared, shared_files, shared_params

NOT_READY = str(FIXTURES / "triage" / "graduation-not-ready.md")
READY = str(FIXTURES / "triage" / "incubation-ready.md")
DOCX = str(FIXTURES / "docx" / "sample-incubation.docx")


def _page(runner: CliRunner, *argv: str) -> tuple[int, lxml_html.HtmlElement]:
    result = runner.invoke(cli, list(argv))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stdout.startswith("<!DOCTYPE html>\n"), result.stdout[:200]
    return result.exit_code, lxml_html.document_fromstring(result.stdout)


def _json(runner: CliRunner, *argv: str) -> dict:
    return json.loads(runner.invoke(cli, [*argv, "--format", "json"]).stdout)


def assert_self_contained(page: lxml_html.HtmlElement) -> None:
    """No script, no external asset, every in-page link resolving to exactly one element."""
    assert page.xpath("//script|//link|//iframe|//img|//object|//embed") == []
    assert page.xpath("//@src") == []
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    for href in page.xpath("//a/@href"):
        assert href.startswith("#"), href
        assert href[1:] in ids, f"anchor {href} resolves to nothing"
    assert "url(" not in "".join(page.xpath("//style/text()"))


def assert_findings_beside_their_lines(
    page: lxml_html.HtmlElement, prefix: str, findings: list[dict]
) -> None:
    """Each finding exactly once, in the row of its line (or paragraph), with its rule, severity and words."""
    shown = page.xpath(f'//article[@id="{prefix}"]//li[contains(@class, "fi")]')
    assert len(shown) == len(findings)
    for number, finding in enumerate(findings, 1):
        [item] = page.xpath(f'//li[@id="{prefix}-F{number}"]')
        place = finding["line"] or finding["paragraph"] or 0
        row = item.getparent().getparent()
        assert row.get("id") == f"{prefix}-L{place}"
        assert item.get("class") == f"fi {finding['severity']}"
        assert item.xpath('string(span[@class="rule"])') == finding["rule"]
        assert item.text_content().endswith(finding["message"])


def test_check_page_shows_every_finding_beside_its_line(runner: CliRunner) -> None:
    code, page = _page(runner, "check", "--format", "html", NOT_READY)
    data = _json(runner, "check", NOT_READY)["files"][0]
    assert code == 1
    assert_self_contained(page)
    assert_findings_beside_their_lines(page, "d1", data["findings"])
    # One row per source line, in order, the text as written.
    source = Path(NOT_READY).read_text(encoding="utf-8").splitlines()
    rows = page.xpath('//div[@class="doc"]//div[starts-with(@id, "d1-L")]')
    assert [row.get("id") for row in rows] == [f"d1-L{n}" for n in range(1, len(source) + 1)]
    assert rows[140].xpath('string(p[@class="t"])') == source[140]
    # A finding the reader must see at its line: the missing Security criterion at 121.
    assert "Third Party Security Review." in page.xpath('string(//div[@id="d1-L121"]/ul)')
    assert page.xpath('//div[@id="d1-L120"]/ul') == []


def test_sections_in_order_and_counted(runner: CliRunner) -> None:
    _, page = _page(runner, "check", "--format", "html", NOT_READY)
    headings = [
        (n, line)
        for n, line in enumerate(Path(NOT_READY).read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"#{1,6} ", line)
    ]
    links = page.xpath("//nav//a")
    assert [a.get("href") for a in links] == [f"#d1-L{n}" for n, _ in headings]
    assert [a.text for a in links] == [line.lstrip("#").strip() for _, line in headings]
    # Indented by level: the class names the heading's level.
    assert [a.getparent().get("class") for a in links] == [
        f"lv{len(line) - len(line.lstrip('#'))}" for _, line in headings
    ]
    # Each heading opens a section of the document.
    sections = page.xpath('//div[@class="doc"]/section')
    assert len(sections) == len(headings) + (0 if headings[0][0] == 1 else 1)
    findings = _json(runner, "check", NOT_READY)["files"][0]["findings"]
    starts = [n for n, _ in headings] + [10**9]
    counted = 0
    for index, link in enumerate(links):
        expected = sum(1 for f in findings if f["line"] and starts[index] <= f["line"] < starts[index + 1])
        note = link.getparent().xpath('string(span[@class="count"])')
        assert note == (f"({expected} finding{'s' if expected != 1 else ''})" if expected else ""), link.text
        counted += expected
    assert counted > 10


def test_triage_items_and_completeness_bars(runner: CliRunner) -> None:
    code, page = _page(runner, "triage", "--format", "html", NOT_READY)
    assert code == 1  # the verdict's exit code, whatever the format
    triage = _json(runner, "triage", NOT_READY)
    rows = page.xpath('//section[@aria-label="Triage"]//tbody/tr')
    assert len(rows) == len(triage["items"]) == 34
    states = [row.xpath("string(td[1])") for row in rows]
    assert states == sorted(states, key=["missing", "weak", "met"].index)
    by_id = {row.get("data-item"): row for row in rows}
    for item in triage["items"]:
        row = by_id[item["id"]]
        assert row.xpath("string(td[2])").startswith(item["title"])
        assert row.xpath("string(td[1])") == item["status"]
        assert row.xpath("string(td[5])") == item["why"]
        if item["line"] is not None:
            assert row.xpath("td[4]/a/@href") == [f"#d1-L{item['line']}"]
    assert page.xpath('string(//span[contains(@class, "verdict")])') == "not ready"
    completeness = _json(runner, "check", NOT_READY)["files"][0]["completeness"]
    areas = page.xpath('//div[@class="area"]')
    assert [a.xpath("string(h3)") for a in areas] == [s["title"] for s in completeness["sections"]] + [
        "All areas"
    ]
    for area, data in zip(areas, [*completeness["sections"], completeness], strict=True):
        expected = [
            f"{measure} {data[part][measure]} of {data[part]['total']}"
            for part in ("required", "suggested")
            if data[part]["total"]
            for measure in ("present", "ticked", "evidenced")
            if data[part][measure] is not None
        ]
        assert area.xpath(".//span[@role='img']/@aria-label") == expected
    assert_self_contained(page)


def test_docx_places_are_paragraphs(runner: CliRunner) -> None:
    _, page = _page(runner, "check", "--format", "html", DOCX)
    data = _json(runner, "check", DOCX)["files"][0]
    assert data["findings"] and all(f["paragraph"] for f in data["findings"])
    assert_findings_beside_their_lines(page, "d1", data["findings"])
    assert page.xpath('string(//div[@id="d1-L3"]/a)') == "¶3"
    assert_self_contained(page)


def test_text_is_escaped_never_markup(runner: CliRunner, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.md"
    text = Path(READY).read_text(encoding="utf-8")
    hostile.write_text(
        text + '\n## Notes <script>alert("x")</script>\n\n<img src="https://tracker.example/p.gif">\n',
        encoding="utf-8",
    )
    _, page = _page(runner, "check", "--format", "html", str(hostile))
    assert_self_contained(page)
    lines = text.count("\n")
    assert page.xpath("string(//nav//li[last()]/a)") == 'Notes alert("x")'  # the heading as it reads
    assert page.xpath(f'string(//div[@id="d1-L{lines + 2}"]/p)') == '## Notes <script>alert("x")</script>'
    assert (
        page.xpath(f'string(//div[@id="d1-L{lines + 4}"]/p)') == '<img src="https://tracker.example/p.gif">'
    )


def test_several_files_one_page(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Meeting notes\n\nNothing here.\n", encoding="utf-8")
    code, page = _page(
        runner, "check", "--format", "html", NOT_READY, READY, str(notes), str(tmp_path / "gone.md")
    )
    assert code == 2  # a file could not be read
    assert page.xpath("//article/@id") == ["d1", "d2", "d3", "d4"]
    assert page.xpath('//article[@id="d1"]//section[@aria-label="Triage"]')  # applications are triaged
    assert page.xpath('//article[@id="d2"]//section[@aria-label="Triage"]')
    assert not page.xpath('//article[@id="d3"]//section[@aria-label="Triage"]')
    assert "not an application" in page.xpath('string(//article[@id="d3"]/p[@class="meta"])')
    assert "no such file" in page.xpath('string(//article[@id="d4"]//section[@aria-label="Findings"])')
    data = _json(runner, "check", NOT_READY, READY)
    for prefix, file in zip(("d1", "d2"), data["files"], strict=True):
        assert_findings_beside_their_lines(page, prefix, file["findings"])
    assert_self_contained(page)


@pytest.mark.parametrize("path", shared_params(shared_files(EXAMPLES, "*.*")), ids=lambda p: p.name)
def test_every_real_example_makes_a_whole_page(runner: CliRunner, path: Path) -> None:
    require_shared()
    if path.suffix not in (".md", ".txt", ".docx"):
        pytest.skip("not a document")
    _, page = _page(runner, "check", "--format", "html", str(path))
    data = _json(runner, "check", str(path))["files"][0]
    assert_self_contained(page)
    assert_findings_beside_their_lines(page, "d1", data["findings"])


def test_the_formatter_table_entry_renders_lint_results_alone() -> None:
    from applint.batch import lint_paths
    from applint.engine import LintOptions
    from applint.formatters import formatter

    report = lint_paths([NOT_READY], LintOptions(keep_document=True))
    page = lxml_html.document_fromstring(formatter("html")(report, False))
    assert not page.xpath('//section[@aria-label="Triage"]')
    assert_findings_beside_their_lines(
        page, "d1", json.loads(formatter("json")(report, False))["files"][0]["findings"]
    )
    assert_self_contained(page)
    # Without the document kept, the page still lists every finding, with no line to link to.
    bare = lxml_html.document_fromstring(formatter("html")(lint_paths([NOT_READY]), False))
    assert not bare.xpath('//div[@class="doc"]') and len(
        bare.xpath("//section[@aria-label='Findings']//tbody/tr")
    ) == len(report.files[0].findings)
    assert_self_contained(bare)


def test_a_folded_finding_is_pointed_to_from_each_place_it_stands_for(
    runner: CliRunner, tmp_path: Path
) -> None:
    # The same '[project]' on three lines of one paragraph: one finding at the first line; the two
    # other lines say it is the same problem and link to it.
    source = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
    written = source.replace(
        "project's security.\n",
        "project's security. It is not a security audit of [project], nor an\nattestation of [project]'s health.\n",
        1,
    )
    path = tmp_path / "self-assessment.md"
    path.write_text(written, encoding="utf-8")
    _, page = _page(runner, "check", "--format", "html", str(path))
    data = _json(runner, "check", str(path))["files"][0]
    assert_self_contained(page)
    assert_findings_beside_their_lines(page, "d1", data["findings"])
    number = [f["rule"] for f in data["findings"]].index("placeholder") + 1
    assert data["findings"][number - 1]["line"] == 41
    for line in (42, 43):
        [pointer] = page.xpath(f'//div[@id="d1-L{line}"]//li[@class="again"]')
        assert pointer.text_content() == "placeholder the same problem as line 41"
        assert pointer.xpath("a/@href") == [f"#d1-F{number}"]
    assert page.xpath('//div[@id="d1-L44"]//li[@class="again"]') == []
