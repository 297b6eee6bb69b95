"""The checks and services a GTR, governance review or security self-assessment cites as the
project's practice ("CodeQL runs on every pull request", "Renovate keeps dependencies current",
"SBOM generated via Syft in release workflow", "images are signed with cosign") that nothing in it
links: by the names of the ``evidence-services`` vocabulary.

A sentence names a service as the project's practice when it states it: not when it asks
(``text/questions.py``), denies it before the name in its clause ("there is no Dependabot
configuration", "images are not signed (no cosign)"), speaks of a plan, a wish or a possibility
("we plan to enable CodeQL", "could adopt Renovate", "on the roadmap"), or offers a choice ("a
bot such as Dependabot or Renovate"); nor in the template's own text or a list of open items
(``open_items.py``). A service is linked once anything in the document is it: a link whose address
or label holds its name, an address written out, or a path in code (``.github/workflows/codeql.yml``,
which the files it names are read for on their own).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from applint.matching.companions import CompanionReading
from applint.matching.project_links import ProjectLinks
from applint.matching.topic_words import run_places
from applint.model import Block, BlockKind, Document
from applint.templates.topics import EVIDENCE_SERVICES, Topic, vocabulary
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern
from applint.text.questions import statements
from applint.text.splitting import split_sentences

# A word denying what follows it in its clause ("no Dependabot configuration", "not signed (no cosign)").
_DENIED = LazyPattern(r"\b(?:not|no|never|nor|without|lacks?|\w+n['’]t)\b")
# What makes a sentence a plan, a wish, a possibility or a recommendation, not a practice.
_NOT_PRACTICE = LazyPattern(
    r"\b(?:plan(?:s|ned|ning)?|will|would|could|should|might|may|consider(?:s|ed|ing)?|roadmap"
    r"|intends?\s+to|intended\s+to|aim(?:s|ing)?|future|propos(?:e|es|ed)|recommend(?:s|ed|ation)?|evaluat(?:e|es|ing)"
    r"|explor(?:e|es|ing)|toward(?:s)?|want(?:s|ed)?|wish|if|whether|once|adopting|investigat(?:e|es|ing)"
    r"|suggest(?:s|ed)?|encourag(?:e|ed)|need(?:s|ed)?\s+to|to\s+be\s+(?:added|enabled|set\s+up))\b"
)
# A choice offered ("a bot such as Dependabot or Renovate", "a scanner like Clair or Trivy").
_CHOICE = LazyPattern(r"\b(?:such\s+as|like|e\.\s?g\.|for\s+example|for\s+instance|either)\s.*\bor\b")
# What the project's software does with a service, not how the project works: "supports integrating
# with vulnerability scanners (like Trivy)", "verifies OCI artifact signatures using Sigstore Cosign",
# "users can choose tools aside from Trivy", "artifacts can be signed with Cosign", "optional scanner
# (e.g., Trivy)".
_PRODUCT = LazyPattern(
    r"\b(?:supports?|supporting|integrat(?:e|es|ing)\s+with|compatible\s+with|works?\s+with|pluggable"
    r"|users?\s+(?:can|may)|allow(?:s|ing)?\s+(?:users|you|operators)|verif(?:y|ies|ying)|choose|aside\s+from"
    r"|optional|prerequisites?|can\s+(?:be|also))\b"
)
# A command or an instruction to the reader ("cosign download sbom $IMAGE", "Run golangci-lint before
# a commit"): no claim of what the project does.
_COMMAND = LazyPattern(
    r"\$[a-z{(]|\s--[a-z]|^(?:run|use|install|enable|add|configure|set\s+up|create|download|execute)\b"
)
# The vocabulary's record rather than check, and what says it was done ("completed", "performed by
# Cure53", "in 2024", "(2023)"; "undergoes third-party security audits").
AUDIT = "security audit"
_DONE = LazyPattern(
    r"\b(?:complet(?:ed|e)|conducted|performed|underwent|undergone|undergoes|carried\s+out|passed|commissioned"
    r"|finished|concluded|received)\b|\b(?:in|on|during)\s+(?:[a-z]+\s+)?20\d\d\b|\(20\d\d\)"
)
_MARKDOWN_LINK = LazyPattern(r"\[([^\]]+)\]\(")
# Where the sentence says the service shows ("badged in the README", "its badge is shown on the
# website"): the reader is told where to find it.
_SHOWN_ELSEWHERE = LazyPattern(
    r"\b(?:badged|badges?\s+(?:is\s+|are\s+)?(?:shown|displayed|present)|(?:linked|shown|displayed)\s+(?:from|in|on))\b"
    r".*\b(?:readme|website|home\s?page)\b"
)
# A link to the repository's workflows folder or its Actions page: where the checks it runs are.
_WORKFLOWS = LazyPattern(r"github\.com/[^/\s]+/[^/\s]+/(?:tree/[^/\s]+/\.github/workflows/?$|actions/?$)")
_URL = LazyPattern(r"https?://[^\s)<>\"'\]|]+")
_CODE = LazyPattern(r"`([^`]+)`")
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
# A heading or label saying what follows is not done yet ("Future State", "Planned Enhancements",
# "Roadmap", "Next steps"); not "Planning Phase" or "Vulnerability Management Plans" (a phase, a plan in place).
_PLANNED_HEADING = LazyPattern(
    r"\b(?:future|planned|upcoming|roadmap|next\s+steps|not\s+yet|to\s+do|todo|wish(?:list)?|in\s+progress)\b"
)
# A paragraph that is only a bold label, standing as a heading ("**Planned Enhancements:**").
_BOLD_LABEL = LazyPattern(r"^\s*\*\*[^*]{1,60}\*\*:?\s*$")


def services_named_unlinked(
    document: Document, reading: CompanionReading, links: ProjectLinks
) -> list[tuple[list[str], int, list[int]]]:
    """The services the document cites as its practice and nothing in it links, grouped by the
    place first naming them (one paragraph, or one list's items): (their names, in the vocabulary's
    order, the first line naming any, the later lines naming any), in the document's order."""
    topics = vocabulary(EVIDENCE_SERVICES).topics
    hints = tuple({run[0].rstrip("-") for topic in topics for run in topic.runs})
    skipped: frozenset[int] | None = None
    shown: set[str] = set()  # services a sentence says where they show ("badged in the README")
    named: dict[str, tuple[int, list[int]]] = {}  # service -> (place of its first mention, lines)
    for index, block in enumerate(document.blocks):
        if block.kind not in _PROSE or not any(hint in block.text.lower() for hint in hints):
            continue
        if skipped is None:
            skipped = _skipped_blocks(document, reading)
        if index in skipped:
            continue
        labels: list[str] | None = None  # the block's links' labels, worked out on first need
        for topic, words, elsewhere, sentence in _practices(block, topics):
            if labels is None:
                labels = _link_labels(block, document.source_lines)
            if elsewhere or _linked_beside(document, index, sentence, labels):
                shown.add(topic.name)
                continue
            line = _line_of(block, words, document.source_lines)
            if topic.name in named:
                if line not in named[topic.name][1]:
                    named[topic.name][1].append(line)
            else:
                named[topic.name] = (_place(document, index), [line])
    if not named:
        return []
    present = _services_present(document, links, topics) | shown
    by_place: dict[tuple[int, bool], list[str]] = {}  # (place, an audit): an audit is told on its own
    for topic in topics:
        if topic.name in named and topic.name not in present:
            by_place.setdefault((named[topic.name][0], topic.name == AUDIT), []).append(topic.name)
    found = []
    for names in by_place.values():
        lines = sorted({line for name in names for line in named[name][1]})
        first = min(named[name][1][0] for name in names)
        found.append((names, first, [line for line in lines if line != first]))
    return sorted(found, key=lambda item: item[1])


