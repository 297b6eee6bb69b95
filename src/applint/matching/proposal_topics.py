"""What a free-form application covers of the v1.6 template, topic by topic, under its own headings.

A proposal written before the templates (or beside them) answers many of the template's criteria
groups under headings of its own ("Project Governance", "Community Stats", "Adopters") or only in
its text, and leaves others out entirely. An applicant asked to re-file on the template needs both
lists: what to move under which of the template's sections, and what to write anew. Each topic is
a criteria group of the template's sections, told by the words authors use for it (the
``proposal-topics`` topic vocabulary, read by ``topic_words``); a heading naming a topic places it
there, else the first sentence about it (not one naming it in passing:
``matching.topic_sentences``; nor, for a topic too wide for a link to stand for it
(``links_in_own_section``), one naming it only by a link, under a heading of another topic:
"### Governance … our [security processes](…/SECURITY.md)"), at the line of its word. A topic whose words a narrower one's hold
("governance" in "Governance Review") yields to it where a heading or sentence names both. A topic whose only sentences say it is not
done ("the audit is in progress") is listed apart: no coverage, and not quite missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from applint.matching.proposals import title_block
from applint.matching.topic_sentences import about_topic, links_of, page_words
from applint.matching.topic_words import speaks_of_topic
from applint.model import Block, BlockKind, Document, Unit
from applint.templates.topics import PROPOSAL_TOPICS, vocabulary
from applint.templates.topics import Topic as Topic  # the rules name a topic and its section
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.splitting import split_sentences
from applint.text.status import find_not_done


class TopicPlace:
    """Where a document covers a topic: the line, the heading's words when a heading names it, and
    the phrase saying it is not done ("in progress", "plan to") when that is all it says of it."""

    __slots__ = ("heading", "line", "topic", "unfinished")

    def __init__(self, topic: Topic, line: int, heading: str | None, unfinished: str = "") -> None:
        self.topic = topic
        self.line = line
        self.heading = heading
        self.unfinished = unfinished


class Coverage:
    """What a proposal has of the template's topics: those it covers (under a heading of its own or
    in a sentence about them), those it names only as not done yet, and those it lacks; each list
    in the template's order."""

    __slots__ = ("covered", "lacking", "unfinished")

    def __init__(self, covered: list[TopicPlace], unfinished: list[TopicPlace], lacking: list[Topic]) -> None:
        self.covered = covered
        self.unfinished = unfinished
        self.lacking = lacking


# Blocks whose words are no statement of the author's.
_SKIPPED: Final = (BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.CODE)
# Words of a title that are not the project's name.
_TITLE_WORDS: Final = frozenset(
    {"cncf", "proposal", "propose", "proposing", "application", "graduation", "incubation", "incubating"}
    | {"stage", "level", "for", "to", "the", "of", "project", "review", "request", "moving", "and"}
)


def topic_coverage(document: Document, level: str) -> Coverage:
    """The template's topics for ``level`` the document covers (in the template's order, each at
    the heading naming it, else the first sentence about it: ``matching.topic_sentences``), those it
    names only as not done yet, and those it covers nowhere."""
    topics = [
        topic for topic in vocabulary(PROPOSAL_TOPICS).topics if not topic.levels or level in topic.levels
    ]
    name_words = _name_words(document)
    in_headings: dict[str, TopicPlace] = {}
    in_text: dict[str, TopicPlace] = {}
    not_done: dict[str, TopicPlace] = {}
    for number, block in enumerate(document.blocks):
        if block.kind in _SKIPPED or not block.text.strip():
            continue
        if block.kind is BlockKind.HEADING or bold_title(block) or _asciidoc_title(block) or block.checked:
            _read_heading(document, number, topics, in_headings)
            continue
        for topic, place in _sentence_places(document, block, topics, name_words):
            if topic.name in in_headings or topic.name in in_text:
                continue
            if place.unfinished:
                not_done.setdefault(topic.name, place)
            else:
                in_text[topic.name] = place
    covered: list[TopicPlace] = []
    unfinished: list[TopicPlace] = []
    lacking: list[Topic] = []
    for topic in topics:
        chosen = in_headings.get(topic.name) or in_text.get(topic.name)
        if chosen is not None and not chosen.unfinished:
            covered.append(chosen)
        elif chosen is not None:
            unfinished.append(chosen)
        elif topic.name in not_done:
            unfinished.append(not_done[topic.name])
        else:
            lacking.append(topic)
    return Coverage(covered, unfinished, lacking)


