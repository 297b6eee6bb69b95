"""The HTML page in a real browser: headless Chromium lays it out at a desktop and a phone width and
prints it. Skips with a reason where Chromium is not installed (`apt-get install chromium`); the
HTML itself is checked by parsing in every run (tests/test_html_format.py).

The page has no script; to read the layout, the test adds one to its own copy that measures where
each finding sits against its line and writes the result into the DOM, which Chromium dumps.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from applint.cli import cli
from tests.conftest import FIXTURES

BROWSER = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))),
    None,
)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium on this machine (apt-get install chromium)"
)

NOT_READY = str(FIXTURES / "triage" / "graduation-not-ready.md")
PROBE = """<script>
addEventListener("load", () => {
  const out = {width: innerWidth, overflow: document.documentElement.scrollWidth - innerWidth, findings: []};
  for (const item of document.querySelectorAll("li.fi")) {
    const text = item.closest(".l").querySelector(".t").getBoundingClientRect();
    const box = item.getBoundingClientRect();
    out.findings.push({beside: box.left >= text.right - 1, below: box.top >= text.bottom - 1,
                       visible: box.width > 50 && box.height > 10});
  }
  const pre = document.createElement("pre"); pre.id = "probe"; pre.textContent = JSON.stringify(out);
  document.body.append(pre);
});
</script>"""


def _browser(*args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    argv = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = CliRunner().invoke(cli, ["triage", "--format", "html", NOT_READY])
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def _layout(page: Path, width: int) -> dict:
    probed = page.with_name(f"probe-{width}.html")
    probed.write_text(
        page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8"
    )
    dom = _browser(
        f"--window-size={width},900", "--virtual-time-budget=5000", "--dump-dom", probed.as_uri()
    ).stdout
    [probe] = lxml_html.document_fromstring(dom).xpath('//pre[@id="probe"]/text()')
    data: dict = json.loads(probe)
    return data


def test_findings_sit_beside_their_line_on_a_screen_and_below_it_on_a_phone(page: Path) -> None:
    findings = len(
        lxml_html.document_fromstring(page.read_text(encoding="utf-8")).xpath("//li[contains(@class, 'fi')]")
    )
    desktop = _layout(page, 1280)
    assert desktop["width"] == 1280 and len(desktop["findings"]) == findings > 20
    assert all(f["beside"] and f["visible"] for f in desktop["findings"])
    assert desktop["overflow"] <= 0
    # Headless Chromium's layout viewport is at least 500 px wide; 600 is below the page's narrow
    # breakpoint (48rem), where a phone's layout applies.
    phone = _layout(page, 600)
    assert phone["width"] == 600
    assert all(f["below"] and not f["beside"] and f["visible"] for f in phone["findings"])
    assert phone["overflow"] <= 0, "the page is wider than a phone's screen"


def _png_size_and_colours(path: Path) -> tuple[tuple[int, int], int]:
    """(width, height) from the PNG header, and how many distinct byte values its pixels hold."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, offset = [], 8
    while offset < len(data):
        length = struct.unpack(">I", data[offset : offset + 4])[0]
        if data[offset + 4 : offset + 8] == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    return (width, height), len(set(zlib.decompress(b"".join(chunks))))


@pytest.mark.parametrize("size", [(1280, 1600), (390, 844)])
def test_screenshot_shows_a_page(page: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    shot = tmp_path / "shot.png"
    _browser(f"--screenshot={shot}", f"--window-size={size[0]},{size[1]}", page.as_uri())
    dimensions, colours = _png_size_and_colours(shot)
    assert dimensions == size
    assert colours > 50, "the screenshot is (nearly) blank"


def test_prints_to_several_pages(page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    _browser(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page>>") + data.count(b"/Type /Page ") >= 3
