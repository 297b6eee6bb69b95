"""Adopters that are the project's own employer: an adopter the application counts as independent
whose organization is the one most of the project's people work for.

Who the project's people work for is read from what the application gives: the email addresses it
lists (points of contact, the maintainer table: "nelluri@redhat.com" is Red Hat), and a table
column headed "Affiliation", "Company" or "Employer". An organization is theirs when it holds at
least two of the addresses (or rows) and more than half. Webmail and shared addresses (gmail.com,
lists.cncf.io, users.noreply.github.com) say nothing about an employer.

The adopters are the names the Adoption Assertion lists (a table's first column, a list item's
bold name or its words before "(", "-", ":"), the ones listed under the criterion asking for
independent adopters, and the Adopter headings ("Adopter 2 - Globex/Energy"). An adopter is the
organization when its name opens with the organization's whole words ("Red Hat OpenShift" for
redhat.com or "Red Hat, Inc."; never "Redis" for Red Hat).
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import re
from collections import Counter
from typing import Final, TypeVar

from applint.matching.mapping import Mapping
from applint.model import Block, BlockKind, Document, Record
from applint.templates.records import Template
from applint.text.joined import JoinedTexts
from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern

_EMAIL = LazyPattern(r"(?<![\w.+-])[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
_SHARED_DOMAINS = frozenset(
    {
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "msn",
        "yahoo",
        "icloud",
        "me",
        "mac",
        "aol",
        "protonmail",
        "proton",
        "pm",
        "gmx",
        "fastmail",
        "hey",
        "zoho",
        "qq",
        "163",
        "126",
        "foxmail",
        "yandex",
        "mail",
        "cncf",
        "linuxfoundation",
        "github",
        "googlegroups",
        "groups",
        "example",
        "noreply",
    }
)
_SECOND_LEVEL = frozenset({"co", "com", "ac", "org", "net", "gov", "edu"})
_AFFILIATION_HEADER = LazyPattern(r"\b(?:affiliation|employer|company|organi[sz]ation)s?\b", re.IGNORECASE)
_PERSON_HEADER = LazyPattern(r"\b(?:name|github|handle|maintainer|member|role)s?\b", re.IGNORECASE)
_CORPORATE = frozenset(
    {"inc", "llc", "ltd", "corp", "corporation", "gmbh", "co", "company", "limited", "sa", "ag"}
)
_NO_EMPLOYER = frozenset(
    {
        "independent",
        "individual",
        "none",
        "self",
        "personal",
        "freelance",
        "student",
        "other",
        "various",
        "na",
        "tbd",
    }
)
_NAME_END = LazyPattern(r"\s+\(|\s+[-–—]\s+|:|,|\s+\|")
_ADOPTER_HEADING = LazyPattern(r"^\s*adopter\s+\d+\s*[-–—:]\s*(?P<name>[^/]+)", re.IGNORECASE)
_MAX_NAME_WORDS = 6


class Employer(Record):
    """The organization most of the project's people work for, and what says so."""

    __slots__ = ("basis", "key", "majority", "name")

    def __init__(self, key: tuple[str, ...], name: str, basis: str, majority: bool = True) -> None:
        self.key: Final = key  # its name's words, lower case ("red", "hat")
        self.name: Final = name  # as written ("Red Hat", "redhat.com")
        self.basis: Final = basis  # in the reader's words ("3 of the 3 email addresses the application gives are at redhat.com")
        self.majority: Final = (
            majority  # most of the project's people work there (else: one maintainer's affiliation)
        )


class EmployerAdopter(Record):
    """An adopter named as independent that is the project's employer."""

    __slots__ = ("block", "employer", "name", "position")

    def __init__(self, block: Block, name: str, employer: Employer, position: int) -> None:
        self.block: Final = block
        self.name: Final = name  # the adopter as written
        self.employer: Final = employer
        self.position: Final = position  # the block's index in the document