def _practices(block: Block, topics: Sequence[Topic]) -> Iterator[tuple[Topic, str, bool, str]]:
    """(service, the word naming it as written in lower case, whether the sentence says where it
    shows, the sentence) for each service a sentence of the block states as the project's practice."""
    text = block.text.replace("\n", " ")
    for sentence in split_sentences(text):
        for _, stated in statements(sentence.lower()):
            if any(pattern.search(stated) for pattern in (_NOT_PRACTICE, _CHOICE, _PRODUCT, _COMMAND)):
                continue
            for topic in topics:
                at = _named_at(topic, stated)
                if at is None:
                    continue
                clause = stated[: at[0]]
                clause = clause[
                    max(clause.rfind(";"), clause.rfind(":"), clause.rfind(","), clause.rfind(".")) + 1 :
                ]
                if topic.name == AUDIT and not _DONE.search(stated):
                    continue  # an audit is a record once done: "audits are welcome" claims none
                if not _DENIED.search(clause):
                    yield topic, at[1], _SHOWN_ELSEWHERE.search(stated) is not None, stated


def _link_labels(block: Block, source_lines: Sequence[str]) -> list[str]:
    """The labels of the Markdown links in the block's source, in lower case."""
    source = " ".join(source_lines[block.line - 1 : block.end_line])
    return [label.lower() for label in _MARKDOWN_LINK.findall(source)] if "](" in source else []


