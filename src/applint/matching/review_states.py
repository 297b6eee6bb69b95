"""The state a document gives one of the project's security reviews: a third-party security audit,
the security self-assessment or a joint assessment, said to be done ("The security audit by Trail
of Bits was completed in March 2024", "We completed our self-assessment") or not done ("The
third-party audit is in progress", "the self-assessment is planned for Q3", "is scheduled with
OSTIF", "has not yet been completed"). One review said to be both cannot be right: the TOC reads
either a finished review with its report or an open one.

Read only where the sentence speaks of the one review now, as a statement:

- not another round of it or its follow-up ("a second audit is planned", "the next assessment",
  "a follow-up audit", "previous", "last", "annual", fixes for its findings), nor a fuzzing audit
  (a review of its own);
- not a question, a condition ("once the audit is completed", "if", "after", "until"), a quotation,
  a past plan ("was scheduled for March"), nor the template's own words;
- one review per auditor: where the document names two audit firms, only statements naming the
  same firm are compared; where its statements give the review two different years ("completed
  in 2021", "planned for 2026") they are two reviews.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.matching.fact_records import Fact
from applint.model import Block, BlockKind, Document
from applint.text.own_words import own_words
from applint.text.patterns import LazyPattern
from applint.text.questions import asks
from applint.text.splitting import split_statements

_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.HEADING)

# The reviews, each as the document names it; "audit" a noun, not "audit logs".
_KINDS = (
    ("audit", "the security audit"),
    ("self", "the security self-assessment"),
    ("joint", "the joint assessment"),
)
_REVIEW = LazyPattern(
    r"(?P<self>\bself[\s-]+assessment\b)"
    r"|(?P<joint>\bjoint\s+(?:security\s+)?assessment\b)"
    r"|(?P<audit>\b(?:third[\s-]+party\s+)?(?:security\s+)?audit\b(?!\s*(?:logs?|logging|trails?|events?|records?|"
    r"policy|policies|sinks?|webhooks?)\b)(?![\w-])|\bthird[\s-]+party\s+security\s+(?:review|assessment)\b)",
    re.IGNORECASE,
)
# The state right after the review's name, in its clause ("… by Trail of Bits was completed").
_GAP = r"[^.;:!?()\[\]]{0,60}?"
_DONE_AFTER = LazyPattern(
    _GAP
    + r"\b(?P<state>(?:was|were|has\s+been|have\s+been|is\s+now|got)\s+(?:successfully\s+|already\s+|fully\s+)?"
    r"(?:completed|done|finished|concluded|performed|conducted|carried\s+out)"
    r"|(?:is|are)\s+(?:now\s+|already\s+)?(?:complete|completed|done|finished))\b",
    re.IGNORECASE,
)
_OPEN_AFTER = LazyPattern(
    _GAP + r"\b(?P<state>(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?"
    r"(?:in[\s-]progress|underway|under\s+way|ongoing|planned|scheduled|not\s+(?:yet\s+)?(?:complete|completed|done|finished)|"
    r"being\s+(?:conducted|performed|prepared|written|drafted|arranged|organi[sz]ed|finali[sz]ed|carried\s+out))"
    r"|(?:has|have)\s+(?:just\s+)?been\s+scheduled"
    r"|(?:has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?been\s+(?:completed|done|finished|conducted|performed|carried\s+out)"
    r"|will\s+(?:be\s+)?(?:conducted|performed|completed|done|carried\s+out|start|begin|take\s+place|conclude))\b",
    re.IGNORECASE,
)
# The review's name as the object of another noun, whose state a verb after it gives ("the review
# of the self-assessment is in progress", "the PR for our security audit was merged").
_OBJECT_OF = LazyPattern(
    r"\b(?:of|for|on|from|about|to|into|in|with|by)\s+(?:(?:the|its|our|their|a|an|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# The state as a label's value: "Security audit: completed by Cure53", "**Self-assessment** — in progress",
# a table row's next cell ("Security audit | In progress").
_LABELLED = LazyPattern(
    r"[*_]*\s*[:–—|]\s*[*_]*\s*(?:(?P<done>completed|done|finished)|(?P<open>in[\s-]progress|ongoing|underway|planned|"
    r"scheduled|not\s+(?:yet\s+)?(?:started|completed|done)))\b",
    re.IGNORECASE,
)
# The state before the review's name: "We completed our self-assessment", "Examplo is undergoing a
# security audit" (the name's article and up to three words between).
_BEFORE = r"\s+(?:a|an|the|its|our|their)\s+(?:[\w'’-]+\s+){0,3}?$"
_DONE_BEFORE = LazyPattern(
    r"\b(?:has\s+|have\s+)?(?P<state>completed|finished|concluded|underwent|passed)" + _BEFORE,
    re.IGNORECASE,
)
_OPEN_BEFORE = LazyPattern(
    r"\b(?P<state>(?:is|are)\s+(?:currently\s+|now\s+)?(?:undergoing|conducting|performing|preparing|working\s+on|"
    r"planning)|plans?\s+to\s+(?:conduct|perform|complete|have|undergo|commission))" + _BEFORE,
    re.IGNORECASE,
)
# A sentence about another round of the review, its follow-up, a condition or a past plan.
_NOT_THE_ONE = LazyPattern(
    r"\b(?:second|third(?![\s-]+part(?:y|ies))|next|another|follow[\s-]*up|further|additional|future|upcoming|"
    r"subsequent|annual|yearly|periodic|recurring|regular|each|every|previous\w*|prior|earlier|last|latest|"
    r"recent\w*|first|initial|original|new|re-?audit\w*|re-?assess\w*|updat\w*|fuzz\w*|findings?|fix(?:es)?|"
    r"remediat\w*|recommendations?|if|once|when|whenever|after|before|until|unless|whether|should|would|"
    r"could|may|might|must|require[sd]?|asks?|template)\b",
    re.IGNORECASE,
)
_YEAR = LazyPattern(r"(?<![\w/.-])(20\d\d)(?![\w/-])")
# An audit firm as authors name it: a capitalised name after "by", "with" or "from" ("by Trail of
# Bits", "with ADA Logics", "from Quarkslab").
_AUDITOR = LazyPattern(
    r"\b(?:by|with|from)\s+(?:the\s+)?(?P<name>(?-i:[A-Z0-9][\w&.-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w&.-]*)){0,3})",
    re.IGNORECASE,
)
# The words before a bare "audit" that make it the project's security audit.
_AUDIT_QUALIFIERS = frozenset(
    {
        "a",
        "an",
        "the",
        "our",
        "its",
        "their",
        "this",
        "that",
        "external",
        "independent",
        "formal",
        "professional",
        "full",
        "cncf",
        "ostif",
        "sponsored",
        "cncf-sponsored",
        "ostif-sponsored",
        "cncf-funded",
    }
)
# Names after "by" that are no firm: the project's people and groups.
_NOT_A_FIRM = frozenset({"the", "our", "its", "we", "tag", "cncf", "toc", "maintainers", "project", "team"})


def review_states(document: Document, indexes: set[int]) -> list[Fact]:
    """The states the blocks at ``indexes`` give a review, one fact per review a sentence names."""
    found: list[tuple[Fact, str, int]] = []  # each fact with its auditor and year (0: none)
    for index in sorted(indexes):
        block = document.blocks[index]
        if block.kind in _SKIPPED or block.checked is not None:
            continue  # a checkbox's line is the template's criterion, not the project's statement
        # A table's row is read whole: its review in one cell, the state in the next.
        if block.kind is BlockKind.TABLE:
            rows = [row for row in block.text.splitlines() if _one_state_cell(row)]
        else:
            rows = split_statements(block.text)
        for sentence in rows:
            found.extend(_sentence_states(sentence, block))
    return _one_review_each(found)


def _one_state_cell(row: str) -> bool:
    """Whether a table row gives at most one state: a row of two moments ("Security audit | Planned |
    Completed") gives none for sure."""
    return sum(1 for cell in row.split("|") if _LABELLED.match(": " + cell.strip())) <= 1


def _sentence_states(sentence: str, block: Block) -> Iterator[tuple[Fact, str, int]]:
    # What the reader reads: no link targets, no quotations.
    text = own_words(sentence)
    if asks(text) or _NOT_THE_ONE.search(text):
        return
    named = [match for match in _REVIEW.finditer(text) if _a_review(text, match)]
    if not named:
        return
    kinds = {match.lastgroup for match in named}
    if len(kinds) != 1 or text[named[0].end() : named[0].end() + 1] == "s":
        return  # two reviews in one sentence (or "audits"): whose state is which is not for sure
    kind = named[0].lastgroup or ""
    states: list[tuple[str, str]] = []
    for match in named:
        after = text[match.end() :]
        before = text[: match.start()]
        if not _OBJECT_OF.search(before):  # "the TAG's review of the self-assessment is in progress"
            for pattern, state in ((_DONE_AFTER, "done"), (_OPEN_AFTER, "open")):
                if found := pattern.match(after):
                    states.append((state, found.group("state")))
        if found := _LABELLED.match(after):
            states.append(
                ("done", found.group("done")) if found.group("done") else ("open", found.group("open"))
            )
        for pattern, state in ((_DONE_BEFORE, "done"), (_OPEN_BEFORE, "open")):
            if found := pattern.search(before):
                states.append((state, found.group("state")))
    if len({state for state, _ in states}) != 1:
        return  # none, or both in one sentence ("started in May and completed in June")
    state, written = states[0]
    subject = dict(_KINDS)[kind]
    years = {int(year) for year in _YEAR.findall(text)}
    fact = Fact(("state", kind), f"the state of {subject}", (state,), " ".join(written.split()), block)
    yield fact, _auditor(text), years.pop() if len(years) == 1 else 0


def _a_review(text: str, match: re.Match[str]) -> bool:
    """Whether the name found is a security review's: a bare "audit" only after an article, a word
    saying who audits ("an independent audit", "the Trail of Bits audit"), not "Ownership audit"."""
    if match.lastgroup != "audit" or " " in match.group(0).strip() or "-" in match.group(0):
        return True
    words = [word.strip("*_([") for word in text[: match.start()].split()]
    if not words:
        return True
    # A firm's name inside the sentence ("the Trail of Bits audit"), or a word saying whose.
    return words[-1].lower() in _AUDIT_QUALIFIERS or (len(words) > 1 and words[-1][:1].isupper())


def _auditor(sentence: str) -> str:
    for match in _AUDITOR.finditer(sentence):
        name = match.group("name").lower().rstrip(".-")
        if name.split()[0] not in _NOT_A_FIRM and not name[0].isdigit():
            return name
    return ""


def _one_review_each(found: list[tuple[Fact, str, int]]) -> list[Fact]:
    """The facts keyed by review and, where the document names two firms, by firm; a review given
    two different years is two reviews and gives none."""
    firms: dict[tuple[str, ...], set[str]] = {}
    years: dict[tuple[str, ...], set[int]] = {}
    for fact, firm, year in found:
        if firm:
            firms.setdefault(fact.key, set()).add(firm)
        if year:
            years.setdefault(fact.key, set()).add(year)
    facts: list[Fact] = []
    for fact, firm, _ in found:
        if len(years.get(fact.key, ())) > 1:
            continue
        if len(firms.get(fact.key, ())) > 1:
            if not firm:
                continue  # which firm's review it is, the sentence does not say
            fact = Fact((*fact.key, firm), fact.subject, fact.value, fact.written, fact.block)
        facts.append(fact)
    return facts
