"""Whether a sentence of a free-form proposal is about a topic it names, or names it in passing.

A proposal's text names the template's topics everywhere: "secure communication between
services" is a feature, "healthcare data architecture" what an adopter builds, "on behalf of the
maintainers team" a signature. A reader counts a sentence as covering a topic only where the topic
is what the sentence speaks of:

- a label: the topic's word opens the sentence before a colon, with a value that states a fact (a
  count, an address, a channel, a handle, a schedule, a list: "Community Slack: 315+ members",
  "Maintainers: 20 from 5 organisations", "Community meeting: biweekly on Tuesdays"); a table's row
  is read so, its first cell the label ("| Slack | #kelpie on the CNCF Slack |"); a word the
  vocabulary counts only as the topic's name (``as_label``: "Neutrality") counts only here;
- a linked record: the word is in a link's text or names the file it opens ("[Roadmap](…)",
  "… published in [GOVERNANCE.md](…)", "see [the list](https://kelpie.io/integrations)"), a bare
  address's included ("see https://kelpie.io/integrations");
- its subject: the word opens the sentence, or follows the project's own determiner ("the", "its",
  "our", the project's name) among its first words ("Our roadmap is reviewed …", "Kelpie's
  governance is …"), never after "a" ("a highly-available architecture" describes the software);
- the project keeping it: the project (we, the project, its name) holds, runs, maintains, publishes
  … the thing ("We hold a weekly community meeting");
- the project doing it with things it names: the project, the subject, then the topic's word and
  "with" a name ("Kube-OVN has deeply integrated with Kubernetes, Prometheus and Cilium").

A sentence about the topic that says it is not done ("the audit is in progress", "we plan to
publish a roadmap") is no coverage: the reader is told so.
"""

from __future__ import annotations

import re
from typing import Final

from applint.matching.topic_words import run_places
from applint.templates.topics import Topic
from applint.text.checkable import place_mark
from applint.text.patterns import LazyPattern
from applint.text.status import find_not_done

# A word of a sentence, with its case kept (a capital tells the project's name), a colon or a comma.
_TOKEN = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9'’\-]*|[:,]")
# A Markdown link in the source: its text and its address; or an address written bare.
_LINK = LazyPattern(r"\[([^\]\n]*)\]\(([^)\s]*)[^)]*\)|<?(https?://[^\s)\]>]+)")
# The words before a topic's word that make it the project's own: determiners and possessives.
_OWN: Final = frozenset({"the", "its", "our", "their", "this", "project's", "project’s", "projects"})
# An opening preposition: the phrase up to its comma is no subject ("On behalf of the maintainers, …").
_PREPOSITIONS: Final = frozenset(
    {"on", "in", "at", "for", "with", "from", "by", "according", "since", "after", "before", "during"}
    | {"through", "to", "as", "like", "of", "besides", "beyond", "unlike", "within", "across", "among"}
)
# The project as a sentence's subject (besides its own name).
_PROJECT_SUBJECTS: Final = frozenset(
    {"we", "we've", "we’ve", "we're", "we’re", "it", "the project", "our project"}
)
# What the project does with a record of its own: the verb between it and the topic's word.
_KEEPING = LazyPattern(
    r"^(?:has|have|had|hold|holds|held|run|runs|ran|maintain|maintains|maintained|publish|publishes|"
    r"published|host|hosts|hosted|document|documents|documented|keep|keeps|kept|follow|follows|followed|"
    r"adopted|established|created|completed|passed|received|introduced|wrote|added|defined|released|"
    r"releases|offer|offers|offered|use|uses|used|set)$"
)
# Where the project's verb stops governing the words after it ("that", "which", "to build").
_CLAUSE_END: Final = frozenset({"that", "which", "who", "to", "so", "because", "while", "where", "when"})
# How far into a sentence its subject reaches, and how far the project's verb reaches past itself.
SUBJECT_WORDS: Final = 4
KEPT_WORDS: Final = 8
# The most words between the project's determiner and the topic's word ("The third-party security audit").
MODIFIERS: Final = 2
# A label is short: this many words at most before its colon; a value of this many commas is a list.
LABEL_WORDS: Final = 6
LIST_COMMAS: Final = 2
# How far before the topic's word a statement of intent governs it ("we plan to publish a roadmap").
INTENT_WORDS: Final = 6
# The CNCF's own bodies: their meeting, review or channel is not the project's.
_CNCF_BODIES: Final = frozenset({"toc", "tag", "sig"})
# What may follow a topic's word that heads its phrase: punctuation, verbs' auxiliaries,
# prepositions and conjunctions; or a noun for its record ("roadmap document", "meeting notes").
_CLOSED: Final = frozenset(
    {":", ",", "and", "or", "is", "are", "was", "were", "has", "have", "had", "can", "will", "may", "must"}
    | {"for", "of", "in", "on", "at", "to", "with", "from", "by", "as", "that", "which", "since", "every"}
    | {"happen", "happens", "happened", "include", "includes", "cover", "covers", "follow", "follows"}
)
_RECORDS: Final = frozenset(
    {"page", "document", "documents", "documentation", "file", "process", "policy", "list", "channel"}
    | {"channels", "notes", "report", "calendar", "schedule", "workspace", "instance", "cadence", "md"}
)
# Statements of intent: the work named is still to come ("we plan to", "will be published").
_INTENT = LazyPattern(
    r"\b(?:plan(?:s|ning)? to|intend(?:s|ing)? to|(?:are|is|am) working (?:on|towards?)|will (?:be )?\w+|"
    r"upcoming|(?:is|are) planned|aim(?:s|ing)? to)\b",
    re.IGNORECASE,
)


