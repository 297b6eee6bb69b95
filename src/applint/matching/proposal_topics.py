"""What a free-form application covers of the v1.6 template, topic by topic, under its own headings.

A proposal written before the templates (or beside them) answers many of the template's criteria
groups under headings of its own ("Project Governance", "Community Stats", "Adopters") or only in
its text, and leaves others out entirely. An applicant asked to re-file on the template needs both
lists: what to move under which of the template's sections, and what to write anew. Each topic is
a criteria group of the template's sections, told by the words authors use for it (the
``proposal-topics`` topic vocabulary, read by ``topic_words``); a heading naming a topic places it
there, else the first block of text naming it. A topic whose words a narrower one's hold
("governance" in "Governance Review") yields to it where a block names both.
"""

from __future__ import annotations

from applint.matching.topic_words import speaks_of_topic
from applint.model import BlockKind, Document
from applint.templates.topics import PROPOSAL_TOPICS, vocabulary
from applint.templates.topics import Topic as Topic  # the rules name a topic and its section
from applint.text.normalize import normalize


class TopicPlace:
    """Where a document covers a topic: the line, and the heading's words when a heading names it."""

    __slots__ = ("heading", "line", "topic")

    def __init__(self, topic: Topic, line: int, heading: str | None) -> None:
        self.topic = topic
        self.line = line
        self.heading = heading


def topic_coverage(document: Document, level: str) -> tuple[list[TopicPlace], list[Topic]]:
    """The template's topics for ``level`` the document covers (in the template's order, each at
    the heading naming it, else its first mention) and those it names nowhere."""
    topics = [
        topic for topic in vocabulary(PROPOSAL_TOPICS).topics if not topic.levels or level in topic.levels
    ]
    in_headings: dict[str, TopicPlace] = {}
    in_text: dict[str, TopicPlace] = {}
    for block in document.blocks:
        if block.kind in (BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.CODE):
            continue
        words = normalize(block.text).split()
        if not words:
            continue
        heading = block.kind is BlockKind.HEADING
        found = in_headings if heading else in_text
        named = {topic.name for topic in topics if speaks_of_topic(topic, words)}
        for topic in topics:
            if topic.name not in named or topic.name in found or topic.name in in_headings:
                continue
            if named.intersection(topic.yields_to):
                continue
            found[topic.name] = TopicPlace(topic, block.line, block.text.strip() if heading else None)
    covered = [
        in_headings.get(topic.name) or in_text[topic.name]
        for topic in topics
        if _covered(topic, in_headings, in_text)
    ]
    missing = [topic for topic in topics if not _covered(topic, in_headings, in_text)]
    return covered, missing


def _covered(topic: Topic, *places: dict[str, TopicPlace]) -> bool:
    return any(topic.name in found for found in places)
