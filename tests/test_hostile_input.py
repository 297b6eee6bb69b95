"""Hostile and broken input: one clear line per bad file, exit 2, bounded time and memory, no writes."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applint.cli import cli
from applint.engine import lint_text
from applint.readers.markdown import read_markdown
from applint.readers.text import read_text
from tests.conftest import EXAMPLES, FIXTURES
from tests.docx_builder import sample_application

COMPLETE = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
# Generous bounds: they catch hangs and blow-ups, they are not benchmarks.
MAX_SECONDS = 60.0
MAX_PEAK_BYTES = 800 * 1024 * 1024


def _run(runner: CliRunner, *paths: Path | str) -> tuple[int, str, str, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    result = runner.invoke(cli, ["check", *map(str, paths)], catch_exceptions=False)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result.exit_code, result.stdout, result.stderr, elapsed, peak


def _docx_zip(document_xml: bytes, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


# Stored, not deflated: deflated, it would be stopped earlier as a ZIP bomb.
DEEP_DOCUMENT = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
    + b"<w:r>" * 100_000
    + b"</w:r>" * 100_000
    + b"</w:p></w:body></w:document>"
)

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
)


def _external_entity(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", b"<w:document>" + b"<w:p/>" * (40 * 1024 * 1024 // 6) + b"</w:document>"
        )
    return buffer.getvalue()


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _directory(folder: Path) -> Path:
    path = folder / "x.md"
    path.mkdir()
    return path


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "a.md", folder / "b.md"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _truncated_docx(folder: Path) -> Path:
    data = sample_application().to_bytes()
    path = folder / "cut.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def compressed_span(data: bytes, member: str) -> tuple[int, int]:
    """Where a ZIP member's compressed bytes sit in the archive: after its local header."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    return start, start + info.compress_size


def corrupt_deflate(member: str) -> bytes:
    """The sample DOCX with ``member``'s DEFLATE stream damaged (its header and CRC left intact):
    zipfile's decompressor raises zlib.error, not BadZipFile."""
    data = bytearray(sample_application().to_bytes())
    start, end = compressed_span(bytes(data), member)
    for at in range(start + 2, min(start + 40, end)):
        data[at] ^= 0xFF
    return bytes(data)