def _read_heading(document: Document, number: int, topics: list[Topic], found: dict[str, TopicPlace]) -> None:
    """The topics a heading names (a narrower one's heading is not the wider one's), each placed at
    the heading; one whose heading or section opening says it is not done is placed so. An AsciiDoc title
    ("== Architecture") over the paragraph it opens is the heading of that paragraph."""
    block = document.blocks[number]
    title, opening = block.text, ""
    if _asciidoc_title(block):
        title = block.text.partition("\n")[0]
        if document.unit is Unit.LINE:  # the reader ran the title line into the paragraph's text
            title = document.source_lines[block.line - 1]
        opening = block.text[block.text.find(title.strip()) + len(title.strip()) :]
        title = title.strip().lstrip("= ")
    else:
        follower = document.next_content(number)
        if follower is not None and document.blocks[follower].kind is not BlockKind.HEADING:
            opening = document.blocks[follower].text
    named = _named(title, as_name=True)
    said = find_not_done(title)  # "In Progress: Have completed an independent … security audit"
    state = said[0][1] if said else ""
    for topic in topics:
        if topic.name in named and topic.name not in found and not named.intersection(topic.yields_to):
            found[topic.name] = TopicPlace(
                topic, block.line, title.strip(), state or _not_done(opening, topic)
            )


def _asciidoc_title(block: Block) -> bool:
    """A paragraph opening with an AsciiDoc section title ("== Architecture"), as proposals written
    in AsciiDoc and read as Markdown are."""
    return block.kind is BlockKind.PARAGRAPH and _ASCIIDOC.match(block.text) is not None


_ASCIIDOC = LazyPattern(r"={2,5} \S")


