"""Markup slips in Markdown: what mistune's parse leaves other than its author meant, found from
the tokens the reader already has (never by guessing over the raw text).

- An empty list item: a bullet (``-``, ``*``, ``+``, ``1.``) with nothing after it, or a lone ``*``
  or ``+`` line inside a paragraph, which a renderer shows as a stray marker at the end of the line
  before.
- A lazy continuation: a line right after a list item, not indented to the item's text and with
  no blank line between, which the renderer joins to that item (``- krkn-hub`` then
  ``Communication: …`` shows as one bullet); recorded with the line's text, for the rule to
  judge which such lines were meant to stand on their own.
- Emphasis shown as written: a text token holding ``**`` or ``__`` (``**text`` never closed,
  ``** text**`` with a space inside, ``**Note:**text`` closed where it cannot close), or a single
  ``*``/``_`` left beside an emphasis that took the rest (``**text*``, ``__bold_``,
  ``**bold***``). Code spans, HTML, escaped markers (``\\*\\*``), markers inside a word
  (``E__F__K``, ``2**10``), globs (``**/*.md``) and a ``**`` with space on both sides (``a ** b``)
  are what the author meant and stay quiet.

The token text is found again in the block's own source lines (forward only), so every slip has
its line and the column of its marker.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from applint.model import MarkupSlip, SlipKind
from applint.text.precompiled import compile_pattern

Token = dict[str, Any]

# A line holding only a list marker (in a block quote too): an item with nothing in it.
EMPTY_ITEM_LINE = compile_pattern(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*$")
# A list item's first line up to its text: indentation, the marker and the spaces after it.
_ITEM_MARKER = compile_pattern(r"^ {0,3}(?:[-*+]|\d{1,9}[.)]) +")
# How far below the cursor an empty item's marker line may be (blank lines between items).
_EMPTY_ITEM_WINDOW = 50
# Characters that end a phrase a "**" closes ("**Note:**") or start one it opens ("**(beta)**").
_CLOSES_AFTER = frozenset(":.,;!?)]\"'’”")
_OPENS_BEFORE = frozenset("([\"'‘“`")
_EMPHASIS = ("emphasis", "strong")
# Tokens that end a line inside a paragraph (an issue body's line ends, a hard break).
_BREAKS = ("softbreak", "linebreak")
# The longest field label ("Website:", "Project Repo:") before a bracketed link, in characters.
_FIELD_LABEL = 40
# A run of emphasis markers ("**", "__", "**_" …); one counts when it holds a doubled marker.
_RUN = compile_pattern(r"[*_]{2,}")


def may_hold_literal_emphasis(raw: str) -> bool:
    """Whether a block's raw text can hold a literal emphasis marker: a doubled one, or a single
    one opening a word or standing alone at a line's end."""
    return "*" in raw or "_" in raw


def find_empty_item_line(lines: Sequence[str], cursor: int) -> int | None:
    """The 0-based index of the first marker-only line at or after ``cursor``, if any near it."""
    for index in range(cursor, min(len(lines), cursor + _EMPTY_ITEM_WINDOW)):
        if EMPTY_ITEM_LINE.match(lines[index]):
            return index
        if lines[index].strip():
            return None  # text before any marker line: the empty item is not here
    return None


def lone_markers(raw_lines: Sequence[str], first_line: int) -> Iterator[MarkupSlip]:
    """A line after a paragraph's first that holds only ``*`` or ``+``: an empty item that
    cannot interrupt a paragraph, shown as a stray marker (``first_line`` is 1-based)."""
    for offset, raw in enumerate(raw_lines[1:], 1):
        stripped = raw.strip()
        if stripped in ("*", "+"):
            yield MarkupSlip(SlipKind.STRAY_BULLET, first_line + offset, None, stripped)


# Characters a slip of the keyboard leaves before a list marker ("[*   Item", "`- Item").
_STRAY_BEFORE_MARKER = frozenset("[(`'\"\\")


