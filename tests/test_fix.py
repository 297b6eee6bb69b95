"""`applint fix`: what it repairs (at which line), what it must leave alone, and its guarantees:
author lines kept, encoding/BOM/line endings kept, atomic write with the mode kept, idempotent,
`--check`/`--diff`, DOCX and plain text refused."""

from __future__ import annotations

import codecs
import re
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from applint.cli import cli
from applint.engine import lint_path
from applint.fixing import writer
from applint.fixing.layout import text_path
from tests.conftest import FIXTURES
from tests.fixing_checks import is_guidance_comment_line, lines_of, project_filled, unkept_lines

LATEST = "incubation-v1.6-2026-06-29"
EVIDENCE = "Our governance is in [GOVERNANCE.md](https://example.org/GOVERNANCE.md), reviewed every year."
STRUCTURAL = {"missing-section", "missing-criterion", "unknown-template", "version-mismatch"}


def template_lines() -> list[str]:
    return Path(text_path(LATEST)).read_text(encoding="utf-8").split("\n")


def draft() -> str:
    """The latest incubation text with a title, evidence under one criterion, and damage: the version
    line, the Engineering Principles area and the Security Self-Assessment criterion deleted."""
    lines = template_lines()
    assert lines[14] == "# $PROJECT Incubation Application" and lines[15] == "v1.6"
    assert lines[186] == "## Engineering Principles" and lines[222] == "## Security"
    assert lines[246].startswith("- [ ] **Document [Security Self-Assessment]")
    lines[14] = "# Kelpie Incubation Application"
    lines[94:95] = [lines[94], EVIDENCE]  # under "Clear and discoverable project governance documentation."
    return "\n".join(lines[:15] + lines[16:186] + lines[222:246] + lines[250:])


def fix(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["fix", *args])
    return result.exit_code, result.stdout, result.stderr


def test_fix_lists_each_repair_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_text(draft(), encoding="utf-8")
    code, out, err = fix(str(path))
    assert (code, err) == (0, "1 file changed\n")
    assert out.splitlines() == [
        f"{path}:4: filled $PROJECT with 'Kelpie'",
        f"{path}:17: added the version line 'v1.6' ({LATEST})",
        f"{path}:30: filled $PROJECT with 'Kelpie'",
        f"{path}:97: removed template comment '<!-- (Project assertion goes here) -->' beside written evidence",
        f"{path}:189: restored section 'Engineering Principles' (missing)",
        f'{path}:249: inserted required criterion "Document Security Self-Assessment." (missing)',
    ]
    result = path.read_text(encoding="utf-8").split("\n")
    assert result[3] == 'title: "[Incubation] Kelpie Incubation Application"'
    assert result[16] == "v1.6"
    assert result[29] == "## Incubation Criteria Summary for Kelpie"
    assert result[94:96] == ["- [ ] **Clear and discoverable project governance documentation.**", ""]
    assert result[96] == EVIDENCE
    assert result[188] == "## Engineering Principles"
    assert result[248].startswith("- [ ] **Document [Security Self-Assessment]")
    # The restored area is the template's own text (its blank lines aside), and the criterion comes
    # with the template's guidance comment.
    restored = [line for line in result[188:224] if line.strip()]
    assert restored == [line for line in template_lines()[186:222] if line.strip()]
    assert result[249:251] == ["", "<!-- (Project assertion goes here) --> "]

    after = lint_path(str(path))
    assert after.template == LATEST
    assert not {f.rule for f in after.findings} & STRUCTURAL
    # The comment under a criterion that still has no evidence stays (the next criterion's).
    assert result[98:101] == [
        "- [ ] **Governance is up to date with actual project activities, including any meetings, elections, leadership, or approval processes.**",
        "",
        "<!-- (Project assertion goes here) --> ",
    ]