def bold_title(block: Block) -> bool:
    """A paragraph set in bold as a whole, standing as a heading does in older proposals
    ("**Have completed an independent and third party security audit**"). A ticked item ("- [x]
    Have achieved … Best Practices Badge.") is read as one too: the author says it is met."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and bool(block.strong)
        and block.strong.strip(" *_:") == block.text.strip(" *_:")
        and len(block.text) <= BOLD_TITLE_CHARS
    )


# A bold paragraph longer than this is a statement set in bold, not a title.
BOLD_TITLE_CHARS: Final = 300


def _named(text: str, as_name: bool = False) -> set[str]:
    """Every topic (of any level) a text names, in passing or not: a narrower one's words ("a
    security audit") keep the wider one's ("security") from counting. A heading (``as_name``) names
    a topic by the word the vocabulary counts only as its name too ("### Neutrality")."""
    words = normalize(text).split()
    named = words if as_name else ()
    return {
        topic.name
        for topic in vocabulary(PROPOSAL_TOPICS).topics
        if speaks_of_topic(topic, words, named=named)
    }


def _not_done(opening: str, topic: Topic) -> str:
    """The phrase of the section's opening block saying the heading's topic is not done ("The audit
    has been started by OSTIF and is in progress"), in a clause naming the topic itself (not a
    narrower one under a wider heading, nor "others that are not yet published" after a "but"), or
    one whose subject stands for the heading ("It is in progress")."""
    for clause in _clauses(opening):
        named = _named(clause)
        if named.intersection(topic.yields_to):
            continue
        if topic.name in named or (not named and _PRONOUN.match(clause)):
            found = find_not_done(clause)
            if found:
                return found[0][1]
    return ""


_PRONOUN = LazyPattern(r"\W*(?:it|this|that)\b", re.IGNORECASE)


def _sentence_places(
    document: Document, block: Block, topics: list[Topic], name_words: frozenset[str]
) -> Iterator[tuple[Topic, TopicPlace]]:
    """Each topic a sentence of the block is about, with the line of the word naming it."""
    text = block.text
    links = links_of("\n".join(_source(document, block)), bare=True)
    section: set[str] | None = None  # the topics the heading over the block names, on first need
    for offset, sentence in _table_rows(text) if block.kind is BlockKind.TABLE else _placed_clauses(text):
        read = {topic.name: about_topic(sentence, topic, name_words, links) for topic in topics}
        pages = (" ".join(page_words(address)) for text, address in links if text.lower() in sentence.lower())
        named = _named(" ".join((sentence, *pages)))  # "[the report](…/SECURITY_AUDIT.pdf)" names the audit
        for topic in topics:
            found = read[topic.name]
            if found is None or named.intersection(topic.yields_to):
                continue
            if found.linked and topic.links_in_own_section:
                section = _section_topics(document, block) if section is None else section
                if section and topic.name not in section:
                    continue  # a link in passing under another topic's heading ("### Governance")
            at = offset + max(sentence.lower().find(found.word.lower()), 0)
            line = _word_line(document, block, text, at, found.word)
            yield topic, TopicPlace(topic, line, None, found.unfinished)


def _section_topics(document: Document, block: Block) -> set[str]:
    """The topics the heading over a block names (none above the first heading)."""
    line = document.heading_above(block.line)
    heading = document.block_at(line) if line else None
    return _named(document.blocks[heading].text, as_name=True) if heading is not None else set()


def _placed_clauses(text: str) -> Iterator[tuple[int, str]]:
    """The clauses of a text (``_clauses``), each with where it starts in the text."""
    offset = 0
    for sentence in _clauses(text):
        offset = max(text.find(sentence, offset), offset)
        yield offset, sentence
        offset += len(sentence)


def _table_rows(text: str) -> Iterator[tuple[int, str]]:
    """A table's rows read as labels with values, the first cell the label ("Slack | #kelpie on the
    CNCF Slack" is "Slack: #kelpie on the CNCF Slack"), each with where it starts in the text; none
    when the header says the first column names things of a kind (organisations, features), whose
    rows are those things, not facts labelled ("| Company | Use |" over "| Slack | … |")."""
    rows = text.split("\n")
    if _NAME_COLUMNS.intersection(normalize(rows[0].split(" | ")[0]).split()):
        return
    offset = 0
    for row in rows:
        label, _, value = row.partition(" | ")
        if label.strip() and value.strip(" |"):
            yield offset, f"{label.strip()}: {value.replace(' | ', '; ').strip(' ;')}"
        offset += len(row) + 1


# Headers of a column of things of a kind: each row is one (an adopter, a feature), not a label.
_NAME_COLUMNS: Final = frozenset(
    {"organization", "organisation", "organizations", "organisations", "company", "companies", "adopter"}
    | {"adopters", "user", "users", "vendor", "vendors", "member", "members", "feature", "features"}
    | {"capability", "capabilities", "integration", "integrations", "product", "products", "tool", "tools"}
    | {"name", "project", "projects", "component", "components", "dependency", "module", "package"}
)


def _clauses(text: str) -> Iterator[str]:
    """The sentences of a text, each cut where a clause with a subject of its own starts ("We have
    on-boarded maintainers, and we host weekly community meetings"; "…; we run …")."""
    for sentence in split_sentences(text):
        yield from (clause for clause in _CLAUSE_START.split(sentence) if clause.strip())


_CLAUSE_START = LazyPattern(
    r";\s+|,\s+but\s+|,\s+(?:and|while|so)\s+(?=(?:we|our|it|its|they|the\s+project)\b)", re.IGNORECASE
)


def _source(document: Document, block: Block) -> list[str]:
    """The block's source lines (none for a document of paragraphs)."""
    if document.unit is not Unit.LINE:
        return []
    return list(document.source_lines[block.line - 1 : block.end_line])


def _word_line(document: Document, block: Block, text: str, at: int, word: str) -> int:
    """The line of the block holding the word found at ``at`` of its text: the line where the
    source (link addresses left out) reaches as many of the word's occurrences."""
    lines = _source(document, block)
    if not lines:
        return block.line
    wanted = text[:at].lower().count(word.lower()) + 1
    seen = 0
    for offset, line in enumerate(lines):
        seen += _ADDRESS.sub("", line).lower().count(word.lower())
        if seen >= wanted:
            return block.line + offset
    return block.line


# A link's address in the source: "](https://…)" or "<https://…>", whose words are not the text's.
_ADDRESS = LazyPattern(r"\]\([^)]*\)|<https?://[^>]*>")


def _name_words(document: Document) -> frozenset[str]:
    """The project's name as its title gives it, lower case ("**Kelpie Graduation Proposal**")."""
    title = title_block(document)
    if title is None:
        return frozenset()
    words = (word.lower() for word in title.text.replace("*", " ").split() if word[:1].isupper())
    return frozenset(word.strip(":,.") for word in words) - _TITLE_WORDS