def lazy_continuations(lines: Sequence[str], start: int, end: int) -> Iterator[MarkupSlip]:
    """The lines of a list item's text (``start``..``end``, 1-based) after its first that are
    indented less than the item's text: each renders as part of the item, not on its own. One
    whose marker has a stray character before it ("[*   Known issues: …") was meant as an item of
    its own, and is told apart (MARKER_AFTER_STRAY)."""
    first = lines[start - 1]
    marker = _ITEM_MARKER.match(first)
    if marker is None:
        return
    content = marker.end()
    for number in range(start + 1, end + 1):
        line = lines[number - 1]
        stripped = line.lstrip(" ")
        if stripped and len(line) - len(stripped) < content and not stripped.startswith(">"):
            if (
                stripped[:1] in _STRAY_BEFORE_MARKER
                and stripped[1:2] in ("-", "*", "+")
                and stripped[2:3] == " "
            ):
                column = len(line) - len(stripped) + 1
                yield MarkupSlip(SlipKind.MARKER_AFTER_STRAY, number, column, stripped[:40].rstrip())
            else:
                yield MarkupSlip(SlipKind.LAZY_CONTINUATION, number, None, stripped.rstrip())


class _Needle:
    """Source text holding literal markers: what to search for, and (offset, width) of each
    marker run in it."""

    __slots__ = ("beside_emphasis", "runs", "single", "text")

    def __init__(
        self, text: str, runs: list[tuple[int, int]], beside_emphasis: bool, single: bool = False
    ) -> None:
        self.text = text
        self.runs = runs
        self.beside_emphasis = beside_emphasis
        self.single = single  # one "*" or "_" never closed, or alone at a line's end


def literal_emphasis(tokens: list[Token], lines: Sequence[str], start: int, end: int) -> MarkupSlip | None:
    """The first emphasis marker a block shows as written (``start``..``end`` its 1-based source
    lines), or None. One per block: the markers of one slip ("**_…" and "…_**") share it."""
    needles: list[_Needle] = []
    _collect(tokens, needles)
    if not needles:
        return None
    block_lines = lines[start - 1 : end]
    row, column = 0, 0  # forward-only search position within the block
    for needle in needles:
        found = find_forward(block_lines, needle.text, row, column)
        if found is None:
            continue
        row, column = found
        line = block_lines[row]
        for offset, width in needle.runs:
            at = column + offset
            if at > 0 and line[at - 1] == "\\":
                continue  # an escaped marker is written to be shown
            if needle.single and line[at] == "*" and _footnoted(lines, line, at):
                continue  # a footnote's mark ("Examplo Corp*") or its note below ("*Joined in 2024")
            if needle.single:
                return MarkupSlip(SlipKind.UNCLOSED_EMPHASIS, start + row, at + 1, _excerpt(line, at))
            if needle.beside_emphasis or _stray(line, at, width):
                return MarkupSlip(SlipKind.LITERAL_EMPHASIS, start + row, at + 1, _excerpt(line, at))
        column += 1
    return None