class SentenceTopic:
    """How a sentence names a topic: the word as written, and the phrase saying it is not done."""

    __slots__ = ("linked", "unfinished", "word")

    def __init__(self, word: str, unfinished: str, linked: bool = False) -> None:
        self.word: Final = word  # the topic's word as the sentence writes it
        self.unfinished: Final = unfinished  # "in progress", "plan to", … or ""
        # named only by a link's text or the file it opens ("… and [security processes](…/SECURITY.md)")
        self.linked: Final = linked


def about_topic(
    sentence: str, topic: Topic, name_words: frozenset[str], links: tuple[tuple[str, str], ...] = ()
) -> SentenceTopic | None:
    """Whether ``sentence`` is about ``topic`` (a topic of a vocabulary, its runs found among the
    sentence's words by ``topic_words.run_places``; see the module's docstring), with
    the word it names it by; None when it names the topic only in passing or not at all.
    ``name_words``: the project's name, lower case; ``links``: the (text, address) of the links of
    the sentence's block."""
    tokens = [token.group(0) for token in _TOKEN.finditer(sentence)]
    lower = [token.lower() for token in tokens]
    for index, length in run_places(topic.runs, lower, topic.plurals):
        if _is_about(tokens, lower, index, length, name_words, sentence, links):
            word = " ".join(tokens[index : index + length])
            linked = bool(links) and not _is_about(tokens, lower, index, length, name_words, sentence, ())
            return SentenceTopic(word, unfinished_phrase(sentence, index, lower), linked)
    for index, length in run_places(topic.as_label, lower, topic.plurals):
        if index >= _subject_start(lower) and _label(lower, index, length, sentence, links):
            word = " ".join(tokens[index : index + length])
            return SentenceTopic(word, unfinished_phrase(sentence, index, lower))
    for text, address in links:
        if text.strip() and text.strip().lower() in sentence.lower() and _names_file(topic, address):
            return SentenceTopic(text.strip(), unfinished_phrase(sentence), linked=True)
    return None


def _names_file(topic: Topic, address: str) -> bool:
    """Whether the page or file a link opens is named for the topic: its name is one of the topic's
    runs and at most one word more ("…/integrations", "ROADMAP.md", "governance-charter.md"), not
    a post's title that uses the word ("…/enabling-authenticated-communication-for-serverless")."""
    words = page_words(address)
    return any(
        len(words) <= length + PAGE_EXTRA_WORDS for _, length in run_places(topic.runs, words, topic.plurals)
    )


def page_words(address: str) -> list[str]:
    """The words of the name of the page or file an address opens, its extension left out
    ("…/docs/integrations.html": ["integrations"]); none for a host alone."""
    path = address.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    if "/" not in path:
        return []
    name = path.rsplit("/", 1)[-1].lower()
    stem, dot, extension = name.rpartition(".")
    if dot and stem and extension.isalpha() and len(extension) <= EXTENSION_CHARS:
        name = stem
    return _PATH_WORDS.findall(name)


_PATH_WORDS = LazyPattern(r"[a-z0-9]+")
# A page named for a topic: its run and at most this many words more; a file's extension is at
# most this long ("md", "html", "pdf").
PAGE_EXTRA_WORDS: Final = 1
EXTENSION_CHARS: Final = 4


def unfinished_phrase(sentence: str, index: int | None = None, lower: list[str] | None = None) -> str:
    """The phrase of a sentence saying its work is not done ("the audit is in progress"), or, before
    the topic's word at ``index`` of its words, that it is still to come ("we plan to publish a
    roadmap"; "the roadmap: what we plan to do" plans the work, not the roadmap); or ""."""
    found = find_not_done(sentence)
    if found:
        return found[0][1]
    if index is None or lower is None:
        return ""
    intent = _INTENT.search(" ".join(lower[max(0, index - INTENT_WORDS) : index]))
    return intent.group(0) if intent else ""


