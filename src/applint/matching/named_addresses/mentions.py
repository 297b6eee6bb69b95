"""What each sentence of a self-assessment's block names of the things (``things.py``) its reader
needs an address for, read as a statement: a claim denied names none, a badge denied quiets its
section, a badge planned names none, a question names nothing (``text/questions.py``)."""

from __future__ import annotations

from collections.abc import Iterable

from applint.matching.named_addresses.things import (
    ADVISORIES,
    BADGE,
    BLOG,
    CHAT,
    CONTACTS,
    DENIED_BADGE,
    MAILING_LIST,
    POLICY,
    SLACK,
)
from applint.model import Block
from applint.text.patterns import LazyPattern
from applint.text.questions import statements
from applint.text.splitting import split_sentences

_CHANNEL_WORDS = LazyPattern(
    r"\b(?P<slack>slack)\b"
    r"|\b(?P<list>(?:mailing|e-?mail|google|distributors?|announce(?:ment)?s?)\s+(?:lists?|groups?))\b"
    r"|\b(?P<chat>discord|gitter|irc\s+channel|matrix\s+(?:room|channel))\b"
    r"|\b(?P<blog>blog)\b(?!\s+posts?\b)"
)
_GROUP_THING = {"slack": SLACK, "list": MAILING_LIST, "chat": CHAT, "blog": BLOG}


_BADGE_CLAIM = LazyPattern(
    r"\b(?:best[ -]?practices?|cii|openssf|open\s+ssf)\s+(?:badges?|criteria|badging)\b"
    r"|\b(?:passing|silver|gold)(?:\s+level)?\s+(?:badges?|criteria)\b"
    r"|\bbadges?\s+(?:from|for|of)\s+(?:the\s+)?(?:core\s+infrastructure|cii|openssf|best\s+practices)"
)
# "does not have a badge", "no badge": nothing to link.
_DENIED = LazyPattern(r"\b(?:not|no|never|nor|without|lacks?|doesn['’]t|hasn['’]t|isn['’]t)\b")
_POLICY = LazyPattern(
    r"\b(?:(?:our|its|the\s+project['’]s|[\w-]+['’]s)\s+(?:(?:security|vulnerability|(?:responsible\s+|security\s+|"
    r"vulnerability\s+|coordinated\s+)?disclosure)\s+)?policy"
    r"|(?:responsible\s+|security\s+|vulnerability\s+|coordinated\s+)?disclosure\s+policy)\b"
)
POLICY_CONTEXT = ("vulnerab", "disclos", "report", "security")
# "please refer to the Linkerd Security Advisories", "listed on the security advisories page": a page
# named as where to look ("credited in security advisories" names none).
_ADVISORIES = LazyPattern(
    r"\b(?:refer\s+to|see|visit|check|consult|(?:listed|published|documented|found)\s+(?:in|on|at))\s+"
    r"(?:the\s+|our\s+|its\s+)(?:[\w-]+\s+)?security\s+advisor(?:y\s+page|ies)\b"
)
_CONTACTS = LazyPattern(
    r"\bmaintainers?['’]?s?\s+contact\s+(?:info|information|details)\b"
    r"|\bcontact\s+(?:info|information|details)\s+(?:of|for)\s+(?:the\s+)?maintainers\b"
)


# A badge said to be held ("has achieved … passing badge", "holds the silver badge"), and what makes
# such words a goal or a plan instead ("working toward the passing badge", "we plan to apply").
_HELD = LazyPattern(
    r"\b(?:holds?|held|has|have|achieved|earned|awarded|obtained|received|attained|maintains?|keeps?|displays?"
    r"|passing|silver|gold)\b"
)
_GOAL = LazyPattern(
    r"\b(?:plan(?:s|ned|ning)?|roadmap|working|toward(?:s)?|intend(?:s|ed)?|apply(?:ing)?|pursu(?:e|es|ing)|will"
    r"|aim(?:s|ing)?|goal|progress|future|once|would|could|should|seek(?:s|ing)?|hope|expect(?:s|ed)?)\b|\?|%"
)