def _collect(items: list[Token], needles: list[_Needle]) -> None:
    """The needles of every literal marker among sibling inline tokens (and their children)."""
    for index, item in enumerate(items):
        kind = item["type"]
        if kind != "text":
            if kind in _EMPHASIS or kind in ("link", "image"):
                _collect(item.get("children", []), needles)
            continue
        raw = item.get("raw", "")
        before = items[index - 1] if index else None
        after = items[index + 1] if index + 1 < len(items) else None
        if raw[-1:] in ("*", "_") and after is not None and after["type"] in _EMPHASIS:
            # "**text*": one "*" left before the emphasis that took the other
            lead = _edge_text(after, first=True)[:20]
            mark = raw[-1]
            tail = raw[-20:]
            for delimiter in (mark, "*" if mark == "_" else "_"):
                width = 2 if after["type"] == "strong" else 1
                needles.append(_Needle(tail + delimiter * width + lead, [(len(tail) - 1, 1)], True))
            continue
        if raw[:1] in ("*", "_") and before is not None and before["type"] in _EMPHASIS:
            # "**bold***": a marker left after the emphasis that closed
            trail = _edge_text(before, first=False)[-20:]
            mark = raw[0]
            for delimiter in (mark, "*" if mark == "_" else "_"):
                width = 2 if before["type"] == "strong" else 1
                opening = trail + delimiter * width
                needles.append(_Needle(opening + raw[:20], [(len(opening), 1)], True))
            continue
        if raw.strip("*_ ") and ("**" in raw or "__" in raw):
            # markers with text beside them; a token of markers alone is an escape ("\*\*")
            runs = [
                (match.start(), len(match.group(0)))
                for match in _RUN.finditer(raw[:60])
                if "**" in match.group(0) or "__" in match.group(0)
            ]
            if runs:
                needles.append(_Needle(raw[:60], runs, beside_emphasis=False))
                continue
        # (a text without either marker holds none: the pattern, with no prefix, tries every place)
        single = _UNCLOSED_SINGLE.search(raw) if "*" in raw or "_" in raw else None
        if single is not None and _opens_phrase(raw[single.start()], raw[single.end() :]):
            # "… as *the guide says" never closed: the "*" shows and nothing is in italics
            needles.append(_Needle(raw[single.start() : single.start() + 40], [(0, 1)], True, single=True))
        elif (
            raw.endswith(" *")
            and raw[:-2].rstrip()[-1:].isalpha()
            and (after is None or after["type"] in _BREAKS)
        ):
            # "… the maintainers *" / "next line": a lone "*" left at the line's end
            needles.append(_Needle(raw[-30:], [(len(raw[-30:]) - 1, 1)], True, single=True))


# A single "*" or "_" opening a word (after a space, a line's start or an opening bracket or
# quote) that the parse left as text: an italic never closed.
_UNCLOSED_SINGLE = compile_pattern(r"(?:^|(?<=[\s(\[]))(?<![*_])[*_](?![*_\s])")
# The shortest word in lower case an unclosed "*" opens (not a wildcard's "*nix").
_OPENED_WORD = 4


def _opens_phrase(mark: str, rest: str) -> bool:
    """Whether the text after a single marker reads as the words an italic was meant to hold: a
    quotation ('"The easiest way …'), a capitalised word ("Note that …"), or after a "*" a word of
    four letters or more with more words after it ("the *whole paragraph …"); not a name or path
    ("_config.yml", "_id", a metric's suffix "_total"), a glob ("*.yaml"), a wildcard ("*nix") or
    a number."""
    rest = rest.lstrip("\"'“‘")
    words = rest.split(None, 1)
    if not words:
        return False
    word = words[0].rstrip(",:;.!?)")
    if not word.isalpha():
        return False
    if word[:1].isupper():
        return True
    return mark == "*" and len(word) >= _OPENED_WORD and len(words) > 1


# A word with a "*" after it, as a footnote mark ("Examplo Corp*", "adopters*:", "listed below *"
# at a line's end).
_FOOTNOTE_MARK = compile_pattern(r"(?m)[A-Za-z0-9)][*](?![*\w])|[A-Za-z)] [*]$")
# A line opening with a "*" before its text (after a list marker or quote), a footnote's note.
_FOOTNOTE_NOTE = compile_pattern(r"(?m)^[ >]*(?:[-+]\s+)?\\?[*](?![*\s])")


def _footnoted(lines: Sequence[str], line: str, at: int) -> bool:
    """Whether a single "*" left as text is a footnote's: a note's mark at a line's start where the
    document marks a word so ("Examplo Corp*" above "*Joined in 2024"), or a mark at a line's end
    where a line opens with one. A "*" opening a word inside a line is no footnote's."""
    document = "\n".join(lines)
    if line[:at].strip(" >-+") == "":
        return _FOOTNOTE_MARK.search(document) is not None
    if not line[at + 1 :].strip():
        return _FOOTNOTE_NOTE.search(document) is not None
    return False


