"""Leftover markers in text: template placeholders and notes to the author (TODO, TBD, ...)."""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern
from applint.text.precompiled import cached_pattern, compile_pattern

# Every placeholder the templates use, and any other $UPPER_CASE token.
PLACEHOLDER = r"\$[A-Z][A-Z0-9_]*\b|\bMONTH YEAR\b|\bDD-MMM-YYYY\b|\bYYYYMMDD\b"
PLACEHOLDER_RE = compile_pattern(PLACEHOLDER)
# A date whose unknown parts are letters ("2025-XX-XX", "YYYY-MM-DD", "XX/XX/2025"): the author
# meant to fill it in. Digits in every part are a date; "Q3 2025" or "2025" alone say what is known.
DATE_PLACEHOLDER = (
    r"\b(?:\d{4}|YYYY)-(?:XX|MM)-(?:XX|DD)\b"
    r"|\b(?:XX|DD|MM)/(?:XX|MM|DD)/(?:\d{4}|YYYY)\b"
)
# Text every date placeholder holds: a line with none of these is not searched for one.
DATE_PLACEHOLDER_ANCHORS = ("-XX", "XX/", "-MM-", "DD/", "MM/")
# A quarter or year the author left open ("Q? 2026", "QX 2026", "by 20XX"): a date all the same.
QUARTER_PLACEHOLDER = r"\bQ\?(?:\s+\d{4}\b)?|\bQX\s+\d{4}\b|\b20XX\b"
QUARTER_PLACEHOLDER_ANCHORS = ("Q?", "QX ", "20XX")
# A count the author left as letters ("XX adopters", "XX%", "X,XXX downloads", "XXX contributors"):
# "XXX" standing alone is a note to the author (``NOTE_WORDS``), not a number.
COUNT_PLACEHOLDER = (
    r"(?<![\w$/.-])(?:XX|X{1,3}(?:,XXX)+)[+%]?(?![\w/-])"
    r"|(?<![\w$/.-])XXX(?:[+%]|(?=\s+[a-z]))"
)
COUNT_PLACEHOLDER_ANCHORS = ("XX",)
# A stand-in the author wrote in angle brackets ("<add link>", "<insert URL>", "<your company>",
# "<link to the audit>"): GitHub reads it as an HTML tag and shows nothing at all. Not an element
# with attributes ("<a href=…>") nor one of HTML's own ("<br>", "<details>").
ANGLE_PLACEHOLDER = (
    r"<(?i:(?:add|insert|fill\s+in|put|paste|your|link|url|tbd|todo|name\s+of|number\s+of|date\s+of)"
    r"(?:\s[^<>=\n\"']{0,40})?)>"
)
ANGLE_PLACEHOLDER_ANCHORS = ("<",)
# An upper-case marker word (TBC: "to be confirmed") that is a note to the author when it stands alone, opens a note
# ("TODO: add date", "TBD - later") or is bracketed; not when it is a word in a sentence
# ("All TODO items from Incubation have been addressed").
NOTE_WORDS = ("TODO", "TBD", "TBC", "FIXME", "XXX")
_MARKER = "|".join(NOTE_WORDS)
# Patterns that only run after a cheap pre-test are kept as strings: re compiles (and caches)
# each on first use, so a run whose text holds no marker never pays for compiling them.
# A marker opening a line, a table cell or a label's value, or set off by a dash after a sentence, and followed by
# what to do or why is a note too ("TODO remove Syncer" as a list item; "… least privilege. - TODO
# remove Syncer"; "| SBOM | TBD after discussion with project maintainers |"), not when it names the
# to-do list ("TODO items are tracked in the project board").
_NOTE_FORMS = (
    rf"(?:^|[\s(\[|])(?P<word>{_MARKER})(?=\s*(?:$|[:)\]|!?.,]|-(?!\w)|\s-))"
    rf"|[(\[](?P<bracketed>{_MARKER})\b"
    rf"|(?:^|(?<=\n)|(?<=\s[-–—]\s)|(?<=\|\s)|(?<=:\s))(?P<opening>TODO|FIXME|TBD|TBC)"
    r"(?=\s+(?!(?:items?|lists?|tasks?|entries|notes?|comments?|markers?|labels?)\b)[a-z])"
)
_ALWAYS = r"\bWORK IN PROGRESS\b|\b[Dd]o not file( this)? yet\b|\bDRAFT - DO NOT\b|(?m:^[ \t]*\?{2,}[ \t]*$)"
# (the last: a line that is only question marks, "??", an answer the author has still to write)


