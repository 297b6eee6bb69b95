"""Shapes of a Markdown document's blocks that render other than meant, read from the blocks the
reader made (never from the raw text): lines holding a link alone, which run together; sub-items
indented short of their item's text, and list items indented into a code block; a sentence cut
across two bullets ("- … hosted on" / "- GitHub, making it …"); a line repeating the heading
right above it ("### Communication Channels" then "kcp Communication Channels"), which renders as
a lone paragraph under it; a fenced code block in a list item whose lines sit left of the item's
text, which GitHub cuts off there; a bold label run into its text; two paragraphs typed on
consecutive lines, a sentence with no full stop running into the next, a sentence cut in two by a
blank line; an ordered list whose numbers show other than written."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from applint.model import Block, BlockKind, Document
from applint.text.normalize import normalized_words
from applint.text.precompiled import compile_pattern

# Words a sentence cannot end on: an article, a preposition, a pronoun that needs its noun.
_OPEN_ENDINGS = frozenset(
    {"a", "an", "the", "of", "on", "in", "to", "for", "with", "by", "from", "at", "into", "via", "onto"}
    | {"through", "that", "which", "whose", "our", "their", "its", "is", "are", "was", "were"}
)
# The fewest words an item holds before its cut-off ending counts (a label "Built on" does not).
_MIN_CUT_WORDS = 4
# How many words a line repeating a heading may add to it (the project's name: "kcp …").
_ECHO_EXTRA_WORDS = 2


def ends_open(line: str) -> bool:
    """Whether a line stops on a word that needs the next ("… about each release and"), a comma or
    a hyphen: the sentence goes on below it."""
    stripped = line.rstrip()
    if stripped.endswith((",", "-", "(")):
        return True
    last = stripped.rsplit(None, 1)[-1].lower() if stripped else ""
    return last in _OPEN_ENDINGS or last in ("and", "or")


def cut_items(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each list item whose text stops on a word that needs the next ("… are hosted on") with the
    item right below it at the same level: one sentence wrapped onto a new bullet."""
    for item, following in pairwise(document.blocks):
        if item.kind is not BlockKind.LIST_ITEM or following.kind is not BlockKind.LIST_ITEM:
            continue
        if following.level != item.level or following.line != item.end_line + 1 or item.checked is not None:
            continue
        text = item.text
        if not text[-1:].isalpha():
            continue  # ends in punctuation, a link's address or a number
        words = text.split()
        if (
            len(words) >= _MIN_CUT_WORDS
            and words[-1].lower() in _OPEN_ENDINGS
            and following.text
            and _marker(document, item) == _marker(document, following)
        ):
            yield item, following  # a sibling of the same list, not a list the sentence leads into


def _marker(document: Document, item: Block) -> str:
    """The list marker an item's first line opens with ("-", "*", "+", or "1." as "."): items of
    one list share it."""
    opening = document.source_lines[item.line - 1].lstrip(" >")[:1]
    return "." if opening.isdigit() else opening


