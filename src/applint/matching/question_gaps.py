"""The General Technical Review questions a written section leaves out: a template question absent
from a section the author kept and wrote in, a question standing under another section than its
own, a section whose questions are kept only inside an HTML comment, and a question in the
author's words asking much less than the template's.

A question is absent when the document nowhere has it (in the template's words, shortened, or
reworded closely: ``companion_index``), no prompt of the author's own in the section names it
(a heading, a bold line or label, a short line ending in "?" or ":", half of whose words are the
question's: "**Certificate rotation:**", "#### End User Research", "How is Kelpie installed?"), no
question the document has asks the same (the template asks for SLOs twice), and the section's
shown text does not speak of it. Whether the text speaks of a question is read from its key
words: its content words that few other questions of the template hold, less the words every
question asks with and the section's own title words (an answer under "Rollout, Upgrade and
Rollback Planning" says "rollback" whatever it answers), compared by their first letters; one of
up to three such words, two of more, is enough. A section keeping half or more of its questions
answers each under its own: there, one left out is absent even when another answer mentions its
subject.

Only sections written as questions are read: two or more of the template's questions (or the
questions its sub-questions detail, "Security Hygiene") kept there, or question lines of the
author's own ("**What problem does this project solve?**"). A section of labels and prose, or of
prose alone, is the author's way of answering and is not second-guessed, unless the whole review is
written so: a GTR keeping none of the template's questions, labels or headings of the author's own
standing in for them ("**Roadmap Process:**", "## HA Requirements"), is read section by section for each question by
its topic, where a section runs on over the author's own headings up to the template's next
section ("## Sovereignty" beside "## Design"), and a question counts as answered when a prompt
names it, its key words are there, or words authors write for its topic are (the ``gtr-questions``
topic vocabulary, read by ``topic_words``: "data residency", "cert-manager", a link to the
self-assessment). Sub-questions whose
parent question stands with none of them are answered by the parent's answer in one piece, but
for those it says nothing of where ``partial_answers`` does not already call it answered only in
part; where the parent stands with some of them and an answer right under it, that answer is the
first one left out's. A question in the author's words that names a template question while
asking a third or less of its first sentence, its answer silent on the rest, is narrowed
("Describe the project's roadmap.").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from applint.matching.partial_answers import answered_in_part, asked_first, unaddressed
from applint.matching.question_words import (
    UNASKED_STEMS,
    key_words,
    names_question,
    rarity,
    speaks_of,
    stems,
    template_words,
)
from applint.matching.topic_words import content_run, speaks_of_topic, topic_within
from applint.model import Block, BlockKind, Document
from applint.templates.topics import GTR_QUESTIONS
from applint.text.normalize import content_words, normalize

if TYPE_CHECKING:
    from applint.matching.companions import CompanionReading, SectionFound
    from applint.templates.companions import Item

# Template questions kept (or question lines of the author's own) that make a section one
# written as questions.
QUESTION_FORM = 2
# How an author's own question line opens.
_ASKING_OPENERS = frozenset(
    {
        "describe",
        "explain",
        "outline",
        "how",
        "what",
        "which",
        "who",
        "why",
        "please",
        "define",
        "is",
        "are",
        "does",
        "do",
        "can",
    }
)
# Key words a question shares with another the document has, for the template asking it twice.
_ASKED_TWICE = 3
# A question holding a third or less of the template question's key words (of at least four)
# asks much less than the template's.
_NARROWED_KEYS = 4
_NARROWED_SHARE = 3
# Key words of what the question leaves out that its answer must hold to have answered it anyway.
_SPOKEN_REST = 2
# An author's question line is short.
_PROMPT_WORDS = 30


class SectionGap:
    """A written section of a required day lacking some of the template's questions."""

    __slots__ = ("free_form", "invented", "missing", "section")

    def __init__(
        self,
        section: SectionFound,
        missing: tuple[Item, ...],
        invented: tuple[int, ...],
        free_form: bool = False,
    ) -> None:
        self.section: Final = section
        self.missing: Final = missing  # the template's questions absent, in template order
        self.invented: Final = invented  # blocks of the author's own questions standing there
        self.free_form: Final = free_form  # the document keeps no template question anywhere


class HiddenQuestions:
    """A written section whose template questions are kept only in an HTML comment."""

    __slots__ = ("comment", "questions", "section", "unanswered")

    def __init__(
        self, section: SectionFound, comment: int, questions: tuple[Item, ...], unanswered: tuple[Item, ...]
    ) -> None:
        self.section: Final = section
        self.comment: Final = comment  # the first comment block holding them
        self.questions: Final = questions
        self.unanswered: Final = unanswered  # those the shown text does not speak of


