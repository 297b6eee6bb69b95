"""A sentence of a companion template's outline cut off inside and run into the author's answer
("* Development Pipeline.  A description of the testing and assessment processes that" + "All
code is maintained in GitHub …"): the prompt kept in part, with the author's text spliced on where
the template's sentence goes on.

Read by looking each paragraph and list item up by its first words among the template's outline
bullets (a dictionary lookup, so a document pays one normalisation per block), then comparing word
by word: the block must keep a long run of the template's words, part there at no end of the
template's sentences (nor where its example in brackets opens), and go on with words of its own
that do not take the template's sentence up again.
"""

from __future__ import annotations

import functools

from applint.model import BlockKind, Document
from applint.templates.companions import CompanionTemplate
from applint.text.normalize import normalize
from applint.text.precompiled import cached_pattern

# Words a block must share with the template's sentence before it parts from it.
KEPT_WORDS = 8
# Words of the author's own after the part.
OWN_WORDS = 3
# Words a block and an outline bullet are first looked up by.
_KEY_WORDS = 3
# The template's next words looked for right after the part, and how far: found, the author only
# changed a word ("for Cortex to begin thinking …" for "for projects to begin thinking …").
_RESUME_WORDS = 5
_RESUME_WINDOW = 10


class Spliced:
    """A block that keeps a template sentence cut off inside and runs on into the author's text."""

    __slots__ = ("block", "kept", "section_id")

    def __init__(self, block: int, kept: str, section_id: str) -> None:
        self.block = block
        self.kept = kept  # the template's words kept, as the template writes them
        self.section_id = section_id


def spliced_sentences(document: Document, template: CompanionTemplate) -> list[Spliced]:
    """Each paragraph or list item that keeps an outline bullet cut off inside a sentence and
    goes on with the author's own words, in document order."""
    outline = _outline(template)
    found: list[Spliced] = []
    for number, block in enumerate(document.blocks):
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        words = normalize(block.text[:80]).split()
        entry = outline.get(" ".join(words[:_KEY_WORDS]))
        if entry is None:
            continue
        template_words, ends, raw, section_id = entry
        written = normalize(block.text).split()
        kept = 0
        for mine, theirs in zip(written, template_words, strict=False):
            if mine != theirs:
                break
            kept += 1
        if kept < KEPT_WORDS or kept in ends or len(written) - kept < OWN_WORDS:
            continue
        if _resumes(
            written[kept : kept + _RESUME_WINDOW], template_words[kept + 1 : kept + 1 + _RESUME_WORDS]
        ):
            continue  # a word or two made the project's own ("for Cortex to begin …"): adapted, not cut
        found.append(Spliced(number, _opening(raw, kept), section_id))
    return found


@functools.lru_cache(maxsize=8)
def _outline(template: CompanionTemplate) -> dict[str, tuple[list[str], frozenset[int], str, str]]:
    """The template's outline bullets by their first words: their words, the word counts at which
    one of their sentences ends, their text and section."""
    outline: dict[str, tuple[list[str], frozenset[int], str, str]] = {}
    for item in template.items:
        if item.role != "guidance":
            continue
        words: list[str] = []
        ends: set[int] = set()
        # A sentence ends at its full stop, and where its example in brackets opens.
        for sentence in cached_pattern(r"(?<=[.?!])\s+|\s+(?=\()").split(item.text):
            words.extend(normalize(sentence).split())
            ends.add(len(words))
        if len(words) > KEPT_WORDS:
            outline.setdefault(
                " ".join(words[:_KEY_WORDS]), (words, frozenset(ends), item.text, item.section_id)
            )
    return outline


def _resumes(written: list[str], template: list[str]) -> bool:
    """Whether most of the template's next words come again in the author's next words."""
    return sum(word in written for word in template) * 2 > len(template)


def _opening(text: str, count: int) -> str:
    """The first ``count`` normalised words of a text, as written."""
    taken: list[str] = []
    for word in text.split():
        taken.append(word)
        if len(normalize(" ".join(taken)).split()) >= count:
            break
    return " ".join(taken)
