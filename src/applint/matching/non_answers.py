"""Answers of a companion document that answer nothing: a bare "N/A" where the template asks for
a brief explanation with it, and the self-assessment link question answered with something that
is no self-assessment (an audit report, another document); an answer that only points back
("See the previous response.") to an answer that says nothing of what this question asks; and in
a governance review, the
reviewers' questions to the project left in the finished text ("can Cilium explain the reason for
this rule?").

Read from the answer's words and links alone, gated on cheap tests: a bare "N/A" is an answer of
at most a few characters; the self-assessment question is the one template question naming a
self-assessment and asking for a link.
"""

from __future__ import annotations

from collections.abc import Sequence

from applint.matching.progress import locate
from applint.model import Block, BlockKind, Document
from applint.templates.companions import CompanionTemplate, Item
from applint.text.normalize import content_words, normalize
from applint.text.precompiled import cached_pattern
from applint.text.splitting import split_after_marks

# What a bare "not applicable" answer normalises to ("N/A", "n/a.", "NA", "Not applicable.", "Not
# relevant.", and the slip "No relevant.").
_BARE_NOT_APPLICABLE = frozenset(
    {
        "n a",
        "na",
        "not applicable",
        "n a n a",
        "not relevant",
        "no relevant",
        "irrelevant",
        "not relevant here",
    }
)
# "None" says there is nothing of what a question asks "any" of ("Describe any compliance
# requirements …": none), so it answers that question; to any other it is a bare N/A.
_NONE = "none"
# An answer longer than this (as written) holds more than a bare "N/A".
_BARE_LENGTH = 20
# The most words a bare answer is written in ("n a n a", "not relevant here").
_BARE_WORDS = 3


def is_bare_not_applicable(answer: Sequence[Block], question: str = "") -> bool:
    """Whether an answer is only "N/A" (or "Not applicable", "Not relevant"; "None" to a question
    that asks no "any"), with no reason given."""
    if len(answer) != 1 or len(answer[0].text) > _BARE_LENGTH:
        return False
    return _bare(normalize(answer[0].text), question)


def bare_inline_answer(block: Block, question: str) -> str:
    """The answer written after a question in its own paragraph ("**Describe any compliance …**
    N/A", the answer on the next line of the question's paragraph) when it is only a bare "N/A",
    as written; else ""."""
    norm = normalize(block.text)
    asked = normalize(question)
    at = norm.find(asked) if asked else -1
    if at < 0:
        return ""
    added = norm[at + len(asked) :].strip()
    if not added or len(added.split()) > _BARE_WORDS or not _bare(added, question):
        return ""
    words = block.text.split()
    for count in range(1, _BARE_WORDS + 1):
        written = " ".join(words[-count:])
        if normalize(written) == added:
            return written.strip("*_ ")
    return added


def _bare(norm: str, question: str) -> bool:
    """Whether a normalised answer is a bare N/A to the question."""
    if norm == _NONE:
        return bool(question) and "any" not in normalize(question).split()
    return norm in _BARE_NOT_APPLICABLE


def reason_asked(template: CompanionTemplate) -> str:
    """The template's sentence asking that a question that does not apply be marked N/A with an
    explanation ("mark it as not-applicable (N/A) and provide a brief explanation"), or ""
    when the template asks for no reason."""
    for item in template.items:
        if item.role not in ("guidance", "boilerplate") or "N/A" not in item.text:
            continue
        for sentence in item.text.split(". "):
            lower = sentence.lower()
            if "n/a" in lower and ("explanation" in lower or "reason" in lower):
                start = lower.find("mark ")  # the ask itself, not the clause leading to it
                return sentence[max(start, 0) :].strip().rstrip(".")
    return ""


def asks_for_self_assessment(item: Item) -> bool:
    """Whether a template question asks for a link to the project's security self-assessment."""
    text = normalize(item.text)
    return item.role == "question" and "link" in text.split() and "self assessment" in text


def names_self_assessment(answer: Sequence[Block]) -> bool:
    """Whether an answer names or links an assessment of the project (its words or a link's
    address: "self-assessment", "SECURITY_SELF_ASSESSMENT.md", "security-self-assesment.md",
    "Security Assessment"), or says there is none yet: either way it answers the question."""
    for block in answer:
        lower = block.text.lower()
        if "assess" in lower or any("assess" in link.lower() for link in block.links):
            return True
    return False