def find_notes(text: str, in_comment: bool = False) -> list[tuple[int, str]]:
    """(0-based offset, marker) of each note to the author in ``text``.

    Inside an HTML comment any upper-case marker word counts ("<!-- TODO add date -->").
    """
    if not _may_hold_note(text):
        return []
    found: dict[int, str] = {}
    for match in cached_pattern(_ALWAYS).finditer(text):
        found[match.start()] = match.group(0)
    if in_comment:
        for match in cached_pattern(rf"\b(?:{_MARKER})\b").finditer(text):
            found.setdefault(match.start(), match.group(0))
    else:
        for match in cached_pattern(_NOTE_FORMS).finditer(text):
            group = next(name for name in ("word", "bracketed", "opening") if match.group(name))
            if _NAMING.search(text[: match.start()]):
                continue  # 'issues labelled [TBD]': the marker is quoted as a name
            found.setdefault(match.start(group), match.group(group))
    return sorted(found.items())


# The words that quote what follows as a name ("issues labelled [TBD]", "the [TODO] tag").
_NAMING = LazyPattern(r"\b(?:label(?:l?ed)?|labels|tag(?:ged)?|tags|named|called|marked)\s*$", re.IGNORECASE)


_ANY_MARKER = rf"{PLACEHOLDER}|{_ALWAYS}|\b(?:{_MARKER})\b:?"


def _may_hold_note(text: str) -> bool:
    """A cheap test that rules out most text before the note patterns run (substring tests: one
    scan of an alternation of these words costs more)."""
    return (
        "TODO" in text
        or "TBD" in text
        or "TBC" in text
        or "??" in text
        or "FIXME" in text
        or "XXX" in text
        or "WORK IN PROGRESS" in text
        or "DRAFT" in text
        or ("file" in text and "not file" in text.lower())
    )


def _may_hold_marker(text: str) -> bool:
    return "$" in text or "YYYY" in text or "MONTH YEAR" in text or _may_hold_note(text)


def strip_markers(text: str) -> str:
    """The text with placeholders and notes to the author removed (what real content is left)."""
    return cached_pattern(_ANY_MARKER).sub(" ", text) if _may_hold_marker(text) else text


def has_placeholder(text: str) -> bool:
    """True when the text holds a template placeholder."""
    return ("$" in text or "YYYY" in text or "MONTH YEAR" in text) and PLACEHOLDER_RE.search(text) is not None


