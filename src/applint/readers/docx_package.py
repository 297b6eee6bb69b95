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
import lzma
import posixpath
import re
import zipfile
import zlib
from typing import Any

from lxml import etree

from applint.readers.sources import InputError

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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"  # the main namespace as an lxml tag prefix: f"{W}p" is a paragraph
# The root tag of a part follows at most an XML declaration and a comment or two.
ROOT_SEARCH_BYTES = 4096
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


# What reading one member of a damaged ZIP can raise: a bad CRC or header (BadZipFile), a
# compressed stream that does not decompress (zlib.error for DEFLATE, LZMAError, OSError from bz2),
# one that ends early (EOFError), an encrypted member (RuntimeError) or an unknown method.
_DAMAGED_MEMBER = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)


def _describe(error: BaseException) -> str:
    """What went wrong reading a member, in words: a zlib message alone ("Error -3 while
    decompressing data: invalid code lengths set") does not say the archive is corrupt."""
    if isinstance(error, zlib.error | lzma.LZMAError):
        return f"its compressed data is corrupt ({error})"
    if isinstance(error, RuntimeError) and "encrypted" in str(error):
        return "it is password-protected; save a copy without a password to check it"
    return str(error) or type(error).__name__


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
        except _DAMAGED_MEMBER as error:
            raise InputError(f"damaged DOCX part {part}: {_describe(error)}") from None

    def checked(self, part: str) -> bytes:
        """The bytes of one XML part, rejected if it declares a DTD anywhere."""
        data = self.read(part)
        if _declares_doctype(data):
            raise InputError(f"DOCX part {part} declares a DTD, which DOCX forbids")
        return data

    def parse(self, part: str) -> Element:
        """One XML part, parsed; rejected if it declares a DTD or is not well-formed XML."""
        return self.parse_checked(part, self.checked(part))

    def parse_checked(self, part: str, data: bytes) -> Element:
        """Parse what ``checked(part)`` returned (for a caller that looked at the bytes first)."""
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

    def related(self, relationships: Relationships, kind: str) -> str | None:
        """The name of the part of a relationship type (styles, numbering); None when there is none."""
        part = relationships.internal.get(kind)
        return part if part is not None and part in self.members else None


def _declares_doctype(data: bytes) -> bool:
    """Whether the bytes hold ``<!doctype`` in any case: each ``!`` found (a single byte, which
    ``bytes.find`` scans for with memchr; ``!`` is rare in a part's XML: a comment, a CDATA
    section, an exclamation in the text) and the bytes around it compared, far cheaper than
    searching for ``<!`` (``<`` opens every tag, so a two-byte search stops at each one) or a
    case-insensitive pattern tried at every byte of a part."""
    at = data.find(b"!")
    while at >= 0:
        if data[at - 1 : at] == b"<" and data[at + 1 : at + 8].lower() == b"doctype":
            return True
        at = data.find(b"!", at + 1)
    return False


class StylesPart:
    """Style definitions by id, read from the styles part without building all of it.

    Word writes ~160 styles (~350 KB of XML) into the styles part of every document, which uses
    a handful of them; building the whole tree costs ~4 ms, a third of reading a typical
    application. So each style asked for is cut out of the part's bytes (from ``<w:style`` whose
    start tag holds ``w:styleId="ID"`` to its ``</w:style>``) and parsed alone, inside a copy of
    the part's root tag so that its namespace prefixes resolve. Whenever that does not work (the
    part binds another prefix to the main namespace, is not UTF-8, the id is not found that way,
    or a cut-out does not parse) the whole part is parsed once and read the ordinary way, so
    the answer is the same either way; a test compares both on every DOCX at hand.
    """

    _ROOT = re.compile(rb"<w:styles\b[^>]*>")

    def __init__(self, package: DocxPackage, part: str) -> None:
        self.package = package
        self.part = part
        self.data = package.checked(part)
        root = self._ROOT.search(self.data[:ROOT_SEARCH_BYTES])
        tag = root.group(0) if root else b""
        self.root_tag = tag if f'xmlns:w="{W_NS}"'.encode() in tag else None
        self.whole: dict[str, Element] | None = None
        self.cut: dict[str, Element] = {}

    def style(self, style_id: str) -> Element | None:
        """The ``w:style`` element of a style id, or None when the part defines no such style."""
        if style_id in self.cut:
            return self.cut[style_id]
        if self.whole is None and self.root_tag is not None:
            element = self._cut_out(style_id)
            if element is not None:
                self.cut[style_id] = element
                return element
        if self.whole is None:
            root = self.package.parse_checked(self.part, self.data)
            self.whole = {}
            for style in root.iter(f"{W}style"):
                self.whole.setdefault(style.get(f"{W}styleId", ""), style)
        return self.whole.get(style_id)

    def _cut_out(self, style_id: str) -> Element | None:
        data = self.data
        quoted = style_id.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        at = data.find(f'w:styleId="{quoted}"'.encode())
        start = data.rfind(b"<w:style", 0, at) if at >= 0 else -1
        if start < 0 or data[start + 8 : start + 9] not in (b" ", b"\t", b"\r", b"\n"):
            return None
        start_tag_end = data.find(b">", at)
        if start_tag_end < 0 or b">" in data[start:at]:
            return None
        if data[start_tag_end - 1 : start_tag_end] == b"/":
            end = start_tag_end + 1
        else:
            closing = data.find(b"</w:style>", start_tag_end)
            if closing < 0:
                return None
            end = closing + len(b"</w:style>")
        assert self.root_tag is not None
        try:
            wrapper = etree.fromstring(self.root_tag + data[start:end] + b"</w:styles>", _PARSER)
        except etree.XMLSyntaxError:
            return None
        return wrapper[0] if len(wrapper) else None