class MovedQuestion:
    """A template question standing under another section of the template than its own."""

    __slots__ = ("block", "item", "under")

    def __init__(self, block: int, item: Item, under: str) -> None:
        self.block: Final = block
        self.item: Final = item
        self.under: Final = under  # the id of the section it stands under


class ShortenedQuestion:
    """A question of the author's words standing for a template question but asking much less
    of it, with an answer silent on the rest ("Describe the project's roadmap." for "Describe the
    roadmap process, how scope is determined for mid to long term features, … maintainer
    ladder?")."""

    __slots__ = ("block", "item")

    def __init__(self, block: int, item: Item) -> None:
        self.block: Final = block
        self.item: Final = item


class QuestionGaps:
    """What the document's written sections lack of the template's questions."""

    __slots__ = ("hidden", "moved", "sections", "shortened")

    def __init__(
        self,
        sections: tuple[SectionGap, ...],
        hidden: tuple[HiddenQuestions, ...],
        moved: tuple[MovedQuestion, ...],
        shortened: tuple[ShortenedQuestion, ...],
    ) -> None:
        self.sections: Final = sections
        self.hidden: Final = hidden
        self.moved: Final = moved
        self.shortened: Final = shortened


def question_gaps(document: Document, reading: CompanionReading) -> QuestionGaps:
    """The sections of the days the level must answer that lack template questions, those whose
    questions are only in a comment, and the questions standing under another section."""
    template = reading.template
    moved = _moved(reading)
    required = set(reading.required_groups())
    if not required:
        return QuestionGaps((), (), moved, ())
    blocks = document.blocks
    found_anywhere = {found.item.text for found in reading.items}
    answered_inline = {found.segment for found in reading.items if found.answered}
    # The questions with sub-questions kept with an answer right under them ("Security Hygiene"
    # over a list of practices): that answer is the first sub-question's the author left out.
    answered_groups = {group.item.text: bool(group.answer) for group in reading.groups}
    words = _DocumentWords(reading)
    free_form = _free_form(document, reading)
    gaps: list[SectionGap] = []
    hidden: list[HiddenQuestions] = []
    shortened: list[ShortenedQuestion] = []
    for found in reading.sections:
        section = found.section
        questions = [item for item in section.items if item.role == "question"]
        if not questions or template.group_of(section.id).id not in required:
            continue
        if not found.content and section.id not in answered_inline:
            continue  # nothing written: unanswered-question's empty section
        asked, whole = _asked_one_by_one(questions, found_anywhere | set(answered_groups), reading, blocks)
        if all(item.text in found_anywhere for item in asked):
            continue  # every question kept: the common case, read no further
        span = range(found.block + 1, words.section_end(document, found.block, free_form))
        shown = [number for number in span if blocks[number].kind is not BlockKind.COMMENT]
        title = template_words(section.title)
        prompts = {
            number: stems((text,)) - UNASKED_STEMS
            for number in shown
            if number not in words.template_blocks
            for text in _prompt(blocks[number])
        }
        kept = sum(1 for item in reading.items if item.segment == section.id and item.item.role == "question")
        # A section that keeps the template's questions answers each under its own: one left
        # out is missing even when another answer speaks of it.
        copied = 2 * kept >= len(questions)
        said: set[str] | None = None
        topic: list[str] | None = None
        absent = []
        covering: set[int] = set()
        for item in asked:
            keys = key_words(item, title, rarity(template))
            own = template_words(item.text) - UNASKED_STEMS
            telling = keys | (title & own)
            by_prompt = {number for number, prompt in prompts.items() if names_question(prompt, own, telling)}
            covering |= by_prompt
            if by_prompt and item.text not in found_anywhere:
                narrowed = _narrowed(blocks, item, keys, by_prompt, prompts, span)
                if narrowed is not None:
                    shortened.append(ShortenedQuestion(narrowed, item))
            if item.text in found_anywhere or by_prompt or words.asked_elsewhere(keys):
                continue
            if not copied:
                if said is None:
                    said = words.said(blocks, shown)
                if speaks_of(keys, said):
                    continue
                if free_form:
                    if topic is None:
                        topic = _topic_words(blocks, shown)
                    if on_topic(item.text, topic):
                        continue  # answered under a label of the author's own words
            absent.append(item)
        absent = _answered_under_parent(absent, answered_groups, whole)
        in_comment = _held_in_comments(reading, span, questions, found_anywhere)
        if in_comment is not None:
            comment, held = in_comment
            unanswered = tuple(item for item in held if item in absent)
            if unanswered:
                hidden.append(HiddenQuestions(found, comment, held, unanswered))
            continue
        asking = [number for number in prompts if _asks(blocks[number])]
        # The template's questions with sub-questions ("Security Hygiene") kept here count too.
        parents = sum(1 for group in reading.groups if group.block in span)
        if absent and (kept + parents + len(asking) >= QUESTION_FORM or free_form):
            invented = tuple(number for number in asking if number not in covering)
            gaps.append(SectionGap(found, tuple(absent), invented, free_form))
    return QuestionGaps(tuple(gaps), tuple(hidden), moved, tuple(shortened))