# Notes to the author beyond the marker words (issue 14). Each is a (pattern, flags) pair, compiled
# by re on first use; each match is one note, reported as the text it matched.
_MORE_NOTES = (
    # "TODO(alice)", "**FIXME(bob)**:", "**TODO for maintainers**:", "**TODO (Maintainers):**" — a
    # marker addressed to someone is always a note (set off by a space, only as a label before a
    # colon: "TODO (see #12) items" is prose); so is a reviewer's remark signed with a name
    # ("**Suggestion by Kevin:**"), which the finished document says in its own voice.
    rf"\b(?:{_MARKER})\([^()\n]{{0,40}}\)"
    rf"|\b(?:{_MARKER})\s\([^()\n]{{1,40}}\)(?=\**\s*:)"
    rf"|\b(?:{_MARKER})\s+for\s+(?:the\s+)?[\w@-]+(?:\s+[\w@-]+)?(?=\**\s*:)"
    r"|^[*_\s]*(?:Suggestion|Comment|Note|Remark|Question)\s+(?:by|from)\s+(?:@[\w-]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\**\s*:)",
    # Upper-case status words written as a flag ("BLOCKED —", "[WIP]", "Status: PENDING").
    r"(?<![\w-])(?:BLOCKED|WIP|PENDING)(?![\w-])",
    # "confirm the date before filing", "(update before submission)": an instruction to oneself.
    r"(?:^|[(\[—–:;*>]\s*|\s-\s|(?<=[.!?])\s+)(?i:(?:confirm|check|verify|update|fix|add|finali[sz]e|double-check|re-?check)"
    r"\b[^.;()\n]{0,60}?\bbefore (?:filing|submission|submitting|we (?:file|submit)|this is filed|"
    r"(?:the )?public (?:PR|pull request|comment)))",
    r"(?i:[(\[]\s*before (?:filing|submission|submitting)\s*[)\]])",
    # "Link to be added.", "(to be confirmed)", "numbers still to be filled in later".
    # "TOC sponsor (to be identified)": a name or date still to find; "to be identified by the TOC"
    # says who does it, a statement of the process (the lookahead wants the value to end there).
    r"(?i:\bto be (?:added|linked|filled in|written|provided|confirmed|inserted|completed|extended)\b)"
    r"(?=\s*(?:$|[.;:)\]!,—–]|\s-|\s+(?:later|soon|shortly|here|once|when|after|before)\b))"
    r"|(?i:\bto be (?:identified|determined|decided|announced|named|scheduled)\b)"
    r"(?=\s*(?:$|[.;:)\]!,—–]|\s-|\s+(?:later|soon|shortly)\b))",
    # "(pending)", "Link: pending", "URL pending": a value not filled in yet.
    r"(?i:[(\[]\s*pending\s*[)\]])",
    r"(?i:\b(?:link|url|date|details|numbers|figures|reference)\s+pending\b)",
    r"(?:(?<=:)|(?<=: )|(?<=— )|(?<=– )|(?<= - )|^)(?i:pending)(?=\s*(?:$|[.;)—–]))",
    # "Not applicable; remove this option", "(delete if not needed)": an instruction to oneself,
    # written as an imperative opening a sentence or clause, with no marker word.
    r"(?:^|[(\[—–:;*>]\s*|\s-\s|(?<=[.!?])\s+)(?i:(?:remove|delete|drop|strike)\s+(?:this|these|that|the\s+other)\s+"
    r"(?:option|options|line|lines|item|items|section|box|checkbox|criterion|heading|paragraph|bullet|comment|block|"
    r"alternative|choice|note|row|entry)\b[^.;()\n]{0,40})",
    r"(?:^|[(\[—–:;*>]\s*|\s-\s|(?<=[.!?])\s+)(?i:(?:remove|delete)\s+(?:(?:it|this|me)\s+)?(?:if|when|unless)\s+"
    r"(?:not\s+|no\s+longer\s+)?(?:applicable|needed|used|relevant|required)\b|\(\s*delete\s+me\s*\))",
    # "Example policies: To be documented", "| To be determined |": the whole answer is a promise.
    r"(?:(?<=: )|(?<=:)|(?<=:\*\* )|(?<=\| )|^)(?i:to be (?:documented|determined|defined|decided|"
    r"announced|published|clarified|updated))(?=[\s*_]*(?:$|[.;)|]))",
    # "(Placeholder)", "Placeholder text.", "| SBOM | Placeholder |": a generator's stand-in kept;
    # "It should be extended with …", "This section needs to be extended": a draft's note to itself.
    r"(?i:[(\[]\s*placeholder\s*[)\]]|\bplaceholder text\b)"
    r"|(?:(?<=: )|(?<=:\*\* )|(?<=\| )|^)(?i:placeholder)(?=[\s*_]*(?:$|[.;)|]))"
    r"|(?:^|(?<=[.!?])\s+)(?:It|This(?:\s+(?:section|part|list|table|document|text))?)\s+"
    r"(?:should|needs\s+to|must|will|has\s+to)\s+be\s+extended\b[^.\n]{0,80}",
)
_STRONG_NOTES = 2  # the first patterns are markers; the rest are phrases
_FLAGS = 1  # the upper-case status flags, read in their sentence (``_flag_is_note``)
_TO_BE = 4  # "to be added": no note where its clause denies it ("do not need to be completed")
_PENDING_VALUES = (5, 7)  # "(pending)", "Link: pending": no note where a process is what is pending
# A denial in the clause before "to be …": "do not need to be", "nothing is left to be", "never".
_NEGATED = LazyPattern(r"\b(?:not|no|never|nothing|none|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)
# A process of the CNCF or the project whose state "pending" gives (a vote, a review, an
# application's status), as against a value not filled in yet ("Project Site: (pending)").
_PROCESS = LazyPattern(
    r"\b(?:status|state|vote|voting|review|assessment|audit|approval|application|request|decision|"
    r"onboarding|merge|sign-?off|due\s+diligence|pull\s+request|PR)\b",
    re.IGNORECASE,
)


_SIGNED_NOUNS = ("Suggestion", "Comment", "Note", "Remark", "Question")
_SIGNED = LazyPattern(r"^(?:Suggestion|Comment|Note|Remark|Question)\s+(?:by|from)\s")


def _may_be_signed(text: str) -> bool:
    """A reviewer's signed remark opens its paragraph with one of its nouns (after any emphasis)."""
    return text[:1] in "*_SCNRQ" and text.lstrip("*_ ").startswith(_SIGNED_NOUNS)


def is_signed_remark(note: str) -> bool:
    """Whether a note found by ``find_author_notes`` is a reviewer's remark signed with a name
    ("Suggestion by Kevin"), rather than a marker or an instruction."""
    return _SIGNED.match(note) is not None


_SENTENCE_BREAKS = (". ", "; ", "\n", "! ", "? ")
_CLAUSE_BREAKS = (*_SENTENCE_BREAKS, ", ", " — ", " – ")


def _clause_before(text: str, start: int, breaks: tuple[str, ...]) -> str:
    """The text that ends at ``start``, from the last of ``breaks`` before it."""
    before = text[max(0, start - 120) : start]
    cut = max(before.rfind(mark) for mark in breaks)
    return before[cut + 1 :] if cut >= 0 else before


# What each pattern needs in the text (case-sensitive for the markers, in lower case for the
# phrases): a pattern is compiled and run only when its text can match, and most runs need few.
_MORE_NOTE_NEEDS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (
        (
            "TODO(",
            "TBD(",
            "FIXME(",
            "XXX(",
            "TODO (",
            "TBD (",
            "TBC (",
            "FIXME (",
            "TODO for",
            "FIXME for",
            " by ",
            " from ",
        ),
        False,
    ),
    (("BLOCKED", "WIP", "PENDING"), False),
    (
        (
            "before fil",
            "before submi",
            "before we ",
            "before this is filed",
            "before the public",
            "before public",
        ),
        True,
    ),
    (("before fil", "before submi"), True),
    (
        tuple(
            f"to be {word}"
            for word in (
                "added",
                "linked",
                "filled",
                "written",
                "provided",
                "confirmed",
                "inserted",
                "completed",
                "extended",
                "identified",
                "determined",
                "decided",
                "announced",
                "named",
                "scheduled",
            )
        ),
        True,
    ),
    (("pending",), True),
    (("pending",), True),
    (("pending",), True),
    (("remove th", "delete th", "drop th", "strike th"), True),
    (("remove ", "delete "), True),
    (("to be d", "to be a", "to be p", "to be c", "to be u"), True),
    (("placeholder", "be extended"), True),
)