def _edge_text(token: Token, first: bool) -> str:
    """The first (or last) plain text inside an emphasis token."""
    children = token.get("children", [])
    for child in children if first else reversed(children):
        if child["type"] == "text":
            return str(child.get("raw", ""))
        if child["type"] in _EMPHASIS:
            return _edge_text(child, first)
        return ""
    return ""


def find_forward(lines: Sequence[str], needle: str, row: int, column: int) -> tuple[int, int] | None:
    """(row, column) of the needle at or after (row, column), searching forward only."""
    for index in range(row, len(lines)):
        found = lines[index].find(needle, column if index == row else 0)
        if found >= 0:
            return index, found
    return None


def _stray(line: str, at: int, width: int) -> bool:
    """Whether a marker run that did not become emphasis is one the reader takes for a slip: it
    touches a word on one side only, or opens a line's text with a space after it ("** On SGX …").
    A run inside a word (``E__F__K``), between spaces inside a line (``a ** b``) or beside a path
    (``**/*.md``) was never meant as emphasis; an underscore run
    counts only where it opens a word (``__bold_``), as identifiers are full of them."""
    before = line[at - 1] if at > 0 else " "
    after = line[at + width] if at + width < len(line) else " "
    if line[at] == "_":
        return not before.isalnum() and before != "_" and after.isalnum()
    touches_before = before.isalnum() or before in _CLOSES_AFTER
    touches_after = after.isalnum() or after in _OPENS_BEFORE
    if (
        not touches_before
        and not touches_after
        and width >= 2
        and _ITEM_MARKER.sub("", line[:at]).strip(" >") == ""
    ):
        return True  # "** On SGX …" opening a line: a bold never begun, not an operator between words
    return touches_before != touches_after


def _excerpt(line: str, at: int) -> str:
    """The source around a marker, as the reader sees it."""
    start = max(0, at - 15)
    text = line[start : at + 25].strip()
    return ("…" if start else "") + text + ("…" if at + 25 < len(line.rstrip()) else "")


# The end of a link swallowed by a code span: "main](https://…)" with the "[" outside the span.
_LINK_TAIL_IN_CODE = compile_pattern(r"^[^\[\]`]*\]\((?:https?://|mailto:|/|\.|#)[^()\s]*\)")
# A checkbox written wrong: "[X]]", "[[ ]", "[ x]", "[x ]" (never "[ ]", "[x]", "[X]" or "[]").
MALFORMED_BOX = compile_pattern(r"^\s*(\[\[[ xX]?\]\]?|\[[ xX]?\]\]|\[ [xX] ?\]|\[[xX] \])(?=\s|$)")


def may_hold_link_slip(raw: str) -> bool:
    """Whether a block's raw text can hold a link broken in its syntax: each case has a "](" and
    a backtick (a code span across it), "]([" (an address that is a link), "[ " (a glued link) or
    "[[" (a link in a second pair of brackets)."""
    return "](" in raw and ("`" in raw or "]([" in raw or "[ " in raw or "[[" in raw)


def link_slips(tokens: list[Token], lines: Sequence[str], start: int, end: int) -> Iterator[MarkupSlip]:
    """Links the parse broke (``start``..``end`` the block's 1-based source lines): a code span
    opened inside a link's text and closed after its ``)`` ("[GTR on `cncf/toc](https://…)`"), an
    address that is itself a link ("[ADOPTERS.md]([https://…](https://…))"), a "[" glued to
    the word before it ("the[ VEX document](https://…)") and a field's link in a second pair of
    brackets ("Website: [[Site](https://…)]"). Each is found again in the source."""
    block_lines = lines[start - 1 : end]
    row, column = 0, 0
    for kind, needle, offset, excerpt in _broken_links(tokens):
        found = find_forward(block_lines, needle, row, column)
        if found is None:
            continue
        row, column = found
        line = block_lines[row]
        at = column + offset
        if kind is SlipKind.CODE_SPLIT_LINK:
            opening = line.rfind("[", 0, at)
            if opening >= 0:
                at = opening
                excerpt = line[opening:column] + "`" + excerpt.partition("](")[0] + "](…)`"
        yield MarkupSlip(kind, start + row, at + 1, excerpt)
        column += len(needle)