class _DocumentWords:
    """What several sections read of the whole document, worked out once when first asked."""

    def __init__(self, reading: CompanionReading) -> None:
        self.reading = reading
        self.starts = sorted(found.block for found in reading.sections)
        self.template_blocks = frozenset(found.block for found in reading.items) | {
            group.block for group in reading.groups
        }
        self._asked_at: dict[int, set[str]] | None = None
        self._found_words: list[frozenset[str]] | None = None

    def section_end(self, document: Document, heading: int, free_form: bool = False) -> int:
        """Where a section's own blocks end: the next heading at its level or above (a heading of
        the author's own: "## Open Items for Maintainer Review"), or the next section of the
        template, whichever comes first."""
        after = bisect.bisect_right(self.starts, heading)
        following = self.starts[after] if after < len(self.starts) else len(document.blocks)
        return following if free_form else min(document.section_end(heading), following)

    def asked_elsewhere(self, keys: set[str]) -> bool:
        """True when a question the document has shares enough key words with one it lacks: the
        template asks one thing twice (the SLOs under Scalability and again under Observability)
        and the document answers it once."""
        if self._found_words is None:
            texts = {found.item.text for found in self.reading.items}
            self._found_words = [template_words(text) for text in texts]
        return any(len(keys & words) >= _ASKED_TWICE for words in self._found_words)

    def said(self, blocks: Sequence[Block], shown: Sequence[int]) -> set[str]:
        """The words the author wrote in some blocks: a kept question's own words are the
        template's, not an answer ("* Describe … metrics that should inform a rollback." answers
        nothing of informing users)."""
        if self._asked_at is None:
            self._asked_at = {}
            for found in self.reading.items:
                self._asked_at.setdefault(found.block, set()).update(template_words(found.item.text))
        asked_at = self._asked_at
        return set().union(*(stems((blocks[number].text,)) - asked_at.get(number, set()) for number in shown))


def _asked_one_by_one(
    questions: Sequence[Item], found: set[str], reading: CompanionReading, blocks: Sequence[Block]
) -> tuple[list[Item], set[str]]:
    """The section's questions less the sub-questions of a parent question kept with none of its
    sub-questions: its answer in one piece speaks for them, except those it says nothing of when
    it is not answered only in part (partial_answers' finding then): "Security Hygiene" over a list
    of practices still lacks how unmaintained features were evaluated."""
    parents = {item.within for item in questions if item.within}
    whole = {
        parent
        for parent in parents
        if parent in found and not any(item.within == parent and item.text in found for item in questions)
    }
    if not whole:
        return list(questions), whole
    silent: set[str] = set()
    for group in reading.groups:
        if group.item.text not in whole or not group.answer:
            continue
        subs = [item for item in questions if item.within == group.item.text]
        missed = unaddressed([blocks[number].text for number in group.answer], group.item.text, subs)
        if not answered_in_part(missed, subs):
            silent.update(item.text for item in missed)
    return [item for item in questions if item.within not in whole or item.text in silent], whole


def _narrowed(
    blocks: Sequence[Block],
    item: Item,
    keys: set[str],
    by_prompt: set[int],
    prompts: dict[int, set[str]],
    span: range,
) -> int | None:
    """The block of the author's question naming a template question while holding a third or
    less of its key words (of four or more), whose answer (up to the next question line) holds
    fewer than two of the rest; None when no question line is so narrowed."""
    # What the question asks in its first sentence before its examples: a follow-up sentence
    # dropped ("How can a rollout or rollback fail?") or the examples (", e.g. a minimal install
    # …") are the author's editing (partial_answers).
    keys = keys & template_words(asked_first(item.text))
    if len(keys) < _NARROWED_KEYS:
        return None
    for number in sorted(by_prompt):
        if not _asks(blocks[number]):
            continue
        held = keys & prompts[number]
        if _NARROWED_SHARE * len(held) > len(keys):
            continue
        later = [at for at in prompts if at > number]
        end = min(later) if later else span.stop
        answer = stems(
            blocks[at].text for at in range(number + 1, end) if blocks[at].kind is not BlockKind.COMMENT
        )
        if len((keys - held) & answer) < _SPOKEN_REST:
            return number
    return None