def echoed_headings(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each one-line paragraph right below a heading that only repeats the heading's words (with at
    most the project's name added) and ends no sentence: a stray line left under the heading."""
    for heading, line in pairwise(document.blocks):
        if heading.kind is not BlockKind.HEADING or line.kind is not BlockKind.PARAGRAPH:
            continue
        if line.end_line != line.line or not line.text or not line.text[-1:].isalnum():
            continue
        heading_words = normalized_words(heading.text)
        words = normalized_words(line.text)
        if (
            heading_words
            and len(words) <= len(heading_words) + _ECHO_EXTRA_WORDS
            and set(heading_words) <= set(words)
            and not line.links
        ):
            yield heading, line


# A list item's first line up to its text: indentation, the marker, the spaces after it.
_ITEM_OPENING = compile_pattern(r"^[ ]*(?:[-*+]|\d{1,9}[.)])[ ]+")


def outdented_fences(document: Document) -> Iterator[tuple[Block, int, int]]:
    """Each fenced code block opened inside a list item whose lines are indented less than the
    item's text: GitHub ends the item, and the block with it, at the first such line, so the
    code renders as text and the closing fence opens a stray block. Yields (the block, the first
    such line, the item's text column); a fence at the margin is not in an item and is left alone."""
    lines = document.source_lines
    for item, code in pairwise(document.blocks):
        if item.kind is not BlockKind.LIST_ITEM or code.kind is not BlockKind.CODE:
            continue
        fence = lines[code.line - 1]
        indent = len(fence) - len(fence.lstrip(" "))
        opening = _ITEM_OPENING.match(lines[item.line - 1])
        if not indent or opening is None or not fence.lstrip(" ").startswith(("```", "~~~")):
            continue
        column = opening.end()
        if indent < column:
            continue  # the fence itself is outside the item
        for number in range(code.line + 1, code.end_line):
            body = lines[number - 1]
            if body.strip() and len(body) - len(body.lstrip(" ")) < column:
                yield code, number, column
                break


# How many bold lines standing as paragraphs of their own make that the document's way of writing
# a label above its text.
_OWN_LABELS = 2
# The most labels run into their text that still read as slips from that way (more are a style).
_STRAY_RUN_INS = 2


def run_in_labels(document: Document) -> Iterator[Block]:
    """Each paragraph (or list item) opening with a line that is all bold ("**SLSA 3 compliance**",
    "- **Describe versioning of any new APIs**") and going on the next line with no blank line or
    line break between, in a document whose other bold labels of that kind stand alone on their
    line (two or more, and twice as many as those run in, which are one or two): the label renders
    run into its text, unlike the others (a question with its answer glued to it). A document that
    runs its labels into their text more often than that writes them so on purpose. In a GitHub
    issue body the line after a label renders on a line of its own: nothing runs in there."""
    if document.capabilities.line_breaks:
        return
    lines = document.source_lines
    own = {BlockKind.PARAGRAPH: 0, BlockKind.LIST_ITEM: 0}
    run_in: dict[BlockKind, list[Block]] = {BlockKind.PARAGRAPH: [], BlockKind.LIST_ITEM: []}
    for block in document.blocks:
        if block.kind not in own or not block.strong or block.checked is not None:
            continue
        first = lines[block.line - 1]
        stripped = first.strip()
        if stripped[-2:] not in ("**", "__"):
            continue  # the bold does not fill the first line
        if block.kind is BlockKind.LIST_ITEM:
            marker = _ITEM_OPENING.match(first)
            stripped = first[marker.end() :].strip() if marker else ""
        if (
            stripped[:2] not in ("**", "__")
            or stripped[2:-2].strip() != block.strong
            or stripped[-2:] != stripped[:2]
        ):
            continue  # the bold does not fill the first line
        if block.end_line == block.line:
            own[block.kind] += 1
        elif not first.endswith(("  ", "\\")) and block.strong[-1:].isalnum():
            run_in[block.kind].append(block)  # "**Note:**" or a bold sentence reads well run into its text
    for kind, count in own.items():
        stray = run_in[kind]
        if count >= _OWN_LABELS and len(stray) <= _STRAY_RUN_INS and count >= 2 * len(stray):
            yield from stray  # a slip or two among labels written apart: not the document's own style


# The fewest lines of links alone in a row that render run together as one line.
_MIN_LINK_LINES = 2


def link_line_runs(document: Document, block: Block) -> list[tuple[int, int]]:
    """The runs of two or more consecutive lines of a paragraph (or list item) that each hold one
    link and nothing else ("[CLI Flags](https://…)" / "[Configuring NATS](https://…)"): with no
    list markers and no line breaks they render run together on one line, the link texts reading
    as one. (first, last) 1-based lines of each run; a line ending in a hard line break renders the
    next on a line of its own, so it ends a run ("[Components](…)" with two spaces, then
    "[Tutorials](…)" / "[Monitoring](…)" without: the last two run together)."""
    if len(block.links) < _MIN_LINK_LINES or block.end_line == block.line:
        return []
    runs: list[tuple[int, int]] = []
    start: int | None = None
    lines = document.source_lines
    for number in range(block.line, block.end_line + 2):
        alone = number <= block.end_line and link_alone(lines[number - 1], first=number == block.line)
        if alone and start is None:
            start = number
        elif not alone and start is not None:
            if number - start >= _MIN_LINK_LINES:
                runs.append((start, number - 1))
            start = None
        if start is not None and lines[number - 1].endswith(("  ", "\\")):
            if number - start + 1 >= _MIN_LINK_LINES:
                runs.append((start, number))  # the run up to here renders as one line; the break ends it
            start = None
    return runs


def link_alone(line: str, first: bool) -> bool:
    """Whether a source line holds one link and nothing else (on a block's ``first`` line, after a
    bullet's marker). A badge (an image in a link) is not one, nor a link with a comma after it (a
    sentence's series, "[a](…),"), nor a bare address (it shows whole: one never reads as the next)."""
    text = line.strip()
    if first and text[:2] in ("- ", "* ", "+ "):
        text = text[2:].lstrip()  # the item's own first line: its text after the marker
    return text.startswith("[") and text.endswith(")") and text.count("](") == 1 and text.count("[") == 1


# How much further in than the item above a list item must start for the author to have meant it
# as nested under that item (one space more is a ragged margin, not a level).
_NESTING_STEP = 2


def unnested_items(document: Document) -> Iterator[tuple[Block, int]]:
    """Each list item written indented under the item right above it ("1. Pre-installation" then
    "  * Set up an NTP daemon") but less far than that item's text starts, which GitHub needs to
    nest it: it renders as a new list at the outer level, its bullet beside the number. Yields
    (the item, the column its marker must start at, 0-based); the first of a run only (the items
    after it follow it)."""
    lines = document.source_lines
    blocks = document.blocks
    listed = BlockKind.LIST_ITEM
    for item, following in pairwise(blocks):
        if following.kind is not listed or item.kind is not listed or following.level != item.level:
            continue
        below = lines[following.line - 1]
        if below[:_NESTING_STEP] != "  ":
            continue  # the common case, checked before any pattern
        indent = len(below) - len(below.lstrip(" "))
        above = lines[item.line - 1]
        if indent - (len(above) - len(above.lstrip(" "))) < _NESTING_STEP or "\t" in above + below:
            continue
        opening = _ITEM_OPENING.match(above)
        if opening is None or _ITEM_OPENING.match(below) is None:
            continue
        spaces = len(opening.group(0)) - len(opening.group(0).rstrip(" "))
        # the item's text column; past four spaces after the marker, the text is indented code
        content = opening.end() - spaces + 1 if spaces > 4 else opening.end()
        if indent < content:
            yield following, content


def coded_list(document: Document) -> Iterator[Block]:
    """Each indented code block right after a paragraph or heading whose lines are all list items
    ("    1. The client generates a keypair" / "    2. The control plane …"): indented four
    spaces, they render as a code block, markers and all, not as the list they were meant as."""
    lines = document.source_lines
    blocks = document.blocks
    coded, led = BlockKind.CODE, (BlockKind.PARAGRAPH, BlockKind.HEADING)
    for before, code in pairwise(blocks):
        if code.kind is not coded or before.kind not in led:
            continue
        body = [line for line in lines[code.line - 1 : code.end_line] if line.strip()]
        if not body or body[0].lstrip().startswith(("```", "~~~")):
            continue
        if all(_ITEM_OPENING.match(line) for line in body):
            yield code


# Characters of code, not prose: an indented block holding more than a couple is code as meant.
_CODE_CHARACTERS = frozenset("={};$<>|`/\\[]")
# The fewest words each line of prose set as code holds, and the share of them that are words.
_PROSE_WORDS = 6
_PROSE_SHARE = 0.8


def coded_prose(document: Document) -> Iterator[Block]:
    """Each indented code block right after a paragraph or heading whose lines are all sentences
    ("        Deviation from expected behavior: Rook reconciles on changes it makes …"): pasted
    with their indentation, they render as a code block, in a box and unwrapped, not as text. Not
    list items (``coded_list``), nor a footnote's indented text ("[^3]:" above it), which GitHub
    renders as the footnote."""
    lines = document.source_lines
    coded, led = BlockKind.CODE, (BlockKind.PARAGRAPH, BlockKind.HEADING)
    for before, code in pairwise(document.blocks):
        if code.kind is not coded or before.kind not in led or before.text.startswith("[^"):
            continue
        body = [line for line in lines[code.line - 1 : code.end_line] if line.strip()]
        if not body or body[0].lstrip().startswith(("```", "~~~")) or _ITEM_OPENING.match(body[0]):
            continue
        if all(_is_prose(line) for line in body):
            yield code


def _is_prose(line: str) -> bool:
    """Whether a line reads as a sentence: enough words, nearly all of them letters, hardly any
    character of code (a Markdown link's address, ``[text](https://…)``, is not counted: prose
    links so)."""
    if "](" in line:
        line = _without_link_targets(line)
    words = line.split()
    if len(words) < _PROSE_WORDS or sum(character in _CODE_CHARACTERS for character in line) > 2:
        return False
    plain = sum(word.strip(".,:;()'\"!?").isalpha() for word in words)
    return plain >= _PROSE_SHARE * len(words)


def _without_link_targets(line: str) -> str:
    """A line with each Markdown link's ``](address)`` cut to its text's closing bracket."""
    kept: list[str] = []
    rest = line
    while (start := rest.find("](")) >= 0:
        end = rest.find(")", start + 2)
        if end < 0:
            break
        kept.append(rest[:start])
        rest = rest[end + 1 :]
    kept.append(rest)
    return " ".join(kept)


def empty_table_rows(document: Document) -> Iterator[tuple[int, tuple[str, ...], tuple[int, ...]]]:
    """Each table with rows below its header that hold nothing ("| | |", shown as a blank row): the
    table's block index, its rows' texts (the header first) and the indexes of the empty ones. An
    empty header is no such row: the self-assessment outline's metadata table opens with one."""
    table = BlockKind.TABLE
    for number, block in enumerate(document.blocks):
        if block.kind is not table or "\n" not in block.text:
            continue
        rows = tuple(block.text.split("\n"))
        empty = tuple(index for index, row in enumerate(rows) if index and not row.strip(" |"))
        if empty:
            yield number, rows, empty


def row_line(block: Block, row_count: int, index: int) -> int:
    """The source line of a table's row (by index, the header 0): its own line when the table is one
    row a line under a separator row, else the table's first line."""
    by_line = block.end_line - block.line == row_count  # header, separator, one line per row
    return block.line + index + 1 if by_line else block.line


# Characters that do not show in prose but stay in its text (a generator's or a web page's residue):
# the zero-width space, the zero-width non-joiner and joiner (between Latin letters, not in an
# emoji sequence or a script that needs them), the word joiner, a byte order mark inside the text.
INVISIBLE_IN_PROSE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_NOT_PROSE = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.HTML, BlockKind.FRONT_MATTER)


