"""Whether a document says one of the project's engineering or security practices is in place
("Dependabot is enabled on all repositories", "DCO is enforced on every pull request", "SBOMs are
published with each release") or not yet ("we are in the process of enabling Dependabot", "DCO
sign-off is encouraged but not required", "SBOM generation is planned"). One practice said to be
both cannot be right: a reader cannot tell what the project has.

A practice is found by its name (the ``practices`` vocabulary in ``schemas/topics/``); its state by
the words beside that name in its clause: a verb saying it is in place ("is enabled", "we enforce"),
the same verb denied or made optional ("is not enforced", "is optional", "is encouraged"), or what
``text.status.find_not_done`` reads as unfinished work ("is planned", "in progress", "in the
process of"), or a plan ("we plan to publish").

Read only where the sentence states the practice now, for the whole project:

- one practice per sentence, one state per sentence ("enforced in the main repo, encouraged in
  plugins" states two and gives none);
- not a part of the project ("in the Helm charts", "for the plugin repositories"; "all
  repositories" is the whole), "only", "except";
- not history ("was not enforced before 2023", "previously", "no longer", a migration "moved to",
  "replaced"), a condition ("if", "once", "when"), a recommendation ("should", "must", "we
  recommend"), an example, a question, a quotation, reported words ("the project states that"), a
  table, the template's criterion lines;
- not something else of the practice ("Dependabot alerts are pending triage", "the migration to
  Renovate is planned").
"""

from __future__ import annotations

import re

from applint.matching.fact_records import Fact
from applint.matching.topic_words import content_run, run_places
from applint.model import Block, BlockKind, Document
from applint.templates.topics import PRACTICES, Topic, vocabulary
from applint.text.own_words import own_words
from applint.text.patterns import LazyPattern
from applint.text.questions import asks
from applint.text.splitting import split_statements
from applint.text.status import find_not_done

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING, BlockKind.TABLE)