def _answered_under_parent(
    absent: list[Item], answered_groups: dict[str, bool], whole: set[str]
) -> list[Item]:
    """The absent questions less, for each parent written with an answer right under it, the
    first of its sub-questions left out (the answer is that sub-question's)."""
    taken: set[str] = set()
    kept = []
    for item in absent:
        if (
            item.within
            and item.within not in whole  # its answer already read for each sub-question
            and answered_groups.get(item.within)
            and item.within not in taken
        ):
            taken.add(item.within)
            continue
        kept.append(item)
    return kept


def _held_in_comments(
    reading: CompanionReading, span: range, questions: Sequence[Item], found: set[str]
) -> tuple[int, tuple[Item, ...]] | None:
    """The first comment of a section and the section's questions its comments hold, when the
    section shows none of its questions and its comments hold at least two."""
    if any(item.text in found for item in questions):
        return None
    asked = {item.text for item in questions}
    comments = [number for number in span if number in reading.hidden]
    held = tuple(
        dict.fromkeys(item for number in comments for item in reading.hidden[number] if item.text in asked)
    )
    return (comments[0], held) if len(held) >= QUESTION_FORM else None


def _moved(reading: CompanionReading) -> tuple[MovedQuestion, ...]:
    """Template questions standing under a section of the template other than their own, where the
    headless-section reading does not already account for them (their section and day missing on
    a day the level must answer)."""
    template = reading.template
    present = {found.section.id for found in reading.sections}
    required = set(reading.required_groups())
    moved = []
    for found in reading.items:
        item = found.item
        if item.role != "question" or found.segment is None or found.segment == item.section_id:
            continue
        under = template.sections_by_id[found.segment]
        if not under.items and under.level <= 2:
            continue  # a day's heading (no section of its own above the question)
        day = template.group_of(item.section_id).id
        if item.section_id not in present and day not in present and day in required:
            continue  # unanswered-question's headless sections
        moved.append(MovedQuestion(found.block, item, found.segment))
    return tuple(moved)


def _free_form(document: Document, reading: CompanionReading) -> bool:
    """True for a GTR written free-form: none of the template's questions kept, and labels or
    headings of the author's own standing in for them ("**Roadmap Process:**", "## HA
    Requirements"), at least two below the template's first section."""
    if not reading.sections or any(found.item.role == "question" for found in reading.items):
        return False
    sections = {found.block for found in reading.sections}
    blocks = document.blocks
    labels = 0
    for number in range(min(sections) + 1, len(blocks)):
        if number not in sections and _prompt(blocks[number]):
            labels += 1
            if labels >= QUESTION_FORM:
                return True
    return False


def on_topic(question: str, words: Sequence[str]) -> bool:
    """True when the words (``content_run`` of a section's normalised text and link addresses)
    speak of the question's topic: the first topic of the ``gtr-questions`` vocabulary whose words
    the question's text holds (none for a question not listed)."""
    topic = topic_within(GTR_QUESTIONS, question.lower().replace("-", " ").replace("’", "'"))
    return topic is not None and speaks_of_topic(topic, words)


def _topic_words(blocks: Sequence[Block], shown: Sequence[int]) -> list[str]:
    """The normalised words of a section's shown text and link addresses, small words left out,
    for ``on_topic`` (a link to "self-assessment.md" speaks of the self-assessment)."""
    texts = (" ".join((blocks[number].text, *blocks[number].links)) for number in shown)
    return content_run(normalize(" ".join(texts)))


def _prompt(block: Block) -> tuple[str, ...]:
    """The prompt of the author's own a block holds, if any: a heading, a bold line or a bold
    label ("**Certificate rotation:** …"), a short line ending in "?" or ":" (an italic
    "*Describe how the project handles certificate rotation:*")."""
    if block.kind is BlockKind.HEADING:
        return (block.text,)
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return ()
    strong = block.strong.strip()
    if strong and len(strong.split()) <= _PROMPT_WORDS:
        return (strong,)
    text = block.text.strip()
    if text.endswith(("?", ":")) and len(text.split()) <= _PROMPT_WORDS:
        return (text,)
    return ()


def _asks(block: Block) -> bool:
    """True for a prompt written as a question ("**What problem does this project solve?**",
    "Describe the project's roadmap.") rather than as a label ("**Roadmap Process:**")."""
    text = (block.strong or block.text).strip()
    words = text.split()
    return len(content_words(text)) >= 2 and (text.endswith("?") or words[0].lower() in _ASKING_OPENERS)