def _is_about(
    tokens: list[str],
    lower: list[str],
    index: int,
    length: int,
    name_words: frozenset[str],
    sentence: str,
    links: tuple[tuple[str, str], ...],
) -> bool:
    start = _subject_start(lower)
    if index < start or _CNCF_BODIES.intersection(lower[max(0, index - 2) : index]):
        return False  # an opening phrase's word, or the TOC's meeting, a TAG's review: not the project's
    key = " ".join(lower[index : index + length])
    if _linked(key, sentence, links) or _label(lower, index, length, sentence, links):
        return True
    after = lower[index + length] if index + length < len(lower) else ""
    head = not after or after in _CLOSED or after in _RECORDS or after.endswith("ed")
    before = lower[start:index]
    if not before:
        return head  # it opens the sentence: "Releases have happened …", not "Audit logging"
    if head and index - start <= SUBJECT_WORDS:
        if _owned(before, tokens[start:index], name_words):
            return True
        if before[0] in ("a", "an") and _stated(lower[index + length :]):
            return True  # "A third-party security audit funded by the CNCF was performed …"
    return _kept_by_project(lower, start, index, name_words) or _done_with_named(
        tokens, lower, start, index, length, name_words
    )


def _stated(rest: list[str]) -> bool:
    """Whether the words after a subject opening with "a" give it a verb of its own ("… was
    performed", "… has been published"), before a relative clause or a comma: "A highly-available
    architecture that benefits from …" describes the software."""
    for word in rest[:KEPT_WORDS]:
        if word in _STATING:
            return True
        if word in ("that", "which", ",", "who"):
            return False
    return False


_STATING: Final = frozenset({"was", "were", "is", "are", "has", "have", "had"})


def _owned(before: list[str], written: list[str], name_words: frozenset[str]) -> bool:
    """Whether the words before the topic's make it the project's: its determiners, name or a count
    ("12 releases", "8 Maintainers"), then
    at most two words ("Our public roadmap", "The third-party security audit", "Kelpie's
    governance"), never "a" ("a highly-available architecture") nor a verb before the determiner
    ("Dapr codifies the best practices")."""
    owning = [
        word in _OWN or word in name_words or word[:1].isdigit() or written[i].endswith(("'s", "’s"))
        for i, word in enumerate(before)
    ]
    first_other = owning.index(False) if False in owning else len(owning)
    modifiers = before[first_other:]
    if first_other == 0 or any(owning[first_other:]) or len(modifiers) > MODIFIERS:
        return False
    if modifiers and all(word in name_words for word in before[:first_other]):
        return False  # "Linkerd adds critical security": after the bare name, a verb
    return not any(_verb_like(word) for word in modifiers)  # "The project welcomes contributions"


def _verb_like(word: str) -> bool:
    """A word that reads as a verb of the third person ("welcomes", "adds"), never an adjective."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _label(
    lower: list[str], index: int, length: int, sentence: str, links: tuple[tuple[str, str], ...]
) -> bool:
    """Whether the topic's word is in a short label before a colon with a value that states a fact
    (a count, a link, a list, or nothing: the list under it): "Community Slack: 315+", "Adopters:
    Adobe, Alibaba, …"; "Simplified Device Communication: Easy communication between …" is a feature."""
    if ":" not in lower or lower.index(":") > LABEL_WORDS + length or lower.index(":") < index + length:
        return False
    value = lower[lower.index(":") + 1 :]
    if not value or value.count(",") >= LIST_COMMAS or any(word[:1].isdigit() for word in value):
        return True
    if _CADENCE.intersection(value):
        return True  # "Community meeting: biweekly on Tuesdays"
    rest = sentence.split(":", 1)[1]
    if any(text.strip() and text.strip().lower() in rest.lower() for text, _ in links):
        return True
    return place_mark(rest, frozenset()) is not None  # an address, "#kelpie", "@kelpie-maintainers"


# Words saying how often a thing happens: a label's value giving one states a fact.
_CADENCE: Final = frozenset(
    {"daily", "weekly", "biweekly", "bi-weekly", "fortnightly", "monthly", "bimonthly", "bi-monthly"}
    | {"quarterly", "yearly", "annually"}
)