def _may_hold_more_notes(text: str) -> bool:
    """What any of them needs, tested as substrings: one scan of an alternation of these literals
    costs more than the scans one by one ("ending", "before" and "to be" open on common letters)."""
    return (
        "ending" in text
        or "before" in text
        or "o be" in text  # "to be added", "To be documented"
        or "laceholder" in text  # "(Placeholder)", "Placeholder text"
        or "e extended" in text  # "It should be extended with …"
        or "TODO" in text
        or "TBD" in text
        or "FIXME" in text
        or "XXX" in text
        or _may_be_signed(text)
        or "BLOCKED" in text
        or "WIP" in text
        or "PENDING" in text
    )


# The instructions without a marker word ("remove this option") need one of these; substring tests,
# because each alternative added to the hint pattern slows its scan of every block.
def _may_instruct(text: str) -> bool:
    return "emove " in text or "elete " in text or "rop th" in text or "trike th" in text


def find_author_notes(
    text: str, in_comment: bool = False, running_text: bool = False
) -> list[tuple[int, str]]:
    """(0-based offset, note) of every note to the author in ``text``: the marker words of
    ``find_notes``, "TODO(alice)" and the upper-case flags; and, in text that holds none of
    those, the phrases ("to be added", "(pending)", "confirm … before filing"). A marker that is
    part of a longer form, and the words of a note that a marker opens, are reported once. In
    ``running_text`` (a paragraph, a list item, a table's cell; not a heading or a title), an
    upper-case flag in parentheses right after a name ("operator for kubernetes (WIP)") is the
    state of the thing named, not a note."""
    found = dict(find_notes(text, in_comment))
    if not _may_hold_more_notes(text) and not _may_instruct(text):
        return sorted(found.items())
    spans: list[tuple[int, int, str]] = []
    lower = text.lower()
    for number, (pattern, (needs, in_lower)) in enumerate(zip(_MORE_NOTES, _MORE_NOTE_NEEDS, strict=True)):
        if number >= _STRONG_NOTES and (found or spans):
            break  # "TODO(ines): add the column before we file" is one note, not two
        if not any(need in (lower if in_lower else text) for need in needs):
            continue
        for match in cached_pattern(pattern).finditer(text):
            if number == _FLAGS and (
                not _flag_is_note(text, match.start(), match.end())
                or (running_text and names_state(text, match.start(), match.end()))
            ):
                continue
            if number == _TO_BE and _NEGATED.search(_clause_before(text, match.start(), _CLAUSE_BREAKS)):
                continue  # "these fields do not need to be completed": nothing is left to do
            if number in _PENDING_VALUES and _PROCESS.search(
                _clause_before(text, match.start(), _SENTENCE_BREAKS)
            ):
                continue  # "Sandbox application status: pending": the CNCF process's state, not a gap
            note = match.group(0).lstrip("([—–:;*> -").rstrip()
            if note.endswith((")", "]")) and "(" not in note and "[" not in note:
                note = note.rstrip(")] ")  # "(pending)" is the note "pending"
            start = match.start() + match.group(0).index(note) if note else match.start()
            if note and not any(begin <= start < end for begin, end, _ in spans):
                spans.append((start, start + len(note), note))
    for begin, end, note in spans:
        for offset in [offset for offset in found if begin <= offset < end]:
            del found[offset]  # "TODO" inside "TODO(alice)": one note
        found[begin] = note
    return sorted(found.items())