# The verbs of a badge won ("has achieved", "holds"): written before the goal words, the goal is a
# further one ("holds the passing badge and is working towards silver").
_EARNED = LazyPattern(r"\b(?:holds?|held|achieved|earned|awarded|obtained|received|attained)\b")
# Progress the badge site measures ("currently 95% complete"): the project's badge page shows it.
_MEASURED = LazyPattern(r"\d\s*%")


def claims_held_badge(text: str) -> bool:
    """True when a text naming the badge says the project holds it ("The project has achieved an
    OpenSSF Best Practices passing badge", "holds the passing badge and is working towards silver"),
    not that it is a goal, a plan or a question ("working toward the passing badge", "we plan to apply
    for it", "is the badge on the roadmap?")."""
    lower = text.lower()
    goal = _GOAL.search(lower)
    if goal is None:
        return _HELD.search(lower) is not None
    if "?" in lower:
        return False
    earned = _EARNED.search(lower)
    return earned is not None and earned.start() < goal.start()


def plans_badge(text: str) -> bool:
    """True when a text naming the badge speaks of it only as a goal or a plan ("Obtaining an OpenSSF
    badge is on the roadmap", "we aim to apply for the passing badge", "working toward it"): no
    badge is held and no progress measured on the badge site ("95% complete") is reported, so there
    is no badge page to link. The one reading of badge claims, for every kind of document."""
    lower = text.lower()
    return (
        _GOAL.search(lower) is not None and not claims_held_badge(lower) and _MEASURED.search(lower) is None
    )


# Cheap pre-test: words one of which a block naming any of the things holds.
_HINTS = (
    "slack", "list", "group", "discord", "gitter", "irc", "matrix", "blog", "badg", "criteria", "polic", "advisor",
    "contact",
)  # fmt: skip


def mentions(block: Block) -> Iterable[tuple[str, str, str, int]]:
    """(thing, its sentence in lower case, the words naming it, their offset in the block's text)
    for each thing each sentence of the block names (a claim denied names none; a badge denied is
    ``DENIED_BADGE``; a question names nothing)."""
    text = block.text.replace("\n", " ")
    start = 0
    # (split as written: a sentence opens with a capital, which lower case would hide)
    for sentence in split_sentences(text):
        start = text.find(sentence, start)
        for offset, stated in statements(sentence.lower()):
            yield from _stated_mentions(block, stated, start + offset)
        start += len(sentence)


def _stated_mentions(block: Block, sentence: str, start: int) -> Iterable[tuple[str, str, str, int]]:
    """The mentions of one sentence that states (see ``mentions``), the sentence at ``start``."""
    for match in _CHANNEL_WORDS.finditer(sentence):
        # "there is no mailing list": none to link (in its own clause: "…; news goes out on the blog")
        clause = max(sentence.rfind(";", 0, match.start()), sentence.rfind(":", 0, match.start())) + 1
        if not _DENIED.search(sentence[clause : match.start()]):
            yield _GROUP_THING[match.lastgroup or ""], sentence, match.group(0), start + match.start()
    badge = _BADGE_CLAIM.search(sentence)
    if badge and not block.links:
        if _DENIED.search(sentence):  # "has not pursued the badge": no badge in this section
            yield DENIED_BADGE, sentence, badge.group(0), start + badge.start()
        elif not plans_badge(sentence):  # (a badge "on the roadmap" names no page, nor quiets a held one)
            yield BADGE, sentence, badge.group(0), start + badge.start()
    policy = _POLICY.search(sentence)
    if policy and not _DENIED.search(sentence[: policy.start()]):
        yield POLICY, sentence, policy.group(0), start + policy.start()
    advisories = _ADVISORIES.search(sentence)
    if advisories:
        yield ADVISORIES, sentence, advisories.group(0), start + advisories.start()
    contacts = _CONTACTS.search(sentence)
    if contacts:
        yield CONTACTS, sentence, contacts.group(0), start + contacts.start()


def may_name_one(lower: str) -> bool:
    """Cheap pre-test: whether a block's text may name any of the things at all."""
    return any(hint in lower for hint in _HINTS)