def employer_adopters(
    document: Document, template: Template, mapping: Mapping, joined: JoinedTexts
) -> list[EmployerAdopter]:
    """Each adopter whose organization is the project's employer, once per organization, in order:
    where a criterion counts it as an independent adopter if one does, else at its first mention."""
    regions = _adopter_regions(document, template, mapping)
    if not regions:
        return []
    employers = _employers(document, joined, regions)
    claims = _independence_claims(document, template, mapping)
    if not employers and not claims:
        return []
    # Any maintainer's organization, but only where the application calls its adopters independent
    # (read once, when such an adopter is not the employer).
    affiliations: list[Employer] | None = None
    chosen: dict[tuple[str, ...], tuple[bool, EmployerAdopter]] = {}
    for index, block in _adopter_blocks(document, regions, claims):
        for name in _adopter_names(block):
            words = _words(name)
            claimed = any(start <= index < end for start, end in claims)
            employer = next((e for e in employers if _opens_with(words, e.key)), None)
            if employer is None and claimed:
                if affiliations is None:
                    affiliations = _maintainer_organizations(document, regions)
                employer = next((e for e in affiliations if _opens_with(words, e.key)), None)
            if employer is None:
                continue
            earlier = chosen.get(employer.key)
            # One finding per adopter: where the application counts it as independent if it does,
            # else its first mention (an adoption table claims nothing of its own).
            if earlier is None or (claimed and not earlier[0]):
                chosen[employer.key] = (claimed, EmployerAdopter(block, name, employer, index))
    return sorted((found for _, found in chosen.values()), key=lambda found: found.position)


def _independence_claims(document: Document, template: Template, mapping: Mapping) -> list[tuple[int, int]]:
    """Block index ranges of the criteria asking for independent adopters (their evidence)."""
    statements = sorted(mapping.criteria.values())
    claims: list[tuple[int, int]] = []
    for criterion in template.criteria:
        if "ndependent" not in criterion.text or "dopter" not in criterion.text:
            continue
        index = mapping.criteria.get(criterion.id)
        if index is not None:
            end = next((s for s in statements if s > index), len(document.blocks))
            claims.append((index + 1, end))
    return claims


def _adopter_regions(document: Document, template: Template, mapping: Mapping) -> list[tuple[int, int]]:
    """Block index ranges holding adopters: the Adoption Assertion, the body of the criterion asking
    for independent adopters (up to the next criterion or heading), and the Adopter headings."""
    regions: list[tuple[int, int]] = [
        (found.start + 1, found.end)
        for section_id, found in mapping.sections.items()
        if section_id.endswith("adoption-assertion")
    ]
    regions.extend(_independence_claims(document, template, mapping))
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING and "dopter" in block.text and _ADOPTER_HEADING.match(block.text):
            regions.append((index, index + 1))
    return regions


def _adopter_blocks(
    document: Document, regions: list[tuple[int, int]], claims: list[tuple[int, int]]
) -> list[tuple[int, Block]]:
    """The tables, list items and Adopter headings of the regions, and the sentences of the claims
    naming adopters, each once, with its index."""
    seen: set[int] = set()
    blocks: list[tuple[int, Block]] = []
    for start, end in sorted(regions):
        for index in range(max(start, 0), min(end, len(document.blocks))):
            block = document.blocks[index]
            if index in seen:
                continue
            seen.add(index)
            if block.kind is BlockKind.HEADING and index > start and not _ADOPTER_HEADING.match(block.text):
                break
            if block.kind in (BlockKind.TABLE, BlockKind.LIST_ITEM, BlockKind.HEADING) or (
                block.kind is BlockKind.PARAGRAPH
                and "dopter" in block.text
                and any(begin <= index < finish for begin, finish in claims)
            ):
                blocks.append((index, block))
    return blocks


def _adopter_names(block: Block) -> list[str]:
    if block.kind is BlockKind.HEADING:
        match = _ADOPTER_HEADING.match(block.text)
        return [match.group("name").strip()] if match else []
    if block.kind is BlockKind.TABLE:
        rows = block.text.split("\n")[1:]
        return [name for row in rows if (name := row.split("|")[0].strip())]
    if block.kind is BlockKind.PARAGRAPH:
        return _names_listed(block.text)
    name = block.strong.strip(" *_") if block.strong else _NAME_END.split(block.text, maxsplit=1)[0]
    return [name.strip()] if 0 < len(name.split()) <= _MAX_NAME_WORDS else []