def invisible_characters(document: Document) -> Iterator[tuple[int, int, str]]:
    """(line, 0-based column, character) of the first invisible character on each line of prose
    that holds one; not in code, comments or front matter, nor inside a link's address (broken-link
    reports those, as the link breaks)."""
    lines = document.source_lines
    joined = "\n".join(lines)
    if joined.isascii() or not any(character in joined for character in INVISIBLE_IN_PROSE):
        return  # the usual document: one or five scans of its text, nothing more
    seen: set[int] = set()
    for block in document.blocks:
        if block.kind in _NOT_PROSE or not any(character in block.text for character in INVISIBLE_IN_PROSE):
            continue
        for number in range(block.line, min(block.end_line, len(lines)) + 1):
            if number not in seen:
                seen.add(number)
                found = _invisible_in(lines[number - 1])
                if found is not None:
                    yield number, found[0], found[1]


def _invisible_in(line: str) -> tuple[int, str] | None:
    """The first invisible character of a line that sits in its prose, with its column."""
    for column, character in enumerate(line):
        if character not in INVISIBLE_IN_PROSE:
            continue
        if character in "\u200c\u200d" and not _between_latin(line, column):
            continue  # an emoji sequence ("👩‍💻") or a script that joins its letters so
        before = line[line.rfind(" ", 0, column) + 1 : column]  # the word up to it
        if "://" in before or "](" in before:
            continue  # inside an address: broken-link's
        return column, character
    return None