def _linked(key: str, sentence: str, links: tuple[tuple[str, str], ...]) -> bool:
    """Whether a link of the sentence holds the topic's word in its text or its file's name."""
    lowered = sentence.lower()
    for text, address in links:
        text = text.strip().lower()
        if not text or text not in lowered:
            continue
        if text == address.lower():  # a bare address: the page it opens is named for the topic
            if _page_named(key.split(), page_words(address)):
                return True
            continue
        file_name = address.rstrip("/").rsplit("/", 1)[-1].lower()
        if key in text or key.replace(" ", "") in file_name.replace("-", "").replace("_", ""):
            return True
    return False


def _page_named(key: list[str], page: list[str]) -> bool:
    """Whether a page's name is the topic's words, with at most one word more before or after."""
    size = len(key)
    return len(page) <= size + PAGE_EXTRA_WORDS and key in (page[:size], page[-size:])


def _subject_start(lower: list[str]) -> int:
    """Where the sentence's own words start: after an opening prepositional phrase and its comma
    (none when the phrase has no comma: then the sentence has no subject to read)."""
    if lower and lower[0] in _PREPOSITIONS:
        return lower.index(",") + 1 if "," in lower else len(lower)
    return 0


# Words between the project and its verb: adverbs, the auxiliary of a perfect tense, and an intent
# ("We plan to publish an architecture overview": a record still to come, said as such).
_BETWEEN_VERB: Final = frozenset(
    {"also", "now", "regularly", "already", "still", "successfully", "recently", "actively"}
    | {"have", "has", "had", "plan", "plans", "planning", "to", "will", "intend", "intends", "aim", "aims"}
)


def _kept_by_project(lower: list[str], start: int, index: int, name_words: frozenset[str]) -> bool:
    """Whether the project is the subject and keeps the thing: "We hold a weekly community meeting"."""
    subject = _project_subject(lower, start, name_words)
    if not subject:
        return False
    verb = start + subject
    while verb + 1 < index and lower[verb] in _BETWEEN_VERB and _is_verb_or_adverb(lower[verb + 1]):
        verb += 1
    if verb >= index or not _KEEPING.match(lower[verb]):
        return False
    if lower[verb] in _PERFECT and verb + 1 < index and not _holds(lower[verb + 1]):
        return False  # "has built a community of adopters": the verb is another, not "has"
    between = lower[verb + 1 : index]
    return len(between) < KEPT_WORDS and not _CLAUSE_END.intersection(between) and "," not in between


def _project_subject(lower: list[str], start: int, name_words: frozenset[str]) -> int:
    """How many words at ``start`` are the project as the sentence's subject ("we", "the project",
    its name), or 0."""
    return next(
        (
            size
            for size in (2, 1)
            if " ".join(lower[start : start + size]) in _PROJECT_SUBJECTS
            or (size == 1 and start < len(lower) and lower[start] in name_words)
        ),
        0,
    )


def _done_with_named(
    tokens: list[str], lower: list[str], start: int, index: int, length: int, name_words: frozenset[str]
) -> bool:
    """Whether the project, the sentence's subject, does the topic's work with things it names:
    "Kube-OVN is a CNI implementation and has deeply integrated with Kubernetes, Prometheus and
    Cilium", "We integrate with Argo CD" (the topic's word then "with" and a name written with a
    capital), within the project's own clause ("…, which integrates with" is another subject's)."""
    subject = _project_subject(lower, start, name_words)
    after = index + length
    if not subject or after + 1 >= len(lower) or lower[after] != "with":
        return False
    named = tokens[after + 1] if lower[after + 1] not in _OWN else tokens[min(after + 2, len(tokens) - 1)]
    if not named[:1].isupper():
        return False
    between = lower[start + subject : index]
    return len(between) < KEPT_WORDS and not _CLAUSE_END.intersection(between) and "," not in between


_PERFECT: Final = frozenset({"have", "has", "had"})
# What "has" keeps: "has a roadmap", "has 8 maintainers", "has regular releases"; else "has" is
# the auxiliary of another verb ("has grown", "has built").
_HELD: Final = frozenset(
    {"a", "an", "the", "our", "its", "their", "this", "these", "many", "several", "multiple", "over", "more"}
    | {"regular", "weekly", "monthly", "public", "open", "annual", "quarterly", "bi-weekly", "some"}
)


def _holds(word: str) -> bool:
    return word in _HELD or word[:1].isdigit()


def _is_verb_or_adverb(word: str) -> bool:
    return word in _BETWEEN_VERB or bool(_KEEPING.match(word))


def links_of(source: str, bare: bool = False) -> tuple[tuple[str, str], ...]:
    """The (text, address) of each Markdown link in a block's source; with ``bare``, an address
    written bare too, as its own text."""
    return tuple(
        (found.group(1), found.group(2)) if found.group(3) is None else (found.group(3), found.group(3))
        for found in _LINK.finditer(source)
        if bare or found.group(3) is None
    )