# "Notable independent adopters include ING Bank, Xiaohongshu, Baidu, and others.": the names after
# the verb or colon that introduces them, to the sentence's end.
_LISTING = LazyPattern(
    r"\badopters?\b[^.:]*?(?:\binclud(?:e|es|ing)\b|\bsuch\s+as\b|\bare\b|:)\s+(?P<names>[^.;]+)"
)
_OTHERS = LazyPattern(r"^(?:and\s+)?(?:others|more|many\s+more|etc\.?|others\s+\(.*)$", re.IGNORECASE)


def _names_listed(text: str) -> list[str]:
    """The organizations a sentence about adopters lists ("… include A, B and C, and others")."""
    names: list[str] = []
    for match in _LISTING.finditer(text):
        for part in _LIST_SPLIT.split(match.group("names")):
            name = part.strip(" *_()")
            if (
                name
                and not _OTHERS.match(name)
                and len(name.split()) <= _MAX_NAME_WORDS
                and name[0].isupper()
            ):
                names.append(name)
    return names


_LIST_SPLIT = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+")


def _maintainer_organizations(document: Document, regions: list[tuple[int, int]]) -> list[Employer]:
    """Every organization of a maintainer table's affiliation column (outside the adopter regions),
    with the maintainer who works there."""
    in_regions = {index for start, end in regions for index in range(start, end)}
    found: dict[tuple[str, ...], Employer] = {}
    for index, block in enumerate(document.blocks):
        if block.kind is not BlockKind.TABLE and (
            block.kind is not BlockKind.PARAGRAPH or block.text[:1] != "|"
        ):
            continue  # (a pipe table indented under a list item is read as a paragraph opening with "|")
        if index in in_regions:
            continue
        rows = _table_rows(document, block)
        if len(rows) < 2:
            continue
        header = [cell.strip() for cell in rows[0][1]]
        column = next((i for i, cell in enumerate(header) if _AFFILIATION_HEADER.search(cell)), None)
        if column is None or not any(_PERSON_HEADER.search(c) for i, c in enumerate(header) if i != column):
            continue
        for line, row in rows[1:]:
            if len(row) <= column or not (key := _organization_key(row[column].strip())):
                continue
            person = row[0].strip() if column != 0 else ""
            found.setdefault(
                key,
                Employer(
                    key,
                    row[column].strip(),
                    f"{person or 'a maintainer'} is listed at {row[column].strip()} in the maintainer table, "
                    f"{document.unit.value} {line}",
                    majority=False,
                ),
            )
    return list(found.values())


_SEPARATOR_ROW = LazyPattern(r"^[\s|:-]+$")


def _table_rows(document: Document, block: Block) -> list[tuple[int, list[str]]]:
    """A pipe table's rows as (line, cells), separator row left out: a table block's, or one the
    reader took for a paragraph (indented under a list item), read from its source lines."""
    lines = document.source_lines[block.line - 1 : block.end_line]
    if len(lines) >= 3 and all(line.strip().startswith("|") for line in lines):
        return [
            (block.line + offset, line.strip().strip("|").split("|"))
            for offset, line in enumerate(lines)
            if not _SEPARATOR_ROW.match(line)
        ]
    if block.kind is BlockKind.TABLE:  # (a DOCX table: its paragraph)
        return [(block.line, row.split("|")) for row in block.text.split("\n")]
    return []


