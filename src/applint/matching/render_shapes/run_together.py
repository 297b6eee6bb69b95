"""Lines that GitHub joins into one line or paragraph: links alone on their lines, "Key: value" lines,
a bold label run into its text, an advisory's title run into its description, two paragraphs typed
on consecutive lines, a sentence with no full stop running into the next."""

from __future__ import annotations

from collections.abc import Iterator

from applint.matching.render_shapes import (
    ITEM_OPENING,
    LINE_BREAKS,
    MIN_SPLIT_WORDS,
    ends_open,
    line_key,
)
from applint.model import Block, BlockKind, Document
from applint.text.precompiled import compile_pattern

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
            marker = ITEM_OPENING.match(first)
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
    """The runs of two or more consecutive lines of a paragraph (or list item) that each end in
    their one link: the link alone ("[CLI Flags](https://…)" / "[Configuring NATS](https://…)"), or
    after a label or a sentence leading to it ("core Crossplane: https://…" / "crossplane-runtime:
    https://…", "Slack guideline with channel info are listed here: https://…"). With no list
    markers and no line breaks they render run together on one line, the link texts reading as one,
    or each line's text running on from the link before it; bare addresses alone
    ("https://github.com/…/OWNERS.md" / "https://github.com/…/OWNERS.md") run on one after another,
    wrapped wherever the page's width falls. (first, last) 1-based lines of each run; a
    line ending in a hard line break renders the next on a line of its own, so it ends a run
    ("[Components](…)" with two spaces, then "[Tutorials](…)" / "[Monitoring](…)" without: the last
    two run together)."""
    if len(block.links) < _MIN_LINK_LINES or block.end_line == block.line:
        return []
    runs: list[tuple[int, int]] = []
    start: int | None = None
    lines = document.source_lines

    def close(last: int) -> None:
        if start is not None and last - start + 1 >= _MIN_LINK_LINES:
            runs.append((start, last))

    for number in range(block.line, block.end_line + 2):
        alone = (
            number <= block.end_line and link_line(lines[number - 1], first=number == block.line) is not None
        )
        if alone and start is None:
            start = number
        elif not alone and start is not None:
            close(number - 1)
            start = None
        if start is not None and lines[number - 1].endswith(("  ", "\\")):
            close(number)  # the run up to here renders as one line; the break ends it
            start = None
    return runs


def link_alone(line: str, first: bool) -> bool:
    """Whether a source line holds one link and nothing else (on a block's ``first`` line, after a
    bullet's marker). A badge (an image in a link) is not one, nor a link with a comma after it (a
    sentence's series, "[a](…),"), nor a bare address (it shows whole: one never reads as the next)."""
    text = _line_text(line, first)
    return text.startswith("[") and text.endswith(")") and text.count("](") == 1 and text.count("[") == 1


# The most words a label or sentence leading to a line's link holds.
_LEAD_WORDS = 20
_BARE_ADDRESS_END = compile_pattern(r"(?:^|\s)<?https?://[^\s<>()\[\]]+>?$")
_LINK_END = compile_pattern(r"(?:^|\s)\[[^\[\]]+\]\([^()\s]+\)$")
_LEADS = (":", " -", " \u2013", " \u2014")


def link_line(line: str, first: bool) -> str | None:
    """How a source line ends in its one link, if it does: "link" (a link alone, or after a label
    or a sentence leading to it, "core Crossplane: https://…", "listed here: [SLACK.md](…)"),
    "address" (a bare address alone). None for a line holding more than one link, a badge, a link
    with text after it (a comma of a series, a full stop), or a link after text that does not lead
    to it (a sentence running on: "… see [the guide](…)")."""
    text = _line_text(line, first)
    if link_alone(line, first):
        return "link"
    if "://" not in text or text.count("://") != 1 or "[![" in text:
        return None
    linked = _LINK_END.search(text)
    found = linked or _BARE_ADDRESS_END.search(text)
    if found is None:
        return None
    lead = text[: found.start()].strip()
    if not lead:
        return "link" if linked else "address"
    if not lead.endswith(_LEADS) or len(lead.split()) > _LEAD_WORDS or "](" in lead:
        return None
    if lead.startswith("[") and lead.endswith("]:"):
        return None  # a link reference definition ("[guide]: https://…"), which does not render
    return "link"


def _line_text(line: str, first: bool) -> str:
    """A source line's text (on a block's ``first`` line, after a bullet's marker)."""
    text = line.strip()
    if first and text[:2] in ("- ", "* ", "+ "):
        text = text[2:].lstrip()  # the item's own first line: its text after the marker
    return text


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


