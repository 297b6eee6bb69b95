"""What a free-form application covers of the v1.6 template, topic by topic, under its own headings.

A proposal written before the templates (or beside them) answers many of the template's criteria
groups under headings of its own ("Project Governance", "Community Stats", "Adopters") or only in
its text, and leaves others out entirely. An applicant asked to re-file on the template needs both
lists: what to move under which of the template's sections, and what to write anew. Each topic is
a criteria group of the template's sections, told by the words authors use for it; a heading
naming a topic places it there, else the first block of text naming it.
"""

from __future__ import annotations

from typing import Final

from applint.model import BlockKind, Document
from applint.text.normalize import normalize


class Topic:
    """A criteria group of the template: what a reader calls it, the template's section holding
    it, the words that name it (a single word matches words it begins), and the levels whose
    template asks for it."""

    __slots__ = ("levels", "name", "section", "words", "yields_to")

    def __init__(
        self,
        name: str,
        section: str,
        words: tuple[str, ...],
        levels: frozenset[str] = frozenset(),
        yields_to: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.section = section
        self.words = words
        self.levels = levels or frozenset({"incubation", "graduation"})
        # Narrower topics whose words hold this one's: a heading naming one of them ("Third-party
        # security audit", "Governance Review") is not about this one.
        self.yields_to = yields_to


PROCESS: Final = "Application Process Principles"
GOVERNANCE: Final = "Governance and Maintainers"
COMMUNITY: Final = "Contributors and Community"
ENGINEERING: Final = "Engineering Principles"
SECURITY: Final = "Security"
ECOSYSTEM: Final = "Ecosystem"

TOPICS: Final = (
    Topic("the General Technical Review", PROCESS, ("technical review", "gtr")),
    Topic("the Governance Review", PROCESS, ("governance review",)),
    Topic("vendor neutrality", PROCESS, ("vendor neutral", "vendor neutrality")),
    Topic("governance", GOVERNANCE, ("governance",), yields_to=("the Governance Review",)),
    Topic("maintainers", GOVERNANCE, ("maintainer", "committer")),
    Topic("the code of conduct", GOVERNANCE, ("code of conduct", "coc")),
    Topic("contributors", COMMUNITY, ("contributor", "contributing", "contribution")),
    Topic("communication channels", COMMUNITY, ("slack", "mailing list", "communication")),
    Topic("community meetings", COMMUNITY, ("meeting",)),
    Topic("the roadmap", ENGINEERING, ("roadmap",)),
    Topic("the architecture", ENGINEERING, ("architecture",)),
    Topic("releases", ENGINEERING, ("release", "versioning")),
    Topic(
        "reporting security issues",
        SECURITY,
        ("security", "vulnerabilit"),
        yields_to=(
            "the security self-assessment",
            "the OpenSSF Best Practices badge",
            "a third-party security audit",
        ),
    ),
    Topic("the security self-assessment", SECURITY, ("self assessment",)),
    Topic(
        "the OpenSSF Best Practices badge",
        SECURITY,
        ("best practices", "openssf", "cii", "core infrastructure initiative"),
    ),
    Topic("a third-party security audit", SECURITY, ("audit", "security review"), frozenset({"graduation"})),
    Topic("adopters", ECOSYSTEM, ("adopter", "production", "end user")),
    Topic("integrations with other projects", ECOSYSTEM, ("integration", "integrates", "ecosystem")),
)


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
    topics = [topic for topic in TOPICS if level in topic.levels]
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
        named = {topic.name for topic in topics if _names(words, topic)}
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


def _names(words: list[str], topic: Topic) -> bool:
    """Whether the words name the topic: a phrase as written, a single word as a word's start."""
    joined = ""
    for key in topic.words:
        if " " in key:
            joined = joined or f" {' '.join(words)} "
            if f" {key} " in joined:
                return True
        elif any(word.startswith(key) for word in words):
            return True
    return False