def _employers(document: Document, joined: JoinedTexts, regions: list[tuple[int, int]]) -> list[Employer]:
    """The organizations most of the project's addresses, or most rows of an affiliation column, name."""
    in_regions = {index for start, end in regions for index in range(start, end)}
    employers: list[Employer] = []
    domains: Counter[str] = Counter()
    addresses: set[str] = set()
    mailing: set[int] = set()
    tables: list[Block] = []
    for index, block in enumerate(document.blocks):  # one pass: the blocks linking a mail address, the tables
        if block.kind is BlockKind.TABLE and index not in in_regions:
            tables.append(block)
        if block.links:
            for link in block.links:
                if link[:7] == "mailto:":
                    mailing.add(index)
                    break
    for index in sorted(joined.holding("@") | mailing):
        if index in in_regions:
            continue  # an adopter's contact says nothing of the project's people
        block = document.blocks[index]
        texts = [block.text, *(link[len("mailto:") :] for link in block.links if link.startswith("mailto:"))]
        for text in texts:
            for match in _EMAIL.finditer(text):
                address = match.group(0).lower()
                if address not in addresses:
                    addresses.add(address)
                    domain = match.group(1).lower()
                    if _organization_label(domain) is not None:
                        domains[domain] += 1
    total = sum(domains.values())
    by_label: Counter[str] = Counter()
    for domain, count in domains.items():
        label = _organization_label(domain)
        if label is not None:
            by_label[label] += count
    for label, count in _commonest(by_label):
        if count >= 2 and count * 2 > total:
            shown = next(domain for domain in domains if _organization_label(domain) == label)
            employers.append(
                Employer(
                    (label,),
                    shown,
                    f"{count} of the {total} email addresses the application gives are at {shown}",
                )
            )
    for table in tables:
        employer = _column_employer(table)
        if employer is not None and employer.key not in {e.key for e in employers}:
            employers.append(employer)
    return employers


def _organization_label(domain: str) -> str | None:
    """The organization a mail domain names ("redhat" for redhat.com and us.redhat.com), or None
    for a shared one (webmail, mailing lists)."""
    labels = domain.split(".")
    if len(labels) < 2:
        return None
    label = (
        labels[-3]
        if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2
        else labels[-2]
    )
    if label in _SHARED_DOMAINS or any(part in _SHARED_DOMAINS for part in labels[:-1]) or len(label) < 2:
        return None
    return label


def _column_employer(table: Block) -> Employer | None:
    rows = [row.split("|") for row in table.text.split("\n")]
    if len(rows) < 3:
        return None
    header = [cell.strip() for cell in rows[0]]
    column = next((i for i, cell in enumerate(header) if _AFFILIATION_HEADER.search(cell)), None)
    if column is None or not any(_PERSON_HEADER.search(cell) for i, cell in enumerate(header) if i != column):
        return None
    values = [row[column].strip() for row in rows[1:] if len(row) > column and row[column].strip()]
    keys = Counter(key for value in values if (key := _organization_key(value)))
    for key, count in _commonest(keys):
        if count >= 2 and count * 2 > len(rows) - 1:
            written = next(value for value in values if _organization_key(value) == key)
            return Employer(
                key,
                written,
                f'{count} of the {len(rows) - 1} people in the "{header[column]}" column are at {written}',
            )
    return None


def _organization_key(name: str) -> tuple[str, ...]:
    words = [word for word in _words(name) if word not in _CORPORATE]
    if not words or any(word in _NO_EMPLOYER for word in words):
        return ()
    return tuple(words)


def _opens_with(words: list[str], key: tuple[str, ...]) -> bool:
    """Whether a name's first whole words spell the organization ("red hat openshift" for
    "redhat"), spaces aside."""
    target = "".join(key)
    spelled = ""
    for word in words:
        spelled += word
        if spelled == target:
            return True
        if len(spelled) >= len(target):
            return False
    return False


def _words(name: str) -> list[str]:
    return cached_pattern(r"[a-z0-9]+").findall(name.lower())


Key = TypeVar("Key")


def _commonest(counts: Counter[Key]) -> list[tuple[Key, int]]:
    """``counts.most_common(1)`` without its import of heapq at run time (for one item,
    ``heapq.nlargest`` is ``max`` over the items: the first of the most common)."""
    return [max(counts.items(), key=lambda item: item[1])] if counts else []
