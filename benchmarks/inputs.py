"""Deterministic benchmark inputs: a 30 KB application, 300 KB and 3 MB ones, the same as DOCX,
and a folder of 1,000 applications. Built from the project's own complete fixture."""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = ROOT / "fixtures" / "apps" / "graduation-v1.6-complete.md"
WORDS = [
    "maintainers",
    "governance",
    "release",
    "roadmap",
    "security",
    "adopters",
    "contributors",
    "community",
    "meeting",
    "process",
    "documented",
    "review",
    "vendor",
    "neutral",
    "project",
    "subproject",
    "charter",
    "ladder",
    "issue",
    "pull",
    "request",
    "channel",
    "slack",
    "mailing",
    "list",
    "calendar",
    "onboarding",
    "emeritus",
    "quarterly",
    "public",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def _evidence(rng: random.Random, number: int) -> str:
    """A realistic evidence paragraph: a few sentences, a link, some bold."""
    sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
    link = (
        f"[our {rng.choice(WORDS)} document](https://github.com/examplo/community/blob/main/doc-{number}.md)"
    )
    return f"{' '.join(sentences)} See {link} and **{rng.choice(WORDS)} {rng.choice(WORDS)}** for details."


def application(target_bytes: int, seed: int = 7) -> str:
    """The complete fixture with extra evidence paragraphs after its criteria, up to ~target size."""
    rng = random.Random(seed)
    text = BASE.read_text(encoding="utf-8")
    lines = text.split("\n")
    evidence_at = [i for i, line in enumerate(lines) if line.startswith("Evidence ")]
    number = 0
    while len("\n".join(lines).encode()) < target_bytes:
        for index in reversed(evidence_at):
            number += 1
            lines.insert(index + 1, "\n" + _evidence(rng, number))
            if len("\n".join(lines).encode()) >= target_bytes:
                break
    return "\n".join(lines) + "\n"


def repeated(base: str, target_bytes: int) -> str:
    """A large application made by repeating its areas (each copy numbered so text differs a little)."""
    head, _, body = base.partition("## Application Process Principles")
    body = "## Application Process Principles" + body
    parts = [head, body]
    copy = 1
    while sum(len(p.encode()) for p in parts) < target_bytes:
        copy += 1
        parts.append(re.sub(r"Evidence (\d+)", rf"Evidence \1.{copy}", body))
    return "".join(parts)


def to_docx(markdown: str, path: Path) -> Path:
    """The application as DOCX the way pandoc writes it: styled headings, ☐/☒ glyphs, bold criteria."""
    import docx

    document = docx.Document()
    for block in re.split(r"\n\s*\n", markdown):
        block = block.strip()
        if not block:
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", block)
        if heading:
            document.add_heading(heading.group(2), min(len(heading.group(1)), 9))
            continue
        for line in block.split("\n"):
            item = re.match(r"^\s*-\s*\[([ xX])\]\s*(.*)$", line)
            paragraph = document.add_paragraph()
            if item:
                paragraph.add_run("☒ " if item.group(1) in "xX" else "☐ ")
                text = item.group(2)
                bold = re.match(r"^\*\*(.*?)\*\*(.*)$", text)
                if bold:
                    paragraph.add_run(bold.group(1)).bold = True
                    paragraph.add_run(bold.group(2))
                else:
                    paragraph.add_run(text)
            else:
                paragraph.add_run(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).replace("**", ""))
    document.save(str(path))
    return path


def write_inputs(folder: Path, files: int = 1000) -> dict[str, Path]:
    """Write every benchmark input below ``folder``; returns them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    app30 = application(30_000)
    inputs = {
        "app30": folder / "app-30k.md",
        "app300": folder / "app-300k.md",
        "app3m": folder / "app-3m.md",
        "docx30": folder / "app-30k.docx",
        "many": folder / "many",
    }
    inputs["app30"].write_text(app30, encoding="utf-8")
    inputs["app300"].write_text(repeated(app30, 300_000), encoding="utf-8")
    inputs["app3m"].write_text(repeated(app30, 3_000_000), encoding="utf-8")
    to_docx(app30, inputs["docx30"])
    many = inputs["many"]
    many.mkdir(exist_ok=True)
    for number in range(files):
        (many / f"app-{number:04d}.md").write_text(
            app30.replace("Examplo", f"Examplo{number}"), encoding="utf-8"
        )
    return inputs