def _linked_beside(document: Document, index: int, sentence: str, labels: Sequence[str]) -> bool:
    """True when a link stands beside the mention: in its sentence (an address, or a link's label),
    anywhere in its list item ("CodeQL is enabled. Maintainers see the results in <https://…>"), or in
    the item nested right under it (the page that documents it, given on a line of its own)."""
    block = document.blocks[index]
    if "http" in sentence or any(label and label in sentence for label in labels):
        return True
    if block.kind is not BlockKind.LIST_ITEM:
        return False
    if block.links:
        return True
    following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
    return (
        following is not None
        and following.kind is BlockKind.LIST_ITEM
        and following.level > block.level
        and bool(following.links)
    )


def _named_at(topic: Topic, sentence: str) -> tuple[int, str] | None:
    """(offset, first word) of the topic's first run in a lower-case sentence, if it names it."""
    words = normalize(sentence).split()
    places = run_places(topic.runs, words, topic.plurals)
    if not places:
        return None
    word = words[places[0][0]]
    offset = sentence.find(word)
    return (max(offset, 0), word)


def _line_of(block: Block, word: str, source_lines: Sequence[str]) -> int:
    """The first source line of the block holding the word (else its first line)."""
    for number in range(block.line, min(block.end_line, len(source_lines)) + 1):
        if word in source_lines[number - 1].lower():
            return number
    return block.line


def _place(document: Document, index: int) -> int:
    """Where a block stands for grouping: a list item, its list's first item (the run of list items
    it belongs to); any other block, itself."""
    if document.blocks[index].kind is not BlockKind.LIST_ITEM:
        return index
    while index > 0 and document.blocks[index - 1].kind is BlockKind.LIST_ITEM:
        index -= 1
    return index


def _services_present(document: Document, links: ProjectLinks, topics: Sequence[Topic]) -> frozenset[str]:
    """The services some link, address written out or path in code of the document is."""
    if any(_WORKFLOWS.search(link.url) for link in links.links):
        return frozenset(topic.name for topic in topics)  # the workflows the checks run in, linked
    texts = [f"{link.url} {link.label}" for link in links.links]
    for line in document.source_lines:
        if "http" in line:
            texts.extend(_URL.findall(line))
        if "`" in line:
            texts.extend(_CODE.findall(line))
    found: set[str] = set()
    for text in texts:
        words = normalize(text).split()
        found.update(topic.name for topic in topics if run_places(topic.runs, words, topic.plurals))
    for link in links.links:  # a report by its address, label or line ("| Cure53 Audit | [Report](…) |")
        seen = f"{link.url} {link.label} {document.source_lines[link.line - 1]}".lower()
        found.update(topic.name for topic in topics if any(written in seen for written in topic.written))
    return frozenset(found)


def _skipped_blocks(document: Document, reading: CompanionReading) -> frozenset[int]:
    """The template's own text (its outline kept as guidance) and the blocks listing open items."""
    from applint.matching.open_items import open_item_blocks

    found = {block for section in reading.sections for block, _, _ in section.guidance}
    found.update(reading.loose_guidance)
    return frozenset(found) | open_item_blocks(document) | _planned_blocks(document)


def _planned_blocks(document: Document) -> frozenset[int]:
    """The blocks under a heading, or a bold label standing as one ("**Planned Enhancements:**"), that
    says what follows is planned or wished for ("### Future State", "Roadmap", "Next steps"): what they
    name is no practice of the project yet."""
    found: set[int] = set()
    headings: list[tuple[int, bool]] = []  # (level, planned) of the headings the block is under
    label_planned = False  # under a bold label saying the items after it are planned
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING:
            while headings and headings[-1][0] >= block.level:
                headings.pop()
            headings.append((block.level, _PLANNED_HEADING.search(block.text.lower()) is not None))
            label_planned = False
            continue
        if block.kind is BlockKind.PARAGRAPH and _BOLD_LABEL.match(document.source_lines[block.line - 1]):
            label_planned = _PLANNED_HEADING.search(block.text.lower()) is not None
            continue
        if label_planned or any(planned for _, planned in headings):
            found.add(index)
    return frozenset(found)