def _between_latin(line: str, column: int) -> bool:
    """Whether the characters on both sides of a column are ASCII (or the line's ends)."""
    before = line[column - 1 : column] if column else " "
    after = line[column + 1 : column + 2] or " "
    return before.isascii() and after.isascii()


# What an advisory's title line opens with ("CVE-2021-20206 …", "[**GHSA-…**](…) …").
_ADVISORY_IDS = ("CVE-", "GHSA-")


def run_together_titles(document: Document) -> Iterator[tuple[int, int]]:
    """(title line, next line) of each advisory title ("[**CVE-2021-20206**](…) (CVSS 7.2) Arbitrary
    path injection") followed on the very next line by its description ("A path name flaw …"), with
    no blank line or line break between: CommonMark joins the two into one paragraph, the title
    running into the text. Not in an issue body (whose line ends break), nor a title ending in
    punctuation or a bold title (which still stands out from the text it runs into)."""
    if document.capabilities.line_breaks:
        return
    lines = document.source_lines
    prose = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    for block in document.blocks:
        if (
            block.end_line <= block.line
            or block.kind not in prose
            or ("CVE-" not in block.text and "GHSA-" not in block.text)
        ):
            continue
        for number in range(block.line, min(block.end_line, len(lines))):
            title, following = lines[number - 1], lines[number]
            if "-" not in title or not title.lstrip(" \t-*+[_").startswith(_ADVISORY_IDS):
                continue
            ending = title.rstrip()
            if ending.endswith((".", ":", ";", "!", "?", "\\", "*", "_", ",")) or title.endswith("  "):
                continue  # a sentence, a hard line break, or a bold or italic title
            if following.lstrip()[:1].isupper():
                yield number, number + 1