def zipfile_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty file": (_write("empty.md", b""), "empty file"),
    "only whitespace": (_write("blank.md", b"  \n\t\n \r\n"), "only white space"),
    "invalid utf-8": (
        _write("bad.md", b"# Title\n\xff\xfe\xfa broken\n"),
        "not UTF-8 text (byte 0xff at offset 8)",
    ),
    "latin-1": (_write("latin.md", "# Café Graduation Application\n".encode("latin-1")), "not UTF-8 text"),
    "nul bytes": (_write("nul.md", b"# Title\n\x00\x00\n"), "NUL bytes"),
    "10 MB single line": (_write("huge.md", b"a" * (10 * 1024 * 1024)), "larger than the 4 MiB limit"),
    "binary named .md": (_write("binary.md", bytes(range(256)) * 64), "not a text document (a binary file"),
    "directory named x.md": (_directory, "is a directory"),
    "missing path": (lambda folder: folder / "nope.md", "no such file"),
    "symlink loop": (_symlink_loop, "cannot read"),
    "truncated docx": (_truncated_docx, "DOCX"),
    "non-zip named .docx": (
        _write("text.docx", b"just some text, not a zip"),
        "not a DOCX file (not a ZIP package)",
    ),
    "ole .doc renamed .docx": (
        _write("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048),
        "old binary Word (.doc)",
    ),
    "docx without document.xml": (_write("empty.docx", zipfile_without_document()), "no word/document.xml"),
    "docx zip bomb": (_write("bomb.docx", b""), "(a ZIP bomb?)"),
    "docx with a corrupt deflate stream": (
        _write("inflate.docx", corrupt_deflate("word/document.xml")),
        "damaged DOCX part word/document.xml: its compressed data is corrupt",
    ),
    "docx with a corrupt styles stream": (
        _write("styles.docx", corrupt_deflate("word/styles.xml")),
        "damaged DOCX part word/styles.xml: its compressed data is corrupt",
    ),
    "billion laughs": (_write("lol.docx", _docx_zip(BILLION_LAUGHS)), "declares a DTD"),
    "docx nested 100k deep": (
        _write("deep.docx", _docx_zip(DEEP_DOCUMENT, compression=zipfile.ZIP_STORED)),
        "not well-formed XML (Excessive depth",
    ),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2_bounded(name: str, tmp_path: Path, runner: CliRunner) -> None:
    make, cause = BAD_INPUTS[name]
    if name == "docx zip bomb":
        make = _write("bomb.docx", _zip_bomb())
    path = make(tmp_path)
    code, stdout, stderr, elapsed, peak = _run(runner, path)
    assert code == 2
    (line,) = stderr.splitlines()
    assert line.startswith(f"applint: cannot read {path}: ") and cause in line, line
    assert "Traceback" not in stdout + stderr
    assert elapsed < MAX_SECONDS and peak < MAX_PEAK_BYTES, (elapsed, peak)


def test_external_entity_content_never_appears(tmp_path: Path, runner: CliRunner) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    path = _write("xxe.docx", _docx_zip(_external_entity(secret)))(tmp_path)
    for output_format in ("text", "json", "sarif", "github", "summary"):
        result = runner.invoke(cli, ["check", "--format", output_format, str(path)])
        assert result.exit_code == 2
        assert "TOP-SECRET-VALUE" not in result.output
        assert "declares a DTD" in result.stderr


def test_xml_parser_loads_no_external_entity_and_expands_no_entity(tmp_path: Path) -> None:
    """Even past the DTD check, the parser the DOCX reader uses (docx_package's lxml parser)
    does not read an external entity, and refuses to expand nested internal ones."""
    from lxml import etree

    from applint.readers.docx_package import _PARSER

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    external = etree.tostring(etree.fromstring(_external_entity(secret), _PARSER)).decode()
    assert "TOP-SECRET-VALUE" not in external
    try:  # libxml2 2.11+ refuses ("Maximum entity amplification factor exceeded")
        expanded = etree.tostring(etree.fromstring(BILLION_LAUGHS, _PARSER))
    except etree.XMLSyntaxError:
        return
    assert len(expanded) < 100_000  # older versions: entities left unexpanded


def test_permission_denied_is_reported(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.md"
    path.write_text(COMPLETE)
    import builtins

    def refuse(file: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return builtins.open(file, *args, **kwargs)  # type: ignore[call-overload]

    # The reader opens files with the built-in open(); shadow it in that module only.
    monkeypatch.setattr("applint.readers.sources.open", refuse, raising=False)
    code, _, stderr, _, _ = _run(runner, path)
    assert code == 2 and stderr.strip() == f"applint: cannot read {path}: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: file permissions do not stop reading")
def test_unreadable_file_for_real(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "locked.md"
    path.write_text(COMPLETE)
    path.chmod(0)
    code, _, stderr, _, _ = _run(runner, path)
    assert code == 2 and "permission denied" in stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("10k-deep list", "- " * 10000 + "x\n"),
        ("10k-deep quote", ">" * 10000 + " x\n"),
        ("2k nested quote lines", "".join(">" * i + " q\n" for i in range(1, 2001))),
    ],
)
def test_deep_nesting_is_linted_in_bounded_time(
    name: str, text: str, tmp_path: Path, runner: CliRunner
) -> None:
    path = tmp_path / "deep.md"
    path.write_text(text)
    code, stdout, stderr, elapsed, peak = _run(runner, path)
    assert code in (0, 1) and "Traceback" not in stdout + stderr
    assert elapsed < MAX_SECONDS and peak < MAX_PEAK_BYTES


def test_utf16_and_line_ends_keep_lines(tmp_path: Path, runner: CliRunner) -> None:
    broken = COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL")
    for name, data in {
        "utf16.md": broken.encode("utf-16"),
        "crlf.md": broken.replace("\n", "\r\n").encode(),
        "cr.md": broken.replace("\n", "\r").encode(),
        "bom.md": b"\xef\xbb\xbf" + broken.encode(),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = runner.invoke(cli, ["check", str(path)])
        assert result.exit_code == 1 and f"{path}:10:16: error placeholder" in result.stdout, name


def test_many_files_some_broken(tmp_path: Path, runner: CliRunner) -> None:
    good = tmp_path / "good.md"
    good.write_text(COMPLETE)
    flawed = tmp_path / "flawed.md"
    flawed.write_text(COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL"))
    bad1 = _write("bad1.md", b"\xff\xfe\x00")(tmp_path)
    bad2 = _write("bad2.docx", b"nope")(tmp_path)
    result = runner.invoke(cli, ["check", "--format", "json", str(good), str(bad1), str(flawed), str(bad2)])
    assert result.exit_code == 2
    import json

    files = json.loads(result.stdout)["files"]
    assert [f["path"] for f in files] == [str(good), str(bad1), str(flawed), str(bad2)]
    assert [[x["rule"] for x in f["findings"]] for f in files] == [
        [],
        ["parse-error"],
        ["placeholder"],
        ["parse-error"],
    ]
    assert len(result.stderr.splitlines()) == 2


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_checked_files_are_never_written(tmp_path: Path, runner: CliRunner) -> None:
    source = EXAMPLES if EXAMPLES.is_dir() else FIXTURES
    copy = tmp_path / "copy"
    shutil.copytree(source, copy)
    for path in copy.rglob("*"):
        path.chmod(0o555 if path.is_dir() else 0o444)
    before = _snapshot(copy)
    for output_format in ("text", "json", "sarif", "github", "summary"):
        runner.invoke(cli, ["check", "--format", output_format, str(copy)])
        for path in sorted(copy.rglob("*.txt")):
            runner.invoke(cli, ["check", str(path)])
    assert _snapshot(copy) == before
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


# --- property-based ---------------------------------------------------------------------------

MARKDOWNISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "# ",
                "## ",
                "### ",
                "- [ ] ",
                "- [x] ",
                "[ ] ",
                "- []",
                "* ",
                "> ",
                "```",
                "~~~",
                "<!-- ",
                " -->",
                "---",
                "| a | b |",
                "|---|---|",
                "**",
                "_",
                "[l](http://x)",
                "$PROJECT",
                "MONTH YEAR",
                "\r\n",
                "\r",
                "\n",
                "\n\n",
                "    ",
                "\t",
                "Suggested",
                "Required",
                "Security",
                "v1.6",
                "Graduation Application",
                "\ufeff",
                "\x0c",
            ]
        ),
        st.text(max_size=12),
    ),
    max_size=60,
).map("".join)


