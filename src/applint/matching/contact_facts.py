"""The e-mail address and the GitHub handle the document gives for each person it names: a list of contacts
("[Paige Patton](mailto:ppatton@example.com)", "Paige Patton <ppatton@example.com>", "Paige Patton
(@paigerube14) - ppatton@example.com") and a table row naming one person and one address ("|
Maintainer | Paige Patton | @paigerube14 | ppatton@example.com |"). The person is known by the
name written in full or the GitHub handle; two addresses (or two handles) for one person may both
be real, but a reader is left to guess which one reaches them.

Read only where one block (or one table row) pairs one person with one address or handle: a row
or item giving two addresses or two handles, or naming two people, pairs nothing; nor does a shared address (a mailing
list, a security or maintainers alias), nor a name that is a team's or a list's. Each row of a
table and each item of a list is about an entity of its own (one adopter's contact, one
maintainer): a value read there carries its place (``Fact.entry``), so that two rows naming the
same title ("Principal Engineer") are never read as one person given two addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.matching.fact_records import Fact
from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern

_EMAIL = LazyPattern(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# A person's name written in full: two to four capitalised words (a particle between: "van", "de").
_NAME = LazyPattern(
    r"(?:[^\W\d_][\w'’.-]*\s+(?:(?:van|von|de|da|del|der|di|du|la|le|bin)\s+)?){1,3}[^\W\d_][\w'’-]+"
)
_HANDLE = LazyPattern(r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})")
# Words that make a "name" a team's, a list's or a role's, not a person's.
_NOT_A_PERSON_WORDS = (
    "team list lists group groups mailing mail email e-mail address security maintainers "
    "maintainer committee channel channels contact contacts project support users user dev "
    "developers community steering board office council lead leads owner owners member "
    "members reviewer reviewers approver approvers role name github slack cncf toc tag "
    "private public report reporting vulnerability vulnerabilities conduct code inc llc ltd "
    "corp corporation company institute university lab labs foundation"
)
_NOT_A_PERSON = frozenset(_NOT_A_PERSON_WORDS.split())
# Addresses shared by many people: a list's host, or an alias's local part.
_SHARED_HOST = ("lists.", "googlegroups.", "groups.io", "groups.google.")
_SHARED_LOCAL_WORDS = (
    "security maintainers maintainer info support team admin help dev devel users user "
    "private conduct coc cncf steering contact contacts hello community announce discuss "
    "noreply no-reply oss opensource press legal abuse webmaster postmaster list lists"
)
_SHARED_LOCAL = frozenset(_SHARED_LOCAL_WORDS.split())
_PERSON_COLUMN = LazyPattern(r"^\W*(?:(?:full\s+)?name|maintainers?|person|contacts?|who)\b", re.IGNORECASE)
# A GitHub handle right after a person's name ("Ada Example (@adaexample)", "Ada Example - @ada").
_HANDLE_AFTER = LazyPattern(
    r"\s*[(,:–—-]?\s*(?<![\w@])(?P<handle>@[A-Za-z0-9][A-Za-z0-9-]{0,38})(?![\w@.-]|\.\w)"
)
# A label the contact follows ("Project points of contacts: Ada Example, ada@examplo.io").
_LABEL = LazyPattern(r"[\w\s'’()-]{1,40}:\s+(?=\S)")
# Between a name and its address in a contact item: punctuation, a handle, an organisation in
# brackets ("Ada Example (@ada, Globex) - ada@…"); not another name nor a list's ";".
_GAP = LazyPattern(r"\s*(?:\([^()@;]{0,40}\)|\(@[\w-]+\)|@[\w-]+)?\s*[,:<\[(–—-]*\s*")


def email_addresses(text: str) -> list[str]:
    """The e-mail addresses written in a text, in order."""
    return _EMAIL.findall(text) if "@" in text else []


def contact_facts(document: Document, holding: set[int], mailing: set[int]) -> Iterator[Fact]:
    """Each person's address, in the blocks of ``holding`` (the texts holding "@") and of
    ``mailing`` (the blocks linking a ``mailto:`` address)."""
    for index in sorted(holding | mailing):
        block = document.blocks[index]
        if block.kind in (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING):
            continue
        if block.kind is BlockKind.TABLE:
            if index in holding:
                header, *rows = block.text.split("\n")
                column = _name_column(header)
                for number, row in enumerate(rows, 1):
                    yield from _row_facts(row, column, block, (block.line, number))
            continue
        mailto = [url for url in block.links if url[:7].lower() == "mailto:"]
        entry = _list_entry(document, index)
        if len(mailto) == 1 and index not in holding:
            name = _NAME.match(block.text.lstrip(" *_-–—"))
            rest = block.text.lstrip(" *_-–—")[name.end() :].lstrip() if name else ""
            if name is not None and (not rest or rest[0] in "(,–—-:"):
                yield from _person(name.group(), mailto[0][7:].split("?", 1)[0], block, entry)
        elif index in holding and len(mailto) <= 1:
            yield from _item_facts(block, mailto, entry)


def _name_column(header: str) -> int | None:
    """The column a table's header names as the person's ("Name", "Maintainer", "Contact")."""
    for number, cell in enumerate(header.split(" | ")):
        if _PERSON_COLUMN.search(cell):
            return number
    return None


def _list_entry(document: Document, index: int) -> tuple[int, int] | None:
    """A list item's place among the items around it (the list's first line, its own line); None
    for a block of running text."""
    blocks = document.blocks
    if blocks[index].kind is not BlockKind.LIST_ITEM:
        return None
    first = index
    while first > 0 and blocks[first - 1].kind is BlockKind.LIST_ITEM:
        first -= 1
    return blocks[first].line, blocks[index].line


def _row_facts(row: str, column: int | None, block: Block, entry: tuple[int, int]) -> Iterator[Fact]:
    """A table row naming one person (in the header's name column, or the one cell that is a
    name; and a handle) and one address, or a name and a handle."""
    cells = [cell.strip(" *_`") for cell in row.split(" | ")]
    if column is not None:
        names = [cells[column]] if column < len(cells) and _is_person(cells[column]) else []
    else:
        names = [cell for cell in cells if _is_person(cell)]
    handles = [cell for cell in cells if _HANDLE.fullmatch(cell)]
    if len(names) > 1 or len(handles) > 1:
        return  # two people in one row, or a name beside an organisation's
    if names and handles:
        yield _handle(names[0], handles[0], block, entry)
    found = _EMAIL.findall(row)
    if len({address.lower() for address in found}) == 1:
        for who in names + handles:
            yield from _person(who, found[0], block, entry)


def _item_facts(block: Block, mailto: list[str], entry: tuple[int, int] | None) -> Iterator[Fact]:
    """A list item or paragraph opening with a person's name and giving one address soon after
    ("Paige Patton <ppatton@example.com>", "Paige Patton (Red Hat): ppatton@example.com")."""
    text = block.text
    found = list(_EMAIL.finditer(text))
    linked = [url[7:].split("?", 1)[0] for url in mailto]
    if len({written.lower() for written in [match.group() for match in found] + linked}) > 1:
        return
    label = _LABEL.match(text)
    for opening in (0, label.end()) if label else (0,):
        body = text[opening:].lstrip(" *_-–—")
        name = _NAME.match(body)
        if name is not None and _is_person(name.group()):
            break
    else:
        return
    start = len(text) - len(body) + name.end()
    handle = _HANDLE_AFTER.match(text, start)
    if handle is not None and _HANDLE_AFTER.search(text, handle.end()) is None:  # one handle only
        yield _handle(name.group(), handle.group("handle"), block, entry)
    if not (found or linked):
        return
    end = found[0].start() if found else len(text)
    if not _GAP.fullmatch(text[start:end]):
        return
    yield from _person(name.group(), found[0].group() if found else linked[0], block, entry)


def _handle(name: str, handle: str, block: Block, entry: tuple[int, int] | None) -> Fact:
    """The fact that the person ``name`` has the GitHub handle ``handle``."""
    return Fact(
        ("github", " ".join(name.split()).casefold()),
        f"{name}'s GitHub handle",
        (handle.lower(),),
        handle,
        block,
        exclusive=False,
        entry=entry,
    )


def _person(who: str, address: str, block: Block, entry: tuple[int, int] | None) -> Iterator[Fact]:
    """The fact that ``who`` (a name or a handle) is reached at ``address``, when both are a
    person's own."""
    if not _EMAIL.fullmatch(address) or _shared(address):
        return
    if who.startswith("@"):
        key = who.lower()
    elif _is_person(who):
        key = " ".join(who.split()).casefold()
    else:
        return
    yield Fact(
        ("email", key),
        f"{who}'s e-mail address",
        (address.lower(),),
        address,
        block,
        exclusive=False,
        entry=entry,
    )


def _is_person(text: str) -> bool:
    if _NAME.fullmatch(text) is None or not text[:1].isupper():
        return False
    words = [word.strip(".'’").lower() for word in text.split()]
    return not any(word in _NOT_A_PERSON for word in words) and all(
        word[:1].isupper() or word in ("van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "bin")
        for word in text.split()
    )


def _shared(address: str) -> bool:
    local, _, host = address.lower().partition("@")
    if host.startswith(_SHARED_HOST[0]) or any(part in host for part in _SHARED_HOST[1:]):
        return True
    return any(part in _SHARED_LOCAL for part in re.split(r"[-._+]", local))