# The most words a line's label holds before its colon ("Project data classification:").
_KEY_WORDS = 6
# The fewest "Key: value" lines in a row that read as a list run together (two are often a
# document's byline, "Date: …" / "Author: …", which reviewers read past).
_MIN_KEY_LINES = 3
# What a label holds only when it is a sentence's start, not a label ("Finally, we note: …").
_SENTENCE_MARKS = frozenset(".,;!?")


def line_key(line: str) -> str | None:
    """The label a line opens with ("Intended usage: Cloud-native …" → "Intended usage", also set in
    bold, "**Owner:** …", or quoted, "> **Project:** …"): a few words opening with a capital, before a colon that ends the line or
    has a space after it; None for a line of prose, an address ("https://…") or a time ("10:30")."""
    text = line.strip()
    if text[:1] == ">":
        text = text.lstrip("> ")  # a block quote's line: its text
    if text[:2] in ("**", "__"):
        text = text[2:]
    colon = text.find(":")
    if colon < 1 or not text[:1].isupper():
        return None
    label = text[:colon].rstrip("*_ ")
    rest = text[colon + 1 :].lstrip("*_")
    if rest[:1] not in ("", " ") or not label or len(label.split()) > _KEY_WORDS:
        return None
    return None if any(mark in label for mark in _SENTENCE_MARKS) else label


def key_value_runs(document: Document, block: Block) -> list[tuple[int, int]]:
    """The runs of three or more consecutive lines of a paragraph that each open with a label and
    give its value ("Project: Longhorn (…)" / "Intended usage: …" / "Project data classification:
    Sensitive"): with no list markers and no line breaks they render as one paragraph, each label
    running into the value before it. (first, last) 1-based lines of each run; the last line may
    be a label alone, introducing what follows ("Owner(s):"). Two are enough right under a bold
    title filling the paragraph's first line ("**1. Containerd Core:**" / "Role: …" / "Significance:
    …"), which runs into them too. A line ending in a hard line break ends a run (the next line
    shows on a line of its own)."""
    if (
        block.kind is not BlockKind.PARAGRAPH
        or block.end_line - block.line + 1 < _MIN_KEY_LINES
        or block.text.count(":") < _MIN_KEY_LINES - 1  # the common paragraph, told at C speed
    ):
        return []
    lines = document.source_lines
    # under a bold title of its own ("**1. Containerd Core:**" / "Role: …" / "Significance: …") two
    # such lines are enough: the title runs into them too
    least = _MIN_KEY_LINES - 1 if _bold_title(lines[block.line - 1]) else _MIN_KEY_LINES
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for number in range(block.line, block.end_line + 2):
        line = lines[number - 1] if number <= block.end_line else ""
        label = line_key(line) if ":" in line else None
        if label is not None and start is None:
            start = number
        if start is None:
            continue
        alone = label is not None and line.rstrip(" \\").rstrip("*_").endswith(":")  # ends the run it closes
        if label is None or alone or line.endswith(("  ", "\\")):
            last = number if label is not None else number - 1
            if last - start + 1 >= (least if start == block.line + 1 else _MIN_KEY_LINES):
                runs.append((start, last))
            start = None
    return runs


def _bold_title(line: str) -> bool:
    """Whether a line is all bold and nothing else ("**1. Containerd Core:**")."""
    text = line.strip()
    return len(text) > 4 and text[:2] == text[-2:] and text[:2] in ("**", "__") and text.count(text[:2]) == 2