_WORD = LazyPattern(r"[a-z0-9]+")
# A sentence that states no present state of the whole project's practice: history, a migration,
# a condition, a recommendation, an example, reported words.
_NOT_NOW = LazyPattern(
    r"\b(?:was|were|had|used\s+to|previously|formerly|originally|initially|no\s+longer|migrat\w*|moved|"
    r"switch(?:ed|ing)|replac\w*|instead|if|once|when|whenever|unless|whether|should|would|could|may|might|"
    r"must|recommend\w*|suggest\w*|consider\w*|e\.g|for\s+example|such\s+as|template|states?\s+that|"
    r"claims?|says?\s+that|according\s+to|only|except|excluding)\b",
    re.IGNORECASE,
)
# A part of the project (or of its work) the sentence narrows to: "in the Helm charts", "for plugin
# repositories", "for documentation changes".
_SCOPE = LazyPattern(
    r"\b(?:in|for|on|across|within|to)\s+(?P<words>(?:[\w.'’-]+\s+){0,3}?)"
    r"(?:repos?|repository|repositories|plugins?|sub-?projects?|components?|modules?|extensions?|"
    r"operators?|charts?|images?|projects?|SDKs?|clients?|sites?|websites?|branch(?:es)?|binaries|"
    r"changes?|contributions?|commits?|PRs?|pull\s+requests?)\b",
    re.IGNORECASE,
)
# Words between the preposition and the part that leave it the whole project ("all repositories",
# "our repositories", "every project repository", "every pull request").
_WHOLE = frozenset(
    {"the", "our", "its", "all", "every", "each", "of", "project", "project's", "github", "their"}
)
# Clause breaks (a full stop only where a space follows: not the one in "dependabot.yml").
_BREAK = LazyPattern(r"[.!?](?=\s|$)|[;:()\[\]—–]|,\s+(?:and|but|so|while|whereas)\b|\s+but\s+")
# The name as the object of another noun whose state the verb gives ("the migration to Renovate is
# planned", "a dashboard of Scorecard results"), unless that noun is the practice's own act
# ("generation of SBOMs", "enforcement of the DCO").
_OBJECT_OF = LazyPattern(
    r"\b(?P<head>[\w'’-]+)\s+(?:of|for|on|from|about|to|into|with|by|via)\s+(?:(?:the|its|our|their|a|an)\s+)?$",
    re.IGNORECASE,
)
_OWN_ACT = frozenset(
    {
        "generation",
        "publication",
        "publishing",
        "signing",
        "enforcement",
        "adoption",
        "use",
        "usage",
        "enabling",
    }
)
# Something else of the practice, named between it and the verb: its alerts, pull requests, findings,
# an audit of it ("a fuzzing audit is underway"), another practice done to it ("SBOM signing is planned").
_ANOTHER_THING = LazyPattern(
    r"\b(?:alerts?|prs?|pull\s+requests?|issues?|findings?|warnings?|results?|reports?|comments?|bumps?|"
    r"score|badge|migration|dashboard|documentation|docs?|audits?|assessments?|reviews?|signing|signatures?|"
    r"attestations?|verification)\b",
    re.IGNORECASE,
)
# What follows a practice denied or made optional that makes it an exemption for some cases: "DCO is
# not required for typo fixes" (not "for all", "for every").
_EXEMPTED = LazyPattern(r"\s+(?:for|on|in|to|when)\s+(?!(?:all|every|each|any)\b)", re.IGNORECASE)
_IN_PLACE = (
    r"enabled|enforced|required|mandatory|in\s+place|configured|active|turned\s+on|published|generated|"
    r"produced|signed|attached|integrated|run|running|used|in\s+use|set\s+up|adopted"
)
# The state after the name, in its clause ("Dependabot is enabled", "DCO is not enforced").
_AFTER = LazyPattern(
    r"^[^.;:!?]{0,60}?\b(?:"
    rf"(?P<off>(?:is|are)\s+(?:currently\s+|still\s+)?not\s+(?:yet\s+|currently\s+)?(?:{_IN_PLACE})"
    r"|(?:has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?been\s+(?:enabled|enforced|configured|integrated|set\s+up|turned\s+on|"
    r"adopted|required)"
    r"|(?:is|are)\s+(?:currently\s+|still\s+|only\s+)?(?:optional|voluntary|encouraged|recommended))"
    rf"|(?P<on>(?:is|are)\s+(?:now\s+|already\s+|always\s+|automatically\s+|fully\s+)?(?:{_IN_PLACE})"
    r"|(?:has|have)\s+been\s+(?:enabled|enforced|configured|integrated|set\s+up|turned\s+on|adopted|required)"
    r"|(?:runs|scans|enforces|verifies|monitors)))\b",
    re.IGNORECASE,
)
# The state before the name: "We enforce DCO", "every release ships SBOMs", "images are signed with
# cosign", "we plan to publish SBOMs", "the project does not yet use CodeQL".
_NAME_NEXT = r"\s+(?:(?:a|an|the|its|our|their|any)\s+)?(?:[\w'’-]+\s+){0,2}?$"
_BEFORE = LazyPattern(
    r"\b(?:"
    r"(?P<off>(?:does|do)(?:\s+not|n['’]t)\s+(?:yet\s+|currently\s+)?(?:enforce|require|use|run|publish|generate|"
    r"produce|sign|have|ship)"
    r"|(?:plans?|planning|intends?|aims?)\s+to\s+(?:enable|adopt|add|introduce|publish|generate|produce|sign|enforce|"
    r"require|set\s+up|integrate|roll\s+out|start\s+\w+ing)"
    r"|(?:is|are)\s+working\s+on\s+(?:enabling|adopting|adding|introducing|publishing|generating|producing|signing|"
    r"enforcing|requiring|setting\s+up|integrating|rolling\s+out))"
    r"|(?P<on>(?:enforces?|requires?|uses?|runs?|publish(?:es)?|generates?|produces?|ships?|(?:has|have)\s+"
    r"(?:enabled|enforced|adopted|integrated|configured|set\s+up))"
    r"|(?:is|are)\s+(?:now\s+|already\s+|always\s+|automatically\s+)?(?:signed|generated|produced|scanned|checked)"
    r"\s+(?:with|using|by|via|through)))" + _NAME_NEXT,
    re.IGNORECASE,
)


