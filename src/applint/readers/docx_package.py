"""Opening a DOCX package safely: size limits, the main document part and its related parts,
each parsed with lxml after a check that it declares no DTD.

A DOCX file is a ZIP package (Office Open XML). The main part is found through the package's
relationships (``_rels/.rels``), as Word does, falling back to ``word/document.xml``; its own
relationships give the styles and numbering parts and the targets of hyperlinks.

DOCX forbids DTDs, and without a DTD an XML parser has no entities to expand (no billion laughs)
and nothing external to load (no XXE): a part that holds ``<!DOCTYPE`` anywhere is rejected
before it is parsed, and the parser is set to resolve no entities and load nothing anyway.
Only the parts applint reads are decompressed at all.

lxml rather than xml.etree: Word's styles part is often 350 KB of XML, which the standard
library's parser takes ~10 ms to build into a tree and lxml ~3.5 ms (python-docx, which applint
used before, parses with lxml too).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Any

from lxml import etree

from applint.sources import InputError

# An lxml element (lxml ships no type hints).
Element = Any

# Package limits, checked on the ZIP directory before anything is decompressed.
MAX_MEMBERS = 2000
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
# Real document.xml parts are well under 2 MiB.
MAX_XML_PART_BYTES = 16 * 1024 * 1024
MAX_RATIO = 200

REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = RELATIONSHIP_TYPES + "officeDocument"
STYLES = RELATIONSHIP_TYPES + "styles"
NUMBERING = RELATIONSHIP_TYPES + "numbering"
DEFAULT_MAIN_PART = "word/document.xml"
_DOCTYPE = re.compile(rb"<!doctype", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class Relationships:
    """The relationships of one part: internal targets by type, external targets by id."""

    def __init__(self, internal: dict[str, str], external: dict[str, str]) -> None:
        self.internal = internal
        self.external = external


class DocxPackage:
    """An opened, size-checked DOCX package. Close it (or use ``with``) when done."""

    def __init__(self, data: bytes) -> None:
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            if data.startswith(b"\xd0\xcf\x11\xe0"):
                raise InputError("an old binary Word (.doc) file, not DOCX; save it as .docx") from None
            raise InputError("not a DOCX file (not a ZIP package)") from None
        except (OSError, ValueError, EOFError) as error:
            raise InputError(f"not a DOCX file ({error})") from None
        self.members = {member.filename: member for member in self.archive.infolist()}
        self._check_limits()
        self.main_part = self._main_part()

    def __enter__(self) -> DocxPackage:
        return self

    def __exit__(self, *_: object) -> None:
        self.archive.close()

    def _check_limits(self) -> None:
        members = list(self.members.values())
        if len(members) > MAX_MEMBERS:
            raise InputError(f"DOCX package has {len(members)} parts (limit {MAX_MEMBERS})")
        total = sum(member.file_size for member in members)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise InputError(f"DOCX package inflates to {total} bytes (limit {MAX_UNCOMPRESSED_BYTES})")
        for member in members:
            if (
                member.compress_size
                and member.file_size / member.compress_size > MAX_RATIO
                and member.file_size > 1 << 20
            ):
                raise InputError(
                    f"DOCX part {member.filename} is compressed {member.file_size // member.compress_size}:1 (a ZIP bomb?)"
                )
            if member.filename.endswith((".xml", ".rels")) and member.file_size > MAX_XML_PART_BYTES:
                raise InputError(
                    f"DOCX part {member.filename} is {member.file_size} bytes of XML (limit {MAX_XML_PART_BYTES})"
                )

    def _main_part(self) -> str:
        """The main document part, named by the package relationships (Word's own way of finding it)."""
        package_rels = self.relationships("")
        main = package_rels.internal.get(OFFICE_DOCUMENT, DEFAULT_MAIN_PART)
        if main not in self.members:
            raise InputError(f"DOCX package has no {main}")
        content_type = self._content_type(main)
        if content_type and "wordprocessingml" not in content_type:
            raise InputError(f"not a Word document: its main part is {content_type}")
        return main

    def _content_type(self, part: str) -> str | None:
        """The content type [Content_Types].xml declares for one part by name, if it does."""
        if "[Content_Types].xml" not in self.members:
            return None
        types = self.parse("[Content_Types].xml")
        for override in types.iter(f"{TYPES_NS}Override"):
            if override.get("PartName", "").lstrip("/") == part:
                return str(override.get("ContentType", ""))
        return None

    def read(self, part: str) -> bytes:
        """The bytes of one part, decompressed within the limits checked above."""
        try:
            with self.archive.open(self.members[part]) as handle:
                return handle.read(MAX_XML_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise InputError(f"damaged DOCX part {part}: {error}") from None

    def parse(self, part: str) -> Element:
        """One XML part, parsed; rejected if it declares a DTD or is not well-formed XML."""
        data = self.read(part)
        if _DOCTYPE.search(data):
            raise InputError(f"DOCX part {part} declares a DTD, which DOCX forbids")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as error:
            raise InputError(f"damaged DOCX part {part}: not well-formed XML ({error})") from None

    def relationships(self, part: str) -> Relationships:
        """The relationships of ``part`` ("" for the package's own): targets resolved to part names."""
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
        internal: dict[str, str] = {}
        external: dict[str, str] = {}
        if rels_part not in self.members:
            return Relationships(internal, external)
        for rel in self.parse(rels_part).iter(f"{REL_NS}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                external[rel.get("Id", "")] = target
            else:
                resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                internal.setdefault(rel.get("Type", ""), posixpath.normpath(resolved))
        return Relationships(internal, external)

    def related(self, relationships: Relationships, kind: str) -> Element | None:
        """The part of a relationship type (styles, numbering), parsed; None when there is none."""
        part = relationships.internal.get(kind)
        if part is None or part not in self.members:
            return None
        return self.parse(part)