def labelled_item_above(document: Document, number: int) -> Block | None:
    """The list item a line (1-based ``number``) runs into as a lazy continuation, when both open
    with a label and its value ("* Best Programming Practices: The team …" then "Data Handling and
    Privacy: Thanos does not …") and the line right above opens with a label too (the item's own
    line, or another such line): the line was meant as an item of that list, its marker dropped,
    and renders as the end of the item above. None in an issue body (whose line ends break), after
    a line ending in a break or a colon (the line is that one's detail: "* APAC Meeting: Second
    Thursday:" / "Time: 9–10 a.m."), after a line of the item's own prose, or where the line above
    stops mid-sentence and goes on in it."""
    lines = document.source_lines
    if document.capabilities.line_breaks or not 1 < number <= len(lines):
        return None
    text = lines[number - 1]
    label = line_key(text) if ":" in text else None
    above = lines[number - 2]
    if label is None or text.rstrip().rstrip("*_").endswith(":") or _ends_apart(above):
        return None
    opening = _ITEM_OPENING.match(above)
    if line_key(above[opening.end() :] if opening else above) is None:
        return None  # the item's own prose goes on above: the line may be its detail
    item: Block | None = None
    for block in document.blocks:
        if block.line > number:
            break
        if block.kind is BlockKind.LIST_ITEM and block.end_line >= number:
            item = block  # the innermost item holding the line comes last
    if item is None or item.checked is not None:
        return None
    first = lines[item.line - 1]
    opening = _ITEM_OPENING.match(first)
    return item if opening is not None and line_key(first[opening.end() :]) is not None else None


def _ends_apart(line: str) -> bool:
    """Whether a line ends in a hard line break, a colon (what follows is its detail) or on a word
    that needs the next line."""
    return line.endswith(("  ", "\\")) or line.rstrip().rstrip("*_").endswith(":") or ends_open(line)


# The longest title a list item's first line holds before its text runs on below it (words, characters).
_TITLE_WORDS = 8
_TITLE_CHARACTERS = 60
# An HTML line break ending a line: the next shows on a line of its own.
_HTML_BREAKS = ("<br>", "<br/>", "<br />")
# The fewest words of the sentence run into a title, and the fewest items written so in a document.
_RUN_IN_WORDS = 6
_MIN_TITLED_ITEMS = 2


def titled_items(document: Document, lazy_lines: frozenset[int]) -> list[Block]:
    """The list items whose first line is a short title ("1. Make security a design requirement")
    and whose text goes on, unindented, on the very next line (one of ``lazy_lines``, the lazy
    continuations the reader found) with a longer sentence of its own ("Security measures have
    been baked in …"): the title and its text render as one run-on paragraph. Only where the
    document writes two or more items so (its way of writing a titled list); none in an issue body,
    nor after a title ending in punctuation, a line break (``\\``, two spaces, ``<br>``) or a word
    that needs the next line."""
    if document.capabilities.line_breaks or len(lazy_lines) < _MIN_TITLED_ITEMS:
        return []
    lines = document.source_lines
    found: list[Block] = []
    for block in document.blocks:
        if (
            block.kind is not BlockKind.LIST_ITEM
            or block.line + 1 not in lazy_lines
            or block.checked is not None
        ):
            continue
        first = lines[block.line - 1]
        opening = _ITEM_OPENING.match(first)
        title = first[opening.end() :].strip() if opening else ""
        text = lines[block.line].strip()
        if (
            not title
            or first.endswith(("  ", "\\"))
            or title.lower().endswith(_HTML_BREAKS)
            or title[-1] in ".,;:!?)\\*_`"
            or len(title) >= _TITLE_CHARACTERS
            or len(title.split()) > _TITLE_WORDS
            or ends_open(title)
            or not text[:1].isupper()
            or len(text) <= len(title)
            or len(text.split()) < _RUN_IN_WORDS
        ):
            continue
        found.append(block)
    return found if len(found) >= _MIN_TITLED_ITEMS else []


# The shortest line that holds a paragraph of its own rather than a line of hard-wrapped prose
# (editors wrap at 80 to 120 characters; a paragraph typed on one line runs far longer).
_PARAGRAPH_LINE = 200
# Line ends after which the next line shows on a line of its own.
_LINE_BREAKS = ("  ", "\\", "<br>", "<br/>", "<br />")