def practice_states(document: Document, indexes: set[int]) -> list[Fact]:
    """The states the blocks at ``indexes`` give a practice, one fact per sentence stating one."""
    facts: list[Fact] = []
    for index in sorted(indexes):
        block = document.blocks[index]
        if block.kind in _SKIPPED or block.checked is not None:
            continue  # a checkbox's line is the template's criterion, not the project's statement
        for sentence in split_statements(block.text):
            fact = _sentence_state(sentence, block)
            if fact is not None:
                facts.append(fact)
    return facts


def _sentence_state(sentence: str, block: Block) -> Fact | None:
    text = own_words(sentence)
    if asks(text) or _NOT_NOW.search(text) or _narrowed(text):
        return None
    named = _practices_named(text)
    if len({topic.name for topic, _, _ in named}) != 1:
        return None  # none, or two practices: whose state is which is not for sure
    topic = named[0][0]
    states: list[tuple[str, str]] = []
    for _, start, end in named:
        states.extend(_states_beside(text, start, end))
    if len({state for state, _ in states}) != 1:
        return None  # none, or both in one sentence ("enforced here, encouraged there")
    state, written = states[0]
    subject = f"the state of {topic.name}"
    return Fact(("practice", topic.name), subject, (state,), " ".join(written.split()), block)


def _narrowed(text: str) -> bool:
    """Whether the sentence narrows its statement to a part of the project."""
    for match in _SCOPE.finditer(text):
        if any(word.lower() not in _WHOLE for word in match.group("words").split()):
            return True
    return False


def _practices_named(text: str) -> list[tuple[Topic, int, int]]:
    """Each practice the text names, with where its name stands."""
    lower = text.lower()
    words = [(match.group(0), match.start(), match.end()) for match in _WORD.finditer(lower)]
    kept = [at for at, (word, _, _) in enumerate(words) if content_run(word)]
    run = [words[at][0] for at in kept]
    named: list[tuple[Topic, int, int]] = []
    for topic in vocabulary(PRACTICES).topics:
        for at, length in run_places(topic.runs, run, topic.plurals):
            named.append((topic, words[kept[at]][1], words[kept[at + length - 1]][2]))
    return named


def _states_beside(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """("in place" or "not yet", the words saying so) of each state the name's clause gives it."""
    clause_start, clause_end = _clause_around(text, start, end)
    before = text[clause_start:start]
    states: list[tuple[str, str]] = []
    head = _OBJECT_OF.search(before)
    if head is None or head.group("head").lower() in _OWN_ACT:  # the name is the clause's subject
        found = _AFTER.match(text[end:clause_end])
        if found and not _ANOTHER_THING.search(text[end : end + found.start(found.lastgroup or 0)]):
            if found.group("off") and _EXEMPTED.match(text, end + found.end()):
                return []  # an exemption ("not required for typo fixes"), not the practice's state
            states.append(_state(found))
        states.extend(
            ("not yet", phrase)
            for offset, phrase in find_not_done(text)
            if end <= offset < clause_end and not _ANOTHER_THING.search(text[end:offset])
        )
    if found := _BEFORE.search(before):
        states.append(_state(found))
    states.extend(
        ("not yet", phrase) for offset, phrase in find_not_done(text) if clause_start <= offset < start
    )
    return states


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``text[start:end]`` begins and ends."""
    breaks = list(_BREAK.finditer(text[:start]))
    stop = _BREAK.search(text, end)
    return (breaks[-1].end() if breaks else 0), (stop.start() if stop else len(text))


def _state(found: re.Match[str]) -> tuple[str, str]:
    """The state a match of ``_AFTER`` or ``_BEFORE`` reads: its "off" group, or its "on" group."""
    return ("not yet", found.group("off")) if found.group("off") else ("in place", found.group("on"))
