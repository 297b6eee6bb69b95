"""Write schemas/*.json from the published template texts (a maintainer's tool, not shipped).

Usage: python tools/build_schemas.py [TEMPLATES_DIR] [SCHEMAS_DIR] [DD_TEMPLATES_DIR]

(The companion documents' templates, in ``companion-templates`` beside TEMPLATES_DIR, with their
earlier texts from a cncf/toc clone, are written to ``SCHEMAS_DIR/companions/`` by
``tools/companion_schemas.py`` when both are there.)

Reads every ``{kind}-{label}-{date|latest}-{commit}.md`` in TEMPLATES_DIR (default
``../shared/reference/templates``) and every ``dd-{kind}-{date}-{commit}.md`` (the TOC's
due-diligence templates) in DD_TEMPLATES_DIR (default: ``dd-templates`` beside TEMPLATES_DIR)
with applint's own Markdown reader, and writes one schema per revision, plus each application
revision's text byte for byte as ``text/{revision id}.md`` (what ``applint init`` writes and
``fix``/``upgrade`` insert from: the schema keeps criteria wording but not the lines around it,
its links, spacing and comments). Criterion ids stay stable across revisions: revisions are
processed oldest first and a criterion reuses the id of the most similar criterion of the same
area seen before (reworded counts as the same; a split or merge does not reach the threshold).
The due-diligence revisions of a kind are processed after all the application revisions of that
kind, so they share the applications' ids (the same criterion has the same id in an application
and in its due diligence) and leave the application schemas as they were.

Due-diligence revision ids are ``dd-{kind}-{date}``; where several texts share a date, every one
of them is ``dd-{kind}-{date}-{commit}`` (no text of that day is privileged as the plain date).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from applint.matching.structure import Section, body_blocks, build_sections
from applint.model import Block, BlockKind
from applint.readers.markdown import read_markdown
from applint.templates.bundle import write_bundle_table, write_bundles
from applint.templates.catalog import schemas_dir
from applint.text.normalize import content_words, normalize_title
from applint.text.similarity import dice

FILE_NAME = re.compile(r"^(graduation|incubation)-(v\d+\.\d+)-(\d{4}-\d{2}-\d{2}|latest)-([0-9a-f]{8})\.md$")
DD_FILE_NAME = re.compile(r"^dd-(graduation|incubation)-(\d{4}-\d{2}-\d{2})-([0-9a-f]{8})\.md$")
PLACEHOLDER = re.compile(r"\$[A-Z][A-Z0-9_]*|MONTH YEAR|DD-MMM-YYYY|YYYYMMDD")
# The due-diligence summary's either/or choices the TOC member picks one side of ("[has/has not]"),
# and the link to the application issue, left empty: "[Incubation application issue]()".
DD_CHOICE = re.compile(r"\[[a-z][a-z ]{0,20}/[a-z][a-z ]{0,20}\]|\[\w+ application issue\]\(\)")
# Texts of one kind published on the same day, in the order they were made (read off the texts:
# each adds to the one before; e.g. on 2025-10-21 4717f40e adds the joint security assessment,
# 906418ea the Governance Review item, a3b3005a rewords the two section notes, b3bb4345 reverts
# the governance note). Sorting by commit gives the same order; main() checks that it still does,
# because a run orders same-day revisions by id.
SAME_DAY_ORDER = ("4717f40e", "906418ea", "a3b3005a", "b3bb4345", "56477dd4", "9d4b351a")
GUIDANCE_PHRASES = ("If the Adopting organization needs to remain anonymous",)
SAME_CRITERION = 0.6
# Criteria answered by what the application itself says (its adopters are named in it, and the
# TOC hears of private ones directly; a channel is named by where it is, "#chan on CNCF Slack"):
# no document to link.
NO_LINK_WORDS = re.compile(r"\bused in appropriate capacity\b|\bcommunications? channels?\b", re.IGNORECASE)
# In a due-diligence document, the TOC's evaluation of code and doc ownership matching the
# governance roles compares the two, and the TOC's own triage list (operations/dd-toc-guide.md)
# asks for "link to or information regarding doc and code ownership": information alone answers it.
DD_NO_LINK_WORDS = re.compile(r"\bdoc ownership\b", re.IGNORECASE)
LINK_WORDS = re.compile(
    r"\b(document|documented|documentation|list|roadmap|adopters|releases?|self-assessment|badge|"
    r"governance|code of conduct|contribut\w*|process)\b",
    re.IGNORECASE,
)
# Full commit hashes and "latest" dates, from the README of the reference templates.
COMMITS = {
    "3fa4b28b": "3fa4b28bf2b4ca60eeaa2983fc0faa1e0a37a97d",
    "5a2e7af0": "5a2e7af073f88a0f573e84e8eb5b67814502d5de",
    "6c815b8b": "6c815b8b850f01cabcec4e91942616028ed180c4",
    "bd24d8cf": "bd24d8cf765342e8da7f383963740ce74f8a6312",
    "e24c8435": "e24c843524261c3e63ed8c7e566e17f35a8992b0",
    "4b78ba06": "4b78ba0672fd0f81f4d778c1de78df98230544e9",
    "0edd0678": "0edd0678cc3b3aa6c06708c87829f419124bedb9",
    "cd40ff9a": "cd40ff9a7e22218d39ee753e8d6043c916e3a513",
    "32492d2a": "32492d2a8f132b64dd6c6d3a4bd3bfb8fa6217cb",
    "2d8dd33e": "2d8dd33ea75754a2fe5fbd14973d2eb316564b25",
    "518989ea": "518989ead0e101c4ad853f4e7a80f8fa97109629",
    "56477dd4": "56477dd430ef0082e9069714f4bdbbea3a14517c",
    "6e58b311": "6e58b311a1a8723156d05829866828e148e7ccc2",
    "2c8df63a": "2c8df63ae7c49cfda663bb5e0284a26e6f6ba9f7",
    "03e43203": "03e43203db6a41d1ec3a808197d35ce34b68fd29",
    "26a941b0": "26a941b0aa139ca0eecc0ddc10c7678308be7133",
    "e2ca622d": "e2ca622d3dd9bdff2b2e446190114c205497ab51",
}
LATEST_DATE = "2026-06-29"
# Beside the schemas: each revision's published text, byte for byte, named by revision id.
TEXT_FOLDER = "text"


# Parts only the applicant's issue has; a TOC due-diligence document built on the template drops them.
APPLICATION_ONLY = (
    "review project moving level evaluation",
    "application level assertion",
    "adoption assertion",
)


def is_application_only(norm_title: str) -> bool:
    return norm_title in APPLICATION_ONLY


def slug(text: str) -> str:
    return "-".join(normalize_title(text).split()) or "section"


class CriterionIds:
    """Hands out criterion ids, reusing the id of the same criterion in an earlier revision."""

    def __init__(self) -> None:
        self.known: list[tuple[str, str, frozenset[str]]] = []

    def assign(self, area: str, text: str, taken: set[str]) -> str:
        words = content_words(text)
        best, best_score = "", 0.0
        for known_id, known_area, known_words in self.known:
            if known_area != area or known_id in taken:
                continue
            score = dice(words, known_words)
            smaller = min(len(words), len(known_words))
            if smaller >= 4 and len(words & known_words) / smaller >= 0.9:
                # One wording contains the other (a clause added or dropped): the same criterion.
                score = max(score, SAME_CRITERION)
            if score > best_score:
                best, best_score = known_id, score
        if best and best_score >= SAME_CRITERION:
            criterion_id = best
        else:
            base = "-".join(w for w in normalize_title(text).split() if len(w) > 2)[:48].rstrip("-")
            criterion_id, n = base, 2
            while any(known_id == criterion_id for known_id, _, _ in self.known):
                criterion_id, n = f"{base}-{n}", n + 1
        self.known.append((criterion_id, area, words))
        taken.add(criterion_id)
        return criterion_id


def build(
    path: Path, ids: CriterionIds, shared_dates: frozenset[tuple[str, str]] = frozenset()
) -> dict[str, Any]:
    """One revision's schema. ``shared_dates`` are the (kind, date) pairs of several DD texts."""
    match = FILE_NAME.match(path.name)
    dd_match = DD_FILE_NAME.match(path.name)
    if match:
        kind, label, date, short = match.groups()
        date = LATEST_DATE if date == "latest" else date
        revision_id = f"{kind}-{label}-{date}"
        level_word = kind.capitalize()
        source = f".github/ISSUE_TEMPLATE/template-{kind}-application.md"
        commit = COMMITS[short]
    elif dd_match:
        level, date, short = dd_match.groups()
        kind, label, level_word = f"dd-{level}", "", level.capitalize()
        revision_id = f"{kind}-{date}" + (f"-{short}" if (kind, date) in shared_dates else "")
        source = f"operations/toc-templates/template-dd-pr-{level}.md"
        commit = COMMITS.get(short, short)  # the README of the DD texts gives short hashes only
    else:
        raise SystemExit(f"{path}: unexpected file name")
    document = read_markdown(path.read_text(encoding="utf-8-sig"), str(path))
    root = build_sections(document)
    guidance: dict[str, dict[str, Any]] = {}
    boilerplate: dict[str, None] = {}
    taken: set[str] = set()

    def section_entry(section: Section, area: str, role: str | None, parent_id: str) -> dict[str, Any]:
        title = section.title
        norm = normalize_title(title)
        own_id = slug(title)
        section_id = f"{parent_id}.{own_id}" if parent_id else own_id
        if norm in ("suggested", "required"):
            role = norm
        is_title = section.level == 1 and norm.endswith(("application", "due diligence")) and "$" in title
        entry: dict[str, Any] = {
            "id": section_id,
            "title": title,
            "level": section.level,
            "role": "title" if is_title else role,
            "required": section.level == 2 and "$" not in title and norm != "additional information",
            "aliases": [],
            "criteria": [],
            "sections": [],
        }
        if is_application_only(norm):
            entry["application_only"] = True
        if norm == "additional information" or (
            not section.children and not any(b.text for b in body_blocks(document, section))
        ):
            # Additional Information, and headings the template itself leaves empty (v1.5's
            # "### Criteria"): nothing is asked there, so neither a missing nor an empty one matters.
            entry["optional"] = True
        if norm.endswith("criteria summary for"):
            entry["aliases"] = [f"{kind.capitalize()} Evaluation Summary for $PROJECT"]
        elif norm.endswith("evaluation summary for"):
            # DD documents built on the application template keep its "Criteria Summary" heading.
            entry["aliases"] = [f"{level_word} Criteria Summary for $PROJECT"]
        entry["criteria"] = criteria_of(
            body_blocks(document, section), area or section_id, role, is_title, norm
        )
        for child in section.children:
            child_area = area or ("" if is_title else section_id)
            entry["sections"].append(
                section_entry(
                    child, child_area or slug(child.title), role, section_id if not is_title else ""
                )
            )
        collect_text(body_blocks(document, section), guidance, boilerplate)
        return entry

    def criteria_of(
        blocks: tuple[Block, ...], area: str, role: str | None, is_title: bool, norm: str
    ) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        choice = (
            norm == "application level assertion" and sum(b.is_checkbox and b.level == 0 for b in blocks) > 1
        )
        follows_item = False  # the block before this one is a criterion or one of its sub-items
        for block in blocks:
            # Some texts leave a criterion's sub-bullet unindented ("- Met during Project's
            # application on DD-MMM-YYYY." right under the statement): still its sub-item, so that
            # left unfilled it is no evidence (the application templates since 2024-10 do this too).
            loose = follows_item and block.kind is BlockKind.LIST_ITEM and block.level == 0
            if not block.is_checkbox and not (
                block.kind is BlockKind.LIST_ITEM and (block.level > 0 or loose) and items
            ):
                follows_item = False
                continue
            follows_item = True
            if (block.level > 0 or loose) and items and not (loose and block.is_checkbox):
                items[-1]["sub_items"].append({"text": block.text, "checkbox": block.is_checkbox})
                continue
            if dd_match and block.strong and len(block.text) > len(block.strong):
                # "**Document Security Self-Assessment.** The completed self-assessment must be …":
                # the statement's tail is the template's, not the TOC's evaluation.
                boilerplate.setdefault(block.text[len(block.strong) :].strip(), None)
            text = block.strong or block.text
            required = not is_title and role != "suggested" and not choice
            item: dict[str, Any] = {
                "id": ids.assign(area, text, taken),
                "text": text,
                "required": required,
                "sub_items": [],
                "expects_link": bool(
                    required
                    and LINK_WORDS.search(text)
                    and not NO_LINK_WORDS.search(text)
                    and not (dd_match and DD_NO_LINK_WORDS.search(text))
                ),
                "template_line": block.line,
            }
            if choice:
                item["choice"] = "level-assertion"
            if is_title or norm in ("review project moving level evaluation", "application level assertion"):
                item["needs_evidence"] = False  # an assertion or an acknowledgement, not a claim to prove
            if re.match(r"(Due Diligence Review|TOC verification)", text):
                item["completed_by"] = "toc"
            items.append(item)
        return items

    sections = [section_entry(child, "", None, "") for child in root.children]
    patterns = (PLACEHOLDER, DD_CHOICE) if dd_match else (PLACEHOLDER,)
    placeholders = sorted(
        {
            m.group(0)
            for line in document.source_lines[_front_matter_lines(document) :]
            for pattern in patterns
            for m in pattern.finditer(line)
        }
    )
    return {
        "id": revision_id,
        "kind": kind,
        "label": label,
        "revision_date": date,
        "commit": commit,
        "source": source,
        "latest": False,
        "placeholders": placeholders,
        "guidance": list(guidance.values()),
        "boilerplate": list(boilerplate),
        "sections": sections,
    }