# The last word before a bracketed flag when it names the document itself, whose state the flag
# then gives ("this section (WIP)"): a note to the author after all.
_DOCUMENT_WORDS = frozenset(
    {"section", "document", "draft", "page", "answer", "text", "here", "part", "assessment", "review"}
)
# What may end the name a bracketed flag follows: a word, a closing bracket or quote, emphasis.
_NAME_ENDS = frozenset(")]`*_'’\"")


def names_state(text: str, start: int, end: int) -> bool:
    """Whether the upper-case flag at ``text[start:end]`` is set in parentheses right after the name
    of a component, product or feature ("keycloak-operator - operator for kubernetes (WIP)",
    "Audit logging (queries) (WIP)"): it gives that thing's state, as "(beta)" would; not a flag
    opening the text ("(WIP) Threat model"), nor one after a word naming the document itself
    ("this section (WIP)")."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    before = text[: start - 1].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in _NAME_ENDS):
        return False
    last = before.rsplit(None, 1)[-1].strip(")]`*_'’\"(").lower()
    return bool(last) and last not in _DOCUMENT_WORDS


# What explains a BLOCKED or PENDING flag: the flag then reports a status to the reader ("BLOCKED —
# waiting for the TAG Security reviewer"), which the criterion's tick or not says is met or not.
_REASON = LazyPattern(
    r"^[\s*_:—–)\]-]*(?:waiting|awaiting|on|by|until|because|since|as|due|while|pending|blocked)\b[^.;]*\w",
    re.IGNORECASE,
)
# A word of the same sentence right before the flag: "the community is currently WIP in …" is prose.
_WORD_BEFORE = LazyPattern(r"[a-z][\w'’,]*\s+$")


# "WIP: Protecting KubeArmor through KubeArmor": a short name after the flag, opening with no verb
# of an instruction: an item of a list of the project's features, marked as being built.
_LABELLED_NAME = LazyPattern(r"^:\s+(?P<first>[A-Za-z][\w'’-]*)[^.;:!?]{0,60}$")
_NOT_A_NAME = frozenset(
    {"need", "needs", "to", "todo", "tbd", "this", "section", "fill", "pending", "waiting"}
)


def _flag_is_note(text: str, start: int, end: int) -> bool:
    """Whether an upper-case flag (BLOCKED, WIP, PENDING) is a note to the author: not when it is a
    word inside a sentence, nor when a BLOCKED or PENDING flag is followed by why, nor when a WIP
    opening the text labels a short name ("WIP: Protecting KubeArmor through KubeArmor", a feature
    the project is building, in a list of its features)."""
    if _WORD_BEFORE.search(text[:start]):
        return False
    if text[start:end] == "WIP":
        named = _LABELLED_NAME.match(text[end:]) if not text[:start].strip() else None
        first = named.group("first").lower() if named else ""
        return not (first and first not in _NOT_A_NAME and first not in _ACTION_VERBS)
    return not _REASON.match(text[end:])


# An HTML comment the author wrote to themselves asking for an action ("link the design doc here
# once it is merged", "ask the TAG to schedule our review"): it opens with an imperative or says
# what still has to happen.
_ACTION_VERBS = frozenset(
    [
        "add",
        "ask",
        "attach",
        "chase",
        "check",
        "cite",
        "clarify",
        "confirm",
        "describe",
        "double-check",
        "expand",
        "fill",
        "find",
        "finish",
        "fix",
        "follow",
        "get",
        "include",
        "insert",
        "link",
        "mention",
        "move",
        "paste",
        "ping",
        "polish",
        "put",
        "recheck",
        "replace",
        "rewrite",
        "reword",
        "swap",
        "update",
        "verify",
        "write",
    ]
)
_ACTION_PHRASES = (
    r"(?i)\bnote to self\b|\bdo(?:n'?t| not) forget\b|\bremember to\b|\b(?:we|i) (?:still )?(?:need|have) to\b"
    r"|\bneeds? (?:a |an |the )?(?:link|update|number|date|owner)\b|\bonce (?:it|this|that) (?:is|has been) merged\b"
)
_LEAD_IN = LazyPattern(r"^(?:(?:note|nb|todo|fixme)\s*:?\s*|@[\w-]+[:,]?\s*)", re.IGNORECASE)


# A comment addressed to the document's authors or to a person ("Authors: …", "@ana: …", "Note to
# editors: …"): written to someone on the team, whatever it asks.
_ADDRESSED = LazyPattern(
    r"^(?:@[\w-]+\b|(?:note\s+(?:to|for)\s+(?:the\s+)?|for\s+(?:the\s+)?|dear\s+)?"
    r"(?:authors?|editors?|writers?|co-?authors?|team|folks|maintainers|reviewers?)\s*[:,—–-])",
    re.IGNORECASE,
)


def is_action_comment(comment: str) -> bool:
    """True when an HTML comment's text asks the author to do something, or is addressed to the
    authors or to someone on the team ("Authors: …", "@ana: …")."""
    if _ADDRESSED.match(comment.strip()):
        return True
    text = _LEAD_IN.sub("", comment.strip())
    first = cached_pattern(r"[A-Za-z][\w-]*").match(text)
    if first and first.group(0).lower() in _ACTION_VERBS:
        return True
    return cached_pattern(_ACTION_PHRASES).search(text) is not None