# The fewest "Key: value" lines in a row that read as a list run together (two are often a
# document's byline, "Date: …" / "Author: …", which reviewers read past).
_MIN_KEY_LINES = 3


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


# The shortest line that holds a paragraph of its own rather than a line of hard-wrapped prose
# (editors wrap at 80 to 120 characters; a paragraph typed on one line runs far longer).
_PARAGRAPH_LINE = 200


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
                or first.endswith(LINE_BREAKS)
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
                or line.endswith(LINE_BREAKS)
                or (":" in line and line_key(line) is not None)
                or ends_open(line)
                or line.lstrip()[:1] in (">", "|")
                or len(line.split()) < MIN_SPLIT_WORDS
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


# A paragraph line this long or longer was typed on one line, not wrapped by an editor.
_UNWRAPPED_LINE = 150
# The fewest such one-line paragraphs that make one line a paragraph the document's way.
_ONE_LINE_PARAGRAPHS = 5
# The most paragraphs of two or more lines such a document holds before its line ends are a style
# of their own (one sentence a line), not slips.
_MULTI_LINE_SLIPS = 2
_SLIPS_PER = 8
# The shortest first and second lines of a pair read as two paragraphs (not a label or a byline).
_FIRST_LINE = 60
_SECOND_LINE = 30


def unwrapped_paragraph_pairs(document: Document) -> Iterator[tuple[int, int]]:
    """(line, next line) where a document that writes each paragraph on one line, never wrapping
    (five or more one-line paragraphs of 150 characters or more, and no line of prose going on in
    lower case on the next), has a few paragraphs of two lines, the second opening a sentence with
    a capital: two paragraphs typed with no blank line between, which GitHub shows as one ("…
    operational security." / "One of the most significant …"; "… for full use cases and details"
    / "Additional non-public adopters are available on request."). Not in a document wrapping its
    prose, nor one writing one sentence a line (more such paragraphs than two, or one in eight of
    its one-line paragraphs), nor after a line break, a label's line ("Owner: …"), a line ending in
    a link or a colon, or one that stops on a word needing the next; a block quote or table row is
    no paragraph's line."""
    if document.capabilities.line_breaks:
        return
    lines = document.source_lines
    one_line = 0
    pairs: list[list[tuple[int, int]]] = []
    for block in document.blocks:
        if block.kind is not BlockKind.PARAGRAPH or lines[block.line - 1].lstrip()[:1] in (">", "|", "<"):
            continue
        if block.end_line == block.line:
            one_line += len(lines[block.line - 1]) >= _UNWRAPPED_LINE
            continue
        found: list[tuple[int, int]] = []
        for number in range(block.line, block.end_line):
            first, second = lines[number - 1], lines[number]
            if _prose_line(first) and second.lstrip(" *_[(\"'")[:1].islower():
                return  # a sentence going on in lower case: the document wraps its prose
            if (
                _paragraph_end(first)
                and _paragraph_start(second)
                and (
                    first.rstrip()[-1:].isalpha()  # no full stop: "… and details Additional …"
                    or _holds_sentence_end(first)
                    or _holds_sentence_end(second)
                )
            ):
                found.append((number, number + 1))
        if found:
            pairs.append(found)
    if one_line < _ONE_LINE_PARAGRAPHS or len(pairs) > max(_MULTI_LINE_SLIPS, one_line // _SLIPS_PER):
        return
    for found in pairs:
        yield from found


def _prose_line(line: str) -> bool:
    """Whether a line is a line of prose: no label opening it, no link or address ending it."""
    return link_line(line, first=False) is None and (":" not in line or line_key(line) is None)


def _paragraph_end(line: str) -> bool:
    """Whether a line reads as a paragraph's last: long enough, ending a sentence or on a word that
    can end one, no line break after it, no label, link or colon ending it."""
    stripped = line.rstrip()
    if (
        len(stripped) < _FIRST_LINE
        or line.endswith(LINE_BREAKS)
        or ends_open(stripped)
        or stripped.endswith(":")
        or not _prose_line(line)
    ):
        return False
    return stripped[-1:] in ".!?" or stripped[-1:].isalpha()


def _paragraph_start(line: str) -> bool:
    """Whether a line opens a paragraph of its own: a sentence in prose, opening with a capital."""
    stripped = line.strip()
    return len(stripped) >= _SECOND_LINE and stripped[:1].isupper() and _prose_line(line)
