"""What a DOCX's styles and numbering parts say about a paragraph or a run: a paragraph style's
heading level, a list level's bullet text (a checkbox glyph marks a checklist), and whether a run
is bold or struck through, directly or through its character style.

Each answer is worked out once per style id or list level the document uses, as paragraphs ask,
so that parts a document barely uses (Word's 160 styles, LibreOffice's numbering for dozens of
lists) are never read whole.
"""

from __future__ import annotations

import re

from applint.readers.checkboxes import GLYPHS
from applint.readers.docx_package import DocxPackage, Element, StylesPart, W
from applint.text.precompiled import compile_pattern

RUN_PROPERTIES, _RUN_STYLE, _VAL = f"{W}rPr", f"{W}rStyle", f"{W}val"
HEADING_STYLE = compile_pattern(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)$", re.IGNORECASE)


def int_attribute(value: str | None, default: int) -> int:
    """An integer attribute; a missing or malformed one (Word writes none such) counts as ``default``."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level_of_name(name: str) -> int | None:
    """The heading level a style name (or id) says: "Heading 2", "Überschrift 2", "Title"."""
    match = HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    return 1 if name.lower() == "title" else None


def _toggle(properties: Element | None, tag: str) -> bool | None:
    """The state a run-properties element gives a toggle property (``w:b``, ``w:strike``): None
    when it says nothing; ``<w:b/>`` and ``w:val="1"``/``"true"``/``"on"`` turn it on."""
    element = properties.find(f"{W}{tag}") if properties is not None else None
    if element is None:
        return None
    return element.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


class StyleLevels:
    """Heading level (None: not a heading) of a paragraph style id, following the style's base
    chain and outline level; each id the document uses is resolved once."""

    def __init__(self, styles: StylesPart | None) -> None:
        self.styles = styles
        self.levels: dict[str, int | None] = {}

    def level(self, style_id: str) -> int | None:
        if style_id not in self.levels:
            self.levels[style_id] = self._resolve(style_id)
        return self.levels[style_id]

    def _resolve(self, style_id: str) -> int | None:
        if self.styles is None:
            return _level_of_name(style_id)  # no styles part: the id's name says
        current: str | None = style_id
        seen: set[str] = set()
        while current is not None and current not in seen:
            style = self.styles.style(current)
            if style is None:  # an undefined id: its name says; an undefined base: not a heading
                return _level_of_name(style_id) if current == style_id else None
            seen.add(current)
            name_element = style.find(f"{W}name")
            name = name_element.get(f"{W}val", "") if name_element is not None else ""
            level = _level_of_name(name)
            if level is None:
                level = _level_of_name(current)
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if level is None and outline is not None:
                value = int_attribute(outline.get(f"{W}val"), 9)
                level = value + 1 if value < 6 else None
            if level is not None:
                return level
            based = style.find(f"{W}basedOn")
            current = based.get(f"{W}val") if based is not None else None
        return None


class RunFormats:
    """Whether a run is bold, italic or struck through: its own properties first, then its
    character style and the styles that one is based on. LibreOffice writes bold as the character
    style "Strong" (id ``StrongEmphasis``) rather than ``<w:b/>``; Word's "Strong" style is bold too."""

    def __init__(self, styles: StylesPart | None) -> None:
        self.styles = styles
        self.by_style: dict[str, tuple[bool, bool, bool]] = {}  # (bold, struck, italic)

    def bold(self, properties: Element | None) -> bool:
        """Whether a run with these properties (its ``w:rPr``, None when it has none) is bold."""
        return self._format(properties, 0, ("b",))

    def struck(self, run: Element) -> bool:
        return self._format(run.find(RUN_PROPERTIES), 1, ("strike", "dstrike"))

    def italic(self, properties: Element | None) -> bool:
        """Whether a run with these properties (its ``w:rPr``, None when it has none) is italic."""
        return self._format(properties, 2, ("i",))

    def _format(self, properties: Element | None, which: int, tags: tuple[str, ...]) -> bool:
        if properties is None:  # most runs: plain text
            return False
        for tag in tags:
            own = _toggle(properties, tag)
            if own is not None:
                return own
        style = properties.find(_RUN_STYLE)
        return style is not None and self._of_style(style.get(_VAL, ""))[which]

    def _of_style(self, style_id: str) -> tuple[bool, bool, bool]:
        if style_id not in self.by_style:
            self.by_style[style_id] = self._resolve(style_id)
        return self.by_style[style_id]

    def _resolve(self, style_id: str) -> tuple[bool, bool, bool]:
        bold: bool | None = None
        struck: bool | None = None
        italic: bool | None = None
        current: str | None = style_id
        seen: set[str] = set()
        while self.styles is not None and current is not None and current not in seen:
            style = self.styles.style(current)
            if style is None:
                break
            seen.add(current)
            properties = style.find(f"{W}rPr")
            bold = _toggle(properties, "b") if bold is None else bold
            italic = _toggle(properties, "i") if italic is None else italic
            if struck is None:
                struck = _toggle(properties, "strike")
            if struck is None:
                struck = _toggle(properties, "dstrike")
            based = style.find(f"{W}basedOn")
            current = based.get(f"{W}val") if based is not None else None
        return bool(bold), bool(struck), bool(italic)


class BulletGlyphs:
    """The bullet text of a list level, which marks a checklist when it is a checkbox glyph (how
    Google Docs writes checklists). Looked up as list paragraphs ask: the numbering part is parsed
    on the first question, and only the abstract definitions asked about are read (LibreOffice
    writes nine levels for each of dozens of lists)."""

    def __init__(self, package: DocxPackage, part: str | None) -> None:
        self.package = package
        self.part = part
        self.definitions: dict[str, Element] | None = None  # abstractNumId -> w:abstractNum
        self.abstract_of: dict[str, str] = {}  # numId -> abstractNumId
        self.glyphs: dict[tuple[str, int], str | None] = {}

    def glyph(self, num_id: str, level: int) -> str | None:
        key = (num_id, level)
        if key not in self.glyphs:
            self.glyphs[key] = self._find(num_id, level)
        return self.glyphs[key]

    def _find(self, num_id: str, level: int) -> str | None:
        if self.part is None:
            return None
        if self.definitions is None:
            self.definitions = {}
            data = self.package.checked(self.part)
            # No list can have a checkbox bullet when no glyph (or character reference) is written.
            if any(glyph.encode() in data for glyph in GLYPHS) or b"&#" in data:
                root = self.package.parse_checked(self.part, data)
                self.definitions = {d.get(f"{W}abstractNumId", ""): d for d in root.iter(f"{W}abstractNum")}
                for num in root.iter(f"{W}num"):
                    reference = num.find(f"{W}abstractNumId")
                    if reference is not None:
                        self.abstract_of[num.get(f"{W}numId", "")] = reference.get(f"{W}val", "")
        definition = self.definitions.get(self.abstract_of.get(num_id, ""))
        found = None
        if definition is not None:
            for level_element in definition.iter(f"{W}lvl"):
                text_element = level_element.find(f"{W}lvlText")
                if text_element is not None and int_attribute(level_element.get(f"{W}ilvl"), 0) == level:
                    found = str(text_element.get(f"{W}val", "")).strip()
        return found