def names_other_document(answer: Sequence[Block]) -> bool:
    """Whether an answer gives something in place of a self-assessment: a link, or an audit or
    penetration test named."""
    for block in answer:
        if block.links:
            return True
        lower = block.text.lower()
        if "audit" in lower or "pentest" in lower or "penetration test" in lower or "://" in lower:
            return True
    return False


# An answer that only points back to the answer before it ("See the previous response.", "Same as
# above.", "As stated above."), as normalised.
_REFERS_BACK = (
    r"^(?:please )?(?:see|refer to|same as|as|as stated|as described|as mentioned|as noted|covered)?"
    r" ?(?:in )?(?:the )?(?:above|previous (?:response|answer|question|section)|prior (?:response|answer)"
    r"|preceding (?:response|answer)|(?:response|answer) above)$"
)
# An answer longer than this (as written) says more than where its answer is.
_REFERS_BACK_LENGTH = 40
# Words every question asks with, which say nothing of what it asks.
_ASKING = frozenset({"describe", "explain", "outline", "please", "project", "provide", "does", "how", "what"})
# Letters of a word compared (invite/invited, members/membership).
_STEM = 5
# Words of its own a question must ask about for an answer pointing back to be read against them.
_OWN_WORDS = 2
# Words that, early in the answer pointed to, say the project has or does none of it: then
# "as above" says the same of this question.
_NEGATIONS = frozenset({"not", "no", "none", "never", "doesn", "don", "isn", "aren", "t", "cannot"})


def refers_back(answer: Sequence[Block]) -> bool:
    """Whether an answer only points to the answer above it."""
    if len(answer) != 1 or len(answer[0].text) > _REFERS_BACK_LENGTH:
        return False
    return bool(cached_pattern(_REFERS_BACK).match(normalize(answer[0].text)))


def unspoken(question: str, previous: str, answer: Sequence[Block]) -> list[str]:
    """The words of its own a question asks about (those the question before it does not hold)
    that the answer before it, pointed back to, never uses: all but fewer than half of them, or
    none when the question asks nothing of its own or that answer says the project has none of
    it ("… doesn't provide SLOs", so "As above" reads as "none either")."""
    stems = {word[:_STEM] for word in content_words(previous) | _ASKING}
    own = {word[:_STEM]: word for word in sorted(content_words(question)) if word[:_STEM] not in stems}
    if len(own) < _OWN_WORDS or not answer:
        return []
    opening = cached_pattern(r"(?<=[.?!])\s").split(answer[0].text, maxsplit=1)[0]
    if _NEGATIONS & set(normalize(opening).split()):
        return []
    said = {word[:_STEM] for block in answer for word in content_words(block.text)}
    missed = [word for stem, word in own.items() if stem not in said]
    return missed if len(missed) * 2 > len(own) else []


# A question shorter than this (in words) is a rhetorical aside or a label ("Why?"), not one put to the project.
_QUESTION_WORDS = 5
# Words of a review's title that are not the project's name.
_TITLE_WORDS = frozenset({"governance", "review", "of", "for", "the", "project", "cncf", "and"})
# Words that put a question to the reader: the project's maintainers.
_ADDRESSED = frozenset({"you", "your"})


def open_questions(document: Document, template: CompanionTemplate) -> list[tuple[int, int, str]]:
    """The questions a review puts to the project in its own text, each with its block and line: a
    sentence of a paragraph or list item ending in "?" that names the project (a word of the
    review's title) or says "you", neither the template's own guiding questions (kept from its
    comments) nor a web address's query. The review's findings phrased as questions ("who do they
    contact?") are its own voice, not a question put to the project."""
    # Imported here: the DD documents' unanswered-question loads this module, and never needs it.
    from applint.matching.hidden_template import template_text_in

    addressed = _addressed(document)
    found: list[tuple[int, int, str]] = []
    for number, block in enumerate(document.blocks):
        if "?" not in block.text or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        for sentence in split_after_marks(block.text, ".?!:;"):
            sentence = sentence.strip()
            if (
                sentence.endswith("?")
                and len(sentence.split()) >= _QUESTION_WORDS
                and "://" not in sentence
                and addressed & set(normalize(sentence).split())
                and not template_text_in(sentence, template)
            ):
                line, _ = locate(document, block, " ".join(sentence.split()[:3]), set())  # its first words
                found.append((number, line, sentence))
    return found


def _addressed(document: Document) -> frozenset[str]:
    """The words that address the project: its name's words (from the first title) and "you"."""
    title = next((block.text for block in document.blocks if block.kind is BlockKind.HEADING), "")
    name = {word for word in normalize(title).split() if word not in _TITLE_WORDS and not word.isdigit()}
    return _ADDRESSED | name