def run_together_paragraphs(document: Document) -> Iterator[tuple[int, int]]:
    """(line, next line) of each two lines of one paragraph that are each a paragraph of their own
    (long, each holding a sentence's end and the next sentence's start: "… across restarts and
    migrations. Through its …" / "OpenEBS addresses this challenge … standards. It …"), the second
    opening a sentence with a capital: with no blank line between, CommonMark joins them into one
    paragraph. Not hard-wrapped prose (its lines are short), nor one sentence a line, nor in an
    issue body (whose line ends break), nor after a line ending in a break; a block quote or a
    table row is not a paragraph's line."""
    if document.capabilities.line_breaks:
        return
    lines = document.source_lines
    for block in document.blocks:
        if (
            block.kind is not BlockKind.PARAGRAPH
            or block.end_line == block.line
            or len(block.text) < 2 * _PARAGRAPH_LINE  # the common paragraph, told at once
        ):
            continue
        for number in range(block.line, min(block.end_line, len(lines))):
            first, second = lines[number - 1], lines[number]
            if (
                len(first) < _PARAGRAPH_LINE
                or len(second) < _PARAGRAPH_LINE
                or first.endswith(_LINE_BREAKS)
                or not second.lstrip()[:1].isupper()
                or first.lstrip()[:1] in (">", "|")
                or not (first.rstrip()[-1:].isalpha() or first.rstrip()[-1:] in ".!?:")
            ):
                continue
            if _holds_sentence_end(first) and _holds_sentence_end(second):
                yield number, number + 1


# Words that open a sentence and, capitalised, nothing else: a line starting with one (and a word
# in lower case after it) after a line with no full stop starts a new sentence.
_SENTENCE_OPENERS = frozenset(
    {"The", "This", "These", "Those", "It", "Its", "We", "Our", "They", "Some", "There"}
)
_OPENER_INITIALS = frozenset(word[0] for word in _SENTENCE_OPENERS)


def unstopped_sentences(document: Document) -> Iterator[tuple[int, int]]:
    """(line, next line) of each line of a paragraph that ends a sentence without a full stop, the
    next line opening a new one ("… includes thorough community review and discussion" / "The
    process involves …"): joined into one line, the two read as one run-on sentence ("discussion
    The process"). The next line must open with a word that starts only a sentence ("The", "This",
    "We", "It" …) followed by a word in lower case (not a name: "The Update Framework"), and the
    line must end on a word that can end one (not "by", "the", a comma). Not in an issue body, nor
    after a line break, a label's line ("Reviewers: …"), an address, a link or a bold or coded end."""
    if document.capabilities.line_breaks:
        return
    lines = document.source_lines
    for block in document.blocks:
        if block.kind is not BlockKind.PARAGRAPH or block.end_line == block.line:
            continue
        for number in range(block.line, min(block.end_line, len(lines))):
            if lines[number].lstrip(" ")[:1] not in _OPENER_INITIALS:
                continue  # the usual wrapped line, told by its first letter
            following = lines[number].split(None, 2)
            if len(following) < 2 or following[0] not in _SENTENCE_OPENERS or not following[1][:1].islower():
                continue
            line = lines[number - 1]
            if (
                not line.rsplit(None, 1)[-1].replace("-", "").replace("'", "").isalpha()
                or line.endswith(_LINE_BREAKS)
                or (":" in line and line_key(line) is not None)
                or ends_open(line)
                or line.lstrip()[:1] in (">", "|")
                or len(line.split()) < _MIN_SPLIT_WORDS
            ):
                continue
            yield number, number + 1


def _holds_sentence_end(line: str) -> bool:
    """Whether a line ends a sentence inside it and starts another (". The", "? We")."""
    for mark in (". ", "? ", "! "):
        start = 0
        while (found := line.find(mark, start)) >= 0:
            if line[found + 2 : found + 3].isupper() and line[found - 1 : found].islower():
                return True
            start = found + 2
    return False


# Words that open no paragraph of their own: they go on a sentence begun above ("… (A total budget
# spent" / "" / "on the project amounted to …").
_GOING_ON = frozenset(
    {"on", "of", "in", "to", "for", "with", "by", "from", "at", "and", "or", "but", "which", "that"}
    | {"is", "are", "was", "were", "than", "into", "as"}
)
# The fewest words the paragraph cut off by the blank line holds (a label "Built on" does not).
_MIN_SPLIT_WORDS = 5