def _broken_links(tokens: list[Token]) -> Iterator[tuple[SlipKind, str, int, str]]:
    """(kind, source text to find, offset of the slip in it, text to show) of each broken link
    among sibling inline tokens, in order."""
    bracket_open = False  # a "[" in the text since the last link that no "]" closed
    for index, item in enumerate(tokens):
        kind = item["type"]
        if kind == "text":
            raw = str(item.get("raw", ""))
            if "[" in raw or "]" in raw:
                bracket_open = raw.rfind("[") > raw.rfind("]")
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following["type"] == "link":
                label = _plain(following)
                if raw.endswith("](") and label:
                    # "[text]([https://…](https://…))": the address is a link of its own
                    address = str(following.get("attrs", {}).get("url", ""))
                    yield SlipKind.NESTED_LINK, "]([" + label[:30], 2, address
                elif raw.endswith("[") and _bracketed_field(tokens, index, label):
                    # "**Website:** [[Project Website](https://…)]": the outer brackets show
                    yield SlipKind.BRACKETED_LINK, "[[" + label[:30], 0, label
                elif raw[-1:].isascii() and raw[-1:].isalnum() and label[:1] == " " and label.strip():
                    word = raw.rsplit(None, 1)[-1] if raw.strip() else raw
                    yield (
                        SlipKind.GLUED_LINK,
                        raw[-20:] + "[" + label[:20],
                        len(raw[-20:]),
                        word + "[" + label,
                    )
        elif kind == "codespan":
            raw = str(item.get("raw", ""))
            if bracket_open and _LINK_TAIL_IN_CODE.match(raw):
                # "[GTR on `cncf/toc` `main](https://…)`": the span took the link's end
                yield SlipKind.CODE_SPLIT_LINK, "`" + raw + "`", 0, raw
                bracket_open = False
        elif kind in _EMPHASIS:
            yield from _broken_links(item.get("children", []))
        elif kind in ("link", "image"):
            bracket_open = False
            url = str(item.get("attrs", {}).get("url", ""))
            if url.startswith("%5B") and "%5D(" in url:
                # "[text]([https://…](https://…))" taken whole: the address is "[https://…](…)"
                inner = url[3 : url.index("%5D(")]
                address = url[url.index("%5D(") + 4 :].removesuffix(")")
                yield SlipKind.NESTED_LINK, "]([" + inner[:30], 2, address


def _bracketed_field(tokens: list[Token], index: int, label: str) -> bool:
    """True when the text token at ``index`` ends in a "[" opening a second pair of brackets
    round the link after it, and the link so bracketed is a field's whole value: a label ending in
    ":" before it on its line ("**Website:** [[Project Website](https://…)]"), its "]" ending the
    line. A reference cited after a sentence ("… in production [[adopters](https://…)].") is a
    style some authors choose, and is left alone."""
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is None or after["type"] != "text" or not label.strip() or "[" in label:
        return False
    tail = str(after.get("raw", "")).partition("\n")[0]
    if tail.strip() != "]" or (
        index + 3 < len(tokens)
        and "\n" not in str(after.get("raw", ""))
        and tokens[index + 3]["type"] not in _BREAKS
    ):
        return False
    line = str(tokens[index].get("raw", ""))[:-1].rpartition("\n")[2]
    if "\n" not in str(tokens[index].get("raw", "")):
        for before in reversed(tokens[:index]):
            if before["type"] in _BREAKS or "\n" in str(before.get("raw", "")):
                break
            line = (_plain(before) if before["type"] in _EMPHASIS else str(before.get("raw", ""))) + line
    line = line.strip()
    return line.endswith(":") and len(line) <= _FIELD_LABEL and "[" not in line and "]" not in line