def _front_matter_lines(document: Any) -> int:
    first = document.blocks[0] if document.blocks else None
    return first.end_line if first is not None and first.kind is BlockKind.FRONT_MATTER else 0


def collect_text(
    blocks: tuple[Block, ...], guidance: dict[str, dict[str, Any]], boilerplate: dict[str, None]
) -> None:
    for block in blocks:
        if block.kind is BlockKind.COMMENT:
            guidance.setdefault(block.text, {"text": block.text, "comment": True})
        elif block.kind is BlockKind.PARAGRAPH and block.text:
            if block.text.startswith(GUIDANCE_PHRASES):
                text = PLACEHOLDER.sub("", block.text).strip()
                guidance.setdefault(text, {"text": text, "comment": False})
            elif not block.is_checkbox:
                boilerplate.setdefault(block.text, None)


def main(argv: list[str]) -> int:
    source = Path(argv[1] if len(argv) > 1 else "../shared/reference/templates")
    target = Path(argv[2] if len(argv) > 2 else "schemas")
    dd_source = Path(argv[3]) if len(argv) > 3 else source.parent / "dd-templates"
    files = sorted(
        (p for p in source.glob("*.md") if FILE_NAME.match(p.name)),
        key=lambda p: (FILE_NAME.match(p.name).group(3).replace("latest", LATEST_DATE), p.name),  # type: ignore[union-attr]
    )
    dd_files = sorted(
        (p for p in dd_source.glob("dd-*.md") if DD_FILE_NAME.match(p.name)),
        key=lambda p: (DD_FILE_NAME.match(p.name).group(2), _same_day_rank(p.name), p.name),  # type: ignore[union-attr]
    )
    ids = {"graduation": CriterionIds(), "incubation": CriterionIds()}
    schemas = [build(path, ids[FILE_NAME.match(path.name).group(1)]) for path in files]  # type: ignore[union-attr]
    days = Counter(DD_FILE_NAME.match(p.name).group(1, 2) for p in dd_files)  # type: ignore[union-attr]
    shared = frozenset((f"dd-{level}", date) for (level, date), n in days.items() if n > 1)
    # After every application revision of its level, sharing its ids (see the module docstring).
    schemas += [build(path, ids[DD_FILE_NAME.match(path.name).group(1)], shared) for path in dd_files]  # type: ignore[union-attr]
    for kind in ("dd-graduation", "dd-incubation"):
        made = [s for s in schemas if s["kind"] == kind]
        if made != sorted(made, key=lambda s: (s["revision_date"], s["id"])):
            raise SystemExit(
                f"{kind}: same-day revisions no longer sort by id; extend SAME_DAY_ORDER handling"
            )
    latest: dict[str, dict[str, Any]] = {}
    for schema in schemas:
        latest[schema["kind"]] = schema
    for schema in latest.values():
        schema["latest"] = True
    for old in [*target.glob("*-v*.json"), *target.glob("dd-*-[0-9]*.json")]:
        old.unlink()
    texts = target / TEXT_FOLDER
    texts.mkdir(exist_ok=True)
    for old in texts.glob("*-v*.md"):
        old.unlink()
    for path, schema in zip([*files, *dd_files], schemas, strict=True):
        out = target / f"{schema['id']}.json"
        out.write_text(json.dumps(schema, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(out, sum(1 for _ in _criteria(schema["sections"])), "criteria")
        if path in files:  # application texts only: `applint init` writes applications
            (texts / f"{schema['id']}.md").write_bytes(path.read_bytes())
    for bundle in write_bundles(target):  # what a run reads: each kind's revisions in one file
        print(bundle)
    if target.resolve() == schemas_dir().resolve():  # and the bundles as a run loads them
        print(write_bundle_table(target))
    from companion_schemas import (  # beside this file
        FOLDER,
        HISTORY_REPOSITORY,
        TAG_SECURITY_REPOSITORY,
        write_companions,
    )

    companions = source.parent / "companion-templates"
    histories = (Path(HISTORY_REPOSITORY), Path(TAG_SECURITY_REPOSITORY))
    if companions.is_dir() and all(history.exists() for history in histories):
        write_companions(companions, target / FOLDER, *histories)
    else:
        print(
            f"companion schemas left as they are: no {companions}, {HISTORY_REPOSITORY} or "
            f"{TAG_SECURITY_REPOSITORY}",
            file=sys.stderr,
        )
    return 0


def _same_day_rank(name: str) -> int:
    short = name.rsplit("-", 1)[-1].removesuffix(".md")
    return SAME_DAY_ORDER.index(short) if short in SAME_DAY_ORDER else -1


def _criteria(sections: list[dict[str, Any]]) -> Any:
    for section in sections:
        yield from section["criteria"]
        yield from _criteria(section["sections"])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