def _check_lines(text: str, fmt: str) -> None:
    first = lint_text(text, format=fmt)
    second = lint_text(text, format=fmt)
    assert [f.sort_key() for f in first.findings] == [f.sort_key() for f in second.findings]
    if first.input_error:
        return
    line_count = len(text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n"))
    for finding in first.findings:
        assert finding.line is not None and 1 <= finding.line <= max(line_count, 1), (finding, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWNISH)
def test_markdown_lint_never_raises_and_stays_inside(text: str) -> None:
    _check_lines(text, "markdown")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check_lines(text, "markdown")
    _check_lines(text, "text")


@settings(max_examples=200, deadline=None)
@given(MARKDOWNISH)
def test_readers_blocks_are_ordered_and_inside(text: str) -> None:
    for document in (read_markdown(text), read_text(text)):
        previous = 0
        for block in document.blocks:
            assert 1 <= block.line <= block.end_line <= max(document.line_count, 1)
            assert block.line >= previous
            previous = block.line


_SAMPLE_DOCX = sample_application().to_bytes()
_SAMPLE_MEMBERS = sorted(
    info.filename
    for info in zipfile.ZipFile(io.BytesIO(_SAMPLE_DOCX)).infolist()
    if info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size > 8
)


@settings(max_examples=150, deadline=None)
@given(
    member=st.sampled_from(_SAMPLE_MEMBERS),
    damage=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=6
    ),
    cut=st.booleans(),
)
def test_docx_with_corrupted_compressed_data_is_read_or_refused(
    member: str, damage: list[tuple[float, int]], cut: bool
) -> None:
    """Bytes flipped inside one member's compressed stream (the ZIP directory and local headers
    intact, so zipfile opens the package and fails only while inflating), or the stream cut
    short in place: the reader returns a document or refuses with one InputError, never another
    exception. Most damage is caught by zlib or the CRC check; a parse of what inflates is the rest."""
    from applint.readers.docx import read_docx
    from applint.readers.sources import InputError

    data = bytearray(_SAMPLE_DOCX)
    start, end = compressed_span(_SAMPLE_DOCX, member)
    for where, mask in damage:
        data[start + int(where * (end - start))] ^= mask
    if cut:  # the stream's second half zeroed: a DEFLATE stream that ends without its final block
        middle = (start + end) // 2
        data[middle:end] = bytes(end - middle)
    try:
        read_docx(bytes(data), "fuzzed.docx")
    except InputError as error:
        assert str(error) and "\n" not in str(error)


def test_a_corrupt_docx_among_good_files(tmp_path: Path, runner: CliRunner) -> None:
    good = tmp_path / "good.md"
    good.write_text(COMPLETE)
    bad = _write("bad.docx", corrupt_deflate("word/document.xml"))(tmp_path)
    flawed = tmp_path / "flawed.md"
    flawed.write_text(COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL"))
    result = runner.invoke(cli, ["check", str(good), str(bad), str(flawed)], catch_exceptions=False)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"applint: cannot read {bad}: damaged DOCX part word/document.xml: its compressed data is corrupt"
    )
    assert f"{flawed}:10:16: error placeholder" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