def test_fix_keeps_every_author_line_and_removes_only_what_it_may(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    original = draft()
    path.write_text(original, encoding="utf-8")
    fix(str(path))
    missing = unkept_lines(
        lines_of(original),
        lines_of(path.read_text(encoding="utf-8")),
        project_filled,
        is_guidance_comment_line,
    )
    # Exactly one line went: the guidance comment above the written evidence.
    assert missing == [(94, "<!-- (Project assertion goes here) --> ")]
    assert lines_of(original)[94] == EVIDENCE
    # Without the allowance for guidance comments, the checker does see a line go (it is not vacuous).
    assert unkept_lines(lines_of(original), lines_of(path.read_text(encoding="utf-8")), project_filled)


def test_fix_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_text(draft(), encoding="utf-8")
    fix(str(path))
    once = path.read_bytes()
    assert fix(str(path)) == (0, "", "1 file unchanged\n")
    assert path.read_bytes() == once
    assert fix("--check", str(path)) == (0, "", "1 file unchanged\n")


def test_check_writes_nothing_prints_a_diff_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_text(draft(), encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    code, out, err = fix("--check", str(path))
    assert code == 1 and err == "1 file would change\n"
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n@@ -1,")
    assert "-<!-- (Project assertion goes here) --> \n" in out
    assert "+## Engineering Principles\n" in out
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    # --diff prints the same diff and writes nothing, but is no failure.
    assert fix("--diff", str(path)) == (0, out, "1 file would change\n")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    ("bom", "encoding", "newline"),
    [
        (b"", "utf-8", "\n"),
        (codecs.BOM_UTF8, "utf-8", "\r\n"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "\r\n"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "\n"),
        (b"", "utf-8", "\r"),
    ],
)
def test_encoding_bom_and_line_endings_are_kept(
    tmp_path: Path, bom: bytes, encoding: str, newline: str
) -> None:
    reference = tmp_path / "reference.md"
    reference.write_text(draft(), encoding="utf-8")
    fix(str(reference))
    path = tmp_path / "app.md"
    path.write_bytes(bom + draft().replace("\n", newline).encode(encoding))
    code, out, _ = fix(str(path))
    assert code == 0 and "restored section 'Engineering Principles'" in out
    data = path.read_bytes()
    assert data.startswith(bom)
    text = data[len(bom) :].decode(encoding)
    assert not text.startswith("\ufeff")
    assert set(re.findall(r"\r\n|\r|\n", text)) == {newline}  # inserted lines too
    # The same fixes as on the plain UTF-8 copy, byte for byte once decoded.
    assert text.replace(newline, "\n") == reference.read_text(encoding="utf-8")


def test_mixed_line_endings_stay_on_their_lines_and_a_missing_final_newline_stays_missing(
    tmp_path: Path,
) -> None:
    lines = draft().split("\n")
    endings = ["\r\n" if i % 3 == 0 else "\n" for i in range(len(lines) - 1)] + [""]
    original = (
        "".join(line + ending for line, ending in zip(lines, endings, strict=True)).rstrip("\r\n")
        + "\nlast line"
    )
    path = tmp_path / "app.md"
    path.write_bytes(original.encode("utf-8"))
    fix(str(path))
    result = path.read_bytes().decode("utf-8")
    with_endings = re.findall(r"[^\r\n]*(?:\r\n|\r|\n|$)", original)[:-1]
    kept = re.findall(r"[^\r\n]*(?:\r\n|\r|\n|$)", result)[:-1]
    assert result.endswith("\nlast line")
    gone = unkept_lines(
        with_endings,
        kept,
        project_filled,
        lambda line: is_guidance_comment_line(line.rstrip("\r\n")),
    )
    assert gone == [(94, lines[93] + endings[93])] and is_guidance_comment_line(lines[93])


def test_write_is_atomic_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_text(draft(), encoding="utf-8")
    path.chmod(0o640)
    inode = path.stat().st_ino
    link = tmp_path / "link.md"
    link.symlink_to(path.name)
    assert fix(str(link))[0] == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.stat().st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert link.is_symlink() and "## Engineering Principles" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.md", "link.md"]


def test_a_failed_write_leaves_the_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "app.md"
    path.write_text(draft(), encoding="utf-8")
    before = path.read_bytes()

    def refuse(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", refuse)
    code, out, err = fix(str(path))
    assert (code, out) == (2, "")
    assert err == f"applint: {path}: cannot write: No space left on device; the file is unchanged\n"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["app.md"]


def test_docx_and_plain_text_are_refused_and_other_files_still_fixed(tmp_path: Path) -> None:
    docx = tmp_path / "app.docx"
    shutil.copy(FIXTURES / "docx" / "sample-incubation.docx", docx)
    text = tmp_path / "app.txt"
    text.write_text("Kelpie Incubation Application\n$PROJECT\n", encoding="utf-8")
    markdown = tmp_path / "app.md"
    markdown.write_text(draft(), encoding="utf-8")
    before = docx.read_bytes(), text.read_bytes()
    code, out, err = fix(str(docx), str(text), str(tmp_path / "missing.md"), str(markdown))
    assert code == 2
    assert err.splitlines() == [
        f"applint: {docx}: a DOCX document is not rewritten (only Markdown is); make the change in Word or LibreOffice",
        f"applint: {text}: a plain-text export is not rewritten (only Markdown is); make the change in the original document",
        f"applint: {tmp_path / 'missing.md'}: no such file",
        "1 file changed",
    ]
    assert (docx.read_bytes(), text.read_bytes()) == before
    assert f"{markdown}:189: restored section 'Engineering Principles' (missing)" in out


def test_a_file_that_cannot_be_decoded_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "app.md"
    path.write_bytes(b"# Kelpie Incubation Application\n\xff\xfe broken\n")
    code, out, err = fix(str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"applint: {path}: not UTF-8 text") and err.count("\n") == 1


def test_a_document_without_a_template_gets_nothing_inserted(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Meeting notes\n\nNothing about an application here.\n", encoding="utf-8")
    # Not an application: nothing changes, and one line on standard error says so.
    assert fix("--check", str(path)) == (0, "", f"{path}: not an application: left as it is\n")
    assert fix(str(path)) == (0, "", f"{path}: not an application: left as it is\n")
    assert path.read_text(encoding="utf-8") == "# Meeting notes\n\nNothing about an application here.\n"


def test_comments_are_removed_only_where_the_evidence_is_written(tmp_path: Path) -> None:
    """Beside a template sub-bullet still holding its placeholder, the comment stays: the sub-bullet
    is the template's, not evidence."""
    lines = template_lines()
    lines[14] = "# Kelpie Incubation Application"
    assert lines[66] == "- Met during Project's application on DD-MMM-YYYY."
    assert is_guidance_comment_line(lines[68])
    path = tmp_path / "app.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, out, _ = fix("--check", str(path))
    assert code == 1
    assert "\n-<!--" not in out and "\n+" in out  # only $PROJECT is filled