def _plain(token: Token) -> str:
    """The text inside a link, as written (its text and code spans)."""
    parts: list[str] = []
    for child in token.get("children", []):
        if child["type"] in ("text", "codespan"):
            parts.append(str(child.get("raw", "")))
        elif child["type"] in _EMPHASIS:
            parts.append(_plain(child))
    return "".join(parts)


def unclosed_opening(tokens: list[Token], raw: str, lines: Sequence[str], start: int) -> MarkupSlip | None:
    """A block opening with a single ``_`` or ``*`` that nothing closes ("_Emily Fox conducted …"
    to the end of the paragraph): the renderer shows the marker as written. A name or path
    opening with one (``_config.yml``, ``_id``) is left alone."""
    if raw[:1] not in ("_", "*") or not raw[1:2].isalpha() or not tokens:
        return None
    first = tokens[0]
    if first["type"] != "text" or not str(first.get("raw", "")).startswith(raw[0]):
        return None  # the marker opened an emphasis after all
    word = raw[1:].split(None, 1)[0].rstrip(",:;")
    if not word.isalpha() or not word[:1].isupper():
        return None
    line = lines[start - 1]
    column = line.find(raw[:20])
    if column < 0 or (raw[0] == "*" and _footnoted(lines, line, column)):
        return None
    return MarkupSlip(SlipKind.UNCLOSED_EMPHASIS, start, column + 1, _excerpt(line, column))


def heading_marks_in_links(
    tokens: list[Token], lines: Sequence[str], start: int, end: int
) -> Iterator[MarkupSlip]:
    """Each link whose text opens with a heading's marks ("[## Security](#security)", a heading
    pasted as the link's text): the "##" shows as written in the link. ``start``..``end`` are
    the block's 1-based source lines; each is found again there, forward only."""
    block_lines = lines[start - 1 : end]
    row, column = 0, 0
    for label in _marked_labels(tokens):
        found = find_forward(block_lines, "[" + label[:30], row, column)
        if found is None:
            continue
        row, column = found
        yield MarkupSlip(SlipKind.HEADING_MARKS_IN_LINK, start + row, column + 1, label)
        column += 1


def _marked_labels(tokens: list[Token]) -> Iterator[str]:
    """The text of each link among the tokens (and inside emphasis) that opens with "#" marks and
    a space, as written."""
    for item in tokens:
        kind = item["type"]
        if kind == "link":
            label = _plain(item)
            marks = len(label) - len(label.lstrip("#"))
            if 0 < marks <= 6 and label[marks : marks + 1] == " " and label[marks + 1 :].strip():
                yield label
        elif kind in _EMPHASIS:
            yield from _marked_labels(item.get("children", []))


# The dashes an editor's autocorrect makes of a flag's "--" (em dash, en dash).
_DASHES = ("\u2014", "\u2013")


def dashed_flags(tokens: list[Token], lines: Sequence[str], start: int, end: int) -> Iterator[MarkupSlip]:
    """Each code span holding a command-line flag whose "--" an editor turned into a dash
    ("`—authentication-with-user`"): shown as code, it reads as the flag to type, and that flag
    does not exist. ``start``..``end`` are the block's 1-based source lines, searched forward."""
    block_lines = lines[start - 1 : end]
    row, column = 0, 0
    for raw in _dashed_spans(tokens):
        found = find_forward(block_lines, "`" + raw, row, column)
        if found is None:
            continue
        row, column = found
        yield MarkupSlip(SlipKind.DASHED_FLAG, start + row, column + 2, raw)
        column += 1


def _dashed_spans(tokens: list[Token]) -> Iterator[str]:
    """The code spans among the tokens (and inside emphasis and links) that open with a dash and a
    letter, as written."""
    for item in tokens:
        if item["type"] == "codespan":
            raw = str(item.get("raw", ""))
            if raw[:1] in _DASHES and raw[1:2].isascii() and raw[1:2].isalpha():
                yield raw
        elif item["type"] in _EMPHASIS or item["type"] == "link":
            yield from _dashed_spans(item.get("children", []))