def split_sentences(document: Document) -> Iterator[tuple[Block, Block]]:
    """Each paragraph ending mid-sentence, with no closing punctuation, whose sentence goes on in
    the paragraph after the blank line below it: the next opens with a word that only continues a
    sentence ("… (A total budget spent" / "" / "on the project amounted to …"), or, after a word
    that needs the next ("… has already been described in"), with a lower-case word or a link
    ("[Operational Aspects section](…) of this document"). Rendered as two paragraphs, the first
    reads cut off. Not a bold label, a line ending in a colon, or a paragraph of a few words."""
    lines = document.source_lines
    paragraph = BlockKind.PARAGRAPH
    for above, below in pairwise(document.blocks):
        if above.kind is not paragraph or below.kind is not paragraph or below.line <= above.end_line + 1:
            continue
        text = above.text.rstrip()
        if not text[-1:].isalpha() or len(text.split()) < _MIN_SPLIT_WORDS or above.strong == text:
            continue
        words = below.text.split(None, 1)
        first_word = words[0] if words else ""
        written = lines[below.line - 1]
        goes_on = first_word in _GOING_ON or (
            ends_open(text) and (first_word[:1].islower() or written.lstrip()[:1] == "[")
        )
        if goes_on and _indent(lines[above.line - 1]) == _indent(written):
            yield above, below


def _indent(line: str) -> int:
    """How many spaces a line opens with."""
    return len(line) - len(line.lstrip(" "))


def _written_number(line: str) -> tuple[int, str] | None:
    """The number and delimiter an ordered list item's first line is written with ("12." → (12,
    ".")), or None for a bullet."""
    text = line.lstrip(" >")
    digits = len(text) - len(text.lstrip("0123456789"))
    if not 0 < digits <= 9 or text[digits : digits + 1] not in (".", ")"):
        return None
    return int(text[:digits]), text[digits]


class _OpenList:
    """An ordered list being read: its delimiter, its marker's indentation, its start, its items'
    written numbers and the first item whose number renders otherwise."""

    __slots__ = ("delimiter", "indent", "items", "numbers")

    def __init__(self, delimiter: str, indent: int) -> None:
        self.delimiter = delimiter
        self.indent = indent
        self.items: list[Block] = []
        self.numbers: list[int] = []

    def misnumbered(self) -> tuple[Block, int, int] | None:
        """The first item whose written number is not the one GitHub shows (the list's start plus
        its place), with both numbers; None when every number renders as written, or when every
        item is written with the same number ("1." throughout, which GitHub counts up)."""
        if len(set(self.numbers)) < 2:
            return None
        start = self.numbers[0]
        for place, (item, number) in enumerate(zip(self.items, self.numbers, strict=True)):
            if number != start + place:
                return item, number, start + place
        return None


def misnumbered_items(document: Document) -> Iterator[tuple[Block, int, int]]:
    """(item, written number, number shown) for each ordered list whose numbers GitHub shows other
    than written: a list numbers its items from its first item's number on, whatever the others say,
    so "1." "2." "1." (a numbering restarted inside one list, a sub-item that lost its indentation)
    renders 1, 2, 3. One per list, at its first such item; a list written "1." throughout is the
    author's way of letting the renderer count. A block at or left of a list's marker ends it (a
    heading, a paragraph or code block not indented into the item)."""
    lines = document.source_lines
    open_lists: dict[int, _OpenList] = {}

    def close(deeper_than: int) -> Iterator[tuple[Block, int, int]]:
        for level in [level for level in open_lists if level > deeper_than]:
            found = open_lists.pop(level).misnumbered()
            if found is not None:
                yield found

    for block in document.blocks:
        if block.kind is not BlockKind.LIST_ITEM:
            if not open_lists:
                continue
            indent = _indent(lines[block.line - 1]) if block.kind is not BlockKind.HEADING else 0
            outer = min(
                (level for level, listed in open_lists.items() if listed.indent >= indent), default=None
            )
            if outer is not None:
                yield from close(outer - 1)
            continue
        line = lines[block.line - 1]
        written = _written_number(line) if line.lstrip(" >")[:1].isdigit() else None
        if written is None and not open_lists:
            continue  # a bullet outside any ordered list: the common item, told at once
        yield from close(block.level)
        current = open_lists.get(block.level)
        if written is None:
            if current is not None:
                yield from close(block.level - 1)
            continue
        if current is None or current.delimiter != written[1]:
            if current is not None:
                yield from close(block.level - 1)
            current = open_lists[block.level] = _OpenList(written[1], _indent(line))
        current.items.append(block)
        current.numbers.append(written[0])
    yield from close(-1)
